import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { formatReport, importDocx } from '../../../shared/import';
import { DocxReadError, ZIP_LIMITS, readDocx, type DocxDocument, type DocxParagraph, type DocxTable } from '../../../shared/import/docx';
import { summarizePlan, type OutlineNode } from '../../../shared/inspect';
import { type PlanDocument } from '../../../shared/model';
import { parsePlanText } from '../../../shared/plan-file';
import { renderDocx } from '../../../shared/render/docx';
import { buildWordSeed, type WordSeed } from './word-fixture';

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures');
const NOW = new Date('2026-04-15T00:00:00Z');
const fixture = (name: string): PlanDocument => parsePlanText(readFileSync(join(FIXTURES, name), 'utf8'));
const shape = (nodes: readonly OutlineNode[]): unknown[] => nodes.map((n) => [n.number, shape(n.children)]);

/** The structure `inspect` shows, without the texts a human tidied. */
function structure(plan: PlanDocument): unknown {
  const s = summarizePlan(plan);
  return {
    system: s.system,
    number: s.number,
    symbol: s.symbol,
    date: s.date,
    issuer: s.issuer,
    basis: s.basis,
    sections: s.sections.map((x) => [x.number, x.title, shape(x.children)]),
    appendices: s.appendices.map((a) => [a.number, a.title, a.orientation, a.columns, a.groups, a.rows]),
    signer: s.signer,
    recipients: s.recipients,
  };
}

describe('readDocx on a Word document made like a real one', { timeout: 120_000 }, () => {
  let seed: WordSeed;
  let doc: DocxDocument;
  beforeAll(async () => {
    seed = await buildWordSeed();
    doc = await readDocx(seed.bytes);
  }, 120_000);
  const paragraphs = (): DocxParagraph[] => doc.blocks.filter((b): b is DocxParagraph => b.kind === 'paragraph');
  const tables = (): DocxTable[] => doc.blocks.filter((b): b is DocxTable => b.kind === 'table');

  it('resolves run formatting, alignment and Word numbering labels', () => {
    const title = paragraphs().find((p) => p.text === 'KẾ HOẠCH');
    expect(title).toMatchObject({ alignment: 'center', runs: [{ bold: true, font: 'Times New Roman', sizePt: 14 }] });
    expect(
      paragraphs()
        .filter((p) => p.numbering !== null)
        .map((p) => p.numbering?.label),
    ).toEqual(['a)', 'b)']);
  });

  it('reads tables with header rows, spans and borders', () => {
    const [headerBlock, , first, second] = tables();
    expect(headerBlock?.borderless).toBe(true);
    expect(first?.rows[0]?.header).toBe(true);
    expect(second?.rows[0]?.header).toBe(true);
    expect(first?.rows[1]?.cells.map((c) => c.gridSpan)).toEqual([1, 4]);
  });

  it('reads sections with orientation, margins and a header holding the PAGE field', () => {
    expect(doc.sections.map((s) => s.orientation)).toEqual(['portrait', 'landscape']);
    expect(doc.sections[0]?.headers.default?.hasPageField).toBe(true);
    expect(doc.sections[1]?.headers.default?.hasPageField).toBe(true);
    expect(doc.sections[0]?.margins.leftPt).toBeGreaterThan(0);
    expect(doc.blocks.filter((b) => b.section === 1).length).toBeGreaterThan(4);
  });

  it('imports it to the structure of the text seed', async () => {
    const { plan, report } = await importDocx(seed.bytes);
    const s = summarizePlan(plan);
    expect(s).toMatchObject({ system: 'dang', issuer: 'TỈNH ỦY NINH BÌNH', number: '58', symbol: 'KH/TU', date: '2026-04-15' });
    expect(s.sections[0]?.children.map((c) => [c.number, c.children.map((g) => g.number)])).toEqual([
      ['1', ['a', 'b']],
      ['2', []],
    ]);
    expect(s.appendices).toEqual([expect.objectContaining({ number: '', orientation: 'landscape', groups: 7, rows: 47 })]);
    expect(plan.appendices[0]?.rows.filter((r) => r.kind === 'group').map((r) => r.cells.task)).toEqual(
      seed.tasks.filter(([stt]) => /^[IVX]+$/.test(stt)).map(([, title]) => title),
    );
    expect(s.signer).toEqual({ authority: 'T/M BAN THƯỜNG VỤ', position: 'PHÓ BÍ THƯ', name: 'Đinh Thị Lụa' });
    expect(s.recipients).toBe(12);
    expect(report.unplaced).toEqual([]);
  });
});

describe('our own DOCX', { timeout: 120_000 }, () => {
  const numberings = [
    ['numbers as text', false],
    ["Word's numbering", true],
  ] as const;
  for (const name of ['ke-hoach-58-KH-TU.kehoach', 'ke-hoach-bql-thuc-hien-30-KH-UBND.kehoach'])
    for (const [numbers, wordNumbering] of numberings) {
      it(`${name}, ${numbers}: reads back losslessly through the embedded model`, async () => {
        const plan = fixture(name);
        const { plan: back, report } = await importDocx(await renderDocx(plan, { now: NOW, wordNumbering }));
        expect(report.source).toBe('docx-model');
        expect(back).toEqual(plan);
        // Read whole, not recognized: the command line does not print a row of zero counts.
        expect(formatReport(report)).toEqual(['Đọc nguyên vẹn từ mô hình kế hoạch nhúng trong DOCX do Kế hoạch Studio xuất.']);
      });

      it(`${name}, ${numbers}: without the model, the content gives the same structure`, async () => {
        const plan = fixture(name);
        const { plan: back, report } = await importDocx(await renderDocx(plan, { now: NOW, wordNumbering }), { ignoreModel: true });
        expect(report.source).toBe('docx');
        expect(structure(back)).toEqual(structure(plan));
        expect(back.recipients).toEqual(plan.recipients);
        expect(report.unplaced).toEqual([]);
      });
    }

  it('falls back to the content when the document was edited after export', async () => {
    const zip = await JSZip.loadAsync(await renderDocx(fixture('ke-hoach-58-KH-TU.kehoach'), { now: NOW }));
    const xml = await zip.file('word/document.xml')?.async('string');
    zip.file('word/document.xml', (xml ?? '').replace('MỤC TIÊU', 'MỤC TIÊU CHUNG'));
    const { plan, report } = await importDocx(await zip.generateAsync({ type: 'uint8array' }));
    expect(report.source).toBe('docx');
    expect(report.warnings[0]).toMatch(/đã được sửa sau khi xuất/);
    expect(plan.sections[1]?.title).toBe('MỤC TIÊU CHUNG');
  });
});

async function zipOf(files: Record<string, string>): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const [name, content] of Object.entries(files)) zip.file(name, content);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

const MINIMAL =
  '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>KẾ HOẠCH</w:t></w:r></w:p></w:body></w:document>';

/** Rewrites every declared uncompressed size in the central directory. */
function declareSizes(bytes: Uint8Array, size: number): Uint8Array {
  const out = bytes.slice();
  const view = new DataView(out.buffer);
  for (let i = 0; i + 46 <= out.length; i++) {
    if (view.getUint32(i, true) === 0x02014b50) view.setUint32(i + 24, size, true);
  }
  return out;
}

describe('bad DOCX input', { timeout: 60_000 }, () => {
  const limit = ZIP_LIMITS.maxPartChars;
  afterEach(() => {
    ZIP_LIMITS.maxPartChars = limit;
  });
  const rejects = async (bytes: Uint8Array, code: string, message: RegExp): Promise<void> => {
    const error: unknown = await readDocx(bytes).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(DocxReadError);
    expect((error as DocxReadError).code).toBe(code);
    expect((error as DocxReadError).message).toMatch(message);
  };

  it('refuses a zip bomb by its declared sizes before inflating anything', async () => {
    await rejects(declareSizes(await zipOf({ 'word/document.xml': MINIMAL }), 0xfffffff0), 'too-large', /zip bomb/);
  });

  it('stops inflating a part that grows past its cap although its declared size is small', async () => {
    ZIP_LIMITS.maxPartChars = 200_000;
    const bomb = declareSizes(await zipOf({ 'word/document.xml': `${MINIMAL}<!--${'a'.repeat(2_000_000)}-->` }), 100);
    await rejects(bomb, 'too-large', /zip bomb/);
  });

  it('refuses too many entries', async () => {
    const bytes = (await zipOf({ 'word/document.xml': MINIMAL })).slice();
    const view = new DataView(bytes.buffer);
    const eocd = bytes.length - 22;
    view.setUint16(eocd + 10, ZIP_LIMITS.maxEntries + 1, true);
    await rejects(bytes, 'too-large', /zip bomb/);
  });

  it('refuses XML with a DOCTYPE (external entities) without resolving it', async () => {
    const xxe = `<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]>${MINIMAL.replace('KẾ HOẠCH', '&x;')}`;
    await rejects(await zipOf({ 'word/document.xml': xxe }), 'unsafe-xml', /DOCTYPE/);
  });

  it('names encrypted, corrupt and foreign files in Vietnamese', async () => {
    await rejects(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0]), 'encrypted', /mật khẩu/);
    const good = await zipOf({ 'word/document.xml': MINIMAL });
    await rejects(good.slice(0, good.length - 30), 'corrupt', /bị hỏng/);
    await rejects(await zipOf({ 'word/document.xml': '<w:document><w:body>' }), 'corrupt', /không phải XML hợp lệ/);
    await rejects(await zipOf({ 'hello.txt': 'x' }), 'not-docx', /word\/document\.xml/);
    await rejects(new TextEncoder().encode('Kế hoạch'), 'not-docx', /không phải DOCX/);
  });
});
