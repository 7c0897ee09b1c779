/**
 * Appendices are data: typed columns and a flat list of rows with an outline level. Numbers in the
 * STT column, group bands and merges are computed at render time from the numbering rules here.
 */
import { z } from 'zod';
import { TextLeafSchema } from './inline.schema';

export const ColumnTypeSchema = z.enum([
  'stt',
  'text',
  'agency',
  'agencies',
  'deadline',
  'resources',
  'indicator',
  'unit',
  'number',
  'target',
  'note',
]);
export type ColumnType = z.infer<typeof ColumnTypeSchema>;

export const ColumnSchema = z.object({
  /**
   * Keys the row's cells. Any name works (cells are read as own properties), except "__proto__":
   * parsing JSON into an object cannot keep a key of that name, so its cells would be lost.
   */
  id: z
    .string()
    .min(1)
    .refine((id) => id !== '__proto__', 'Mã cột "__proto__" không dùng được: ô của cột này không lưu được'),
  label: z.string(),
  type: ColumnTypeSchema,
  /** Relative width; the renderer shares the text width in proportion. */
  width: z.number().positive(),
  align: z.enum(['left', 'center', 'right', 'justify']).optional(),
});
export type Column = z.infer<typeof ColumnSchema>;

/**
 * A cell holds plain text (a "\n" separates lines inside the cell), a list of agencies, or
 * formatted runs where the source text had bold or italic parts.
 */
export const CellValueSchema = z.union([z.string(), z.array(z.string()), z.object({ runs: z.array(TextLeafSchema) })]);
export type CellValue = z.infer<typeof CellValueSchema>;

/**
 * A link from a cloned row to the item of a superior plan it implements. A row cloned from a
 * cloned plan carries its parent's links after its own, so coverage can follow the chain upwards.
 */
export const TraceLinkSchema = z.object({
  /** Id of the superior plan. */
  planId: z.string().min(1),
  /** Stable id of the item there: "<appendix id>/<row id>" or "<section id>/<block id>". */
  itemId: z.string().min(1),
  /** The item as printed when cloned: "điểm 2 mục I Phụ lục I Kế hoạch số 58-KH/TU". */
  ref: z.string(),
});
export type TraceLink = z.infer<typeof TraceLinkSchema>;

/**
 * Numbering of one outline depth: "A" (upper-letter, groups above Roman ones), "I" (roman), "1"
 * (arabic, restarting under each parent), "1" (arabic-running: counting on through the whole
 * table, as many appendices number their rows across groups), "1.1" (outline: the parents' numbers
 * joined by dots), "a" (letter), "-"/"+" (dash/plus, written before the text instead of in the STT
 * column) or nothing.
 */
export const RowNumberingSchema = z.enum([
  'upper-letter',
  'roman',
  'arabic',
  'arabic-running',
  'outline',
  'letter',
  'dash',
  'plus',
  'none',
]);
export type RowNumbering = z.infer<typeof RowNumberingSchema>;

export const RowSchema = z.object({
  id: z.string().min(1),
  kind: z.enum(['group', 'data']),
  /** Depth in the appendix outline, 0 = top. Numbering style is chosen per depth. */
  level: z.number().int().min(0).max(4),
  cells: z.record(z.string(), CellValueSchema),
  /** Columns whose cell joins the cell above (vertical merge), as in criteria tables. */
  mergeAbove: z.array(z.string()).optional(),
  /** The table's total line ("Tổng cộng"): not numbered and not a task. */
  total: z.literal(true).optional(),
  /**
   * Numbering of this row where it differs from its depth's: a group without subgroups ("B" over
   * rows 4, 5 while "A" has "I", "II" over its rows) holds its rows one depth up, numbered as rows.
   */
  numbering: RowNumberingSchema.optional(),
  /** Where the row came from when the plan was cloned or imported. */
  sourceRef: z.string().optional(),
  /** The superior plans' items this row implements, nearest first (set by cloning). */
  trace: z.array(TraceLinkSchema).optional(),
});
export type Row = z.infer<typeof RowSchema>;

export const LevelStyleSchema = z.object({
  numbering: RowNumberingSchema,
  bold: z.boolean().default(false),
  italic: z.boolean().default(false),
});
export type LevelStyle = z.infer<typeof LevelStyleSchema>;

export const AppendixSchema = z.object({
  id: z.string().min(1),
  /** Title in capitals; "\n" breaks the line where the drafter wants it. */
  title: z.string(),
  orientation: z.enum(['portrait', 'landscape']),
  /** "Phụ lục I" or "Phụ lục 1". */
  numberStyle: z.enum(['roman', 'arabic']),
  columns: z.array(ColumnSchema).min(1),
  rows: z.array(RowSchema),
  /** Numbering and emphasis for each outline depth; the last entry applies to deeper rows. */
  levels: z.array(LevelStyleSchema).min(1),
  /**
   * "band": a group row's title spans the columns after STT. "merged": the group title stands in
   * `groupColumn` and, with the STT cell, merges down over the group's rows.
   */
  groupLayout: z.enum(['band', 'merged']).default('band'),
  /** The column that holds a row's main text (a group title, a "-" prefix). */
  mainColumn: z.string().min(1),
  /** For the "merged" layout: the column that carries the group title. */
  groupColumn: z.string().optional(),
  /** Replaces the computed "(Kèm theo …)" line when set. */
  refLine: z.string().optional(),
  /** Text printed under the table (notes, sources). */
  notes: z.array(z.string()).default([]),
});
export type Appendix = z.infer<typeof AppendixSchema>;
