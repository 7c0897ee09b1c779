/** Độ mật, độ khẩn, phạm vi lưu hành, dự thảo, ký hiệu người soạn thảo and số bản. */
import type { ReactNode } from 'react';
import type { Markings } from '../../shared/model';
import { readCopies, setMarkings } from '../../shared/edit';
import { useDocument } from '../state/use-document';
import { ParsedRow, SelectRow, TextRow, type Option } from './fields';
import { PanelSection } from './PanelSection';
import type { SectionProps } from './section-props';
import { usePanelEdit } from './use-panel-edit';

const SECRECY: readonly Option<Markings['secrecy']>[] = [
  { value: '', label: 'Không mật' },
  { value: 'MẬT', label: 'MẬT' },
  { value: 'TỐI MẬT', label: 'TỐI MẬT' },
  { value: 'TUYỆT MẬT', label: 'TUYỆT MẬT' },
];

const URGENCY: readonly Option<Markings['urgency']>[] = [
  { value: '', label: 'Không khẩn' },
  { value: 'KHẨN', label: 'KHẨN' },
  { value: 'THƯỢNG KHẨN', label: 'THƯỢNG KHẨN' },
  { value: 'HỎA TỐC', label: 'HỎA TỐC' },
];

const CIRCULATION_LIST = 'pp-circulation';
const CIRCULATION = ['LƯU HÀNH NỘI BỘ', 'XEM XONG TRẢ LẠI', 'XONG HỘI NGHỊ TRẢ LẠI'];

export function MarkingsSection({ open, onToggle }: Omit<SectionProps, 'findings'>): ReactNode {
  const markings = useDocument((s) => s.plan.meta.markings);
  const edit = usePanelEdit();
  const set = (patch: Partial<Markings>, field: string, merge = true): void => {
    edit(`meta:markings.${field}`, (plan) => setMarkings(plan, patch), { merge });
  };
  const summary = [markings.secrecy, markings.urgency, markings.circulation, markings.draft].filter((m) => m !== '').join(', ');
  return (
    <PanelSection
      id="markings"
      title="Độ mật, độ khẩn và dấu hiệu khác"
      summary={summary === '' ? 'Không có' : summary}
      open={open}
      onToggle={onToggle}
    >
      <div className="pp-pair">
        <SelectRow
          label="Độ mật"
          field="meta:markings.secrecy"
          value={markings.secrecy}
          options={SECRECY}
          onCommit={(secrecy) => {
            set({ secrecy }, 'secrecy', false);
          }}
        />
        <SelectRow
          label="Độ khẩn"
          field="meta:markings.urgency"
          value={markings.urgency}
          options={URGENCY}
          onCommit={(urgency) => {
            set({ urgency }, 'urgency', false);
          }}
        />
      </div>
      <datalist id={CIRCULATION_LIST}>
        {CIRCULATION.map((text) => (
          <option key={text} value={text} />
        ))}
      </datalist>
      <TextRow
        label="Phạm vi lưu hành"
        field="meta:markings.circulation"
        list={CIRCULATION_LIST}
        placeholder="không giới hạn"
        value={markings.circulation}
        onCommit={(circulation) => {
          set({ circulation }, 'circulation');
        }}
        hint="In dưới số và ký hiệu, ví dụ LƯU HÀNH NỘI BỘ."
      />
      <TextRow
        label="Dự thảo"
        field="meta:markings.draft"
        placeholder="bản chính thức"
        value={markings.draft}
        onCommit={(draft) => {
          set({ draft }, 'draft');
        }}
        hint="Ví dụ “Dự thảo lần 2”; để trống khi là bản ký ban hành."
      />
      <div className="pp-pair">
        <TextRow
          label="Ký hiệu người soạn thảo"
          field="meta:markings.drafterInitials"
          placeholder="PL"
          value={markings.drafterInitials}
          onCommit={(drafterInitials) => {
            set({ drafterInitials }, 'drafterInitials');
          }}
        />
        <ParsedRow<number | null>
          label="Số bản"
          field="meta:markings.copies"
          className="pp-narrow"
          inputMode="numeric"
          value={markings.copies === null ? '' : String(markings.copies)}
          read={readCopies}
          onCommit={(copies) => {
            set({ copies }, 'copies');
          }}
        />
      </div>
      <p className="pp-hint">Ký hiệu người soạn thảo và số bản in cuối nơi nhận, ví dụ PL.(30).</p>
    </PanelSection>
  );
}
