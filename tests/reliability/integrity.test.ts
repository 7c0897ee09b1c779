/**
 * Data integrity (issue 10, part 5): text stays NFC through load, edit, save, export and import,
 * and every plan the project has (fixtures, templates, imported seeds, a clone) goes through
 * `.kehoach` and DOCX and back without losing anything the model holds; then the same for plans
 * fast-check derives from them, with any text in any normal form.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPlanFile, savePlanFile } from '../../electron/services/plan-file';
import { applyFix } from '../../shared/check';
import { importDocx, importText } from '../../shared/import';
import { type PlanDocument } from '../../shared/model';
import { parsePlanText, serializePlan } from '../../shared/plan-file';
import { renderDocx } from '../../shared/render/docx';
import { TEXT_TOKENS } from './fuzz/corpus';
import { applyJsonEdits, keepShapeEdit } from './fuzz/json-edits';
import { campaign } from './support/campaign';
import { FIXED_NOW, allPlans, seedTexts } from './support/fixtures';
import { campaignSeed } from './support/random';

/** Every string of a JSON value, keys included, with where it is. */
function strings(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, child]) => [
    [`${path}.${key}#key`, key] as [string, string],
    ...strings(child, `${path}.${key}`),
  ]);
}

const notNfc = (value: unknown): string[] =>
  strings(value)
    .filter(([, s]) => s !== s.normalize('NFC'))
    .map(([p]) => p);

/** The same JSON with every string, keys included, decomposed (NFD), as text typed on some keyboards arrives. */
function decomposed(value: unknown): unknown {
  if (typeof value === 'string') return value.normalize('NFD');
  if (Array.isArray(value)) return value.map(decomposed);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k.normalize('NFD'), decomposed(v)]));
}

/** Every text part of a DOCX package. */
async function docxTexts(bytes: Uint8Array): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const parts = Object.values(zip.files).filter((f) => !f.dir && /\.(xml|rels)$/.test(f.name));
  return Object.fromEntries(await Promise.all(parts.map(async (f) => [f.name, await f.async('string')] as const)));
}

let dir = '';
let plans: { name: string; plan: PlanDocument }[] = [];
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'kehoach-integrity-'));
  plans = await allPlans();
}, 60_000);
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('text stays NFC', { timeout: 120_000 }, () => {
  it('through load: a file typed in NFD loads as the NFC plan', async () => {
    for (const { name, plan } of plans) {
      const path = join(dir, 'nfd.kehoach');
      writeFileSync(path, JSON.stringify(decomposed(plan), null, 2));
      const loaded = await loadPlanFile(path);
      expect(notNfc(loaded), name).toEqual([]);
      expect(loaded, name).toEqual(plan);
    }
  });

  it('through an edit: a fix whose text is NFD leaves the plan NFC', () => {
    const plan = plans[0]?.plan;
    if (plan === undefined) throw new Error('no plan');
    const fixed = applyFix(plan, {
      kind: 'set-field',
      path: ['meta', 'summary'],
      value: 'Thực hiện Nghị quyết về chuyển đổi số'.normalize('NFD'),
      label: 'sửa',
    });
    expect(notNfc(fixed)).toEqual([]);
  });

  it('through save: what is written is NFC even when the plan in memory is not', async () => {
    const plan = plans[0]?.plan;
    if (plan === undefined) throw new Error('no plan');
    const path = join(dir, 'luu.kehoach');
    await savePlanFile(path, decomposed(plan) as PlanDocument);
    const text = readFileSync(path, 'utf8');
    expect(text === text.normalize('NFC')).toBe(true);
    expect(parsePlanText(text)).toEqual(plan);
  });

  it('through export: every part of the DOCX is NFC', async () => {
    for (const { name, plan } of plans) {
      const parts = await docxTexts(await renderDocx(plan, { now: FIXED_NOW }));
      for (const [part, text] of Object.entries(parts)) expect(text === text.normalize('NFC'), `${name}: ${part}`).toBe(true);
    }
  });

  it('through import: DOCX (model and content) and text typed in NFD come in NFC', async () => {
    for (const { name, plan } of plans) {
      const bytes = await renderDocx(plan, { now: FIXED_NOW });
      expect(notNfc((await importDocx(bytes)).plan), name).toEqual([]);
      expect(notNfc((await importDocx(bytes, { ignoreModel: true })).plan), name).toEqual([]);
    }
    for (const { name, text } of seedTexts()) {
      const nfd = importText(text.normalize('NFD')).plan;
      expect(notNfc(nfd), name).toEqual([]);
      expect(nfd, name).toEqual(importText(text).plan);
    }
  });
});

describe('round trips lose nothing the model holds', { timeout: 300_000 }, () => {
  it('every plan: saved and loaded, exported to DOCX and imported, saved again byte for byte', async () => {
    for (const { name, plan } of plans) {
      const path = join(dir, 'vong.kehoach');
      await savePlanFile(path, plan);
      const saved = readFileSync(path, 'utf8');
      expect(await loadPlanFile(path), name).toEqual(plan);
      const { plan: back, report } = await importDocx(await renderDocx(plan, { now: FIXED_NOW }));
      expect(report.source, name).toBe('docx-model');
      expect(back, name).toEqual(plan);
      await savePlanFile(path, back);
      expect(readFileSync(path, 'utf8'), name).toBe(saved);
    }
  });

  it(`plans derived by fast-check, any text in any normal form (seed ${String(campaignSeed())})`, async () => {
    const texts = [...TEXT_TOKENS, 'Kế hoạch'.normalize('NFD'), '<w:t>&amp;</w:t>', ']]>', '"\\u0000"', 'x\u0301'];
    await fc.assert(
      fc.asyncProperty(fc.nat(), fc.array(keepShapeEdit(texts), { minLength: 1, maxLength: 20 }), async (index, edits) => {
        const source = plans[index % plans.length]?.plan;
        let plan: PlanDocument;
        try {
          plan = parsePlanText(JSON.stringify(applyJsonEdits(source, edits)));
        } catch {
          fc.pre(false);
          return;
        }
        expect(notNfc(plan)).toEqual([]);
        expect(parsePlanText(serializePlan(plan))).toEqual(plan);
        const { plan: back, report } = await importDocx(await renderDocx(plan, { now: FIXED_NOW }));
        expect(report.source).toBe('docx-model');
        expect(back).toEqual(plan);
      }),
      { numRuns: campaign.roundTrips, seed: campaignSeed() },
    );
  });
});
