import { describe, expect, it } from 'vitest';
import { MAX_TEXT_CHARS, type PlanFormatError, formatIssuePath, type PlanDocument } from '../../../shared/model';
import { parsePlanText, parsePlanValue, serializePlan } from '../../../shared/plan-file';
import { PARTY_FILE, STATE_FILE, fixtureText, formatError, getPath, loadJson, setPath, type Json } from './helpers';

const partyText = fixtureText(PARTY_FILE);
const stateText = fixtureText(STATE_FILE);

/** The Party fixture as raw JSON with one change applied. */
function partyWith(change: (doc: Json) => void): string {
  const doc = loadJson(partyText);
  change(doc);
  return JSON.stringify(doc);
}

function rejection(change: (doc: Json) => void): PlanFormatError {
  return formatError(() => parsePlanText(partyWith(change)));
}

/** The smallest file a user could write: only required fields, no defaults. */
function minimalInput(): Json {
  return {
    schemaVersion: 1,
    id: 'kh-min',
    profile: 'nd30-2020',
    meta: {
      docType: 'KH',
      typeName: 'KẾ HOẠCH',
      summary: 'Thực hiện công tác cải cách hành chính năm 2026',
      parentOrgan: 'UBND TỈNH NINH BÌNH',
      issuingOrgan: { header: 'SỞ NỘI VỤ', citation: 'Sở Nội vụ' },
      place: 'Ninh Bình',
      number: '',
      symbol: 'KH-SNV',
      date: { year: 2026, month: 3, day: null },
    },
    sections: [{ id: 's1', title: 'MỤC ĐÍCH, YÊU CẦU', blocks: [] }],
    signer: { authority: [{ kind: 'KT', body: 'GIÁM ĐỐC' }], position: 'PHÓ GIÁM ĐỐC', name: 'Nguyễn Văn A' },
  };
}

describe('parsePlanText on the fixtures', () => {
  it.each([
    [PARTY_FILE, partyText, 'hd36-2018', 4, 2],
    [STATE_FILE, stateText, 'nd30-2020', 4, 0],
  ])('reads %s', (_name, text, profile, sections, appendices) => {
    const plan = parsePlanText(text);
    expect(plan.schemaVersion).toBe(4);
    expect(plan.profile).toBe(profile);
    expect(plan.sections).toHaveLength(sections);
    expect(plan.appendices).toHaveLength(appendices);
  });

  it('accepts a byte order mark at the start of the file', () => {
    expect(parsePlanText(`\uFEFF${partyText}`)).toEqual(parsePlanText(partyText));
    expect(parsePlanText(`\uFEFF${stateText}`)).toEqual(parsePlanText(stateText));
  });

  it('accepts Windows line endings', () => {
    expect(parsePlanText(stateText.replace(/\n/g, '\r\n'))).toEqual(parsePlanText(stateText));
  });
});

describe('serializePlan', () => {
  it.each([
    [PARTY_FILE, partyText],
    [STATE_FILE, stateText],
  ])('round-trips %s: parse(serialize(plan)) equals plan', (_name, text) => {
    const plan = parsePlanText(text);
    expect(parsePlanText(serializePlan(plan))).toEqual(plan);
  });

  it.each([
    [PARTY_FILE, partyText],
    [STATE_FILE, stateText],
  ])('is stable for %s: the same text twice and after a round trip', (_name, text) => {
    const plan = parsePlanText(text);
    const first = serializePlan(plan);
    expect(serializePlan(plan)).toBe(first);
    expect(serializePlan(parsePlanText(first))).toBe(first);
  });

  it('writes pretty-printed JSON ending with a newline', () => {
    const out = serializePlan(parsePlanText(stateText));
    expect(out.endsWith('}\n')).toBe(true);
    expect(out.endsWith('\n\n')).toBe(false);
    expect(out.startsWith('{\n  "schemaVersion": 4,\n  "id": ')).toBe(true);
  });

  it('fills in the defaults of a minimal file and keeps them on a round trip', () => {
    const plan = parsePlanText(JSON.stringify(minimalInput()));
    expect(plan.templateId).toBe('');
    expect(plan.basis).toEqual([]);
    expect(plan.basisLines).toBe(false);
    expect(plan.preamble).toEqual([]);
    expect(plan.sectionNumbering).toBe('roman-dot');
    expect(plan.appendices).toEqual([]);
    expect(plan.recipients).toEqual([]);
    expect(plan.archive).toBe('');
    expect(plan.meta.markings).toEqual({ secrecy: '', urgency: '', circulation: '', draft: '', drafterInitials: '', copies: null });
    const text = serializePlan(plan);
    expect(parsePlanText(text)).toEqual(plan);
    expect(serializePlan(parsePlanText(text))).toBe(text);
  });

  it('fills in item and appendix defaults', () => {
    const doc = minimalInput();
    setPath(doc, ['sections', 0, 'blocks'], [{ type: 'item', id: 'b1', level: 1, marker: 'decimal', children: [{ text: 'Mục đích' }] }]);
    setPath(
      doc,
      ['appendices'],
      [
        {
          id: 'pl1',
          title: 'DANH MỤC NHIỆM VỤ',
          orientation: 'landscape',
          numberStyle: 'roman',
          columns: [{ id: 'task', label: 'Nhiệm vụ', type: 'text', width: 1 }],
          rows: [],
          levels: [{ numbering: 'roman' }],
          mainColumn: 'task',
        },
      ],
    );
    const plan: PlanDocument = parsePlanText(JSON.stringify(doc));
    const block = plan.sections[0]?.blocks[0];
    expect(block?.type === 'item' && block.heading).toBe(false);
    expect(plan.appendices[0]?.groupLayout).toBe('band');
    expect(plan.appendices[0]?.notes).toEqual([]);
    expect(plan.appendices[0]?.levels).toEqual([{ numbering: 'roman', bold: false, italic: false }]);
  });
});

describe('parsePlanText rejects broken files', () => {
  it('rejects text that is not JSON', () => {
    for (const text of ['', '{oops', '{"schemaVersion": 1,}', 'Kế hoạch']) {
      const error = formatError(() => parsePlanText(text));
      expect(error.message.startsWith('Tệp kế hoạch bị hỏng, không đọc được')).toBe(true);
      // Plain words and what to do: no "JSON" a clerk does not know (issue 16, point 9).
      expect(error.message).not.toContain('JSON');
      expect(error.message).toContain('Hãy mở bản sao trước đó');
      expect(error.kind).toBe('invalid');
      expect(error.name).toBe('PlanFormatError');
    }
  });

  it("says where the JSON breaks in Vietnamese, not in the engine's English", () => {
    expect(formatError(() => parsePlanText('{\n  "a": 1,\n  x\n}')).message).toBe(
      'Tệp kế hoạch bị hỏng, không đọc được: sai cú pháp ở dòng 3, cột 3. Hãy mở bản sao trước đó của tệp hoặc xin lại tệp từ người gửi.',
    );
    expect(formatError(() => parsePlanText('{"a": [1, 2')).message).toBe(
      'Tệp kế hoạch bị hỏng, không đọc được: nội dung kết thúc giữa chừng (tệp có thể bị cắt cụt). Hãy mở bản sao trước đó của tệp hoặc xin lại tệp từ người gửi.',
    );
    expect(formatError(() => parsePlanText('[1,]')).message).toBe(
      'Tệp kế hoạch bị hỏng, không đọc được: sai cú pháp. Hãy mở bản sao trước đó của tệp hoặc xin lại tệp từ người gửi.',
    );
  });

  it('rejects a plan nested 100,000 levels deep with its Vietnamese error', () => {
    const deep = `{"schemaVersion": 1, "sections": ${'['.repeat(100_000)}${']'.repeat(100_000)}}`;
    expect(formatError(() => parsePlanText(deep)).message).toMatch(/^Kế hoạch không hợp lệ ở trường/);
  });

  it("rejects a text field longer than MAX_TEXT_CHARS, naming the field (the checker's expressions would run out of stack)", () => {
    const error = rejection((doc) => {
      setPath(doc, ['meta', 'summary'], '.'.repeat(MAX_TEXT_CHARS + 1));
    });
    expect(error.message).toMatch(/meta\.summary.*dài quá 1\.000\.000 ký tự/u);
  });

  it('rejects JSON that is not an object', () => {
    for (const text of ['null', '[]', '"kế hoạch"', '1']) {
      expect(() => parsePlanText(text)).toThrow('Nội dung tệp không phải là một kế hoạch');
    }
  });

  it('rejects a missing schemaVersion', () => {
    const error = rejection((doc) => {
      setPath(doc, ['schemaVersion'], undefined);
    });
    expect(error.field).toBe('schemaVersion');
    expect(error.kind).toBe('invalid');
    expect(error.message).toContain('không ghi phiên bản cấu trúc');
  });

  it('rejects a newer schemaVersion and says so', () => {
    const error = rejection((doc) => {
      setPath(doc, ['schemaVersion'], 5);
    });
    expect(error.kind).toBe('newer-version');
    expect(error.field).toBe('schemaVersion');
    expect(error.message).toContain('phiên bản mới hơn');
    expect(error.message).toContain('Hãy cập nhật ứng dụng');
  });

  it.each([
    [['meta', 'date', 'month'], 13, 'meta.date.month'],
    [['meta', 'date', 'day'], 32, 'meta.date.day'],
    [['meta', 'date', 'year'], 1900, 'meta.date.year'],
    [['profile'], 'abc', 'profile'],
    [['sections', 0, 'title'], 5, 'sections[0].title'],
    [['sections', 2, 'blocks', 0, 'type'], 'table', 'sections[2].blocks[0].type'],
    [['appendices', 0, 'rows', 3, 'level'], 5, 'appendices[0].rows[3].level'],
    [['appendices', 1, 'numberStyle'], 'letter', 'appendices[1].numberStyle'],
    [['signer', 'authority', 0, 'kind'], 'T/M', 'signer.authority[0].kind'],
    [['sectionNumbering'], 'arabic', 'sectionNumbering'],
  ] as const)('names the field at fault: %j = %j → %s', (path, value, field) => {
    const error = rejection((doc) => {
      setPath(doc, path, value);
    });
    expect(error.field).toBe(field);
    expect(error.kind).toBe('invalid');
    const prefix = `Kế hoạch không hợp lệ ở trường "${field}": `;
    expect(error.message.startsWith(prefix)).toBe(true);
    // The detail comes from zod's Vietnamese locale, not its English default.
    const detail = error.message.slice(prefix.length);
    expect(detail).toMatch(/không hợp lệ|Quá (lớn|nhỏ)/);
    expect(detail).not.toMatch(/\b(Invalid|Too big|Too small|expected|received)\b/);
  });

  it('counts the further errors', () => {
    const error = rejection((doc) => {
      setPath(doc, ['profile'], 'abc');
      setPath(doc, ['meta', 'date', 'month'], 13);
    });
    expect(error.field).toBe('profile');
    expect(error.message.endsWith(' (và 1 lỗi khác).')).toBe(true);
  });

  it('names a missing required field, and wrong types in Vietnamese', () => {
    const error = rejection((doc) => {
      setPath(doc, ['signer'], undefined);
    });
    expect(error.field).toBe('signer');
    expect(error.message).toBe('Kế hoạch không hợp lệ ở trường "signer": Thiếu trường bắt buộc.');
    const wrongType = rejection((doc) => {
      setPath(doc, ['meta', 'summary'], null);
    });
    expect(wrongType.message).toContain('mong đợi chuỗi ký tự, nhận được giá trị rỗng (null)');
  });

  it('rejects a document number that is not digits', () => {
    const error = rejection((doc) => {
      setPath(doc, ['meta', 'number'], '5a');
    });
    expect(error.field).toBe('meta.number');
    expect(error.message).toContain('Số văn bản chỉ gồm chữ số');
  });

  it('rejects a reference date that is not ISO', () => {
    const error = rejection((doc) => {
      setPath(doc, ['basis', 0, 'date'], '30/01/2026');
    });
    expect(error.field).toBe('basis[0].date');
  });

  it('rejects a day without a month', () => {
    const error = rejection((doc) => {
      setPath(doc, ['meta', 'date'], { year: 2026, month: null, day: 15 });
    });
    expect(error.field).toBe('meta.date.day');
    expect(error.message).toContain('Không thể có ngày khi chưa có tháng');
  });

  it('accepts a month without a day, and neither', () => {
    const monthOnly = parsePlanText(
      partyWith((doc) => {
        setPath(doc, ['meta', 'date'], { year: 2026, month: 2, day: null });
      }),
    );
    expect(monthOnly.meta.date).toEqual({ year: 2026, month: 2, day: null });
    const yearOnly = parsePlanText(
      partyWith((doc) => {
        setPath(doc, ['meta', 'date'], { year: 2026, month: null, day: null });
      }),
    );
    expect(yearOnly.meta.date).toEqual({ year: 2026, month: null, day: null });
  });

  it('accepts an unknown year, issuer and tên loại (a received document without them), and reads them from a version 1 file', () => {
    const v1 = minimalInput();
    const unknown = minimalInput();
    setPath(unknown, ['meta', 'date'], { year: null, month: null, day: null });
    setPath(unknown, ['meta', 'issuingOrgan'], { header: '', citation: '' });
    setPath(unknown, ['meta', 'typeName'], '');
    setPath(unknown, ['meta', 'docType'], '');
    const plan = parsePlanText(JSON.stringify(unknown));
    expect(plan.schemaVersion).toBe(4);
    expect(plan.meta.date).toEqual({ year: null, month: null, day: null });
    expect(plan.meta.issuingOrgan).toEqual({ header: '', citation: '' });
    expect([plan.meta.typeName, plan.meta.docType]).toEqual(['', '']);
    expect(parsePlanText(JSON.stringify(v1)).meta.date).toEqual({ year: 2026, month: 3, day: null });
  });

  it('still rejects a year outside 1945–2200', () => {
    const error = rejection((doc) => {
      setPath(doc, ['meta', 'date'], { year: 1930, month: null, day: null });
    });
    expect(error.field).toBe('meta.date.year');
  });

  it('rejects an appendix row whose level jumps (0 then 2)', () => {
    const error = rejection((doc) => {
      expect(getPath(doc, ['appendices', 0, 'rows', 0, 'level'])).toBe(0);
      setPath(doc, ['appendices', 0, 'rows', 1, 'level'], 2);
    });
    expect(error.field).toBe('appendices[0].rows[1].level');
    expect(error.message).toContain('Dòng ở cấp 2 không có dòng cấp trên');
  });

  it('rejects a first appendix row below level 0', () => {
    const error = rejection((doc) => {
      setPath(doc, ['appendices', 1, 'rows', 0, 'level'], 1);
    });
    expect(error.field).toBe('appendices[1].rows[0].level');
  });

  it('accepts rows that go back up several levels at once', () => {
    const doc = minimalInput();
    setPath(
      doc,
      ['appendices'],
      [
        {
          id: 'pl1',
          title: 'DANH MỤC',
          orientation: 'portrait',
          numberStyle: 'roman',
          columns: [{ id: 'task', label: 'Nội dung', type: 'text', width: 1 }],
          rows: [0, 1, 2, 0].map((level, i) => ({ id: `r${i}`, kind: 'data', level, cells: { task: `dòng ${i}` } })),
          levels: [{ numbering: 'outline' }],
          mainColumn: 'task',
        },
      ],
    );
    expect(parsePlanText(JSON.stringify(doc)).appendices[0]?.rows.map((r) => r.level)).toEqual([0, 1, 2, 0]);
  });

  it('rejects a cell for an unknown column', () => {
    const error = rejection((doc) => {
      setPath(doc, ['appendices', 0, 'rows', 1, 'cells', 'budget'], '100 triệu đồng');
    });
    expect(error.field).toBe('appendices[0].rows[1].cells.budget');
    expect(error.message).toContain('Ô thuộc cột "budget" không có trong danh sách cột');
  });

  it('rejects a main column that is not a column', () => {
    const error = rejection((doc) => {
      setPath(doc, ['appendices', 0, 'mainColumn'], 'nope');
    });
    expect(error.field).toBe('appendices[0].mainColumn');
  });

  it('rejects the merged layout without a group column', () => {
    const error = rejection((doc) => {
      setPath(doc, ['appendices', 1, 'groupColumn'], undefined);
    });
    expect(error.field).toBe('appendices[1].groupColumn');
  });

  it('rejects duplicate section ids', () => {
    const error = rejection((doc) => {
      setPath(doc, ['sections', 1, 'id'], getPath(doc, ['sections', 0, 'id']));
    });
    expect(error.field).toBe('sections[1].id');
    expect(error.message).toContain('Mã định danh "s1" bị trùng');
  });

  it('rejects an appendix id that repeats a section id', () => {
    const error = rejection((doc) => {
      setPath(doc, ['appendices', 0, 'id'], 's2');
    });
    expect(error.field).toBe('appendices[0].id');
  });
});

describe('Unicode normalization on load', () => {
  it('normalizes a decomposed (NFD) file to NFC', () => {
    const nfd = partyText.normalize('NFD');
    expect(nfd).not.toBe(partyText);
    const plan = parsePlanText(nfd);
    expect(plan).toEqual(parsePlanText(partyText));
    expect(plan.meta.issuingOrgan.header).toBe('TỈNH ỦY NINH BÌNH');
    expect(serializePlan(plan)).toBe(partyText);
  });

  it('normalizes decomposed enum values before validating them', () => {
    // "Mật" marking typed with combining marks still matches the enum value.
    const plan = parsePlanText(
      partyWith((doc) => {
        setPath(doc, ['meta', 'markings', 'secrecy'], 'MẬT'.normalize('NFD'));
      }),
    );
    expect(plan.meta.markings.secrecy).toBe('MẬT');
  });

  it('normalizes values passed to parsePlanValue', () => {
    const doc = loadJson(stateText);
    setPath(doc, ['meta', 'place'], 'Ninh Bình'.normalize('NFD'));
    const plan = parsePlanValue(doc);
    expect(plan.meta.place).toBe('Ninh Bình');
    expect(plan.meta.place).toHaveLength(9);
  });
});

describe('formatIssuePath', () => {
  it('writes object keys with dots and array indices in brackets', () => {
    expect(formatIssuePath(['appendices', 0, 'rows', 1, 'level'])).toBe('appendices[0].rows[1].level');
    expect(formatIssuePath(['meta', 'date', 'month'])).toBe('meta.date.month');
    expect(formatIssuePath(['profile'])).toBe('profile');
    expect(formatIssuePath([0, 'id'])).toBe('[0].id');
    expect(formatIssuePath([])).toBe('');
  });

  it('cuts a long key short, never between the halves of a surrogate pair', () => {
    expect(formatIssuePath(['cells', '{'.repeat(50_000)])).toBe(`cells.${'{'.repeat(40)}…`);
    expect(formatIssuePath(['x'.repeat(39) + '\u{1D465}'])).toBe(`${'x'.repeat(39)}…`);
  });
});
