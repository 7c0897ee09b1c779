/**
 * The straight lines a PDF page draws, from pdf.js's operator list: stroked segments, and thin
 * filled rectangles (Word and Chromium draw cell borders as filled rectangles a pixel wide), in
 * the page's displayed coordinates (the current transform and the viewport applied). White
 * strokes and fills erase rather than draw and are skipped; a tall narrow curved shape (a brace
 * drawn beside the nơi nhận) counts as a vertical line.
 */
import type { Ruling } from '../geometry';

/** The operator codes this reader follows (pdf.js's OPS table). */
export interface OperatorCodes {
  readonly save: number;
  readonly restore: number;
  readonly transform: number;
  readonly setLineWidth: number;
  readonly setGState: number;
  readonly setStrokeRGBColor: number;
  readonly setFillRGBColor: number;
  readonly constructPath: number;
  readonly paintFormXObjectBegin: number;
  readonly paintFormXObjectEnd: number;
  readonly stroke: number;
  readonly closeStroke: number;
  readonly fill: number;
  readonly eoFill: number;
  readonly fillStroke: number;
  readonly eoFillStroke: number;
  readonly closeFillStroke: number;
  readonly closeEOFillStroke: number;
}

export interface OperatorList {
  readonly fnArray: readonly number[];
  readonly argsArray: readonly unknown[];
}

type Matrix = readonly [number, number, number, number, number, number];

/** Path codes of pdf.js's DrawOPS (lineTo, 1, takes one point like moveTo). */
const MOVE_TO = 0;
const CURVE_TO = 2;
const QUADRATIC_TO = 3;
const CLOSE = 4;

/** A filled rectangle thinner than this is a line; thicker, it is shading. */
const MAX_RULE = 3;
/** Rulings past this count on one page are dropped: no table has that many, a hostile file might. */
export const MAX_RULINGS_PER_PAGE = 4000;

function multiply(m: Matrix, n: Matrix): Matrix {
  return [
    m[0] * n[0] + m[2] * n[1],
    m[1] * n[0] + m[3] * n[1],
    m[0] * n[2] + m[2] * n[3],
    m[1] * n[2] + m[3] * n[3],
    m[0] * n[4] + m[2] * n[5] + m[4],
    m[1] * n[4] + m[3] * n[5] + m[5],
  ];
}

function apply(m: Matrix, x: number, y: number): [number, number] {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}

function asMatrix(value: unknown): Matrix | null {
  if (!Array.isArray(value) && !ArrayBuffer.isView(value)) return null;
  const v = Array.from(value as ArrayLike<number>);
  return v.length === 6 && v.every((n) => typeof n === 'number' && Number.isFinite(n)) ? (v as unknown as Matrix) : null;
}

const isWhite = (color: unknown): boolean => typeof color === 'string' && /^#f[0-9a-f]f[0-9a-f]f[0-9a-f]$/i.test(color);

interface State {
  ctm: Matrix;
  lineWidth: number;
  strokeWhite: boolean;
  fillWhite: boolean;
}

interface Subpath {
  readonly points: [number, number][];
  curved: boolean;
}

/** The subpaths of a pdf.js path, each point in display coordinates. */
function subpaths(data: ArrayLike<number>, toDisplay: Matrix): Subpath[] {
  const out: Subpath[] = [];
  let current: Subpath | null = null;
  for (let i = 0; i < data.length;) {
    const code = data[i] ?? CLOSE;
    const count = code === CURVE_TO ? 6 : code === QUADRATIC_TO ? 4 : code === CLOSE ? 0 : 2;
    const args = Array.from({ length: count }, (_, k) => data[i + 1 + k] ?? 0);
    i += 1 + count;
    if (code === MOVE_TO || current === null) {
      current = { points: [], curved: false };
      out.push(current);
    }
    if (code === CLOSE) {
      const start = current.points[0];
      if (start !== undefined) current.points.push(start);
      continue;
    }
    if (code === CURVE_TO || code === QUADRATIC_TO) current.curved = true;
    current.points.push(apply(toDisplay, args[count - 2] ?? 0, args[count - 1] ?? 0));
  }
  return out;
}

function box(points: readonly [number, number][]): { left: number; right: number; top: number; bottom: number } {
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  return { left: Math.min(...xs), right: Math.max(...xs), top: Math.min(...ys), bottom: Math.max(...ys) };
}

/** A filled shape thin one way: the line along its long side. */
function thinShape(points: readonly [number, number][]): Ruling | null {
  if (points.length < 3 || points.length > 6) return null;
  const b = box(points);
  const width = b.right - b.left;
  const height = b.bottom - b.top;
  if (Math.min(width, height) > MAX_RULE || Math.max(width, height) < 2 * Math.min(width, height)) return null;
  return width >= height
    ? { x1: b.left, y1: (b.top + b.bottom) / 2, x2: b.right, y2: (b.top + b.bottom) / 2, thickness: height }
    : { x1: (b.left + b.right) / 2, y1: b.top, x2: (b.left + b.right) / 2, y2: b.bottom, thickness: width };
}

/** A brace or bracket drawn as a curve: narrow and at least two lines tall. */
function braceShape(points: readonly [number, number][]): Ruling | null {
  const b = box(points);
  const width = b.right - b.left;
  if (width > 12 || b.bottom - b.top < 15) return null;
  return { x1: (b.left + b.right) / 2, y1: b.top, x2: (b.left + b.right) / 2, y2: b.bottom, thickness: width };
}

/** The axis-aligned segments of a stroked path. */
function strokedSegments(path: Subpath, thickness: number): Ruling[] {
  if (path.curved) {
    const brace = braceShape(path.points);
    return brace === null ? [] : [brace];
  }
  const out: Ruling[] = [];
  for (let k = 1; k < path.points.length; k++) {
    const [x1, y1] = path.points[k - 1] ?? [0, 0];
    const [x2, y2] = path.points[k] ?? [0, 0];
    const straight = Math.abs(x1 - x2) <= 0.5 || Math.abs(y1 - y2) <= 0.5;
    if (straight && Math.hypot(x2 - x1, y2 - y1) >= 1) out.push({ x1, y1, x2, y2, thickness });
  }
  return out;
}

/** The rulings of one page; `viewport` maps the PDF's user space to the displayed page. */
export function pageRulings(ops: OperatorList, codes: OperatorCodes, viewport: Matrix): Ruling[] {
  const rulings: Ruling[] = [];
  const stack: State[] = [];
  let state: State = { ctm: [1, 0, 0, 1, 0, 0], lineWidth: 1, strokeWhite: false, fillWhite: false };
  const strokes = new Set([
    codes.stroke,
    codes.closeStroke,
    codes.fillStroke,
    codes.eoFillStroke,
    codes.closeFillStroke,
    codes.closeEOFillStroke,
  ]);
  const fills = new Set([codes.fill, codes.eoFill, codes.fillStroke, codes.eoFillStroke, codes.closeFillStroke, codes.closeEOFillStroke]);
  for (let i = 0; i < ops.fnArray.length && rulings.length < MAX_RULINGS_PER_PAGE; i++) {
    const fn = ops.fnArray[i];
    const args = (ops.argsArray[i] ?? []) as unknown[];
    if (fn === codes.save) stack.push({ ...state });
    else if (fn === codes.restore) state = stack.pop() ?? state;
    else if (fn === codes.transform || fn === codes.paintFormXObjectBegin) {
      if (fn === codes.paintFormXObjectBegin) stack.push({ ...state });
      const m = asMatrix(fn === codes.transform ? args : args[0]);
      if (m !== null) state.ctm = multiply(state.ctm, m);
    } else if (fn === codes.paintFormXObjectEnd) state = stack.pop() ?? state;
    else if (fn === codes.setLineWidth && typeof args[0] === 'number') state.lineWidth = args[0];
    else if (fn === codes.setGState && Array.isArray(args[0])) {
      for (const entry of args[0] as unknown[]) {
        if (Array.isArray(entry) && entry[0] === 'LW' && typeof entry[1] === 'number') state.lineWidth = entry[1];
      }
    } else if (fn === codes.setStrokeRGBColor) state.strokeWhite = isWhite(args[0]);
    else if (fn === codes.setFillRGBColor) state.fillWhite = isWhite(args[0]);
    else if (fn === codes.constructPath) {
      const paint = args[0];
      const data = (args[1] as unknown[] | undefined)?.[0];
      if (typeof paint !== 'number' || data === null || typeof data !== 'object') continue;
      const toDisplay = multiply(viewport, state.ctm);
      const scale = Math.sqrt(Math.abs(toDisplay[0] * toDisplay[3] - toDisplay[1] * toDisplay[2]));
      for (const path of subpaths(data as ArrayLike<number>, toDisplay)) {
        if (strokes.has(paint) && !state.strokeWhite) rulings.push(...strokedSegments(path, Math.max(0.1, state.lineWidth * scale)));
        if (fills.has(paint) && !state.fillWhite) {
          const shape = path.curved ? braceShape(path.points) : thinShape(path.points);
          if (shape !== null) rulings.push(shape);
        }
      }
    }
  }
  return rulings.slice(0, MAX_RULINGS_PER_PAGE);
}
