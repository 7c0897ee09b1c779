/**
 * The body of a plan: top-level sections (I., II., …) holding a flat list of blocks. Items carry a
 * level and a marker kind; their visible numbers ("1.", "2.1.", "a)") are computed from position.
 */
import { z } from 'zod';
import { InlineSchema } from './inline.schema';

const blockBase = {
  id: z.string().min(1),
  /**
   * Template guidance: what to write here. It is shown in the editor, never printed or exported,
   * and counts as unfinished work until the drafter writes over it (which clears the flag).
   */
  hint: z.boolean().optional(),
  children: z.array(InlineSchema).min(1),
};

export const ParagraphBlockSchema = z.object({
  type: z.literal('paragraph'),
  ...blockBase,
});

/** How a numbered item shows its number: "1." / "1.1." / "1.1.1." (decimal) or "a)" (letter). */
export const ItemMarkerSchema = z.enum(['decimal', 'letter']);
export type ItemMarker = z.infer<typeof ItemMarkerSchema>;

export const ItemBlockSchema = z.object({
  type: z.literal('item'),
  ...blockBase,
  /** 1 = khoản ("1."), 2 = "1.1." or "a)", 3 = "1.1.1." or "a)". */
  level: z.number().int().min(1).max(4),
  marker: ItemMarkerSchema,
  /** A heading item (own line, bold) rather than a numbered paragraph of text. */
  heading: z.boolean().default(false),
});

export const BulletBlockSchema = z.object({
  type: z.literal('bullet'),
  ...blockBase,
  /** 1 = "-", 2 = "+". */
  level: z.number().int().min(1).max(2),
});

export const BlockSchema = z.discriminatedUnion('type', [ParagraphBlockSchema, ItemBlockSchema, BulletBlockSchema]);
export type ParagraphBlock = z.infer<typeof ParagraphBlockSchema>;
export type ItemBlock = z.infer<typeof ItemBlockSchema>;
export type BulletBlock = z.infer<typeof BulletBlockSchema>;
export type Block = z.infer<typeof BlockSchema>;

export const SectionSchema = z.object({
  id: z.string().min(1),
  /** Written in capitals in the document ("MỤC ĐÍCH, YÊU CẦU"); stored as typed. */
  title: z.string(),
  blocks: z.array(BlockSchema),
});
export type Section = z.infer<typeof SectionSchema>;
