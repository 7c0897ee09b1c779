/** The user dictionary and the checks compare words in NFC, ignoring case and tone placement. */
import { describe, expect, it } from 'vitest';
import { spellKey } from '../../../shared/spell';

describe('spellKey', () => {
  it('is the same for both tone placements, any case, NFC or NFD', () => {
    for (const [a, b] of [
      ['hóa', 'hoá'],
      ['Thủy', 'thuỷ'],
      ['ỦY', 'uỷ'],
      ['khỏe', 'KHOẺ'],
      ['Việt', 'việt'.normalize('NFD')],
    ]) {
      expect(spellKey(a ?? '')).toBe(spellKey(b ?? ''));
    }
  });

  it('keeps different words apart', () => {
    expect(spellKey('hóa')).not.toBe(spellKey('hòa'));
    expect(spellKey('hoa')).not.toBe(spellKey('hóa'));
    expect(spellKey('thu')).not.toBe(spellKey('thư'));
  });

  it('keys each syllable of a joined word on its own', () => {
    expect(spellKey('Hoá-đơn')).toBe(spellKey('hóa-Đơn'));
    expect(spellKey('e-commerce')).toBe('e-commerce');
  });
});
