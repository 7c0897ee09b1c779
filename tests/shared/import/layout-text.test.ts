/**
 * Text laid out with spaces (issue 15, point 3), as `pdftotext -layout` gives a plan printed from
 * Word: columns are runs of spaces, wrapped cells go on over the next lines, a header cell taller
 * than the row prints a line above it, the appendix table goes on over a page break with its
 * header repeated, and page numbers stand between the pages' text. The fixture is written by hand
 * in that form (justified body lines, landscape appendix pages wider than the portrait ones).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importText } from '../../../shared/import';
import { summarizePlan } from '../../../shared/inspect';
import { isLayoutText } from '../../../shared/import/text/layout-text';

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures');
const read = (path: string): string => readFileSync(join(FIXTURES, path), 'utf8');

describe('a plan as pdftotext -layout gives it', () => {
  const { plan } = importText(read('layout-text/ke-hoach-quang-tri-layout.txt'));
  const summary = summarizePlan(plan);

  it('reads the header block by its columns and joins the centred trích yếu', () => {
    expect(summary).toMatchObject({
      system: 'nha-nuoc',
      issuer: 'ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ',
      number: '142',
      symbol: 'KH-UBND',
      date: '2026-06-09',
      summary: 'Triển khai phong trào thi đua chuyển đổi số trong cơ quan hành chính nhà nước năm 2026',
    });
  });

  it('joins wrapped lines into items and leaves the page numbers out', () => {
    expect(summary.sections.map((s) => [s.number, s.children.map((c) => c.number)])).toEqual([
      ['I', ['1', '2']],
      ['II', ['1', '2']],
      ['III', ['1', '2', '3']],
    ]);
    expect(summary.sections[2]?.children[2]?.title).toBe(
      'Các sở, ban, ngành, Ủy ban nhân dân các xã, phường tổ chức thực hiện nghiêm túc Kế hoạch này.',
    );
  });

  it('rebuilds the appendix table: columns, the header line above the row, wrapped cells, one table over the page break', () => {
    expect(summary.appendices.map((a) => [a.columns, a.groups, a.rows, a.orientation])).toEqual([
      [['STT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian hoàn thành'], 2, 6, 'landscape'],
    ]);
    const rows = plan.appendices[0]?.rows ?? [];
    const cells = rows.filter((r) => r.kind === 'data').map((r) => JSON.stringify(r.cells));
    expect(cells[0]).toContain('Nâng cấp mạng nội bộ, đường truyền số liệu chuyên dùng đến cấp xã');
    expect(cells[4]).toContain('Số hóa hồ sơ, giấy tờ kết quả giải quyết thủ tục hành chính còn hiệu lực');
  });

  it('reads the nơi nhận and the signature beside it', () => {
    expect(summary.signer).toEqual({ authority: 'TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH', position: 'PHÓ CHỦ TỊCH', name: 'Hoàng Nam Anh' });
    expect(summary.recipients).toBe(5);
  });
});

describe('which text is laid out with spaces', () => {
  it('is not text typed or pasted from Word, with tabs or single spaces', () => {
    expect(isLayoutText(read('seeds/ke-hoach-dang-ninh-binh-58-KH-TU.txt'))).toBe(false);
    expect(isLayoutText(read('seeds/ke-hoach-nha-nuoc-bql-kkt-thuc-hien-30-KH-UBND.txt'))).toBe(false);
    expect(isLayoutText(read('layout-text/ke-hoach-quang-tri-layout.txt'))).toBe(true);
  });
});
