/**
 * Opening, creating and saving plans for the app. A file that cannot be read is never overwritten:
 * a plan from a newer version of the app opens read-only when its content still fits this
 * version's model, and a damaged file falls back to its `.bak` backup, read-only too. A file that
 * someone else changed since it was opened or last saved is not written over unless the user
 * chose to (file-version.ts).
 */
import { randomUUID } from 'node:crypto';
import { extname } from 'node:path';
import type { FileConflict, FileVersion, OpenedDocument } from '../../shared/ipc';
import { CURRENT_SCHEMA_VERSION, PlanFormatError, type PlanDocument } from '../../shared/model';
import { parsePlanValue } from '../../shared/plan-file';
import { instantiateTemplate } from '../../shared/template';
import type { PathGrants } from './path-grants';
import { diskStateOf, keepBothPath, saveStamp } from './file-version';
import { parsePlanContent, readPlanFile, readPlanText, savePlanFile } from './plan-file';
import { listVersions, nameVersion, readVersion, recordVersion, type PlanVersion } from './plan-history';
import type { TemplateStore } from './template-store';
import { UserError } from './user-error';

export const PLAN_EXTENSION = '.kehoach';

export interface DocumentService {
  create(templateId: string): Promise<OpenedDocument>;
  open(path: string): Promise<OpenedDocument>;
  openContent(name: string, text: string): OpenedDocument;
  /** Writes the plan unless the file changed behind the user's back and they have not chosen what to do. */
  save(path: string, plan: PlanDocument, options: SaveOptions): Promise<SaveOutcome>;
  /** Whether someone else has changed the file since `expected` (asked as unsaved work is autosaved). */
  conflictSince(path: string, expected: FileVersion): Promise<FileConflict | null>;
  /** A plan read for reference (a superior plan), not opened: nothing becomes writable. */
  read(path: string): Promise<PlanDocument>;
  /** The versions kept beside a plan the user opened or saved, newest first. */
  versions(path: string): Promise<PlanVersion[]>;
  /** A version opened to look at: read-only, so "Lưu" asks for a new file and the plan is not touched. */
  openVersion(path: string, id: string): Promise<OpenedDocument>;
  /**
   * A version saved back over the plan: it becomes the newest version, marked as brought back.
   * Like a save, it first compares the file with what the window last saw (`expected`).
   */
  restoreVersion(path: string, id: string, options: SaveOptions): Promise<RestoreOutcome>;
  nameVersion(path: string, id: string, name: string): Promise<PlanVersion[]>;
}

export type { PlanVersion };

export interface SaveOptions {
  /** The file as the document read or last saved it; null for a path just chosen in the save dialog. */
  readonly expected: FileVersion | null;
  /** What the user chose when told of a conflict; "ask" when they have not been told yet. */
  readonly onConflict: 'ask' | 'overwrite' | 'keep-both';
}

export type SaveOutcome =
  | { kind: 'saved'; path: string; savedAt: string; version: FileVersion; historyWarning?: string }
  | { kind: 'conflict'; conflict: FileConflict };

export type RestoreOutcome = ({ kind: 'restored'; savedAt: string } & OpenedDocument) | { kind: 'conflict'; conflict: FileConflict };

/** Why a restore from a window that never read the plan's file is refused, and what to do instead. */
export const RESTORE_UNCHECKED =
  'Chưa khôi phục: cửa sổ này chưa đọc tệp kế hoạch nên không biết người khác có vừa lưu gì vào tệp hay không. Hãy mở lại kế hoạch rồi khôi phục, hoặc bấm "Xem" ở phiên bản đó rồi "Lưu thành…" để giữ nó thành một tệp riêng.';

/** The name the version overwritten after the user chose to is kept under in the history. */
export const OVERWRITTEN_VERSION_NAME = 'Bản trên đĩa trước khi ghi đè';

export interface DocumentServiceOptions {
  readonly templates: TemplateStore;
  readonly grants: PathGrants;
  readonly now: () => Date;
  readonly newId?: () => string;
  /** Told of every file opened or saved, for the recent list. */
  readonly onTouched?: (path: string, plan: PlanDocument) => void;
  /** Stamped into every saved file with the user and the machine, to say who saved it. */
  readonly appVersion?: string;
}

/** A newer file's content read as this version's model, or null when it no longer fits. */
function readNewerAsCurrent(text: string): PlanDocument | null {
  try {
    const value = JSON.parse(text.replace(/^\uFEFF/u, '')) as Record<string, unknown>;
    return parsePlanValue({ ...value, schemaVersion: CURRENT_SCHEMA_VERSION });
  } catch {
    return null;
  }
}

async function readBackup(path: string): Promise<PlanDocument | null> {
  try {
    return parsePlanContent(await readPlanText(`${path}.bak`));
  } catch {
    return null;
  }
}

/** The plan in a file's text (null: bytes that are not Unicode text), or what is wrong with it. */
function parseOrExplain(text: string | null, where: string): { plan: PlanDocument } | { error: PlanFormatError } {
  try {
    return { plan: parsePlanContent(text) };
  } catch (error) {
    if (error instanceof PlanFormatError) return { error };
    throw new UserError(`${where}: không đọc được kế hoạch.`);
  }
}

/** Records the plan just saved; a history that cannot be written is said, not fatal: the plan is saved. */
async function recordOrWarn(
  path: string,
  plan: PlanDocument,
  time: Date,
  name = '',
  restoredFrom?: string,
): Promise<{ historyWarning?: string }> {
  return recordVersion(path, plan, time, name, restoredFrom).then(
    () => ({}),
    (error: unknown) => ({ historyWarning: error instanceof UserError ? error.message : 'Không ghi được lịch sử phiên bản.' }),
  );
}

function versionLabel(version: PlanVersion | undefined, id: string): string {
  return version === undefined || version.name === '' ? `Phiên bản ${id.slice(1)}` : `Phiên bản "${version.name}"`;
}

/**
 * The plan now on disk, kept in the history before the user's choice writes over it, so the other
 * side's work outlives the single `.bak`. A file this version cannot read stays in the `.bak` only.
 */
async function keepOverwritten(path: string, time: Date): Promise<{ historyWarning?: string }> {
  const theirs = await readPlanFile(path)
    .then((content) => parsePlanContent(content.text))
    .catch(() => null);
  return theirs === null ? {} : recordOrWarn(path, theirs, time, OVERWRITTEN_VERSION_NAME);
}

export function createDocumentService({
  templates,
  grants,
  now,
  newId = randomUUID,
  onTouched,
  appVersion = '',
}: DocumentServiceOptions): DocumentService {
  /** A history is shown only for a plan the user opened or saved here, as its file is. */
  const openedPlan = (path: string): string => {
    if (!grants.allows(path, 'plan')) throw new UserError(`Chưa mở tệp "${path}" nên không xem được các phiên bản của nó.`);
    return path;
  };
  const opened = (plan: PlanDocument, path: string | null, version: FileVersion | null, warnings: string[] = []): OpenedDocument => ({
    plan,
    path,
    version,
    readOnly: null,
    warnings,
  });
  /** Writes, stamped, and records the version; what the file is now. */
  const write = async (target: string, plan: PlanDocument, restoredFrom?: string) => {
    const savedAt = now();
    const version = await savePlanFile(target, plan, saveStamp(appVersion, savedAt));
    onTouched?.(target, plan);
    return { version, savedAt: savedAt.toISOString(), ...(await recordOrWarn(target, plan, savedAt, '', restoredFrom)) };
  };
  /**
   * Writes over `target` unless someone else changed it since `expected` and the user has not
   * chosen what to do: a save and a restored version alike.
   */
  const writeChecked = async (
    target: string,
    plan: PlanDocument,
    { expected, onConflict }: SaveOptions,
    restoredFrom?: string,
  ): Promise<SaveOutcome> => {
    const conflict = (await diskStateOf(target, expected))?.conflict ?? null;
    if (conflict !== null && onConflict === 'ask') return { kind: 'conflict', conflict };
    if (conflict !== null && onConflict === 'keep-both') {
      // The other side's file stays as it is; the user's work goes to a new file beside it.
      const copy = await keepBothPath(target, now());
      grants.grant(copy, 'plan');
      return { kind: 'saved', path: copy, ...(await write(copy, plan, restoredFrom)) };
    }
    const kept = conflict === null ? {} : await keepOverwritten(target, now());
    const saved = await write(target, plan, restoredFrom);
    const historyWarning = saved.historyWarning ?? kept.historyWarning;
    return { kind: 'saved', path: target, ...saved, ...(historyWarning === undefined ? {} : { historyWarning }) };
  };
  return {
    async create(templateId) {
      const template = await templates.get(templateId);
      return opened(instantiateTemplate(template, { newId, now: now() }), null, null);
    },
    async open(path) {
      if (extname(path).toLowerCase() !== PLAN_EXTENSION) {
        throw new UserError(`"${path}" không phải tệp kế hoạch (${PLAN_EXTENSION}). Tệp DOCX, PDF hay văn bản thì dùng "Nhập văn bản".`);
      }
      const { text, version } = await readPlanFile(path);
      const parsed = parseOrExplain(text, path);
      if ('plan' in parsed) {
        grants.grant(path, 'plan');
        onTouched?.(path, parsed.plan);
        return opened(parsed.plan, path, version);
      }
      grants.protect(path);
      if (parsed.error.kind === 'newer-version') {
        const plan = text === null ? null : readNewerAsCurrent(text);
        if (plan === null) throw new UserError(`${path}: ${parsed.error.message}`);
        return {
          plan,
          path,
          version,
          readOnly: {
            kind: 'newer-version',
            message: `${parsed.error.message} Tệp được mở ở chế độ chỉ xem; muốn sửa thì lưu thành tệp khác.`,
          },
          warnings: [],
        };
      }
      const backup = await readBackup(path);
      if (backup === null) throw new UserError(`Không mở được "${path}". ${parsed.error.message}`);
      return {
        plan: backup,
        path,
        version,
        readOnly: {
          kind: 'backup',
          message: `Tệp "${path}" bị hỏng (${parsed.error.message}). Đang mở bản sao lưu ${path}.bak ở chế độ chỉ xem; tệp hỏng được giữ nguyên. Hãy lưu thành tệp khác.`,
        },
        warnings: [],
      };
    },
    openContent(name, text) {
      const parsed = parseOrExplain(text, name);
      if ('plan' in parsed) return opened(parsed.plan, null, null, [`"${name}" được mở từ trình duyệt; khi lưu sẽ chọn nơi lưu mới.`]);
      if (parsed.error.kind === 'newer-version') {
        const plan = readNewerAsCurrent(text);
        if (plan !== null)
          return { plan, path: null, version: null, readOnly: { kind: 'newer-version', message: parsed.error.message }, warnings: [] };
      }
      throw new UserError(`Không mở được "${name}". ${parsed.error.message}`);
    },
    async read(path) {
      const text = await readPlanText(path);
      const parsed = parseOrExplain(text, path);
      if ('plan' in parsed) return parsed.plan;
      const newer = parsed.error.kind === 'newer-version' && text !== null ? readNewerAsCurrent(text) : null;
      if (newer === null) throw new UserError(`Không đọc được "${path}". ${parsed.error.message}`);
      return newer;
    },
    save: async (path, plan, options) => writeChecked(grants.check(path, 'plan'), plan, options),
    async conflictSince(path, expected) {
      return (await diskStateOf(grants.check(path, 'plan'), expected))?.conflict ?? null;
    },
    async versions(path) {
      return listVersions(openedPlan(path));
    },
    async openVersion(path, id) {
      const plan = await readVersion(openedPlan(path), id);
      const version = (await listVersions(path).catch(() => [])).find((v) => v.id === id);
      const message = `${versionLabel(version, id)} được mở ở chế độ chỉ xem; tệp kế hoạch không bị thay đổi. Muốn dùng lại bản này thì bấm "Khôi phục" trong thẻ Phiên bản.`;
      // The plan's file as it is now: a restore from this view is then checked like a save.
      const onDisk = (await diskStateOf(path, null))?.version ?? null;
      return { plan, path, version: onDisk, readOnly: { kind: 'version', message }, warnings: [] };
    },
    async restoreVersion(path, id, options) {
      const target = grants.check(path, 'plan');
      // A restore always writes over a plan already on disk: a window that does not say which
      // file it saw could only write blind, over whatever someone else saved since.
      if (options.expected === null) throw new UserError(RESTORE_UNCHECKED);
      const plan = await readVersion(target, id);
      const saved = await writeChecked(target, plan, options, id);
      if (saved.kind === 'conflict') return saved;
      const { version, savedAt, historyWarning } = saved;
      return { kind: 'restored', ...opened(plan, saved.path, version, historyWarning === undefined ? [] : [historyWarning]), savedAt };
    },
    async nameVersion(path, id, name) {
      return nameVersion(grants.check(path, 'plan'), id, name);
    },
  };
}
