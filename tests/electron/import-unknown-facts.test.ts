/**
 * Issue 15, point 5: what a received document lacks stays empty. A plan with no issuer and no date
 * (only a căn cứ dated 2026), made by pandoc as a Word file and as plain text, imports with both
 * empty: not "CƠ QUAN BAN HÀNH", not a year borrowed from the căn cứ or the year 2000. `inspect`
 * prints them as empty strings (DESIGN.md §4), the report lists what to fill in, the checker lists
 * them as unfinished so export asks, and the plan still renders and is cited by a clone.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { errorsQuestion } from '../../renderer/export/errors-question';
import { blockingFindings, checkPlan } from '../../shared/check';
import { planReference } from '../../shared/clone/plan-reference';
import { importDocx, importText } from '../../shared/import';
import type { PlanDocument } from '../../shared/model';
import { parsePlanText } from '../../shared/plan-file';
import { renderDocx } from '../../shared/render/docx';
import { renderHtml } from '../../shared/render/html';
import { runCli } from './run-cli';

/** A commune's plan as a clerk types it without the header block: no organ, no number, no place or date. */
const MARKDOWN = `**KẾ HOẠCH**

**Triển khai chuyển đổi số trong cơ quan năm 2027**

Căn cứ Kế hoạch số 12/KH-UBND ngày 05/01/2026 của Ủy ban nhân dân tỉnh về chuyển đổi số; để thống nhất thực hiện, đề ra các nhiệm vụ sau:

**I. MỤC ĐÍCH, YÊU CẦU**

1\\. Nâng cao hiệu quả xử lý văn bản trên môi trường mạng.

2\\. Bảo đảm an toàn thông tin trong quá trình thực hiện.

**II. NHIỆM VỤ**

1\\. Số hóa hồ sơ lưu trữ của các phòng chuyên môn.

2\\. Tập huấn kỹ năng số cho công chức.

**III. TỔ CHỨC THỰC HIỆN**

Các phòng chuyên môn căn cứ nhiệm vụ được giao tổ chức thực hiện, báo cáo kết quả trước ngày 15/12/2027.

**Nơi nhận:**\\
- Các phòng chuyên môn;\\
- Lưu: VT.

**KT. CHỦ TỊCH**\\
**PHÓ CHỦ TỊCH**

**Nguyễn Văn Minh**
`;

const TO_FILL = ['cơ quan ban hành', 'địa danh', 'năm ban hành'];

let dir = '';
let docxPath = '';
let docxPlan: PlanDocument;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'kehoach-unknown-'));
  const source = join(dir, 'ke-hoach.md');
  writeFileSync(source, MARKDOWN);
  docxPath = join(dir, 'ke-hoach.docx');
  execFileSync('pandoc', [source, '-o', docxPath]);
  const { plan } = await importDocx(readFileSync(docxPath));
  docxPlan = plan;
});

function expectNothingInvented(plan: PlanDocument): void {
  expect(plan.meta.issuingOrgan).toEqual({ header: '', citation: '' });
  expect(plan.meta.date).toEqual({ year: null, month: null, day: null });
  expect(plan.meta).toMatchObject({ place: '', number: '', symbol: '', parentOrgan: '' });
  // What the document does say is kept.
  expect(plan.meta.summary).toBe('Triển khai chuyển đổi số trong cơ quan năm 2027');
  expect(plan.signer).toEqual({ authority: [{ kind: 'KT', body: 'CHỦ TỊCH' }], position: 'PHÓ CHỦ TỊCH', name: 'Nguyễn Văn Minh' });
  expect(plan.basis.map((b) => b.date)).toEqual(['2026-01-05']);
}

describe('a received plan without issuer and date', () => {
  it('imports from Word (pandoc) with both left empty and the fields to fill listed', async () => {
    const { plan, report } = await importDocx(readFileSync(docxPath));
    expectNothingInvented(plan);
    expect(report.toFill).toEqual(TO_FILL);
  });

  it('imports from plain text (pandoc) the same way', () => {
    const text = execFileSync('pandoc', ['-f', 'markdown', '-t', 'plain'], { input: MARKDOWN, encoding: 'utf8' });
    const { plan, report } = importText(text);
    expectNothingInvented(plan);
    expect(report.toFill).toEqual(TO_FILL);
  });

  it('is summarised by inspect with empty strings, and import says what to fill in', async () => {
    const inspect = await runCli(['inspect', docxPath, '--json']);
    expect(inspect.code).toBe(0);
    const summary = JSON.parse(inspect.out) as Record<string, unknown>;
    expect(summary).toMatchObject({ issuer: '', number: '', symbol: '', date: '' });
    expect(summary.signer).toEqual({ authority: 'KT. CHỦ TỊCH', position: 'PHÓ CHỦ TỊCH', name: 'Nguyễn Văn Minh' });
    const out = join(dir, 'ke-hoach.kehoach');
    const imported = await runCli(['import', docxPath, '-o', out]);
    expect(imported.code).toBe(0);
    expect(imported.out).toContain('Văn bản không ghi, cần điền: cơ quan ban hành, địa danh, năm ban hành.');
    expectNothingInvented(parsePlanText(readFileSync(out, 'utf8')));
  });

  it('is unfinished to the checker, so export asks before writing it', () => {
    const { errors, unfinished } = blockingFindings(checkPlan(docxPlan));
    expect(unfinished.map((f) => f.message)).toEqual(
      expect.arrayContaining([
        expect.stringContaining('Chưa có tên cơ quan ban hành (tên in ở đầu văn bản): ghi trước khi trình ký'),
        expect.stringContaining('Chưa có năm ban hành: ghi ngày, tháng, năm của văn bản'),
      ]),
    );
    const question = errorsQuestion({ errors, unfinished }, 'xuất DOCX', 'xuất');
    expect(question.message).toContain('Chưa có năm ban hành');
    expect(question.message).toContain('Chưa có tên cơ quan ban hành');
  });

  it('renders with blanks where the issuer and the year go, and nothing made up', async () => {
    const html = renderHtml(docxPlan);
    const zip = await JSZip.loadAsync(await renderDocx(docxPlan, { now: new Date('2026-12-07T00:00:00Z') }));
    const documentXml = (await zip.file('word/document.xml')?.async('string')) ?? '';
    for (const printed of [html, documentXml]) {
      expect(printed).not.toMatch(/CƠ QUAN BAN HÀNH|năm 2000|null/u);
      expect(printed).toContain('KẾ HOẠCH');
    }
    expect(html).toMatch(/>Ngày\s+tháng\s+năm\s+</u);
  });

  it('is cited by a clone without an empty "của"', () => {
    const reference = planReference(docxPlan, 'r1');
    expect(reference).toMatchObject({ shortName: 'Kế hoạch', issuer: '', date: '' });
  });
});
