/**
 * The open plan's checker: it waits for a pause in the editing, checks only the newest plan, says
 * when its findings are behind, answers "the findings of the plan as it is now" for an export, and
 * brings in the agency directory and the superior plan. The checker itself runs in process here
 * (the same run the worker does), with a gate to hold a check while the test edits.
 */
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Finding } from '../../../shared/check';
import { superiorPlanId } from '../../../shared/clone';
import type { AgencyDirectoryData, PlanDocument } from '../../../shared/model';
import { renameSection } from '../../../shared/edit';
import { createCheckRun, type CheckContext } from '../../../renderer/check/check-run';
import { CHECK_DELAY_MS, PlanChecker } from '../../../renderer/check/plan-checker';
import type { CheckEngine } from '../../../renderer/check/worker-engine';
import { DocumentStore } from '../../../renderer/state/document-store';
import { partyPlan, statePlan } from '../../shared/check/helpers';

const AGENCIES = JSON.parse(readFileSync(new URL('../../../templates/agencies.json', import.meta.url), 'utf8')) as AgencyDirectoryData;

interface TestEngine extends CheckEngine {
  readonly checked: { plan: PlanDocument; context: CheckContext }[];
  /** While set, checks wait until `release()`. */
  hold: boolean;
  release(): void;
  failNext: boolean;
}

function testEngine(): TestEngine {
  const run = createCheckRun();
  const held: (() => void)[] = [];
  const engine: TestEngine = {
    checked: [],
    hold: false,
    failNext: false,
    release() {
      for (const go of held.splice(0)) go();
    },
    check(plan, context) {
      engine.checked.push({ plan, context });
      if (engine.failNext) {
        engine.failNext = false;
        return Promise.reject(new Error('hỏng'));
      }
      const answer = (): readonly Finding[] => run(plan, context);
      if (!engine.hold) return Promise.resolve(answer());
      return new Promise((resolve) =>
        held.push(() => {
          resolve(answer());
        }),
      );
    },
  };
  return engine;
}

function storeOf(plan: PlanDocument): DocumentStore {
  return new DocumentStore({ plan, path: null, version: null, readOnly: null, sessionId: 's', clean: true });
}

function retitle(store: DocumentStore, title: string): void {
  const id = store.getState().plan.sections[0]?.id ?? '';
  store.edit((plan) => renameSection(plan, id, title), { key: 'title' });
}

describe('PlanChecker', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('checks when someone listens, then once after each pause in the editing, the newest plan only', async () => {
    const store = storeOf(statePlan());
    const engine = testEngine();
    const checker = new PlanChecker(store, { engine, loadParent: () => Promise.resolve(null) });
    expect(checker.getSnapshot()).toMatchObject({ result: null, pending: true });
    const off = checker.subscribe(() => undefined);
    await vi.advanceTimersByTimeAsync(0);
    expect(engine.checked).toHaveLength(1);
    expect(checker.getSnapshot()).toMatchObject({ pending: false, error: null });
    expect(checker.getSnapshot().result?.plan).toBe(store.getState().plan);

    for (const title of ['M', 'MỤ', 'MỤC ĐÍCH']) {
      retitle(store, title);
      expect(checker.getSnapshot().pending).toBe(true);
      await vi.advanceTimersByTimeAsync(CHECK_DELAY_MS / 2);
    }
    expect(engine.checked).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(CHECK_DELAY_MS);
    expect(engine.checked).toHaveLength(2);
    expect(engine.checked[1]?.plan.sections[0]?.title).toBe('MỤC ĐÍCH');
    expect(checker.getSnapshot().pending).toBe(false);

    // Nobody listening: edits are not checked.
    off();
    retitle(store, 'KHÁC');
    await vi.advanceTimersByTimeAsync(CHECK_DELAY_MS * 2);
    expect(engine.checked).toHaveLength(2);
  });

  it('skips the plans that changed while a check ran and checks the newest one after it', async () => {
    const store = storeOf(statePlan());
    const engine = testEngine();
    const checker = new PlanChecker(store, { engine, loadParent: () => Promise.resolve(null) });
    checker.subscribe(() => undefined);
    engine.hold = true;
    await vi.advanceTimersByTimeAsync(0);
    expect(engine.checked).toHaveLength(1);
    retitle(store, 'A');
    await vi.advanceTimersByTimeAsync(CHECK_DELAY_MS);
    store.sealStep();
    retitle(store, 'B');
    await vi.advanceTimersByTimeAsync(CHECK_DELAY_MS);
    expect(engine.checked).toHaveLength(1);
    engine.hold = false;
    engine.release();
    await vi.advanceTimersByTimeAsync(0);
    expect(engine.checked.map((c) => c.plan.sections[0]?.title)).toEqual([statePlan().sections[0]?.title, 'B']);
    expect(checker.getSnapshot().result?.plan).toBe(store.getState().plan);
    expect(checker.getSnapshot().pending).toBe(false);
  });

  it('answers the findings of the plan as it is now without waiting for the pause', async () => {
    const store = storeOf({ ...statePlan(), meta: { ...statePlan().meta, symbol: 'KH/BQL' } });
    const engine = testEngine();
    const checker = new PlanChecker(store, { engine, loadParent: () => Promise.resolve(null) });
    const first = await checker.current();
    expect(first.plan).toBe(store.getState().plan);
    expect(first.findings.some((f) => f.ruleId === 'so-ky-hieu' && f.severity === 'lỗi')).toBe(true);
    // Known and up to date: no second check.
    expect(await checker.current()).toBe(first);
    expect(engine.checked).toHaveLength(1);

    retitle(store, 'MỚI');
    const asked = checker.current();
    await vi.advanceTimersByTimeAsync(0);
    const second = await asked;
    expect(second.plan).toBe(store.getState().plan);
    expect(engine.checked).toHaveLength(2);
  });

  it('checks again with the agency directory once it arrives', async () => {
    const store = storeOf(partyPlan());
    const engine = testEngine();
    const checker = new PlanChecker(store, { engine, loadParent: () => Promise.resolve(null) });
    checker.subscribe(() => undefined);
    await vi.advanceTimersByTimeAsync(0);
    const without = checker.getSnapshot().result?.findings ?? [];
    expect(without.some((f) => f.ruleId === 'co-quan-ngoai-danh-ba')).toBe(false);
    checker.setAgencies(AGENCIES);
    await vi.advanceTimersByTimeAsync(0);
    expect(engine.checked).toHaveLength(2);
    expect(engine.checked[1]?.context.agencies).toBe(AGENCIES);
    // The same directory again changes nothing.
    checker.setAgencies(AGENCIES);
    await vi.advanceTimersByTimeAsync(CHECK_DELAY_MS);
    expect(engine.checked).toHaveLength(2);
  });

  it('finds the superior plan of cloned rows once and checks deadlines against it', async () => {
    const parent = partyPlan();
    const parentAppendix = parent.appendices[0];
    const parentRow = parentAppendix?.rows.find((r) => r.kind === 'data' && /2026/u.test(JSON.stringify(r.cells.deadline ?? '')));
    if (parentAppendix === undefined || parentRow === undefined) throw new Error('fixture changed');
    const child = statePlan();
    const childPlan: PlanDocument = {
      ...child,
      appendices: [
        {
          ...parentAppendix,
          id: 'pl-con',
          rows: [
            {
              ...parentRow,
              id: 'dong-con',
              level: 0,
              cells: { ...parentRow.cells, deadline: 'Năm 2030' },
              sourceRef: parentRow.id,
              trace: [{ planId: parent.id, itemId: `${parentAppendix.id}/${parentRow.id}`, ref: 'điểm 1' }],
            },
          ],
        },
      ],
    };
    expect(superiorPlanId(childPlan)).toBe(parent.id);
    expect(superiorPlanId(child)).toBeNull();
    const store = storeOf(childPlan);
    const engine = testEngine();
    const asked: string[] = [];
    const checker = new PlanChecker(store, {
      engine,
      loadParent: (id) => {
        asked.push(id);
        return Promise.resolve(parent);
      },
    });
    checker.subscribe(() => undefined);
    await vi.advanceTimersByTimeAsync(0);
    expect(asked).toEqual([parent.id]);
    expect(engine.checked[0]?.context.parent).toBe(parent);
    expect(checker.getSnapshot().result?.findings.some((f) => f.ruleId === 'han-sau-cap-tren')).toBe(true);
    retitle(store, 'KHÁC');
    await vi.advanceTimersByTimeAsync(CHECK_DELAY_MS);
    expect(engine.checked).toHaveLength(2);
    expect(asked).toEqual([parent.id]);
  });

  it('reports a failed check and keeps the findings it had', async () => {
    const store = storeOf(statePlan());
    const engine = testEngine();
    const checker = new PlanChecker(store, { engine, loadParent: () => Promise.resolve(null) });
    checker.subscribe(() => undefined);
    await vi.advanceTimersByTimeAsync(0);
    const before = checker.getSnapshot().result;
    engine.failNext = true;
    retitle(store, 'X');
    const asked = checker.current();
    const failed = expect(asked).rejects.toThrow('Không kiểm tra được thể thức: hỏng');
    await vi.advanceTimersByTimeAsync(0);
    await failed;
    expect(checker.getSnapshot().error).toBe('Không kiểm tra được thể thức: hỏng');
    expect(checker.getSnapshot().result).toBe(before);
    // The next pause checks again, and a good check clears the error.
    retitle(store, 'Y');
    await vi.advanceTimersByTimeAsync(CHECK_DELAY_MS);
    expect(checker.getSnapshot()).toMatchObject({ error: null, pending: false });
  });
});
