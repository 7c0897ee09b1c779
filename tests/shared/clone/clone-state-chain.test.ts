/**
 * The State chain: the People's Committee's plan → the Ban Quản lý's plan → one of its divisions,
 * with tasks reached by name, short form, old name, collective phrase and body paragraph, and
 * coverage that follows the trace links down the chain.
 */
import { describe, expect, it } from 'vitest';
import { coverage, findAssignments } from '../../../shared/clone';
import { cellText, inlineText, type PlanDocument, type Row } from '../../../shared/model';
import { parsePlanValue } from '../../../shared/plan-file';
import { renderDocx } from '../../../shared/render/docx';
import { NOW, cloneFor, directory, stateParent, unit } from './helpers';

const province = stateParent();
const board = cloneFor(province, 'Ban Quản lý Khu kinh tế và các khu công nghiệp');

function assigned(name: string, options = {}): string[] {
  return findAssignments(province, unit(name), directory, options).map((a) => `${a.task.itemId} ${a.role} ${a.via}`);
}

/** The board's drafter gives some rows to its divisions, as the child's empty columns invite. */
function withDivisions(plan: PlanDocument): PlanDocument {
  const fill = (row: Row, index: number): Row => {
    if (row.kind !== 'data') return row;
    if (index === 4) return { ...row, cells: { ...row.cells, lead: 'Phòng Quản lý đầu tư' } };
    if (index % 2 === 1) return { ...row, cells: { ...row.cells, lead: 'Phòng Doanh nghiệp và Lao động', cooperate: ['Văn phòng Ban'] } };
    return { ...row, cells: { ...row.cells, lead: 'Phòng Quy hoạch và Xây dựng', cooperate: ['Phòng Doanh nghiệp và Lao động'] } };
  };
  return parsePlanValue({
    ...plan,
    meta: { ...plan.meta, number: '12', date: { year: 2026, month: 2, day: 10 } },
    appendices: plan.appendices.map((a) => ({ ...a, rows: a.rows.map(fill) })),
  });
}

describe('who gets which task of Kế hoạch 30/KH-UBND', () => {
  it('finds the board by full name, short form and alias, directly and through "Các sở, ban, ngành"', () => {
    expect(assigned('Ban Quản lý Khu kinh tế và các khu công nghiệp')).toEqual([
      'pl2/t1 lead direct',
      'pl2/t2 cooperate collective',
      'pl2/t3 lead direct',
      'pl2/t5 lead collective',
      'pl2/t6 cooperate direct',
      's4/iv-1 lead direct',
    ]);
    expect(assigned('Ban Quản lý Khu kinh tế và các khu công nghiệp', { leadOnly: true })).toHaveLength(4);
    expect(assigned('Ban Quản lý Khu kinh tế và các khu công nghiệp', { collective: false })).toHaveLength(4);
    expect(assigned('Ban Quản lý Khu kinh tế và các khu công nghiệp', { related: true })).toContain('pl2/t4 cooperate collective');
  });

  it('gives Sở Tài chính the tasks of Sở Kế hoạch và Đầu tư, which merged into it', () => {
    expect(assigned('Sở Tài chính')).toEqual([
      'pl2/t2 lead direct',
      'pl2/t3 cooperate direct',
      'pl2/t4 lead direct',
      'pl2/t5 lead collective',
      's4/iv-2 lead direct',
    ]);
  });

  it('reads the body: leads open the clause, "phối hợp với" names cooperators', () => {
    expect(assigned('Sở Nội vụ')).toEqual(['pl2/t2 cooperate collective', 'pl2/t5 lead collective', 's4/iv-1 cooperate direct']);
    expect(assigned('Liên đoàn Lao động tỉnh')).toEqual(['s4/iv-1 cooperate direct']);
    // "tham mưu UBND tỉnh báo cáo Ban Thường vụ Tỉnh ủy": they receive the work, they do not do it.
    expect(assigned('Ban Thường vụ Tỉnh ủy')).toEqual([]);
  });

  it('reaches communes through "UBND các xã, phường" and not the dissolved huyện', () => {
    expect(assigned('UBND phường Hoa Lư')).toEqual(['pl2/t1 cooperate collective']);
    expect(assigned('UBND huyện Gia Viễn')).toEqual([]);
  });
});

describe('the board’s plan', () => {
  const { child } = board;

  it('is a State plan of the board under the People’s Committee, citing the parent in the State style', () => {
    expect(child.profile).toBe('nd30-2020');
    expect(child.templateId).toBe('nha-nuoc-ke-hoach-thuc-hien-ke-hoach-cap-tren');
    expect(child.meta).toMatchObject({
      parentOrgan: 'UBND TỈNH NINH BÌNH',
      issuingOrgan: {
        header: 'BAN QUẢN LÝ KHU KINH TẾ\nVÀ CÁC KHU CÔNG NGHIỆP',
        citation: 'Ban Quản lý Khu kinh tế và các khu công nghiệp',
      },
      number: '',
      symbol: 'KH-BQL',
      summary:
        'Thực hiện Kế hoạch số 30/KH-UBND ngày 29/01/2026 của UBND tỉnh về thực hiện Chương trình hành động số 20-CTr/TU ngày 10/01/2026 của Ban Thường vụ Tỉnh ủy',
    });
    expect(child.preamble[0]?.children).toEqual([
      { text: `${child.meta.summary} (` },
      { text: 'sau đây gọi tắt là Kế hoạch số 30/KH-UBND', italic: true },
      { text: ');' },
    ]);
    expect(child.signer).toEqual({ authority: [{ kind: 'KT', body: 'TRƯỞNG BAN' }], position: 'PHÓ TRƯỞNG BAN', name: '' });
  });

  it('notes the lead of the tasks it cooperates on, and the phrase that reached it', () => {
    const roles = child.appendices[0]?.rows.filter((r) => r.kind === 'data').map((r) => cellText(r.cells.role));
    expect(roles).toEqual([
      'Chủ trì',
      'Phối hợp với Sở Kế hoạch và Đầu tư (Các sở, ban, ngành)',
      'Chủ trì',
      'Chủ trì (Các sở, ban, ngành)',
      'Phối hợp với Công an tỉnh',
      'Chủ trì',
    ]);
    const deadlines = child.appendices[0]?.rows.filter((r) => r.kind === 'data').map((r) => cellText(r.cells.deadline));
    expect(deadlines).toEqual(['Quý IV/2026', 'Năm 2026', 'Thường xuyên', '30/6/2026', 'Thường xuyên', 'Ngày 30/11/2026']);
  });

  it('addresses tổ chức thực hiện to the board’s own departments', () => {
    const organisation = (child.sections[3]?.blocks ?? []).map((b) => inlineText(b.children));
    expect(organisation[0]).toMatch(
      /^Văn phòng Ban Quản lý Khu kinh tế và các khu công nghiệp, Phòng Doanh nghiệp và Lao động, Phòng Tài nguyên và Môi trường/,
    );
    expect(organisation[1]).toMatch(/^Văn phòng Ban Quản lý Khu kinh tế và các khu công nghiệp chủ trì/);
    expect(organisation[1]).toContain('báo cáo UBND tỉnh');
  });

  it('renders to DOCX', async () => {
    expect((await renderDocx(child, { now: NOW })).byteLength).toBeGreaterThan(10_000);
  }, 120_000);
});

describe('the division’s plan, cloned from the board’s', () => {
  const boardPlan = withDivisions(board.child);
  const division = cloneFor(boardPlan, 'Phòng Doanh nghiệp và Lao động');

  it('takes the rows the board gave it and the body items that name it', () => {
    const roles = division.assignments.map((a) => `${a.task.source} ${a.role}`);
    // Rows: t1 (lead), t2 (phối hợp), t3 given to another division, t5 (lead), t6 and the body task (phối hợp).
    expect(roles).toEqual([
      'appendix lead',
      'appendix cooperate',
      'appendix lead',
      'appendix cooperate',
      'appendix cooperate',
      'body lead',
    ]);
    expect(division.child.meta).toMatchObject({
      parentOrgan: 'BAN QUẢN LÝ KHU KINH TẾ VÀ CÁC KHU CÔNG NGHIỆP',
      issuingOrgan: { citation: 'Phòng Doanh nghiệp và Lao động' },
    });
    expect(division.child.meta.summary).toMatch(
      /^Thực hiện Kế hoạch số 12\/KH-BQL ngày 10\/02\/2026 của Ban Quản lý Khu kinh tế và các khu công nghiệp về thực hiện Kế hoạch số 30\/KH-UBND/,
    );
  });

  it('keeps the whole chain in each row’s trace', () => {
    const first = division.child.appendices[0]?.rows.find((r) => r.kind === 'data');
    expect(first?.trace?.map((t) => t.planId)).toEqual([boardPlan.id, province.id]);
    expect(first?.trace?.[1]?.ref).toBe('điểm 1 mục I Phụ lục II Kế hoạch số 30/KH-UBND');
  });

  it('is covered against the board’s plan, and coverage follows the chain up to the province', () => {
    const againstBoard = coverage(division.child, boardPlan, unit('Phòng Doanh nghiệp và Lao động'), directory);
    expect([againstBoard.assigned, againstBoard.covered]).toEqual([6, 6]);
    const againstProvince = coverage(division.child, province, unit('Ban Quản lý KKT và các KCN'), directory);
    expect(againstProvince.assigned).toBe(6);
    expect(againstProvince.items.filter((i) => !i.covered).map((i) => i.parentRef)).toEqual([
      'điểm 1 mục II Phụ lục II Kế hoạch số 30/KH-UBND',
    ]);
    expect(againstProvince.covered).toBe(5);
  });
});
