/**
 * The source model inside the DOCX as a custom XML part (`customXml/item1.xml`, related from the
 * main document with its `itemProps` part), so re-importing our own DOCX is lossless.
 */
import type JSZip from 'jszip';
import { embeddedModelOf, fingerprint, MODEL_NAMESPACE, modelPartXml, type EmbeddedModel } from '../../markup';
import { putText } from './zip-text';
const ITEM = 'customXml/item1.xml';
const PROPS = 'customXml/itemProps1.xml';
const REL_CUSTOM_XML = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml';
const REL_PROPS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps';

function guidFrom(seed: string): string {
  const h = [0, 1, 2, 3]
    .map((i) => fingerprint(`${i}:${seed}`))
    .join('')
    .toUpperCase();
  return `{${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}}`;
}

async function readText(zip: JSZip, path: string): Promise<string> {
  const file = zip.file(path);
  if (file === null) throw new Error(`Thiếu phần ${path} trong tệp DOCX`);
  return file.async('string');
}

export async function embedModel(zip: JSZip, modelJson: string, planId: string): Promise<void> {
  putText(zip, ITEM, modelPartXml(modelJson, await readText(zip, 'word/document.xml')));
  putText(
    zip,
    PROPS,
    `<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n<ds:datastoreItem ds:itemID="${guidFrom(planId)}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs><ds:schemaRef ds:uri="${MODEL_NAMESPACE}"/></ds:schemaRefs></ds:datastoreItem>`,
  );
  putText(
    zip,
    'customXml/_rels/item1.xml.rels',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL_PROPS}" Target="itemProps1.xml"/></Relationships>`,
  );
  const rels = await readText(zip, 'word/_rels/document.xml.rels');
  putText(
    zip,
    'word/_rels/document.xml.rels',
    rels.replace('</Relationships>', `<Relationship Id="rIdKehoachModel" Type="${REL_CUSTOM_XML}" Target="../${ITEM}"/></Relationships>`),
  );
  const types = await readText(zip, '[Content_Types].xml');
  putText(
    zip,
    '[Content_Types].xml',
    types.replace(
      '</Types>',
      `<Override ContentType="application/vnd.openxmlformats-officedocument.customXmlProperties+xml" PartName="/${PROPS}"/></Types>`,
    ),
  );
}

/** Finds our model in any custom XML part of a DOCX, or returns null. */
export async function readEmbeddedModel(zip: JSZip): Promise<EmbeddedModel | null> {
  const parts = await Promise.all(zip.file(/^customXml\/item\d+\.xml$/).map((part) => part.async('string')));
  if (parts.length === 0) return null;
  return embeddedModelOf(parts, await readText(zip, 'word/document.xml'));
}
