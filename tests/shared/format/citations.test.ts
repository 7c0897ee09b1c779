import { describe, expect, it } from 'vitest';
import { formatCitation, formatNumberSymbol, getProfile, HD05_2026, ND30_2020, numberFormOf } from '../../../shared/format';
import { inlineText, parsePlanText, type DocumentReference } from '../../../shared/model';
import { PARTY_FILE, STATE_FILE, fixtureText } from '../model/helpers';

const RESOLUTION: DocumentReference = {
  id: 'ref1',
  typeName: 'Nghị quyết',
  number: '05',
  symbol: 'NQ/TU',
  system: 'dang',
  date: '2026-01-30',
  issuer: 'Ban Chấp hành Đảng bộ tỉnh',
  title: 'về xây dựng Ninh Bình trở thành thành phố trực thuộc Trung ương trước năm 2030',
  shortName: 'Nghị quyết số 05-NQ/TU',
  role: 'implements',
};

const STATE_PLAN: DocumentReference = {
  id: 'ref2',
  typeName: 'Kế hoạch',
  number: '30',
  symbol: 'KH-UBND',
  system: 'nha-nuoc',
  date: '2026-01-29',
  issuer: 'UBND tỉnh',
  title: '',
  shortName: '',
  role: 'basis',
};

describe('formatNumberSymbol', () => {
  it('joins Party numbers with a hyphen: 05-NQ/TU', () => {
    expect(formatNumberSymbol('05', 'NQ/TU', numberFormOf('dang'))).toBe('05-NQ/TU');
    expect(formatNumberSymbol('58', 'KH/TU', numberFormOf('dang'))).toBe('58-KH/TU');
  });

  it('joins State numbers with a slash: 30/KH-UBND', () => {
    expect(formatNumberSymbol('30', 'KH-UBND', numberFormOf('nha-nuoc'))).toBe('30/KH-UBND');
    expect(formatNumberSymbol('15', 'QĐ-BNV', numberFormOf('nha-nuoc'))).toBe('15/QĐ-BNV');
  });

  it('adds the leading zero to numbers below 10', () => {
    expect(formatNumberSymbol('5', 'NQ/TU', numberFormOf('dang'))).toBe('05-NQ/TU');
    expect(formatNumberSymbol('5', 'BNV-VP', numberFormOf('nha-nuoc'))).toBe('05/BNV-VP');
    expect(formatNumberSymbol('123', 'KH-UBND', numberFormOf('nha-nuoc'))).toBe('123/KH-UBND');
  });

  it('gives the number alone when the symbol is empty', () => {
    expect(formatNumberSymbol('12', '', numberFormOf('dang'))).toBe('12');
    expect(formatNumberSymbol('5', '', numberFormOf('nha-nuoc'))).toBe('05');
    expect(formatNumberSymbol('', '', numberFormOf('nha-nuoc'))).toBe('');
  });
});

describe('formatCitation', () => {
  it('cites a Party resolution', () => {
    expect(formatCitation(RESOLUTION, ND30_2020)).toBe('Nghị quyết số 05-NQ/TU ngày 30/01/2026 của Ban Chấp hành Đảng bộ tỉnh');
  });

  it('cites a State plan', () => {
    expect(formatCitation(STATE_PLAN, ND30_2020)).toBe('Kế hoạch số 30/KH-UBND ngày 29/01/2026 của UBND tỉnh');
  });

  it('leaves out the date when it is unknown', () => {
    expect(formatCitation({ ...RESOLUTION, date: '' }, ND30_2020)).toBe('Nghị quyết số 05-NQ/TU của Ban Chấp hành Đảng bộ tỉnh');
    expect(formatCitation({ ...STATE_PLAN, date: '' }, ND30_2020)).toBe('Kế hoạch số 30/KH-UBND của UBND tỉnh');
  });

  it('writes months 3 to 12 without a leading zero', () => {
    expect(formatCitation({ ...STATE_PLAN, date: '2026-04-05' }, ND30_2020)).toBe('Kế hoạch số 30/KH-UBND ngày 05/4/2026 của UBND tỉnh');
  });

  it('pads a single-digit number', () => {
    expect(formatCitation({ ...RESOLUTION, number: '5' }, ND30_2020)).toBe(
      'Nghị quyết số 05-NQ/TU ngày 30/01/2026 của Ban Chấp hành Đảng bộ tỉnh',
    );
  });

  it('leaves out the issuer when it is empty', () => {
    expect(formatCitation({ ...STATE_PLAN, issuer: '' }, ND30_2020)).toBe('Kế hoạch số 30/KH-UBND ngày 29/01/2026');
  });

  it('leaves out "số" when there is no number or symbol', () => {
    expect(formatCitation({ ...RESOLUTION, number: '', symbol: '' }, ND30_2020)).toBe(
      'Nghị quyết ngày 30/01/2026 của Ban Chấp hành Đảng bộ tỉnh',
    );
    expect(formatCitation({ ...RESOLUTION, number: '', symbol: '', date: '', issuer: '' }, ND30_2020)).toBe('Nghị quyết');
  });

  it('does not include the title or short name', () => {
    expect(formatCitation(RESOLUTION, ND30_2020)).not.toContain('về xây dựng');
    expect(formatCitation({ ...STATE_PLAN, title: 'về cải cách hành chính', shortName: 'Kế hoạch' }, ND30_2020)).toBe(
      'Kế hoạch số 30/KH-UBND ngày 29/01/2026 của UBND tỉnh',
    );
  });

  it.each([PARTY_FILE, STATE_FILE])('matches how the preamble of %s cites its parent', (file) => {
    const plan = parsePlanText(fixtureText(file));
    const parent = plan.basis[0];
    const preamble = plan.preamble[0];
    if (parent === undefined || preamble === undefined) throw new Error('fixture without basis or preamble');
    expect(inlineText(preamble.children)).toContain(`Thực hiện ${formatCitation(parent, getProfile(plan.profile))} ${parent.title}`);
  });
});

describe('the citing profile', () => {
  it('writes HD 05 citations with a comma before the date, as the guide cites Quy định 399-QĐ/TW', () => {
    expect(formatCitation(RESOLUTION, HD05_2026)).toBe('Nghị quyết số 05-NQ/TU, ngày 30/01/2026 của Ban Chấp hành Đảng bộ tỉnh');
    expect(formatCitation({ ...RESOLUTION, number: '', symbol: '' }, HD05_2026)).toBe(
      'Nghị quyết ngày 30/01/2026 của Ban Chấp hành Đảng bộ tỉnh',
    );
  });
});
