/** Nơi nhận: recipients and brace groups, the "Lưu" line, and the column as it prints. */
import { useMemo, type ReactNode } from 'react';
import { archiveHint, getProfile } from '../../shared/format';
import { addRecipient, setArchive } from '../../shared/model/ops';
import { pageSetup, signatureBlock, textWidth } from '../../shared/render/layout';
import { useDocument } from '../state/use-document';
import { AddField } from './AddField';
import { FindingNote, TextRow } from './fields';
import { LayoutPreview } from './LayoutPreview';
import { PanelSection } from './PanelSection';
import { findingsFor, findingsUnder } from './property-findings';
import { PURPOSES_LIST, RecipientEntryView } from './RecipientEntryView';
import type { SectionProps } from './section-props';
import { usePanelEdit } from './use-panel-edit';
import { WhyNote } from './WhyNote';

const PURPOSES = ['(để báo cáo)', '(để b/c)', '(để biết)', '(để thực hiện)', '(để phối hợp)', '(để chỉ đạo)'];

export function RecipientsSection({ open, onToggle, findings }: SectionProps): ReactNode {
  const recipients = useDocument((s) => s.plan.recipients);
  const archive = useDocument((s) => s.plan.archive);
  const meta = useDocument((s) => s.plan.meta);
  const profile = getProfile(useDocument((s) => s.plan.profile));
  const edit = usePanelEdit();
  const preview = useMemo(() => {
    const table = signatureBlock(
      { recipients, archive, meta, signer: { authority: [], position: '', name: '' } },
      profile,
      textWidth(pageSetup(profile, 'portrait')),
    );
    return table.rows[0]?.cells[0]?.blocks ?? [];
  }, [recipients, archive, meta, profile]);
  const mine = [...findingsUnder(findings, 'meta:recipients'), ...findingsFor(findings, 'meta:archive')];
  const lines = recipients.reduce((n, entry) => n + ('names' in entry ? entry.names.length : 1), 0);
  return (
    <PanelSection
      id="recipients"
      title="Nơi nhận"
      summary={lines === 0 ? 'Chưa có nơi nhận' : `${lines} nơi nhận, lưu: ${archive}`}
      open={open}
      onToggle={onToggle}
      flagged={mine.length > 0}
    >
      <datalist id={PURPOSES_LIST}>
        {PURPOSES.map((purpose) => (
          <option key={purpose} value={purpose} />
        ))}
      </datalist>
      {recipients.length > 0 && (
        <div className="pp-list-head" aria-hidden="true">
          <span>Tên cơ quan, đơn vị</span>
          <span>Mục đích</span>
        </div>
      )}
      <ol className="pp-recipients" aria-label="Danh sách nơi nhận">
        {recipients.map((entry, i) => (
          <RecipientEntryView key={i} entry={entry} index={i} count={recipients.length} edit={edit} />
        ))}
      </ol>
      {findingsFor(findings, 'meta:recipients').map((finding) => (
        <FindingNote key={finding.message} finding={finding} />
      ))}
      <AddField
        label="Nơi nhận mới"
        field="meta:recipients.new"
        placeholder="Tên cơ quan, đơn vị nhận"
        button="Thêm nơi nhận"
        onAdd={(text) => {
          edit('meta:recipients.new', (plan) => addRecipient(plan, text), { merge: false, focusAfter: 'meta:recipients.new' });
        }}
      />
      <TextRow
        label="Lưu"
        field="meta:archive"
        value={archive}
        onCommit={(value) => {
          edit('meta:archive', (plan) => setArchive(plan, value));
        }}
        findings={findingsFor(findings, 'meta:archive')}
        hint={archiveHint(profile)}
      />
      <WhyNote profile={profile} concept="archiveLine" />
      <LayoutPreview label="Nơi nhận khi in" blocks={preview} profile={profile} />
    </PanelSection>
  );
}
