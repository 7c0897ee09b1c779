/**
 * "Tìm và thay": a search across the whole plan (text, appendix cells, properties), with or
 * without case and accents, results listed by place; a click or F3 / Shift+F3 goes to a result,
 * "Thay" replaces the current one and "Thay tất cả" every one, each as one undo step.
 */
import { useCallback, useDeferredValue, useEffect, useMemo, useRef, type ReactNode } from 'react';
import { findInPlan, replaceMatches, type FoundMatch } from '../../shared/find';
import { PlaceNamer, type PlanDocument } from '../../shared/model';
import { useDialogs } from '../app/dialogs';
import { useGoToPlace } from '../check/use-go-to-place';
import { errorMessage } from '../host/host';
import { useDocument, useDocumentStore } from '../state/use-document';
import { setFindState, useFindState } from './find-state';
import { matchPlace } from './match-place';
import './find.css';

/** Results drawn at once; the count still says how many there are. */
const SHOWN = 300;
const CONTEXT = 36;

function placeName(namer: PlaceNamer, match: FoundMatch): string {
  const { unit } = match;
  if (unit.kind === 'block') return namer.block(unit.blockId);
  if (unit.kind === 'cell') return namer.cell(unit.appendixId, unit.rowId, unit.columnId);
  return namer.field(unit.path);
}

function Excerpt({ match }: { readonly match: FoundMatch }): ReactNode {
  const { text } = match.unit;
  const from = Math.max(0, match.start - CONTEXT);
  const to = Math.min(text.length, match.end + CONTEXT);
  return (
    <span className="find-excerpt">
      {from > 0 && '…'}
      {text.slice(from, match.start)}
      <mark>{text.slice(match.start, match.end)}</mark>
      {text.slice(match.end, to)}
      {to < text.length && '…'}
    </span>
  );
}

export function FindPanel(): ReactNode {
  const store = useDocumentStore();
  const plan = useDeferredValue(useDocument((s) => s.plan));
  const readOnly = useDocument((s) => s.readOnly !== null);
  const find = useFindState();
  const goTo = useGoToPlace();
  const { notify } = useDialogs();
  const queryBox = useRef<HTMLInputElement>(null);
  const replacementBox = useRef<HTMLInputElement>(null);
  const options = useMemo(() => ({ matchCase: find.matchCase, matchAccents: find.matchAccents }), [find.matchCase, find.matchAccents]);
  const matches = useMemo(() => findInPlan(plan, find.query, options), [plan, find.query, options]);
  const namer = useMemo(() => new PlaceNamer(plan), [plan]);
  const current = matches.length === 0 ? -1 : Math.min(find.current, matches.length - 1);

  const show = useCallback(
    (index: number, list: readonly FoundMatch[], shownPlan: PlanDocument) => {
      const match = list[index];
      setFindState({ current: index });
      const place = match === undefined ? null : matchPlace(shownPlan, match);
      if (place !== null) goTo(place);
    },
    [goTo],
  );

  useEffect(() => {
    const request = find.focusRequest;
    if (request === null) return;
    const box = request.box === 'query' ? queryBox.current : replacementBox.current;
    box?.focus();
    box?.select();
  }, [find.focusRequest]);

  const lastStep = useRef(find.stepRequest?.serial ?? 0);
  useEffect(() => {
    const request = find.stepRequest;
    if (request === null || request.serial === lastStep.current || matches.length === 0) return;
    lastStep.current = request.serial;
    show((current + request.by + matches.length) % matches.length, matches, plan);
  }, [find.stepRequest, matches, current, plan, show]);

  /** Replaces in the plan as it is now: the list may be a moment behind the typing. */
  const replace = (which: readonly FoundMatch[], all: boolean): void => {
    const { query, replacement } = find;
    try {
      store.edit((latest) => {
        const fresh = findInPlan(latest, query, options);
        return replaceMatches(latest, all ? fresh : fresh.filter((m) => which.some((w) => sameMatch(w, m))), replacement);
      });
      if (all) notify('info', `Đã thay ${matches.length} chỗ.`);
    } catch (failure) {
      notify('error', errorMessage(failure));
    }
  };

  return (
    <section className="find-panel" aria-label="Tìm và thay">
      <h2>Tìm và thay</h2>
      <label className="find-row">
        <span>Tìm</span>
        <input
          ref={queryBox}
          type="search"
          aria-label="Tìm"
          value={find.query}
          onChange={(e) => {
            setFindState({ query: e.target.value, current: 0 });
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && matches.length > 0)
              show(e.shiftKey ? (current - 1 + matches.length) % matches.length : (current + 1) % matches.length, matches, plan);
          }}
        />
      </label>
      <label className="find-row">
        <span>Thay bằng</span>
        <input
          ref={replacementBox}
          type="text"
          aria-label="Thay bằng"
          value={find.replacement}
          onChange={(e) => {
            setFindState({ replacement: e.target.value });
          }}
        />
      </label>
      <div className="find-options">
        <label>
          <input
            type="checkbox"
            checked={find.matchCase}
            onChange={(e) => {
              setFindState({ matchCase: e.target.checked, current: 0 });
            }}
          />{' '}
          Phân biệt chữ hoa, chữ thường
        </label>
        <label>
          <input
            type="checkbox"
            checked={find.matchAccents}
            onChange={(e) => {
              setFindState({ matchAccents: e.target.checked, current: 0 });
            }}
          />{' '}
          Phân biệt dấu
        </label>
      </div>
      <div className="find-actions">
        <button
          type="button"
          disabled={matches.length === 0}
          onClick={() => {
            show((current - 1 + matches.length) % matches.length, matches, plan);
          }}
          title="Shift+F3"
        >
          Trước
        </button>
        <button
          type="button"
          disabled={matches.length === 0}
          onClick={() => {
            show((current + 1) % matches.length, matches, plan);
          }}
          title="F3"
        >
          Tiếp
        </button>
        <button
          type="button"
          disabled={readOnly || current === -1}
          onClick={() => {
            const m = matches[current];
            if (m !== undefined) replace([m], false);
          }}
        >
          Thay
        </button>
        <button
          type="button"
          disabled={readOnly || matches.length === 0}
          onClick={() => {
            replace(matches, true);
          }}
        >
          Thay tất cả
        </button>
      </div>
      <p className="find-count" role="status">
        {find.query === '' ? 'Gõ chữ cần tìm.' : matches.length === 0 ? 'Không tìm thấy.' : `${current + 1}/${matches.length} kết quả`}
      </p>
      <ol className="find-results" aria-label="Kết quả tìm">
        {matches.slice(0, SHOWN).map((match, index) => (
          <li key={`${JSON.stringify(match.unit.path)}:${match.start}`} className={index === current ? 'current' : undefined}>
            <button
              type="button"
              aria-current={index === current}
              onClick={() => {
                show(index, matches, plan);
              }}
            >
              <span className="find-place">{placeName(namer, match)}</span>
              <Excerpt match={match} />
            </button>
          </li>
        ))}
      </ol>
      {matches.length > SHOWN && <p className="find-more">Và {matches.length - SHOWN} kết quả khác (dùng F3 để đi tiếp).</p>}
    </section>
  );
}

function sameMatch(a: FoundMatch, b: FoundMatch): boolean {
  return a.start === b.start && JSON.stringify(a.unit.path) === JSON.stringify(b.unit.path);
}
