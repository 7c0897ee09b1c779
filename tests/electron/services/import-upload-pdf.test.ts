/** A PDF chosen in the app reaches the importer as a Node Buffer (decoded from base64) and is read. */
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { importUpload } from '../../../electron/services/import-file';

async function smallPdf(lines: readonly string[]): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.TimesRoman);
  const page = doc.addPage([595, 842]);
  lines.forEach((text, i) => {
    page.drawText(text, { x: 72, y: 760 - i * 20, size: 13, font });
  });
  return doc.save();
}

describe('importUpload of a PDF', () => {
  it('reads the text layer of bytes given as a Buffer, as the import.file channel gives them', async () => {
    const bytes = await smallPdf([
      'KE HOACH',
      'I. MUC DICH, YEU CAU',
      '1. Trien khai ke hoach.',
      'II. TO CHUC THUC HIEN',
      '1. Bao cao ket qua.',
    ]);
    const result = await importUpload('ke-hoach.pdf', Buffer.from(Buffer.from(bytes).toString('base64'), 'base64'));
    expect(result.report.source).toBe('pdf');
    expect(result.plan.sections.map((s) => s.title)).toEqual(['MUC DICH, YEU CAU', 'TO CHUC THUC HIEN']);
  });
});
