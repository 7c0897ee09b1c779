/** Agency autocomplete from the directory and the usual deadline values around the plan's year. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { AgencyDirectoryDataSchema } from '../../../shared/model';
import { suggestAgencies } from '../../../shared/suggest/agency-suggestions';
import { deadlineValues, suggestDeadlines } from '../../../shared/suggest/deadline-suggestions';

const data = AgencyDirectoryDataSchema.parse(
  JSON.parse(readFileSync(fileURLToPath(new URL('../../../templates/agencies.json', import.meta.url)), 'utf8')),
);

function names(query: string): string[] {
  return suggestAgencies(data, query).map((s) => s.name);
}

describe('suggestAgencies', () => {
  it('finds organs by the start of their name without diacritics', () => {
    expect(names('so tai')[0]).toBe('Sở Tài chính');
    expect(names('Sở Y')).toContain('Sở Y tế');
  });

  it('finds organs by short form and abbreviation, telling which form matched', () => {
    const [first] = suggestAgencies(data, 'UBND tỉnh');
    expect(first).toEqual({ name: 'Ủy ban nhân dân tỉnh', matched: 'UBND tỉnh', kind: 'organ' });
    expect(names('HĐND')).toContain('Hội đồng nhân dân tỉnh');
    expect(names('Sở NN&MT')[0]).toBe('Sở Nông nghiệp và Môi trường');
  });

  it('offers collective phrases, and leaves out organs that no longer exist', () => {
    expect(names('các sở, ban')).toContain('Các sở, ban, ngành');
    expect(names('Sở Kế hoạch')).not.toContain('Sở Kế hoạch và Đầu tư');
    expect(names('')).toEqual([]);
    expect(names('zzzz')).toEqual([]);
  });
});

describe('deadline values', () => {
  it('are computed around the plan’s year', () => {
    const values = deadlineValues(2026);
    for (const v of ['Năm 2026', '2026-2030', 'Thực hiện thường xuyên', 'Hằng năm', 'Quý II/2026', 'Tháng 6/2026', 'Trước 30/6/2026'])
      expect(values).toContain(v);
    expect(deadlineValues(2028)).toContain('2026-2030');
    expect(deadlineValues(2031)).toContain('2031-2035');
  });

  it('are filtered by what was typed, quarters also by their number', () => {
    expect(suggestDeadlines(2026, 'quy 2')).toEqual(['Quý II/2026']);
    expect(suggestDeadlines(2026, 'thuong')[0]).toBe('Thực hiện thường xuyên');
    expect(suggestDeadlines(2026, 'hang nam')).toEqual(['Hằng năm']);
    expect(suggestDeadlines(2026, '')).toHaveLength(10);
  });
});
