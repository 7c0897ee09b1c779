/** Suggestions: input-method decoding first, then close syllables, ranked, in the word's case. */
import { describe, expect, it } from 'vitest';
import { suggest } from '../../../shared/spell';

describe('suggest', () => {
  it('decodes Telex and VNI leftovers first', () => {
    expect(suggest('Vieejt')[0]).toBe('Việt');
    expect(suggest('nhieemj')[0]).toBe('nhiệm');
    expect(suggest('vie65t')[0]).toBe('việt');
    expect(suggest('khoong')[0]).toBe('không');
  });

  it('keeps the case of the word', () => {
    expect(suggest('VIEEJT')[0]).toBe('VIỆT');
    expect(suggest('Thhành')[0]).toBe('Thành');
    expect(suggest('Chínhphủ')[0]).toBe('Chính phủ');
  });

  it('offers the tones a stop final allows', () => {
    expect(suggest('viềt').slice(0, 2).sort()).toEqual(['viết', 'việt']);
    expect(suggest('hoc')).toContain('học');
  });

  it('repairs spelling rules and misplaced tone marks', () => {
    expect(suggest('ngê')[0]).toBe('nghê');
    expect(suggest('ghà')[0]).toBe('gà');
    expect(suggest('gìa')[0]).toBe('già');
    expect(suggest('tíên')[0]).toBe('tiến');
    expect(suggest('ngừơi')[0]).toBe('người');
  });

  it('removes doubled letters and splits two syllables typed together', () => {
    expect(suggest('thhành')[0]).toBe('thành');
    expect(suggest('tỉnhh')[0]).toBe('tỉnh');
    expect(suggest('pháttriển')[0]).toBe('phát triển');
  });

  it('writes oa, oe, uy in the style asked for', () => {
    expect(suggest('hoas')[0]).toBe('hóa');
    expect(suggest('hoas', { toneStyle: 'new' })[0]).toBe('hoá');
    expect(suggest('khoer', { toneStyle: 'new' })[0]).toBe('khoẻ');
  });

  it('offers allowed and user words close to the word', () => {
    expect(suggest('internt')[0]).toBe('internet');
    expect(suggest('Agribnk', { userWords: ['Agribank'] })[0]).toBe('Agribank');
  });

  it('ranks syllables of the surrounding text first', () => {
    expect(suggest('tâp')[0]).toBe('tập');
    expect(suggest('bêt')[0]).toBe('bết');
    expect(suggest('bêt', { context: 'ngồi bệt xuống' })[0]).toBe('bệt');
  });

  it('gives a handful at most, without repeats or the word itself', () => {
    const found = suggest('hiên', { limit: 3 });
    expect(found).toHaveLength(3);
    expect(new Set(found).size).toBe(3);
    expect(suggest('gìa')).not.toContain('gìa');
  });
});
