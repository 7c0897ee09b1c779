/**
 * Layout text of a table whose cells are centred vertically (issue 15, point 3): LibreOffice's PDF
 * of a Word plan, through `pdftotext -layout`, prints the STT "1" and the lead agency on the
 * middle lines of a tall task cell, and a neighbour's centred line as a line of its own. The rows
 * are rebuilt around their STT, each cell's text whole. The fixture is what
 * `centred-table-fixture.ts` made (Word file by the `docx` package, PDF by LibreOffice); the
 * recipe is run again here, since another LibreOffice may print the lines in another order.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importText } from '../../../shared/import';
import { summarizePlan } from '../../../shared/inspect';
import { cellOf, cellText } from '../../../shared/model';
import { CENTRED_ROWS, centredTableLayoutText } from './centred-table-fixture';

const FIXTURE = join(import.meta.dirname, '..', '..', 'fixtures', 'layout-text', 'ke-hoach-o-giua-o-libreoffice.txt');

function expectRowsRebuilt(layoutText: string): void {
  const { plan } = importText(layoutText);
  const appendix = plan.appendices[0];
  const rows = appendix?.rows ?? [];
  expect(summarizePlan(plan).appendices.map((a) => [a.groups, a.rows])).toEqual([[2, 5]]);
  expect(rows.map((r) => r.kind)).toEqual(CENTRED_ROWS.map((r) => (r.length === 2 ? 'group' : 'data')));
  const text = (column: string): string[] => rows.map((r) => cellText(cellOf(r, column)).replace(/\s+/gu, ' ').trim());
  const mainColumn = appendix?.mainColumn ?? '';
  expect(text(mainColumn)).toEqual(CENTRED_ROWS.map((r) => r[1] ?? ''));
  const lead = appendix?.columns.find((c) => c.label === 'Cơ quan chủ trì')?.id ?? '';
  expect(text(lead)).toEqual(CENTRED_ROWS.map((r) => r[2] ?? ''));
}

describe('a table with vertically centred cells, as pdftotext -layout prints it', () => {
  it('has one row per STT (two groups, five tasks), the lines above a centred STT in its row, each cell whole', () => {
    expectRowsRebuilt(readFileSync(FIXTURE, 'utf8'));
  });

  it('reads the same from the PDF the LibreOffice here prints', async () => {
    expectRowsRebuilt(await centredTableLayoutText());
  }, 240_000);
});
