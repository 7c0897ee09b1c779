/**
 * Thể thức: the rule profile the plan follows and how its sections are numbered. By default the
 * profile follows the document's date within its system (a Party plan dated from 27/5/2026 follows
 * HD 05, an older one HD 36); choosing a profile pins it. Switching to another system asks first,
 * listing what changes in print, and offers to adapt the symbol and archive line rather than
 * rewriting them silently. "Nguồn của các quy tắc" shows where each value comes from and how sure
 * it is.
 */
import type { ReactNode } from 'react';
import { CONCEPTS, getProfile, PROFILES, profileFor, type Concept, type FormatProfile } from '../../shared/format';
import { formatShortDate, type PlanDocument, type ProfileId } from '../../shared/model';
import { followDate, setSectionNumbering, switchProfile } from '../../shared/model/ops';
import { useDialogs } from '../app/dialogs';
import { useDocument, useDocumentStore } from '../state/use-document';
import { SelectRow, type Option } from './fields';
import { PanelSection } from './PanelSection';
import { describeSwitch, switchMessage } from './profile-switch';
import { findingsFor } from './property-findings';
import type { SectionProps } from './section-props';
import { usePanelEdit } from './use-panel-edit';
import { WhyNote } from './WhyNote';

/** "27/5/2026" from the guide's ISO date. */
function guideDate(profile: FormatProfile): string {
  const [year, month, day] = profile.guide.effectiveFrom.split('-').map(Number);
  return formatShortDate({ year: year ?? 0, month: month ?? null, day: day ?? null });
}

const NUMBERING: readonly Option<PlanDocument['sectionNumbering']>[] = [
  { value: 'roman-dot', label: 'I. MỤC ĐÍCH, YÊU CẦU' },
  { value: 'roman-dash', label: 'I- MỤC ĐÍCH, YÊU CẦU' },
];

export function ProfileSection({ open, onToggle, findings }: SectionProps): ReactNode {
  const profileId = useDocument((s) => s.plan.profile);
  const choice = useDocument((s) => s.plan.profileChoice);
  const date = useDocument((s) => s.plan.meta.date);
  const sectionNumbering = useDocument((s) => s.plan.sectionNumbering);
  const store = useDocumentStore();
  const edit = usePanelEdit();
  const { ask } = useDialogs();
  const current = getProfile(profileId);
  const byDate = profileFor(current.system, date);

  const choose = async (id: ProfileId): Promise<void> => {
    if (id === profileId) {
      if (choice !== 'chosen')
        edit('meta:profile', (p) => switchProfile(p, { profile: current, adapt: false, choice: 'chosen' }), { merge: false });
      return;
    }
    const to = getProfile(id);
    const plan = store.getState().plan;
    const change = describeSwitch(plan, current, to);
    const answer = await ask({
      title: `Chuyển sang thể thức ${to.systemLabel} (${to.name})?`,
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
    edit('meta:profile', (p) => switchProfile(p, { profile: to, adapt: answer === 'adapt', choice: 'chosen' }), { merge: false });
  };

  const followTheDate = (): void => {
    edit('meta:profile', (p) => followDate({ ...p, profileChoice: 'date' }), { merge: false });
  };

  return (
    <PanelSection
      id="profile"
      title="Thể thức"
      summary={`${current.systemLabel}: ${current.shortName}${choice === 'date' ? ' (theo ngày văn bản)' : ''}`}
      open={open}
      onToggle={onToggle}
      flagged={findingsFor(findings, 'meta:sectionNumbering').length > 0}
    >
      <fieldset className="pp-choice">
        <legend>Thể thức văn bản</legend>
        <label>
          <input
            type="checkbox"
            data-field="meta:profileChoice"
            checked={choice === 'date'}
            onChange={followTheDate}
            disabled={choice === 'date'}
          />
          <span>
            <strong>Theo ngày văn bản</strong> — văn bản ngày {formatShortDate(date)} áp dụng {byDate.name}
          </span>
        </label>
        {(Object.keys(PROFILES) as ProfileId[]).map((id) => {
          const profile = getProfile(id);
          return (
            <label key={id}>
              <input
                type="radio"
                name="pp-profile"
                data-field={id === profileId ? 'meta:profile' : undefined}
                checked={id === profileId}
                onChange={() => void choose(id)}
              />
              <span>
                <strong>{profile.systemLabel}</strong> — {profile.name}, áp dụng từ {guideDate(profile)}
              </span>
            </label>
          );
        })}
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
      <details className="pp-sources">
        <summary>Nguồn của các quy tắc ({current.shortName})</summary>
        {(Object.keys(CONCEPTS) as Concept[]).map((concept) => (
          <WhyNote key={concept} profile={current} concept={concept} summary={CONCEPTS[concept]} />
        ))}
      </details>
    </PanelSection>
  );
}
