/**
 * One-click fixes: one undo step on the checked plan; after the user has edited, the same finding
 * is fixed where it now is (the row it was about, not the row now at its old position), and a
 * finding that is gone is not "fixed" at all.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../shared/check';
import { AgencyDirectoryDataSchema, cellText, type PlanDocument } from '../../../shared/model';
import { updateAppendix } from '../../../shared/edit/appendix-ops';
import { insertRowBefore, setCell } from '../../../shared/edit/appendix-rows';
import { applyFindingFix } from '../../../renderer/check/apply-finding-fix';
import { createCheckRun } from '../../../renderer/check/check-run';
import { PlanChecker, type CheckResult } from '../../../renderer/check/plan-checker';
import { DocumentStore } from '../../../renderer/state/document-store';
import { partyPlan } from '../../shared/check/helpers';

// As main sends it: validated, every field filled in.
const AGENCIES = AgencyDirectoryDataSchema.parse(
  JSON.parse(readFileSync(new URL('../../../templates/agencies.json', import.meta.url), 'utf8')),
);

/** Kế hoạch 58-KH/TU with "Sở Tài chánh" leading the task of Phụ lục 1's fourth row. */
function misspelled(): { plan: PlanDocument; rowId: string; appendixId: string } {
  const plan = partyPlan();
  const appendix = plan.appendices[0];
  const row = appendix?.rows.filter((r) => r.kind === 'data')[3];
  if (appendix === undefined || row === undefined) throw new Error('fixture changed');
  return {
    plan: updateAppendix(plan, appendix.id, (a) => setCell(a, row.id, 'lead', 'Sở Tài chánh')),
    rowId: row.id,
    appendixId: appendix.id,
  };
}

function setup(plan: PlanDocument): { store: DocumentStore; checker: PlanChecker } {
  const store = new DocumentStore({ plan, path: null, version: null, readOnly: null, sessionId: 's', clean: true });
  const run = createCheckRun();
  const checker = new PlanChecker(store, {
    engine: { check: (p, context) => Promise.resolve(run(p, context)) },
    loadParent: () => Promise.resolve(null),
  });
  checker.setAgencies(AGENCIES);
  return { store, checker };
}

function agencyFinding(result: CheckResult): Finding {
  const found = result.findings.find((f) => f.ruleId === 'co-quan-ngoai-danh-ba' && f.message.includes('Sở Tài chánh'));
  if (found === undefined) throw new Error('no finding about "Sở Tài chánh"');
  return found;
}

function leadOf(plan: PlanDocument, appendixId: string, rowId: string): string {
  return cellText(plan.appendices.find((a) => a.id === appendixId)?.rows.find((r) => r.id === rowId)?.cells.lead);
}

describe('applyFindingFix', () => {
  it('applies the fix as one undo step', async () => {
    const { plan, rowId, appendixId } = misspelled();
    const { store, checker } = setup(plan);
    const checked = await checker.current();
    const finding = agencyFinding(checked);
    expect(finding.fix?.label).toBe('Ghi là Sở Tài chính (cùng cơ quan, sửa chính tả)');
    expect(await applyFindingFix(store, checker, checked, finding)).toBe(true);
    expect(leadOf(store.getState().plan, appendixId, rowId)).toBe('Sở Tài chính');
    store.undo();
    expect(store.getState().plan).toBe(plan);
  });

  it('fixes the same row after rows were inserted above it since the check', async () => {
    const { plan, rowId, appendixId } = misspelled();
    const { store, checker } = setup(plan);
    const checked = await checker.current();
    const finding = agencyFinding(checked);
    const firstRow = plan.appendices[0]?.rows[0]?.id ?? '';
    store.edit((p) => updateAppendix(p, appendixId, (a) => insertRowBefore(a, firstRow, 'dong-moi')));
    const shifted = store.getState().plan;
    expect(await applyFindingFix(store, checker, checked, finding)).toBe(true);
    const fixed = store.getState().plan;
    expect(leadOf(fixed, appendixId, rowId)).toBe('Sở Tài chính');
    // Nothing else changed: the row now at the finding's old position kept its text.
    const oldPath = finding.location.kind === 'plan' ? finding.location.path : [];
    const rowThere = shifted.appendices[0]?.rows[Number(oldPath[3])];
    expect(leadOf(fixed, appendixId, rowThere?.id ?? '')).toBe(leadOf(shifted, appendixId, rowThere?.id ?? ''));
    store.undo();
    expect(store.getState().plan).toBe(shifted);
  });

  it('does nothing when the finding is gone since the check', async () => {
    const { plan, rowId, appendixId } = misspelled();
    const { store, checker } = setup(plan);
    const checked = await checker.current();
    const finding = agencyFinding(checked);
    store.edit((p) => updateAppendix(p, appendixId, (a) => setCell(a, rowId, 'lead', 'Văn phòng Tỉnh ủy')));
    const edited = store.getState().plan;
    expect(await applyFindingFix(store, checker, checked, finding)).toBe(false);
    expect(store.getState().plan).toBe(edited);
  });
});
