/**
 * One row of the appendix grid. It is memoised on the row object and primitives, so typing in a
 * cell re-renders that row only; the STT number and "-"/"+" prefix are computed, never typed.
 */
import { memo, type ReactNode, type Ref } from 'react';
import { cellOf, cellText, type CellValue, type Column, type LevelStyle, type Row } from '../../shared/model';
import { editText, isBanded, type GridLayout } from './grid-model';
import { ReviewedText } from '../components/ReviewedText';
import type { RowReview } from './review-rows';

export interface GridRowProps {
  readonly row: Row;
  /** Position among the rows shown (aria-rowindex counts the header as 1). */
  readonly index: number;
  readonly stt: string;
  readonly prefix: string;
  readonly emphasis: LevelStyle;
  readonly layout: GridLayout;
  readonly mainColumn: string;
  /** The active cell's column when it is in this row. */
  readonly activeColumn: string | null;
  /** Selected column range [from, to] when the row is in the selection. */
  readonly selectedFrom: number;
  readonly selectedTo: number;
  readonly dropMark: 'above' | 'below' | null;
  readonly measure: (element: HTMLElement | null) => void;
  /** A returned file's pending changes in this row, if any. */
  readonly review: RowReview | undefined;
}

function CellContent({ column, value, prefix }: { column: Column; value: CellValue | undefined; prefix: string }): ReactNode {
  if (column.type === 'agencies' && Array.isArray(value)) {
    return value.map((name, i) => (
      <span key={i} className="agency-chip">
        {name}
      </span>
    ));
  }
  const text = editText(value);
  return text === '' && prefix === '' ? null : `${prefix}${text}`;
}

export const GridRow = memo(function GridRow(props: GridRowProps): ReactNode {
  const { row, index, layout, emphasis, review } = props;
  const banded = isBanded(layout, row);
  const columns = banded ? layout.columns.slice(0, layout.titleIndex + 1) : layout.columns;
  const className = [
    'grid-row',
    row.kind === 'group' ? 'group-row' : 'data-row',
    emphasis.bold ? 'bold' : '',
    emphasis.italic ? 'italic' : '',
    props.dropMark === null ? '' : `drop-${props.dropMark}`,
    review?.deleted === undefined ? '' : 'review-deleted-row',
  ].join(' ');
  return (
    <div
      role="row"
      aria-rowindex={index + 2}
      aria-level={row.level + 1}
      data-index={index}
      data-row={row.id}
      ref={props.measure}
      className={className}
      style={{ gridTemplateColumns: layout.template }}
      title={review?.deleted?.note}
      data-review-change={review?.deleted?.id}
    >
      {columns.map((column, c) => {
        const selected = c >= props.selectedFrom && c <= props.selectedTo;
        const active = props.activeColumn === column.id;
        const isStt = column.type === 'stt';
        const merged = row.mergeAbove?.includes(column.id) ?? false;
        const span = banded && c === layout.titleIndex ? layout.columns.length - c : 1;
        const marks = review?.cells.get(column.id);
        const prefix = column.id === props.mainColumn ? props.prefix : '';
        return (
          <div
            key={column.id}
            role={isStt ? 'rowheader' : 'gridcell'}
            aria-colindex={c + 1}
            aria-selected={selected}
            data-cell={`${row.id}\n${column.id}`}
            data-col={column.id}
            draggable={isStt}
            className={`grid-cell type-${column.type}${isStt ? ' stt-cell' : ''}${selected ? ' selected' : ''}${active ? ' active' : ''}${merged ? ' merged-above' : ''}${marks === undefined ? '' : ' review-pending'}`}
            title={marks?.map((m) => m.note).join('\n') ?? (merged ? 'Ô này gộp với ô phía trên khi in' : undefined)}
            style={{
              gridColumn: span > 1 ? `span ${span}` : undefined,
              paddingLeft: column.id === props.mainColumn || (banded && c === layout.titleIndex) ? `${6 + row.level * 14}px` : undefined,
              textAlign: column.align,
            }}
          >
            {isStt ? (
              props.stt
            ) : marks === undefined ? (
              <CellContent column={column} value={cellOf(row, column.id)} prefix={prefix} />
            ) : (
              <ReviewedText text={cellText(cellOf(row, column.id))} prefix={prefix} marks={marks} />
            )}
          </div>
        );
      })}
      {review?.added.map((added) => (
        <div key={added.id} className="review-new-row" title={added.note} data-review-change={added.id}>
          Đề nghị thêm dòng: <ins>{added.text}</ins>
        </div>
      ))}
    </div>
  );
});

/** The column labels, sticky above the rows; the STT header explains that numbers are computed. */
export const GridHeader = memo(function GridHeader({
  layout,
  headerRef,
}: {
  layout: GridLayout;
  headerRef: Ref<HTMLDivElement>;
}): ReactNode {
  return (
    <div role="row" aria-rowindex={1} className="grid-header" ref={headerRef} style={{ gridTemplateColumns: layout.template }}>
      {layout.columns.map((column, c) => (
        <div
          key={column.id}
          role="columnheader"
          aria-colindex={c + 1}
          className={column.type === 'stt' ? 'grid-cell stt-cell' : 'grid-cell'}
          title={column.type === 'stt' ? 'Số thứ tự được đánh tự động' : undefined}
        >
          {column.label}
        </div>
      ))}
    </div>
  );
});
