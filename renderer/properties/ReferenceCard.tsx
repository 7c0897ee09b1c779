/**
 * One căn cứ: its citation as the document prints it, and when opened the fields it is made of.
 * Fields are keyed by the reference's id, so reordering never mixes up what is being typed.
 */
import type { ReactNode } from 'react';
import { formatCitation, numberExample, numberFormOf, systemLabel, systems, type FormatProfile } from '../../shared/format';
import type { DocumentReference, System } from '../../shared/model';
import { citationDateText, readCitationDate, readDocumentNumber, readRequired, updateReference } from '../../shared/model/ops';
import { FindingNote, SelectRow, TextRow, type Option } from './fields';
import { findingsFor, type FieldFinding } from './property-findings';
import type { PanelEdit } from './use-panel-edit';

export const REFERENCE_TYPES_LIST = 'pp-reference-types';

/** "Đảng (58-KH/TU)", "Nhà nước (30/KH-UBND)": each system with the form its numbers are cited in. */
const SYSTEMS: readonly Option<System>[] = systems().map((system) => ({
  value: system,
  label: `${systemLabel(system)} (${numberExample(numberFormOf(system))})`,
}));

const ROLES: readonly Option<DocumentReference['role']>[] = [
  { value: 'implements', label: 'Kế hoạch này thực hiện văn bản' },
  { value: 'basis', label: 'Chỉ làm căn cứ' },
];

interface ReferenceCardProps {
  readonly reference: DocumentReference;
  /** The plan's profile: how the citation is written. */
  readonly profile: FormatProfile;
  readonly index: number;
  readonly count: number;
  readonly expanded: boolean;
  readonly findings: readonly FieldFinding[];
  readonly edit: PanelEdit;
  readonly onExpand: (id: string) => void;
  readonly onMove: (id: string, to: number) => void;
  readonly onRemove: (id: string) => void;
}

export function ReferenceCard({
  reference: ref,
  profile,
  index,
  count,
  expanded,
  findings,
  edit,
  onExpand,
  onMove,
  onRemove,
}: ReferenceCardProps): ReactNode {
  const field = (name: string): string => `meta:basis.${ref.id}.${name}`;
  const update =
    (name: keyof Omit<DocumentReference, 'id'>) =>
    (value: string): void => {
      edit(field(name), (plan) => updateReference(plan, ref.id, { [name]: value }));
    };
  const citation = formatCitation(ref, profile);
  const position = `Căn cứ ${index + 1}`;
  return (
    <li className="pp-card" aria-label={position}>
      <div className="pp-card-head">
        <button
          type="button"
          className="pp-card-title"
          data-field={`meta:basis.${ref.id}.title`}
          aria-expanded={expanded}
          onClick={() => {
            onExpand(ref.id);
          }}
          title={expanded ? 'Thu gọn' : 'Sửa căn cứ này'}
        >
          <span className="pp-citation">{citation}</span>
          {ref.title !== '' && <span className="pp-citation-title"> {ref.title}</span>}
        </button>
        <span className="pp-card-tools">
          <button
            type="button"
            className="icon"
            aria-label={`Đưa ${position.toLowerCase()} lên`}
            disabled={index === 0}
            onClick={() => {
              onMove(ref.id, index - 1);
            }}
          >
            ↑
          </button>
          <button
            type="button"
            className="icon"
            aria-label={`Đưa ${position.toLowerCase()} xuống`}
            disabled={index === count - 1}
            onClick={() => {
              onMove(ref.id, index + 1);
            }}
          >
            ↓
          </button>
          <button
            type="button"
            className="icon"
            aria-label={`Xóa ${position.toLowerCase()}`}
            onClick={() => {
              onRemove(ref.id);
            }}
          >
            ✕
          </button>
        </span>
      </div>
      <span className={ref.role === 'implements' ? 'pp-tag pp-tag-strong' : 'pp-tag'}>
        {ref.role === 'implements' ? 'văn bản được thực hiện' : 'căn cứ'}
      </span>
      {findingsFor(findings, `meta:basis.${ref.id}`).map((finding) => (
        <FindingNote key={finding.message} finding={finding} />
      ))}
      {expanded && (
        <div className="pp-card-body">
          <TextRow
            label="Tên loại"
            field={field('typeName')}
            list={REFERENCE_TYPES_LIST}
            value={ref.typeName}
            read={(text) => readRequired(text, 'Tên loại')}
            onCommit={update('typeName')}
            findings={findingsFor(findings, field('typeName'))}
          />
          <div className="pp-pair">
            <TextRow
              label="Số"
              field={field('number')}
              className="pp-narrow"
              inputMode="numeric"
              value={ref.number}
              read={readDocumentNumber}
              onCommit={update('number')}
              findings={findingsFor(findings, field('number'))}
            />
            <TextRow
              label="Ký hiệu"
              field={field('symbol')}
              value={ref.symbol}
              onCommit={(value) => {
                update('symbol')(value.trim());
              }}
              findings={findingsFor(findings, field('symbol'))}
            />
          </div>
          <div className="pp-pair">
            <TextRow
              label="Ngày ban hành"
              field={field('date')}
              className="pp-date-field"
              placeholder="29/01/2026"
              value={citationDateText(ref.date)}
              read={readCitationDate}
              onCommit={update('date')}
              findings={findingsFor(findings, field('date'))}
            />
            <SelectRow label="Văn bản của" field={field('system')} value={ref.system} options={SYSTEMS} onCommit={update('system')} />
          </div>
          <TextRow
            label="Cơ quan ban hành"
            field={field('issuer')}
            value={ref.issuer}
            onCommit={update('issuer')}
            findings={findingsFor(findings, field('issuer'))}
            hint="Như viết trong câu: “Ban Chấp hành Đảng bộ tỉnh”, “UBND tỉnh”."
          />
          <TextRow
            label="Trích yếu của văn bản"
            field={field('title')}
            multiline
            rows={2}
            placeholder="về …"
            value={ref.title}
            onCommit={update('title')}
            findings={findingsFor(findings, field('title'))}
          />
          <TextRow
            label="Gọi tắt là"
            field={field('shortName')}
            value={ref.shortName}
            onCommit={update('shortName')}
            findings={findingsFor(findings, field('shortName'))}
            hint="“sau đây gọi tắt là …”; để trống nếu không gọi tắt."
          />
          <SelectRow label="Vai trò" field={field('role')} value={ref.role} options={ROLES} onCommit={update('role')} />
        </div>
      )}
    </li>
  );
}
