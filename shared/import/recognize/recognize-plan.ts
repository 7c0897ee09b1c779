/**
 * The recognizer: one pass over the block stream, moving through the zones of a plan (header →
 * tên loại and trích yếu → preamble → body → nơi nhận and signature → appendices). Every line is
 * placed or reported with its position.
 */
import { systemOfAuthorityLine } from '../../format';
import type { System } from '../../model';
import type { SourceBlock, SourceLine, SourceTable } from '../source';
import { plainLine } from '../source';
import { emptyCounts, type ImportReport, type UnplacedText } from '../report';
import { isUppercase } from '../normalize/clean-text';
import { looksLikeHeader } from './appendix-columns';
import type { AppendixDraft } from './appendix-draft';
import { BodyBuilder } from './body-builder';
import { ClosingReader } from './closing';
import { HeaderReader } from './header';
import { APPENDIX_HEADING, REF_LINE, isDecoration, matchSection, matchTypeName } from './patterns';
import { assemblePlan, type Recognized } from './assemble-plan';

type Zone = 'header' | 'title' | 'preamble' | 'body' | 'closing' | 'appendix';

/** Cells in the widest row; a loop, since spreading 200,000 rows into Math.max overflows the stack. */
function widestRow(table: SourceTable): number {
  return table.rows.reduce((widest, r) => Math.max(widest, r.cells.length), 0);
}

/** Layout tables (header block, signature) read column by column, as the eye reads them. */
function flatten(table: SourceTable): SourceLine[] {
  const width = widestRow(table);
  const lines: SourceLine[] = [];
  for (let c = 0; c < width; c++) {
    table.rows.forEach((row, r) => {
      const cell = row.cells.at(c);
      if (cell === undefined) return;
      for (const text of cell.text.split('\n')) {
        if (text.trim() !== '')
          lines.push(plainLine(text.trim(), `${table.where}, hàng ${r + 1}, cột ${c + 1}`, text === cell.text ? { runs: cell.runs } : {}));
      }
    });
  }
  return lines;
}

function isDataTable(table: SourceTable): boolean {
  if (table.rows.some((r) => looksLikeHeader(r.cells.map((c) => c.text)))) return true;
  return !table.borderless && table.rows.length >= 2 && widestRow(table) >= 3;
}

function appendixHeading(text: string): { label: string; title: string } | null {
  const m = APPENDIX_HEADING.exec(text);
  if (m === null) return null;
  const label = (m[1] ?? '').toUpperCase();
  const rest = (m[2] ?? '').trim();
  if (rest !== '' && !isUppercase(rest)) return null;
  return { label, title: rest };
}

export function recognizePlan(blocks: readonly SourceBlock[], source: ImportReport['source']): Recognized {
  const counts = emptyCounts();
  const unplaced: UnplacedText[] = [];
  const warnings: string[] = [];
  const header = new HeaderReader();
  const closing = new ClosingReader();
  const hasRomanSections = blocks.some((b) => b.kind === 'line' && matchSection(b.text) !== null);
  const body = new BodyBuilder(counts, !hasRomanSections);
  const summary: string[] = [];
  const preambleTexts: string[] = [];
  const appendices: AppendixDraft[] = [];
  let typeName: ReturnType<typeof matchTypeName> = null;
  const authoritySystems = new Set<System>();
  let zone: Zone = 'header';

  const report = (line: SourceLine, reason: string): void => {
    unplaced.push({ where: line.where, text: line.text, reason });
  };
  const startAppendix = (line: SourceLine, heading: { label: string; title: string }): void => {
    appendices.push({
      label: heading.label,
      titleLines: heading.title === '' ? [] : [heading.title],
      refLine: '',
      tables: [],
      notes: [],
      where: line.where,
    });
    zone = 'appendix';
  };

  const onLine = (line: SourceLine): void => {
    const text = line.text;
    if (line.footnote) {
      report(line, 'chú thích cuối trang (mô hình chưa có chỗ cho chú thích)');
      return;
    }
    const heading = appendixHeading(text);
    if (heading !== null && zone !== 'header' && zone !== 'title') {
      startAppendix(line, heading);
      return;
    }
    if (zone === 'header' || zone === 'title') {
      const type = typeName === null ? matchTypeName(text) : null;
      if (type !== null) {
        typeName = type;
        zone = 'title';
        return;
      }
      if (zone === 'header') {
        // A section heading in capitals ("I- MỤC ĐÍCH") must not pass for an organ line.
        if (body.sectionOf(line) !== null) {
          zone = 'body';
        } else if (header.accept(text, line.bold)) {
          return;
        } else if (text.length > 80) {
          zone = 'preamble';
        } else {
          report(line, 'dòng ở phần đầu văn bản không nhận ra');
          return;
        }
      } else {
        if (isDecoration(text)) {
          if (summary.length > 0) zone = 'preamble';
          return;
        }
        const continues = body.sectionOf(line) === null && (summary.length === 0 || line.align === 'center');
        if (continues) {
          summary.push(text);
          // The rule under the trích yếu closes it, however far below the text it is drawn.
          if (line.ruleBelow === true) zone = 'preamble';
          return;
        }
        zone = 'preamble';
      }
    }
    if (zone === 'preamble' && body.sectionOf(line) !== null) zone = 'body';
    if ((zone === 'preamble' || zone === 'body') && ClosingReader.starts(text)) zone = 'closing';
    if (zone === 'closing') {
      const authority = systemOfAuthorityLine(text);
      if (authority !== null) authoritySystems.add(authority);
      if (closing.accept(text)) return;
      report(line, 'dòng sau phần nơi nhận/chữ ký không nhận ra');
      return;
    }
    if (zone === 'appendix') {
      const draft = appendices[appendices.length - 1];
      if (draft === undefined) return;
      if (REF_LINE.test(text) && draft.refLine === '') draft.refLine = text;
      else if (draft.tables.length === 0 && draft.refLine === '' && (isUppercase(text) || line.bold === true)) draft.titleLines.push(text);
      else if (draft.tables.length > 0) draft.notes.push(text);
      else report(line, 'dòng trong phụ lục trước bảng không nhận ra');
      return;
    }
    if (zone === 'preamble') {
      if (body.sections.length === 0) preambleTexts.push(text);
    }
    body.addLine(line);
  };

  const onTable = (table: SourceTable): void => {
    if (zone === 'appendix') {
      appendices[appendices.length - 1]?.tables.push(table);
      return;
    }
    if (zone === 'header' || zone === 'title' || zone === 'closing' || !isDataTable(table)) {
      for (const line of flatten(table)) onLine(line);
      return;
    }
    const section = body.sections[body.sections.length - 1];
    warnings.push(`Bảng trong thân văn bản (${table.where}) được chuyển thành phụ lục riêng.`);
    appendices.push({ label: '', titleLines: [section?.title ?? 'BẢNG'], refLine: '', tables: [table], notes: [], where: table.where });
  };

  for (const block of blocks) {
    if (block.kind === 'line') onLine(block);
    else onTable(block);
  }
  closing.finish();
  warnings.push(...closing.warnings);
  return assemblePlan({
    source,
    counts,
    unplaced,
    warnings,
    header,
    closing,
    body,
    typeName,
    authoritySystems,
    summary: summary.join(' '),
    preambleTexts,
    appendices,
  });
}
