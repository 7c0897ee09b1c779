/**
 * Issue 16, point 4: the checker's one-click fixes must never change who does the work. A Sở's
 * own table names its inspectorate, the State treasury of its region and its own divisions; none
 * of these is in the province's directory, and none may be "fixed" into another organ.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createAgencyDirectory, type AgencyDirectoryInput, type PlanDocument } from '../../../shared/model';
import { PARTY_PARENT, fixture } from '../clone/helpers';
import { findingsOf } from './helpers';

const directory = createAgencyDirectory(
  JSON.parse(readFileSync(new URL('../../../templates/agencies.json', import.meta.url), 'utf8')) as AgencyDirectoryInput,
);

/** 58-KH/TU's first table with one lead per data row. */
function withLeads(leads: readonly string[]): PlanDocument {
  const plan = structuredClone(fixture(PARTY_PARENT));
  const table = plan.appendices[0];
  if (table === undefined) throw new Error('no table');
  const lead = table.columns.find((c) => c.type === 'agency')?.id ?? 'lead';
  let next = 0;
  table.rows = table.rows.map((row) =>
    row.kind === 'data' && next < leads.length ? { ...row, cells: { ...row.cells, [lead]: leads[next++] ?? '' } } : row,
  );
  if (next < leads.length) throw new Error('too few rows');
  return plan;
}

describe('agency name fixes', () => {
  it('offers no replacement for a name that is another organ, or that the directory does not know', () => {
    const plan = withLeads(['Thanh tra Sở', 'Kho bạc Nhà nước khu vực IX', 'Các phòng, đơn vị thuộc Sở']);
    const found = findingsOf(plan, 'co-quan-ngoai-danh-ba', { agencies: directory });
    expect(found.map((f) => f.message.split(':')[0])).toEqual([
      expect.stringContaining('"Thanh tra Sở" không có trong danh bạ cơ quan'),
      '"Kho bạc Nhà nước khu vực IX" không có trong danh bạ cơ quan',
    ]);
    // "Các phòng, đơn vị thuộc Sở" names a class of bodies, which no directory lists: nothing said.
    expect(found.every((f) => f.fix === undefined)).toBe(true);
    // No suggestion that is not near the written name: a treasury is not the Tỉnh ủy.
    expect(found.some((f) => f.message.includes('Tỉnh ủy'))).toBe(false);
  });

  it('fixes a misspelt name of the same organ, saying so, and never across a number', () => {
    const plan = withLeads(['Sở Tài chánh', 'Sở Y tê']);
    const found = findingsOf(plan, 'co-quan-ngoai-danh-ba', { agencies: directory });
    expect(found.map((f) => f.fix?.label)).toEqual(['Ghi là Sở Tài chính (cùng cơ quan, sửa chính tả)', undefined].slice(0, found.length));
    expect(directory.resolve('Ban Quản lý dự án khu vực X').kind).toBe('unknown');
  });
});
