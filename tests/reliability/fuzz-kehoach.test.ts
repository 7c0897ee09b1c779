/**
 * Fuzzing the `.kehoach` loader and the checker behind it: structural mutations of every plan,
 * mutations of the file text, and JSON from scratch. Each input is loaded, and when it loads, the
 * plan must be NFC, survive a save and a load unchanged, and be checked without an exception.
 */
import fc from 'fast-check';
import { beforeAll, describe, it } from 'vitest';
import { applyTextEdits, textEdit } from './fuzz/edits';
import { TEXT_TOKENS, planTexts } from './fuzz/corpus';
import { applyJsonEdits, jsonEdit, jsonLayout, keepShapeEdit, writeJson } from './fuzz/json-edits';
import { fuzz } from './fuzz/property';
import { useRunner } from './fuzz/suite';
import { campaign } from './support/campaign';
import { campaignSeed } from './support/random';

const JSON_TOKENS = [
  '{',
  '}',
  '[',
  ']',
  '"',
  ',',
  ':',
  'null',
  'true',
  '-1',
  '1e999',
  '"schemaVersion": 2',
  '"schemaVersion": 1',
  '\\u0000',
  '\\ud800',
  '"id": "s1"',
  '"level": 99',
];

describe('fuzzing the .kehoach loader and the checker', { timeout: 3_600_000 }, () => {
  const runner = useRunner('kehoach');
  const seed = campaignSeed();
  const runs = campaign.runs.kehoach;
  let plans: string[] = [];
  beforeAll(async () => {
    plans = await planTexts();
  });

  it(`structural mutations of every plan (seed ${String(seed)})`, async () => {
    await fuzz(
      runner(),
      'kehoach',
      {
        arbitrary: fc.record({ plan: fc.nat(), edits: fc.array(jsonEdit, { minLength: 1, maxLength: 6 }), layout: jsonLayout }),
        build: (r) => writeJson(applyJsonEdits(JSON.parse(plans[r.plan % plans.length] ?? '{}'), r.edits), r.layout),
        extension: '.kehoach',
        runs: Math.round(runs * 0.3),
      },
      seed,
    );
  });

  it(`texts and orders changed in valid plans, for the checker (seed ${String(seed)})`, async () => {
    await fuzz(
      runner(),
      'kehoach',
      {
        arbitrary: fc.record({ plan: fc.nat(), edits: fc.array(keepShapeEdit(TEXT_TOKENS), { minLength: 1, maxLength: 30 }) }),
        build: (r) => writeJson(applyJsonEdits(JSON.parse(plans[r.plan % plans.length] ?? '{}'), r.edits), 'indented'),
        extension: '.kehoach',
        runs: Math.round(runs * 0.3),
      },
      seed,
    );
  });

  it(`mutations of the file text (seed ${String(seed)})`, async () => {
    await fuzz(
      runner(),
      'kehoach',
      {
        arbitrary: fc.record({
          plan: fc.nat(),
          edits: fc.array(textEdit(JSON_TOKENS, { maxRun: 100_000 }), { minLength: 1, maxLength: 8 }),
        }),
        build: (r) => applyTextEdits(plans[r.plan % plans.length] ?? '', r.edits),
        extension: '.kehoach',
        runs: Math.round(runs * 0.3),
      },
      seed,
    );
  });

  it(`JSON from scratch (seed ${String(seed)})`, async () => {
    await fuzz(
      runner(),
      'kehoach',
      {
        arbitrary: fc.oneof(
          fc.jsonValue(),
          fc.dictionary(fc.constantFrom('schemaVersion', 'id', 'profile', 'meta', 'sections', 'signer'), fc.jsonValue()),
        ),
        build: (value) => JSON.stringify(value),
        extension: '.kehoach',
        runs: Math.round(runs * 0.1),
      },
      seed,
    );
  });
});
