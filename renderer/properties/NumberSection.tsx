/**
 * Số và ký hiệu, tên loại, trích yếu. The number may stay blank for the văn thư; the preview shows
 * the line as the plan's system prints it ("Số:        /KH-UBND" or "Số        -KH/TU").
 */
import { useMemo, type ReactNode } from 'react';
import { getProfile } from '../../shared/format';
import { readDocumentNumber, readRequired, setDocumentType, setMetaText } from '../../shared/model/ops';
import { pageSetup, textWidth, titleBlock } from '../../shared/render/layout';
import { useDocument } from '../state/use-document';
import { FieldRow, TextRow } from './fields';
import { firstLineText, headerCells } from './header-preview';
import { LayoutPreview } from './LayoutPreview';
import { PanelSection } from './PanelSection';
import { findingsFor } from './property-findings';
import type { SectionProps } from './section-props';
import { usePanelEdit } from './use-panel-edit';
import { WhyNote } from './WhyNote';

/** Tên loại plans are issued as (NĐ 30/2020, Phụ lục III; HD 36 §B.9), with the abbreviation in the symbol. */
const DOCUMENT_TYPES = [
  { label: 'Kế hoạch', typeName: 'KẾ HOẠCH', docType: 'KH' },
  { label: 'Chương trình hành động', typeName: 'CHƯƠNG TRÌNH HÀNH ĐỘNG', docType: 'CTr' },
  { label: 'Chương trình', typeName: 'CHƯƠNG TRÌNH', docType: 'CTr' },
  { label: 'Đề án', typeName: 'ĐỀ ÁN', docType: 'ĐA' },
  { label: 'Phương án', typeName: 'PHƯƠNG ÁN', docType: 'PA' },
  { label: 'Hướng dẫn', typeName: 'HƯỚNG DẪN', docType: 'HD' },
  { label: 'Báo cáo', typeName: 'BÁO CÁO', docType: 'BC' },
  { label: 'Thông báo', typeName: 'THÔNG BÁO', docType: 'TB' },
] as const;

const OTHER = 'khac';

export function NumberSection({ open, onToggle, findings }: SectionProps): ReactNode {
  const meta = useDocument((s) => s.plan.meta);
  const profile = getProfile(useDocument((s) => s.plan.profile));
  const edit = usePanelEdit();
  const numberPreview = useMemo(() => headerCells(meta, profile).number, [meta, profile]);
  const titlePreview = useMemo(() => titleBlock({ meta }, profile, textWidth(pageSetup(profile, 'portrait'))), [meta, profile]);
  const chosen = DOCUMENT_TYPES.findIndex((t) => t.typeName === meta.typeName.toLocaleUpperCase('vi') && t.docType === meta.docType);
  const mine = ['meta:number', 'meta:symbol', 'meta:typeName', 'meta:docType', 'meta:summary'].flatMap((f) => findingsFor(findings, f));
  const summary = firstLineText(numberPreview);
  return (
    <PanelSection id="number" title="Số, ký hiệu và trích yếu" summary={summary} open={open} onToggle={onToggle} flagged={mine.length > 0}>
      <div className="pp-pair">
        <TextRow
          label="Số"
          field="meta:number"
          className="pp-narrow"
          inputMode="numeric"
          placeholder="để trống"
          value={meta.number}
          read={readDocumentNumber}
          onCommit={(value) => {
            edit('meta:number', (plan) => setMetaText(plan, 'number', value));
          }}
          findings={findingsFor(findings, 'meta:number')}
        />
        <TextRow
          label="Ký hiệu"
          field="meta:symbol"
          value={meta.symbol}
          onCommit={(value) => {
            edit('meta:symbol', (plan) => setMetaText(plan, 'symbol', value.trim()));
          }}
          findings={findingsFor(findings, 'meta:symbol')}
        />
      </div>
      <p className="pp-hint">
        Để trống số để văn thư ghi khi ký. Ký hiệu: {profile.header.number.example.symbol} (tên loại{profile.header.number.typeJoiner}cơ
        quan).
      </p>
      <WhyNote profile={profile} concept="numberSymbol" />
      <LayoutPreview label="Dòng số và ký hiệu khi in" blocks={numberPreview} profile={profile} />
      <FieldRow label="Tên loại" field="meta:docKind">
        {(ids) => (
          <select
            {...ids}
            value={chosen < 0 ? OTHER : String(chosen)}
            onChange={(event) => {
              const type = DOCUMENT_TYPES[Number(event.currentTarget.value)];
              if (type !== undefined) edit('meta:typeName', (plan) => setDocumentType(plan, type.typeName, type.docType), { merge: false });
            }}
          >
            {DOCUMENT_TYPES.map((type, i) => (
              <option key={type.label} value={String(i)}>
                {type.label} ({type.docType})
              </option>
            ))}
            {chosen < 0 && <option value={OTHER}>Khác (tự ghi bên dưới)</option>}
          </select>
        )}
      </FieldRow>
      <div className="pp-pair">
        <TextRow
          label="Tên loại in trên văn bản"
          field="meta:typeName"
          value={meta.typeName}
          read={(text) => readRequired(text, 'Tên loại')}
          onCommit={(value) => {
            edit('meta:typeName', (plan) => setMetaText(plan, 'typeName', value));
          }}
          findings={findingsFor(findings, 'meta:typeName')}
        />
        <TextRow
          label="Viết tắt"
          field="meta:docType"
          className="pp-narrow"
          value={meta.docType}
          read={(text) => readRequired(text.trim(), 'Chữ viết tắt tên loại')}
          onCommit={(value) => {
            edit('meta:docType', (plan) => setDocumentType(plan, plan.meta.typeName, value));
          }}
          findings={findingsFor(findings, 'meta:docType')}
        />
      </div>
      <TextRow
        label="Trích yếu"
        field="meta:summary"
        multiline
        rows={4}
        value={meta.summary}
        onCommit={(value) => {
          edit('meta:summary', (plan) => setMetaText(plan, 'summary', value));
        }}
        findings={findingsFor(findings, 'meta:summary')}
        hint="Tóm tắt nội dung, viết đầy đủ, không viết tắt."
      />
      <LayoutPreview label="Tên loại và trích yếu khi in" blocks={titlePreview} profile={profile} />
    </PanelSection>
  );
}
