/**
 * One line of the nơi nhận: a single recipient with an optional purpose, or a brace group whose
 * names share one purpose ("} (để báo cáo)"). Entries are addressed by position, as the user sees
 * them; names cannot be emptied (the line would print as "- ;").
 */
import type { ReactNode } from 'react';
import type { RecipientEntry } from '../../shared/model';
import {
  addGroupName,
  groupWithNext,
  isRecipientGroup,
  moveGroupName,
  moveRecipientEntry,
  readRequired,
  removeGroupName,
  removeRecipientEntry,
  setRecipientName,
  setRecipientPurpose,
  takeOutOfGroup,
  ungroupRecipients,
} from '../../shared/edit';
import { AddField } from './AddField';
import { TextRow } from './fields';
import type { PanelEdit } from './use-panel-edit';

export const PURPOSES_LIST = 'pp-recipient-purposes';

interface EntryProps {
  readonly entry: RecipientEntry;
  readonly index: number;
  readonly count: number;
  readonly edit: PanelEdit;
}

const readName = (text: string): ReturnType<typeof readRequired> => readRequired(text, 'Tên nơi nhận');

/** ↑ ↓, group with the next line, remove: the tools every entry has. */
function EntryTools({ index, count, edit, children }: Omit<EntryProps, 'entry'> & { readonly children?: ReactNode }): ReactNode {
  const n = index + 1;
  const base = `meta:recipients.${index}`;
  const move = (to: number, button: 'up' | 'down'): void => {
    edit(`${base}.${button}`, (plan) => moveRecipientEntry(plan, index, to), {
      merge: false,
      focusAfter: `meta:recipients.${to}.${button}`,
    });
  };
  return (
    <span className="pp-row-tools">
      <button
        type="button"
        className="icon"
        data-field={`${base}.up`}
        aria-label={`Đưa nơi nhận ${n} lên`}
        disabled={index === 0}
        onClick={() => {
          move(index - 1, 'up');
        }}
      >
        ↑
      </button>
      <button
        type="button"
        className="icon"
        data-field={`${base}.down`}
        aria-label={`Đưa nơi nhận ${n} xuống`}
        disabled={index === count - 1}
        onClick={() => {
          move(index + 1, 'down');
        }}
      >
        ↓
      </button>
      <button
        type="button"
        className="icon"
        data-field={`${base}.group`}
        aria-label={`Gộp nơi nhận ${n} với dòng dưới`}
        title="Gộp với dòng dưới thành một nhóm có chung mục đích"
        disabled={index === count - 1}
        onClick={() => {
          edit(`${base}.group`, (plan) => groupWithNext(plan, index), { merge: false, focusAfter: `${base}.purpose` });
        }}
      >
        ⊐
      </button>
      {children}
      <button
        type="button"
        className="icon"
        aria-label={`Xóa nơi nhận ${n}`}
        onClick={() => {
          edit('meta:recipients', (plan) => removeRecipientEntry(plan, index), { merge: false, focusAfter: 'meta:recipients.new' });
        }}
      >
        ✕
      </button>
    </span>
  );
}

function GroupNames({
  names,
  index,
  edit,
}: {
  readonly names: readonly string[];
  readonly index: number;
  readonly edit: PanelEdit;
}): ReactNode {
  const n = index + 1;
  const base = `meta:recipients.${index}`;
  return (
    <>
      <ol className="pp-group-names">
        {names.map((name, k) => (
          <li key={k} className="pp-pair">
            <TextRow
              label={`Nơi nhận ${n}, tên ${k + 1}`}
              field={`${base}.name.${k}`}
              className="pp-grow pp-label-hidden"
              wrap
              value={name}
              read={readName}
              onCommit={(value) => {
                edit(`${base}.name.${k}`, (plan) => setRecipientName(plan, index, value, k));
              }}
            />
            <span className="pp-row-tools">
              <button
                type="button"
                className="icon"
                aria-label={`Đưa tên ${k + 1} của nhóm ${n} lên`}
                disabled={k === 0}
                onClick={() => {
                  edit(`${base}.names`, (plan) => moveGroupName(plan, index, k, k - 1), { merge: false });
                }}
              >
                ↑
              </button>
              <button
                type="button"
                className="icon"
                aria-label={`Tách tên ${k + 1} khỏi nhóm ${n}`}
                title="Tách ra thành dòng riêng"
                onClick={() => {
                  edit(`${base}.names`, (plan) => takeOutOfGroup(plan, index, k), {
                    merge: false,
                    focusAfter: `meta:recipients.${index + 1}.name`,
                  });
                }}
              >
                ⇥
              </button>
              <button
                type="button"
                className="icon"
                aria-label={`Xóa tên ${k + 1} của nhóm ${n}`}
                onClick={() => {
                  edit(`${base}.names`, (plan) => removeGroupName(plan, index, k), { merge: false });
                }}
              >
                ✕
              </button>
            </span>
          </li>
        ))}
      </ol>
      <AddField
        label={`Tên mới cho nhóm ${n}`}
        field={`${base}.add`}
        placeholder="Thêm tên vào nhóm"
        button="Thêm"
        buttonLabel={`Thêm vào nhóm ${n}`}
        onAdd={(text) => {
          edit(`${base}.add`, (plan) => addGroupName(plan, index, text), { merge: false, focusAfter: `${base}.add` });
        }}
      />
    </>
  );
}

export function RecipientEntryView({ entry, index, count, edit }: EntryProps): ReactNode {
  const n = index + 1;
  const base = `meta:recipients.${index}`;
  if (!isRecipientGroup(entry)) {
    return (
      <li className="pp-recipient pp-pair" data-field={base} tabIndex={-1}>
        <TextRow
          label={`Nơi nhận ${n}`}
          field={`${base}.name`}
          className="pp-grow pp-label-hidden"
          wrap
          value={entry.name}
          read={readName}
          onCommit={(value) => {
            edit(`${base}.name`, (plan) => setRecipientName(plan, index, value));
          }}
        />
        <TextRow
          label={`Mục đích, nơi nhận ${n}`}
          field={`${base}.purpose`}
          className="pp-purpose pp-label-hidden"
          list={PURPOSES_LIST}
          value={entry.purpose ?? ''}
          onCommit={(value) => {
            edit(`${base}.purpose`, (plan) => setRecipientPurpose(plan, index, value));
          }}
        />
        <EntryTools index={index} count={count} edit={edit} />
      </li>
    );
  }
  return (
    <li className="pp-recipient pp-group" data-field={base} tabIndex={-1} aria-label={`Nhóm nơi nhận ${n}`}>
      <div className="pp-group-head">
        <span className="pp-group-title">Nhóm có chung mục đích</span>
        <EntryTools index={index} count={count} edit={edit}>
          <button
            type="button"
            className="icon"
            aria-label={`Bỏ nhóm nơi nhận ${n}`}
            title="Tách thành các dòng riêng"
            onClick={() => {
              edit(`${base}.ungroup`, (plan) => ungroupRecipients(plan, index), { merge: false, focusAfter: `${base}.name` });
            }}
          >
            ⊏
          </button>
        </EntryTools>
      </div>
      <div className="pp-brace-edit">
        <div className="pp-brace-names">
          <GroupNames names={entry.names} index={index} edit={edit} />
        </div>
        <TextRow
          label="Mục đích"
          labelDetail={` chung, nơi nhận ${n}`}
          field={`${base}.purpose`}
          className="pp-brace-purpose"
          list={PURPOSES_LIST}
          value={entry.purpose}
          read={(text) => readRequired(text, 'Mục đích chung của nhóm')}
          onCommit={(value) => {
            edit(`${base}.purpose`, (plan) => setRecipientPurpose(plan, index, value));
          }}
        />
      </div>
    </li>
  );
}
