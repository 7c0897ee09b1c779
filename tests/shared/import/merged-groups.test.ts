/**
 * A criteria table whose group titles merge down beside their rows (Phụ lục II of 58-KH/TU), read
 * back from our DOCX as from Word: every group and row comes back, also when a group has no rows
 * yet (it used to be read as a data row, which hid the merged title column and folded each
 * group's first row into its group row).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importDocx } from '../../../shared/import';
import { cellText, type Appendix, type PlanDocument } from '../../../shared/model';
import { parsePlanText } from '../../../shared/plan-file';
import { renderDocx } from '../../../shared/render/docx';

const PLAN = parsePlanText(readFileSync(new URL('../../fixtures/ke-hoach-58-KH-TU.kehoach', import.meta.url), 'utf8'));

function shape(appendix: Appendix): string[] {
  return appendix.rows.map(
    (r) =>
      `${r.kind} ${r.level} ${appendix.columns
        .map((c) => cellText(r.cells[c.id]))
        .filter((t) => t !== '')
        .join(' | ')}`,
  );
}

async function roundTrip(plan: PlanDocument): Promise<Appendix | undefined> {
  const { plan: back } = await importDocx(await renderDocx(plan, { now: new Date('2026-01-01') }), { ignoreModel: true });
  return back.appendices[1];
}

describe('merged group layout read back from DOCX', () => {
  const criteria = PLAN.appendices[1];
  if (criteria?.groupLayout !== 'merged') throw new Error("the fixture's Phụ lục II should use the merged layout");

  it('keeps every group and row', async () => {
    const back = await roundTrip(PLAN);
    expect(back?.groupLayout).toBe('merged');
    expect(back === undefined ? [] : shape(back)).toEqual(shape(criteria));
  });

  it('keeps a group that has no rows yet, and the rows of the group after it', async () => {
    const firstGroupAfterStart = criteria.rows.findIndex((r, i) => i > 0 && r.kind === 'group');
    const rows = [...criteria.rows];
    rows.splice(firstGroupAfterStart, 0, {
      id: 'empty-group',
      kind: 'group',
      level: 0,
      cells: { [criteria.groupColumn ?? '']: 'Nhóm tiêu chí chưa có nội dung' },
    });
    const plan = { ...PLAN, appendices: PLAN.appendices.map((a, i) => (i === 1 ? { ...a, rows } : a)) };
    const back = await roundTrip(plan);
    expect(back?.groupLayout).toBe('merged');
    expect(back === undefined ? [] : shape(back)).toEqual(shape({ ...criteria, rows }));
  });
});
