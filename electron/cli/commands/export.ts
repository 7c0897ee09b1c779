import { renderDocx } from '../../../shared/render/docx';
import { renderPdf } from '../../../shared/pdf';
import { writeFileAtomic } from '../../services/files';
import { loadPlanFile } from '../../services/plan-file';
import { positional, stringOption, UsageError, type CliIo, type Command } from '../command';
import type { PlanDocument } from '../../../shared/model';

async function printPdf(plan: PlanDocument, io: CliIo): Promise<Uint8Array> {
  const printer = await io.openPrinter();
  try {
    return (await renderPdf(plan, printer, { now: io.now() })).bytes;
  } finally {
    await printer.close();
  }
}

export const exportCommand: Command = {
  options: { docx: { type: 'string' }, pdf: { type: 'string' } },
  async run(args, io) {
    const source = positional(args, 0, 'tệp kế hoạch');
    const docx = stringOption(args, 'docx');
    const pdf = stringOption(args, 'pdf');
    if (docx === undefined && pdf === undefined) throw new UsageError('Cần --docx <tệp.docx>, --pdf <tệp.pdf> hoặc cả hai.');
    const plan = await loadPlanFile(source);
    // Everything is rendered before anything is written, so a failed print leaves no file behind.
    const outputs: [string, Uint8Array][] = [];
    if (docx !== undefined) outputs.push([docx, await renderDocx(plan, { now: io.now() })]);
    if (pdf !== undefined) outputs.push([pdf, await printPdf(plan, io)]);
    for (const [path, bytes] of outputs) {
      await writeFileAtomic(path, bytes);
      io.out(`Đã xuất ${path}.`);
    }
    return 0;
  },
};
