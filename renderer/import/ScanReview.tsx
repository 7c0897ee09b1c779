/**
 * "Bản quét": each page of a scanned document beside what was recognised, with every word OCR was
 * unsure of marked on the page and listed with a field to correct it; "Nhận dạng lại" builds the
 * plan again from the corrected words (in the renderer: page geometry → plan is pure).
 */
import { memo, useState, type ReactNode } from 'react';
import type { ScanPageData } from '../../shared/ipc';
import { unsureWords, type WordKey } from './scan-corrections';

interface ScanReviewProps {
  readonly pages: readonly ScanPageData[];
  readonly corrections: ReadonlyMap<WordKey, string>;
  readonly onCorrect: (key: WordKey, text: string) => void;
  /** Null while the plan already follows every correction. */
  readonly onRecognise: (() => void) | null;
}

const percent = (part: number, whole: number): string => `${String((part / whole) * 100)}%`;

export const ScanReview = memo(function ScanReview({ pages, corrections, onCorrect, onRecognise }: ScanReviewProps): ReactNode {
  const [index, setIndex] = useState(0);
  const [focused, setFocused] = useState<WordKey | null>(null);
  const page = pages[Math.min(index, pages.length - 1)];
  if (page === undefined) return null;
  const { geometry } = page;
  const unsure = unsureWords(page);
  const total = pages.reduce((n, p) => n + unsureWords(p).length, 0);
  return (
    <section className="import-pane import-scan" aria-labelledby="import-scan-title">
      <h3 id="import-scan-title">
        Bản quét <span className="muted">({total} chữ không chắc chắn)</span>
      </h3>
      <div className="import-scan-nav">
        <button
          type="button"
          disabled={index === 0}
          onClick={() => {
            setIndex(index - 1);
          }}
        >
          Trang trước
        </button>
        <span>
          Trang {geometry.page}/{pages.length}
        </span>
        <button
          type="button"
          disabled={index >= pages.length - 1}
          onClick={() => {
            setIndex(index + 1);
          }}
        >
          Trang sau
        </button>
        <button type="button" disabled={onRecognise === null} onClick={onRecognise ?? undefined}>
          Nhận dạng lại với chữ đã sửa
        </button>
      </div>
      <div className="import-scan-page">
        <img src={page.image} alt={`Trang ${String(geometry.page)} của bản quét`} />
        {unsure.map((word) => {
          const box = geometry.texts[word.index];
          if (box === undefined) return null;
          return (
            <mark
              key={word.key}
              className={word.key === focused ? 'import-scan-word focused' : 'import-scan-word'}
              title={`Không chắc chắn (${String(Math.round(word.confidence * 100))}%): ${word.text}`}
              style={{
                left: percent(box.x, geometry.width),
                top: percent(box.y, geometry.height),
                width: percent(box.width, geometry.width),
                height: percent(box.height, geometry.height),
              }}
            />
          );
        })}
      </div>
      {unsure.length === 0 ? (
        <p className="muted">Không có chữ nào không chắc chắn trên trang này.</p>
      ) : (
        <ul className="import-scan-words" aria-label="Chữ không chắc chắn trên trang này">
          {unsure.map((word) => (
            <li key={word.key}>
              <input
                aria-label={`Sửa chữ "${word.text}"`}
                value={corrections.get(word.key) ?? word.text}
                onFocus={() => {
                  setFocused(word.key);
                }}
                onBlur={() => {
                  setFocused(null);
                }}
                onChange={(event) => {
                  onCorrect(word.key, event.target.value);
                }}
              />
              <span className="muted">{Math.round(word.confidence * 100)}%</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
});
