/**
 * `kehoach clone` and `kehoach coverage` as a user runs them (DESIGN.md §4): the child file, the
 * count by role and source, the coverage JSON shape, and bad input answered in Vietnamese with a
 * non-zero exit and nothing written.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { createAgencyDirectoryStore } from '../../electron/services/agency-directory';
import { parsePlanText, serializePlan } from '../../shared/model';
import { runCli, type CliRun } from './run-cli';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
const PARTY = join(FIXTURES, 'ke-hoach-58-KH-TU.kehoach');

let dir = '';
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'kehoach-clone-'));
});

const cli = (...argv: string[]): Promise<CliRun> =>
  runCli(argv, { agencies: createAgencyDirectoryStore({ userPath: join(dir, 'nguoi-dung', 'agencies.json') }) });

describe('clone', () => {
  it('writes the unit’s plan and says how many tasks it took, by role and source', async () => {
    const child = join(dir, 'dang-uy-ubnd.kehoach');
    const run = await cli('clone', PARTY, '--unit', 'Dang uy UBND tinh', '-o', child);
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    expect(run.out).toContain('Đảng ủy Ủy ban nhân dân tỉnh');
    expect(run.out).toContain('64 nhiệm vụ (chủ trì 64, phối hợp 0; từ phụ lục 62, từ nội dung văn bản 2; qua cụm từ chung 1)');
    expect(run.out).toContain('Phụ lục II: lấy 15 nhiệm vụ; 1 dòng không ghi cơ quan thực hiện.');
    const plan = parsePlanText(readFileSync(child, 'utf8'));
    expect(plan.meta.issuingOrgan.citation).toBe('Đảng ủy Ủy ban nhân dân tỉnh');
    expect(plan.appendices[0]?.rows.filter((r) => r.kind === 'data')).toHaveLength(64);
  });

  it('keeps to the lead tasks and leaves collective phrases out when asked', async () => {
    const child = join(dir, 'con.kehoach');
    const run = await cli('clone', PARTY, '--unit', 'Đảng ủy UBND tỉnh', '-o', child, '--lead-only', '--direct-only');
    expect(run.code).toBe(0);
    expect(run.out).toContain('63 nhiệm vụ (chủ trì 63, phối hợp 0; từ phụ lục 62, từ nội dung văn bản 1; qua cụm từ chung 0)');
  });

  it('suggests the closest names for an unknown unit and writes nothing', async () => {
    const child = join(dir, 'x.kehoach');
    const run = await cli('clone', PARTY, '--unit', 'Sở Tài chánh và Vật giá', '-o', child);
    expect(run.code).toBe(1);
    expect(run.err).toContain('Không tìm thấy đơn vị "Sở Tài chánh và Vật giá"');
    expect(run.err).toContain('"Sở Tài chính"');
    expect(existsSync(child)).toBe(false);
  });

  it('says when the unit has no task, and makes a skeleton only with --allow-empty', async () => {
    const child = join(dir, 'tu-phap.kehoach');
    const refused = await cli('clone', PARTY, '--unit', 'Sở Tư pháp', '-o', child);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('không giao nhiệm vụ nào cho Sở Tư pháp');
    expect(existsSync(child)).toBe(false);
    const skeleton = await cli('clone', PARTY, '--unit', 'Sở Tư pháp', '-o', child, '--allow-empty');
    expect(skeleton.code).toBe(0);
    expect(parsePlanText(readFileSync(child, 'utf8')).appendices).toEqual([]);
  });

  it('refuses a parent that is not a plan', async () => {
    const notPlan = join(dir, 'khong-phai.kehoach');
    writeFileSync(notPlan, '{"ten": "danh sách"}');
    const child = join(dir, 'x.kehoach');
    const run = await cli('clone', notPlan, '--unit', 'Sở Tư pháp', '-o', child);
    expect(run.code).toBe(1);
    expect(run.err).toContain('không phải tệp của Kế hoạch Studio');
    expect(existsSync(child)).toBe(false);
  });

  it('refuses a collective phrase as the unit', async () => {
    const run = await cli('clone', PARTY, '--unit', 'Các sở, ban, ngành', '-o', join(dir, 'x.kehoach'));
    expect(run.code).toBe(1);
    expect(run.err).toContain('cụm từ chỉ nhiều cơ quan');
  });

  it('asks for the unit and the output file', async () => {
    expect((await cli('clone', PARTY, '-o', join(dir, 'x.kehoach'))).code).toBe(2);
    expect((await cli('clone', PARTY, '--unit', 'Sở Tư pháp')).code).toBe(2);
  });

  it('finds units the user added to their own directory', async () => {
    const userFile = join(dir, 'nguoi-dung', 'agencies.json');
    await createAgencyDirectoryStore({ userPath: userFile }).saveUser({
      organs: [
        {
          id: 'dang-uy-xa-yen-mo',
          name: 'Đảng ủy xã Yên Mô',
          system: 'dang',
          level: 'xa',
          parent: 'tinh-uy',
          groups: ['cap-uy', 'cap-uy-truc-thuoc-tinh'],
          symbol: 'ĐU',
        },
      ],
    });
    const child = join(dir, 'yen-mo.kehoach');
    const run = await cli('clone', PARTY, '--unit', 'Đảng ủy xã Yên Mô', '-o', child);
    expect(run.code).toBe(0);
    expect(run.out).toContain('1 nhiệm vụ (chủ trì 1, phối hợp 0; từ phụ lục 0, từ nội dung văn bản 1; qua cụm từ chung 1)');
  });
});

describe('coverage', () => {
  it('prints exactly the DESIGN.md §4 JSON shape', async () => {
    const child = join(dir, 'con.kehoach');
    expect((await cli('clone', PARTY, '--unit', 'Đảng ủy UBND tỉnh', '-o', child)).code).toBe(0);
    const run = await cli('coverage', child, '--parent', PARTY, '--json');
    expect(run.code).toBe(0);
    const report = JSON.parse(run.out) as Record<string, unknown> & { items: Record<string, unknown>[] };
    expect(Object.keys(report)).toEqual(['unit', 'parent', 'assigned', 'covered', 'items']);
    expect(report).toMatchObject({ unit: 'Đảng ủy Ủy ban nhân dân tỉnh', assigned: 64, covered: 64 });
    expect(report.parent).toBe('Kế hoạch số 58-KH/TU ngày 15/4/2026 của Ban Thường vụ Tỉnh ủy tỉnh Ninh Bình');
    for (const item of report.items) {
      expect(Object.keys(item)).toEqual(['parentRef', 'text', 'role', 'source', 'covered', 'childRefs', 'lateDeadline']);
    }
    expect(report.items.at(-1)).toMatchObject({
      parentRef: 'khoản 3 mục IV Kế hoạch số 58-KH/TU',
      role: 'lead',
      source: 'body',
      covered: true,
    });
  });

  it('reports the tasks the child dropped, in words without --json', async () => {
    const child = join(dir, 'con.kehoach');
    await cli('clone', PARTY, '--unit', 'Đảng ủy UBND tỉnh', '-o', child);
    const plan = parsePlanText(readFileSync(child, 'utf8'));
    const rows = plan.appendices[0]?.rows ?? [];
    const pruned = { ...plan, appendices: plan.appendices.map((a) => ({ ...a, rows: rows.filter((r) => r.id !== rows[2]?.id) })) };
    writeFileSync(child, serializePlan(pruned));
    const run = await cli('coverage', child, '--parent', PARTY);
    expect(run.code).toBe(0);
    expect(run.out).toContain('Đã có trong kế hoạch: 63/64 nhiệm vụ được giao.');
    expect(run.out).toContain('[ ] điểm 1 mục I Phụ lục I Kế hoạch số 58-KH/TU (chủ trì) → CHƯA CÓ');
  });

  it('needs a unit it can find when the child’s issuer is not in the directory', async () => {
    const run = await cli(
      'coverage',
      join(FIXTURES, 'ke-hoach-bql-thuc-hien-30-KH-UBND.kehoach'),
      '--parent',
      PARTY,
      '--unit',
      'Phòng Không Có',
    );
    expect(run.code).toBe(1);
    expect(run.err).toContain('Không tìm thấy đơn vị "Phòng Không Có"');
  });
});
