/**
 * A province-sized tracking workspace for the benchmark: a State parent plan giving 120 tasks to
 * 150 communes (each leads one or none and cooperates on a third through "Ủy ban nhân dân các xã"),
 * and the 150 communes' plans cloned from it and edited as units do (tasks dropped, deadlines
 * pushed back, tasks of their own added), written as a third our DOCX, a third DOCX retyped by
 * pandoc (no embedded model) and a third text PDFs printed by LibreOffice from those.
 */
import { execFile } from 'node:child_process';
import { mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { childTemplateId, clonePlan } from '../../shared/clone';
import {
  cellText,
  createAgencyDirectory,
  mergeDirectories,
  type AgencyDirectory,
  type AgencyDirectoryInput,
  type PlanDocument,
  type Row,
} from '../../shared/model';
import { parsePlanValue, serializePlan } from '../../shared/plan-file';
import { renderDocx } from '../../shared/render/docx';
import type { TemplateStore } from '../../electron/services/template-store';
import { DEFAULT_AGENCIES_PATH } from '../../electron/services/agency-directory';
import { readFile } from 'node:fs/promises';
import { DEADLINES, EXTRA_OBJECTS, TASK_QUALIFIERS, TASK_VERBS } from '../plan/phrases';
import { createRandom } from '../plan/random';

const run = promisify(execFile);

export const UNIT_COUNT = 150;
export const TASK_COUNT = 120;
const COLLECTIVE = 'Ủy ban nhân dân các xã';

const FIRST = [
  'An',
  'Bình',
  'Cát',
  'Đông',
  'Gia',
  'Hòa',
  'Hưng',
  'Khánh',
  'Lạc',
  'Minh',
  'Nam',
  'Phú',
  'Quang',
  'Tân',
  'Thanh',
  'Thịnh',
  'Trung',
  'Vĩnh',
  'Xuân',
  'Yên',
];
const SECOND = ['Lộc', 'Phong', 'Thành', 'Sơn', 'Hải', 'Tiến', 'Mỹ', 'Nghĩa'];
const SECTORS = [
  'nông nghiệp',
  'giao thông nông thôn',
  'giáo dục',
  'y tế cơ sở',
  'văn hóa',
  'du lịch cộng đồng',
  'môi trường',
  'tài nguyên nước',
  'chuyển đổi số',
  'cải cách hành chính',
  'an ninh trật tự',
  'phòng chống thiên tai',
  'lao động việc làm',
  'an sinh xã hội',
  'thương mại dịch vụ',
];

export interface TrackingWorkload {
  readonly folder: string;
  /** The shipped directory with the 150 communes added (what the harness's user directory holds). */
  readonly directory: AgencyDirectory;
  readonly userDirectory: AgencyDirectoryInput;
  /** Per unit name, the parent task texts its plan dropped: none of them may show as covered. */
  readonly dropped: ReadonlyMap<string, ReadonlySet<string>>;
}

function communes(): AgencyDirectoryInput {
  const names = FIRST.flatMap((a) => SECOND.map((b) => `${a} ${b}`)).slice(0, UNIT_COUNT);
  return {
    organs: names.map((name, i) => ({
      id: `xa-theo-doi-${String(i + 1)}`,
      name: `Ủy ban nhân dân xã ${name}`,
      header: `ỦY BAN NHÂN DÂN\nXÃ ${name.toLocaleUpperCase('vi')}`,
      short: [`UBND xã ${name}`],
      system: 'nha-nuoc' as const,
      level: 'xa' as const,
      groups: ['xa-theo-doi'],
      symbol: 'UBND',
      head: 'Chủ tịch',
      signer: { authority: [{ kind: 'TM' as const, body: 'ỦY BAN NHÂN DÂN' }], position: 'CHỦ TỊCH' },
    })),
    collectives: [{ id: 'ubnd-cac-xa-theo-doi', name: COLLECTIVE, aliases: ['UBND các xã'], includes: ['xa-theo-doi'] }],
  };
}

/** 120 tasks whose wording differs from each other's by more than the coverage's 0.75 overlap. */
function taskTexts(): string[] {
  const random = createRandom(19);
  const objects = [...EXTRA_OBJECTS];
  const texts = new Set<string>();
  for (let i = 0; texts.size < TASK_COUNT; i++) {
    const sector = SECTORS[i % SECTORS.length] ?? '';
    const object = objects[Math.floor(i / SECTORS.length) % objects.length] ?? '';
    texts.add(`${random.pick(TASK_VERBS)} ${object} lĩnh vực ${sector} ${random.pick(TASK_QUALIFIERS)}`);
  }
  return [...texts];
}

function parentPlan(template: PlanDocument, units: readonly string[]): PlanDocument {
  const random = createRandom(120);
  const rows: Row[] = [];
  taskTexts().forEach((text, i) => {
    if (i % 15 === 0)
      rows.push({ id: `g${String(i / 15)}`, kind: 'group', level: 0, cells: { task: `Nhóm nhiệm vụ ${SECTORS[i / 15] ?? ''}` } });
    rows.push({
      id: `t${String(i)}`,
      kind: 'data',
      level: 1,
      cells: {
        task: text,
        lead: units[i % units.length] ?? '',
        cooperate: i % 3 === 0 ? [COLLECTIVE] : [],
        deadline: random.pick(DEADLINES),
        note: '',
      },
    });
  });
  return parsePlanValue({
    ...template,
    id: 'ke-hoach-theo-doi-tinh',
    meta: {
      ...template.meta,
      summary: 'Thực hiện Chương trình hành động số 20-CTr/TU ngày 10/01/2026 của Ban Thường vụ Tỉnh ủy',
      parentOrgan: '',
      issuingOrgan: { header: 'ỦY BAN NHÂN DÂN\nTỈNH NINH BÌNH', citation: 'UBND tỉnh' },
      place: 'Ninh Bình',
      number: '45',
      symbol: 'KH-UBND',
      date: { year: 2026, month: 3, day: 2 },
    },
    appendices: template.appendices.map((a) => (a.id === 'pl2' ? { ...a, rows } : a)),
  });
}

/** What a commune does to the clone: drops a task in twelve, pushes one deadline in twenty back, adds its own. */
function edited(child: PlanDocument, seed: number): { plan: PlanDocument; dropped: Set<string> } {
  const random = createRandom(seed);
  const dropped = new Set<string>();
  const plan = parsePlanValue({
    ...child,
    appendices: child.appendices.map((appendix) => ({
      ...appendix,
      rows: [
        ...appendix.rows.flatMap((row): Row[] => {
          if (row.kind !== 'data' || row.trace === undefined) return [row];
          if (random.chance(1 / 12)) {
            dropped.add(cellText(row.cells.task));
            return [];
          }
          return random.chance(1 / 20) ? [{ ...row, cells: { ...row.cells, deadline: 'Năm 2032' } }] : [row];
        }),
        ...(random.chance(0.2) && appendix.rows.some((r) => r.trace !== undefined)
          ? [{ id: 'rieng', kind: 'data' as const, level: 1, cells: { task: 'Số hóa hồ sơ lưu trữ của xã' } }]
          : []),
      ],
    })),
  });
  return { plan, dropped };
}

/** The shipped directory with the generated communes, as the user's own entries add them. */
export async function directoryWith(userDirectory: AgencyDirectoryInput): Promise<AgencyDirectory> {
  const builtin = JSON.parse(await readFile(DEFAULT_AGENCIES_PATH, 'utf8')) as AgencyDirectoryInput;
  return createAgencyDirectory(mergeDirectories(builtin, userDirectory));
}

export async function generateWorkspace(folder: string, templates: TemplateStore, now: Date): Promise<TrackingWorkload> {
  const userDirectory = communes();
  const directory = await directoryWith(userDirectory);
  const units = (userDirectory.organs ?? []).map((o) => o.name);
  const parent = parentPlan((await templates.get('nha-nuoc-ke-hoach-hanh-dong-ubnd')).document, units);
  const childTemplate = await templates.get(childTemplateId('nha-nuoc', now));
  await rm(folder, { recursive: true, force: true });
  const retyped = join(folder, '..', 'theo-doi-retyped');
  await rm(retyped, { recursive: true, force: true });
  await mkdir(folder, { recursive: true });
  await mkdir(retyped, { recursive: true });
  await writeFile(join(folder, 'ke-hoach-45-KH-UBND.kehoach'), serializePlan(parent));
  const dropped = new Map<string, Set<string>>();
  for (const [i, organ] of (userDirectory.organs ?? []).entries()) {
    const unit = directory.organ(organ.id);
    if (unit === undefined) throw new Error(`No organ ${organ.id}`);
    let counter = 0;
    const child = clonePlan(parent, unit, {
      directory,
      template: childTemplate,
      now,
      newId: () => `${organ.id}-${String(++counter)}`,
    }).child;
    const { plan, dropped: lost } = edited(child, i + 1);
    dropped.set(unit.name, lost);
    const docx = await renderDocx(plan, { now });
    const name = `${String(i + 1).padStart(3, '0')}-${organ.id}`;
    if (i % 3 === 0) {
      await writeFile(join(folder, `${name}.docx`), docx);
      continue;
    }
    const ours = join(retyped, `${name}-goc.docx`);
    await writeFile(ours, docx);
    await run('pandoc', [ours, '-t', 'docx', '-o', join(i % 3 === 1 ? folder : retyped, `${name}.docx`)]);
    await rm(ours);
  }
  // One LibreOffice run prints the fifty retyped DOCX as text PDFs.
  const toPrint = (await readdir(retyped)).filter((n) => n.endsWith('.docx')).map((n) => join(retyped, n));
  await run(
    'soffice',
    [`-env:UserInstallation=file://${join(retyped, 'lo-profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', retyped, ...toPrint],
    {
      timeout: 900_000,
    },
  );
  for (const name of await readdir(retyped)) if (name.endsWith('.pdf')) await rename(join(retyped, name), join(folder, name));
  const pdfs = (await readdir(folder)).filter((n) => n.endsWith('.pdf')).length;
  if (pdfs !== toPrint.length) throw new Error(`LibreOffice printed ${String(pdfs)} of ${String(toPrint.length)} PDFs`);
  await rm(retyped, { recursive: true, force: true });
  return { folder, directory, userDirectory, dropped };
}
