/**
 * Fuzzing the text importer (and the checker on what it recognizes): the seed texts mutated line
 * by line and character by character, with long runs of one character to catch quadratic regular
 * expressions, and plan-shaped texts assembled from the pieces real plans are made of.
 */
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { TEXT_TOKENS, seedCorpus } from './fuzz/corpus';
import { applyByteEdits, applyTextEdits, byteEdit, textEdit } from './fuzz/edits';
import { fuzz } from './fuzz/property';
import { useRunner } from './fuzz/suite';
import { campaign } from './support/campaign';
import { campaignSeed } from './support/random';

describe('fuzzing the text importer and the checker', { timeout: 3_600_000 }, () => {
  const runner = useRunner('text');
  const seed = campaignSeed();
  const runs = campaign.runs.text;
  const seeds = seedCorpus();

  it(`mutations of the seed texts (seed ${String(seed)})`, async () => {
    await fuzz(
      runner(),
      'text',
      {
        arbitrary: fc.record({
          text: fc.nat(),
          edits: fc.array(textEdit(TEXT_TOKENS, { maxRun: 300_000 }), { minLength: 1, maxLength: 12 }),
        }),
        build: (r) => applyTextEdits(seeds[r.text % seeds.length] ?? '', r.edits),
        extension: '.txt',
        runs: Math.round(runs * 0.6),
      },
      seed,
    );
  });

  it(`byte edits of the seed files: invalid UTF-8, legacy single bytes (seed ${String(seed)})`, async () => {
    const files = seeds.map((s) => new TextEncoder().encode(s));
    await fuzz(
      runner(),
      'text',
      {
        arbitrary: fc.record({
          file: fc.nat(),
          edits: fc.array(byteEdit(['\u00c3', '\u00ff', '\u00b5\u00b8']), { minLength: 1, maxLength: 10 }),
        }),
        build: (r) => applyByteEdits(files[r.file % files.length] ?? new Uint8Array(), r.edits),
        extension: '.txt',
        runs: Math.round(runs * 0.1),
      },
      seed,
    );
  });

  it(`plan-shaped texts from the pieces of real plans (seed ${String(seed)})`, async () => {
    const line = fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom(...seeds.flatMap((s) => s.split('\n'))) },
      { weight: 3, arbitrary: fc.constantFrom(...TEXT_TOKENS) },
      { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 80 }) },
    );
    await fuzz(
      runner(),
      'text',
      {
        arbitrary: fc.array(
          fc.array(line, { minLength: 1, maxLength: 3 }).map((parts) => parts.join('')),
          { minLength: 1, maxLength: 200 },
        ),
        build: (lines) => lines.join('\n'),
        extension: '.txt',
        runs: Math.round(runs * 0.3),
      },
      seed,
    );
  });
});
