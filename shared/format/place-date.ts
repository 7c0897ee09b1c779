/** The place-and-date line: "Hà Nội, ngày 05 tháng 02 năm 2026", with the place and separator of the profile. */
import { formatLongDate } from '../model/dates';
import type { IssueDate } from '../model/meta.schema';
import type { FormatProfile } from './profile';

export function placeDateLine(place: string, date: IssueDate, profile: FormatProfile): string {
  const when = formatLongDate(date);
  return place === '' ? when.charAt(0).toLocaleUpperCase('vi') + when.slice(1) : `${place}${profile.header.placeDate.separator}${when}`;
}
