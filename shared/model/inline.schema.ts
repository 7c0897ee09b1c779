/**
 * Rich text inside paragraphs and cells. The shapes are Slate-compatible (leaves carry `text`,
 * inline elements carry `children`) so the editor can use the stored model directly.
 */
import { z } from 'zod';

export const TextLeafSchema = z.object({
  text: z.string(),
  bold: z.boolean().optional(),
  italic: z.boolean().optional(),
  underline: z.boolean().optional(),
});
export type TextLeaf = z.infer<typeof TextLeafSchema>;

/**
 * A reference to an appendix, or to a numbered row ("điểm") of an appendix. Its visible text is
 * computed at render time, so renumbering rows or appendices keeps every reference right.
 */
export const CrossRefSchema = z.object({
  type: z.literal('xref'),
  appendixId: z.string().min(1),
  rowId: z.string().min(1).optional(),
  children: z.array(TextLeafSchema).default([{ text: '' }]),
});
export type CrossRef = z.infer<typeof CrossRefSchema>;

export const InlineSchema = z.union([CrossRefSchema, TextLeafSchema]);
export type Inline = z.infer<typeof InlineSchema>;

export function isCrossRef(node: Inline): node is CrossRef {
  return 'type' in node;
}
