/**
 * "Góp ý": the comments on the plan and the Word files that come back. A comment is added on what
 * the user has selected (words of a paragraph, or a cell), with the name set once as its author;
 * each is listed with its place (a click goes there), its words, replies, and open or resolved.
 * "Nhận góp ý từ tệp Word" reads a returned DOCX against the plan: its comments join the plan at
 * their places, and its tracked changes are listed to accept or reject one by one or all at once,
 * each as one undo step.
 */
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { addComment, removeComment, replyToComment, setCommentResolved } from '../../shared/edit';
import { PlaceNamer, type PlanComment, type PlanDocument } from '../../shared/model';
import { anchorOfTarget, decideReviewChange, describeChange, keepReviewComments, pendingChanges, type Decision } from '../../shared/review';
import { useAppInfo, useDocumentActions } from '../base/app-context';
import { useDialogs } from '../base/dialogs';
import { useWorkspace } from '../base/workspace-context';
import type { Place } from '../check/finding-place';
import { useGoToPlace } from '../check/use-go-to-place';
import { formatDateTime } from '../components/date-time';
import { fileToBase64 } from '../components/file-base64';
import { FileChooser } from '../components/FileChooser';
import { useActiveEditor } from '../editor/active-editor';
import { errorMessage, host } from '../host/host';
import { useDocument, useDocumentStore } from '../state/use-document';
import { anchorOfSelection, placeOfAnchor } from './comment-place';
import { FeedbackTable } from './FeedbackTable';
import { setReceivedReview, usePickedChange, useReceivedReview } from '../base/received-review';
import './comments.css';

const newId = (): string => crypto.randomUUID();

/** The last pick of a drawn change brought forward: a pick is served once, not again when the panel is shown anew. */
let servedPick = 0;

function AuthorField(): ReactNode {
  const info = useAppInfo();
  const actions = useDocumentActions();
  const [name, setName] = useState(info.preferences.authorName);
  const commit = (): void => {
    const next = name.normalize('NFC').trim();
    if (next !== info.preferences.authorName) void actions.setPreferences({ ...info.preferences, authorName: next });
  };
  return (
    <label className="comment-author">
      <span>Người góp ý</span>
      <input
        aria-label="Tên người góp ý"
        placeholder="Họ tên, đơn vị"
        maxLength={100}
        value={name}
        onChange={(e) => {
          setName(e.target.value);
        }}
        onBlur={commit}
      />
    </label>
  );
}

function NewComment({ readOnly }: { readonly readOnly: boolean }): ReactNode {
  const store = useDocumentStore();
  const info = useAppInfo();
  const nav = useWorkspace();
  const active = useActiveEditor();
  const { notify } = useDialogs();
  const [text, setText] = useState('');
  const add = (): void => {
    const body = text.normalize('NFC').trim();
    if (body === '') return;
    const plan = store.getState().plan;
    const at = anchorOfSelection(plan, nav.view, active);
    if (at === null) {
      notify('error', 'Hãy chọn đoạn văn, chữ hoặc ô của phụ lục cần góp ý, rồi bấm "Thêm ý kiến".');
      return;
    }
    const author = info.preferences.authorName.trim() === '' ? 'Chuyên viên' : info.preferences.authorName;
    const comment: PlanComment = { id: newId(), ...at, author, date: new Date().toISOString(), text: body, resolved: false, replies: [] };
    store.edit((p) => addComment(p, comment));
    setText('');
  };
  return (
    <div className="comment-new">
      <textarea
        aria-label="Nội dung ý kiến"
        placeholder="Ý kiến về chỗ đang chọn trong văn bản hoặc ô đang chọn của phụ lục"
        value={text}
        disabled={readOnly}
        onChange={(e) => {
          setText(e.target.value);
        }}
      />
      <button type="button" disabled={readOnly || text.trim() === ''} onClick={add}>
        Thêm ý kiến
      </button>
    </div>
  );
}

function Replies({ comment, readOnly }: { readonly comment: PlanComment; readonly readOnly: boolean }): ReactNode {
  const store = useDocumentStore();
  const info = useAppInfo();
  const [text, setText] = useState('');
  const reply = (): void => {
    const author = info.preferences.authorName.trim() === '' ? 'Chuyên viên' : info.preferences.authorName;
    store.edit((p) => replyToComment(p, comment.id, { author, date: new Date().toISOString(), text }));
    setText('');
  };
  return (
    <>
      {comment.replies.map((r, i) => (
        <div key={i} className="comment-reply">
          <span className="comment-who">
            {r.author} · {formatDateTime(r.date)}
          </span>
          <div>{r.text}</div>
        </div>
      ))}
      {!readOnly && (
        <div className="comment-reply-box">
          <input
            aria-label={`Trả lời ý kiến của ${comment.author}`}
            placeholder="Trả lời…"
            value={text}
            onChange={(e) => {
              setText(e.target.value);
            }}
            onKeyDown={(e) => {
              if (e.key === 'Enter') reply();
            }}
          />
        </div>
      )}
    </>
  );
}

/** Where a comment or a change sits, as a button that goes there (disabled when the place is gone). */
function PlaceButton({ place, children }: { readonly place: Place | null; readonly children: ReactNode }): ReactNode {
  const goTo = useGoToPlace();
  return (
    <button
      type="button"
      className="comment-place"
      disabled={place === null}
      onClick={() => {
        if (place !== null) goTo(place);
      }}
    >
      {children}
    </button>
  );
}

function CommentItem({
  comment,
  namer,
  plan,
  readOnly,
}: {
  comment: PlanComment;
  namer: PlaceNamer;
  plan: PlanDocument;
  readOnly: boolean;
}): ReactNode {
  const store = useDocumentStore();
  const place = placeOfAnchor(plan, comment.anchor, comment.quote);
  return (
    <li className={`comment-item${comment.resolved ? ' resolved' : ''}`} aria-label={`Ý kiến của ${comment.author}`}>
      <PlaceButton place={place}>{namer.anchor(comment.anchor)}</PlaceButton>
      {comment.quote !== '' && <q className="comment-quote">{comment.quote}</q>}
      <span className="comment-who">
        {comment.author} · {formatDateTime(comment.date)}
        {comment.source !== undefined && ` · từ tệp ${comment.source}`}
        {comment.resolved && ' · đã giải quyết'}
      </span>
      <div className="comment-text">{comment.text}</div>
      <Replies comment={comment} readOnly={readOnly} />
      {!readOnly && (
        <div className="comment-actions">
          <button
            type="button"
            onClick={() => {
              store.edit((p) => setCommentResolved(p, comment.id, !comment.resolved));
            }}
          >
            {comment.resolved ? 'Mở lại' : 'Đã giải quyết'}
          </button>
          <button
            type="button"
            onClick={() => {
              store.edit((p) => removeComment(p, comment.id));
            }}
          >
            Xoá
          </button>
        </div>
      )}
    </li>
  );
}

/** A returned Word file: its comments kept on the plan, its tracked changes listed to decide. */
function ReceivedFile({ readOnly }: { readonly readOnly: boolean }): ReactNode {
  const store = useDocumentStore();
  const plan = useDocument((s) => s.plan);
  const received = useReceivedReview();
  const { notify } = useDialogs();
  const pending = received === null ? [] : pendingChanges(plan, received.source, received.changes);
  const picked = usePickedChange();
  const list = useRef<HTMLOListElement>(null);

  // A change picked where it is drawn: its item scrolled into view, its "Chấp nhận" focused.
  useEffect(() => {
    if (picked === null || picked.serial <= servedPick) return;
    const item = list.current?.querySelector(`[data-change="${CSS.escape(picked.id)}"]`);
    if (item === null || item === undefined) return;
    servedPick = picked.serial;
    item.scrollIntoView({ block: 'nearest' });
    item.querySelector<HTMLButtonElement>('.comment-actions button')?.focus();
  }, [picked]);
  /** Back to where the picked change is drawn, once it is decided or on Escape. */
  const returnFrom = (id: string): void => {
    if (picked?.id === id && picked.returnTo?.isConnected === true) picked.returnTo.focus();
  };

  const receive = (file: File): void => {
    void (async () => {
      try {
        const data = await fileToBase64(file);
        const review = await host().call('review.docx', { plan: store.getState().plan, name: file.name, data });
        let kept = { added: 0, updated: 0 };
        store.edit((p) => {
          const result = keepReviewComments(p, review.comments, file.name, newId);
          kept = result;
          return result.plan;
        });
        setReceivedReview({ source: file.name, changes: review.changes });
        notify(
          'info',
          `${file.name}: ${String(review.changes.length)} thay đổi được theo dõi, ${String(kept.added)} ý kiến mới${kept.updated > 0 ? `, ${String(kept.updated)} ý kiến được cập nhật` : ''}.`,
        );
      } catch (error) {
        notify('error', `Không đọc được tệp góp ý: ${errorMessage(error)}`);
      }
    })();
  };

  const decide = (decision: Decision, which: 'one' | 'all', id?: string): void => {
    if (received === null) return;
    let refused: string[] = [];
    store.edit((p) => {
      refused = [];
      const list = pendingChanges(p, received.source, received.changes).filter((c) => which === 'all' || c.id === id);
      return list.reduce((next, change) => {
        try {
          return decideReviewChange(next, received.source, received.changes, change, decision, newId);
        } catch (error) {
          refused.push(errorMessage(error));
          return next;
        }
      }, p);
    });
    if (refused.length > 0) notify('error', refused.join('\n'));
    if (id !== undefined) returnFrom(id);
  };

  return (
    <section className="comment-received" aria-label="Tệp góp ý nhận lại">
      {!readOnly && <FileChooser label="Nhận góp ý từ tệp Word (.docx)…" accept=".docx" onChoose={receive} />}
      {received !== null && (
        <>
          <h3>
            Thay đổi được theo dõi trong {received.source}: còn {String(pending.length)}/{String(received.changes.length)}
          </h3>
          {pending.length > 0 && !readOnly && (
            <div className="comment-actions">
              <button
                type="button"
                onClick={() => {
                  decide('accepted', 'all');
                }}
              >
                Chấp nhận tất cả
              </button>
              <button
                type="button"
                onClick={() => {
                  decide('rejected', 'all');
                }}
              >
                Từ chối tất cả
              </button>
            </div>
          )}
          <ol className="change-list" aria-label="Các thay đổi chưa quyết định" ref={list}>
            {pending.map((change) => {
              const place = placeOfAnchor(plan, anchorOfTarget(change.target, change.before, change.start), change.before);
              return (
                <li
                  key={change.id}
                  className={`change-item change-${change.kind}${picked?.id === change.id ? ' picked' : ''}`}
                  aria-current={picked?.id === change.id ? 'true' : undefined}
                  data-change={change.id}
                  onKeyDown={(event) => {
                    if (event.key === 'Escape') returnFrom(change.id);
                  }}
                >
                  <PlaceButton place={place}>{change.place}</PlaceButton>
                  <span className="comment-who">
                    {change.author} · {formatDateTime(change.date)}
                  </span>
                  <div className="change-words">
                    {change.before !== '' && <del>{change.before}</del>}
                    {change.before !== '' && change.after !== '' && ' → '}
                    {change.after !== '' && <ins>{change.after}</ins>}
                  </div>
                  <div className="muted">Đề nghị {describeChange(change)}</div>
                  {picked?.id === change.id && !readOnly && <div className="muted">Esc: trở lại chỗ thay đổi trong văn bản</div>}
                  {!readOnly && (
                    <div className="comment-actions">
                      <button
                        type="button"
                        onClick={() => {
                          decide('accepted', 'one', change.id);
                        }}
                      >
                        Chấp nhận
                      </button>
                      <button
                        type="button"
                        onClick={() => {
                          decide('rejected', 'one', change.id);
                        }}
                      >
                        Từ chối
                      </button>
                    </div>
                  )}
                </li>
              );
            })}
          </ol>
        </>
      )}
    </section>
  );
}

export function CommentsPanel(): ReactNode {
  const plan = useDocument((s) => s.plan);
  const readOnly = useDocument((s) => s.readOnly !== null);
  const [showResolved, setShowResolved] = useState(false);
  const namer = useMemo(() => new PlaceNamer(plan), [plan]);
  const comments = plan.comments.filter((c) => c.change === undefined);
  const shown = comments.filter((c) => showResolved || !c.resolved);
  return (
    <div className="comments-panel">
      <h2>Ý kiến góp ý</h2>
      <AuthorField />
      <NewComment readOnly={readOnly} />
      <ReceivedFile readOnly={readOnly} />
      <div className="comment-filter">
        <span role="status">
          {String(comments.filter((c) => !c.resolved).length)} ý kiến đang mở, {String(comments.filter((c) => c.resolved).length)} đã giải
          quyết
        </span>
        <label>
          <input
            type="checkbox"
            checked={showResolved}
            onChange={(e) => {
              setShowResolved(e.target.checked);
            }}
          />{' '}
          Hiện cả ý kiến đã giải quyết
        </label>
      </div>
      <ol className="comment-list" aria-label="Các ý kiến">
        {shown.map((c) => (
          <CommentItem key={c.id} comment={c} namer={namer} plan={plan} readOnly={readOnly} />
        ))}
      </ol>
      <FeedbackTable readOnly={readOnly} />
    </div>
  );
}
