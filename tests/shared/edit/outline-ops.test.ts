/** Outline edits: sections and appendices added, removed, renamed and moved, inputs untouched. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { appendixLabel, PlanDocumentSchema, sectionLabel } from '../../../shared/model';
import { parsePlanText } from '../../../shared/plan-file';
import {
  addAppendix,
  addSection,
  APPENDIX_PRESETS,
  countReferencesTo,
  moveAppendix,
  moveItem,
  moveSection,
  removeAppendix,
  removeSection,
  renameAppendix,
  renameSection,
  setSectionBlocks,
} from '../../../shared/edit';

const PLAN = Object.freeze(parsePlanText(readFileSync(new URL('../../fixtures/ke-hoach-58-KH-TU.kehoach', import.meta.url), 'utf8')));
const SNAPSHOT = JSON.stringify(PLAN);
let n = 0;
const newId = (): string => `new-${++n}`;

describe('outline ops', () => {
  it('moves items within bounds', () => {
    expect(moveItem(['a', 'b', 'c'], 0, 2)).toEqual(['b', 'c', 'a']);
    expect(moveItem(['a', 'b', 'c'], 2, -5)).toEqual(['c', 'a', 'b']);
    expect(moveItem(['a', 'b'], 5, 0)).toEqual(['a', 'b']);
  });

  it('adds, renames, moves and removes sections, renumbering by position', () => {
    const added = addSection(PLAN, 1, 'MU\u0323C MƠ\u0301I', newId);
    expect(added.sections[1]?.title).toBe('MỤC MỚI');
    expect(added.sections[1]?.blocks).toHaveLength(1);
    expect(PlanDocumentSchema.safeParse(added).success).toBe(true);
    const id = added.sections[1]?.id ?? '';
    const moved = moveSection(renameSection(added, id, 'KINH PHÍ'), id, added.sections.length - 1);
    expect(moved.sections.at(-1)?.title).toBe('KINH PHÍ');
    expect(sectionLabel(moved.sections.length - 1, moved.sectionNumbering)).toBe('V.');
    expect(removeSection(moved, id).sections.map((s) => s.id)).toEqual(PLAN.sections.map((s) => s.id));
    expect(JSON.stringify(PLAN)).toBe(SNAPSHOT);
  });

  it('returns the same plan when nothing changes', () => {
    expect(renameSection(PLAN, PLAN.sections[0]?.id ?? '', PLAN.sections[0]?.title ?? '')).toBe(PLAN);
    expect(removeSection(PLAN, 'no-such-id')).toBe(PLAN);
    expect(moveSection(PLAN, PLAN.sections[0]?.id ?? '', 0)).toBe(PLAN);
    expect(setSectionBlocks(PLAN, PLAN.sections[0]?.id ?? '', PLAN.sections[0]?.blocks ?? [])).toBe(PLAN);
  });

  it('keeps the editor array as the section blocks, so the editor can recognize its own change', () => {
    const blocks = [...(PLAN.sections[0]?.blocks ?? [])];
    expect(setSectionBlocks(PLAN, PLAN.sections[0]?.id ?? '', blocks).sections[0]?.blocks).toBe(blocks);
  });

  it('adds appendices from presets that validate for both systems, and counts references before removing', () => {
    for (const preset of Object.keys(APPENDIX_PRESETS) as (keyof typeof APPENDIX_PRESETS)[]) {
      for (const profile of ['nd30-2020', 'hd36-2018'] as const) {
        const plan = addAppendix({ ...PLAN, profile }, 0, preset, newId);
        expect(PlanDocumentSchema.safeParse(plan).success).toBe(true);
        const second = plan.appendices[1];
        expect(second === undefined ? '' : appendixLabel(second, 1, plan.appendices.length)).toBe('Phụ lục II');
      }
    }
    const state = addAppendix({ ...PLAN, profile: 'nd30-2020' }, 0, 'tasks', newId);
    expect(state.appendices[0]?.columns.map((c) => c.id)).toContain('cooperate');
    const party = addAppendix(PLAN, 0, 'tasks', newId);
    expect(party.appendices[0]?.columns.map((c) => c.id)).not.toContain('cooperate');

    const target = PLAN.appendices[0]?.id ?? '';
    const withRef = setSectionBlocks(PLAN, PLAN.sections[0]?.id ?? '', [
      {
        type: 'paragraph',
        id: 'p-ref',
        children: [{ text: 'Xem ' }, { type: 'xref', appendixId: target, children: [{ text: '' }] }, { text: '.' }],
      },
    ]);
    expect(countReferencesTo(withRef, target)).toBe(countReferencesTo(PLAN, target) + 1);
    expect(removeAppendix(PLAN, target).appendices).toHaveLength(PLAN.appendices.length - 1);
  });

  it('renames and moves appendices', () => {
    const first = PLAN.appendices[0]?.id ?? '';
    const renamed = renameAppendix(PLAN, first, 'DANH MỤC\nNHIỆM VỤ');
    expect(renamed.appendices[0]?.title).toBe('DANH MỤC\nNHIỆM VỤ');
    const moved = moveAppendix(PLAN, first, 1);
    expect(moved.appendices[1]?.id).toBe(first);
  });
});
