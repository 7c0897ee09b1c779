import { realpath } from 'node:fs/promises';
import { resolve } from 'node:path';
import { renderDocx } from '../../../shared/render/docx';
import { renderPdf } from '../../../shared/pdf';
import { writeFileAtomic } from '../../services/files';
import { loadPlanFile } from '../../services/plan-file';
import { flag, positional, stringOption, UsageError, type CliIo, type Command } from '../command';
import type { PlanDocument } from '../../../shared/model';

async function printPdf(plan: PlanDocument, io: CliIo): Promise<Uint8Array> {
  const printer = await io.openPrinter();
  try {
    return (await renderPdf(plan, printer, { now: io.now() })).bytes;
  } finally {
    await printer.close();
  }
}

/** Where writing `path` lands: through any link, without regard to case on Windows. */
async function landingPlace(path: string): Promise<string> {
  const full = resolve(path);
  const real = await realpath(full).catch(() => full);
  return process.platform === 'win32' ? real.toLowerCase() : real;
}

/** An export is written over neither the plan it comes from nor the other export of the same call. */
async function refuseOverlaps(source: string, docx: string | undefined, pdf: string | undefined): Promise<void> {
  const plan = await landingPlace(source);
  const outputs = [docx === undefined ? null : await landingPlace(docx), pdf === undefined ? null : await landingPlace(pdf)];
  for (const [i, output] of outputs.entries())
    if (output === plan)
      throw new UsageError(`${i === 0 ? '--docx' : '--pdf'} chỉ tới chính tệp kế hoạch ${source}; hãy chọn một tệp khác.`);
  if (outputs[0] !== null && outputs[0] === outputs[1])
    throw new UsageError('--docx và --pdf chỉ tới cùng một tệp; hãy chọn hai tệp khác nhau.');
}

export const exportCommand: Command = {
  // --word-numbering: the DOCX's sections and items numbered by Word's list, for editing on in Word.
  options: { docx: { type: 'string' }, pdf: { type: 'string' }, 'word-numbering': { type: 'boolean', default: false } },
  async run(args, io) {
    const source = positional(args, 0, 'tệp kế hoạch');
    const docx = stringOption(args, 'docx');
    const pdf = stringOption(args, 'pdf');
    if (docx === undefined && pdf === undefined) throw new UsageError('Cần --docx <tệp.docx>, --pdf <tệp.pdf> hoặc cả hai.');
    const wordNumbering = flag(args, 'word-numbering');
    if (wordNumbering && docx === undefined) throw new UsageError('--word-numbering chỉ dùng cùng --docx.');
    await refuseOverlaps(source, docx, pdf);
    const plan = await loadPlanFile(source);
    // Everything is rendered before anything is written, so a failed print leaves no file behind.
    const outputs: [string, Uint8Array][] = [];
    if (docx !== undefined) outputs.push([docx, await renderDocx(plan, { now: io.now(), wordNumbering })]);
    if (pdf !== undefined) outputs.push([pdf, await printPdf(plan, io)]);
    for (const [path, bytes] of outputs) {
      await writeFileAtomic(path, bytes);
      io.out(`Đã xuất ${path}.`);
    }
    return 0;
  },
};
