/** One appendix: its title and its table of rows. */
import { type ReactNode } from 'react';
import { appendixLabel, cellText, numberRows, type Appendix } from '../../shared/model';
import { renameAppendix, updateAppendix } from '../../shared/model/ops';
import { TextField } from '../components/TextField';
import { useDocument, useDocumentStore } from '../state/use-document';

function setCell(appendix: Appendix, rowId: string, columnId: string, text: string): Appendix {
  return { ...appendix, rows: appendix.rows.map((r) => (r.id === rowId ? { ...r, cells: { ...r.cells, [columnId]: text } } : r)) };
}

export function AppendixView({ appendixId }: { appendixId: string }): ReactNode {
  const store = useDocumentStore();
  const appendix = useDocument((s) => s.plan.appendices.find((a) => a.id === appendixId));
  const position = useDocument((s) => [s.plan.appendices.findIndex((a) => a.id === appendixId), s.plan.appendices.length].join('/'));
  if (appendix === undefined) return null;
  const [index = 0, count = 1] = position.split('/').map(Number);
  const numbers = numberRows(appendix);
  return (
    <div className="appendix-view">
      <h2>{appendixLabel(appendix, index, count)}</h2>
      <TextField
        multiline
        className="appendix-title"
        aria-label="Tên phụ lục"
        value={appendix.title}
        onValue={(title) => { store.edit((plan) => renameAppendix(plan, appendixId, title), { key: `appendix-title:${appendixId}` }); }}
      />
      <button
        type="button"
        onClick={() => {
          store.edit((plan) => updateAppendix(plan, appendixId, (a) => ({ ...a, rows: [...a.rows, { id: crypto.randomUUID(), kind: 'data', level: Math.min(1, a.rows.at(-1)?.level ?? 0), cells: {} }] })));
        }}
      >
        Thêm dòng
      </button>
      <table className="appendix-table">
        <thead>
          <tr>{appendix.columns.map((c) => <th key={c.id}>{c.label}</th>)}</tr>
        </thead>
        <tbody>
          {appendix.rows.map((row) => (
            <tr key={row.id} className={`row-${row.kind}`}>
              {appendix.columns.map((c) => (
                <td key={c.id}>
                  {c.type === 'stt' ? (
                    numbers.get(row.id)?.stt
                  ) : (
                    <TextField
                      multiline
                      aria-label={c.label}
                      value={cellText(row.cells[c.id])}
                      onValue={(text) => { store.edit((plan) => updateAppendix(plan, appendixId, (a) => setCell(a, row.id, c.id, text)), { key: `cell:${row.id}:${c.id}` }); }}
                    />
                  )}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
