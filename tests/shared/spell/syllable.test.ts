/**
 * The spelling rules, as tables of words the checker must accept and reject. Both tone placements
 * in use are accepted everywhere (hóa/hoá, thủy/thuỷ); a mark where neither style puts it is a
 * misplaced tone, not a valid word.
 */
import { describe, expect, it } from 'vitest';
import { isSyllable, syllableVerdict } from '../../../shared/spell';
import { parseSyllable, placeTone } from '../../../shared/spell/syllable';
import { splitTone } from '../../../shared/spell/tones';

const words = (text: string): string[] => text.trim().split(/\s+/u);

describe('both tone placements', () => {
  const pairs: [string, string][] = [
    ['hóa', 'hoá'],
    ['hòa', 'hoà'],
    ['thủy', 'thuỷ'],
    ['khỏe', 'khoẻ'],
    ['ủy', 'uỷ'],
    ['Ủy', 'Uỷ'],
    ['tùy', 'tuỳ'],
    ['xóa', 'xoá'],
    ['lòe', 'loè'],
    ['thụy', 'thuỵ'],
    ['họa', 'hoạ'],
    ['tỏa', 'toả'],
    ['khóa', 'khoá'],
  ];

  it.each(pairs)('accepts %s and %s', (old, modern) => {
    expect(syllableVerdict(old)).toBe('valid');
    expect(syllableVerdict(modern)).toBe('valid');
  });

  it('writes either style on request', () => {
    for (const [old, modern] of pairs) {
      const { letters, tone } = splitTone(old);
      expect(placeTone(letters.join(''), tone, 'old')).toBe(old);
      expect(placeTone(letters.join(''), tone, 'new')).toBe(modern);
    }
  });

  it('puts the tone on the main vowel where the styles agree', () => {
    expect(placeTone('hoai', 1, 'old')).toBe('hoài');
    expect(placeTone('quy', 2, 'old')).toBe('quý');
    expect(placeTone('thuơ', 3, 'old')).toBe('thuở');
    expect(placeTone('huê', 5, 'old')).toBe('huệ');
    expect(placeTone('nguyên', 4, 'new')).toBe('nguyễn');
    expect(placeTone('cua', 3, 'new')).toBe('của');
    expect(placeTone('viêt', 1, 'old')).toBeNull();
  });

  it('reads decomposed (NFD) text the same as NFC', () => {
    for (const word of ['hoá', 'thuỷ', 'việt', 'Nguyễn', 'người']) expect(isSyllable(word.normalize('NFD'))).toBe(true);
  });
});

describe('accepted syllables', () => {
  const accepted = words(`
    a á à ả ã ạ ăn ân anh ách yêu yên yết yểu uyển uy ủy oai oán ương ướt ích im ỉa ừ ồ ở ơi
    nghiêng nghỉ nghề nghe ngoằn ngoèo ngoại nguyễn người ngày ghế ghi ghềnh gà gỗ góa goá
    kiểm kỹ kĩ ký kế kẻng cá cụ của cuộc cuốc quốc quyết quyền quý quỹ qui quân quả quẹt quờ quở quên quệt
    gì gìn giữ già giá giết giếng giêng gieo giuộc giặt khuya khuỷu khuếch huơ thuở huỳnh uỵch
    xoong boong goòng moóc soóc buýt chuyện truyền thuyết tuyệt luật xuân khuấy khuâng
    lý lí mỹ mĩ sỹ sĩ tỷ tỉ hy hi Vy Thy việc việt viết học họp bộ tập tiếp tiết
    chênh vênh lênh khênh ếch xẻng leng keng oẳn oách nhoẻn hoét
    VIỆT NAM ĐẢNG CỘNG SẢN Nguyễn Trãi Ninh Bình
  `);

  it.each(accepted)('%s', (word) => {
    expect(syllableVerdict(word)).toBe('valid');
  });
});

describe('rejected syllables', () => {
  const rejected: [string, string][] = [
    ['ngê', 'ng before ê is spelled ngh'],
    ['nge', 'ng before e is spelled ngh'],
    ['nghà', 'ngh only before i e ê'],
    ['ghà', 'gh only before i e ê'],
    ['gế', 'g before ê is spelled gh'],
    ['kă', 'k only before i e ê y'],
    ['ka', 'k only before i e ê y'],
    ['cê', 'c before ê is spelled k'],
    ['cy', 'c before y is spelled k'],
    ['coa', 'c with a medial is spelled qu'],
    ['kuy', 'k with a medial is spelled qu'],
    ['qa', 'q only as qu'],
    ['quă', 'ă needs a final'],
    ['bă', 'ă needs a final'],
    ['â', 'â needs a final'],
    ['iên', 'iê without an onset is spelled yê'],
    ['tyên', 'yê after an onset is spelled iê'],
    ['by', 'a bare y only after h k l m n s t v th'],
    ['viềt', 'stop final with huyền'],
    ['viêt', 'stop final without a tone'],
    ['viẻt', 'stop final with hỏi'],
    ['hoc', 'stop final without a tone'],
    ['ìch', 'stop final with huyền'],
    ['Vieejt', 'Telex leftover'],
    ['nhieemj', 'Telex leftover'],
    ['khoong', 'Telex leftover (oo only in xoong, boong, goòng)'],
    ['thhành', 'doubled letter'],
    ['tiếngg', 'doubled letter'],
    ['hóà', 'two tone marks'],
  ];

  it.each(rejected)('%s (%s)', (word) => {
    expect(syllableVerdict(word)).toBe('invalid');
  });

  const misplaced = words('gìa qúa qúy tíên ngừơi thủơ hóai');
  it.each(misplaced)('%s has its tone mark where neither style puts it', (word) => {
    expect(syllableVerdict(word)).toBe('misplaced-tone');
  });
});

describe('readings', () => {
  it('reads gi before i once (gìn = gi + in) and gia as gi + a', () => {
    expect(parseSyllable('gin').map((p) => [p.onset, p.rhyme])).toEqual([['g', 'in']]);
    expect(parseSyllable('gia').map((p) => [p.onset, p.rhyme])).toEqual([['gi', 'a']]);
    expect(parseSyllable('giêng').map((p) => [p.onset, p.rhyme])).toEqual([['g', 'iêng']]);
  });

  it('reads qu as an onset with the medial in it', () => {
    expect(parseSyllable('quyên').map((p) => [p.onset, p.rhyme, p.shape.nucleus, p.shape.final])).toEqual([['qu', 'yên', 'yê', 'n']]);
  });
});
