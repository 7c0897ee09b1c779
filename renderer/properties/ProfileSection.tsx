/**
 * Thể thức: the rule system the plan follows (NĐ 30/2020 for State bodies, HD 36 for Party ones)
 * and how its sections are numbered. Switching asks first, listing what changes in print, and
 * offers to adapt the symbol and archive line rather than rewriting them silently.
 */
import type { ReactNode } from 'react';
import { getProfile, PROFILES } from '../../shared/format';
import type { PlanDocument, ProfileId } from '../../shared/model';
import { setSectionNumbering, switchProfile } from '../../shared/model/ops';
import { useDialogs } from '../app/dialogs';
import { useDocument, useDocumentStore } from '../state/use-document';
import { SelectRow, type Option } from './fields';
import { PanelSection } from './PanelSection';
import { describeSwitch, switchMessage } from './profile-switch';
import { findingsFor } from './property-findings';
import type { SectionProps } from './section-props';
import { usePanelEdit } from './use-panel-edit';

const PROFILE_LABELS: Readonly<Record<ProfileId, { readonly title: string; readonly detail: string }>> = {
  'nd30-2020': { title: 'Nhà nước', detail: 'Nghị định 30/2020/NĐ-CP' },
  'hd36-2018': { title: 'Đảng', detail: 'Hướng dẫn 36-HD/VPTW' },
};

const NUMBERING: readonly Option<PlanDocument['sectionNumbering']>[] = [
  { value: 'roman-dot', label: 'I. MỤC ĐÍCH, YÊU CẦU' },
  { value: 'roman-dash', label: 'I- MỤC ĐÍCH, YÊU CẦU' },
];

export function ProfileSection({ open, onToggle, findings }: SectionProps): ReactNode {
  const profileId = useDocument((s) => s.plan.profile);
  const sectionNumbering = useDocument((s) => s.plan.sectionNumbering);
  const store = useDocumentStore();
  const edit = usePanelEdit();
  const { ask } = useDialogs();
  const current = getProfile(profileId);

  const choose = async (id: ProfileId): Promise<void> => {
    if (id === profileId) return;
    const to = getProfile(id);
    const plan = store.getState().plan;
    const change = describeSwitch(plan, current, to);
    const answer = await ask({
      title: `Chuyển sang thể thức ${PROFILE_LABELS[id].title} (${PROFILE_LABELS[id].detail})?`,
      message: switchMessage(change),
      choices: change.adapts
        ? [
            { id: 'adapt', label: 'Đổi và điều chỉnh', primary: true },
            { id: 'keep', label: 'Chỉ đổi thể thức' },
            { id: 'cancel', label: 'Hủy' },
          ]
        : [
            { id: 'keep', label: 'Đổi thể thức', primary: true },
            { id: 'cancel', label: 'Hủy' },
          ],
      cancel: 'cancel',
    });
    if (answer === 'cancel') return;
    edit('meta:profile', (p) => switchProfile(p, { profile: id, system: to.system, adapt: answer === 'adapt' }), { merge: false });
  };

  const label = PROFILE_LABELS[profileId];
  return (
    <PanelSection
      id="profile"
      title="Thể thức"
      summary={`${label.title}: ${label.detail}`}
      open={open}
      onToggle={onToggle}
      flagged={findingsFor(findings, 'meta:sectionNumbering').length > 0}
    >
      <fieldset className="pp-choice">
        <legend>Thể thức văn bản</legend>
        {(Object.keys(PROFILES) as ProfileId[]).map((id) => (
          <label key={id}>
            <input
              type="radio"
              name="pp-profile"
              data-field={id === profileId ? 'meta:profile' : undefined}
              checked={id === profileId}
              onChange={() => void choose(id)}
            />
            <span>
              <strong>{PROFILE_LABELS[id].title}</strong> — {PROFILE_LABELS[id].detail}
            </span>
          </label>
        ))}
      </fieldset>
      <SelectRow
        label="Đánh số mục lớn"
        field="meta:sectionNumbering"
        value={sectionNumbering}
        options={NUMBERING}
        onCommit={(value) => {
          edit('meta:sectionNumbering', (plan) => setSectionNumbering(plan, value), { merge: false });
        }}
        findings={findingsFor(findings, 'meta:sectionNumbering')}
      />
    </PanelSection>
  );
}
