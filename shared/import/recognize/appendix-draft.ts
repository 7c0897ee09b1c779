/**
 * Appendices as they are read: the "Phụ lục I" heading, title lines in capitals, the "(Kèm theo …)"
 * line, the tables (continuations of one another) and the notes under them; then turned into
 * model appendices, a second table with a different header becoming an appendix of its own.
 */
import { isTaskRow, type Appendix } from '../../model';
import { matchKey } from '../normalize/clean-text';
import type { ImportCounts, UnplacedText } from '../report';
import type { SourceTable } from '../source';
import { looksLikeHeader } from './appendix-columns';
import { buildAppendixTable } from './appendix-table';

export interface AppendixDraft {
  readonly label: string;
  readonly titleLines: string[];
  refLine: string;
  readonly tables: SourceTable[];
  readonly notes: string[];
  readonly where: string;
}

function headerKey(table: SourceTable): string | null {
  const header = table.rows.find((r) => r.header) ?? table.rows.find((r) => looksLikeHeader(r.cells.map((c) => c.text)));
  return header === undefined ? null : header.cells.map((c) => matchKey(c.text)).join('|');
}

/** Splits the tables of one heading into runs that continue each other. */
function tableRuns(tables: readonly SourceTable[]): SourceTable[][] {
  const runs: SourceTable[][] = [];
  let key: string | null = null;
  for (const table of tables) {
    const own = headerKey(table);
    const current = runs[runs.length - 1];
    if (current === undefined || (own !== null && key !== null && own !== key)) {
      runs.push([table]);
      key = own ?? key;
    } else {
      current.push(table);
      key ??= own;
    }
  }
  return runs;
}

export function buildAppendices(
  drafts: readonly AppendixDraft[],
  counts: ImportCounts,
  unplaced: UnplacedText[],
  warnings: string[],
): Appendix[] {
  const out: Appendix[] = [];
  const seenLabels = new Set<string>();
  for (const draft of drafts) {
    if (draft.label !== '' && seenLabels.has(draft.label)) warnings.push(`Phụ lục ${draft.label} xuất hiện hai lần (${draft.where}).`);
    seenLabels.add(draft.label);
    const title = draft.titleLines.join('\n');
    if (draft.tables.length === 0) {
      warnings.push(
        `Phụ lục ${draft.label || ''} (${draft.where}) không có bảng; nội dung được ghi vào danh sách chưa xếp.`.replace('  ', ' '),
      );
      for (const note of draft.notes) unplaced.push({ where: draft.where, text: note, reason: 'phụ lục không có bảng' });
      continue;
    }
    tableRuns(draft.tables).forEach((run, runIndex) => {
      const id = `pl${out.length + 1}`;
      const built = buildAppendixTable(run, id, unplaced);
      if (built === null) return;
      if (runIndex > 0) warnings.push(`Phụ lục ${draft.label} có thêm một bảng khác tiêu đề cột; đã tách thành phụ lục riêng.`);
      if (built.untypedColumns.length > 0) {
        warnings.push(
          `Không xác định được loại cột (${built.untypedColumns.join(', ')}) trong phụ lục ${draft.label || out.length + 1}; đã coi là cột văn bản.`,
        );
      }
      const orientation = run[0]?.orientation ?? (built.table.columns.length >= 5 ? 'landscape' : 'portrait');
      counts.appendices++;
      counts.groupRows += built.table.rows.filter((r) => r.kind === 'group').length;
      counts.dataRows += built.table.rows.filter(isTaskRow).length;
      out.push({
        id,
        title: runIndex === 0 ? title : `${title} (tiếp)`,
        orientation,
        numberStyle: /^\d+$/.test(draft.label) ? 'arabic' : 'roman',
        ...built.table,
        notes: runIndex === 0 ? [...draft.notes] : [],
      });
    });
  }
  return out;
}
