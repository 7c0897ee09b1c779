/**
 * The house's layers as an allow-list: each folder, what it is for, which folders and packages it
 * may import. A file in no listed folder, an import of an unlisted folder and an unlisted package
 * are all lint errors (lint/layer-rule.js); the README's map is printed from this list
 * (scripts/house-map.mjs) and checked against it in tests.
 *
 * `imports` names folders earlier in this list (the order is bottom-up, so no cycle can be
 * written); "shared/*" means every folder of shared/. Node's own modules are the package "node:*".
 * A folder's files import each other freely; a nested folder listed on its own is its own layer.
 */
const UI = ['react', 'react-dom', 'slate', 'slate-react', 'slate-history'];
const BASE = ['shared/*', 'renderer/host', 'renderer/components', 'renderer/state', 'renderer/base'];

/** A feature folder of the window: the base, the features it names (listed before it), its own packages. */
function feature(folder, purpose, features, packages = []) {
  return { folder, purpose, imports: [...BASE, ...features], packages: [...UI, ...packages] };
}

/** The window's features, which renderer/app imports and which import only the base and each other. */
const FEATURES = [
  feature('renderer/spell', 'spell checking in the editor', []),
  feature('renderer/editor', 'the Slate editor of sections and its rules (lists, paste, cross-references)', ['renderer/spell']),
  feature('renderer/preview', 'the page preview (pdf.js in a worker)', ['renderer/editor'], ['pdfjs-dist']),
  feature('renderer/check', 'the checker’s panel and its worker', []),
  feature('renderer/export', 'export to DOCX and PDF, with the questions before it', ['renderer/check']),
  feature('renderer/clone', 'cloning a superior’s plan and the coverage view', ['renderer/preview']),
  feature('renderer/compare', 'the side-by-side compare view', []),
  feature('renderer/versions', 'the versions tab', ['renderer/compare']),
  feature('renderer/find', 'find and replace', ['renderer/check', 'renderer/editor']),
  feature('renderer/properties', 'the properties panel', ['renderer/check']),
  feature('renderer/appendix', 'the appendix grid', [], ['@tanstack/react-virtual']),
  feature('renderer/import', 'importing a received document, scans beside the plan', []),
  feature('renderer/outline', 'the outline of sections and appendices', []),
  feature('renderer/comments', 'comments on the plan, a returned Word file’s tracked changes one by one, the góp ý table', [
    'renderer/check',
    'renderer/editor',
    'renderer/find',
  ]),
  feature('renderer/tracking', 'the tracking screen (Theo dõi triển khai)', ['renderer/export'], ['@tanstack/react-virtual']),
];

/** @type {readonly { folder: string, purpose: string, imports: readonly string[], packages: readonly string[] }[]} */
export const LAYERS = [
  // shared/: pure TypeScript, runs in Node, the browser and workers alike.
  {
    folder: 'shared/markup',
    purpose: 'XML and HTML text: character references, a Word body’s visible text and fingerprint, our model’s part',
    imports: [],
    packages: [],
  },
  { folder: 'shared/spell', purpose: 'Vietnamese syllables, tones, spelling suggestions', imports: [], packages: [] },
  {
    folder: 'shared/model',
    purpose: 'the plan: schemas, numbering, dates, item markers, citations, the agency directory, migrations',
    imports: [],
    packages: ['zod'],
  },
  {
    folder: 'shared/format',
    purpose: 'rule profiles (NĐ 30, HD 36, HD 05) as data, one function per concept the systems write differently',
    imports: ['shared/model', 'shared/spell'],
    packages: [],
  },
  {
    folder: 'shared/suggest',
    purpose: 'what the app offers as the user types: agencies, deadlines, the row filter, accent-free search keys',
    imports: ['shared/model'],
    packages: [],
  },
  {
    folder: 'shared/edit',
    purpose: 'pure edits of a plan: sections, appendices, rows, properties, profile switches',
    imports: ['shared/model', 'shared/format'],
    packages: [],
  },
  {
    folder: 'shared/paste',
    purpose: 'the clipboard: cell ranges, pasted blocks and their markers, lines the importer could not place',
    imports: ['shared/model', 'shared/markup', 'shared/suggest', 'shared/edit'],
    packages: [],
  },
  {
    folder: 'shared/plan-file',
    purpose: 'the .kehoach file: parse, migrate, validate, NFC, the profile its date calls for; write',
    imports: ['shared/model', 'shared/edit'],
    packages: [],
  },
  {
    folder: 'shared/template',
    purpose: 'templates: a plan skeleton with guidance per section, and instantiation',
    imports: ['shared/model', 'shared/format', 'shared/edit'],
    packages: ['zod'],
  },
  {
    folder: 'shared/render',
    purpose: 'layout of a plan (or any document) and its DOCX and print-HTML renderers',
    imports: ['shared/model', 'shared/format', 'shared/markup', 'shared/plan-file'],
    packages: ['docx', 'jszip'],
  },
  {
    folder: 'shared/pdf',
    purpose: 'finishing printed PDFs with pdf-lib: merge, page numbers, fonts, metadata',
    imports: ['shared/model', 'shared/render'],
    packages: ['pdf-lib'],
  },
  {
    folder: 'shared/import',
    purpose: 'reading received documents (DOCX, PDF, layout text, OCR pages) into a plan, with a report',
    // render: an embedded model is trusted only if it renders to the document's visible text.
    imports: ['shared/model', 'shared/spell', 'shared/format', 'shared/markup', 'shared/plan-file', 'shared/render'],
    packages: ['@xmldom/xmldom', 'fflate', 'jszip', 'pdfjs-dist'],
  },
  {
    folder: 'shared/check',
    purpose: 'the checker: findings on a plan or a DOCX, safe fixes, comments in a received file',
    imports: ['shared/model', 'shared/format', 'shared/edit', 'shared/plan-file', 'shared/import'],
    packages: ['@xmldom/xmldom'],
  },
  {
    folder: 'shared/clone',
    purpose: 'a superior’s plan cloned for a unit, with the trace, the report and coverage',
    imports: ['shared/model', 'shared/format', 'shared/plan-file', 'shared/template'],
    packages: [],
  },
  {
    folder: 'shared/track',
    purpose: 'tracking: units × parent tasks from the plans received, the báo cáo and the công văn đôn đốc',
    imports: ['shared/model', 'shared/format', 'shared/plan-file', 'shared/clone'],
    packages: ['zod'],
  },
  { folder: 'shared/find', purpose: 'find and replace across a plan', imports: ['shared/model', 'shared/check'], packages: [] },
  {
    folder: 'shared/compare',
    purpose: 'structural compare of two plans, and the redline',
    imports: ['shared/model', 'shared/render', 'shared/find'],
    packages: ['diff'],
  },
  {
    folder: 'shared/review',
    purpose: 'reviewed Word files: tracked changes and comments placed on the plan',
    imports: ['shared/model', 'shared/plan-file', 'shared/render', 'shared/import', 'shared/find', 'shared/compare'],
    packages: ['@xmldom/xmldom'],
  },
  {
    folder: 'shared/feedback',
    purpose: 'the góp ý summary table',
    imports: ['shared/model', 'shared/format', 'shared/render', 'shared/review'],
    packages: [],
  },
  {
    folder: 'shared/inspect',
    purpose: 'what `kehoach inspect` reports about a plan',
    imports: ['shared/model', 'shared/format'],
    packages: [],
  },
  {
    folder: 'shared/ipc',
    purpose: 'the typed contract between the window and the host: channels, events, the CSP',
    imports: ['shared/model', 'shared/format', 'shared/template', 'shared/track'],
    packages: ['zod'],
  },
  // electron/: the host, thin glue over Node services.
  {
    folder: 'electron/services',
    purpose: 'Node services behind every channel (files, documents, export, OCR, settings), testable without Electron',
    imports: ['shared/*'],
    packages: ['node:*', 'zod', 'conf', 'playwright-core', 'pdfjs-dist', 'tesseract.js', 'utif2', '@napi-rs/canvas'],
  },
  {
    folder: 'electron/isolation',
    purpose: 'received files parsed in a separate process with memory and time limits (utility or child process)',
    imports: ['shared/*', 'electron/services'],
    packages: ['node:*'],
  },
  {
    folder: 'electron/cli',
    purpose: 'the command line (DESIGN.md §4), one module per command',
    imports: ['shared/*', 'electron/services'],
    packages: ['node:*'],
  },
  {
    folder: 'electron/harness',
    purpose: 'the same handlers served over HTTP, for the tests in Chromium',
    imports: ['shared/ipc', 'electron/services', 'electron/isolation'],
    packages: ['node:*', 'conf'],
  },
  { folder: 'electron/pdf', purpose: 'printing PDFs with Electron’s Chromium', imports: ['shared/pdf'], packages: ['node:*', 'electron'] },
  {
    folder: 'electron/preload',
    purpose: 'the window’s only door: one method per channel, the events, a chosen file’s path',
    imports: ['shared/ipc'],
    packages: ['electron'],
  },
  {
    folder: 'electron/main',
    purpose: 'Electron’s main process: windows, menus, protocol, security, updates, the installed CLI',
    imports: ['shared/ipc', 'electron/services', 'electron/isolation', 'electron/cli', 'electron/harness', 'electron/pdf'],
    packages: ['node:*', 'electron', 'electron-store', 'electron-updater'],
  },
  {
    folder: 'electron',
    purpose: 'the command line’s entry (electron/cli.ts)',
    imports: ['electron/services', 'electron/isolation', 'electron/cli'],
    packages: ['node:*'],
  },
  // renderer/: the window, which reaches the host only through shared/ipc; arrows go app → features → base.
  { folder: 'renderer/styles', purpose: 'the stylesheets', imports: [], packages: [] },
  {
    folder: 'renderer/host',
    purpose: 'the one way out: the preload’s API in Electron, HTTP in the harness',
    imports: ['shared/ipc'],
    packages: [],
  },
  { folder: 'renderer/components', purpose: 'small shared widgets', imports: ['shared/model', 'shared/suggest'], packages: UI },
  { folder: 'renderer/state', purpose: 'the open document: store, undo, autosave', imports: ['shared/*', 'renderer/host'], packages: UI },
  {
    folder: 'renderer/base',
    purpose: 'what every feature may use: app and workspace contexts, side-panel context, dialogs, the directory’s answers',
    // host: the agency directory's search is asked of main (use-directory-answer).
    imports: ['shared/*', 'renderer/host'],
    packages: UI,
  },
  ...FEATURES,
  {
    folder: 'renderer/app',
    purpose: 'the top: start screen, workspace, toolbar, side panel, document session',
    imports: [...BASE, ...FEATURES.map((f) => f.folder)],
    packages: UI,
  },
  { folder: 'renderer', purpose: 'the page’s entry (renderer/main.tsx)', imports: ['renderer/app', 'renderer/styles'], packages: UI },
];
