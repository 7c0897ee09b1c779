/**
 * Names a document chooses are never looked up as plain-object keys: a column id that is also the
 * name of something every JavaScript object has ("constructor", "toString", "valueOf"…) is just a
 * name. Every plan the project has gets its appendices' column ids renamed to each of them, and
 * goes through everything the app and the command line do with a plan: load and save, layout,
 * HTML, DOCX and back, the checker, inspect, clone and coverage, the grid's own functions and the
 * edits of the appendix. "__proto__" cannot be kept by a JSON object's parse, so it is refused
 * with its Vietnamese reason instead of being lost.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createAgencyDirectoryStore } from '../../electron/services/agency-directory';
import { createTemplateStore } from '../../electron/services/template-store';
import { gridLayout, isBanded, copyText, estimateRowHeight } from '../../renderer/appendix/grid-model';
import { checkPlan } from '../../shared/check';
import { childTemplateId, clonePlan, coverage, resolveUnit } from '../../shared/clone';
import { importDocx } from '../../shared/import';
import { readDocx } from '../../shared/import/docx';
import { replaceTex } from '../../shared/import/normalize/clean-text';
import { expandAbbreviations } from '../../shared/model/agency-names';
import { parseHtmlTable } from '../../shared/paste/clipboard-table';
import { summarizePlan } from '../../shared/inspect';
import { cellOf, cellText, PlanFormatError, type AgencyDirectory, type PlanDocument } from '../../shared/model';
import { parsePlanText, serializePlan } from '../../shared/plan-file';
import { agenciesIn, filterRows } from '../../shared/suggest/appendix-filter';
import { removeColumn } from '../../shared/edit/appendix-columns';
import { setCell } from '../../shared/edit/appendix-rows';
import { renderDocx } from '../../shared/render/docx';
import { renderHtml } from '../../shared/render/html';
import { reviewOf } from '../../shared/review';
import { reviewDocx } from '../shared/review/word-edits';
import { documentXml, docxEntries } from './hostile/docx-parts';
import { writeZip } from './hostile/zip-writer';
import { campaign } from './support/campaign';
import { FIXED_NOW, PLAN_FIXTURES, allPlans } from './support/fixtures';
import { withColumnsRenamed } from './support/renamed-columns';

/** Names every plain object answers to without having them. */
const INHERITED = ['constructor', 'toString', 'hasOwnProperty', '__defineGetter__'];

/**
 * The plan with one column of each appendix renamed `name` (the main column, or the first other
 * text column: `which`), its cells following and left out of every other row, as cells often are.
 */
function withColumnNamed(plan: PlanDocument, name: string, which: 'main' | 'other'): string {
  return withColumnsRenamed(
    plan,
    (appendix) => {
      const target =
        which === 'main' ? appendix.mainColumn : appendix.columns.find((c) => c.type !== 'stt' && c.id !== appendix.mainColumn)?.id;
      return new Map(target === undefined ? [] : [[target, name]]);
    },
    (i) => i % 2 !== 0,
  );
}

const WHICH = ['main', 'other'] as const;

const ADDED_TASK = 'Nhiệm vụ bổ sung khi góp ý';

/**
 * The row of a task with cells in several columns that `xml` holds, copied after itself as a reviewer's
 * tracked insertion with each of its texts replaced.
 */
function withInsertedTaskRow(plan: PlanDocument): (xml: string) => string {
  return (xml) => {
    const task = plan.appendices
      .flatMap((a) => a.rows.filter((row) => Object.keys(row.cells).length > 2).map((row) => cellText(cellOf(row, a.mainColumn))))
      .find((text) => /^[^&<>"']{12,}$/u.test(text) && xml.includes(`>${text}<`));
    if (task === undefined) throw new Error(`no plain task text in the DOCX of ${plan.meta.summary}`);
    const at = xml.indexOf(`>${task}<`);
    const start = Math.max(xml.lastIndexOf('<w:tr>', at), xml.lastIndexOf('<w:tr ', at));
    const end = xml.indexOf('</w:tr>', at) + '</w:tr>'.length;
    const mark = '<w:ins w:id="9001" w:author="Sở Tài chính" w:date="2026-03-02T08:00:00Z"/>';
    const row = xml
      .slice(start, end)
      .replaceAll(/<w:t( [^>]*)?>[^<]*<\/w:t>/gu, `<w:t>${ADDED_TASK}</w:t>`)
      .replace(/<w:trPr>|<w:tr( [^>]*)?>(?!<w:trPr>)/u, (open) =>
        open === '<w:trPr>' ? `${open}${mark}` : `${open}<w:trPr>${mark}</w:trPr>`,
      );
    return xml.slice(0, end) + row + xml.slice(end);
  };
}

let plans: { name: string; plan: PlanDocument }[] = [];
let directory: AgencyDirectory;
beforeAll(async () => {
  // The fixtures and a clone: every kind of appendix the project has (groups, merges, agencies, deadlines).
  plans = (await allPlans()).filter(({ name }) => PLAN_FIXTURES.some((f) => f === name) || name.startsWith('clone'));
  directory = await createAgencyDirectoryStore({ userPath: null }).load();
}, 60_000);

/** Every plan with appendices, with the main or another column named `name`. */
function variants(name: string): [string, PlanDocument][] {
  return plans.flatMap(({ name: planName, plan }) =>
    WHICH.map((which): [string, PlanDocument] => [`${planName} (${which})`, parsePlanText(withColumnNamed(plan, name, which))]),
  );
}

/**
 * The variants the whole pipeline runs on (a DOCX export and two imports each): all of them in the
 * long campaign; in CI one in every four, a different one for each name, so that together the
 * names still cover every plan and both columns.
 */
function pipelineVariants(name: string): [string, PlanDocument][] {
  const all = variants(name);
  return campaign.round ? all : all.filter((_, i) => i % INHERITED.length === INHERITED.indexOf(name));
}

describe.each(INHERITED)('appendix columns named "%s"', (name) => {
  it('load, save, render, export, import back, check and inspect as any other name', async () => {
    const chosen = pipelineVariants(name);
    expect(chosen.length).toBeGreaterThan(0);
    for (const [planName, plan] of chosen) {
      expect(serializePlan(parsePlanText(serializePlan(plan))), planName).toBe(serializePlan(plan));
      expect(renderHtml(plan), planName).toContain('<table');
      const docx = await renderDocx(plan, { now: FIXED_NOW });
      const back = await importDocx(docx);
      expect(back.report.source, planName).toBe('docx-model');
      expect(serializePlan(back.plan), planName).toBe(serializePlan(plan));
      await importDocx(docx, { ignoreModel: true });
      expect(
        checkPlan(plan, { agencies: directory }).every((f) => !f.message.includes('function')),
        planName,
      ).toBe(true);
      expect(summarizePlan(plan).appendices, planName).toHaveLength(plan.appendices.length);
    }
  });

  it('clone to a unit and cover its tasks', async () => {
    for (const [, parent] of variants(name).filter(([planName]) => planName.startsWith(PLAN_FIXTURES[0]))) {
      const unit = resolveUnit(directory, 'Đảng ủy UBND tỉnh');
      const template = await createTemplateStore().get(childTemplateId(unit.system, FIXED_NOW));
      let n = 0;
      const { child } = clonePlan(parent, unit, { directory, template, now: FIXED_NOW, newId: () => `c-${String(++n)}` });
      const report = coverage(child, parent, unit, directory);
      expect(report.assigned).toBeGreaterThan(0);
      expect(report.covered).toBe(report.assigned);
    }
  });

  it('a row added in review under tracked changes is read with its cells as written', async () => {
    for (const [planName, plan] of variants(name).filter(([n, p]) => n.endsWith('(other)') && p.appendices.length > 0)) {
      const bytes = await reviewDocx(await renderDocx(plan, { now: FIXED_NOW }), withInsertedTaskRow(plan));
      const added = (await reviewOf(plan, bytes)).changes.filter((c) => c.kind === 'insert-row');
      expect(added.length, planName).toBeGreaterThan(0);
      for (const change of added) {
        expect(change.after, planName).toContain(ADDED_TASK);
        expect(change.after, planName).not.toMatch(/native code|function/u);
      }
    }
  });

  it('edit in the grid: show, filter, type into, copy and remove a column', () => {
    for (const [planName, plan] of variants(name)) {
      for (const appendix of plan.appendices) {
        const layout = gridLayout(appendix);
        for (const row of appendix.rows) {
          isBanded(layout, row);
          estimateRowHeight(row, layout);
          for (const column of appendix.columns)
            expect(typeof copyText(column, row, '1', '', appendix.mainColumn), planName).toBe('string');
        }
        expect(
          agenciesIn(appendix).every((a) => typeof a === 'string'),
          planName,
        ).toBe(true);
        expect(filterRows(appendix, { text: 'zzz-không-có', agency: '' }).length, planName).toBe(0);
        for (const agency of agenciesIn(appendix)) filterRows(appendix, { text: '', agency });
        const row = appendix.rows.at(-1);
        const column = appendix.columns.find((c) => c.type !== 'stt' && c.id.startsWith(name));
        if (row === undefined || column === undefined) continue;
        const edited = setCell(appendix, row.id, column.id, 'Ô mới');
        expect(Object.entries(edited.rows.at(-1)?.cells ?? {}), planName).toContainEqual([column.id, 'Ô mới']);
        if (column.id !== appendix.mainColumn) removeColumn(appendix, column.id);
      }
    }
  });
});

describe('a column named "__proto__"', () => {
  it('is refused with its reason, since no JSON object can keep the cells of such a column', () => {
    const text = withColumnNamed(plans[0]?.plan ?? (undefined as never), '__proto__', 'other');
    expect(() => parsePlanText(text)).toThrow(PlanFormatError);
    expect(() => parsePlanText(text)).toThrow(/__proto__/u);
  });
});

describe('words of received files and pastes that name object members', () => {
  it('reads an alignment, an agency, a TeX command and an entity called "constructor" as plain text', async () => {
    const body = ['KẾ HOẠCH', 'constructor toString', String.raw`Giá trị \constructor và \toString`, 'Giao constructor chủ trì.']
      .map((line) => `<w:p><w:pPr><w:jc w:val="constructor"/></w:pPr><w:r><w:t xml:space="preserve">${line}</w:t></w:r></w:p>`)
      .join('');
    const bytes = writeZip(docxEntries({ document: documentXml(body) }));
    const doc = await readDocx(bytes);
    for (const block of doc.blocks) if (block.kind === 'paragraph') expect(typeof block.alignment).toBe('string');
    const { plan } = await importDocx(bytes);
    expect(serializePlan(plan)).not.toMatch(/native code|function/u);
    expect(expandAbbreviations('constructor và toString')).toBe('constructor và toString');
    expect(replaceTex(String.raw`\constructor`)).toBe(String.raw`\constructor`);
    expect(parseHtmlTable('<table><tr><td>&constructor; &#99999999; &amp;</td></tr></table>')).toEqual([['&constructor; &#99999999; &']]);
  });
});
