/**
 * The blind corpus (tests/fixtures/blind, made by make-blind.sh): plans written for this test from
 * the rules in FORMAT.md in other offices' shapes and tools (a commune's State plan from
 * LibreOffice, a Party commune plan as Word writes it with auto-numbered "a)" items, merged cells
 * and a tab-aligned header, a department's plan with a landscape appendix, a ward's plan through
 * pandoc with a long nơi nhận, a Party plan numbered 1. / 1.1. / 1.1.1.), each read as its DOCX,
 * LibreOffice's PDF of it and `pdftotext -layout` of that PDF, and scored against the truth
 * written beside it as a careful reader counts (bench/lib/structure-score.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importDocx, importPdf, importText, type Recognized } from '../../../shared/import';
import { summarizePlan, type PlanSummary } from '../../../shared/inspect';
import { structureScore } from '../../../bench/lib/structure-score';

const DIR = join(import.meta.dirname, '..', '..', 'fixtures', 'blind');
const PLANS = readdirSync(DIR)
  .filter((f) => f.endsWith('.truth.json'))
  .map((f) => f.replace('.truth.json', ''))
  .sort();

const FORMS: Record<string, (bytes: Uint8Array) => Promise<Recognized>> = {
  '.docx': (bytes) => importDocx(bytes),
  '.pdf': (bytes) => importPdf(bytes),
  '.layout.txt': (bytes) => Promise.resolve(importText(new TextDecoder().decode(bytes))),
};

describe.each(PLANS)('blind plan %s', (name) => {
  const truth = JSON.parse(readFileSync(join(DIR, `${name}.truth.json`), 'utf8')) as PlanSummary;
  it.each(Object.keys(FORMS))('reads its %s as a careful reader does', async (form) => {
    const read = FORMS[form];
    if (read === undefined) throw new Error(form);
    const { plan } = await read(new Uint8Array(readFileSync(join(DIR, name + form))));
    const summary = summarizePlan(plan);
    const score = structureScore(truth, summary);
    expect(score.missing).toEqual([]);
    expect(score.extra).toBe(0);
    expect(summary.system).toBe(truth.system);
    if (form !== '.layout.txt') expect(summary.appendices.map((a) => a.orientation)).toEqual(truth.appendices.map((a) => a.orientation));
  });
});
