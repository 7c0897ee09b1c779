/**
 * A plan whose appendix table has every cell centred vertically, as many offices set their tables
 * in Word: the STT "1" and the agency stand on the middle lines of a tall task cell. Built as a
 * Word file by the `docx` package, printed to PDF by LibreOffice and turned into layout text by
 * `pdftotext -layout`, so the text is what a clerk gets from a PDF viewer, not what we write.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  AlignmentType,
  Document,
  Packer,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from 'docx';

/** The appendix as a careful reader counts it: [STT, task, lead agency, time, note] or a group's [numeral, title]. */
export const CENTRED_ROWS: readonly (readonly string[])[] = [
  ['I', 'CÔNG TÁC TUYÊN TRUYỀN, QUÁN TRIỆT'],
  [
    '1',
    'Tổ chức quán triệt, phổ biến nội dung Nghị quyết đến toàn thể cán bộ, đảng viên và các tầng lớp nhân dân trên địa bàn bằng nhiều hình thức phù hợp, bảo đảm thiết thực, hiệu quả, gắn với việc thực hiện nhiệm vụ chính trị của từng cơ quan, đơn vị',
    'Ban Tuyên giáo và Dân vận Tỉnh ủy',
    'Quý III/2026',
    '',
  ],
  ['2', 'Xây dựng chuyên mục trên cổng thông tin điện tử của tỉnh', 'Sở Văn hóa, Thể thao và Du lịch', 'Năm 2026', ''],
  ['II', 'CÔNG TÁC XÂY DỰNG THỂ CHẾ'],
  [
    '3',
    'Rà soát, sửa đổi, bổ sung các quy định, quy chế làm việc có liên quan cho phù hợp với yêu cầu mới; đề xuất cấp có thẩm quyền ban hành cơ chế, chính sách đặc thù để tháo gỡ khó khăn, vướng mắc trong quá trình thực hiện',
    'Sở Tư pháp',
    'Năm 2026-2027',
    'Báo cáo kết quả hằng quý',
  ],
  ['4', 'Kiểm tra, giám sát việc thực hiện Nghị quyết', 'Ủy ban Kiểm tra Tỉnh ủy', 'Hằng năm', ''],
  [
    '5',
    'Sơ kết, đánh giá kết quả thực hiện, rút kinh nghiệm và đề xuất nhiệm vụ, giải pháp cho giai đoạn tiếp theo',
    'Văn phòng Tỉnh ủy',
    'Tháng 12/2027',
    '',
  ],
];

export const CENTRED_COLUMNS = ['STT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Thời gian thực hiện', 'Ghi chú'];

/** Column widths in twentieths of a point, on a landscape A4 page: the task column is the widest. */
const WIDTHS = [800, 6400, 2800, 1800, 1600];

const run = (text: string, strong = false): TextRun => {
  const options: { bold?: boolean } = strong ? { bold: true } : {};
  return new TextRun({ text, font: 'Times New Roman', size: 26, ...options });
};
const para = (text: string, options: { bold?: boolean; align?: 'center' | 'justify' | 'left' } = {}): Paragraph =>
  new Paragraph({
    children: [run(text, options.bold ?? false)],
    alignment: options.align === 'center' ? AlignmentType.CENTER : options.align === 'left' ? AlignmentType.LEFT : AlignmentType.JUSTIFIED,
  });

function cell(text: string, column: number, options: { bold?: boolean; span?: number } = {}): TableCell {
  const span = options.span ?? 1;
  const width = WIDTHS.slice(column, column + span).reduce((a, b) => a + b, 0);
  return new TableCell({
    children: [para(text, { bold: options.bold ?? false, align: column === 1 ? 'justify' : 'center' })],
    verticalAlign: VerticalAlignTable.CENTER,
    width: { size: width, type: WidthType.DXA },
    ...(span > 1 ? { columnSpan: span } : {}),
  });
}

function appendixTable(): Table {
  const header = new TableRow({ tableHeader: true, children: CENTRED_COLUMNS.map((h, i) => cell(h, i, { bold: true })) });
  const rows = CENTRED_ROWS.map(
    (r) =>
      new TableRow({
        children:
          r.length === 2
            ? [cell(r[0] ?? '', 0, { bold: true }), cell(r[1] ?? '', 1, { bold: true, span: 4 })]
            : r.map((text, i) => cell(text, i)),
      }),
  );
  return new Table({ width: { size: 13400, type: WidthType.DXA }, columnWidths: WIDTHS, rows: [header, ...rows] });
}

function plan(): Document {
  return new Document({
    sections: [
      {
        children: [
          para('TỈNH ỦY HÀ TĨNH', { bold: true, align: 'left' }),
          para('ĐẢNG CỘNG SẢN VIỆT NAM', { bold: true, align: 'center' }),
          para('Số 21-KH/TU', { align: 'left' }),
          para('Hà Tĩnh, ngày 15 tháng 4 năm 2026', { align: 'center' }),
          para('KẾ HOẠCH', { bold: true, align: 'center' }),
          para('thực hiện Nghị quyết về chuyển đổi số', { bold: true, align: 'center' }),
          para('I. MỤC ĐÍCH, YÊU CẦU', { bold: true }),
          para('1. Quán triệt đầy đủ nội dung Nghị quyết đến cán bộ, đảng viên.'),
          para('II. NHIỆM VỤ, GIẢI PHÁP', { bold: true }),
          para('1. Các cơ quan thực hiện các nhiệm vụ tại Phụ lục kèm theo Kế hoạch này.'),
          para('T/M BAN THƯỜNG VỤ', { bold: true, align: 'center' }),
          para('PHÓ BÍ THƯ', { bold: true, align: 'center' }),
          para('Nguyễn Văn Hải', { bold: true, align: 'center' }),
        ],
      },
      {
        properties: { page: { size: { orientation: PageOrientation.LANDSCAPE, width: 11906, height: 16838 } } },
        children: [
          para('Phụ lục', { bold: true, align: 'center' }),
          para('CÁC NHIỆM VỤ TRỌNG TÂM', { bold: true, align: 'center' }),
          para('(Kèm theo Kế hoạch số 21-KH/TU ngày 15/4/2026 của Ban Thường vụ Tỉnh ủy)', { align: 'center' }),
          appendixTable(),
        ],
      },
    ],
  });
}

/** The plan as `pdftotext -layout` gives the PDF LibreOffice prints from the Word file. */
export async function centredTableLayoutText(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'kehoach-centred-'));
  const docx = join(dir, 'ke-hoach.docx');
  writeFileSync(docx, await Packer.toBuffer(plan()));
  execFileSync(
    'soffice',
    [`-env:UserInstallation=file://${join(dir, 'lo-profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, docx],
    { stdio: 'ignore', timeout: 120_000 },
  );
  const pdf = join(dir, 'ke-hoach.pdf');
  // soffice exits 0 even when it fails: the PDF itself says whether it worked.
  if (!existsSync(pdf)) throw new Error('LibreOffice did not print the PDF');
  execFileSync('pdftotext', ['-layout', pdf, join(dir, 'ke-hoach.txt')]);
  return readFileSync(join(dir, 'ke-hoach.txt'), 'utf8');
}
