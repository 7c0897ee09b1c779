/** Cơ quan ban hành: the organ's header lines, its name in running text, and the parent organ. */
import { useMemo, type ReactNode } from 'react';
import { getProfile } from '../../shared/format';
import { readRequired, setIssuingOrgan, setMetaText } from '../../shared/edit';
import { useAppInfo } from '../base/app-context';
import { useDocument } from '../state/use-document';
import { AgencyPicker } from './AgencyPicker';
import { TextRow } from './fields';
import { headerCells } from './header-preview';
import { LayoutPreview } from './LayoutPreview';
import { OrganFillDialog } from './OrganFillDialog';
import { PanelSection } from './PanelSection';
import { findingsFor, findingsUnder } from './property-findings';
import type { SectionProps } from './section-props';
import { useOrganPick } from './use-organ-pick';
import { usePanelEdit } from './use-panel-edit';

export function OrganSection({ open, onToggle, findings }: SectionProps): ReactNode {
  const meta = useDocument((s) => s.plan.meta);
  const profile = getProfile(useDocument((s) => s.plan.profile));
  const { agencies } = useAppInfo();
  const edit = usePanelEdit();
  const organPick = useOrganPick(agencies);
  const mine = [
    ...findingsUnder(findings, 'meta:header'),
    ...findingsUnder(findings, 'meta:citation'),
    ...findingsUnder(findings, 'meta:parentOrgan'),
  ];
  const preview = useMemo(() => headerCells(meta, profile).organ, [meta, profile]);
  return (
    <PanelSection
      id="organ"
      title="Cơ quan ban hành"
      summary={meta.issuingOrgan.header.replace(/\n/gu, ' ')}
      open={open}
      onToggle={onToggle}
      flagged={mine.length > 0}
    >
      {agencies === null ? <p className="pp-hint">Đang tải danh mục cơ quan…</p> : <AgencyPicker onPick={organPick.pick} />}
      <TextRow
        label="Tên cơ quan ban hành"
        field="meta:header"
        multiline
        rows={2}
        value={meta.issuingOrgan.header}
        read={(text) => readRequired(text, 'Tên cơ quan ban hành')}
        onCommit={(value) => {
          edit('meta:header', (plan) => setIssuingOrgan(plan, 'header', value));
        }}
        findings={findingsFor(findings, 'meta:header')}
        hint="In hoa như ở đầu văn bản; xuống dòng ở chỗ tên được ngắt."
      />
      <TextRow
        label="Tên dùng khi trích dẫn"
        field="meta:citation"
        value={meta.issuingOrgan.citation}
        read={(text) => readRequired(text, 'Tên dùng khi trích dẫn')}
        onCommit={(value) => {
          edit('meta:citation', (plan) => setIssuingOrgan(plan, 'citation', value));
        }}
        findings={findingsFor(findings, 'meta:citation')}
        hint="Như viết trong câu, ví dụ “Ủy ban nhân dân tỉnh”."
      />
      <TextRow
        label="Cơ quan chủ quản"
        field="meta:parentOrgan"
        multiline
        rows={1}
        value={meta.parentOrgan}
        onCommit={(value) => {
          edit('meta:parentOrgan', (plan) => setMetaText(plan, 'parentOrgan', value));
        }}
        findings={findingsFor(findings, 'meta:parentOrgan')}
        hint="Dòng in phía trên tên cơ quan ban hành; để trống nếu không có."
      />
      <LayoutPreview label="Tên cơ quan khi in" blocks={preview} profile={profile} />
      {organPick.question === null ? null : <OrganFillDialog question={organPick.question} onAnswer={organPick.answer} />}
    </PanelSection>
  );
}
