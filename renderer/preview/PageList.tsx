/**
 * The pages of the preview, one under the other, each at its printed shape (landscape appendix
 * pages wider than tall) and scaled to the panel's width or to a zoom. React lays out the pages;
 * the painter draws into them. The list reports which page is in view, scrolls to the place being
 * edited (and marks its line), and keeps the same spot in view when the zoom or width changes.
 */
import { memo, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type MouseEvent, type ReactNode } from 'react';
import type { PageSize, PreviewDocument } from './preview-document';
import { PagePainter } from './page-painter';
import type { TextHit } from './text-index';
import type { TypingGate } from './typing-gate';

export type Zoom = 'fit' | 1 | 1.5;

/** CSS pixels per PDF point at 100 %. */
const PX_PER_PT = 96 / 72;
/** Space around the pages inside the list. */
const GUTTER = 12;
/** Where in the list's height a page counts as "the page in view" and a target line is put. */
const READING_LINE = 0.25;

export interface PageTarget {
  readonly hit: TextHit;
  /** A new target, even to the same spot, scrolls again. */
  readonly serial: number;
}

export interface PageListProps {
  readonly doc: PreviewDocument;
  readonly zoom: Zoom;
  readonly gate: TypingGate;
  readonly target: PageTarget | null;
  readonly onPageInView: (page: number) => void;
  /** A click on a page, at a height given as a fraction of the page (0 at the top). */
  readonly onPageClick: (page: number, top: number) => void;
}

function scalesFor(sizes: readonly PageSize[], zoom: Zoom, width: number): number[] {
  return sizes.map((size) => (zoom === 'fit' ? width / size.width : zoom * PX_PER_PT));
}

/** The page at the reading line of the scroller, and how far down it that line is. */
function spotInView(scroller: HTMLElement): { page: number; within: number } | null {
  const line = scroller.scrollTop + scroller.clientHeight * READING_LINE;
  const pages = scroller.querySelectorAll<HTMLElement>('.preview-page');
  for (let i = 0; i < pages.length; i++) {
    const page = pages[i];
    if (page === undefined) continue;
    if (page.offsetTop + page.offsetHeight + GUTTER > line || i === pages.length - 1) {
      return { page: i, within: Math.min(1, Math.max(0, (line - page.offsetTop) / page.offsetHeight)) };
    }
  }
  return null;
}

function scrollToSpot(scroller: HTMLElement, page: number, within: number): void {
  const element = scroller.querySelectorAll<HTMLElement>('.preview-page')[page];
  if (element === undefined) return;
  scroller.scrollTop = element.offsetTop + within * element.offsetHeight - scroller.clientHeight * READING_LINE;
}

export const PageList = memo(function PageList({ doc, zoom, gate, target, onPageInView, onPageClick }: PageListProps): ReactNode {
  const scroller = useRef<HTMLDivElement>(null);
  const [painter] = useState(() => new PagePainter(gate));
  const [width, setWidth] = useState(0);
  const spot = useRef<{ page: number; within: number } | null>(null);
  const sheetRefs = useRef(new Map<number, (element: HTMLElement | null) => void>());

  const sheetRef = useCallback(
    (index: number) => {
      let ref = sheetRefs.current.get(index);
      if (ref === undefined) {
        ref = (element) => {
          painter.attach(index, element);
        };
        sheetRefs.current.set(index, ref);
      }
      return ref;
    },
    [painter],
  );

  useLayoutEffect(() => {
    const element = scroller.current;
    if (element === null) return undefined;
    painter.observe(element);
    const measure = (): void => {
      setWidth(element.clientWidth - 2 * GUTTER);
    };
    measure();
    const resize = new ResizeObserver(measure);
    resize.observe(element);
    let frame = 0;
    const onScroll = (): void => {
      if (frame !== 0) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        spot.current = spotInView(element);
        if (spot.current !== null) onPageInView(spot.current.page);
      });
    };
    element.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      element.removeEventListener('scroll', onScroll);
      cancelAnimationFrame(frame);
      resize.disconnect();
      painter.dispose();
    };
  }, [painter, onPageInView]);

  const scales = useMemo(() => scalesFor(doc.sizes, zoom, width), [doc, zoom, width]);

  // A new zoom or width: the same spot stays at the reading line.
  useLayoutEffect(() => {
    const element = scroller.current;
    if (element !== null && spot.current !== null) scrollToSpot(element, spot.current.page, spot.current.within);
  }, [scales]);

  useEffect(() => {
    painter.show(doc, scales);
    const element = scroller.current;
    if (element === null) return;
    spot.current = spotInView(element);
    if (spot.current !== null) onPageInView(spot.current.page);
  }, [painter, doc, scales, onPageInView]);

  useLayoutEffect(() => {
    const element = scroller.current;
    if (element === null || target === null) return;
    scrollToSpot(element, target.hit.page, target.hit.top);
    // The page count follows in the same frame as the marker, not a frame after the scroll event.
    spot.current = spotInView(element);
    if (spot.current !== null) onPageInView(spot.current.page);
  }, [target, onPageInView]);

  const onClick = (event: MouseEvent<HTMLDivElement>): void => {
    if (document.getSelection()?.isCollapsed === false) return;
    const page = (event.target as Element).closest<HTMLElement>('.preview-page');
    if (page === null) return;
    const rect = page.getBoundingClientRect();
    onPageClick(Number(page.dataset.page) - 1, (event.clientY - rect.top) / rect.height);
  };

  const marked = target?.hit ?? null;
  return (
    // Focusable, so the pages scroll with the keyboard too.
    <div className="preview-scroll" ref={scroller} tabIndex={0} onClick={onClick}>
      {/* Pages are laid out once the list's width is known, so nothing is drawn at a wrong size. */}
      {width > 0 &&
        doc.sizes.map((size, index) => {
          const scale = scales[index] ?? 1;
          return (
            <div
              key={index}
              className="preview-page"
              role="group"
              aria-label={`Trang ${index + 1}`}
              data-page={index + 1}
              data-orientation={size.width > size.height ? 'landscape' : 'portrait'}
              title="Bấm để đến chỗ này trong văn bản"
              style={{ width: Math.round(size.width * scale), height: Math.round(size.height * scale) }}
            >
              <div className="preview-sheet" ref={sheetRef(index)} />
              {marked?.page === index && <div className="preview-marker" style={{ top: `${marked.top * 100}%` }} />}
            </div>
          );
        })}
    </div>
  );
});
