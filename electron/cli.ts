/**
 * The `kehoach` command line (DESIGN.md §4). Results go to stdout, errors to stderr in Vietnamese
 * with a non-zero exit, and nothing is written unless the whole command succeeded.
 */
import { randomUUID } from 'node:crypto';
import { extname } from 'node:path';
import { parseArgs } from 'node:util';
import { summarizePlan } from '../shared/inspect';
import type { PlanDocument } from '../shared/model';
import { renderDocx } from '../shared/render/docx';
import { instantiateTemplate } from '../shared/template';
import { loadPlanFromDocx } from './services/docx-plan';
import { writeFileAtomic } from './services/files';
import { loadPlanFile, savePlanFile } from './services/plan-file';
import { createTemplateStore, type TemplateStore } from './services/template-store';
import { UserError } from './services/user-error';

export interface CliIo {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  readonly now: () => Date;
  readonly templates: TemplateStore;
}

const USAGE = `Cách dùng: kehoach <lệnh> [tùy chọn]

  templates [--json]                            liệt kê các mẫu
  new <mã mẫu> -o <kế-hoạch.kehoach>            tạo kế hoạch mới từ mẫu
  inspect <kế-hoạch.kehoach|văn-bản.docx> --json  tóm tắt kế hoạch
  export <kế-hoạch.kehoach> --docx <ra.docx>     xuất văn bản`;

function positional(args: readonly string[], index: number, what: string): string {
  const value = args[index];
  if (value === undefined || value === '') throw new UserError(`Thiếu ${what}.\n\n${USAGE}`);
  return value;
}

function requireOption(value: string | undefined, flag: string): string {
  if (value === undefined || value === '') throw new UserError(`Thiếu tùy chọn ${flag}.\n\n${USAGE}`);
  return value;
}

async function loadAnyPlan(path: string): Promise<PlanDocument> {
  return extname(path).toLowerCase() === '.docx' ? loadPlanFromDocx(path) : loadPlanFile(path);
}

async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const { positionals, values } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      json: { type: 'boolean', default: false },
      output: { type: 'string', short: 'o' },
      docx: { type: 'string' },
      pdf: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const [command] = positionals;
  if (command === undefined || values.help) {
    io.out(USAGE);
    return command === undefined && !values.help ? 2 : 0;
  }
  switch (command) {
    case 'templates': {
      const list = await io.templates.list();
      if (values.json) io.out(JSON.stringify(list, null, 2));
      else for (const t of list) io.out(`${t.id}\t${t.system === 'dang' ? 'Đảng' : 'Nhà nước'}\t${t.name}`);
      return 0;
    }
    case 'new': {
      const id = positional(positionals, 1, 'mã mẫu');
      const output = requireOption(values.output, '-o <tệp.kehoach>');
      const template = await io.templates.get(id);
      const plan = instantiateTemplate(template, { newId: randomUUID, now: io.now() });
      await savePlanFile(output, plan);
      io.out(`Đã tạo ${output} từ mẫu "${template.name}".`);
      return 0;
    }
    case 'inspect': {
      const plan = await loadAnyPlan(positional(positionals, 1, 'tệp kế hoạch'));
      const summary = summarizePlan(plan);
      io.out(values.json ? JSON.stringify(summary, null, 2) : humanSummary(summary));
      return 0;
    }
    case 'export': {
      const plan = await loadPlanFile(positional(positionals, 1, 'tệp kế hoạch'));
      if (values.pdf !== undefined) throw new UserError('Xuất PDF chưa có trong phiên bản này; hãy dùng --docx.');
      const docx = requireOption(values.docx, '--docx <tệp.docx>');
      const bytes = await renderDocx(plan, { now: io.now() });
      await writeFileAtomic(docx, bytes);
      io.out(`Đã xuất ${docx}.`);
      return 0;
    }
    case 'import':
    case 'clone':
    case 'coverage':
    case 'check':
      throw new UserError(`Lệnh "${command}" chưa có trong phiên bản này.`);
    default:
      throw new UserError(`Không có lệnh "${command}".\n\n${USAGE}`);
  }
}

function humanSummary(summary: ReturnType<typeof summarizePlan>): string {
  const lines = [
    `${summary.title} ${summary.number === '' ? '(chưa có số)' : `số ${summary.number}`} ${summary.symbol}`,
    `Cơ quan ban hành: ${summary.issuer}`,
    `Trích yếu: ${summary.summary}`,
    `Ngày: ${summary.date}`,
    ...summary.sections.map((s) => `  ${s.number}. ${s.title} (${s.children.length} khoản)`),
    ...summary.appendices.map((a) => `  Phụ lục ${a.number}: ${a.title} — ${a.groups} nhóm, ${a.rows} dòng`),
    `Người ký: ${summary.signer.authority} ${summary.signer.position} ${summary.signer.name}`.trim(),
    `Nơi nhận: ${summary.recipients} dòng`,
  ];
  return lines.join('\n');
}

export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    return await run(argv, io);
  } catch (error) {
    if (error instanceof UserError) {
      io.err(`Lỗi: ${error.message}`);
      return 1;
    }
    if (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) {
      io.err(`Lỗi: tùy chọn không hợp lệ (${error.message}).\n\n${USAGE}`);
      return 2;
    }
    io.err(`Lỗi không mong đợi: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return 3;
  }
}

export function defaultIo(): CliIo {
  return {
    out: (text) => process.stdout.write(`${text}\n`),
    err: (text) => process.stderr.write(`${text}\n`),
    now: () => new Date(),
    templates: createTemplateStore(),
  };
}
