import { describe, expect, it } from 'vitest';
import { ImportError, importText } from '../../../shared/import';
import { decodeLegacyVietnamese, detectLegacyEncoding } from '../../../shared/import/normalize/legacy-encoding';
import { parseInlineMarkup } from '../../../shared/import/normalize/inline-markup';
import { typeHeader } from '../../../shared/import/recognize/appendix-columns';
import { summarizePlan } from '../../../shared/inspect';

/** A plan of another province and body, typed as OCR and copy-paste deliver it. */
const OTHER_PLAN = [
  'UBND TỈNH QUẢNG TRỊ',
  'SỞ TÀI CHÍNH',
  'CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  'Độc lập - Tự do - Hạnh phúc',
  '_______________',
  'Số: 125/KH-STC',
  'Quảng Trị, ngày 05 tháng 3 năm 2026',
  'KẾ HOẠCH',
  'Triển khai thực hiện nhiệm vụ chuyển đổi số năm 2026',
  '-----------',
  'Căn cứ Quyết định số 12/QĐ-UBND ngày 10/01/2026 của UBND tỉnh về ban hành Chương trình chuyển đổi số;',
  'Thực hiện Kế hoạch số 45/KH-UBND ngày 20/02/2026 của UBND tỉnh về chuyển đổi số năm 2026 (sau đây gọi tắt là Kế hoạch 45), Sở Tài chính ban hành Kế hoạch thực hiện như sau:',
  'l. MỤC ĐÍCH, YÊU CẦU',
  '1. Triển khai kịp thời, hiệu quả các nhiệm vụ được giao tại Kế hoạch 45 trong toàn ngành tài chính',
  'của tỉnh, bảo đảm đúng tiến độ.',
  'II. NHIỆM VỤ',
  '1.1. Hoàn thiện hạ tầng số',
  'a) Nâng cấp mạng nội bộ \\geq 1 Gbps tại **100%** phòng, đơn vị;',
  'b) Triển khai chữ ký số cho công chức.',
  '1.2. Phát triển dữ liệu',
  '- Xây dựng cơ sở dữ liệu tài chính dùng chung, kết nối với hệ thống của tỉnh, bảo đảm an toàn thông tin và bảo mật dữ liệu',
  '',
  'Theo quy định của pháp luật.',
  '+ Cập nhật dữ liệu hằng tháng.',
  'III. TỔ CHỨC THỰC HIỆN',
  'Các phòng, đơn vị triển khai thực hiện Kế hoạch này./.',
  'Nơi nhận:',
  '- UBND tỉnh (để b/c);',
  '- Ban Giám đốc Sở;',
  '- Lưu: VT, KHTC.',
  'KT. GIÁM ĐỐC',
  'PHÓ GIÁM ĐỐC',
  '(Đã ký)',
  'Nguyễn Văn An',
  'Phụ lục',
  'DANH MỤC NHIỆM VỤ CHUYỂN ĐỔI SỐ NĂM 2026',
  '(Kèm theo Kế hoạch số 125/KH-STC ngày 05/3/2026 của Sở Tài chính)',
  'TT\tNội dung nhiệm vu\tĐơn vi chủ trì\tĐơn vị phối hợp\tThời hạn hoàn thành\tKinh phí',
  '(1)\t(2)\t(3)\t(4)\t(5)\t(6)',
  'I\tHạ tầng số\t\t\t\t',
  '1\tNâng cấp mạng nội bộ\tVăn phòng Sở\tPhòng Tin học\tQuý II/2026\tNgân sách tỉnh',
  '2\tTriển khai chữ ký số\tVăn phòng Sở\t\tQuý III/2026\t',
  '',
  'TT\tNội dung nhiệm vụ\tĐơn vị chủ trì\tĐơn vị phối hợp\tThời hạn hoàn thành\tKinh phí',
  '\tTrang bị máy chủ dự phòng\tVăn phòng Sở\t\tQuý IV/2026\t',
  'II\tDữ liệu số\t\t\t\t',
  '1\tCơ sở dữ liệu tài chính\tPhòng Quản lý ngân sách\tCác phòng\tNăm 2026\t',
].join('\n');

describe('a plan the seeds do not contain', () => {
  const { plan, report } = importText(OTHER_PLAN);
  const summary = summarizePlan(plan);

  it('reads the State header: parent organ, issuer, number, place and date', () => {
    expect(plan.profile).toBe('nd30-2020');
    expect(plan.meta).toMatchObject({ parentOrgan: 'UBND TỈNH QUẢNG TRỊ', number: '125', symbol: 'KH-STC', place: 'Quảng Trị' });
    expect(plan.meta.issuingOrgan).toEqual({ header: 'SỞ TÀI CHÍNH', citation: 'Sở Tài chính' });
    expect(summary.date).toBe('2026-03-05');
    expect(summary.summary).toBe('Triển khai thực hiện nhiệm vụ chuyển đổi số năm 2026');
  });

  it('finds a căn cứ and an implemented plan with its short name', () => {
    expect(plan.basis.map((b) => [b.typeName, b.number, b.symbol, b.date, b.issuer, b.role, b.shortName])).toEqual([
      ['Quyết định', '12', 'QĐ-UBND', '2026-01-10', 'UBND tỉnh', 'basis', ''],
      ['Kế hoạch', '45', 'KH-UBND', '2026-02-20', 'UBND tỉnh', 'implements', 'Kế hoạch 45'],
    ]);
  });

  it('builds the outline, mending the OCR "l." and the line cut after "ngành tài chính"', () => {
    expect(summary.sections.map((s) => s.title)).toEqual(['MỤC ĐÍCH, YÊU CẦU', 'NHIỆM VỤ', 'TỔ CHỨC THỰC HIỆN']);
    expect(summary.sections[0]?.children[0]?.title).toMatch(/tài chính của tỉnh, bảo đảm đúng tiến độ\.$/);
    expect(summary.sections[1]?.children.map((c) => [c.number, c.children.map((g) => g.number)])).toEqual([
      ['1.1', ['a', 'b']],
      ['1.2', []],
    ]);
    const blocks = plan.sections[1]?.blocks ?? [];
    expect(blocks.map((b) => b.type)).toEqual(['item', 'item', 'item', 'item', 'bullet', 'bullet']);
    expect(blocks[1]?.children).toEqual([
      { text: 'Nâng cấp mạng nội bộ ≥ 1 Gbps tại ' },
      { text: '100%', bold: true },
      { text: ' phòng, đơn vị;' },
    ]);
    expect(blocks[4]?.children).toEqual([{ text: expect.stringMatching(/bảo mật dữ liệu Theo quy định của pháp luật\.$/) as unknown }]);
    expect(plan.sections[2]?.blocks[0]?.children).toEqual([{ text: 'Các phòng, đơn vị triển khai thực hiện Kế hoạch này.' }]);
  });

  it('types the columns in spite of typos and merges the table continued after a page break', () => {
    const appendix = plan.appendices[0];
    expect(appendix?.columns.map((c) => c.type)).toEqual(['stt', 'text', 'agency', 'agencies', 'deadline', 'resources']);
    expect(summary.appendices[0]).toMatchObject({ number: '', groups: 2, rows: 4, title: 'DANH MỤC NHIỆM VỤ CHUYỂN ĐỔI SỐ NĂM 2026' });
    expect(appendix?.rows.map((r) => `${r.kind}${r.level}`)).toEqual(['group0', 'data1', 'data1', 'data1', 'group0', 'data1']);
    expect(appendix?.levels.map((l) => l.numbering)).toEqual(['roman', 'arabic']);
  });

  it('reads the signer, the copy mark and nơi nhận; nothing is left unplaced', () => {
    expect(plan.signer).toEqual({ authority: [{ kind: 'KT', body: 'GIÁM ĐỐC' }], position: 'PHÓ GIÁM ĐỐC', name: 'Nguyễn Văn An' });
    expect(plan.recipients).toEqual([{ name: 'UBND tỉnh', purpose: '(để b/c)' }, { name: 'Ban Giám đốc Sở' }]);
    expect(plan.archive).toBe('VT, KHTC');
    expect(report.unplaced).toEqual([]);
  });

  it('reads the same plan with decomposed diacritics identically', () => {
    expect(importText(OTHER_PLAN.normalize('NFD')).plan).toEqual(plan);
  });

  it('gives the same ids on every import', () => {
    expect(importText(OTHER_PLAN).plan.id).toBe(plan.id);
  });

  it('reports a Party symbol and the dash section form', () => {
    const party = importText(
      [
        'ĐẢNG BỘ TỈNH HÀ TĨNH',
        'ĐẢNG ỦY XÃ THẠCH HÀ',
        '*',
        'Số 07-KH/ĐU',
        'KẾ HOẠCH',
        'về công tác năm 2026',
        'I- MỤC ĐÍCH',
        '1- Nội dung thứ nhất.',
        '2- Nội dung thứ hai.',
        'T/M ĐẢNG ỦY',
        'BÍ THƯ',
        'Trần Văn Bình',
      ].join('\n'),
    ).plan;
    // Undated: read under the Party guide now in force, and the year left for the drafter.
    expect(party.profile).toBe('hd05-2026');
    expect(party.meta.date.year).toBeNull();
    expect(party.sectionNumbering).toBe('roman-dash');
    expect(party.sections[0]?.blocks.map((b) => b.type)).toEqual(['item', 'item']);
    expect(party.meta).toMatchObject({ parentOrgan: 'ĐẢNG BỘ TỈNH HÀ TĨNH', number: '07', symbol: 'KH/ĐU' });
  });
});

describe('bad text input', () => {
  it('refuses a text that is not a plan, in Vietnamese', () => {
    expect(() => importText('Hôm nay trời đẹp.\nChúng tôi đi chơi công viên.')).toThrow(ImportError);
    expect(() => importText('Hôm nay trời đẹp.')).toThrow(/Không nhận ra văn bản là kế hoạch/);
  });

  it('gives up quickly on a large text without structure', () => {
    const started = Date.now();
    expect(() => importText('lorem ipsum dolor sit amet '.repeat(40).concat('\n').repeat(2000))).toThrow(ImportError);
    expect(Date.now() - started).toBeLessThan(20_000);
  });
});

describe('normalization', () => {
  it('converts TCVN3 (ABC) and VNI text to Unicode', () => {
    expect(detectLegacyEncoding('KÕ ho¹ch thùc hiÖn NghÞ quyÕt')).toBe('tcvn3');
    expect(decodeLegacyVietnamese('KÕ ho¹ch thùc hiÖn NghÞ quyÕt cña Ninh B×nh')).toBe('Kế hoạch thực hiện Nghị quyết của Ninh Bình');
    expect(detectLegacyEncoding('Keá hoaïch thöïc hieän Nghò quyeát')).toBe('vni');
    expect(decodeLegacyVietnamese('Keá hoaïch thöïc hieän Nghò quyeát cuûa Ñaûng boä')).toBe('Kế hoạch thực hiện Nghị quyết của Đảng bộ');
    expect(decodeLegacyVietnamese('Kế hoạch số 30/KH-UBND')).toBe('Kế hoạch số 30/KH-UBND');
  });

  it('turns extraction markup into runs and drops footnote marks', () => {
    expect(parseInlineMarkup('Tỷ lệ (<i>tối thiểu 20/39 phường</i>) đạt<sup>2</sup>').runs).toEqual([
      { text: 'Tỷ lệ (' },
      { text: 'tối thiểu 20/39 phường', italic: true },
      { text: ') đạt' },
    ]);
    expect(parseInlineMarkup('<sup>1</sup> Tờ trình số 19-TTr/TU').footnote).toBe(true);
    expect(parseInlineMarkup('## 2. Hạn chế').text).toBe('2. Hạn chế');
    expect(parseInlineMarkup('*').text).toBe('*');
  });

  it('types column headers with OCR noise and leaves unknown ones untyped', () => {
    expect(typeHeader('C0 quan chu tri').type).toBe('agency');
    expect(typeHeader('THỜI GIAN THỰC HIỆN').type).toBe('deadline');
    expect(typeHeader('Đến năm 2030').type).toBe('target');
    expect(typeHeader('Đơn vị tính').type).toBe('unit');
    expect(typeHeader('Hệ số k').score).toBeLessThan(0.72);
  });
});

describe('an appendix row whose number OCR could not read', () => {
  const body = OTHER_PLAN.slice(0, OTHER_PLAN.indexOf('TT\tNội dung'));
  const table = (third: string): string =>
    [
      'STT\tLoại hình cơ sở\tSố cơ sở\tĐơn vị thực hiện',
      '1\tKinh doanh phân bón\t45\tChi cục Trồng trọt',
      '2\tKinh doanh thuốc bảo vệ thực vật\t38\tChi cục Trồng trọt',
      `${third}\tSản xuất thức ăn chăn nuôi\t22\tChi cục Chăn nuôi`,
      '4\tKinh doanh giống cây trồng\t17\tChi cục Trồng trọt',
    ].join('\n');

  it('is a data row like the numbered rows around it, not the child of the row above', () => {
    const kinds = (third: string): string[] =>
      importText(body + table(third)).plan.appendices[0]?.rows.map((r) => `${r.kind}${String(r.level)}`) ?? [];
    expect(kinds('3')).toEqual(['data0', 'data0', 'data0', 'data0']);
    expect(kinds('gì')).toEqual(['data0', 'data0', 'data0', 'data0']);
  });

  it('takes the rank of the data row before it, not of the group above', () => {
    const grouped = importText(`${body}${table('gì').replace('STT\tLoại hình cơ sở\tSố cơ sở\tĐơn vị thực hiện', '$&\nI\tTRỒNG TRỌT\t\t')}`)
      .plan.appendices[0];
    expect(grouped?.rows.map((r) => `${r.kind}${String(r.level)}`)).toEqual(['group0', 'data1', 'data1', 'data1', 'data1']);
  });
});
