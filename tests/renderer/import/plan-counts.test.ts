/** The import report's figures counted on the plan: the importer's own figures on every seed. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importText } from '../../../shared/import';
import { parsePlanText } from '../../../shared/plan-file';
import { planCounts } from '../../../renderer/import/plan-counts';

const SEEDS = ['ke-hoach-dang-ninh-binh-58-KH-TU', 'ke-hoach-nha-nuoc-bql-kkt-thuc-hien-30-KH-UBND', 'thong-bao-dang-hoi-nghi-so-ket'];
const seed = (name: string): string => readFileSync(new URL(`../../fixtures/seeds/${name}.txt`, import.meta.url), 'utf8');

describe('planCounts', () => {
  it.each(SEEDS)('gives the importer’s figures for %s', (name) => {
    const { plan, report } = importText(seed(name));
    const counts = planCounts(plan);
    // The header's count is the importer's own (lines it read there); the dialog shows the fields.
    expect({ ...counts, appendices: counts.appendices.length, signer: counts.signer ? 1 : 0, header: report.counts.header }).toEqual(
      report.counts,
    );
  });

  it('counts each appendix on its own, with its label', () => {
    const counts = planCounts(importText(seed(SEEDS[0] ?? '')).plan);
    expect(counts.appendices.map(({ label, groupRows, dataRows }) => ({ label, groupRows, dataRows }))).toEqual([
      { label: 'Phụ lục I', groupRows: 7, dataRows: 47 },
      { label: 'Phụ lục II', groupRows: 3, dataRows: 16 },
    ]);
  });

  it('counts a plan the importer did not count (one read from our embedded model)', () => {
    const plan = parsePlanText(readFileSync(new URL('../../fixtures/ke-hoach-bql-thuc-hien-30-KH-UBND.kehoach', import.meta.url), 'utf8'));
    const counts = planCounts(plan);
    expect(counts.sections).toBe(plan.sections.length);
    expect(counts.items).toBeGreaterThan(0);
    expect(counts.signer).toBe(true);
    expect(planCounts({ ...plan, signer: { authority: [], position: '', name: '' }, archive: '', recipients: [] })).toMatchObject({
      signer: false,
      recipients: 0,
    });
  });
});
