import { mkdir } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { nameKey, type PlanDocument } from '../../../shared/model';
import { renderPdf } from '../../../shared/pdf';
import { renderDocx } from '../../../shared/render/docx';
import {
  buildReminderLetter,
  buildTrackingReport,
  formatPlanNumberDate,
  trackingJson,
  unitsToRemind,
  type TrackingMatrix,
} from '../../../shared/track';
import { writeFileAtomic } from '../../services/files';
import { openTrackingWorkspace } from '../../services/tracking-workspace';
import type { PrinterSession } from '../../services/chromium-printer';
import { JSON_OPTION, flag, positional, stringOption, UsageError, type CliIo, type Command, type CommandArgs } from '../command';

const STATUS_LABEL: Readonly<Record<string, string>> = {
  counted: 'đang tính',
  superseded: 'bản cũ',
  parent: 'kế hoạch cấp trên',
  unreadable: 'không đọc được',
  changing: 'đang thay đổi',
  'not-a-plan': 'không phải kế hoạch',
  'other-parent': 'thực hiện kế hoạch khác',
  'unknown-unit': 'không rõ đơn vị',
  'not-assigned': 'không được giao',
};

function humanMatrix(matrix: TrackingMatrix): string[] {
  const withPlan = matrix.units.filter((u) => u.plan !== null).length;
  return [
    `Kế hoạch cấp trên: ${matrix.parent.citation}`,
    `Đơn vị được giao nhiệm vụ: ${String(matrix.units.length)}; đã có kế hoạch: ${String(withPlan)}.`,
    ...matrix.units.map((u) => {
      const plan = u.plan === null ? 'CHƯA CÓ KẾ HOẠCH' : `${formatPlanNumberDate(u.plan)} (${u.plan.file})`;
      const late = u.late > 0 ? `, ${String(u.late)} muộn hơn thời hạn` : '';
      return `${u.plan === null ? '[ ]' : '[x]'} ${u.name}: ${plan}; đã cụ thể hóa ${String(u.covered)}/${String(u.assigned)}${late}`;
    }),
    ...matrix.files
      .filter((f) => f.reason !== '' && f.status !== 'parent')
      .map((f) => `! ${f.file} (${STATUS_LABEL[f.status] ?? f.status}): ${f.reason}`),
  ];
}

/** The document as the extension of its path asks; PDF through the command's one printer. */
async function render(plan: PlanDocument, path: string, io: CliIo, printer: () => Promise<PrinterSession>): Promise<Uint8Array> {
  const extension = extname(path).toLowerCase();
  if (extension === '.docx') return renderDocx(plan, { now: io.now() });
  if (extension !== '.pdf') throw new UsageError(`Tệp báo cáo "${path}" phải có đuôi .docx hoặc .pdf.`);
  return (await renderPdf(plan, await printer(), { now: io.now() })).bytes;
}

/** `--format`: the công văn đôn đốc as DOCX to edit before signing, PDF to send as it is, or both. */
const LETTER_FORMATS: Readonly<Record<string, readonly string[]>> = { docx: ['.docx'], pdf: ['.pdf'], both: ['.docx', '.pdf'] };

function letterExtensions(args: CommandArgs): readonly string[] {
  const value = stringOption(args, 'format') ?? 'docx';
  const extensions = Object.hasOwn(LETTER_FORMATS, value) ? LETTER_FORMATS[value] : undefined;
  if (extensions === undefined) throw new UsageError(`Tùy chọn --format chỉ nhận docx, pdf hoặc both (không nhận "${value}").`);
  return extensions;
}

/** One printer for every PDF of the run, opened only when a PDF is asked for. */
function lazyPrinter(io: CliIo): { readonly open: () => Promise<PrinterSession>; readonly close: () => Promise<void> } {
  let session: Promise<PrinterSession> | null = null;
  return {
    open: () => (session ??= io.openPrinter()),
    close: async () => {
      if (session !== null) await (await session).close();
    },
  };
}

/** "03-don-doc-so-noi-vu.docx": the letters sort in the matrix's order and name their unit. */
function letterName(index: number, unit: string, extension: string): string {
  const slug = nameKey(unit)
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-|-$/gu, '');
  return `${String(index + 1).padStart(2, '0')}-don-doc-${slug}${extension}`;
}

export const trackCommand: Command = {
  options: {
    ...JSON_OPTION,
    parent: { type: 'string' },
    report: { type: 'string' },
    reminders: { type: 'string' },
    format: { type: 'string' },
  },
  async run(args, io) {
    const folder = positional(args, 0, 'thư mục theo dõi');
    const report = stringOption(args, 'report');
    const reminders = stringOption(args, 'reminders');
    const parentPath = stringOption(args, 'parent');
    const extensions = letterExtensions(args);
    const directory = await io.agencies.load();
    const workspace = await openTrackingWorkspace(folder, {
      directory,
      received: io.received,
      ...(parentPath === undefined ? {} : { parentPath }),
    });
    const { matrix, parent } = workspace;
    const printer = lazyPrinter(io);
    // Everything is rendered before anything is written, so a failure leaves no file behind.
    const outputs: [string, Uint8Array][] = [];
    try {
      if (report !== undefined)
        outputs.push([report, await render(buildTrackingReport(parent, matrix, { now: io.now() }), report, io, printer.open)]);
      if (reminders !== undefined) {
        for (const [index, unit] of unitsToRemind(matrix).entries()) {
          const letter = buildReminderLetter(parent, matrix, unit, { now: io.now() });
          for (const extension of extensions) {
            const path = join(reminders, letterName(index, unit.name, extension));
            outputs.push([path, await render(letter, path, io, printer.open)]);
          }
        }
      }
    } finally {
      await printer.close();
    }
    for (const warning of workspace.warnings) io.err(`Cảnh báo: ${warning}`);
    io.out(flag(args, 'json') ? JSON.stringify(trackingJson(matrix), null, 2) : humanMatrix(matrix).join('\n'));
    if (reminders !== undefined) await mkdir(reminders, { recursive: true });
    for (const [path, bytes] of outputs) {
      await writeFileAtomic(path, bytes);
      if (!flag(args, 'json')) io.out(`Đã ghi ${path}.`);
    }
    return 0;
  },
};
