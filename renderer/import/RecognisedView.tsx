/**
 * What the importer understood, beside its report: the header (organs, số và ký hiệu, place and
 * date, tên loại, trích yếu), the căn cứ, the body and appendices, the signer and the nơi nhận,
 * written as the plan will print them so the clerk can compare with the original.
 */
import { memo, useMemo, type ReactNode } from 'react';
import { archiveLine, authorityLines, formatCitation, getProfile, numberLine, positionLine } from '../../shared/format';
import { formatLongDate, oneLine, type PlanDocument } from '../../shared/model';
import { RecognisedBody } from './RecognisedBody';

function Fact({ label, value }: { label: string; value: string }): ReactNode {
  return (
    <tr>
      <th scope="row">{label}</th>
      <td className={value.trim() === '' ? 'import-missing' : undefined}>{value.trim() === '' ? '(trống)' : value}</td>
    </tr>
  );
}

function HeaderFacts({ plan }: { plan: PlanDocument }): ReactNode {
  const profile = getProfile(plan.profile);
  return (
    <table className="import-facts" aria-label="Phần đầu văn bản">
      <tbody>
        {plan.meta.parentOrgan !== '' && <Fact label="Cơ quan chủ quản" value={oneLine(plan.meta.parentOrgan)} />}
        <Fact label="Cơ quan ban hành" value={oneLine(plan.meta.issuingOrgan.header)} />
        <Fact
          label="Số, ký hiệu"
          value={
            plan.meta.number === ''
              ? `${numberLine(plan.meta.number, plan.meta.symbol, profile).replace(/\s{2,}/gu, ' … ')} (số để trống)`
              : numberLine(plan.meta.number, plan.meta.symbol, profile)
          }
        />
        <Fact label="Địa danh" value={plan.meta.place} />
        <Fact label="Ngày" value={formatLongDate(plan.meta.date).replace(/\s{2,}/gu, ' … ')} />
        <Fact label="Tên loại" value={oneLine(plan.meta.typeName)} />
        <Fact label="Trích yếu" value={oneLine(plan.meta.summary)} />
        <Fact label="Thể thức" value={profile.name} />
      </tbody>
    </table>
  );
}

function Closing({ plan }: { plan: PlanDocument }): ReactNode {
  const profile = getProfile(plan.profile);
  const signer = [...authorityLines(plan.signer, profile), positionLine(plan.signer, profile), plan.signer.name].filter(
    (line) => line.trim() !== '',
  );
  return (
    <>
      <h4>Người ký</h4>
      {signer.length === 0 ? (
        <p className="import-missing">Không nhận ra người ký.</p>
      ) : (
        <p className="import-signer">
          {signer.map((line, i) => (
            <span key={i}>{line}</span>
          ))}
        </p>
      )}
      <h4>Nơi nhận</h4>
      {plan.recipients.length === 0 && plan.archive === '' ? (
        <p className="import-missing">Không nhận ra nơi nhận.</p>
      ) : (
        <ul className="import-recipients">
          {plan.recipients.map((entry, i) =>
            'names' in entry ? (
              <li key={i} className="import-recipient-group">
                <span>
                  {entry.names.map((name, k) => (
                    <span key={k}>- {name}</span>
                  ))}
                </span>
                <span className="import-brace">{entry.purpose}</span>
              </li>
            ) : (
              <li key={i}>
                - {entry.name}
                {entry.purpose === undefined ? '' : ` ${entry.purpose}`}
              </li>
            ),
          )}
          {plan.archive !== '' && <li>{archiveLine(plan.archive, profile)}</li>}
        </ul>
      )}
    </>
  );
}

export const RecognisedView = memo(function RecognisedView({ plan, base }: { plan: PlanDocument; base: PlanDocument }): ReactNode {
  const known = useMemo(
    () => new Set([...base.sections.flatMap((s) => s.blocks.map((b) => b.id)), ...base.appendices.flatMap((a) => a.rows.map((r) => r.id))]),
    [base],
  );
  return (
    <section className="import-pane import-result" aria-labelledby="import-result-title">
      <h3 id="import-result-title">Kết quả nhận dạng</h3>
      <HeaderFacts plan={plan} />
      <h4>Căn cứ ({plan.basis.length})</h4>
      {plan.basis.length === 0 ? (
        <p className="muted">Không có văn bản căn cứ.</p>
      ) : (
        <ul className="import-basis">
          {plan.basis.map((ref) => (
            <li key={ref.id}>{formatCitation(ref, getProfile(plan.profile))}</li>
          ))}
        </ul>
      )}
      <RecognisedBody plan={plan} known={known} />
      <Closing plan={plan} />
    </section>
  );
});
