/**
 * A Word document built from the text of the seed 58-KH/TU the way Word users make them: the
 * header block in a borderless table, points numbered by Word's automatic numbering, the nơi nhận
 * and signature side by side, and Phụ lục I as a landscape section whose task table has a
 * repeated header row, group rows merged across the columns and a second table after a page break
 * that repeats the header.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  AlignmentType,
  Document,
  Header,
  LevelFormat,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableRow,
  TextRun,
  VerticalMergeType,
  WidthType,
} from 'docx';

const SEED = join(import.meta.dirname, '..', '..', 'fixtures', 'seeds', 'ke-hoach-dang-ninh-binh-58-KH-TU.txt');

const text = (t: string, options: { bold?: boolean; italic?: boolean } = {}): TextRun =>
  new TextRun({ text: t, font: 'Times New Roman', size: 28, ...options });
const para = (t: string, options: { bold?: boolean; center?: boolean } = {}): Paragraph =>
  new Paragraph({
    children: [text(t, { bold: options.bold ?? false })],
    alignment: options.center === true ? AlignmentType.CENTER : AlignmentType.JUSTIFIED,
  });
const cell = (t: string, options: { span?: number; merge?: 'restart' | 'continue'; bold?: boolean } = {}): TableCell =>
  new TableCell({
    children: t.split('\n').map((line) => para(line, { bold: options.bold ?? false })),
    ...(options.span === undefined ? {} : { columnSpan: options.span }),
    ...(options.merge === undefined
      ? {}
      : { verticalMerge: options.merge === 'restart' ? VerticalMergeType.RESTART : VerticalMergeType.CONTINUE }),
  });
const layoutTable = (rows: string[][]): Table =>
  new Table({
    borders: TableBorders.NONE,
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: rows.map((r) => new TableRow({ children: r.map((c) => cell(c)) })),
  });

/** The seed's body lines (between the preamble and "Nơi nhận"), with "a)" points numbered by Word. */
function bodyParagraphs(lines: readonly string[]): Paragraph[] {
  return lines.map((line) => {
    const point = /^([a-zđ])\)\s+(.*)$/u.exec(line);
    if (point !== null) return new Paragraph({ children: [text(point[2] ?? '')], numbering: { reference: 'points', level: 0 } });
    const heading = /^(?:[IVX]+\.|\d+\.(?:\d+\.)?)\s/.test(line) && !/[.;:]$/.test(line);
    return para(line, { bold: heading });
  });
}

export interface WordSeed {
  readonly bytes: Uint8Array;
  /** The appendix's task rows as the seed lists them (STT, text). */
  readonly tasks: readonly [string, string][];
}

export interface WordSeedOptions {
  /** The place-and-date line, "Ninh Bình, ngày 15 tháng 4 năm 2026" as in the seed by default. */
  readonly placeDate?: string;
  /** Paragraphs added at the start of the body. */
  readonly bodyStart?: readonly string[];
}

export async function buildWordSeed(options: WordSeedOptions = {}): Promise<WordSeed> {
  const lines = readFileSync(SEED, 'utf8')
    .split('\n')
    .map((l) => l.replace(/\*\*/g, '').trim())
    .filter((l) => l !== '');
  const start = lines.findIndex((l) => l.startsWith('I. MỤC ĐÍCH'));
  const end = lines.findIndex((l) => l.startsWith('Nơi nhận'));
  const appendix = lines.findIndex((l) => l === 'PHỤ LỤC I');
  const appendixEnd = lines.findIndex((l) => l === 'Phụ lục II');
  const body = [...(options.bodyStart ?? []), ...lines.slice(start, end)];
  // Two Word-numbered points in section I, to exercise automatic numbering.
  body.splice(2 + (options.bodyStart?.length ?? 0), 0, 'a) Quán triệt đến từng chi bộ.', 'b) Tổ chức học tập nghị quyết.');
  const rows = lines.slice(appendix + 4, appendixEnd).filter((l) => l.includes('\t') && !l.startsWith('STT'));
  const tasks = rows.map((r) => r.split('\t')).map((c): [string, string] => [c[0] ?? '', c[1] ?? '']);
  const header = (): TableRow =>
    new TableRow({
      tableHeader: true,
      children: ['STT', 'NHIỆM VỤ', 'CƠ QUAN CHỦ TRÌ', 'THỜI GIAN THỰC HIỆN', 'GHI CHÚ'].map((h) => cell(h, { bold: true })),
    });
  const taskRow = (cells: string[]): TableRow =>
    /^[IVX]+$/.test(cells[0] ?? '')
      ? new TableRow({ children: [cell(cells[0] ?? '', { bold: true }), cell(cells[1] ?? '', { span: 4, bold: true })] })
      : new TableRow({ children: [0, 1, 2, 3, 4].map((i) => cell(cells[i] ?? '')) });
  const split = Math.floor(rows.length / 2);
  const table = (part: string[]): Table => new Table({ rows: [header(), ...part.map((r) => taskRow(r.split('\t')))] });
  const doc = new Document({
    numbering: {
      config: [
        { reference: 'points', levels: [{ level: 0, format: LevelFormat.LOWER_LETTER, text: '%1)', alignment: AlignmentType.START }] },
      ],
    },
    sections: [
      {
        headers: {
          default: new Header({
            children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT] })] })],
          }),
        },
        children: [
          layoutTable([
            ['TỈNH ỦY NINH BÌNH\n*', 'ĐẢNG CỘNG SẢN VIỆT NAM'],
            ['Số 58-KH/TU', options.placeDate ?? 'Ninh Bình, ngày 15 tháng 4 năm 2026'],
          ]),
          para('KẾ HOẠCH', { bold: true, center: true }),
          para(lines[1] ?? '', { bold: true, center: true }),
          para('-----', { center: true }),
          para(lines[2] ?? ''),
          ...bodyParagraphs(body),
          layoutTable([
            [
              lines
                .slice(
                  end,
                  lines.findIndex((l) => l.startsWith('T/M')),
                )
                .join('\n'),
              'T/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ\n\nĐinh Thị Lụa',
            ],
          ]),
        ],
      },
      {
        properties: { page: { size: { orientation: PageOrientation.LANDSCAPE } } },
        children: [
          para('PHỤ LỤC I', { bold: true, center: true }),
          para(lines[appendix + 1] ?? '', { bold: true, center: true }),
          para(lines[appendix + 2] ?? '', { bold: true, center: true }),
          new Paragraph({ alignment: AlignmentType.CENTER, children: [text(lines[appendix + 3] ?? '', { italic: true })] }),
          table(rows.slice(0, split)),
          new Paragraph({ pageBreakBefore: true, children: [] }),
          table(rows.slice(split)),
        ],
      },
    ],
  });
  return { bytes: new Uint8Array(await Packer.toBuffer(doc)), tasks };
}
