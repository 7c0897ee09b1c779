/**
 * The one API between the renderer and its host (Electron's main process, or the test harness over
 * HTTP): every channel with the zod schemas of its input and output. The host parses every input
 * against these before acting, so a compromised or buggy renderer cannot pass anything else.
 * Channel names are `domain.verb`; the renderer's `WindowApi` is derived from this table.
 */
import { z } from 'zod';
import { CONFIDENCES } from '../format';
import { CheckedDirectorySchema, OrganSchema, PlanDocumentSchema, ProfileIdSchema, SystemSchema } from '../model';
import { TemplateSchema } from '../template';
import type { ChannelName, EventName } from './channels';
import { TrackingViewSchema } from './tracking-schemas';

/** What the user chose when told that someone else changed the file; "ask" before they are told. */
const ON_CONFLICT = z.enum(['ask', 'overwrite', 'keep-both']);

const AbsolutePath = z
  .string()
  .min(1)
  .max(4096)
  .refine((p) => p.startsWith('/') || /^[A-Za-z]:[\\/]/u.test(p) || p.startsWith('\\\\'), 'Cần đường dẫn tuyệt đối')
  .refine((p) => !p.includes('\0'), 'Đường dẫn không hợp lệ');

const Empty = z.object({}).strict();
/** A file inside a tracking folder, by its name alone: no separator can lead out of the folder. */
const TrackedFileName = z
  .string()
  .min(1)
  .max(255)
  .refine((name) => !/[\\/\0]/u.test(name) && name !== '.' && name !== '..', 'Tên tệp không hợp lệ');
const Ok = z.object({}).strict();

/** A plan arriving from the renderer: validated in full, like a file from disk. */
const Plan = PlanDocumentSchema;

export const ReadOnlyReasonSchema = z.object({
  /** Why the document cannot be saved over its file, in Vietnamese. */
  message: z.string(),
  kind: z.enum(['newer-version', 'backup', 'version']),
});
export type ReadOnlyReason = z.infer<typeof ReadOnlyReasonSchema>;

/**
 * A file as the app last read or wrote it, to tell at the next save whether someone else changed
 * it since (another window, a colleague on a shared folder, another program, a newer version).
 */
export const FileVersionSchema = z
  .object({
    size: z.number().int().min(0),
    mtimeMs: z.number().min(0),
    sha256: z.string().regex(/^[0-9a-f]{64}$/u),
  })
  .strict();
export type FileVersion = z.infer<typeof FileVersionSchema>;

/** The file is no longer what the document was read from or last saved as: what happened, in words. */
export const FileConflictSchema = z.object({
  /** "newer-version": a newer version of the app wrote it, and overwriting it loses what this one cannot read. */
  kind: z.enum(['changed', 'newer-version']),
  /** Who or what changed it, and when, as far as it is known, in Vietnamese. */
  message: z.string(),
});
export type FileConflict = z.infer<typeof FileConflictSchema>;

const ReviewTargetSchema = z.discriminatedUnion('part', [
  z.object({ part: z.literal('block'), blockId: z.string() }),
  z.object({ part: z.literal('section'), sectionId: z.string() }),
  z.object({ part: z.literal('cell'), appendixId: z.string(), rowId: z.string(), columnId: z.string() }),
  z.object({ part: z.literal('row'), appendixId: z.string(), rowId: z.string() }),
  z.object({ part: z.literal('other') }),
]);

/** A tracked change of a returned DOCX, placed on the plan (shared/review's ReviewChange). */
export const ReviewChangeSchema = z.object({
  id: z.string(),
  kind: z.enum(['insert', 'delete', 'replace', 'insert-paragraph', 'delete-paragraph', 'insert-row', 'delete-row']),
  target: ReviewTargetSchema,
  place: z.string(),
  start: z.number(),
  end: z.number(),
  before: z.string(),
  after: z.string(),
  words: z.array(z.object({ op: z.enum(['equal', 'delete', 'insert']), text: z.string() })),
  cells: z.record(z.string(), z.string()).optional(),
  author: z.string(),
  date: z.string(),
});

/** A comment of a returned DOCX, placed on the plan (shared/review's PlacedComment). */
export const PlacedCommentSchema = z.object({
  id: z.string(),
  target: ReviewTargetSchema,
  place: z.string(),
  quote: z.string(),
  start: z.number(),
  author: z.string(),
  date: z.string(),
  text: z.string(),
  resolved: z.boolean(),
  replies: z.array(z.object({ author: z.string(), date: z.string(), text: z.string() })),
});

export const OpenedDocumentSchema = z.object({
  plan: Plan,
  /** Where "Lưu" writes; null when the document has no file of its own yet. */
  path: AbsolutePath.nullable(),
  /** The file as it was read; null when the document has no file of its own. */
  version: FileVersionSchema.nullable(),
  /** Set when the file must not be overwritten: "Lưu" then asks for a new name. */
  readOnly: ReadOnlyReasonSchema.nullable(),
  warnings: z.array(z.string()),
});
export type OpenedDocument = z.infer<typeof OpenedDocumentSchema>;

const VersionId = z.string().regex(/^v\d{1,9}$/u);

/** A version of a plan kept in its history: when, and the name the user gave it ("" for none). */
export const PlanVersionSchema = z.object({
  id: VersionId,
  time: z.string(),
  name: z.string(),
  /** The version it brought back, for a restore. */
  restoredFrom: z.string().optional(),
});
export type PlanVersionInfo = z.infer<typeof PlanVersionSchema>;

export const RecentFileSchema = z.object({
  path: AbsolutePath,
  /** The trích yếu or title, to tell plans apart in the list. */
  title: z.string(),
  openedAt: z.string(),
});
export type RecentFile = z.infer<typeof RecentFileSchema>;

export const RecoveryEntrySchema = z.object({
  id: z.string().regex(/^[A-Za-z0-9-]{1,64}$/u),
  /** The file the unsaved work belongs to, or null for a plan never saved. */
  path: AbsolutePath.nullable(),
  title: z.string(),
  savedAt: z.string(),
});
export type RecoveryEntry = z.infer<typeof RecoveryEntrySchema>;

export const PreferencesSchema = z.object({
  spellCheck: z.boolean().default(true),
  /** Words the user added to the spelling dictionary (NFC). */
  userWords: z.array(z.string().min(1).max(64)).max(5000).default([]),
  /** Seconds between autosaves of unsaved work. */
  autosaveSeconds: z.number().int().min(2).max(60).default(5),
  /** The name written as the author of the comments made in the app ("Nguyễn Văn A, Văn phòng"). */
  authorName: z.string().max(100).default(''),
});
export type Preferences = z.infer<typeof PreferencesSchema>;

export const TemplateSummarySchema = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  system: SystemSchema,
  profile: ProfileIdSchema,
});

/**
 * A file's bytes in base64 (IPC and the harness's HTTP both carry JSON). Imports are capped at
 * 60 MB by the host; a little over that here, since base64 is a third longer.
 */
const Base64 = z
  .string()
  .max(82 * 1024 * 1024)
  .regex(/^[A-Za-z0-9+/]*={0,2}$/u, 'Dữ liệu tệp không đúng dạng base64');
const FileName = z.string().min(1).max(255);
/** A name typed in a picker or a cell: far longer than any organ's name is no name. */
const MAX_AGENCY_QUERY = 500;

/**
 * Names a reading of a received file the page starts (an import, a check), so that its progress
 * reaches the page and the page can stop it. The page makes it up; it is only a label.
 */
const ImportJobId = z.string().regex(/^[A-Za-z0-9-]{1,64}$/u);

export const ImportReportSchema = z.object({
  source: z.enum(['docx', 'docx-model', 'text', 'pdf', 'ocr']),
  counts: z.object({
    header: z.number(),
    references: z.number(),
    sections: z.number(),
    items: z.number(),
    bullets: z.number(),
    paragraphs: z.number(),
    appendices: z.number(),
    groupRows: z.number(),
    dataRows: z.number(),
    recipients: z.number(),
    signer: z.number(),
  }),
  unplaced: z.array(z.object({ where: z.string(), text: z.string(), reason: z.string() })),
  warnings: z.array(z.string()),
  toFill: z.array(z.string()),
});
export type ImportReportData = z.infer<typeof ImportReportSchema>;

const FixValueSchema: z.ZodType = z.lazy(() =>
  z.union([z.string(), z.number(), z.boolean(), z.null(), z.array(FixValueSchema), z.record(z.string(), FixValueSchema)]),
);

export const FindingSchema = z.object({
  ruleId: z.string(),
  severity: z.enum(['lỗi', 'cảnh báo', 'gợi ý']),
  message: z.string(),
  source: z.string(),
  location: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('plan'), path: z.array(z.union([z.string(), z.number()])).readonly(), label: z.string() }),
    z.object({ kind: z.literal('docx'), section: z.number(), paragraph: z.number().optional(), label: z.string() }),
  ]),
  why: z.object({ confidence: z.enum(CONFIDENCES), readIn: z.array(z.string()).readonly(), note: z.string().optional() }).optional(),
  fix: z
    .object({
      kind: z.literal('set-field'),
      path: z.array(z.union([z.string(), z.number()])).readonly(),
      value: FixValueSchema,
      label: z.string(),
    })
    .optional(),
});
export type FindingData = z.infer<typeof FindingSchema>;

const PlacedTextSchema = z.object({
  text: z.string(),
  x: z.number(),
  y: z.number(),
  width: z.number(),
  height: z.number(),
  fontSize: z.number(),
  bold: z.boolean(),
  italic: z.boolean(),
  confidence: z.number().min(0).max(1),
});
const RulingSchema = z.object({ x1: z.number(), y1: z.number(), x2: z.number(), y2: z.number(), thickness: z.number() });

/** A scanned page: the straightened image (PNG data URL) and what OCR read on it, in points. */
export const ScanPageSchema = z.object({
  geometry: z.object({
    page: z.number().int().positive(),
    width: z.number().positive(),
    height: z.number().positive(),
    rotation: z.union([z.literal(0), z.literal(90), z.literal(180), z.literal(270)]),
    texts: z.array(PlacedTextSchema).readonly(),
    rules: z.array(RulingSchema).readonly(),
  }),
  image: z.string().startsWith('data:image/png;base64,'),
});
export type ScanPageData = z.infer<typeof ScanPageSchema>;

export const ImportResultSchema = z.object({
  plan: Plan,
  report: ImportReportSchema,
  scan: z.object({ pages: z.array(ScanPageSchema).readonly(), warnings: z.array(z.string()).readonly() }).optional(),
});
export type ImportResult = z.infer<typeof ImportResultSchema>;

export const SaveKindSchema = z.enum(['plan', 'docx', 'pdf']);
export type SaveKind = z.infer<typeof SaveKindSchema>;

export const MenuCommandSchema = z.enum([
  'new',
  'open',
  'save',
  'saveAs',
  'close',
  'undo',
  'redo',
  'exportDocx',
  'exportDocxForWord',
  'exportPdf',
  'print',
  'find',
  'replace',
  'findNext',
  'findPrevious',
  'toggleProperties',
  'about',
]);
export type MenuCommand = z.infer<typeof MenuCommandSchema>;

function channel<I extends z.ZodType, O extends z.ZodType>(input: I, output: O): { input: I; output: O } {
  return { input, output };
}

// `satisfies Record<ChannelName, …>` on an object literal: a channel missing here, or one that
// channels.ts does not name, fails to compile.
export const CONTRACT = {
  /** What the window starts with: a file to open, the recent list, what a crash left behind. */
  'app.init': channel(
    Empty,
    z.object({
      host: z.enum(['electron', 'harness']),
      openPath: AbsolutePath.nullable(),
      recent: z.array(RecentFileSchema),
      recovery: z.array(RecoveryEntrySchema),
      preferences: PreferencesSchema,
      /** Problems met while starting (a damaged settings file set aside), in Vietnamese. */
      warnings: z.array(z.string()),
    }),
  ),
  'templates.list': channel(Empty, z.array(TemplateSummarySchema)),
  /** A whole template: the child template a clone starts from. */
  'templates.get': channel(z.object({ id: z.string().regex(/^[a-z0-9-]{1,80}$/u) }).strict(), TemplateSchema),
  'documents.create': channel(z.object({ templateId: z.string().regex(/^[a-z0-9-]{1,80}$/u) }).strict(), OpenedDocumentSchema),
  'documents.open': channel(z.object({ path: AbsolutePath }).strict(), OpenedDocumentSchema),
  /** A `.kehoach` chosen in a browser's file input, which gives its content but not its path. */
  'documents.openContent': channel(
    z.object({ name: z.string().min(1).max(255), text: z.string().max(64 * 1024 * 1024) }).strict(),
    OpenedDocumentSchema,
  ),
  /** A plan read without opening it (a superior plan for the coverage view). */
  'documents.read': channel(z.object({ path: AbsolutePath }).strict(), z.object({ plan: Plan })),
  /** The plan with this id where the app last opened or saved it, if the file still holds that plan. */
  'documents.locate': channel(
    z.object({ planId: z.string().min(1).max(200) }).strict(),
    z.object({ path: AbsolutePath, plan: Plan }).nullable(),
  ),
  /**
   * Saves, then records a version in the history beside the file; `historyWarning` says why it
   * could not. `expected` is the file as the document read or last saved it (null for a path just
   * chosen in the save dialog): when the file is no longer that, or a newer version of the app
   * wrote it, nothing is written and the conflict comes back, unless `onConflict` already says
   * what the user chose: "overwrite" writes over it, "keep-both" writes a copy beside it.
   */
  'documents.save': channel(
    z
      .object({
        path: AbsolutePath,
        plan: Plan,
        expected: FileVersionSchema.nullable(),
        onConflict: ON_CONFLICT,
      })
      .strict(),
    z.discriminatedUnion('kind', [
      z.object({
        kind: z.literal('saved'),
        path: AbsolutePath,
        savedAt: z.string(),
        version: FileVersionSchema,
        historyWarning: z.string().optional(),
      }),
      z.object({ kind: z.literal('conflict'), conflict: FileConflictSchema }),
    ]),
  ),
  /** The versions kept beside an opened plan's file, newest first. */
  'versions.list': channel(z.object({ path: AbsolutePath }).strict(), z.array(PlanVersionSchema)),
  /** A version read, to open read-only (its `readOnly.kind` is "version") or to compare; nothing is written. */
  'versions.open': channel(z.object({ path: AbsolutePath, id: VersionId }).strict(), OpenedDocumentSchema),
  /**
   * A version saved back as the plan, recorded as the newest version; the plan as now saved. Like
   * `documents.save`, a file changed by someone else since `expected` comes back as a conflict
   * until `onConflict` says what the user chose.
   */
  'versions.restore': channel(
    z.object({ path: AbsolutePath, id: VersionId, expected: FileVersionSchema.nullable(), onConflict: ON_CONFLICT }).strict(),
    z.discriminatedUnion('kind', [
      OpenedDocumentSchema.extend({ kind: z.literal('restored'), savedAt: z.string() }),
      z.object({ kind: z.literal('conflict'), conflict: FileConflictSchema }),
    ]),
  ),
  'versions.name': channel(z.object({ path: AbsolutePath, id: VersionId, name: z.string().max(200) }).strict(), z.array(PlanVersionSchema)),
  /**
   * Copies unsaved work to the recovery folder (never to the plan's file). `version` is the file
   * the work was read from; the answer says whether someone else has changed that file since.
   */
  'recovery.save': channel(
    z
      .object({ id: RecoveryEntrySchema.shape.id, path: AbsolutePath.nullable(), version: FileVersionSchema.nullable(), plan: Plan })
      .strict(),
    z.object({ conflict: FileConflictSchema.nullable() }),
  ),
  'recovery.restore': channel(
    z.object({ id: RecoveryEntrySchema.shape.id }).strict(),
    z.object({ plan: Plan, path: AbsolutePath.nullable(), version: FileVersionSchema.nullable() }),
  ),
  'recovery.discard': channel(z.object({ id: RecoveryEntrySchema.shape.id }).strict(), Ok),
  /** The recent list alone, read again after a save (app.init also hands over the file to open). */
  'recent.list': channel(Empty, z.array(RecentFileSchema)),
  'recent.remove': channel(z.object({ path: AbsolutePath }).strict(), z.array(RecentFileSchema)),
  // Every field named: a partial object must not reset the others to their defaults (an empty
  // one wiped the user's dictionary).
  'preferences.set': channel(PreferencesSchema.required().strict(), PreferencesSchema),
  'agencies.get': channel(Empty, CheckedDirectorySchema),
  /**
   * Whether the user has chosen the home province (the directory's `province`), or it is still the
   * shipped one; the one it reads now and those the directory has.
   */
  'agencies.province': channel(Empty, z.object({ chosen: z.boolean(), province: z.string(), provinces: z.array(z.string()) })),
  /**
   * The organs a name typed in a picker stands for, best first. Searched in main, which holds the
   * directory's names: preparing them took the window's thread seconds.
   */
  'agencies.search': channel(
    z.object({ query: z.string().max(MAX_AGENCY_QUERY), limit: z.number().int().min(1).max(50) }).strict(),
    z.array(z.object({ organ: OrganSchema, via: z.string(), successor: z.string() })),
  ),
  /** What an agency cell offers for the text typed so far: organs in existence and collective phrases. */
  'agencies.suggest': channel(
    z.object({ query: z.string().max(MAX_AGENCY_QUERY) }).strict(),
    z.array(z.object({ name: z.string(), matched: z.string(), kind: z.enum(['organ', 'collective']) })),
  ),
  /** The home province, one of the directory's provinces; "" goes back to the shipped one. The directory as it now reads. */
  'agencies.setProvince': channel(z.object({ province: z.string().max(60) }).strict(), CheckedDirectorySchema),
  /** A superior plan as it arrives: DOCX, PDF or text, recognized with a report; nothing is opened. */
  /**
   * `revisions`: what to do with the tracked changes and comments a reviewed DOCX still has; a
   * DOCX that has some is refused without it (ask first with `import.pendingReview`).
   */
  'import.file': channel(
    z.object({ name: FileName, data: Base64, revisions: z.enum(['accept', 'reject']).optional(), jobId: ImportJobId.optional() }).strict(),
    ImportResultSchema,
  ),
  /** How many tracked changes and comments a reviewed DOCX still has (all 0 for any other file). */
  'import.pendingReview': channel(
    z.object({ name: FileName, data: Base64, jobId: ImportJobId.optional() }).strict(),
    z.object({ insertions: z.number(), deletions: z.number(), moves: z.number(), formatting: z.number(), comments: z.number() }),
  ),
  'import.text': channel(
    z
      .object({
        text: z
          .string()
          .min(1)
          .max(10 * 1024 * 1024),
      })
      .strict(),
    ImportResultSchema,
  ),
  /** Stops the reading named `jobId`: its process ends, and its call answers that it was stopped. */
  'import.cancel': channel(z.object({ jobId: ImportJobId }).strict(), Ok),
  /**
   * A DOCX returned after review, read against the open plan: its tracked changes and comments,
   * each placed on the plan (our own export by its embedded model's ids, another file by position
   * and wording). Nothing is applied or written.
   */
  'review.docx': channel(
    z.object({ plan: Plan, name: FileName, data: Base64 }).strict(),
    z.object({ source: z.enum(['model', 'content']), changes: z.array(ReviewChangeSchema), comments: z.array(PlacedCommentSchema) }),
  ),
  /** The format findings of a received DOCX, without importing it. */
  'check.docx': channel(z.object({ name: FileName, data: Base64 }).strict(), z.object({ findings: z.array(FindingSchema) })),
  /** A copy of a received DOCX with its findings as Word comments, written where the user chose. */
  'check.annotateDocx': channel(
    z.object({ name: FileName, data: Base64, path: AbsolutePath }).strict(),
    z.object({ path: AbsolutePath, comments: z.number() }),
  ),
  /** The plan as the PDF export prints it, for the page preview. */
  'preview.pdf': channel(z.object({ plan: Plan }).strict(), z.object({ data: Base64, pages: z.number() })),
  /** Prints through the system: the PDF opened in the system's viewer (the harness only writes it). */
  'print.pdf': channel(z.object({ plan: Plan }).strict(), z.object({ path: AbsolutePath })),
  /** `wordNumbering`: sections and items numbered by Word's own list, for editing on in Word. */
  'export.docx': channel(
    z.object({ path: AbsolutePath, plan: Plan, wordNumbering: z.boolean().default(false) }).strict(),
    z.object({ path: AbsolutePath, bytes: z.number() }),
  ),
  /** The góp ý summary table of the plan's comments and decided changes, as DOCX where the user chose. */
  'feedback.docx': channel(
    z.object({ path: AbsolutePath, plan: Plan, grouping: z.enum(['unit', 'part']) }).strict(),
    z.object({ path: AbsolutePath, bytes: z.number() }),
  ),
  'export.pdf': channel(
    z.object({ path: AbsolutePath, plan: Plan }).strict(),
    z.object({ path: AbsolutePath, bytes: z.number(), pages: z.number() }),
  ),
  /** Asks where to write; null when the user cancelled. The answer is the only path a save may use. */
  'dialog.saveFile': channel(
    z.object({ kind: SaveKindSchema, defaultName: z.string().min(1).max(255) }).strict(),
    z.object({ path: AbsolutePath }).nullable(),
  ),
  /** The native open dialog (menu and shortcut); the in-page button uses a file input instead. */
  'dialog.openPlan': channel(Empty, z.object({ path: AbsolutePath }).nullable()),
  /** The native folder dialog; the answer is the only folder the tracking channels may read. */
  'dialog.openFolder': channel(Empty, z.object({ path: AbsolutePath }).nullable()),
  /** Reads a tracking workspace and watches it: `tracking.changed` says when its files change. */
  'tracking.open': channel(z.object({ folder: AbsolutePath }).strict(), TrackingViewSchema),
  'tracking.close': channel(z.object({ folder: AbsolutePath }).strict(), Ok),
  /** Which file of the folder is the parent plan being tracked. */
  'tracking.setParent': channel(z.object({ folder: AbsolutePath, file: TrackedFileName }).strict(), TrackingViewSchema),
  /** The unit that sent a file, set by the user (null: as read from the issuer again). */
  'tracking.setUnit': channel(
    z
      .object({
        folder: AbsolutePath,
        file: TrackedFileName,
        unitId: z
          .string()
          .regex(/^[a-z0-9-]{1,80}$/u)
          .nullable(),
      })
      .strict(),
    TrackingViewSchema,
  ),
  /** A received plan opened in the editor (a .kehoach as its file, anything else unsaved). */
  'tracking.openPlan': channel(z.object({ folder: AbsolutePath, file: TrackedFileName }).strict(), OpenedDocumentSchema),
  'tracking.exportReport': channel(
    z.object({ folder: AbsolutePath, path: AbsolutePath, kind: z.enum(['docx', 'pdf']) }).strict(),
    z.object({ path: AbsolutePath, bytes: z.number() }),
  ),
  'tracking.exportReminder': channel(
    z.object({ folder: AbsolutePath, unitId: z.string().min(1).max(80), path: AbsolutePath, kind: z.enum(['docx', 'pdf']) }).strict(),
    z.object({ path: AbsolutePath, bytes: z.number() }),
  ),
  'shell.showInFolder': channel(z.object({ path: AbsolutePath }).strict(), Ok),
  'window.setState': channel(z.object({ title: z.string().max(300), dirty: z.boolean() }).strict(), Ok),
  /** Closes the window after the renderer has dealt with unsaved work. */
  'window.close': channel(Empty, Ok),
} as const satisfies Record<ChannelName, { input: z.ZodType; output: z.ZodType }>;

export type Contract = typeof CONTRACT;
export type Channel = keyof Contract;
export type ChannelInput<C extends Channel> = z.input<Contract[C]['input']>;
export type ChannelOutput<C extends Channel> = z.output<Contract[C]['output']>;

export function isChannel(name: unknown): name is Channel {
  return typeof name === 'string' && Object.hasOwn(CONTRACT, name);
}

/** Events the host pushes to the renderer. */
export const EVENTS = {
  'menu.command': MenuCommandSchema,
  /** A file to open, from the command line, a second launch or the OS (double-click). */
  'app.openPath': z.object({ path: AbsolutePath }),
  /** The user asked to close the window: the renderer settles unsaved work, then calls window.close. */
  'window.closeRequested': z.object({}),
  /** Files of an open tracking folder changed: the renderer reads it again. */
  'tracking.changed': z.object({ folder: AbsolutePath }),
  /** A reading of a received file got further (page by page for a PDF or a scan). */
  'import.progress': z.object({ jobId: ImportJobId, page: z.number(), pages: z.number(), message: z.string() }),
} as const satisfies Record<EventName, z.ZodType>;
export type EventPayload<E extends EventName> = z.output<(typeof EVENTS)[E]>;
