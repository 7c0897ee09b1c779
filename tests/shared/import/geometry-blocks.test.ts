/**
 * The page-geometry builder shared by the PDF text layer and OCR: tables from rulings (merged
 * cells, wrapped cell text, a table continued over a page break), tables and two-column blocks
 * without rulings, paragraphs from line geometry, running lines, footnotes and brace groups.
 */
import { describe, expect, it } from 'vitest';
import { recognizePdfGeometry } from '../../../shared/import';
import { geometryBlocks } from '../../../shared/import/geometry';
import type { SourceBlock, SourceLine, SourceTable } from '../../../shared/import/source';
import { grid, hLine, lines, page, text, vLine } from './geometry-pages';

const texts = (blocks: readonly SourceBlock[]): string[] => blocks.flatMap((b) => (b.kind === 'line' ? [b.text] : []));
const tables = (blocks: readonly SourceBlock[]): SourceTable[] => blocks.filter((b): b is SourceTable => b.kind === 'table');
const cells = (table: SourceTable | undefined): string[][] => table?.rows.map((r) => r.cells.map((c) => c.text)) ?? [];

describe('tables from rulings', () => {
  const xs = [60, 100, 360, 480, 540];
  it('reads each box of the grid as a cell, joining the wrapped lines of a cell', () => {
    const blocks = geometryBlocks([
      page(
        1,
        [
          text('STT', 65, 104),
          text('Nhiệm vụ', 105, 104),
          text('Cơ quan chủ trì', 365, 104),
          text('Thời gian', 485, 104),
          text('1', 65, 124),
          text('Điều chỉnh Quy hoạch tỉnh thời kỳ', 105, 124),
          text('2021-2030, tầm nhìn 2050', 105, 140),
          text('Đảng ủy Ủy ban', 365, 124),
          text('nhân dân tỉnh', 365, 140),
          text('Năm 2026', 485, 124),
        ],
        grid(xs, [100, 120, 160]),
      ),
    ]);
    expect(cells(tables(blocks)[0])).toEqual([
      ['STT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Thời gian'],
      ['1', 'Điều chỉnh Quy hoạch tỉnh thời kỳ 2021-2030, tầm nhìn 2050', 'Đảng ủy Ủy ban nhân dân tỉnh', 'Năm 2026'],
    ]);
  });

  it('joins a word broken in a narrow cell when the weight of its last letter is not known (OCR)', () => {
    const blocks = geometryBlocks([
      page(
        1,
        [
          text('ST', 63, 104, { bold: true }),
          // A scan's lone letter: OCR does not judge its weight.
          text('T', 63, 119),
          text('Nhiệm vụ', 85, 104, { bold: true }),
          text('1', 65, 139),
          text('Điều chỉnh Quy hoạch tỉnh', 85, 139),
        ],
        grid([60, 80, 400], [100, 135, 160]),
      ),
    ]);
    expect(cells(tables(blocks)[0])).toEqual([
      ['STT', 'Nhiệm vụ'],
      ['1', 'Điều chỉnh Quy hoạch tỉnh'],
    ]);
  });

  it('gives merged cells their span where inner lines are missing', () => {
    const rules = [
      ...[100, 120, 140, 160].map((y) => hLine(y, 60, 540)),
      vLine(60, 100, 160),
      vLine(540, 100, 160),
      vLine(100, 100, 160),
      // The other column lines are drawn on the header and the last row only: the middle row is one band.
      ...[360, 480].flatMap((x) => [vLine(x, 100, 120), vLine(x, 140, 160)]),
      // The first column's line under the middle row is missing: its STT spans two rows.
    ].filter((r) => !(r.y1 === 140 && r.y2 === 140));
    rules.push(hLine(140, 100, 540));
    const blocks = geometryBlocks([
      page(
        1,
        [
          text('STT', 65, 104),
          text('Nhiệm vụ', 105, 104),
          text('I', 65, 124),
          text('NHÓM NHIỆM VỤ QUY HOẠCH', 105, 124),
          text('Lập quy hoạch', 105, 144),
        ],
        rules,
      ),
    ]);
    const table = tables(blocks)[0];
    expect(table?.rows.map((r) => r.cells.map((c) => [c.text, c.span, c.mergeUp]))).toEqual([
      [
        ['STT', 1, false],
        ['Nhiệm vụ', 1, false],
        ['', 1, false],
        ['', 1, false],
      ],
      [
        ['I', 1, false],
        ['NHÓM NHIỆM VỤ QUY HOẠCH', 3, false],
      ],
      [
        ['', 1, true],
        ['Lập quy hoạch', 1, false],
        ['', 1, false],
        ['', 1, false],
      ],
    ]);
  });

  it('joins a table continued on the next page, its repeated header (with a typo) marked, a cut row put back together', () => {
    const header = (y: number, note: string) => [
      text('STT', 65, y),
      text('Nhiệm vụ', 105, y),
      text('Thời gian', 365, y),
      text(note, 485, y),
    ];
    const columns = [60, 100, 360, 480, 540];
    const blocks = geometryBlocks([
      page(
        1,
        [...header(704, 'Ghi chú'), text('1', 65, 724), text('Xây dựng cơ sở dữ liệu dùng', 105, 724), text('Năm 2026', 365, 724)],
        grid(columns, [700, 720, 760]),
      ),
      page(
        2,
        [
          ...header(64, 'Chí chú'),
          text('chung của tỉnh', 105, 84),
          text('2', 65, 104),
          text('Cập nhật phần mềm', 105, 104),
          text('Quý IV', 365, 104),
        ],
        grid([61, 101, 361, 481, 541], [60, 80, 100, 120]),
      ),
    ]);
    const all = tables(blocks);
    expect(all).toHaveLength(1);
    expect(all[0]?.rows.map((r) => r.header)).toEqual([true, false, true, false]);
    expect(cells(all[0]).map((r) => r.slice(0, 3))).toEqual([
      ['STT', 'Nhiệm vụ', 'Thời gian'],
      ['1', 'Xây dựng cơ sở dữ liệu dùng chung của tỉnh', 'Năm 2026'],
      ['STT', 'Nhiệm vụ', 'Thời gian'],
      ['2', 'Cập nhật phần mềm', 'Quý IV'],
    ]);
  });

  it('keeps two tables apart when the second does not continue the first', () => {
    const blocks = geometryBlocks([
      page(1, [text('STT', 65, 704), text('Nhiệm vụ', 105, 704), text('Ghi chú', 365, 704)], grid([60, 100, 360, 540], [700, 720, 740])),
      page(2, [text('TT', 65, 64), text('Chỉ tiêu', 205, 64), text('Đơn vị tính', 405, 64)], grid([60, 200, 400, 540], [60, 80, 100])),
    ]);
    expect(tables(blocks)).toHaveLength(2);
  });
});

describe('layout without rulings', () => {
  it('reads the header block column by column and keeps the title out of it', () => {
    const blocks = geometryBlocks([
      page(1, [
        text('UBND TỈNH NINH BÌNH', 90, 60),
        text('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 300, 60, { bold: true }),
        text('SỞ XÂY DỰNG', 110, 76, { bold: true }),
        text('Độc lập - Tự do - Hạnh phúc', 330, 76, { bold: true }),
        text('Số: 12/KH-SXD', 105, 100),
        text('Ninh Bình, ngày 03 tháng 3 năm 2026', 310, 100, { italic: true }),
        text('KẾ HOẠCH', 265, 140, { bold: true }),
        text('Thực hiện chương trình chuyển đổi số năm 2026', 170, 158, { bold: true }),
      ]),
    ]);
    const block = tables(blocks)[0];
    expect(block?.borderless).toBe(true);
    expect(cells(block)).toEqual([
      ['UBND TỈNH NINH BÌNH', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
      ['SỞ XÂY DỰNG', 'Độc lập - Tự do - Hạnh phúc'],
      ['Số: 12/KH-SXD', 'Ninh Bình, ngày 03 tháng 3 năm 2026'],
    ]);
    expect(block?.rows[1]?.cells[0]?.runs).toEqual([{ text: 'SỞ XÂY DỰNG', bold: true }]);
    expect(texts(blocks)).toEqual(['KẾ HOẠCH', 'Thực hiện chương trình chuyển đổi số năm 2026']);
  });

  it('keeps the pieces of a blank number in one cell, and a single line with a blank out of any block', () => {
    const blocks = geometryBlocks([
      page(1, [
        text('BAN CHẤP HÀNH ĐẢNG BỘ', 80, 60, { bold: true }),
        text('ĐẢNG CỘNG SẢN VIỆT NAM', 330, 60, { bold: true }),
        text('Số:', 100, 80),
        text('/KH-BQL', 160, 80),
        text('Hà Nội, ngày      tháng      năm 2026', 310, 80, { italic: true }),
        text('KẾ HOẠCH', 265, 140, { bold: true }),
        text('Căn cứ Kế hoạch số', 85, 200),
        text('/KH-UBND ngày 12/01/2026 của Ủy ban nhân dân tỉnh.', 250, 200),
      ]),
    ]);
    expect(cells(tables(blocks)[0])).toEqual([
      ['BAN CHẤP HÀNH ĐẢNG BỘ', 'ĐẢNG CỘNG SẢN VIỆT NAM'],
      ['Số: /KH-BQL', 'Hà Nội, ngày tháng năm 2026'],
    ]);
    expect(tables(blocks)).toHaveLength(1);
    expect(texts(blocks)).toEqual(['KẾ HOẠCH', 'Căn cứ Kế hoạch số /KH-UBND ngày 12/01/2026 của Ủy ban nhân dân tỉnh.']);
  });

  it('reads a table drawn without rulings by its columns, wrapped cells included', () => {
    const row = (y: number, cells: readonly [number, string][]) => cells.map(([x, t]) => text(t, x, y, { size: 11 }));
    const blocks = geometryBlocks([
      page(1, [
        ...row(100, [
          [60, 'STT'],
          [110, 'Nội dung nhiệm vụ'],
          [320, 'Cơ quan chủ trì'],
          [450, 'Thời gian'],
        ]),
        ...row(116, [
          [60, '1'],
          [110, 'Xây dựng cơ sở dữ liệu'],
          [320, 'Văn phòng Sở'],
          [450, 'Năm 2026'],
        ]),
        ...row(130, [[110, 'dùng chung']]),
        ...row(146, [
          [60, '2'],
          [110, 'Cập nhật phần mềm'],
          [320, 'Phòng Quy hoạch'],
          [450, 'Quý IV'],
        ]),
      ]),
    ]);
    expect(cells(tables(blocks)[0])).toEqual([
      ['STT', 'Nội dung nhiệm vụ', 'Cơ quan chủ trì', 'Thời gian'],
      ['1', 'Xây dựng cơ sở dữ liệu dùng chung', 'Văn phòng Sở', 'Năm 2026'],
      ['2', 'Cập nhật phần mềm', 'Phòng Quy hoạch', 'Quý IV'],
    ]);
  });

  it('writes a brace group of the nơi nhận as the DOCX reader does, and keeps the signature beside it', () => {
    const blocks = geometryBlocks([
      page(
        1,
        [
          text('Nơi nhận:', 85, 480),
          text('T/M BAN THƯỜNG VỤ', 360, 480, { bold: true }),
          text('- Ban Bí thư Trung ương Đảng,', 85, 496, { size: 12 }),
          text('PHÓ BÍ THƯ', 396, 496),
          text('- Văn phòng Trung ương Đảng,', 85, 510, { size: 12 }),
          text('(để báo cáo)', 271, 503, { size: 12 }),
          text('- Lưu Văn phòng Tỉnh ủy.', 85, 524, { size: 12 }),
          text('Đinh Thị Lụa', 395, 540, { bold: true }),
        ],
        [vLine(270, 494, 524)],
      ),
    ]);
    expect(cells(tables(blocks)[0])).toEqual([
      ['Nơi nhận:', 'T/M BAN THƯỜNG VỤ'],
      ['{', 'PHÓ BÍ THƯ'],
      ['- Ban Bí thư Trung ương Đảng,', 'Đinh Thị Lụa'],
      ['- Văn phòng Trung ương Đảng,', ''],
      ['} (để báo cáo)', ''],
      ['- Lưu Văn phòng Tỉnh ủy.', ''],
    ]);
  });
});

describe('paragraphs from line geometry', () => {
  it('joins wrapped lines and tells an indented first line, an "a)" item and a heading apart', () => {
    const blocks = geometryBlocks([
      page(
        1,
        lines(
          [
            { text: 'I. MỤC ĐÍCH, YÊU CẦU', weight: 'bold', indent: 28 },
            { text: '1. Quán triệt nghiêm túc, sâu sắc; triển khai đồng bộ, quyết liệt, hiệu', indent: 28, full: true },
            { text: 'quả Nghị quyết; xác định đây là nhiệm vụ đặc biệt quan trọng của cả hệ', full: true },
            'thống chính trị.',
            { text: 'a) Tập trung lãnh đạo, chỉ đạo xây dựng chương trình, kế hoạch, đề án', indent: 28, full: true },
            { text: 'Phân công rõ người, rõ việc, rõ trách nhiệm, rõ thời gian hoàn thành.', full: true },
            { text: 'Thực hiện nghiêm chế độ báo cáo định kỳ.', indent: 28 },
            { text: 'Hoàn thành trong quý II năm 2026, bảo đảm chất lượng, hiệu quả và tiết kiệm.', full: true },
          ],
          100,
        ),
      ),
    ]);
    expect(texts(blocks)).toEqual([
      'I. MỤC ĐÍCH, YÊU CẦU',
      '1. Quán triệt nghiêm túc, sâu sắc; triển khai đồng bộ, quyết liệt, hiệu quả Nghị quyết; xác định đây là nhiệm vụ đặc biệt quan trọng của cả hệ thống chính trị.',
      'a) Tập trung lãnh đạo, chỉ đạo xây dựng chương trình, kế hoạch, đề án Phân công rõ người, rõ việc, rõ trách nhiệm, rõ thời gian hoàn thành.',
      'Thực hiện nghiêm chế độ báo cáo định kỳ.',
      'Hoàn thành trong quý II năm 2026, bảo đảm chất lượng, hiệu quả và tiết kiệm.',
    ]);
    expect((blocks[0] as SourceLine).bold).toBe(true);
  });

  it('keeps a marker that wrapped to the margin in its paragraph, and an indented item apart', () => {
    const blocks = geometryBlocks([
      page(
        1,
        lines(
          [
            { text: 'Nêu mục đích và yêu cầu của kế hoạch (cụ thể hóa nghị quyết thành nhiệm', indent: 28, full: true },
            { text: 'vụ, giải pháp; phân công cơ quan chủ trì, phối hợp); mỗi ý một điểm a), b),', full: true },
            'c)… theo thứ tự.',
            { text: 'a) Cụ thể hóa các mục tiêu, nhiệm vụ, giải pháp của Nghị quyết thành các', indent: 28, full: true },
            { text: 'đề án, chương trình cụ thể của tỉnh trong giai đoạn từ nay đến năm 2026', full: true },
            '- 2030, bảo đảm đồng bộ, thống nhất.',
            { text: 'b) Phân công rõ người, rõ việc, rõ trách nhiệm, rõ thời gian hoàn thành và', indent: 28, full: true },
            'rõ sản phẩm.',
          ],
          100,
        ),
      ),
    ]);
    expect(texts(blocks)).toEqual([
      'Nêu mục đích và yêu cầu của kế hoạch (cụ thể hóa nghị quyết thành nhiệm vụ, giải pháp; phân công cơ quan chủ trì, phối hợp); mỗi ý một điểm a), b), c)… theo thứ tự.',
      'a) Cụ thể hóa các mục tiêu, nhiệm vụ, giải pháp của Nghị quyết thành các đề án, chương trình cụ thể của tỉnh trong giai đoạn từ nay đến năm 2026 - 2030, bảo đảm đồng bộ, thống nhất.',
      'b) Phân công rõ người, rõ việc, rõ trách nhiệm, rõ thời gian hoàn thành và rõ sản phẩm.',
    ]);
  });

  it('starts a paragraph after a short line and after wider spacing, and keeps a word broken at its hyphen whole', () => {
    const blocks = geometryBlocks([
      page(1, [
        ...lines(
          [{ text: 'Các sở, ban, ngành triển khai Kế hoạch này theo chức năng, nhiệm vụ được giao và báo', full: true }, 'cáo kết quả.'],
          100,
        ),
        ...lines([{ text: 'Ủy ban nhân dân các xã, phường chủ động bố trí kinh phí, nguồn lực thực', full: true }], 148),
        ...lines(
          [
            { text: 'Giao Sở Tài chính tham mưu bố trí kinh phí thực hiện kế hoạch giai đoạn 2026-', full: true },
            { text: '2030 theo Chương trình số 20-', full: true },
            'CTr/TU của Tỉnh ủy.',
          ],
          190,
        ),
      ]),
    ]);
    expect(texts(blocks)).toEqual([
      'Các sở, ban, ngành triển khai Kế hoạch này theo chức năng, nhiệm vụ được giao và báo cáo kết quả.',
      'Ủy ban nhân dân các xã, phường chủ động bố trí kinh phí, nguồn lực thực',
      'Giao Sở Tài chính tham mưu bố trí kinh phí thực hiện kế hoạch giai đoạn 2026-2030 theo Chương trình số 20-CTr/TU của Tỉnh ủy.',
    ]);
  });

  it('joins a wrapped line OCR read a point smaller, though a speck under the header gave that size one close gap', () => {
    // As OCR places a scanned page (the Party plan of tests/fixtures/blind): sizes wander by a point
    // from line to line, and a speck read as "s" under the number line is the only pair of lines
    // measured at 12 pt, 12.6 pt apart where the body's lines are 18.5 apart.
    const body = { left: 57, right: 566, pitch: 18.5 };
    const blocks = geometryBlocks([
      page(1, [
        text('Số 31-KH/ĐU', 135, 90, { size: 12 }),
        text('s', 287, 102.6, { size: 12 }),
        ...lines(
          [
            { text: 'Thực hiện Chương trình công tác năm 2027, Ban Thường vụ Đảng ủy các cơ quan', indent: 28, full: true },
            { text: 'Đảng tỉnh ban hành kế hoạch công tác kiểm tra, giám sát năm 2027 như sau, cụ', full: true },
            'thể là:',
          ],
          170,
          body,
        ),
        ...lines(
          [{ text: '1. Ủy ban Kiểm tra Đảng ủy tham mưu thành lập các đoàn, xây dựng kế hoạch cụ thể', indent: 28, full: true }],
          718,
          body,
        ),
        ...lines(['theo Phụ lục kèm theo.'], 738.5, { ...body, size: 12 }),
      ]),
    ]);
    expect(texts(blocks)).toContain(
      '1. Ủy ban Kiểm tra Đảng ủy tham mưu thành lập các đoàn, xây dựng kế hoạch cụ thể theo Phụ lục kèm theo.',
    );
  });

  it('joins a paragraph cut by a page break and leaves out page numbers and running headers', () => {
    const running = (n: number) => [text('Kế hoạch số 58-KH/TU', 230, 20, { size: 10 }), text(String(n), 290, 810, { size: 11 })];
    const blocks = geometryBlocks([
      page(1, [
        ...running(1),
        ...lines(
          [
            'Mở đầu văn bản.',
            { text: 'Tập trung nguồn lực đầu tư xây dựng hệ thống hạ tầng chiến lược đồng bộ, thông', indent: 28, full: true },
          ],
          760,
        ),
      ]),
      page(2, [...running(2), ...lines(['minh, kết nối nội tỉnh và liên vùng.'], 64)]),
      page(3, [...running(3), ...lines(['Kết thúc văn bản.'], 64)]),
    ]);
    expect(texts(blocks)).toEqual([
      'Mở đầu văn bản.',
      'Tập trung nguồn lực đầu tư xây dựng hệ thống hạ tầng chiến lược đồng bộ, thông minh, kết nối nội tỉnh và liên vùng.',
      'Kết thúc văn bản.',
    ]);
    const line = blocks.find((b): b is SourceLine => b.kind === 'line' && b.text.startsWith('Tập trung'));
    expect(line?.origin).toMatchObject({ page: 1, x: 113 });
    expect(line?.where).toBe('trang 1, dòng 3');
  });

  it('marks a footnote at the foot of a page in a smaller size, and drops the raised note mark in the text', () => {
    const blocks = geometryBlocks([
      page(1, [
        ...lines(
          [{ text: 'Thực hiện Nghị quyết số 05-NQ/TU của Ban Chấp hành Đảng bộ tỉnh về', indent: 28, full: true }, 'xây dựng tỉnh.'],
          100,
        ),
        text('1', 85 + 28 + 57 * 6.5, 98, { size: 8 }),
        ...lines(['Kết thúc.'], 780),
        text('1 Nghị quyết ban hành ngày 30/01/2026.', 85, 800, { size: 10 }),
      ]),
    ]);
    expect(blocks.map((b) => b.kind === 'line' && [b.text, b.footnote])).toEqual([
      ['Thực hiện Nghị quyết số 05-NQ/TU của Ban Chấp hành Đảng bộ tỉnh về xây dựng tỉnh.', false],
      ['Kết thúc.', false],
      ['1 Nghị quyết ban hành ngày 30/01/2026.', true],
    ]);
  });
});

describe('the rule under the trích yếu', () => {
  /** A header, the tên loại, a two-line trích yếu with its rule `gap` points under it, then a centred part title. */
  const planPage = (gap: number) =>
    page(
      1,
      [
        text('UBND TỈNH NINH BÌNH', 90, 60),
        text('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 300, 60, { bold: true }),
        text('SỞ XÂY DỰNG', 110, 76, { bold: true }),
        text('Độc lập - Tự do - Hạnh phúc', 330, 76, { bold: true }),
        text('Số: 12/KH-SXD', 105, 100),
        text('Ninh Bình, ngày 03 tháng 3 năm 2026', 310, 100, { italic: true }),
        ...lines(
          [
            { text: 'KẾ HOẠCH', centre: true, weight: 'bold' },
            { text: 'Thực hiện chương trình chuyển đổi số', centre: true, weight: 'bold' },
            { text: 'năm 2026', centre: true, weight: 'bold' },
          ],
          140,
        ),
        ...lines([{ text: 'PHẦN THỨ NHẤT', centre: true, weight: 'bold' }], 176 + 13 + gap + 20),
        ...lines(['Thực hiện Kế hoạch số 30/KH-UBND ngày 29/01/2026 của Ủy ban nhân dân tỉnh, Sở Xây dựng ban hành'], 260),
      ],
      [hLine(176 + 13 + gap, 269, 369)],
    );

  it('closes the trích yếu, whether it touches the text or stands a line below it', () => {
    for (const gap of [2, 15]) {
      const blocks = geometryBlocks([planPage(gap)]);
      const closing = blocks.find((b): b is SourceLine => b.kind === 'line' && b.text === 'năm 2026');
      expect(closing?.ruleBelow).toBe(true);
      const { plan } = recognizePdfGeometry({ pages: [planPage(gap)], warnings: [] });
      expect(plan.meta.summary).toBe('Thực hiện chương trình chuyển đổi số năm 2026');
    }
  });
});
