/**
 * Deadlines in appendix tables: inside the plan's period (not before the year it is issued, not
 * after the end year its trích yếu names), and not later than the parent task's deadline when the
 * row was cloned from a superior plan.
 */
import { cellOf, cellText, fromRoman, type Appendix, type PlanDocument, type Row } from '../../model';
import type { PlanRule } from './plan-rule';

export interface DeadlineSpan {
  readonly startYear: number;
  readonly endYear: number;
  /** The last month the deadline allows, as year × 12 + month, for finer comparisons. */
  readonly endMonth: number;
}

const YEAR = /(?<!\d)((?:19|20)\d{2})(?!\d)/gu;
const QUARTER = /quý\s+(IV|I{1,3}|[1-4])\s*\/\s*((?:19|20)\d{2})/giu;
const MONTH = /tháng\s+(\d{1,2})\s*\/\s*((?:19|20)\d{2})/giu;

/** "Quý II/2026", "Tháng 12/2026", "2026 - 2030", "Trước năm 2029"; null when no year is written. */
export function parseDeadline(text: string): DeadlineSpan | null {
  const years = [...text.matchAll(YEAR)].map((m) => Number(m[1]));
  if (years.length === 0) return null;
  const startYear = Math.min(...years);
  const endYear = Math.max(...years);
  let endMonth = endYear * 12 + 12;
  for (const m of text.matchAll(QUARTER)) {
    const quarter = /^\d$/u.test(m[1] ?? '') ? Number(m[1]) : (fromRoman(m[1] ?? '') ?? 4);
    if (Number(m[2]) === endYear) endMonth = endYear * 12 + quarter * 3;
  }
  for (const m of text.matchAll(MONTH)) {
    if (Number(m[2]) === endYear) endMonth = endYear * 12 + Number(m[1]);
  }
  return { startYear, endYear, endMonth };
}

const PERIOD_END = [/(?:giai đoạn|thời kỳ)\s+(?:(?:19|20)\d{2})\s*[-–]\s*((?:19|20)\d{2})/iu, /(?:đến|trước)\s+năm\s+((?:19|20)\d{2})/iu];

/** The last year of the plan's period, from its trích yếu, or null when it names none. */
export function periodEndYear(plan: PlanDocument): number | null {
  for (const pattern of PERIOD_END) {
    const match = pattern.exec(plan.meta.summary);
    if (match !== null) return Number(match[1]);
  }
  return null;
}

function deadlineCells(appendix: Appendix, row: Row): { columnId: string; text: string }[] {
  return appendix.columns
    .filter((c) => c.type === 'deadline')
    .map((c) => ({ columnId: c.id, text: cellText(cellOf(row, c.id)) }))
    .filter((c) => c.text.trim() !== '');
}

export const deadlinePeriodRule: PlanRule = {
  id: 'han-ngoai-ky-ke-hoach',
  title: 'Thời hạn ngoài thời kỳ của kế hoạch',
  concept: 'deadlines',
  severity: 'cảnh báo',
  *check({ plan }) {
    const start = plan.meta.date.year;
    const end = periodEndYear(plan);
    for (const [a, appendix] of plan.appendices.entries()) {
      for (const [r, row] of appendix.rows.entries()) {
        for (const cell of deadlineCells(appendix, row)) {
          const span = parseDeadline(cell.text);
          if (span === null) continue;
          const at = ['appendices', a, 'rows', r, 'cells', cell.columnId];
          if (start !== null && span.endYear < start) {
            yield { at, message: `Thời hạn "${cell.text}" đã qua trước năm ban hành kế hoạch (${start})` };
          } else if (end !== null && span.endYear > end) {
            yield { at, message: `Thời hạn "${cell.text}" vượt quá thời kỳ của kế hoạch (đến năm ${end})` };
          }
        }
      }
    }
  },
};

function parentDeadlines(parent: PlanDocument): Map<string, { text: string; span: DeadlineSpan }> {
  const byRow = new Map<string, { text: string; span: DeadlineSpan }>();
  for (const appendix of parent.appendices) {
    for (const row of appendix.rows) {
      const cell = deadlineCells(appendix, row)[0];
      const span = cell === undefined ? null : parseDeadline(cell.text);
      if (cell !== undefined && span !== null) byRow.set(row.id, { text: cell.text, span });
    }
  }
  return byRow;
}

export const parentDeadlineRule: PlanRule = {
  id: 'han-sau-cap-tren',
  title: 'Thời hạn muộn hơn nhiệm vụ của cấp trên',
  concept: 'parentDeadlines',
  severity: 'cảnh báo',
  *check({ plan, parent }) {
    if (parent === undefined) return;
    const parents = parentDeadlines(parent);
    for (const [a, appendix] of plan.appendices.entries()) {
      for (const [r, row] of appendix.rows.entries()) {
        const source = row.sourceRef === undefined ? undefined : parents.get(row.sourceRef);
        if (source === undefined) continue;
        for (const cell of deadlineCells(appendix, row)) {
          const span = parseDeadline(cell.text);
          if (span === null || span.endMonth <= source.span.endMonth) continue;
          yield {
            at: ['appendices', a, 'rows', r, 'cells', cell.columnId],
            message: `Thời hạn "${cell.text}" muộn hơn thời hạn của nhiệm vụ cấp trên ("${source.text}")`,
          };
        }
      }
    }
  },
};
