/**
 * The code under fuzzing, as the worker runs it: the `.kehoach` loader, the text, DOCX and PDF
 * importers (through the service the app and the command line call, from the decoding of the
 * bytes on), and the checker on every plan that comes out of them. Accepted input must also give
 * a plan that is NFC throughout, survives a save and a load unchanged, and goes through what a
 * user does next with it (afterwards.ts: render, export, check, clone).
 */
import { importBytes } from '../../../electron/services/import-file';
import { checkDocx } from '../../../shared/check';
import { type PlanDocument } from '../../../shared/model';
import { parsePlanText, serializePlan } from '../../../shared/plan-file';
import { MAX_USED_PLAN_CHARS, useAccepted } from './afterwards';
import { InvariantError, judge, type Verdict } from './verdict';

export type TargetName = 'kehoach' | 'text' | 'docx' | 'pdf';
export type FuzzInput = string | Uint8Array;

function nonNfcString(value: unknown, path: string): string | null {
  if (typeof value === 'string') return value === value.normalize('NFC') ? null : path;
  if (value === null || typeof value !== 'object') return null;
  for (const [key, child] of Object.entries(value)) {
    const found = key === key.normalize('NFC') ? nonNfcString(child, `${path}.${key}`) : `${path}.${key}`;
    if (found !== null) return found;
  }
  return null;
}

/** What every plan that comes out of a reader must satisfy, and what must then work on it. */
async function checkAccepted(plan: PlanDocument): Promise<void> {
  const notNfc = nonNfcString(plan, 'plan');
  if (notNfc !== null) throw new InvariantError(`text not in NFC at ${notNfc}`);
  const saved = serializePlan(plan);
  if (serializePlan(parsePlanText(saved)) !== saved) throw new InvariantError('the plan changes when saved and loaded again');
  if (saved.length <= MAX_USED_PLAN_CHARS) await useAccepted(plan);
}

const asText = (input: FuzzInput): string => (typeof input === 'string' ? input : new TextDecoder().decode(input));
const asBytes = (input: FuzzInput): Uint8Array => (typeof input === 'string' ? new TextEncoder().encode(input) : input);

/** Each target gives one verdict per entry point it exercises; the worst one counts. */
export const TARGETS: Readonly<Record<TargetName, (input: FuzzInput) => Promise<Verdict[]>>> = {
  kehoach: async (input) => [
    await judge(async () => {
      await checkAccepted(parsePlanText(asText(input)));
    }),
  ],
  text: async (input) => [
    await judge(async () => {
      await checkAccepted((await importBytes(asBytes(input), '.txt', 'fuzz.txt')).plan);
    }),
  ],
  docx: async (input) => {
    const bytes = asBytes(input);
    return [
      await judge(async () => {
        await checkAccepted((await importBytes(bytes, '.docx', 'fuzz.docx')).plan);
      }),
      await judge(async () => {
        await checkAccepted((await importBytes(bytes, '.docx', 'fuzz.docx', { ignoreModel: true })).plan);
      }),
      await judge(async () => {
        const result = await checkDocx(bytes);
        if (result.plan !== null) await checkAccepted(result.plan);
      }),
    ];
  },
  // The PDF parser, with OCR off: an edit that strips the marks sends auto mode to OCR, seconds a
  // page by design (bounded per page, tested in ocr-page-time and ocr-import), not a hang.
  pdf: async (input) => [
    await judge(async () => {
      await checkAccepted((await importBytes(asBytes(input), '.pdf', 'fuzz.pdf', { ocr: 'never' })).plan);
    }),
  ],
};
