/**
 * The DOCX checker on our own exports (both fixtures, every template, as they come and as the văn
 * thư numbers them): no lỗi. Then exports broken on purpose by editing their XML: each yields exactly
 * the findings expected, compared with the export it was made from.
 */
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkDocx, type DocxCheckResult, type Finding } from '../../../shared/check';
import { DocxReadError } from '../../../shared/import/docx';
import type { PlanDocument } from '../../../shared/model';
import { renderDocx } from '../../../shared/render/docx';
import { NOW, numbered, partyPlan, statePlan, templatePlans } from './helpers';

// The machine that runs the suite may be slow: rendering and reading a DOCX takes seconds.
const SLOW = 600_000;

interface Export {
  readonly name: string;
  readonly bytes: Uint8Array;
  readonly result: DocxCheckResult;
}

async function exportAndCheck(name: string, plan: PlanDocument): Promise<Export> {
  const bytes = await renderDocx(plan, { now: NOW });
  return { name, bytes, result: await checkDocx(bytes) };
}

async function edit(bytes: Uint8Array, part: string, change: (xml: string) => string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const file = zip.file(part);
  if (file === null) throw new Error(`no ${part}`);
  const before = await file.async('string');
  const after = change(before);
  if (after === before) throw new Error(`the edit of ${part} changed nothing`);
  zip.file(part, after);
  return zip.generateAsync({ type: 'uint8array' });
}

/** Findings of the DOCX rules in `after` that `before` did not have, as "ruleId @ place". */
function added(before: readonly Finding[], after: readonly Finding[]): string[] {
  const key = (f: Finding): string => `${f.ruleId} @ ${f.location.label}`;
  const old = new Set(before.filter((f) => f.location.kind === 'docx').map(key));
  return after
    .filter((f) => f.location.kind === 'docx')
    .map(key)
    .filter((k) => !old.has(k));
}

function ids(keys: readonly string[]): string[] {
  return [...new Set(keys.map((k) => k.split(' @ ')[0] ?? ''))].sort();
}

let exports: Export[] = [];
let state: Export;
let stateTemplate: Export;

beforeAll(async () => {
  const plans: [string, PlanDocument][] = [
    ['58-KH/TU', partyPlan()],
    ['Ban Quản lý (30/KH-UBND)', statePlan()],
    ...templatePlans().flatMap(({ id, plan }): [string, PlanDocument][] => [
      [id, plan],
      [`${id} (đã ghi số)`, numbered(plan)],
    ]),
  ];
  exports = [];
  for (const [name, plan] of plans) exports.push(await exportAndCheck(name, plan));
  const byName = (name: string): Export => {
    const found = exports.find((e) => e.name === name);
    if (found === undefined) throw new Error(name);
    return found;
  };
  state = byName('Ban Quản lý (30/KH-UBND)');
  stateTemplate = byName('nha-nuoc-ke-hoach-hanh-dong-ubnd');
}, SLOW);

describe('our own exports', () => {
  it('every fixture and template export passes with zero lỗi', () => {
    expect(exports.length).toBe(2 + 2 * 4);
    const errors = exports.flatMap((e) => e.result.findings.filter((f) => f.severity === 'lỗi').map((f) => `${e.name}: ${f.message}`));
    expect(errors).toEqual([]);
  });

  it('recognizes the system of each export, checks it by the guide of its date and reads back the plan it carries', () => {
    for (const e of exports) {
      // 58-KH/TU and the numbered copies are dated before HD 05 took effect (27/5/2026); a plan from a
      // Party template is dated May 2026 with the day blank, which the văn thư fills in at signing.
      const party = e.name === '58-KH/TU' || e.name.endsWith('(đã ghi số)') ? 'hd36-2018' : 'hd05-2026';
      expect(e.result.profile).toBe(e.name.startsWith('dang') || e.name === '58-KH/TU' ? party : 'nd30-2020');
      expect(e.result.plan, e.name).not.toBeNull();
    }
  });

  it('warns about the portrait appendix with a 6-column table that one template has (orientation is practice, not rule)', () => {
    const keys = stateTemplate.result.findings.filter((f) => f.location.kind === 'docx').map((f) => f.ruleId);
    expect(keys).toEqual(['phu-luc-doc-bang-rong']);
  });
});

describe('exports broken on purpose', () => {
  it(
    'wrong margins',
    async () => {
      const bytes = await edit(state.bytes, 'word/document.xml', (xml) => xml.replace(/(<w:pgMar[^>]*w:left=")1701"/u, '$11134"'));
      const after = await checkDocx(bytes);
      expect(added(state.result.findings, after.findings)).toEqual(['le-trang @ Phần 1 (thân văn bản)']);
      expect(after.findings.find((f) => f.ruleId === 'le-trang')?.message).toBe(
        'Lề trái 20 mm (đúng: 30–35 mm) (NĐ 30/2020, Phụ lục I, mục I.3)',
      );
    },
    SLOW,
  );

  it(
    'Arial instead of Times New Roman',
    async () => {
      const bytes = await edit(state.bytes, 'word/styles.xml', (xml) => xml.replaceAll('Times New Roman', 'Arial'));
      const after = await checkDocx(bytes);
      expect(ids(added(state.result.findings, after.findings))).toEqual(['phong-chu']);
      expect(after.findings.filter((f) => f.ruleId === 'phong-chu')).toHaveLength(1);
    },
    SLOW,
  );

  it(
    'a page number on page 1',
    async () => {
      const bytes = await edit(state.bytes, 'word/document.xml', (xml) => xml.replace(/<w:titlePg[^>]*\/>/u, ''));
      expect(added(state.result.findings, (await checkDocx(bytes)).findings)).toEqual(['so-trang-dau @ Phần 1 (thân văn bản), trang 1']);
    },
    SLOW,
  );

  it(
    '"Số 30/KH-UBND" (the Party way of writing "Số") in a State document',
    async () => {
      const bytes = await edit(state.bytes, 'word/document.xml', (xml) => xml.replace(/Số:\s+\/KH-BQL/u, 'Số 30/KH-UBND'));
      const after = await checkDocx(bytes);
      expect(ids(added(state.result.findings, after.findings))).toEqual(['dong-so-ky-hieu']);
      expect(after.findings.find((f) => f.ruleId === 'dong-so-ky-hieu')?.message).toContain('Sau chữ "Số" phải có dấu hai chấm');
    },
    SLOW,
  );

  it(
    'no rule under the issuing organ',
    async () => {
      const bytes = await edit(state.bytes, 'word/document.xml', (xml) => xml.replace(/<w:pBdr>[\s\S]*?<\/w:pBdr>/u, ''));
      const after = await checkDocx(bytes);
      expect(ids(added(state.result.findings, after.findings))).toEqual(['dau-duoi-co-quan']);
    },
    SLOW,
  );

  it(
    'an appendix turned to a portrait page with its 6-column table',
    async () => {
      const bytes = await edit(stateTemplate.bytes, 'word/document.xml', (xml) => {
        const at = xml.lastIndexOf('<w:pgSz');
        const end = xml.indexOf('/>', at) + 2;
        return `${xml.slice(0, at)}<w:pgSz w:w="11906" w:h="16838"/>${xml.slice(end)}`;
      });
      const after = await checkDocx(bytes);
      expect(ids(added(stateTemplate.result.findings, after.findings))).toEqual(['phu-luc-doc-bang-rong']);
    },
    SLOW,
  );
});

describe('documents that are not plans', () => {
  it(
    'reports a DOCX without a recognizable header as such',
    async () => {
      const bytes = await edit(state.bytes, 'word/document.xml', (xml) =>
        xml.replace(/<w:body>[\s\S]*<\/w:body>/u, '<w:body><w:p><w:r><w:t>Danh sách khách mời</w:t></w:r></w:p></w:body>'),
      );
      const result = await checkDocx(bytes);
      expect(result.profile).toBeNull();
      expect(result.findings.map((f) => [f.ruleId, f.severity])).toEqual([['nhan-dang-the-thuc', 'lỗi']]);
    },
    SLOW,
  );

  it('rejects bytes that are not a DOCX with the reader’s Vietnamese error', async () => {
    await expect(checkDocx(new TextEncoder().encode('không phải tệp zip'))).rejects.toBeInstanceOf(DocxReadError);
  });
});
