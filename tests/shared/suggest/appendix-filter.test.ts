/** The filter shows matching rows with their group rows, accent-insensitive, and counts rows. */
import { describe, expect, it } from 'vitest';
import { agenciesIn, countRows, filterRows, isFilterActive } from '../../../shared/suggest/appendix-filter';
import { taskTable } from '../edit/task-table';

const appendix = taskTable([
  { id: 'I', kind: 'group', level: 0, cells: { task: 'Cải cách hành chính' } },
  { id: 'a', kind: 'data', level: 1, cells: { task: 'Rà soát thủ tục', lead: 'Sở Nội vụ' } },
  { id: 'a1', kind: 'data', level: 2, cells: { task: 'Đơn giản hóa hồ sơ', cooperate: ['Sở Tư pháp', 'Sở Nội vụ'] } },
  { id: 'II', kind: 'group', level: 0, cells: { task: 'Hạ tầng' } },
  { id: 'b', kind: 'data', level: 1, cells: { task: 'Đường liên vùng', lead: 'Sở Xây dựng' } },
]);

describe('filterRows', () => {
  it('matches text without diacritics and keeps the rows above for context', () => {
    expect(filterRows(appendix, { text: 'don gian hoa', agency: '' })).toEqual(['I', 'a', 'a1']);
    expect(filterRows(appendix, { text: 'LIÊN VÙNG', agency: '' })).toEqual(['II', 'b']);
    expect(filterRows(appendix, { text: 'không có', agency: '' })).toEqual([]);
  });

  it('matches an agency in single and list cells, combined with the text', () => {
    expect(filterRows(appendix, { text: '', agency: 'Sở Nội vụ' })).toEqual(['I', 'a', 'a1']);
    expect(filterRows(appendix, { text: 'hồ sơ', agency: 'Sở Nội vụ' })).toEqual(['I', 'a', 'a1']);
    expect(filterRows(appendix, { text: 'rà soát', agency: 'Sở Tư pháp' })).toEqual([]);
  });

  it('shows every row without a filter, lists agencies once, and counts groups apart', () => {
    expect(isFilterActive({ text: ' ', agency: '' })).toBe(false);
    expect(filterRows(appendix, { text: '', agency: '' })).toHaveLength(5);
    expect(agenciesIn(appendix)).toEqual(['Sở Nội vụ', 'Sở Tư pháp', 'Sở Xây dựng']);
    expect(countRows(appendix.rows)).toEqual({ rows: 3, groups: 2 });
  });
});
