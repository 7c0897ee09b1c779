/**
 * "Xem trước": the pages exactly as "Xuất PDF" prints them (the host prints the plan with the same
 * layout, Chromium and page numbers; pdf.js draws the PDF here), updated a while after typing
 * stops, and scrolled to the page of the block or row being edited. A click on a page moves the
 * editor there. Before the first pages arrive, and when printing fails, it says so in words.
 */
import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { useWorkspace } from '../base/workspace-context';
import { useDocumentStore } from '../state/use-document';
import { useEditingPlace } from './editing-place';
import { goToPlace } from './go-to-place';
import { PageList, type PageTarget, type Zoom } from './PageList';
import { placedPlan, placeKey } from './print-places';
import type { TextHit } from './text-index';
import { TypingGate } from './typing-gate';
import { usePreview } from './use-preview';
import './preview.css';

/** Drawing waits until typing has paused this long. */
const QUIET_MS = 400;

const ZOOMS: readonly { readonly zoom: Zoom; readonly label: string; readonly title: string }[] = [
  { zoom: 'fit', label: 'Vừa khung', title: 'Mỗi trang rộng bằng khung xem trước' },
  { zoom: 1, label: '100%', title: 'Cỡ thật của trang' },
  { zoom: 1.5, label: '150%', title: 'Phóng to 150%' },
];

/** Scrolling again to a line this close to the last one would only jolt the view. */
const SAME_SPOT = 0.02;

export function PreviewPanel(): ReactNode {
  const store = useDocumentStore();
  const nav = useWorkspace();
  const [gate] = useState(() => new TypingGate(QUIET_MS));
  useEffect(() => {
    const stop = gate.listen(window);
    return () => {
      stop();
      gate.clear();
    };
  }, [gate]);

  const { doc, updating, error, retry } = usePreview(store, gate);
  const [zoom, setZoom] = useState<Zoom>('fit');
  const [pageInView, setPageInView] = useState(0);
  const [target, setTarget] = useState<PageTarget | null>(null);
  const place = useEditingPlace(nav.view);
  const scrolled = useRef<{ key: string; hit: TextHit } | null>(null);

  // The place being edited (or its page in a newer PDF) brings its page into view.
  useEffect(() => {
    if (doc === null || place === null) return undefined;
    let cancelled = false;
    void doc.textIndex().then(async (index) => {
      await gate.quiet();
      if (cancelled) return;
      const hit = placedPlan(store.getState().plan, index).hitOf(place);
      if (hit === null) return;
      const key = placeKey(place);
      const last = scrolled.current;
      if (last?.key === key && last.hit.page === hit.page && Math.abs(last.hit.top - hit.top) < SAME_SPOT) return;
      scrolled.current = { key, hit };
      setTarget((t) => ({ hit, serial: (t?.serial ?? 0) + 1 }));
    });
    return () => {
      cancelled = true;
    };
  }, [doc, place, store, gate]);

  const onPageClick = useCallback(
    (page: number, top: number) => {
      if (doc === null) return;
      void doc.textIndex().then((index) => {
        const found = placedPlan(store.getState().plan, index).placeAt(index.lineAt(page, top));
        if (found !== null) goToPlace(found, nav, store);
      });
    },
    [doc, nav, store],
  );

  const pages = doc?.sizes.length ?? 0;
  return (
    <section className="preview-panel" aria-label="Xem trước">
      <div className="preview-bar">
        <span className="preview-count">{doc === null ? 'Chưa có trang' : `Trang ${Math.min(pageInView + 1, pages)} / ${pages}`}</span>
        <div className="preview-zoom" role="group" aria-label="Thu phóng">
          {ZOOMS.map((z) => (
            <button
              key={z.label}
              type="button"
              aria-pressed={zoom === z.zoom}
              title={z.title}
              onClick={() => {
                setZoom(z.zoom);
              }}
            >
              {z.label}
            </button>
          ))}
        </div>
        <span className="preview-status" role="status" aria-label="Trạng thái xem trước">
          {updating ? 'Đang cập nhật…' : ''}
        </span>
      </div>
      {error !== null && (
        <div className="preview-error" role="alert">
          <p>{doc === null ? 'Chưa tạo được bản xem trước.' : 'Bản xem trước chưa cập nhật được; các trang dưới đây là bản trước.'}</p>
          <p>{error}</p>
          <button type="button" onClick={retry}>
            Thử lại
          </button>
        </div>
      )}
      {doc !== null ? (
        <PageList doc={doc} zoom={zoom} gate={gate} target={target} onPageInView={setPageInView} onPageClick={onPageClick} />
      ) : (
        error === null && <p className="preview-waiting">Đang tạo bản xem trước… Các trang sẽ hiện ở đây, đúng như khi xuất PDF.</p>
      )}
    </section>
  );
}
