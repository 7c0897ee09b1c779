/**
 * Fuzzing the PDF importer (and the checker on what it recognizes): PDFs of plans, printed by
 * Chromium when a browser is installed and made with pdf-lib, with their bytes edited: values set
 * or flipped, ranges deleted or duplicated, PDF tokens and numbers inserted, truncation.
 */
import fc from 'fast-check';
import { beforeAll, describe, it } from 'vitest';
import { PDF_TOKENS, pdfCorpus } from './fuzz/corpus';
import { applyByteEdits, byteEdit } from './fuzz/edits';
import { fuzz } from './fuzz/property';
import { useRunner } from './fuzz/suite';
import { campaign } from './support/campaign';
import { campaignSeed } from './support/random';

describe('fuzzing the PDF importer and the checker', { timeout: 3_600_000 }, () => {
  const runner = useRunner('pdf');
  const seed = campaignSeed();
  let corpus: Uint8Array[] = [];
  beforeAll(async () => {
    corpus = await pdfCorpus();
  }, 180_000);

  it(`edits of PDF bytes (seed ${String(seed)})`, async () => {
    await fuzz(
      runner(),
      'pdf',
      {
        arbitrary: fc.record({ pdf: fc.nat(), edits: fc.array(byteEdit(PDF_TOKENS), { minLength: 1, maxLength: 8 }) }),
        build: (r) => applyByteEdits(corpus[r.pdf % corpus.length] ?? new Uint8Array(), r.edits),
        extension: '.pdf',
        runs: campaign.runs.pdf,
      },
      seed,
    );
  });
});
