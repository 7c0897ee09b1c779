/**
 * A read DOCX → the recognizer's block stream. Runs keep bold/italic/underline; text in legacy
 * fonts (.VnTime, VNI-Times) is converted to Unicode; w:caps text is shown in capitals as Word
 * shows it; a paragraph with line breaks becomes one line per break; layout tables without
 * borders and without a column header are read as lines.
 */
import type { TextLeaf } from '../../model';
import { cleanFragment, cleanLine } from '../normalize/clean-text';
import { decodeLegacy, detectLegacyEncoding, encodingOfFont } from '../normalize/legacy-encoding';
import { plainLine, type SourceBlock, type SourceCell, type SourceLine } from '../source';
import type { DocxCell, DocxDocument, DocxParagraph, DocxRun, DocxTable } from './types';

function runText(run: DocxRun): string {
  const encoding = encodingOfFont(run.font) ?? detectLegacyEncoding(run.text);
  const text = decodeLegacy(run.text, encoding);
  const upper = run.caps || (encoding === 'tcvn3' && /H$/i.test(run.font));
  return upper ? text.toUpperCase() : text;
}

function leaves(runs: readonly DocxRun[]): TextLeaf[] {
  return runs
    .filter((r) => r.footnoteId === undefined && !(r.superscript && /^\d+$/.test(r.text.trim())))
    .map((r) => {
      const leaf: TextLeaf = { text: cleanFragment(runText(r).replace(/\t/g, ' ')) };
      if (r.bold) leaf.bold = true;
      if (r.italic) leaf.italic = true;
      if (r.underline) leaf.underline = true;
      return leaf;
    });
}

/** Splits runs at "\n" into one list of runs per visual line, trimmed. */
function splitLines(runs: readonly TextLeaf[]): TextLeaf[][] {
  const lines: TextLeaf[][] = [[]];
  for (const run of runs) {
    run.text.split('\n').forEach((part, i) => {
      if (i > 0) lines.push([]);
      if (part !== '') lines[lines.length - 1]?.push({ ...run, text: part });
    });
  }
  return lines.map((line) => {
    const first = line[0];
    if (first !== undefined) first.text = first.text.trimStart();
    const last = line[line.length - 1];
    if (last !== undefined) last.text = last.text.trimEnd();
    return line.filter((r) => r.text !== '');
  });
}

function paragraphLines(p: DocxParagraph, where: string, orientation: SourceLine['orientation']): SourceLine[] {
  return splitLines(leaves(p.runs)).flatMap((runs, i): SourceLine[] => {
    const text = cleanLine(runs.map((r) => r.text).join(''));
    if (text === '') return [];
    const visible = runs.filter((r) => r.text.trim() !== '');
    return [
      plainLine(text, where, {
        runs,
        label: i === 0 ? (p.numbering?.label ?? '') : '',
        align: p.alignment,
        bold: visible.length > 0 && visible.every((r) => r.bold === true),
        orientation,
      }),
    ];
  });
}

/** A nested [names | "(để báo cáo)"] table is a brace group: written "{", the names, "} (để báo cáo)". */
function braceGroup(table: DocxTable): { names: DocxParagraph[]; purpose: string } | null {
  const rows = table.rows.filter((r) => r.cells.length === 2);
  if (rows.length !== table.rows.length || rows.length === 0) return null;
  const purpose = rows
    .map(
      (r) =>
        r.cells[1]?.paragraphs
          .map((p) => p.text)
          .join(' ')
          .trim() ?? '',
    )
    .join(' ')
    .trim();
  if (!purpose.startsWith('(')) return null;
  return { names: rows.flatMap((r) => [...(r.cells[0]?.paragraphs ?? [])]), purpose };
}

function cellLines(cell: DocxCell): SourceLine[] {
  const groups = new Map<DocxParagraph, { names: DocxParagraph[]; purpose: string }>();
  const skip = new Set<DocxParagraph>();
  for (const nested of cell.nestedTables) {
    const group = braceGroup(nested);
    const first = nested.rows[0]?.cells[0]?.paragraphs[0];
    if (group === null || first === undefined) continue;
    groups.set(first, group);
    for (const row of nested.rows) for (const c of row.cells) for (const p of c.paragraphs) skip.add(p);
  }
  return cell.paragraphs.flatMap((p) => {
    const group = groups.get(p);
    if (group !== undefined) {
      return [plainLine('{', ''), ...group.names.flatMap((n) => paragraphLines(n, '', null)), plainLine(`} ${group.purpose}`, '')];
    }
    return skip.has(p) ? [] : paragraphLines(p, '', null);
  });
}

function cellOf(cell: DocxCell): SourceCell {
  const lines = cellLines(cell);
  const runs: TextLeaf[] = [];
  lines.forEach((line, i) => {
    if (i > 0) runs.push({ text: '\n' });
    if (line.label !== '') runs.push({ text: `${line.label} ` });
    for (const run of line.runs) runs.push(run);
  });
  const text = lines.map((l) => (l.label === '' ? l.text : `${l.label} ${l.text}`)).join('\n');
  return { text, runs: runs.filter((r) => r.text !== ''), span: cell.gridSpan, mergeUp: cell.vMerge === 'continue' };
}

function tableBlock(table: DocxTable, where: string, orientation: SourceLine['orientation']): SourceBlock {
  return {
    kind: 'table',
    borderless: table.borderless,
    orientation,
    where,
    rows: table.rows.map((row, r) => ({
      header: row.header,
      where: `${where}, hàng ${r + 1}`,
      cells: row.cells.map(cellOf),
    })),
  };
}

export function docxBlocks(doc: DocxDocument): SourceBlock[] {
  const blocks: SourceBlock[] = [];
  let paragraphNumber = 0;
  let tableNumber = 0;
  for (const block of doc.blocks) {
    const orientation = doc.sections[block.section]?.orientation ?? null;
    if (block.kind === 'paragraph') {
      paragraphNumber++;
      // A loop, not push(...): one paragraph may hold more line breaks than a call has arguments.
      for (const line of paragraphLines(block, `đoạn ${paragraphNumber}`, orientation)) blocks.push(line);
    } else {
      tableNumber++;
      blocks.push(tableBlock(block, `bảng ${tableNumber}`, orientation));
    }
  }
  return blocks;
}
