/**
 * Người ký: the authority lines (one per step of delegation), the position and the name, with the
 * block drawn as the plan's profile prints it (TM./KT. for State documents, T/M, K/T for Party ones).
 */
import { useMemo, type ReactNode } from 'react';
import { getProfile, type FormatProfile } from '../../shared/format';
import { AuthorityKindSchema, type AuthorityKind } from '../../shared/model';
import { addAuthorityStep, moveAuthorityStep, removeAuthorityStep, setAuthorityStep, setSignerText } from '../../shared/edit';
import { pageSetup, signatureBlock, textWidth } from '../../shared/render/layout';
import { useDocument } from '../state/use-document';
import { FindingNote, SelectRow, TextRow, type Option } from './fields';
import { LayoutPreview } from './LayoutPreview';
import { PanelSection } from './PanelSection';
import { findingsFor, findingsUnder } from './property-findings';
import type { SectionProps } from './section-props';
import { usePanelEdit } from './use-panel-edit';

const MEANING: Readonly<Record<AuthorityKind, string>> = {
  TM: 'thay mặt',
  KT: 'ký thay',
  TL: 'thừa lệnh',
  TUQ: 'thừa ủy quyền',
  Q: 'quyền',
};

function kindOptions(profile: FormatProfile): Option<AuthorityKind>[] {
  return AuthorityKindSchema.options.map((kind) => {
    const form = profile.signature.authorityForms[kind];
    return { value: kind, label: form === undefined ? `${kind}. (không dùng)` : `${form} (${MEANING[kind]})` };
  });
}

export function SignerSection({ open, onToggle, findings }: SectionProps): ReactNode {
  const signer = useDocument((s) => s.plan.signer);
  const meta = useDocument((s) => s.plan.meta);
  const profile = getProfile(useDocument((s) => s.plan.profile));
  const edit = usePanelEdit();
  const options = useMemo(() => kindOptions(profile), [profile]);
  const preview = useMemo(() => {
    const table = signatureBlock({ signer, meta, recipients: [], archive: '' }, profile, textWidth(pageSetup(profile, 'portrait')));
    return table.rows[0]?.cells[1]?.blocks ?? [];
  }, [signer, meta, profile]);
  const mine = findingsUnder(findings, 'meta:signer');
  const steps = signer.authority;
  const summary = [signer.position, signer.name].filter((t) => t !== '').join(', ');
  return (
    <PanelSection id="signer" title="Người ký" summary={summary} open={open} onToggle={onToggle} flagged={mine.length > 0}>
      <ol className="pp-steps" aria-label="Thẩm quyền ký">
        {steps.map((step, i) => {
          const field = `meta:signer.authority.${i}`;
          const line = `dòng ${i + 1}`;
          return (
            <li key={i} className="pp-step">
              <div className="pp-pair">
                <SelectRow
                  label="Hình thức"
                  labelDetail={`, ${line}`}
                  field={`${field}.kind`}
                  className="pp-narrow-select"
                  value={step.kind}
                  options={options}
                  onCommit={(kind) => {
                    edit(`${field}.kind`, (plan) => setAuthorityStep(plan, i, { kind }), { merge: false });
                  }}
                />
                {step.kind === 'Q' ? (
                  <p className="pp-hint pp-grow">“{profile.signature.authorityForms.Q ?? 'Q.'}” in trước chức vụ người ký.</p>
                ) : (
                  <TextRow
                    label="Tập thể, chức danh"
                    labelDetail={`, ${line}`}
                    field={field}
                    className="pp-grow"
                    value={step.body}
                    placeholder="ỦY BAN NHÂN DÂN"
                    onCommit={(body) => {
                      edit(field, (plan) => setAuthorityStep(plan, i, { body }));
                    }}
                  />
                )}
                <span className="pp-row-tools">
                  <button
                    type="button"
                    className="icon"
                    aria-label={`Đưa thẩm quyền ${line} lên`}
                    disabled={i === 0}
                    data-field={`${field}.up`}
                    onClick={() => {
                      edit(`${field}.up`, (plan) => moveAuthorityStep(plan, i, i - 1), {
                        merge: false,
                        focusAfter: `meta:signer.authority.${i - 1}.up`,
                      });
                    }}
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    className="icon"
                    aria-label={`Đưa thẩm quyền ${line} xuống`}
                    disabled={i === steps.length - 1}
                    data-field={`${field}.down`}
                    onClick={() => {
                      edit(`${field}.down`, (plan) => moveAuthorityStep(plan, i, i + 1), {
                        merge: false,
                        focusAfter: `meta:signer.authority.${i + 1}.down`,
                      });
                    }}
                  >
                    ↓
                  </button>
                  <button
                    type="button"
                    className="icon"
                    aria-label={`Xóa ${line} thẩm quyền`}
                    onClick={() => {
                      edit('meta:signer.authority', (plan) => removeAuthorityStep(plan, i), {
                        merge: false,
                        focusAfter: 'meta:signer.authority',
                      });
                    }}
                  >
                    ✕
                  </button>
                </span>
              </div>
              {findingsFor(findings, field).map((finding) => (
                <FindingNote key={finding.message} finding={finding} />
              ))}
            </li>
          );
        })}
      </ol>
      <button
        type="button"
        data-field="meta:signer.authority"
        onClick={() => {
          edit('meta:signer.authority', (plan) => addAuthorityStep(plan, steps.length === 0 ? 'TM' : 'KT'), {
            merge: false,
            focusAfter: `meta:signer.authority.${steps.length}`,
          });
        }}
      >
        Thêm thẩm quyền ký
      </button>
      <TextRow
        label="Chức vụ"
        field="meta:signer.position"
        value={signer.position}
        placeholder="PHÓ CHỦ TỊCH"
        onCommit={(value) => {
          edit('meta:signer.position', (plan) => setSignerText(plan, 'position', value));
        }}
        findings={findingsFor(findings, 'meta:signer.position')}
      />
      <TextRow
        label="Họ và tên"
        field="meta:signer.name"
        value={signer.name}
        onCommit={(value) => {
          edit('meta:signer.name', (plan) => setSignerText(plan, 'name', value));
        }}
        findings={findingsFor(findings, 'meta:signer.name')}
        hint="Không ghi học hàm, học vị."
      />
      <LayoutPreview label="Chữ ký khi in" blocks={preview} profile={profile} />
    </PanelSection>
  );
}
