/**
 * pdf-lib parses and writes in slices of 100 and 50 objects, waiting a setTimeout(0) between
 * slices to keep a page responsive. In Node each wait costs at least a millisecond: a 62-page plan
 * spent most of its 40 ms save and its loads waiting. Our PDFs are built off any UI thread and
 * take tens of milliseconds in one go, so they are parsed and written whole.
 */
import { ParseSpeeds } from 'pdf-lib';

export const LOAD_WHOLE = { parseSpeed: ParseSpeeds.Fastest } as const;
export const SAVE_WHOLE = { objectsPerTick: Infinity } as const;
