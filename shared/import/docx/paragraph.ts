/** One w:p read into a DocxParagraph: resolved formatting, runs with their text, numbering label. */
import type { Element } from '@xmldom/xmldom';
import type { NumberingState } from './numbering';
import { mergeProps, readParagraphProps, readRunProps, type RunProps, type StyleSheet } from './styles';
import type { RevisionView } from './pending-review';
import type { DocxParagraph, DocxRun } from './types';
import { W, attr, child, children, isW } from './xml';

export interface ReadContext {
  readonly styles: StyleSheet;
  readonly numbering: NumberingState;
  /** Tracked changes read as accepted (the reviewer's text) or rejected (the text sent out). */
  readonly revisions: RevisionView;
}

/** Elements that only wrap runs (links, content controls, simple fields). */
const WRAPPERS = new Set(['hyperlink', 'smartTag', 'customXml', 'fldSimple', 'sdt', 'sdtContent', 'bdo', 'dir']);
const INSERTED = new Set(['ins', 'moveTo']);
const DELETED = new Set(['del', 'moveFrom']);

interface RunSink {
  readonly runs: DocxRun[];
  hasPageField: boolean;
  hasDrawing: boolean;
}

/** A run's drawing or VML shape, also inside mc:AlternateContent: how Word draws a short line. */
function containsDrawing(run: Element): boolean {
  return run.getElementsByTagNameNS(W, 'drawing').length > 0 || run.getElementsByTagNameNS(W, 'pict').length > 0;
}

const PAGE_FIELD = /^\s*PAGE\b/;

function runText(run: Element, sink: RunSink): { text: string; footnoteId?: string } {
  let text = '';
  let footnoteId: string | undefined;
  for (const el of children(run)) {
    // Deleted text is reached only when the view rejects the deletion.
    if (isW(el, 't') || isW(el, 'delText')) text += el.textContent ?? '';
    else if (isW(el, 'tab')) text += '\t';
    else if (isW(el, 'br') || isW(el, 'cr')) text += attr(el, 'type') === 'page' ? '' : '\n';
    else if (isW(el, 'noBreakHyphen')) text += '-';
    else if (isW(el, 'instrText') && PAGE_FIELD.test(el.textContent ?? '')) sink.hasPageField = true;
    else if (isW(el, 'footnoteReference')) footnoteId = attr(el, 'id') ?? undefined;
  }
  return footnoteId === undefined ? { text } : { text, footnoteId };
}

function sameFormat(a: DocxRun, b: DocxRun): boolean {
  return (
    a.bold === b.bold &&
    a.italic === b.italic &&
    a.underline === b.underline &&
    a.caps === b.caps &&
    a.superscript === b.superscript &&
    a.font === b.font &&
    a.sizePt === b.sizePt &&
    a.footnoteId === undefined &&
    b.footnoteId === undefined
  );
}

function collectRuns(el: Element, base: RunProps, ctx: ReadContext, sink: RunSink): void {
  for (const node of children(el)) {
    if (isW(node, 'r')) {
      const rPr = child(node, 'rPr');
      const props = mergeProps(base, ctx.styles.characterProps(attr(child(rPr, 'rStyle'), 'val')), readRunProps(rPr, ctx.styles.theme));
      if (containsDrawing(node)) sink.hasDrawing = true;
      const { text, footnoteId } = runText(node, sink);
      if (text === '' && footnoteId === undefined) continue;
      const run: DocxRun = {
        text,
        bold: props.bold ?? false,
        italic: props.italic ?? false,
        underline: props.underline ?? false,
        caps: props.caps ?? false,
        superscript: props.superscript ?? false,
        font: props.font ?? '',
        sizePt: props.sizePt ?? null,
        ...(footnoteId === undefined ? {} : { footnoteId }),
      };
      const last = sink.runs[sink.runs.length - 1];
      if (last !== undefined && sameFormat(last, run)) sink.runs[sink.runs.length - 1] = { ...last, text: last.text + run.text };
      else sink.runs.push(run);
    } else if (node.namespaceURI === W && (INSERTED.has(node.localName ?? '') || DELETED.has(node.localName ?? ''))) {
      const inserted = INSERTED.has(node.localName ?? '');
      if (inserted === (ctx.revisions === 'accept')) collectRuns(node, base, ctx, sink);
    } else if (node.namespaceURI !== null && WRAPPERS.has(node.localName ?? '')) {
      if (isW(node, 'fldSimple') && PAGE_FIELD.test(attr(node, 'instr') ?? '')) sink.hasPageField = true;
      collectRuns(node, base, ctx, sink);
    }
  }
}

export function readParagraph(p: Element, section: number, ctx: ReadContext): DocxParagraph {
  const pPr = child(p, 'pPr');
  const styleId = ctx.styles.paragraphStyleId(attr(child(pPr, 'pStyle'), 'val'));
  const style = ctx.styles.resolve(styleId);
  const props = mergeProps(style.pPr, readParagraphProps(pPr));
  const paragraphRun = mergeProps(style.rPr);
  const sink: RunSink = { runs: [], hasPageField: false, hasDrawing: false };
  collectRuns(p, paragraphRun, ctx, sink);
  const numbering = props.numId === undefined || props.numId === '0' ? null : ctx.numbering.next(props.numId, props.ilvl ?? 0);
  return {
    kind: 'paragraph',
    section,
    styleId,
    styleName: ctx.styles.styleName(styleId),
    alignment: props.alignment ?? 'left',
    indent: { leftPt: props.leftPt ?? 0, rightPt: props.rightPt ?? 0, firstLinePt: props.firstLinePt ?? 0 },
    spacing: { beforePt: props.beforePt ?? 0, afterPt: props.afterPt ?? 0, line: props.line ?? null },
    numbering,
    runs: sink.runs,
    text: sink.runs.map((r) => r.text).join(''),
    hasPageField: sink.hasPageField,
    pageBreakBefore: props.pageBreakBefore ?? false,
    ruled: (props.bottomBorder ?? false) || sink.hasDrawing,
  };
}
