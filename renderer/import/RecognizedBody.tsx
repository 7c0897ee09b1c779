/**
 * The recognized body and appendices, as a clerk checks them against the paper: each section with
 * its numbered items, each appendix with its columns, group rows and row counts. Lines the clerk
 * placed from the report are shown where they went, marked "Mới xếp".
 */
import type { ReactNode } from 'react';
import {
  cellOf,
  appendixLabel,
  cellText,
  inlineText,
  numberItems,
  numberRows,
  sectionLabel,
  type Appendix,
  type Block,
  type PlanDocument,
  type Row,
  type Section,
} from '../../shared/model';

function PlacedMark(): ReactNode {
  return <span className="import-placed-mark">Mới xếp</span>;
}

function blockLabel(block: Block, numbers: ReturnType<typeof numberItems>): string {
  if (block.type === 'item') return numbers.get(block.id)?.label ?? '';
  if (block.type === 'bullet') return block.level === 1 ? '-' : '+';
  return '';
}

function SectionSummary({
  section,
  index,
  plan,
  known,
}: {
  section: Section;
  index: number;
  plan: PlanDocument;
  known: ReadonlySet<string>;
}): ReactNode {
  const numbers = numberItems(section.blocks);
  const count = (type: Block['type']): number => section.blocks.filter((b) => b.type === type).length;
  const shown = section.blocks.filter((b) => b.type === 'item' || !known.has(b.id));
  return (
    <li>
      <h5>
        {sectionLabel(index, plan.sectionNumbering)} {section.title}
      </h5>
      <p className="import-meta">
        {count('item')} khoản, điểm · {count('bullet')} gạch đầu dòng · {count('paragraph')} đoạn văn
      </p>
      {shown.length > 0 && (
        <ul className="import-items">
          {shown.map((block) => {
            const placed = !known.has(block.id);
            return (
              <li
                key={block.id}
                className={placed ? 'placed' : undefined}
                style={{ paddingLeft: `${String(((block.type === 'paragraph' ? 1 : block.level) - 1) * 18)}px` }}
              >
                <span className="import-number">{blockLabel(block, numbers)}</span>
                <span className={block.type === 'item' && block.heading ? 'import-text import-heading' : 'import-text'}>
                  {inlineText(block.children)}
                </span>
                {placed && <PlacedMark />}
              </li>
            );
          })}
        </ul>
      )}
    </li>
  );
}

/** The text that names a row: a group's title, or a data row's main cell, then its other cells. */
function rowText(appendix: Appendix, row: Row): string {
  const main =
    row.kind === 'group' && appendix.groupLayout === 'merged' && appendix.groupColumn !== undefined
      ? appendix.groupColumn
      : appendix.mainColumn;
  const texts = [main, ...appendix.columns.map((c) => c.id).filter((id) => id !== main)].map((id) =>
    cellText(cellOf(row, id)).replace(/\s+/gu, ' ').trim(),
  );
  return texts.filter((t) => t !== '').join(' · ');
}

function AppendixSummary({
  appendix,
  index,
  count,
  known,
}: {
  appendix: Appendix;
  index: number;
  count: number;
  known: ReadonlySet<string>;
}): ReactNode {
  const numbers = numberRows(appendix);
  const groups = appendix.rows.filter((r) => r.kind === 'group').length;
  const shown = appendix.rows.filter((r) => r.kind === 'group' || !known.has(r.id));
  return (
    <li>
      <h5>
        {appendixLabel(appendix, index, count)}: {appendix.title.replace(/\n/gu, ' ')}
      </h5>
      <p className="import-meta">
        Khổ {appendix.orientation === 'landscape' ? 'ngang' : 'dọc'} · {groups} dòng nhóm · {appendix.rows.length - groups} dòng dữ liệu
      </p>
      <ul className="import-columns" aria-label={`Các cột của ${appendixLabel(appendix, index, count)}`}>
        {appendix.columns.map((c) => (
          <li key={c.id}>{c.label}</li>
        ))}
      </ul>
      {shown.length > 0 && (
        <ul className="import-items">
          {shown.map((row) => {
            const placed = !known.has(row.id);
            const number = numbers.get(row.id);
            return (
              <li key={row.id} className={placed ? 'placed' : undefined} style={{ paddingLeft: `${String(row.level * 18)}px` }}>
                <span className="import-number">
                  {number?.stt ?? ''}
                  {number?.prefix.trim() ?? ''}
                </span>
                <span className={row.kind === 'group' ? 'import-text import-heading' : 'import-text'}>{rowText(appendix, row)}</span>
                {placed && <PlacedMark />}
              </li>
            );
          })}
        </ul>
      )}
    </li>
  );
}

export function RecognizedBody({ plan, known }: { plan: PlanDocument; known: ReadonlySet<string> }): ReactNode {
  return (
    <>
      <h4>Nội dung ({plan.sections.length} mục)</h4>
      {plan.preamble.length > 0 && (
        <div className="import-preamble">
          <h5>Phần mở đầu</h5>
          {plan.preamble.map((block) => (
            <p key={block.id} className="import-text">
              {inlineText(block.children)}
            </p>
          ))}
        </div>
      )}
      {plan.sections.length === 0 ? (
        <p className="import-missing">Không nhận ra mục nào (I., II., …).</p>
      ) : (
        <ol className="import-sections">
          {plan.sections.map((section, i) => (
            <SectionSummary key={section.id} section={section} index={i} plan={plan} known={known} />
          ))}
        </ol>
      )}
      <h4>Phụ lục ({plan.appendices.length})</h4>
      {plan.appendices.length === 0 ? (
        <p className="muted">Văn bản không có phụ lục.</p>
      ) : (
        <ol className="import-sections">
          {plan.appendices.map((appendix, i) => (
            <AppendixSummary key={appendix.id} appendix={appendix} index={i} count={plan.appendices.length} known={known} />
          ))}
        </ol>
      )}
    </>
  );
}
