/**
 * A department's plan as LibreOffice saves it from HTML (`tests/fixtures/budget/make.sh`): laws
 * cited by name, a reference line under the appendix ending in ")", and an appendix whose groups
 * are lettered A, B over Roman subgroups, whose rows count on across groups (1, 2 | 3 | 4, 5),
 * whose group B holds its rows with no subgroup, and which ends with a "Tổng cộng" line. Each of
 * these was read wrongly before: the law dropped, the issuer cited as "Sở Y tế)", the letters
 * lost, the rows renumbered 1, 2 | 1 | I, 1, row 4 made a group and the total numbered as a task.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importDocx } from '../../../shared/import';
import { summarizePlan } from '../../../shared/inspect';
import { cellText, numberRows, type Appendix } from '../../../shared/model';
import { renderDocx } from '../../../shared/render/docx';

const DOCX = readFileSync(new URL('../../fixtures/budget/so-y-te-kinh-phi.docx', import.meta.url));

function stts(appendix: Appendix | undefined): string[] {
  if (appendix === undefined) return [];
  const numbers = numberRows(appendix);
  return appendix.rows.map((r) => `${numbers.get(r.id)?.stt ?? '?'} ${cellText(r.cells[appendix.mainColumn])}`);
}

const EXPECTED = [
  'A TIÊM CHỦNG MỞ RỘNG',
  'I Vắc xin và vật tư',
  '1 Tiếp nhận, bảo quản vắc xin tại kho tỉnh',
  '2 Mua bổ sung tủ lạnh bảo quản vắc xin cho 12 trạm y tế',
  'II Tập huấn',
  '3 Tập huấn an toàn tiêm chủng cho cán bộ trạm y tế',
  'B PHÒNG, CHỐNG DỊCH BỆNH',
  '4 Giám sát bệnh sốt xuất huyết, tay chân miệng tại các ổ dịch cũ',
  '5 Truyền thông phòng, chống dịch trên báo, đài tỉnh',
  ' Tổng cộng',
];

describe('a department plan with a budget appendix, saved as Word by LibreOffice', () => {
  it('keeps the laws it cites by name and cites its issuer without the reference line’s parenthesis', async () => {
    const { plan } = await importDocx(DOCX);
    expect(summarizePlan(plan).basis).toEqual([
      'Luật Phòng, chống bệnh truyền nhiễm ngày 21/11/2007',
      'Quyết định số 1421/QĐ-BYT ngày 20/5/2026 của Bộ Y tế',
    ]);
    expect(plan.meta.issuingOrgan).toEqual({ header: 'SỞ Y TẾ', citation: 'Sở Y tế' });
  });

  it('numbers the appendix as printed: letters, Roman subgroups, running rows, an unnumbered total', async () => {
    const { plan } = await importDocx(DOCX);
    const appendix = plan.appendices[0];
    expect(stts(appendix)).toEqual(EXPECTED);
    expect(appendix?.rows.at(-1)?.total).toBe(true);
    expect(summarizePlan(plan).appendices.map((a) => [a.groups, a.rows])).toEqual([[4, 5]]);
  });

  it('reads the same numbers back from its own DOCX when the embedded model is ignored', async () => {
    const { plan } = await importDocx(DOCX);
    const { plan: back } = await importDocx(await renderDocx(plan, { now: new Date('2026-12-01') }), { ignoreModel: true });
    expect(stts(back.appendices[0])).toEqual(EXPECTED);
  });
});
