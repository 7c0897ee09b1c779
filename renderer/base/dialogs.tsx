/**
 * In-page modal questions ("Lưu thay đổi?") and notices (errors, what an export wrote). Questions
 * are promises, so an action reads top to bottom: `if (await ask(…) === 'save') …`.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { withNotice, type Notice } from './notice-list';

export type { Notice } from './notice-list';

export interface Choice<T extends string> {
  readonly id: T;
  readonly label: string;
  readonly primary?: boolean;
}

export interface Question<T extends string> {
  readonly title: string;
  readonly message: string;
  readonly choices: readonly Choice<T>[];
  /** The answer when the user presses Escape. */
  readonly cancel: T;
}

interface DialogApi {
  readonly ask: <T extends string>(question: Question<T>) => Promise<T>;
  readonly notify: (kind: Notice['kind'], text: string, action?: Notice['action']) => void;
}

const DialogContext = createContext<DialogApi | null>(null);

export function useDialogs(): DialogApi {
  const api = useContext(DialogContext);
  if (api === null) throw new Error('useDialogs outside DialogProvider');
  return api;
}

interface Pending {
  readonly question: Question<string>;
  readonly resolve: (id: string) => void;
}

function QuestionDialog({ pending }: { pending: Pending }): ReactNode {
  const { question, resolve } = pending;
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    first.current?.focus();
  }, []);
  return (
    <div className="modal-backdrop">
      <div
        className="modal"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby="modal-title"
        aria-describedby="modal-message"
        onKeyDown={(event) => {
          if (event.key === 'Escape') resolve(question.cancel);
        }}
      >
        <h2 id="modal-title">{question.title}</h2>
        <p id="modal-message">{question.message}</p>
        <div className="modal-actions">
          {question.choices.map((choice, index) => (
            <button
              key={choice.id}
              ref={index === 0 ? first : undefined}
              type="button"
              className={choice.primary === true ? 'primary' : undefined}
              onClick={() => {
                resolve(choice.id);
              }}
            >
              {choice.label}
            </button>
          ))}
        </div>
      </div>
    </div>
  );
}

export function DialogProvider({ children }: { children: ReactNode }): ReactNode {
  const [queue, setQueue] = useState<Pending[]>([]);
  const [notices, setNotices] = useState<Notice[]>([]);
  const serial = useRef(0);
  const dismiss = useCallback((id: number) => {
    setNotices((list) => list.filter((n) => n.id !== id));
  }, []);
  const api = useMemo<DialogApi>(
    () => ({
      ask: <T extends string>(question: Question<T>) =>
        new Promise<T>((resolve) => {
          const pending: Pending = {
            question,
            resolve: (id) => {
              setQueue((q) => q.filter((p) => p !== pending));
              resolve(id as T);
            },
          };
          setQueue((q) => [...q, pending]);
        }),
      notify: (kind, text, action) => {
        const id = ++serial.current;
        setNotices((list) => withNotice(list, action === undefined ? { id, kind, text } : { id, kind, text, action }));
        if (kind === 'info')
          setTimeout(() => {
            dismiss(id);
          }, 12000);
      },
    }),
    [dismiss],
  );
  const current = queue[0];
  return (
    <DialogContext.Provider value={api}>
      {children}
      <div className="notices" role="status" aria-live="polite">
        {notices.map((notice) => (
          <div key={notice.id} className={`notice notice-${notice.kind}`} role={notice.kind === 'error' ? 'alert' : undefined}>
            <span>{notice.text}</span>
            {notice.action !== undefined && (
              <button
                type="button"
                onClick={() => {
                  notice.action?.run();
                  dismiss(notice.id);
                }}
              >
                {notice.action.label}
              </button>
            )}
            <button
              type="button"
              aria-label="Đóng thông báo"
              onClick={() => {
                dismiss(notice.id);
              }}
            >
              ×
            </button>
          </div>
        ))}
      </div>
      {current !== undefined && <QuestionDialog key={current.question.title + current.question.message} pending={current} />}
    </DialogContext.Provider>
  );
}
