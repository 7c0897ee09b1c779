/**
 * What a DOCX could make Word run or fetch: a VBA project or ActiveX controls, and relationships
 * to resources outside the file (an attached template, linked pictures, frames, OLE links). None
 * is ever run or followed here; they are reported so the user knows the file carried them.
 * Hyperlinks are left out: Word opens them only when clicked, and plans cite laws by link.
 */
import type JSZip from 'jszip';
import { readPart } from './safe-zip';
import type { DocxActiveContent } from './types';

const MACRO_PARTS = /(^|\/)vbaProject\.bin$|^word\/activeX\//i;
const RELATIONSHIP = /<(?:\w+:)?Relationship\b[^<>]*>/g;

function attribute(tag: string, name: string): string {
  const match = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(tag);
  return match === null ? '' : (match[1] ?? match[2] ?? '');
}

export async function readActiveContent(zip: JSZip): Promise<DocxActiveContent> {
  const names = Object.keys(zip.files);
  const externalResources: string[] = [];
  // Tags matched by pattern, not parsed: a broken .rels of a part nobody reads must not fail the import.
  for (const name of names.filter((n) => n.endsWith('.rels'))) {
    for (const tag of ((await readPart(zip, name)) ?? '').match(RELATIONSHIP) ?? []) {
      if (attribute(tag, 'TargetMode') === 'External' && !attribute(tag, 'Type').endsWith('/hyperlink'))
        externalResources.push(attribute(tag, 'Target'));
    }
  }
  return { macros: names.some((n) => MACRO_PARTS.test(n)), externalResources };
}
