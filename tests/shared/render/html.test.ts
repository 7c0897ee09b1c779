/**
 * The print HTML of both fixtures: one named page per layout section with the profile's size,
 * orientation and margins, the styles' metrics, repeated table headers, merges as rowspans, rows
 * that do not split, blank slots kept, and nothing that reaches outside the document.
 */
import { describe, expect, it } from 'vitest';
import { getProfile } from '../../../shared/format';
import { renderHtml, layoutToHtml } from '../../../shared/render/html';
import { numberLine } from '../../../shared/format';
import { buildLayout } from '../../../shared/render/layout';
import { PARTY_FIXTURE, STATE_FIXTURE, loadFixture } from './docx-xml';

const state = loadFixture(STATE_FIXTURE);
const party = loadFixture(PARTY_FIXTURE);

function pageRules(html: string): string[] {
  return [...html.matchAll(/@page (s\d+) \{ size: ([\d.]+)mm ([\d.]+)mm; margin: ([^;]+); \}/g)].map(
    (m) => `${m[1]} ${m[2]}x${m[3]} ${m[4]}`,
  );
}

describe('renderHtml', () => {
  it('gives every layout section its own named page: portrait body, landscape appendices, NĐ 30 margins', () => {
    const html = renderHtml(state);
    const sections = buildLayout(state).sections;
    expect(pageRules(html)).toEqual(
      sections.map((s, i) =>
        s.page.orientation === 'portrait' ? `s${i} 210x297 20mm 15mm 20mm 30mm` : `s${i} 297x210 20mm 15mm 20mm 30mm`,
      ),
    );
    expect([...html.matchAll(/<section class="(body|appendix)" style="page: (s\d+)">/g)].map((m) => `${m[1]}:${m[2]}`)).toEqual(
      sections.map((s, i) => `${s.role}:s${i}`),
    );
    expect(html).toContain('section + section { break-before: page; }');
  });

  it('sets Times New Roman with Liberation Serif as the metric-compatible fallback, in Vietnamese', () => {
    const html = renderHtml(party);
    expect(html).toContain('<html lang="vi-VN">');
    expect(html).toMatch(/font-family: "Times New Roman", "Liberation Serif"/);
  });

  it('turns paragraph styles into classes with Word metrics: sizes in pt, single line 1.15, additive spacing', () => {
    const html = renderHtml(state);
    const body = getProfile(state.profile).body;
    const rule = /\.KhBody \{ ([^}]+) \}/.exec(html)?.[1] ?? '';
    expect(rule).toContain(`font-size: ${body.text.size.value}pt`);
    expect(rule).toContain('text-align: justify');
    expect(rule).toContain(`text-indent: ${body.firstLineIndentMm.value}mm`);
    expect(rule).toContain(`padding: 0pt 0 ${body.spacingAfterPt.value}pt 0`);
    expect(/\.KhSection \{ [^}]*break-after: avoid-page/.test(html)).toBe(true);
  });

  it('repeats appendix table headers through <thead> and keeps rows whole', () => {
    const html = layoutToHtml(buildLayout(party), [1]);
    const table = /<table class="appendix bordered"[^>]*>.*?<\/table>/s.exec(html)?.[0] ?? '';
    expect(table).toMatch(/<thead><tr class="keep">.*STT.*Nhiệm vụ.*<\/thead>/s);
    const bodyRows = [...(/<tbody>(.*)<\/tbody>/s.exec(table)?.[1] ?? '').matchAll(/<tr( class="keep")?>/g)];
    expect(bodyRows.length).toBeGreaterThan(47);
    expect(bodyRows.every((m) => m[1] === ' class="keep"')).toBe(true);
    const widths = [...table.matchAll(/<col style="width: ([\d.]+)mm">/g)].map((m) => Number(m[1]));
    expect(widths.reduce((a, b) => a + b, 0)).toBeCloseTo(297 - 30 - 15, 0);
  });

  it('draws merged criteria cells as rowspans and drops the continuing cells', () => {
    const html = layoutToHtml(buildLayout(party), [2]);
    const spans = [...html.matchAll(/rowspan="(\d+)"/g)].map((m) => Number(m[1]));
    expect(spans.length).toBeGreaterThan(0);
    const rows = [...html.matchAll(/<tr[^>]*>(.*?)<\/tr>/gs)].map((m) => [...(m[1] ?? '').matchAll(/<td/g)].length);
    expect(new Set(rows).size).toBeGreaterThan(1);
  });

  it('keeps the blank number slot for the văn thư as spaces that print', () => {
    const blank = structuredClone(state);
    blank.meta.number = '';
    const html = renderHtml(blank);
    expect(html).toContain(numberLine(blank.meta.number, blank.meta.symbol, getProfile(blank.profile)));
    expect(html).toMatch(/p \{ margin: 0; white-space: pre-wrap;/);
  });

  it('escapes text and loads nothing from outside', () => {
    const odd = structuredClone(state);
    odd.meta.summary = 'Kế hoạch <script>alert(1)</script> & "x"';
    const html = renderHtml(odd);
    expect(html).not.toContain('<script>');
    expect(html).toContain('Kế hoạch &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot;');
    expect(html).not.toMatch(/\b(src|href)=|url\(|@import/);
    expect(html).toContain(`default-src 'none'`);
  });
});
