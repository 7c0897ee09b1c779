/**
 * Paste keeps structure: Word's list paragraphs and literal numbers become items and bullets with
 * their marks and without the numbers (the editor computes them), plain text becomes one block per
 * line, one line pasted into text stays text, and every pasted block has an id of its own.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Block } from '../../shared/model';
import { bodyIsNfc, newPlanForEachTest, saveAndRead, sectionText } from './editor-helpers';

const WORD_HTML = `<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">
<head><meta charset="utf-8"><style>p.MsoNormal{margin:0cm;font-size:14.0pt;font-family:"Times New Roman"}</style></head>
<body lang=VI><!--StartFragment-->
<p class=MsoNormal style='text-align:justify;text-indent:1.0cm'><b><span lang=VI>1. Mục tiêu chung</span></b></p>
<p class=MsoListParagraphCxSpFirst style='margin-left:36.0pt;text-indent:-18.0pt;mso-list:l0 level2 lfo1'><!--[if !supportLists]--><span lang=VI><span style='mso-list:Ignore'>a)<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span><!--[endif]--><span lang=VI>Tăng cường <i>phối hợp</i>
giữa các ngành</span></p>
<p class=MsoListParagraphCxSpMiddle style='mso-list:l1 level1 lfo2'><!--[if !supportLists]--><span style='mso-list:Ignore'>-<span style='font:7.0pt "Times New Roman"'>&nbsp; </span></span><!--[endif]--><span lang=VI>Sở Nội vụ</span></p>
<p class=MsoListParagraphCxSpLast style='mso-list:l2 level2 lfo3'><!--[if !supportLists]--><span style='font-family:Symbol'><span style='mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>&nbsp; </span></span></span><!--[endif]--><span lang=VI>Phòng Tư pháp</span></p>
<p class=MsoNormal><span lang=VI>Đoạn có chữ <span style='font-weight:bold'>đậm</span> và <u>gạch chân</u>; Vie\u0302\u0323t Nam.</span></p>
<!--EndFragment--></body></html>`;

async function paste(page: Page, data: Record<string, string>): Promise<void> {
  await sectionText(page).evaluate((root, items) => {
    const transfer = new DataTransfer();
    for (const [type, value] of Object.entries(items)) transfer.setData(type, value);
    const target = document.getSelection()?.anchorNode?.parentElement ?? root;
    target.dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }));
  }, data);
}

const shape = (b: Block): unknown[] => [
  b.type,
  'level' in b ? b.level : 0,
  b.type === 'item' ? `${b.marker}${b.heading ? ' heading' : ''}` : '',
  b.children.map((c) =>
    'text' in c ? `${c.bold === true ? '*' : ''}${c.italic === true ? '/' : ''}${c.underline === true ? '_' : ''}${c.text}` : '«ref»',
  ),
];

describe('paste into a section', () => {
  const session = newPlanForEachTest();

  it('reads Word lists, literal numbers and marks into blocks with fresh ids', async () => {
    const { page } = session.app;
    const before = (await saveAndRead(page)).sections[0]?.blocks.length ?? 0;
    await sectionText(page).click();
    await page.keyboard.press('Control+End');
    await paste(page, { 'text/html': WORD_HTML, 'text/plain': 'ignored when HTML is there' });
    const plan = await saveAndRead(page);
    const blocks = plan.sections[0]?.blocks ?? [];
    expect(blocks.slice(before - 1).map(shape)).toEqual([
      ['item', 1, 'decimal heading', ['*Mục tiêu chung']],
      ['item', 2, 'letter', ['Tăng cường ', '/phối hợp', ' giữa các ngành']],
      ['bullet', 1, '', ['Sở Nội vụ']],
      ['bullet', 2, '', ['Phòng Tư pháp']],
      ['paragraph', 0, '', ['Đoạn có chữ ', '*đậm', ' và ', '_gạch chân', '; Việt Nam.']],
    ]);
    const ids = [...plan.preamble, ...plan.sections.flatMap((s) => s.blocks)].map((b) => b.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(bodyIsNfc(plan)).toBe(true);
  });

  it('makes one block per line of plain text, and keeps one line pasted into text as text', async () => {
    const { page } = session.app;
    await paste(page, { 'text/plain': 'Dòng thứ nhất\r\n2.1. Mục con\n\n- Gạch đầu dòng\n+ Cộng' });
    await page.keyboard.type(' thêm');
    await paste(page, { 'text/plain': '1. giữ nguyên' });
    const plan = await saveAndRead(page);
    expect(plan.sections[0]?.blocks.slice(-4).map(shape)).toEqual([
      ['paragraph', 0, '', ['Dòng thứ nhất']],
      ['item', 2, 'decimal', ['Mục con']],
      ['bullet', 1, '', ['Gạch đầu dòng']],
      ['bullet', 2, '', ['Cộng thêm1. giữ nguyên']],
    ]);
  });
});
