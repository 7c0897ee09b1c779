/**
 * What the mutation fuzzers start from, built in the test process: every plan as `.kehoach`
 * text, the seed texts, every plan exported as DOCX plus a Word-made DOCX, and PDFs of plans
 * (Chromium's print when a browser is installed, pdf-lib's otherwise). Plus the tokens each
 * format's edits insert.
 */
import JSZip from 'jszip';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { openChromiumPrinter } from '../../../electron/services/chromium-printer';
import { renderPdf } from '../../../shared/pdf';
import { renderDocx } from '../../../shared/render/docx';
import { serializePlan } from '../../../shared/plan-file';
import { buildWordSeed } from '../../shared/import/word-fixture';
import { hasBrowser } from '../../render-check/page-tools';
import { FIXED_NOW, allPlans, fixturePlan, seedTexts } from '../support/fixtures';

export async function planTexts(): Promise<string[]> {
  return (await allPlans()).map(({ plan }) => serializePlan(plan));
}

export function seedCorpus(): string[] {
  return seedTexts().map((s) => s.text);
}

/** A DOCX as its parts, so edits can reach inside the XML before it is zipped again. */
export type DocxParts = readonly (readonly [string, string | Uint8Array])[];

export async function docxCorpus(): Promise<DocxParts[]> {
  const packages = [
    ...(await Promise.all((await allPlans()).map(({ plan }) => renderDocx(plan, { now: FIXED_NOW })))),
    (await buildWordSeed()).bytes,
  ];
  return Promise.all(
    packages.map(async (bytes) => {
      const zip = await JSZip.loadAsync(bytes);
      return Promise.all(
        Object.values(zip.files)
          .filter((f) => !f.dir)
          .map(async (f): Promise<readonly [string, string | Uint8Array]> => [
            f.name,
            /\.(xml|rels)$/.test(f.name) ? await f.async('string') : await f.async('uint8array'),
          ]),
      );
    }),
  );
}

export async function zipParts(parts: DocxParts): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const [name, content] of parts) zip.file(name, content);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/** A plan laid out with pdf-lib's standard font: ASCII only, but real lines, columns and pages. */
async function pdfLibPlan(objectStreams: boolean): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.TimesRoman);
  let page = pdf.addPage([595, 842]);
  let y = 800;
  const lines = seedTexts()[0]?.text.split('\n') ?? [];
  for (const raw of lines.slice(0, 160)) {
    const text = raw
      .normalize('NFD')
      .replace(/[^\x20-\x7e\t]/g, '')
      .slice(0, 90);
    if (y < 60) {
      page = pdf.addPage([595, 842]);
      y = 800;
    }
    text.split('\t').forEach((cell, i) => {
      page.drawText(cell, { x: 50 + i * 120, y, size: 11, font });
    });
    y -= 15;
  }
  return pdf.save({ useObjectStreams: objectStreams });
}

export async function pdfCorpus(): Promise<Uint8Array[]> {
  const corpus = [await pdfLibPlan(true), await pdfLibPlan(false)];
  if (hasBrowser()) {
    const printer = await openChromiumPrinter();
    try {
      corpus.push((await renderPdf(fixturePlan('ke-hoach-bql-thuc-hien-30-KH-UBND.kehoach'), printer, { now: FIXED_NOW })).bytes);
    } finally {
      await printer.close();
    }
  }
  return corpus;
}

/** Lines and pieces a plan's text is made of, and what breaks readers (tabs, markup, legacy bytes). */
export const TEXT_TOKENS = [
  '\n',
  '\t',
  '  \n',
  '\r\n',
  'I. ',
  'II- ',
  'IV. ',
  '1. ',
  '1.1. ',
  '2.3.1. ',
  'a) ',
  'đ) ',
  '- ',
  '+ ',
  '* ',
  '**',
  '*',
  '_',
  'KẾ HOẠCH',
  'CHƯƠNG TRÌNH',
  'THÔNG BÁO',
  'PHỤ LỤC',
  'Phụ lục II',
  'PHỤ LỤC 3\n',
  'Nơi nhận:',
  '- Lưu: VT.',
  'T/M BAN THƯỜNG VỤ',
  'KT. CHỦ TỊCH',
  'TM. ỦY BAN NHÂN DÂN',
  'Số: 12/KH-UBND',
  'Số 58-KH/TU',
  'ngày 15 tháng 4 năm 2026',
  'ngày 31/02/2026',
  'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  'Độc lập - Tự do - Hạnh phúc',
  'ĐẢNG CỘNG SẢN VIỆT NAM',
  'TỈNH ỦY NINH BÌNH',
  'STT\tNhiệm vụ\tCơ quan chủ trì\tThời gian thực hiện\tGhi chú',
  'I\tNHÓM\t\t\t',
  '1\tViệc\tSở Tài chính\tQuý IV/2026\t',
  '(Kèm theo Kế hoạch số 30/KH-UBND ngày 29/01/2026 của UBND tỉnh)',
  'Căn cứ Nghị quyết số 05-NQ/TU ngày 30/01/2026;',
  './.',
  '-----',
  '}  (để báo cáo)',
  '{',
  'Ç¸c',
  'Kõ ho¹ch',
  'Keá hoaïch',
  '\u00a0',
  '\u200b',
  '\ufeff',
  '\u0000',
  '\ud800',
  'ệ'.normalize('NFD'),
];

/** WordprocessingML pieces: structure, numbering, merges, sections, fields, and wrong values. */
export const OOXML_TOKENS = [
  '<w:p>',
  '</w:p>',
  '<w:r>',
  '</w:r>',
  '<w:t>',
  '</w:t>',
  '<w:t xml:space="preserve"> </w:t>',
  '<w:br/>',
  '<w:tab/>',
  '<w:tbl>',
  '</w:tbl>',
  '<w:tr>',
  '</w:tr>',
  '<w:tc>',
  '</w:tc>',
  '<w:tblHeader/>',
  '<w:gridSpan w:val="0"/>',
  '<w:gridSpan w:val="-3"/>',
  '<w:gridSpan w:val="99999"/>',
  '<w:vMerge/>',
  '<w:vMerge w:val="restart"/>',
  '<w:numPr><w:ilvl w:val="8"/><w:numId w:val="1"/></w:numPr>',
  '<w:numPr><w:ilvl w:val="99"/><w:numId w:val="999"/></w:numPr>',
  '<w:pStyle w:val="Heading1"/>',
  '<w:basedOn w:val="Normal"/>',
  '<w:sectPr><w:pgSz w:w="0" w:h="0" w:orient="landscape"/><w:titlePg/></w:sectPr>',
  '<w:pgMar w:top="-1440" w:left="NaN"/>',
  '<w:headerReference w:type="default" r:id="rId1"/>',
  '<w:footnoteReference w:id="1"/>',
  '<w:fldSimple w:instr="PAGE">',
  '<w:sdt><w:sdtContent>',
  '</w:sdtContent></w:sdt>',
  '<w:customXml>',
  '<w:hyperlink r:id="rId9">',
  '<w:b/>',
  '<w:caps/>',
  '<w:rFonts w:ascii=".VnTime"/>',
  '<w:rFonts w:ascii="VNI-Times"/>',
  '<w:sz w:val="-28"/>',
  '<w:jc w:val="center"/>',
  'w:val="',
  '<w:lvlText w:val="%1.%2.%3.%4.%5.%6.%7.%8.%9."/>',
  '<w:start w:val="-5"/>',
  '<w:numFmt w:val="upperRoman"/>',
  '<w:abstractNumId w:val="0"/>',
  '&amp;',
  '&lt;',
  '&#0;',
  '&#x1F600;',
  '&unknown;',
  '<![CDATA[x]]>',
  '<!-- -->',
  '<?xml version="1.0"?>',
  'xmlns:w="urn:other"',
  'KẾ HOẠCH',
  'PHỤ LỤC',
  'Nơi nhận:',
  'I. MỤC ĐÍCH',
  'contentHash="0"',
  '&lt;plan&gt;',
];

export const PDF_TOKENS = [
  'obj',
  'endobj',
  'stream',
  'endstream',
  ' R ',
  '<<',
  '>>',
  '[',
  ']',
  '/Length 999999',
  '/Length -1',
  '/Type /Page',
  '/Type /Pages',
  '/Kids [1 0 R]',
  '/Count 100000',
  '/Filter /FlateDecode',
  '/Filter /LZWDecode',
  'xref',
  'trailer',
  'startxref',
  '%%EOF',
  '/Encrypt',
  'BT /F1 12 Tf 10 10 Td (x) Tj ET',
  'Tj',
  'TJ',
  '/ToUnicode',
  '/W [0 [1e9]]',
  '9999999999',
  '-0',
  '0 0 R',
  '/Parent 3 0 R',
];
