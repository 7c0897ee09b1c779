/** Words typed with Telex or VNI while the input method was off, read back as intended. */
import { describe, expect, it } from 'vitest';
import { decodeTelex, decodeVni } from '../../../shared/spell';

describe('decodeTelex', () => {
  it.each([
    ['Vieejt', 'Việt'],
    ['nhieemj', 'nhiệm'],
    ['khoong', 'không'],
    ['ddaauf', 'đầu'],
    ['cuar', 'của'],
    ['nuwowcs', 'nước'],
    ['nguoiwf', 'người'],
    ['tinhr', 'tỉnh'],
    ['hoawcj', 'hoặc'],
    ['tw', 'tư'],
    ['VIEEJT', 'VIỆT'],
    ['Quyeets', 'Quyết'],
  ])('%s → %s', (typed, intended) => {
    expect(decodeTelex(typed, 'old')).toBe(intended);
  });

  it('places the tone in the style asked for', () => {
    expect(decodeTelex('hoas', 'old')).toBe('hóa');
    expect(decodeTelex('hoas', 'new')).toBe('hoá');
    expect(decodeTelex('thuyr', 'new')).toBe('thuỷ');
  });

  it('gives nothing for words that decode to no syllable or to themselves', () => {
    expect(decodeTelex('Nam', 'old')).toBeNull();
    expect(decodeTelex('internet', 'old')).toBeNull();
    expect(decodeTelex('viet', 'old')).toBeNull();
  });
});

describe('decodeVni', () => {
  it.each([
    ['vie65t', 'việt'],
    ['Vie65t', 'Việt'],
    ['d9u7o7ng2', 'đường'],
    ['nu7o71c', 'nước'],
    ['qua1', 'quá'],
    ['xa4', 'xã'],
    ['thuy3', 'thủy'],
  ])('%s → %s', (typed, intended) => {
    expect(decodeVni(typed, 'old')).toBe(intended);
  });

  it('gives nothing for codes', () => {
    for (const code of ['km2', 'hd36', 'pl1', 'base2025']) expect(decodeVni(code, 'old')).toBeNull();
  });
});
