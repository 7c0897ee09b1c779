/** How an organ of the directory is described beside its name: rule system, level, where it belongs. */
import type { AgencyDirectory, AgencyLevel, Organ } from '../../shared/model';

export const LEVEL_LABEL: Readonly<Record<AgencyLevel, string>> = {
  'trung-uong': 'Trung ương',
  tinh: 'Cấp tỉnh',
  huyen: 'Cấp huyện',
  xa: 'Cấp xã',
};

/** "2025-07-01" → "01/07/2025" */
export function dayMonthYear(iso: string): string {
  return iso.split('-').reverse().join('/');
}

export function isGone(organ: Organ, today: string): boolean {
  return organ.until !== '' && organ.until <= today;
}

/** "thuộc Tỉnh ủy Ninh Bình", or "" for an organ at the top. */
export function belongsTo(organ: Organ, directory: AgencyDirectory): string {
  const parent = organ.parent === '' ? undefined : directory.organ(organ.parent);
  return parent === undefined ? '' : `thuộc ${parent.name}`;
}

/** "không còn từ 01/07/2025, nay là Đảng ủy xã Gia Viễn" */
export function goneNote(organ: Organ, directory: AgencyDirectory): string {
  const successor = organ.successor === '' ? undefined : directory.organ(organ.successor);
  return `không còn từ ${dayMonthYear(organ.until)}${successor === undefined ? '' : `, nay là ${successor.name}`}`;
}

/** Today in the user's calendar, as the directory writes dates. */
export function todayIso(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}
