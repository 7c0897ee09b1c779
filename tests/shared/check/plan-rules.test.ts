/**
 * Every plan rule: a plan that triggers it (with the message, severity and location it reports,
 * and its fix where it has one) and a plan that passes it.
 */
import { describe, expect, it } from 'vitest';
import { PLAN_RULES, applyFix, checkPlan, ruleSource, type Finding } from '../../../shared/check';
import { PROFILES } from '../../../shared/format';
import type { Appendix, PlanDocument } from '../../../shared/model';
import { findingsOf, partyPlan, ruleIds, statePlan } from './helpers';

/** The State fixture with its one finding (UBND in the trích yếu) fixed: a clean base. */
function cleanState(): PlanDocument {
  const plan = statePlan();
  const [finding] = findingsOf(plan, 'viet-tat-trich-yeu');
  if (finding?.fix === undefined) throw new Error('expected the abbreviation fix');
  return applyFix(plan, finding.fix);
}

function only(plan: PlanDocument, ruleId: string): Finding {
  const found = findingsOf(plan, ruleId);
  expect(found).toHaveLength(1);
  const [finding] = found;
  if (finding === undefined) throw new Error(`no finding ${ruleId}`);
  return finding;
}

function fixed(plan: PlanDocument, finding: Finding): PlanDocument {
  if (finding.fix === undefined) throw new Error(`${finding.ruleId} has no fix`);
  return applyFix(plan, finding.fix);
}

function setText(plan: PlanDocument, text: string): PlanDocument {
  const copy = structuredClone(plan);
  const block = copy.sections[0]?.blocks[0];
  if (block === undefined) throw new Error('no block');
  block.children = [{ text }];
  return copy;
}

function twoAppendices(plan: PlanDocument, numberStyle: Appendix['numberStyle']): PlanDocument {
  const appendix = partyPlan().appendices[0];
  if (appendix === undefined) throw new Error('no appendix');
  return {
    ...plan,
    appendices: [
      { ...appendix, id: 'a1', numberStyle },
      { ...appendix, id: 'a2', numberStyle, rows: [] },
    ],
  };
}

describe('the clean bases', () => {
  it('the State fixture has exactly one finding: the abbreviation in its trích yếu, with a fix that clears it', () => {
    expect([...ruleIds(checkPlan(statePlan()))]).toEqual(['viet-tat-trich-yeu']);
    expect(checkPlan(cleanState())).toEqual([]);
    expect(cleanState().meta.summary).toContain('30/KH-UBND ngày 29/01/2026 của Ủy ban nhân dân tỉnh');
  });

  it('58-KH/TU has no lỗi; its warnings are real (appendices never cited, deadlines past 2030)', () => {
    const findings = checkPlan(partyPlan());
    expect(findings.filter((f) => f.severity === 'lỗi')).toEqual([]);
    // Its "I." is Party practice as much as "I-": nothing said. Its "Phụ lục I" only earns a gợi ý:
    // HD 36's own appendices and the Party handbook write "Phụ lục 1".
    expect(ruleIds(findings)).toEqual(new Set(['phu-luc-khong-dan-chieu', 'han-ngoai-ky-ke-hoach', 'so-phu-luc']));
    expect(findings.filter((f) => f.ruleId === 'so-phu-luc').map((f) => f.severity)).toEqual(['gợi ý', 'gợi ý']);
  });

  it('every rule has an id, a Vietnamese title and a source in every profile of at least one system', () => {
    expect(new Set(PLAN_RULES.map((r) => r.id)).size).toBe(PLAN_RULES.length);
    for (const rule of PLAN_RULES) {
      const under = Object.values(PROFILES).filter((p) => ruleSource(rule, p) !== undefined);
      expect(under.length, rule.id).toBeGreaterThan(0);
      // A rule that applies to one profile of a system applies to all of them: the guides replace each other.
      for (const p of Object.values(PROFILES)) {
        if (under.some((u) => u.system === p.system)) expect(ruleSource(rule, p), `${rule.id} ${p.id}`).toBeDefined();
      }
    }
  });
});

describe('số và ký hiệu', () => {
  it('flags the Party form in a State plan and fixes it', () => {
    const plan = { ...cleanState(), meta: { ...cleanState().meta, symbol: 'KH/BQL' } };
    const finding = only(plan, 'so-ky-hieu');
    expect(finding).toMatchObject({ severity: 'lỗi', source: 'NĐ 30/2020, Phụ lục I, mục II.3', location: { label: 'Ký hiệu văn bản' } });
    expect(finding.message).toContain('30/KH-UBND');
    expect(fixed(plan, finding).meta.symbol).toBe('KH-BQL');
  });

  it('flags the State form in a Party plan, and a symbol not starting with the type', () => {
    const party = partyPlan();
    const dashed = { ...party, meta: { ...party.meta, symbol: 'KH-TU' } };
    expect(fixed(dashed, only(dashed, 'so-ky-hieu')).meta.symbol).toBe('KH/TU');
    const wrongType = { ...party, meta: { ...party.meta, symbol: 'QĐ/TU' } };
    expect(fixed(wrongType, only(wrongType, 'so-ky-hieu')).meta.symbol).toBe('KH/TU');
    expect(findingsOf(party, 'so-ky-hieu')).toEqual([]);
  });

  it('flags a cited document whose symbol is not in its system form', () => {
    const plan = structuredClone(cleanState());
    const ref = plan.basis[0];
    if (ref === undefined) throw new Error('no basis');
    ref.symbol = 'KH/UBND';
    const finding = only(plan, 'so-ky-hieu-trich-dan');
    expect(finding.severity).toBe('cảnh báo');
    expect(fixed(plan, finding).basis[0]?.symbol).toBe('KH-UBND');
  });
});

describe('dates', () => {
  it('flags 31/02 in the issue date and in the text', () => {
    const plan = { ...cleanState(), meta: { ...cleanState().meta, date: { year: 2026, month: 2, day: 31 } } };
    expect(only(plan, 'ngay-khong-co-that')).toMatchObject({ severity: 'lỗi', location: { label: 'Ngày ban hành' } });
    const inText = setText(cleanState(), 'Hoàn thành trước ngày 30/02/2026.');
    expect(only(inText, 'ngay-khong-co-that').location.label).toBe('Mục I, khoản 1');
    expect(findingsOf(setText(cleanState(), 'Hoàn thành trước ngày 29/02/2028.'), 'ngay-khong-co-that')).toEqual([]);
  });

  it('writes the leading zeros of the rules and fixes them in place', () => {
    const plan = setText(cleanState(), 'Theo Kế hoạch ngày 5/2/2026 và ngày 15/04/2026, ngày 3 tháng 1 năm 2026.');
    const finding = only(plan, 'ngay-so-0');
    expect(finding.severity).toBe('cảnh báo');
    const after = fixed(plan, finding);
    expect(after.sections[0]?.blocks[0]?.children).toEqual([
      { text: 'Theo Kế hoạch ngày 05/02/2026 và ngày 15/4/2026, ngày 03 tháng 01 năm 2026.' },
    ]);
    expect(findingsOf(after, 'ngay-so-0')).toEqual([]);
  });
});

describe('trích yếu and content', () => {
  it('does not mistake the organ code of a document number for an abbreviation', () => {
    expect(findingsOf(cleanState(), 'viet-tat-trich-yeu')).toEqual([]);
    const plan = {
      ...cleanState(),
      meta: { ...cleanState().meta, summary: 'Thực hiện Nghị quyết của BCH Đảng bộ tỉnh về phát triển KT-XH' },
    };
    const finding = only(plan, 'viet-tat-trich-yeu');
    expect(finding.message).toContain('"BCH", "KT-XH"');
    expect(fixed(plan, finding).meta.summary).toBe('Thực hiện Nghị quyết của Ban Chấp hành Đảng bộ tỉnh về phát triển kinh tế - xã hội');
  });

  it('flags an empty section, a section without a title and leftover template guidance', () => {
    const plan = structuredClone(cleanState());
    const [first, second] = plan.sections;
    if (first === undefined || second === undefined) throw new Error('sections');
    first.blocks = [];
    second.title = '';
    expect(only(plan, 'muc-trong').location).toEqual({ kind: 'plan', path: ['sections', 0], label: 'Mục I' });
    expect(only(plan, 'tieu-de-muc').severity).toBe('lỗi');
    const hinted = structuredClone(cleanState());
    const block = hinted.sections[1]?.blocks[0];
    if (block === undefined) throw new Error('block');
    block.hint = true;
    hinted.meta.place = '…';
    const unfinished = findingsOf(hinted, 'chua-dien');
    expect(unfinished.map((f) => f.location.label)).toEqual(['Mục II, hướng dẫn của mẫu', 'Địa danh']);
    expect(unfinished.every((f) => f.unfinished === true)).toBe(true);
  });

  it('flags text in decomposed Unicode and converts it to NFC', () => {
    const plan = { ...cleanState(), signer: { ...cleanState().signer, name: 'Bùi Duy Quang'.normalize('NFD') } };
    const finding = only(plan, 'unicode-nfc');
    expect(finding.location.label).toBe('Người ký');
    expect(fixed(plan, finding).signer.name).toBe('Bùi Duy Quang');
  });

  it('wants I. in State plans and accepts both forms in Party plans', () => {
    const plan: PlanDocument = { ...cleanState(), sectionNumbering: 'roman-dash' };
    const finding = only(plan, 'danh-so-muc');
    expect(finding.severity).toBe('cảnh báo');
    expect(fixed(plan, finding).sectionNumbering).toBe('roman-dot');
    // Party plans write both (HD 36's own "I-", Kế hoạch 58-KH/TU's "I."): neither is flagged.
    expect(findingsOf(partyPlan(), 'danh-so-muc')).toEqual([]);
    expect(findingsOf({ ...partyPlan(), sectionNumbering: 'roman-dash' }, 'danh-so-muc')).toEqual([]);
  });
});

describe('appendices and references', () => {
  it('requires a State plan to refer to each appendix (lỗi), a Party plan only warns', () => {
    const state = twoAppendices(cleanState(), 'roman');
    expect(findingsOf(state, 'phu-luc-khong-dan-chieu').map((f) => [f.severity, f.location.label])).toEqual([
      ['lỗi', 'Phụ lục I'],
      ['lỗi', 'Phụ lục II'],
    ]);
    const cited = setText(state, 'Nhiệm vụ cụ thể tại Phụ lục I và Phụ lục II kèm theo Kế hoạch này.');
    expect(findingsOf(cited, 'phu-luc-khong-dan-chieu')).toEqual([]);
    expect(findingsOf(partyPlan(), 'phu-luc-khong-dan-chieu').map((f) => f.severity)).toEqual(['cảnh báo', 'cảnh báo']);
  });

  it('counts a cross-reference as a reference, and reports one that points at a deleted appendix or row', () => {
    const plan = structuredClone(partyPlan());
    const block = plan.sections[0]?.blocks[0];
    if (block === undefined) throw new Error('block');
    block.children = [
      { text: 'Xem ' },
      { type: 'xref', appendixId: 'pl1', children: [{ text: '' }] },
      { text: ', ' },
      { type: 'xref', appendixId: 'pl2', rowId: 'khong-co', children: [{ text: '' }] },
      { text: ' và ' },
      { type: 'xref', appendixId: 'da-xoa', children: [{ text: '' }] },
    ];
    expect(findingsOf(plan, 'phu-luc-khong-dan-chieu')).toEqual([]);
    expect(findingsOf(plan, 'dan-chieu-hong').map((f) => f.message)).toEqual([
      'Tham chiếu tới một dòng phụ lục đã bị xóa (tham chiếu trong nội dung chỉ tới phụ lục, điểm có trong văn bản)',
      'Tham chiếu tới một phụ lục đã bị xóa (tham chiếu trong nội dung chỉ tới phụ lục, điểm có trong văn bản)',
    ]);
  });

  it('reports typed references to an appendix or a point that does not exist, not another document’s appendix', () => {
    const missing = setText(partyPlan(), 'Chi tiết tại Phụ lục III; nhiệm vụ tại điểm 9.9 Phụ lục I.');
    expect(findingsOf(missing, 'dan-chieu-hong').map((f) => f.message.split(' (')[0])).toEqual([
      '"Phụ lục III" không có: kế hoạch có 2 phụ lục',
      '"điểm 9.9 Phụ lục I": phụ lục không có điểm 9.9',
    ]);
    const fine = setText(partyPlan(), 'Theo Phụ lục III Nghị định 30/2020/NĐ-CP; nhiệm vụ tại điểm 1 Phụ lục I.');
    expect(findingsOf(fine, 'dan-chieu-hong')).toEqual([]);
  });

  it('numbers State appendices in Roman numerals (lỗi) and Party appendices in Arabic ones (gợi ý under HD 36)', () => {
    const plan = twoAppendices(cleanState(), 'arabic');
    const found = findingsOf(plan, 'so-phu-luc');
    expect(found.map((f) => f.severity)).toEqual(['lỗi', 'lỗi']);
    const [first] = found;
    if (first === undefined) throw new Error('finding');
    expect(fixed(plan, first).appendices[0]?.numberStyle).toBe('roman');
    expect(findingsOf(twoAppendices(cleanState(), 'roman'), 'so-phu-luc')).toEqual([]);
    expect(findingsOf(partyPlan(), 'so-phu-luc').map((f) => f.severity)).toEqual(['gợi ý', 'gợi ý']);
    expect(findingsOf(twoAppendices(partyPlan(), 'arabic'), 'so-phu-luc')).toEqual([]);
  });
});

describe('deadlines', () => {
  function withDeadline(plan: PlanDocument, text: string, rowIndex = 1): PlanDocument {
    const copy = structuredClone(plan);
    const row = copy.appendices[0]?.rows[rowIndex];
    if (row === undefined) throw new Error('row');
    row.cells.deadline = text;
    return copy;
  }

  it('flags deadlines before the year of issue or after the period the trích yếu names', () => {
    const cleaned = structuredClone(partyPlan());
    for (const appendix of cleaned.appendices)
      for (const row of appendix.rows) if (row.cells.deadline === '2026-2031') row.cells.deadline = '2026-2030';
    expect(findingsOf(cleaned, 'han-ngoai-ky-ke-hoach')).toEqual([]);
    const early = findingsOf(withDeadline(cleaned, 'Quý IV/2025'), 'han-ngoai-ky-ke-hoach');
    expect(early.map((f) => f.message.split(' (')[0])).toEqual(['Thời hạn "Quý IV/2025" đã qua trước năm ban hành kế hoạch']);
    expect(findingsOf(partyPlan(), 'han-ngoai-ky-ke-hoach').map((f) => f.location.label)).toContain(
      'Phụ lục I, dòng STT 1, cột "Thời gian thực hiện"',
    );
  });

  it('flags a cloned row whose deadline is later than the parent task’s', () => {
    const parent = partyPlan();
    const child = structuredClone(parent);
    const rows = child.appendices[0]?.rows ?? [];
    for (const row of rows) row.sourceRef = row.id;
    const target = rows.find((r) => r.kind === 'data' && r.cells.deadline === 'Năm 2026');
    if (target === undefined) throw new Error('no 2026 row');
    expect(findingsOf(child, 'han-sau-cap-tren', { parent })).toEqual([]);
    target.cells.deadline = 'Quý II/2027';
    const [finding] = findingsOf(child, 'han-sau-cap-tren', { parent });
    expect(finding?.message).toContain('"Quý II/2027" muộn hơn thời hạn của nhiệm vụ cấp trên ("Năm 2026")');
    expect(findingsOf(child, 'han-sau-cap-tren')).toEqual([]);
  });
});

describe('signer and nơi nhận', () => {
  it('flags a Party prefix typed in a State plan and rewrites it in the State form', () => {
    const plan = { ...cleanState(), signer: { ...cleanState().signer, authority: [{ kind: 'KT' as const, body: 'T/M ỦY BAN NHÂN DÂN' }] } };
    const finding = only(plan, 'hinh-thuc-ky');
    expect(finding.message).toContain('"T/M" là cách ghi của Hướng dẫn 36-HD/VPTW');
    expect(finding.message).toContain('văn bản này ghi "TM."');
    expect(fixed(plan, finding).signer.authority).toEqual([{ kind: 'TM', body: 'ỦY BAN NHÂN DÂN' }]);
    expect(findingsOf(cleanState(), 'hinh-thuc-ky')).toEqual([]);
  });

  it('flags KT. typed in a Party plan and a TUQ signature the Party system does not have', () => {
    const party = partyPlan();
    const typed = { ...party, signer: { ...party.signer, authority: [{ kind: 'TM' as const, body: 'KT. BÍ THƯ' }] } };
    expect(only(typed, 'hinh-thuc-ky').message).toContain('"KT." là cách ghi của Nghị định 30/2020/NĐ-CP');
    const tuq = { ...party, signer: { ...party.signer, authority: [{ kind: 'TUQ' as const, body: 'BAN THƯỜNG VỤ' }] } };
    expect(fixed(tuq, only(tuq, 'hinh-thuc-ky')).signer.authority).toEqual([{ kind: 'TL', body: 'BAN THƯỜNG VỤ' }]);
    expect(findingsOf(party, 'hinh-thuc-ky')).toEqual([]);
  });

  it('warns when a deputy of a Party committee signs K/T instead of T/M', () => {
    const party = partyPlan();
    const kt = { ...party, signer: { ...party.signer, authority: [{ kind: 'KT' as const, body: 'BÍ THƯ' }] } };
    expect(only(kt, 'ky-thay-cap-uy').severity).toBe('cảnh báo');
    expect(findingsOf(party, 'ky-thay-cap-uy')).toEqual([]);
    expect(findingsOf({ ...cleanState(), signer: { ...cleanState().signer } }, 'ky-thay-cap-uy')).toEqual([]);
  });

  it('requires a position (lỗi) and a name without academic titles (cảnh báo)', () => {
    const base = cleanState();
    expect(only({ ...base, signer: { ...base.signer, position: ' ' } }, 'chuc-vu-nguoi-ky').severity).toBe('lỗi');
    expect(only({ ...base, signer: { ...base.signer, name: '' } }, 'ho-ten-nguoi-ky').severity).toBe('cảnh báo');
    const titled = { ...base, signer: { ...base.signer, name: 'TS. Bùi Duy Quang' } };
    expect(fixed(titled, only(titled, 'ho-ten-nguoi-ky')).signer.name).toBe('Bùi Duy Quang');
  });

  it('requires the archive line, in the form of the system', () => {
    const base = cleanState();
    expect(only({ ...base, archive: '' }, 'dong-luu')).toMatchObject({ severity: 'lỗi', location: { label: 'Nơi nhận, dòng lưu' } });
    const noVt = { ...base, archive: 'VP' };
    expect(fixed(noVt, only(noVt, 'dong-luu-the-thuc')).archive).toBe('VT, VP');
    const party = { ...partyPlan(), archive: 'VT, Văn phòng Tỉnh ủy' };
    expect(only(party, 'dong-luu-the-thuc').severity).toBe('gợi ý');
    expect(fixed(party, only(party, 'dong-luu-the-thuc')).archive).toBe('Văn phòng Tỉnh ủy');
    expect(only({ ...base, recipients: [] }, 'noi-nhan').severity).toBe('cảnh báo');
  });
});

describe('agency names', () => {
  it('reports an agency the directory does not know, with the closest names, only when a directory is given', async () => {
    const { createAgencyDirectory } = await import('../../../shared/model');
    const { readFileSync } = await import('node:fs');
    const directory = createAgencyDirectory(
      JSON.parse(readFileSync(new URL('../../../templates/agencies.json', import.meta.url), 'utf8')) as never,
    );
    const plan = structuredClone(partyPlan());
    const row = plan.appendices[0]?.rows[1];
    if (row === undefined) throw new Error('row');
    const known = findingsOf(plan, 'co-quan-ngoai-danh-ba', { agencies: directory }).length;
    row.cells.lead = 'Sở Tài chánh';
    const found = findingsOf(plan, 'co-quan-ngoai-danh-ba', { agencies: directory });
    expect(found.length).toBe(known + 1);
    expect(found.some((f) => f.message.startsWith('"Sở Tài chánh" là tên Sở Tài chính viết sai chính tả'))).toBe(true);
    expect(findingsOf(plan, 'co-quan-ngoai-danh-ba')).toEqual([]);
  });
});
