/**
 * Page sections (w:sectPr): page size, orientation, margins, first-page flag and the headers and
 * footers each section shows, read from their parts. A section without its own reference of a
 * type shows the previous section's, as in Word.
 */
import type { Element } from '@xmldom/xmldom';
import type JSZip from 'jszip';
import { readStoryParagraphs } from './body';
import type { ReadContext } from './paragraph';
import { readPart } from './safe-zip';
import type { DocxHeaderFooter, DocxHeaderFooterSet, DocxSection } from './types';
import { R, attr, child, children, numberAttr, onOff, parseXml } from './xml';

type Kind = 'default' | 'first' | 'even';
const KINDS: readonly Kind[] = ['default', 'first', 'even'];
const A4 = { w: 11906, h: 16838 };

async function readStory(
  zip: JSZip,
  path: string,
  ctx: ReadContext,
  cache: Map<string, DocxHeaderFooter | null>,
): Promise<DocxHeaderFooter | null> {
  if (cache.has(path)) return cache.get(path) ?? null;
  const source = await readPart(zip, path);
  const story =
    source === null
      ? null
      : (() => {
          const paragraphs = readStoryParagraphs(parseXml(source, path), ctx);
          return { paragraphs, hasPageField: paragraphs.some((p) => p.hasPageField) };
        })();
  cache.set(path, story);
  return story;
}

async function readSet(
  sectPr: Element | null,
  tag: 'headerReference' | 'footerReference',
  previous: DocxHeaderFooterSet | null,
  env: { zip: JSZip; rels: Map<string, string>; ctx: ReadContext; cache: Map<string, DocxHeaderFooter | null> },
): Promise<DocxHeaderFooterSet> {
  const set: Record<Kind, DocxHeaderFooter | null> = { default: null, first: null, even: null };
  for (const kind of KINDS) {
    const ref = sectPr === null ? undefined : children(sectPr, tag).find((el) => (attr(el, 'type') ?? 'default') === kind);
    const target = ref === undefined ? undefined : env.rels.get(attr(ref, 'id', R) ?? '');
    set[kind] = target === undefined ? (previous?.[kind] ?? null) : await readStory(env.zip, target, env.ctx, env.cache);
  }
  return set;
}

export async function readSections(
  sectionProps: readonly (Element | null)[],
  zip: JSZip,
  rels: Map<string, string>,
  ctx: ReadContext,
): Promise<DocxSection[]> {
  const env = { zip, rels, ctx, cache: new Map<string, DocxHeaderFooter | null>() };
  const sections: DocxSection[] = [];
  for (const sectPr of sectionProps) {
    const previous = sections[sections.length - 1];
    const size = child(sectPr, 'pgSz');
    const margin = child(sectPr, 'pgMar');
    const w = numberAttr(size, 'w') ?? A4.w;
    const h = numberAttr(size, 'h') ?? A4.h;
    const pt = (name: string): number => (numberAttr(margin, name) ?? 0) / 20;
    const orient = attr(size, 'orient');
    sections.push({
      widthPt: w / 20,
      heightPt: h / 20,
      orientation: orient === 'landscape' || (orient === null && w > h) ? 'landscape' : 'portrait',
      margins: {
        topPt: pt('top'),
        bottomPt: pt('bottom'),
        leftPt: pt('left'),
        rightPt: pt('right'),
        headerPt: pt('header'),
        footerPt: pt('footer'),
      },
      titlePage: onOff(child(sectPr, 'titlePg')) ?? false,
      pageNumberStart: numberAttr(child(sectPr, 'pgNumType'), 'start'),
      headers: await readSet(sectPr, 'headerReference', previous?.headers ?? null, env),
      footers: await readSet(sectPr, 'footerReference', previous?.footers ?? null, env),
    });
  }
  return sections;
}
