/**
 * Word's formatting cascade: document defaults (w:docDefaults), then the paragraph style and the
 * styles it is based on, then character styles, then direct formatting. Each layer is a partial
 * set of properties; later layers override earlier ones.
 */
import type { Element } from '@xmldom/xmldom';
import { ownEntry } from '../../model';
import type { DocxAlignment, DocxLineSpacing } from './types';
import { A, attr, child, children, numberAttr, onOff, parseXml } from './xml';

export interface ParagraphProps {
  alignment?: DocxAlignment;
  leftPt?: number;
  rightPt?: number;
  firstLinePt?: number;
  beforePt?: number;
  afterPt?: number;
  line?: DocxLineSpacing;
  numId?: string;
  ilvl?: number;
  pageBreakBefore?: boolean;
  /** A bottom border (w:pBdr/w:bottom); "none"/"nil" switches off a border the style set. */
  bottomBorder?: boolean;
}

export interface RunProps {
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  caps?: boolean;
  superscript?: boolean;
  font?: string;
  sizePt?: number;
}

const MAX_STYLE_CHAIN = 32;

interface StyleDef {
  readonly name: string;
  readonly basedOn: string | null;
  readonly pPr: ParagraphProps;
  readonly rPr: RunProps;
}

export interface ThemeFonts {
  readonly major: string;
  readonly minor: string;
}

const ALIGN: Readonly<Record<string, DocxAlignment>> = {
  left: 'left',
  start: 'left',
  center: 'center',
  right: 'right',
  end: 'right',
  both: 'justify',
  distribute: 'justify',
};

function twipsToPt(value: number | null): number | undefined {
  return value === null ? undefined : value / 20;
}

function assignDefined<T extends object>(target: T, source: { readonly [K in keyof T]?: T[K] | undefined }): T {
  for (const [key, value] of Object.entries(source)) {
    if (value !== undefined) (target as Record<string, unknown>)[key] = value;
  }
  return target;
}

export function mergeProps<T extends object>(...layers: readonly T[]): T {
  const out = {} as T;
  for (const layer of layers) assignDefined(out, layer);
  return out;
}

export function readParagraphProps(pPr: Element | null): ParagraphProps {
  if (pPr === null) return {};
  const props: ParagraphProps = {};
  const jc = attr(child(pPr, 'jc'), 'val');
  const alignment = jc === null ? undefined : ownEntry(ALIGN, jc);
  if (alignment !== undefined) props.alignment = alignment;
  const ind = child(pPr, 'ind');
  if (ind !== null) {
    const left = twipsToPt(numberAttr(ind, 'left') ?? numberAttr(ind, 'start'));
    const right = twipsToPt(numberAttr(ind, 'right') ?? numberAttr(ind, 'end'));
    const hanging = numberAttr(ind, 'hanging');
    const first = hanging !== null ? -hanging / 20 : twipsToPt(numberAttr(ind, 'firstLine'));
    assignDefined(props, { leftPt: left, rightPt: right, firstLinePt: first });
  }
  const spacing = child(pPr, 'spacing');
  if (spacing !== null) {
    assignDefined(props, { beforePt: twipsToPt(numberAttr(spacing, 'before')), afterPt: twipsToPt(numberAttr(spacing, 'after')) });
    const line = numberAttr(spacing, 'line');
    if (line !== null) {
      const rule = attr(spacing, 'lineRule');
      props.line = rule === 'exact' || rule === 'atLeast' ? { rule, pt: line / 20 } : { rule: 'multiple', value: line / 240 };
    }
  }
  const numPr = child(pPr, 'numPr');
  if (numPr !== null) {
    const numId = attr(child(numPr, 'numId'), 'val');
    const ilvl = numberAttr(child(numPr, 'ilvl'), 'val');
    if (numId !== null) props.numId = numId;
    if (ilvl !== null) props.ilvl = ilvl;
  }
  const breakBefore = onOff(child(pPr, 'pageBreakBefore'));
  if (breakBefore !== null) props.pageBreakBefore = breakBefore;
  const bottom = child(child(pPr, 'pBdr'), 'bottom');
  if (bottom !== null) props.bottomBorder = !['none', 'nil'].includes(attr(bottom, 'val') ?? '');
  return props;
}

function themeFont(name: string | null, theme: ThemeFonts): string | undefined {
  if (name === null) return undefined;
  return name.startsWith('major') ? theme.major : theme.minor;
}

export function readRunProps(rPr: Element | null, theme: ThemeFonts): RunProps {
  if (rPr === null) return {};
  const props: RunProps = {};
  const toggles: [keyof RunProps, string][] = [
    ['bold', 'b'],
    ['italic', 'i'],
    ['caps', 'caps'],
  ];
  for (const [key, tag] of toggles) {
    const value = onOff(child(rPr, tag));
    if (value !== null) (props as Record<string, unknown>)[key] = value;
  }
  const u = child(rPr, 'u');
  if (u !== null) props.underline = attr(u, 'val') !== 'none';
  const vert = attr(child(rPr, 'vertAlign'), 'val');
  if (vert !== null) props.superscript = vert === 'superscript';
  const fonts = child(rPr, 'rFonts');
  if (fonts !== null) {
    const font = attr(fonts, 'ascii') ?? attr(fonts, 'hAnsi') ?? themeFont(attr(fonts, 'asciiTheme') ?? attr(fonts, 'hAnsiTheme'), theme);
    if (font !== undefined) props.font = font;
  }
  const size = numberAttr(child(rPr, 'sz'), 'val');
  if (size !== null) props.sizePt = size / 2;
  return props;
}

export function readThemeFonts(source: string | null): ThemeFonts {
  if (source === null) return { major: '', minor: '' };
  const root = parseXml(source, 'word/theme/theme1.xml');
  const scheme = child(child(root, 'themeElements', A), 'fontScheme', A);
  const latin = (kind: string): string => child(child(scheme, kind, A), 'latin', A)?.getAttribute('typeface') ?? '';
  return { major: latin('majorFont'), minor: latin('minorFont') };
}

export class StyleSheet {
  private readonly styles = new Map<string, StyleDef>();
  private readonly defaultParagraphStyle: string;
  private readonly docDefaults: { pPr: ParagraphProps; rPr: RunProps };
  private readonly resolved = new Map<string, { pPr: ParagraphProps; rPr: RunProps }>();

  constructor(
    source: string | null,
    readonly theme: ThemeFonts,
  ) {
    let defaultStyle = '';
    let pDefault: ParagraphProps = {};
    let rDefault: RunProps = {};
    if (source !== null) {
      const root = parseXml(source, 'word/styles.xml');
      const defaults = child(root, 'docDefaults');
      pDefault = readParagraphProps(child(child(defaults, 'pPrDefault'), 'pPr'));
      rDefault = readRunProps(child(child(defaults, 'rPrDefault'), 'rPr'), theme);
      for (const style of children(root, 'style')) {
        const id = attr(style, 'styleId') ?? '';
        if (attr(style, 'type') === 'paragraph' && ['1', 'true', 'on'].includes(attr(style, 'default') ?? '')) defaultStyle = id;
        this.styles.set(id, {
          name: attr(child(style, 'name'), 'val') ?? id,
          basedOn: attr(child(style, 'basedOn'), 'val'),
          pPr: readParagraphProps(child(style, 'pPr')),
          rPr: readRunProps(child(style, 'rPr'), theme),
        });
      }
    }
    this.defaultParagraphStyle = defaultStyle;
    this.docDefaults = { pPr: pDefault, rPr: rDefault };
  }

  /** The style id a paragraph without w:pStyle uses. */
  paragraphStyleId(explicit: string | null): string {
    return explicit ?? this.defaultParagraphStyle;
  }

  styleName(id: string): string {
    return this.styles.get(id)?.name ?? id;
  }

  /**
   * The style and those it is based on, the base first. Stops at a loop, and after
   * MAX_STYLE_CHAIN styles: real chains are a few levels deep, a hostile one could be 100,000.
   */
  private chain(id: string): StyleDef[] {
    const chain: StyleDef[] = [];
    const seen = new Set<string>();
    for (let current: string | null = id; current !== null && !seen.has(current) && chain.length < MAX_STYLE_CHAIN;) {
      seen.add(current);
      const style = this.styles.get(current);
      if (style === undefined) break;
      chain.push(style);
      current = style.basedOn;
    }
    return chain.reverse();
  }

  /** Properties of a style with its basedOn chain, document defaults included. */
  resolve(id: string): { pPr: ParagraphProps; rPr: RunProps } {
    const cached = this.resolved.get(id);
    if (cached !== undefined) return cached;
    const chain = this.chain(id);
    const result = {
      pPr: mergeProps(this.docDefaults.pPr, ...chain.map((s) => s.pPr)),
      rPr: mergeProps(this.docDefaults.rPr, ...chain.map((s) => s.rPr)),
    };
    this.resolved.set(id, result);
    return result;
  }

  /** A character style's own chain, without document defaults (they come from the paragraph). */
  characterProps(id: string | null): RunProps {
    if (id === null) return {};
    return mergeProps(...this.chain(id).map((s) => s.rPr));
  }
}
