/**
 * The outline of sections and appendices: click to go there, add, remove, rename (double-click or
 * F2), and reorder by dragging or with Alt+↑/↓. Numbers follow the order at once.
 */
import { useMemo, useState, type DragEvent, type KeyboardEvent, type ReactNode } from 'react';
import {
  addAppendix,
  addSection,
  countReferencesTo,
  moveAppendix,
  moveSection,
  removeAppendix,
  removeSection,
  renameAppendix,
  renameSection,
  type AppendixPresetId,
  APPENDIX_PRESETS,
} from '../../shared/edit';
import { useDialogs } from '../base/dialogs';
import { PREAMBLE_ID } from '../state/focus';
import { useDocument, useDocumentStore } from '../state/use-document';
import { useWorkspace } from '../base/workspace-context';
import { outlineItems, outlineKey, type OutlineItem } from './outline-items';

const newId = (): string => crypto.randomUUID();

function RenameField({ item, onDone }: { item: OutlineItem; onDone: (title: string | null) => void }): ReactNode {
  const [value, setValue] = useState(item.title);
  return (
    <input
      className="outline-rename"
      aria-label={`Tên mới cho ${item.number}`}
      // A rename is started on purpose, so the field takes the focus at once.
      autoFocus
      value={value}
      onChange={(e) => {
        setValue(e.currentTarget.value);
      }}
      onBlur={() => {
        onDone(value);
      }}
      onKeyDown={(e) => {
        if (e.key === 'Enter') onDone(value);
        if (e.key === 'Escape') onDone(null);
      }}
    />
  );
}

export function Outline(): ReactNode {
  const store = useDocumentStore();
  const nav = useWorkspace();
  const { ask } = useDialogs();
  const key = useDocument((s) => outlineKey(s.plan));
  // eslint-disable-next-line react-hooks/exhaustive-deps -- `key` changes exactly when the items do.
  const items = useMemo(() => outlineItems(store.getState().plan), [key, store]);
  const [renaming, setRenaming] = useState<string | null>(null);
  const [dragged, setDragged] = useState<OutlineItem | null>(null);
  const [preset, setPreset] = useState<AppendixPresetId>('tasks');

  const sections = items.filter((i) => i.kind === 'section');
  const appendices = items.filter((i) => i.kind === 'appendix');
  const active = nav.view.kind === 'appendix' ? nav.view.appendixId : null;

  const move = (item: OutlineItem, to: number): void => {
    const focus = { kind: 'outline' as const, id: item.id };
    store.edit((plan) => (item.kind === 'section' ? moveSection(plan, item.id, to) : moveAppendix(plan, item.id, to)), {
      focusBefore: focus,
      focusAfter: focus,
    });
  };
  const indexOf = (item: OutlineItem): number => (item.kind === 'section' ? sections : appendices).findIndex((i) => i.id === item.id);

  const rename = (item: OutlineItem, title: string | null): void => {
    setRenaming(null);
    if (title === null || title.trim() === '') return;
    store.edit((plan) =>
      item.kind === 'section' ? renameSection(plan, item.id, title.trim()) : renameAppendix(plan, item.id, title.trim()),
    );
  };

  const remove = async (item: OutlineItem): Promise<void> => {
    const plan = store.getState().plan;
    const refs = item.kind === 'appendix' ? countReferencesTo(plan, item.id) : 0;
    const message =
      item.kind === 'section'
        ? `Xóa mục ${item.number} "${item.title}" cùng toàn bộ nội dung của mục? Có thể hoàn tác (Ctrl+Z).`
        : `Xóa ${item.number} "${item.title}" cùng toàn bộ bảng?${refs > 0 ? ` Có ${refs} tham chiếu trong văn bản trỏ tới phụ lục này sẽ bị hỏng.` : ''} Có thể hoàn tác (Ctrl+Z).`;
    const choice = await ask({
      title: 'Xóa?',
      message,
      choices: [
        { id: 'delete', label: 'Xóa' },
        { id: 'keep', label: 'Không xóa', primary: true },
      ],
      cancel: 'keep',
    });
    if (choice !== 'delete') return;
    store.edit((p) => (item.kind === 'section' ? removeSection(p, item.id) : removeAppendix(p, item.id)));
    if (item.kind === 'appendix' && active === item.id) nav.showSection(PREAMBLE_ID);
  };

  const onKeyDown = (item: OutlineItem) => (e: KeyboardEvent) => {
    if (e.altKey && (e.key === 'ArrowUp' || e.key === 'ArrowDown')) {
      e.preventDefault();
      move(item, indexOf(item) + (e.key === 'ArrowUp' ? -1 : 1));
    } else if (e.key === 'F2') {
      e.preventDefault();
      setRenaming(item.id);
    } else if (e.key === 'Delete') {
      e.preventDefault();
      void remove(item);
    }
  };

  const dropOn = (target: OutlineItem) => (e: DragEvent) => {
    e.preventDefault();
    if (dragged === null || dragged.kind !== target.kind || dragged.id === target.id) return;
    move(dragged, indexOf(target));
    setDragged(null);
  };

  const row = (item: OutlineItem): ReactNode => (
    <li
      key={item.id}
      className={`outline-item${active === item.id ? ' active' : ''}${dragged?.id === item.id ? ' dragging' : ''}`}
      draggable={renaming !== item.id}
      onDragStart={(e) => {
        e.dataTransfer.effectAllowed = 'move';
        e.dataTransfer.setData('text/plain', item.id);
        setDragged(item);
      }}
      onDragEnd={() => {
        setDragged(null);
      }}
      onDragOver={(e) => {
        if (dragged?.kind === item.kind) e.preventDefault();
      }}
      onDrop={dropOn(item)}
    >
      {renaming === item.id ? (
        <>
          {/* The number stays beside the field: the clerk sees which item is being renamed. */}
          <span className="outline-number outline-rename-number">{item.number}</span>
          <RenameField
            item={item}
            onDone={(title) => {
              rename(item, title);
            }}
          />
        </>
      ) : (
        <button
          type="button"
          className="outline-link"
          aria-current={active === item.id ? 'true' : undefined}
          onClick={() => {
            if (item.kind === 'section') nav.showSection(item.id);
            else nav.showAppendix(item.id);
          }}
          onDoubleClick={() => {
            setRenaming(item.id);
          }}
          onKeyDown={onKeyDown(item)}
          title="Nhấp đúp hoặc F2 để đổi tên; Alt+↑/↓ để chuyển vị trí; kéo thả để sắp xếp"
        >
          <span className="outline-number">{item.number}</span> <span className="outline-title">{item.title}</span>
        </button>
      )}
      <span className="outline-tools">
        <button
          type="button"
          className="icon"
          aria-label={`Chuyển ${item.number} lên`}
          disabled={indexOf(item) === 0}
          onClick={() => {
            move(item, indexOf(item) - 1);
          }}
        >
          ↑
        </button>
        <button
          type="button"
          className="icon"
          aria-label={`Chuyển ${item.number} xuống`}
          disabled={indexOf(item) === (item.kind === 'section' ? sections : appendices).length - 1}
          onClick={() => {
            move(item, indexOf(item) + 1);
          }}
        >
          ↓
        </button>
        <button
          type="button"
          className="icon"
          aria-label={`Đổi tên ${item.number}`}
          onClick={() => {
            setRenaming(item.id);
          }}
        >
          ✎
        </button>
        <button type="button" className="icon" aria-label={`Xóa ${item.number}`} onClick={() => void remove(item)}>
          ×
        </button>
      </span>
    </li>
  );

  return (
    <nav className="outline" aria-label="Bố cục kế hoạch">
      <h2>Nội dung</h2>
      <button
        type="button"
        className="outline-link preamble"
        onClick={() => {
          nav.showSection(PREAMBLE_ID);
        }}
      >
        Phần mở đầu
      </button>
      <ol className="outline-list">{sections.map(row)}</ol>
      <button
        type="button"
        className="outline-add"
        onClick={() => {
          store.edit((plan) => addSection(plan, plan.sections.length, 'MỤC MỚI', newId));
          setRenaming(store.getState().plan.sections.at(-1)?.id ?? null);
        }}
      >
        Thêm mục
      </button>
      <h2>Phụ lục</h2>
      <ol className="outline-list">{appendices.map(row)}</ol>
      <div className="outline-add-appendix">
        <select
          aria-label="Loại phụ lục"
          value={preset}
          onChange={(e) => {
            setPreset(e.currentTarget.value as AppendixPresetId);
          }}
        >
          {Object.entries(APPENDIX_PRESETS).map(([id, p]) => (
            <option key={id} value={id}>
              {p.name}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="outline-add"
          onClick={() => {
            store.edit((plan) => addAppendix(plan, plan.appendices.length, preset, newId));
            const added = store.getState().plan.appendices.at(-1);
            if (added !== undefined) nav.showAppendix(added.id);
          }}
        >
          Thêm phụ lục
        </button>
      </div>
    </nav>
  );
}
