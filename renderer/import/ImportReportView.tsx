/**
 * "Báo cáo nhập": where the text came from and how it was read, what was counted, the importer's
 * warnings, and every line or cell it could not place, each with a choice of where it goes.
 */
import { memo, type ReactNode } from 'react';
import type { ImportReportData } from '../../shared/ipc';
import type { UnplacedTarget } from '../../shared/paste/place-unplaced';
import type { PlanCounts } from './plan-counts';
import { choiceValue, LEFT_OUT, targetOfChoice, type PlacementChoices } from './placement-choices';
import type { ImportSource } from './use-import-run';
import { tallied } from './warnings';

function sourceLine(source: ImportSource, read: ImportReportData['source']): { what: string; how: string } {
  const what = source.kind === 'text' ? 'Văn bản dán vào' : `Tệp "${source.name}"`;
  switch (read) {
    case 'docx-model':
      return { what, how: 'DOCX do Kế hoạch Studio xuất: đọc nguyên vẹn từ mô hình kế hoạch nhúng trong tệp.' };
    case 'docx':
      return { what, how: 'DOCX: nhận dạng từ nội dung văn bản (đoạn, danh sách đánh số, bảng).' };
    case 'pdf':
      return { what, how: 'PDF: nhận dạng từ lớp chữ của tệp; hãy kiểm tra kỹ các bảng.' };
    case 'ocr':
      return {
        what,
        how: 'Bản quét: chữ được nhận dạng (OCR) trên máy này; chữ không chắc chắn được đánh dấu, hãy đối chiếu với bản quét.',
      };
    case 'text':
      return { what, how: 'Văn bản thuần: nhận dạng theo từng dòng; dòng có dấu tab là hàng bảng.' };
  }
}

function CountsTable({ counts }: { counts: PlanCounts }): ReactNode {
  const perAppendix = counts.appendices.map((a) => `${a.label}: ${String(a.dataRows)}`).join('; ');
  const rows: [string, string][] = [
    ['Mục', String(counts.sections)],
    ['Khoản, điểm', String(counts.items)],
    ['Gạch đầu dòng', String(counts.bullets)],
    ['Đoạn văn', String(counts.paragraphs)],
    ['Văn bản căn cứ', String(counts.references)],
    ['Phụ lục', String(counts.appendices.length)],
    ['Dòng nhóm', String(counts.groupRows)],
    ['Dòng dữ liệu', counts.appendices.length > 1 ? `${String(counts.dataRows)} (${perAppendix})` : String(counts.dataRows)],
    ['Nơi nhận', String(counts.recipients)],
    ['Người ký', counts.signer ? 'Có' : 'Không nhận ra'],
  ];
  return (
    <table className="import-counts" aria-label="Số lượng nhận dạng">
      <tbody>
        {rows.map(([label, value]) => (
          <tr key={label}>
            <th scope="row">{label}</th>
            <td>{value}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Accessible names of the selects, unique even when two lines share a position ("bảng 1, hàng 1, cột 2"). */
function selectNames(unplaced: ImportReportData['unplaced']): string[] {
  const seen = new Map<string, number>();
  return unplaced.map((u) => {
    const n = (seen.get(u.where) ?? 0) + 1;
    seen.set(u.where, n);
    return n === 1 ? `Xếp ${u.where} vào` : `Xếp ${u.where} (${String(n)}) vào`;
  });
}

interface UnplacedListProps {
  readonly unplaced: ImportReportData['unplaced'];
  readonly choices: PlacementChoices;
  readonly assignments: readonly (UnplacedTarget | null)[];
  readonly onAssign: (index: number, target: UnplacedTarget | null) => void;
}

function UnplacedList({ unplaced, choices, assignments, onAssign }: UnplacedListProps): ReactNode {
  if (unplaced.length === 0) return <p className="import-all-placed">Mọi dòng của văn bản đều đã được xếp vào kế hoạch.</p>;
  const names = selectNames(unplaced);
  const placed = assignments.filter((a) => a !== null).length;
  return (
    <>
      <p className="import-help">
        Chọn chỗ cho từng dòng: cuối một mục (thành đoạn văn, hoặc khoản, điểm, gạch đầu dòng nếu dòng bắt đầu bằng "1.", "a)", "-", "+"),
        hoặc cuối một phụ lục (thành dòng mới; hàng bảng được chia theo cột). Dòng để "Bỏ qua" không đưa vào kế hoạch.
        {placed > 0 && ` Đã xếp ${String(placed)}/${String(unplaced.length)} dòng.`}
      </p>
      <ol className="import-unplaced">
        {unplaced.map((u, i) => {
          const target = assignments[i] ?? null;
          return (
            // The report's list never changes order: its index is the line's identity.
            <li key={i} className={target === null ? undefined : 'placed'}>
              <div className="import-unplaced-where">
                <strong>{u.where}</strong> <span className="muted">· {u.reason}</span>
              </div>
              <p className="import-unplaced-text">{u.text}</p>
              <label className="import-unplaced-choice">
                <span aria-hidden="true">Xếp vào</span>
                <select
                  aria-label={names[i]}
                  value={choiceValue(target)}
                  onChange={(event) => {
                    onAssign(i, targetOfChoice(event.currentTarget.value));
                  }}
                >
                  <option value={LEFT_OUT}>Bỏ qua (không đưa vào kế hoạch)</option>
                  {choices.sections.length > 0 && (
                    <optgroup label="Cuối mục">
                      {choices.sections.map((c) => (
                        <option key={c.value} value={c.value}>
                          {c.label}
                        </option>
                      ))}
                    </optgroup>
                  )}
                  {choices.appendices.length > 0 && (
                    <optgroup label="Dòng mới cuối phụ lục">
                      {choices.appendices.map((c) => (
                        <option key={c.value} value={c.value}>
                          {c.label}
                        </option>
                      ))}
                    </optgroup>
                  )}
                </select>
              </label>
            </li>
          );
        })}
      </ol>
    </>
  );
}

interface ImportReportViewProps extends UnplacedListProps {
  readonly source: ImportSource;
  readonly report: ImportReportData;
  readonly counts: PlanCounts;
}

export const ImportReportView = memo(function ImportReportView({ source, report, counts, ...list }: ImportReportViewProps): ReactNode {
  const { what, how } = sourceLine(source, report.source);
  return (
    <section className="import-pane import-report" aria-labelledby="import-report-title">
      <h3 id="import-report-title">Báo cáo nhập</h3>
      <p className="import-source">
        <strong>{what}</strong>
        <br />
        {how}
      </p>
      <h4>Nhận dạng được{list.assignments.some((a) => a !== null) && <span className="muted"> (kể cả các dòng đã xếp thêm)</span>}</h4>
      <CountsTable counts={counts} />
      {report.toFill.length > 0 && (
        <>
          <h4>Văn bản không ghi, cần điền ({report.toFill.length})</h4>
          <p className="import-to-fill">
            {report.toFill.join(', ')}: để trống trong kế hoạch, điền ở Thông tin văn bản sau khi tạo kế hoạch.
          </p>
        </>
      )}
      {report.warnings.length > 0 && (
        <>
          <h4>Cảnh báo ({report.warnings.length})</h4>
          <ul className="import-warnings">
            {tallied(report.warnings).map(([warning, times]) => (
              <li key={warning}>
                {warning}
                {times > 1 && <span className="muted"> ({times} lần)</span>}
              </li>
            ))}
          </ul>
        </>
      )}
      <h4>Dòng chưa xếp được ({list.unplaced.length})</h4>
      <UnplacedList {...list} />
    </section>
  );
});
