/**
 * Fuzzing the DOCX importer and the DOCX checker: every plan exported as DOCX and a Word-made one,
 * with edits inside their XML parts (OOXML pieces inserted, ranges deleted or duplicated, tags
 * unbalanced, wrong values) and in the zipped bytes. Each input is imported through the embedded
 * model, imported from its content, and checked.
 */
import fc from 'fast-check';
import { beforeAll, describe, it } from 'vitest';
import { OOXML_TOKENS, docxCorpus, zipParts, type DocxParts } from './fuzz/corpus';
import { applyByteEdits, applyTextEdits, byteEdit, textEdit } from './fuzz/edits';
import { fuzz } from './fuzz/property';
import { useRunner } from './fuzz/suite';
import { campaign } from './support/campaign';
import { campaignSeed } from './support/random';

describe('fuzzing the DOCX importer and checker', { timeout: 3_600_000 }, () => {
  const runner = useRunner('docx');
  const seed = campaignSeed();
  const runs = campaign.runs.docx;
  let corpus: DocxParts[] = [];
  let zipped: Uint8Array[] = [];
  beforeAll(async () => {
    corpus = await docxCorpus();
    zipped = await Promise.all(corpus.map(zipParts));
  }, 120_000);

  it(`edits inside the XML parts (seed ${String(seed)})`, async () => {
    const edit = fc.record({ part: fc.nat(), edits: fc.array(textEdit(OOXML_TOKENS, { maxRun: 50_000 }), { minLength: 1, maxLength: 6 }) });
    await fuzz(
      runner(),
      'docx',
      {
        arbitrary: fc.record({ doc: fc.nat(), parts: fc.array(edit, { minLength: 1, maxLength: 3 }) }),
        build: (r) => {
          const parts = [...(corpus[r.doc % corpus.length] ?? [])];
          const xml = parts.flatMap((p, i) => (typeof p[1] === 'string' ? [i] : []));
          for (const { part, edits } of r.parts) {
            const index = xml[part % xml.length] ?? 0;
            const [name, content] = parts[index] ?? ['', ''];
            parts[index] = [name, applyTextEdits(String(content), edits)];
          }
          return zipParts(parts);
        },
        extension: '.docx',
        runs: Math.round(runs * 0.75),
      },
      seed,
    );
  });

  it(`edits of the zipped bytes (seed ${String(seed)})`, async () => {
    await fuzz(
      runner(),
      'docx',
      {
        arbitrary: fc.record({
          doc: fc.nat(),
          edits: fc.array(byteEdit(['PK\u0001\u0002', 'PK\u0003\u0004', 'PK\u0005\u0006', '\u00ff\u00ff\u00ff\u00ff']), {
            minLength: 1,
            maxLength: 6,
          }),
        }),
        build: (r) => applyByteEdits(zipped[r.doc % zipped.length] ?? new Uint8Array(), r.edits),
        extension: '.docx',
        runs: Math.round(runs * 0.25),
      },
      seed,
    );
  });
});
