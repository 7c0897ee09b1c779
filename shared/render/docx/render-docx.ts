/**
 * Plan → DOCX bytes: layout, draw with `docx`, then finish the package: the source model as a
 * custom XML part, and fixed timestamps so the same plan gives the same file.
 */
import { Packer } from 'docx';
import JSZip from 'jszip';
import { type PlanDocument } from '../../model';
import { visibleText } from '../../markup';
import { serializePlan } from '../../plan-file';
import { buildLayout, STYLE, type LayoutDocument } from '../layout';
import { docxDocument, type DocxComment } from './docx-document';
import { embedModel } from './embedded-model';
import { layoutWithComments } from './plan-comments';
import { putText } from './zip-text';
import { BODY_LIST, finishBodyList } from './word-list';

export interface DocxOptions {
  /** Recorded as the document's creation and modification time. */
  readonly now: Date;
  /**
   * Sections and items numbered by Word's own multilevel list rather than written as text, for a
   * clerk who goes on editing in Word (see docs/decisions.md for why it is not the default).
   */
  readonly wordNumbering?: boolean;
}

function w3cDate(date: Date): string {
  return `${date.toISOString().slice(0, 19)}Z`;
}

/** Who made the tracked changes of a layout that carries them (a redline), and its comments. */
export interface LayoutDocxOptions extends DocxOptions {
  readonly changeAuthor?: string;
  readonly comments?: readonly DocxComment[];
  /** The plan embedded as our model, for a document that is the plan itself. */
  readonly embed?: PlanDocument;
}

/** The layout drawn with `docx`, as the package that library packs. */
async function packLayout(layout: LayoutDocument, options: LayoutDocxOptions): Promise<JSZip> {
  const ctx = {
    fillerStyle: STYLE.rule,
    change: { author: options.changeAuthor ?? 'Kế hoạch Studio', date: w3cDate(options.now) },
    nextId: 1,
    ...(options.wordNumbering === true
      ? { wordList: { reference: BODY_LIST, styles: new Set((layout.bodyList ?? []).flatMap((level) => level.style ?? [])) } }
      : {}),
  };
  const zip = await JSZip.loadAsync(await Packer.pack(docxDocument(layout, ctx, options.comments), 'uint8array'));
  const numbering = zip.file('word/numbering.xml');
  if (ctx.wordList !== undefined && numbering !== null) {
    putText(zip, 'word/numbering.xml', finishBodyList(await numbering.async('string'), layout.bodyList ?? []));
  }
  return zip;
}

/** Any layout (a plan, a redline, a góp ý table) → DOCX bytes, with fixed timestamps. */
export async function renderLayoutDocx(layout: LayoutDocument, options: LayoutDocxOptions): Promise<Uint8Array> {
  const zip = await packLayout(layout, options);
  if (options.embed !== undefined) await embedModel(zip, serializePlan(options.embed), options.embed.id);
  const core = zip.file('docProps/core.xml');
  if (core !== null) {
    const stamp = w3cDate(options.now);
    const xml = (await core.async('string')).replace(
      /(<dcterms:(created|modified) xsi:type="dcterms:W3CDTF">)[^<]*(<\/dcterms:\2>)/g,
      `$1${stamp}$3`,
    );
    putText(zip, 'docProps/core.xml', xml);
  }
  for (const name of Object.keys(zip.files)) {
    const entry = zip.files[name];
    if (entry !== undefined) entry.date = options.now;
  }
  return zip.generateAsync({
    type: 'uint8array',
    compression: 'DEFLATE',
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  });
}

export async function renderDocx(plan: PlanDocument, options: DocxOptions): Promise<Uint8Array> {
  const { layout, comments } = layoutWithComments(plan, buildLayout(plan));
  return renderLayoutDocx(layout, { ...options, embed: plan, comments });
}

/**
 * The visible text (`visibleText` of the document part) of the DOCX our export makes of a plan:
 * what a DOCX's embedded model must render to before it is trusted. With Word's numbering the
 * numbers are not in the text. The time only stamps the package, never the text.
 */
export async function renderedVisibleText(plan: PlanDocument, wordNumbering = false): Promise<string> {
  const { layout, comments } = layoutWithComments(plan, buildLayout(plan));
  const zip = await packLayout(layout, { now: new Date(0), comments, wordNumbering });
  return visibleText((await zip.file('word/document.xml')?.async('string')) ?? '');
}
