/** The document's properties: issuing organ, number and symbol, place and date, trích yếu. */
import type { ReactNode } from 'react';
import type { Meta, PlanDocument } from '../../shared/model';
import { TextField } from '../components/TextField';
import { useDocument, useDocumentStore } from '../state/use-document';

function withMeta(plan: PlanDocument, patch: Partial<Meta>): PlanDocument {
  return { ...plan, meta: { ...plan.meta, ...patch } };
}

export function PropertiesPanel(): ReactNode {
  const store = useDocumentStore();
  const meta = useDocument((s) => s.plan.meta);
  const field = (key: 'summary' | 'place' | 'symbol' | 'typeName', label: string): ReactNode => (
    <label className="field">
      <span>{label}</span>
      <TextField value={meta[key]} onValue={(value) => { store.edit((plan) => withMeta(plan, { [key]: value }), { key: `meta:${key}` }); }} />
    </label>
  );
  return (
    <aside className="properties" aria-label="Thông tin văn bản">
      <h2>Thông tin văn bản</h2>
      {field('typeName', 'Tên loại')}
      {field('summary', 'Trích yếu')}
      {field('symbol', 'Ký hiệu')}
      {field('place', 'Địa danh')}
    </aside>
  );
}
