/**
 * Plan → DOCX bytes: layout, draw with `docx`, then finish the package: the source model as a
 * custom XML part, and fixed timestamps so the same plan gives the same file.
 */
import { Packer } from 'docx';
import JSZip from 'jszip';
import { serializePlan, type PlanDocument } from '../../model';
import { buildLayout, STYLE } from '../layout';
import { docxDocument } from './docx-document';
import { embedModel } from './embedded-model';
import { putText } from './zip-text';

export interface DocxOptions {
  /** Recorded as the document's creation and modification time. */
  readonly now: Date;
}

function w3cDate(date: Date): string {
  return `${date.toISOString().slice(0, 19)}Z`;
}

export async function renderDocx(plan: PlanDocument, options: DocxOptions): Promise<Uint8Array> {
  const layout = buildLayout(plan);
  const packed = await Packer.pack(docxDocument(layout, STYLE.rule), 'uint8array');
  const zip = await JSZip.loadAsync(packed);
  await embedModel(zip, serializePlan(plan), plan.id);
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
