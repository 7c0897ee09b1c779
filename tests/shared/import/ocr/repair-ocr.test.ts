/** Repairs of Vietnamese OCR confusions, made only where the context leaves one reading. */
import { describe, expect, it } from 'vitest';
import { repairOcrLine, type OcrWord } from '../../../../shared/import/ocr/repair-ocr';

function line(text: string, confidence = 0.9): OcrWord[] {
  let x = 0;
  return text.split(' ').map((word) => {
    const box = { text: word, x0: x, y0: 10, x1: x + word.length * 10, y1: 30, confidence };
    x += word.length * 10 + 10;
    return box;
  });
}

const read = (text: string): string =>
  repairOcrLine(line(text))
    .map((w) => w.text)
    .join(' ');

describe('repairOcrLine', () => {
  it('gives capitals back the marks OCR dropped, in the phrases a plan prints by rule', () => {
    expect(read('PHO CHU TỊCH')).toBe('PHÓ CHỦ TỊCH');
    expect(read('KT. CHU TICH')).toBe('KT. CHỦ TỊCH');
    expect(read('T/M BAN THUONG VU')).toBe('T/M BAN THƯỜNG VỤ');
    expect(read('UY BAN NHAN DAN TỈNH')).toBe('ỦY BAN NHÂN DÂN TỈNH');
    expect(read('DANG CONG SAN VIET NAM')).toBe('ĐẢNG CỘNG SẢN VIỆT NAM');
  });

  it('gives the nơi nhận label back its marks before its colon, and only there', () => {
    expect(read('Nơi nhân:')).toBe('Nơi nhận:');
    expect(read('Noi nhan : - UBND tỉnh;')).toBe('Nơi nhận : - UBND tỉnh;');
    expect(read('NOI NHAN:')).toBe('NƠI NHẬN:');
    expect(read('Nơi nhân dân sinh sống')).toBe('Nơi nhân dân sinh sống');
  });

  it('raises a capital read in lower case on a line of capitals', () => {
    expect(read('Cơ QUAN CHỦ TRÌ')).toBe('CƠ QUAN CHỦ TRÌ');
  });

  it('rebuilds "Phụ lục" glued, split or behind a speck, keeping its number', () => {
    expect(read('_ PhụlụcI')).toBe('Phụ lục I');
    expect(read('Phụ lu c II')).toBe('Phụ lục II');
    expect(read('PHULUC 2')).toBe('PHỤ LỤC 2');
    expect(read('Phụ lục III')).toBe('Phụ lục III');
  });

  it('puts back the stop a section number lost, before a title in capitals only', () => {
    expect(read('II NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM')).toBe('II. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM');
    expect(read('IV TỔ CHỨC THỰC HIỆN')).toBe('IV. TỔ CHỨC THỰC HIỆN');
    expect(read('II. MỤC TIÊU')).toBe('II. MỤC TIÊU');
    expect(read('I Mục tiêu chung')).toBe('I Mục tiêu chung');
  });

  it('reads the strokes of a section number OCR joined or broke, before a title in capitals only', () => {
    expect(read('H. MỤC TIÊU')).toBe('II. MỤC TIÊU');
    expect(read('1H. NHIỆM VỤ, GIẢI PHÁP')).toBe('III. NHIỆM VỤ, GIẢI PHÁP');
    expect(read('l. MỤC ĐÍCH, YÊU CẦU')).toBe('I. MỤC ĐÍCH, YÊU CẦU');
    expect(read('1V TỔ CHỨC THỰC HIỆN')).toBe('IV. TỔ CHỨC THỰC HIỆN');
    expect(read('L MỤC ĐÍCH, YÊU CẦU')).toBe('I. MỤC ĐÍCH, YÊU CẦU');
    expect(read('IL NHIỆM VỤ, GIẢI PHÁP')).toBe('II. NHIỆM VỤ, GIẢI PHÁP');
    expect(read('L Mục đích')).toBe('L Mục đích');
    expect(read('IIII. NHIỆM VỤ, GIẢI PHÁP')).toBe('IV. NHIỆM VỤ, GIẢI PHÁP');
    expect(read('H. Mục tiêu')).toBe('H. Mục tiêu');
    expect(read('1. MỤC ĐÍCH')).toBe('1. MỤC ĐÍCH');
    expect(read('11. PHÁT TRIỂN')).toBe('11. PHÁT TRIỂN');
  });

  it('drops the specks a wiped rule leaves beside letters', () => {
    expect(read('Nội^ dung nhiệm vụ _')).toBe('Nội dung nhiệm vụ');
    expect(read('| Sản phẩm')).toBe('Sản phẩm');
  });

  it('leaves alone what has another reading: mixed text, single words, a name', () => {
    expect(read('Chu trì thực hiện')).toBe('Chu trì thực hiện');
    expect(read('Ông Chu Văn An')).toBe('Ông Chu Văn An');
    expect(read('CHU')).toBe('CHU');
    expect(read('phụ lục kèm theo')).toBe('phụ lục kèm theo');
  });

  it('keeps the confidence of the words it mends, so an unsure word stays marked', () => {
    const [first, second] = repairOcrLine(line('PhụlụcI', 0.4));
    expect(first?.confidence).toBe(0.4);
    expect(second?.confidence).toBe(0.4);
    expect(first !== undefined && second !== undefined && first.x1 <= second.x0).toBe(true);
  });
});
