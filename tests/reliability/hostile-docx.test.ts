/**
 * Hostile DOCX files (issue 10, part 3): zip bombs of every shape, XML nested past any real
 * document, external entities, names that climb out of the folder, macros and links to outside
 * resources. Each is refused with its Vietnamese error, or read without running or following
 * anything; the command line writes nothing outside the folder the user chose. Bombs are built
 * here, at test time, never committed.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { checkDocx } from '../../shared/check';
import { importDocx } from '../../shared/import';
import { DocxReadError, readDocx, ZIP_LIMITS, type DocxErrorCode } from '../../shared/import/docx';
import { MAX_LABEL_CHARS } from '../../shared/import/docx/numbering';
import { MAX_XML_DEPTH, MAX_XML_TAGS } from '../../shared/import/docx/xml';
import { renderDocx } from '../../shared/render/docx';
import { runCli } from '../electron/run-cli';
import { PLAN_BODY, PLAN_LINES, R_NS, W_NS, docxEntries, documentXml, paragraph, relationships } from './hostile/docx-parts';
import { FuzzRunner } from './fuzz/runner';
import { createSandbox, type Sandbox } from './hostile/sandbox';
import { startTrapServer, type TrapServer } from './hostile/trap-server';
import { deflatedRun, writeZip } from './hostile/zip-writer';
import { FIXED_NOW, fixturePlan } from './support/fixtures';

async function failure(run: () => Promise<unknown>): Promise<unknown> {
  return run().then(
    () => null,
    (error: unknown) => error,
  );
}

/** Both readers of a DOCX refuse it with the same Vietnamese error. */
async function refused(bytes: Uint8Array, code: DocxErrorCode, message: RegExp): Promise<void> {
  for (const run of [() => importDocx(bytes), () => checkDocx(bytes)]) {
    const error = await failure(run);
    expect(error).toBeInstanceOf(DocxReadError);
    expect((error as DocxReadError).code).toBe(code);
    expect((error as DocxReadError).message).toMatch(message);
  }
}

let sandbox: Sandbox;
beforeEach(() => {
  sandbox = createSandbox();
});
afterEach(() => {
  sandbox.remove();
});

/** Writes the package as an input of the sandbox and runs `kehoach import` on it into the chosen folder. */
async function importThroughCli(name: string, bytes: Uint8Array): Promise<{ code: number; out: string; err: string; output: string }> {
  const input = join(sandbox.inputs, name);
  writeFileSync(input, bytes);
  const output = join(sandbox.chosen, 'ke-hoach.kehoach');
  return { ...(await runCli(['import', input, '-o', output])), output };
}

describe('zip bombs', { timeout: 120_000 }, () => {
  const BOMB = /zip bomb/;

  it('stops inflating a part that is honest about its 100 MB', async () => {
    const document = deflatedRun(
      ' ',
      100 * 1024 * 1024,
      documentXml('<w:p><w:r><w:t>').replace(/<\/w:body><\/w:document>$/, ''),
      '</w:t></w:r></w:p></w:body></w:document>',
    );
    await refused(writeZip([{ name: 'word/document.xml', deflated: document }]), 'too-large', BOMB);
  });

  it('refuses declared sizes over the total cap before inflating anything', async () => {
    // The data is not even deflate: had anything been inflated, the error would be "corrupt".
    const garbage = { bytes: new Uint8Array(64).fill(0xff), size: 0, crc: 0 };
    const each = Math.ceil(ZIP_LIMITS.maxTotalUncompressed / 4);
    const entries = ['word/document.xml', 'word/styles.xml', 'word/numbering.xml', 'word/media/a.png', 'word/media/b.png'].map((name) => ({
      name,
      deflated: garbage,
      declaredSize: each,
    }));
    await refused(writeZip(entries), 'too-large', BOMB);
  });

  it('stops many parts, each honest and under its own cap, at the budget of the whole package', async () => {
    // Forty custom XML parts of 10 MB each, together under the declared-size cap, in 400 kB:
    // the reader reads every one of them; the package budget stops the fifth.
    const block = deflatedRun(' ', ZIP_LIMITS.maxPartChars - 1000, '<x>', '</x>');
    const entries = docxEntries();
    for (let i = 1; i <= 40; i++) entries.push({ name: `customXml/item${String(i)}.xml`, deflated: block });
    const bytes = writeZip(entries);
    expect(bytes.length).toBeLessThan(1_000_000);
    await refused(bytes, 'too-large', BOMB);
  });

  it('reads entries that point at one shared block once: JSZip names them from the local header', async () => {
    // The overlapping bomb (Fifield 2019): forty directory entries share one local header and its data.
    const block = deflatedRun(' ', ZIP_LIMITS.maxPartChars - 1000, '<x>', '</x>');
    const entries = docxEntries();
    const first = entries.length;
    entries.push({ name: 'customXml/item1.xml', deflated: block });
    for (let i = 2; i <= 40; i++) entries.push({ name: `customXml/item${String(i)}.xml`, sameDataAs: first });
    const { plan } = await importDocx(writeZip(entries));
    expect(plan.meta.typeName).toBe('KẾ HOẠCH');
  });

  it('refuses a part that inflates to more than its header says (JSZip checks the length at the end)', async () => {
    const block = deflatedRun(
      ' ',
      1_000_000,
      documentXml('<w:p><w:r><w:t>').replace(/<\/w:body><\/w:document>$/, ''),
      '</w:t></w:r></w:p></w:body></w:document>',
    );
    await refused(writeZip([{ name: 'word/document.xml', deflated: block, declaredSize: 100 }]), 'corrupt', /bị hỏng/);
  });

  it('refuses more entries than the cap', async () => {
    const entries = docxEntries();
    for (let i = entries.length; i <= ZIP_LIMITS.maxEntries; i++) entries.push({ name: `word/media/${String(i)}.txt`, content: 'x' });
    await refused(writeZip(entries), 'too-large', BOMB);
  });

  it('counts the entries JSZip would read, not the number the end record declares (3 declared, 6,000 there)', async () => {
    const entries = docxEntries();
    for (let i = entries.length; i < 6_000; i++) entries.push({ name: `word/media/${String(i)}.txt`, content: 'x' });
    const bytes = writeZip(entries);
    // The end-of-directory record is the last 22 bytes: entries on this disk, then in all.
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    view.setUint16(bytes.length - 22 + 8, 3, true);
    view.setUint16(bytes.length - 22 + 10, 3, true);
    await refused(bytes, 'too-large', BOMB);
  });

  it(`refuses a part with more than ${String(MAX_XML_TAGS)} tags (a million empty paragraphs in 14 kB) before building its DOM`, async () => {
    const bytes = writeZip(docxEntries({ document: documentXml(`${paragraph('KẾ HOẠCH')}${'<w:p/>'.repeat(1_000_000)}`) }));
    expect(bytes.length).toBeLessThan(20_000);
    await refused(bytes, 'too-large', /quá lớn/);
  });

  it('writes nothing when the command line meets a bomb', async () => {
    const run = await importThroughCli(
      'bom.docx',
      writeZip(docxEntries({ document: documentXml(`${paragraph('KẾ HOẠCH')}${'<w:p/>'.repeat(1_000_000)}`) })),
    );
    expect(run.code).toBe(1);
    expect(run.err).toMatch(/quá lớn/);
    expect(sandbox.files()).toEqual([expect.stringMatching(/^inputs\/bom\.docx /)]);
  });
});

describe('XML nested deeper than any document', { timeout: 120_000 }, () => {
  // Deep enough to overflow any recursion, within the tag cap so that depth is what refuses it.
  const DEEP = 20_000;
  const nested = (open: string, inner: string, close: string, depth: number): string =>
    `${open.repeat(depth)}${inner}${close.repeat(depth)}`;
  const cases: [string, (depth: number) => string][] = [
    ['content controls', (d) => nested('<w:sdt><w:sdtContent>', paragraph('KẾ HOẠCH'), '</w:sdtContent></w:sdt>', d)],
    ['tables in tables', (d) => nested('<w:tbl><w:tr><w:tc>', paragraph('KẾ HOẠCH'), '</w:tc></w:tr></w:tbl>', d)],
    ['hyperlinks', (d) => `<w:p>${nested('<w:hyperlink>', '<w:r><w:t>KẾ HOẠCH</w:t></w:r>', '</w:hyperlink>', d)}</w:p>`],
    ['unknown elements', (d) => nested('<x:a xmlns:x="urn:x">', paragraph('KẾ HOẠCH'), '</x:a>', d)],
  ];

  it.each(cases)('refuses %s nested 20,000 deep, before parsing', async (_, body) => {
    await refused(writeZip(docxEntries({ document: documentXml(body(DEEP)) })), 'unsafe-xml', /lồng nhau quá sâu/);
  });

  it.each(cases)('reads %s nested as deep as the cap allows, without overflowing the stack', async (_, body) => {
    // document, body, and the table's three levels per nesting: stay just inside the cap.
    const depth = Math.floor((MAX_XML_DEPTH - 8) / 3);
    const bytes = writeZip(docxEntries({ document: documentXml(PLAN_BODY + body(depth)) }));
    const result = await importDocx(bytes);
    expect(result.plan.meta.typeName).toBe('KẾ HOẠCH');
    await checkDocx(bytes);
  });
});

describe('list counters no document has', { timeout: 120_000 }, () => {
  /** A DOCX whose plan lines are followed by `count` paragraphs of a list in `format` starting at `start`. */
  function numberedDocx(format: string, start: number, count: number, lvlText = '%1)', ilvl = '0'): Uint8Array {
    const numbering = `<w:numbering xmlns:w="${W_NS}"><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="${String(start)}"/><w:numFmt w:val="${format}"/><w:lvlText w:val="${lvlText}"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`;
    const item = `<w:p><w:pPr><w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>Nhiệm vụ.</w:t></w:r></w:p>`;
    return writeZip(docxEntries({ document: documentXml(PLAN_BODY + item.repeat(count)), parts: { 'word/numbering.xml': numbering } }));
  }
  const labelsOf = (doc: Awaited<ReturnType<typeof readDocx>>): string[] =>
    doc.blocks.flatMap((b) => (b.kind === 'paragraph' && b.numbering !== null ? [b.numbering.label] : []));

  it('reads 80 paragraphs of a list lettered from 2,000,000,000 (1.5 kB) with labels of a bounded length', async () => {
    const bytes = numberedDocx('lowerLetter', 2_000_000_000, 80);
    expect(bytes.length).toBeLessThan(3_000);
    // In a worker: before the cap, each label had 82 million letters and the heap ran out.
    const runner = new FuzzRunner('docx', 60_000);
    try {
      expect((await runner.run(bytes)).kind).toBe('accepted');
    } finally {
      await runner.close();
    }
    const labels = labelsOf(await readDocx(numberedDocx('lowerLetter', 2_000_000_000, 1)));
    expect(labels).toHaveLength(1);
    expect(labels[0]?.length).toBeLessThanOrEqual(MAX_LABEL_CHARS);
  });

  it('reads a Roman list from 0 and one past 3999 as digits, as Word does, without a RangeError', async () => {
    for (const start of [0, 4000]) {
      const result = await importDocx(numberedDocx('upperRoman', start, 3));
      expect(result.plan.meta.typeName).toBe('KẾ HOẠCH');
    }
    expect(labelsOf(await readDocx(numberedDocx('upperRoman', 0, 2, '%1.')))).toEqual(['0.', 'I.']);
  });

  it('bounds a level text of 100,000 characters and ignores levels Word does not have', async () => {
    const labels = labelsOf(await readDocx(numberedDocx('decimal', 1, 2, `%1${'.'.repeat(100_000)}`)));
    expect(labels).toHaveLength(2);
    for (const label of labels) expect(label.length).toBeLessThanOrEqual(MAX_LABEL_CHARS);
    // A level of 4,000,000,000 once made the counters an array longer than JavaScript allows.
    const far = await importDocx(numberedDocx('decimal', 1, 2, '%1.', '4000000000'));
    expect(far.plan.meta.typeName).toBe('KẾ HOẠCH');
  });
});

describe('counts no document has', { timeout: 120_000 }, () => {
  it('reads a content control holding 130,000 paragraphs (more than a call takes arguments)', async () => {
    const body = `${PLAN_BODY}<w:sdt><w:sdtContent>${'<w:p/>'.repeat(130_000)}</w:sdtContent></w:sdt>`;
    const { plan } = await importDocx(writeZip(docxEntries({ document: documentXml(body) })));
    expect(plan.meta.typeName).toBe('KẾ HOẠCH');
  });

  it('reads a paragraph broken into 130,000 lines', async () => {
    const body = `${PLAN_BODY}<w:p><w:r>${'<w:t>x</w:t><w:br/>'.repeat(130_000)}</w:r></w:p>`;
    const { plan } = await importDocx(writeZip(docxEntries({ document: documentXml(body) })));
    expect(plan.meta.typeName).toBe('KẾ HOẠCH');
  });

  it('follows a chain of 130,000 styles based on one another only as far as Word would', async () => {
    const styles = Array.from(
      { length: 130_000 },
      (_, i) => `<w:style w:styleId="s${String(i)}"><w:basedOn w:val="s${String(i + 1)}"/></w:style>`,
    ).join('');
    const body = PLAN_LINES.map((line) => `<w:p><w:pPr><w:pStyle w:val="s0"/></w:pPr><w:r><w:t>${line}</w:t></w:r></w:p>`).join('');
    const bytes = writeZip(
      docxEntries({ document: documentXml(body), parts: { 'word/styles.xml': `<w:styles xmlns:w="${W_NS}">${styles}</w:styles>` } }),
    );
    const { plan } = await importDocx(bytes);
    expect(plan.meta.typeName).toBe('KẾ HOẠCH');
    await checkDocx(bytes);
  });

  it('finds the embedded model in a custom part full of unclosed model tags without rescanning it from each', async () => {
    const opening = '<plan xmlns="urn:kehoach-studio:plan" contentHash="0">';
    const bytes = writeZip(docxEntries({ parts: { 'customXml/item1.xml': opening.repeat(150_000) } }));
    const runner = new FuzzRunner('docx', 60_000);
    try {
      expect(['accepted', 'rejected']).toContain((await runner.run(bytes)).kind);
    } finally {
      await runner.close();
    }
  });
});

describe('XML external entities', { timeout: 60_000 }, () => {
  let trap: TrapServer;
  beforeAll(async () => {
    trap = await startTrapServer();
  });
  afterAll(async () => {
    expect(trap.requests).toEqual([]);
    await trap.close();
  });

  const doctypes = (url: string): string[] => [
    `<!DOCTYPE w:document [<!ENTITY x SYSTEM "${url}/entity">]>`,
    `<!DOCTYPE w:document SYSTEM "${url}/document.dtd">`,
    '<!doctype w:document [<!ENTITY % p SYSTEM "file:///etc/passwd"> %p;]>',
    `<!DOCTYPE lol [<!ENTITY a "aaaaaaaaaa">${Array.from({ length: 9 }, (_, i) => `<!ENTITY ${String.fromCharCode(98 + i)} "${`&${String.fromCharCode(97 + i)};`.repeat(10)}">`).join('')}]>`,
  ];
  const header = `<w:hdr xmlns:w="${W_NS}">${paragraph('&x;')}</w:hdr>`;
  const partsWith = (doctype: string): [string, Parameters<typeof docxEntries>[0]][] => [
    ['word/document.xml', { document: documentXml(`${PLAN_BODY}${paragraph('&x;')}`, `<?xml version="1.0"?>${doctype}`) }],
    ['word/styles.xml', { parts: { 'word/styles.xml': `<?xml version="1.0"?>${doctype}<w:styles xmlns:w="${W_NS}"/>` } }],
    ['word/numbering.xml', { parts: { 'word/numbering.xml': `<?xml version="1.0"?>${doctype}<w:numbering xmlns:w="${W_NS}"/>` } }],
    [
      'word/theme/theme1.xml',
      {
        parts: {
          'word/theme/theme1.xml': `<?xml version="1.0"?>${doctype}<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"/>`,
        },
      },
    ],
    ['word/footnotes.xml', { parts: { 'word/footnotes.xml': `<?xml version="1.0"?>${doctype}<w:footnotes xmlns:w="${W_NS}"/>` } }],
    ['word/_rels/document.xml.rels', { parts: { 'word/_rels/document.xml.rels': relationships([]).replace('?>', `?>${doctype}`) } }],
    [
      'a header part',
      {
        document: documentXml(`${PLAN_BODY}<w:sectPr><w:headerReference w:type="default" r:id="rIdH"/></w:sectPr>`),
        rels: [`<Relationship Id="rIdH" Type="${R_NS}/header" Target="header1.xml"/>`],
        parts: { 'word/header1.xml': `<?xml version="1.0"?>${doctype}${header}` },
      },
    ],
  ];

  it('refuses a DOCTYPE in any part it reads, whatever the entity points at', async () => {
    for (const doctype of doctypes(trap.url)) {
      for (const [, options] of partsWith(doctype)) {
        await refused(writeZip(docxEntries(options)), 'unsafe-xml', /DOCTYPE/);
      }
    }
  });

  it('never expands an entity declared in the embedded model: the text keeps "&x;" as typed', async () => {
    const exported = await renderDocx(fixturePlan('ke-hoach-bql-thuc-hien-30-KH-UBND.kehoach'), { now: FIXED_NOW });
    const JSZip = (await import('jszip')).default;
    const zip = await JSZip.loadAsync(exported);
    const item = (await zip.file('customXml/item1.xml')?.async('string')) ?? '';
    const hostile = item
      .replace('?>', `?><!DOCTYPE plan [<!ENTITY x SYSTEM "file:///etc/passwd"><!ENTITY y SYSTEM "${trap.url}/model">]>`)
      .replace('"summary": "', '"summary": "&x;&y;');
    zip.file('customXml/item1.xml', hostile);
    expect(hostile).toContain('&x;&y;');
    const bytes = await zip.generateAsync({ type: 'uint8array' });
    const model = (await readDocx(bytes)).embeddedModel;
    expect(model?.json).toContain('"summary": "&x;&y;');
    expect(model?.json).not.toContain('root:');
    // The model no longer renders to what the document shows: the document is read as content.
    const { plan, report } = await importDocx(bytes);
    expect(report.source).toBe('docx');
    expect(JSON.stringify(plan)).not.toMatch(/root:|&x;/u);
  });
});

describe('names and links that point outside the file', { timeout: 60_000 }, () => {
  let trap: TrapServer;
  beforeAll(async () => {
    trap = await startTrapServer();
  });
  afterAll(async () => {
    await trap.close();
  });

  it('reads a package whose entry names and targets climb out of the folder, and writes only the chosen output', async () => {
    const entries = docxEntries({
      document: documentXml(`${PLAN_BODY}<w:sectPr><w:headerReference w:type="default" r:id="rIdUp"/></w:sectPr>`),
      rels: [
        `<Relationship Id="rIdUp" Type="${R_NS}/header" Target="../../../../../../etc/passwd"/>`,
        `<Relationship Id="rIdAbs" Type="${R_NS}/footer" Target="/../../evil.xml"/>`,
      ],
      parts: {
        '../../evil.txt': 'x',
        '/tmp/evil.txt': 'x',
        '..\\..\\evil.txt': 'x',
        'word/../../../evil.xml': '<x/>',
        'C:/Windows/evil.txt': 'x',
      },
    });
    const run = await importThroughCli('leo-ra.docx', writeZip(entries));
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    expect(sandbox.files()).toEqual([
      expect.stringMatching(/^inputs\/leo-ra\.docx /),
      expect.stringMatching(/^out\/chosen\/ke-hoach\.kehoach /),
    ]);
  });

  it('imports a DOCX with a VBA project and ActiveX controls without running or keeping them, and says so', async () => {
    const entries = docxEntries({
      rels: [
        `<Relationship Id="rIdVba" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/>`,
      ],
      contentTypes: [
        '<Override PartName="/word/document.xml" ContentType="application/vnd.ms-word.document.macroEnabled.main+xml"/>',
        '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>',
      ],
      parts: {
        'word/vbaProject.bin': new Uint8Array([
          0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0x41, 0x75, 0x74, 0x6f, 0x4f, 0x70, 0x65, 0x6e,
        ]),
        'word/activeX/activeX1.bin': new Uint8Array([1, 2, 3]),
      },
    });
    const run = await importThroughCli('macro.docm.docx', writeZip(entries));
    expect(run.code).toBe(0);
    expect(run.out).toContain(
      'Cảnh báo: Tệp có macro (VBA) hoặc điều khiển ActiveX: chúng không được chạy và không được đưa vào kế hoạch.',
    );
    expect(sandbox.files()).toHaveLength(2);
  });

  it('never follows an attached template, linked pictures, an external header or field links, and says they were there', async () => {
    const url = trap.url;
    const body = `${PLAN_BODY}<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>INCLUDETEXT "${url}/include.docx"</w:instrText></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>`;
    const entries = docxEntries({
      document: documentXml(`${body}<w:sectPr><w:headerReference w:type="default" r:id="rIdHead"/></w:sectPr>`),
      rels: [
        `<Relationship Id="rIdHead" Type="${R_NS}/header" Target="${url}/header.xml" TargetMode="External"/>`,
        `<Relationship Id="rIdPic" Type="${R_NS}/image" Target="${url}/picture.png" TargetMode="External"/>`,
        `<Relationship Id="rIdSub" Type="${R_NS}/subDocument" Target="file:///etc/passwd" TargetMode="External"/>`,
        `<Relationship Id="rIdLink" Type="${R_NS}/hyperlink" Target="${url}/link" TargetMode="External"/>`,
      ],
      parts: {
        'word/settings.xml': `<w:settings xmlns:w="${W_NS}" xmlns:r="${R_NS}"><w:attachedTemplate r:id="rIdT"/></w:settings>`,
        'word/_rels/settings.xml.rels': relationships([
          `<Relationship Id="rIdT" Type="${R_NS}/attachedTemplate" Target="${url}/template.dotm" TargetMode="External"/>`,
        ]),
      },
    });
    const bytes = writeZip(entries);
    const { report } = await importDocx(bytes);
    expect(report.warnings).toContainEqual(
      expect.stringMatching(/^Tệp có 4 liên kết tới tài nguyên bên ngoài \(.*\): không liên kết nào được mở\.$/),
    );
    await checkDocx(bytes);
    const run = await importThroughCli('lien-ket.docx', bytes);
    expect(run.code).toBe(0);
    expect(run.out).toContain('liên kết tới tài nguyên bên ngoài');
    expect(JSON.stringify(await runCli(['inspect', join(sandbox.inputs, 'lien-ket.docx'), '--json']))).toContain(PLAN_LINES[4]);
    expect(trap.requests).toEqual([]);
  });
});
