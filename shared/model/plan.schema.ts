/**
 * The PlanDocument: one kế hoạch (or chương trình) as data. This is what a `.kehoach` file holds,
 * what the renderers draw and what cloning and checking read.
 */
import { z } from 'zod';
import { AppendixSchema } from './appendix.schema';
import { PlanCommentSchema } from './comment.schema';
import { BlockSchema, SectionSchema } from './body.schema';
import { DocumentReferenceSchema, MetaSchema, ProfileIdSchema, RecipientEntrySchema, SignerSchema } from './meta.schema';
import { clip } from './text';

/** 2: the date's year and the issuing organ may be unknown (a received document that bears neither). */
export const CURRENT_SCHEMA_VERSION = 4;

/**
 * The longest text one field of a plan may hold (a paragraph, a cell, a title): about 300 pages
 * of text, far past any real one. The checker, the renderers and cloning run regular expressions
 * over these texts, and V8 runs out of stack on a few million characters of a repeated character.
 */
export const MAX_TEXT_CHARS = 1_000_000;

/** The path of the first string in `value` longer than MAX_TEXT_CHARS, or null. Iterative: plans may nest deep. */
function overlongText(value: unknown): (string | number)[] | null {
  const stack: { node: unknown; path: (string | number)[] }[] = [{ node: value, path: [] }];
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    const { node, path } = item;
    if (typeof node === 'string') {
      if (node.length > MAX_TEXT_CHARS) return path;
    } else if (Array.isArray(node)) {
      node.forEach((child: unknown, i) => stack.push({ node: child, path: [...path, i] }));
    } else if (node !== null && typeof node === 'object') {
      for (const [key, child] of Object.entries(node)) stack.push({ node: child, path: [...path, key] });
    }
  }
  return null;
}

export const PlanDocumentSchema = z
  .object({
    schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
    id: z.string().min(1),
    /** The rule profile the plan follows: Nghị định 30/2020 (State), Hướng dẫn 36 or 05 (Party). */
    profile: ProfileIdSchema,
    /**
     * "date": the profile follows the document's date within its system (a Party plan dated from
     * 27/5/2026 follows HD 05); "chosen": the user picked it and it stays.
     */
    profileChoice: z.enum(['date', 'chosen']).default('date'),
    templateId: z.string().default(''),
    meta: MetaSchema,
    /** Superior documents and căn cứ, as structured references. */
    basis: z.array(DocumentReferenceSchema).default([]),
    /** Print the căn cứ as their own lines under the trích yếu (ô 6), not only in the preamble. */
    basisLines: z.boolean().default(false),
    /** Paragraphs before section I ("Thực hiện …, Ban Thường vụ Tỉnh ủy ban hành Kế hoạch …"). */
    preamble: z.array(BlockSchema).default([]),
    sections: z.array(SectionSchema),
    /** "I. MỤC ĐÍCH" or the Party form "I- MỤC ĐÍCH". */
    sectionNumbering: z.enum(['roman-dot', 'roman-dash']).default('roman-dot'),
    appendices: z.array(AppendixSchema).default([]),
    signer: SignerSchema,
    recipients: z.array(RecipientEntrySchema).default([]),
    /** What follows "Lưu" in the last nơi nhận line: "VT, VP" (State) or "Văn phòng Tỉnh ủy" (Party). */
    archive: z.string().default(''),
    /** Comments and the reviewers' changes kept for the góp ý table (added without a schema bump: old files satisfy it). */
    comments: z.array(PlanCommentSchema).default([]),
  })
  .superRefine((plan, ctx) => {
    const overlong = overlongText(plan);
    if (overlong !== null) {
      ctx.addIssue({ code: 'custom', message: `Đoạn văn dài quá ${MAX_TEXT_CHARS.toLocaleString('vi-VN')} ký tự`, path: overlong });
    }
    const seen = new Set<string>();
    // Ids are what cross-references, cloning traces and the editor point at: they must be unique.
    const ids: { id: string; path: (string | number)[] }[] = [
      ...plan.preamble.map((b, i) => ({ id: b.id, path: ['preamble', i, 'id'] })),
      ...plan.sections.flatMap((s, i) => [
        { id: s.id, path: ['sections', i, 'id'] },
        ...s.blocks.map((b, j) => ({ id: b.id, path: ['sections', i, 'blocks', j, 'id'] })),
      ]),
      ...plan.appendices.map((a, i) => ({ id: a.id, path: ['appendices', i, 'id'] })),
    ];
    for (const { id, path } of ids) {
      if (seen.has(id)) ctx.addIssue({ code: 'custom', message: `Mã định danh "${id}" bị trùng`, path });
      seen.add(id);
    }
    plan.appendices.forEach((appendix, a) => {
      const columnIds = new Set(appendix.columns.map((c) => c.id));
      const rowIds = new Set<string>();
      appendix.rows.forEach((row, r) => {
        if (rowIds.has(row.id)) {
          ctx.addIssue({ code: 'custom', message: `Mã dòng "${row.id}" bị trùng`, path: ['appendices', a, 'rows', r, 'id'] });
        }
        rowIds.add(row.id);
      });
      if (!columnIds.has(appendix.mainColumn)) {
        ctx.addIssue({
          code: 'custom',
          message: `Cột chính "${appendix.mainColumn}" không có trong danh sách cột`,
          path: ['appendices', a, 'mainColumn'],
        });
      }
      if (appendix.groupLayout === 'merged' && (appendix.groupColumn === undefined || !columnIds.has(appendix.groupColumn))) {
        ctx.addIssue({
          code: 'custom',
          message: 'Kiểu nhóm "merged" cần cột nhóm (groupColumn) có trong danh sách cột',
          path: ['appendices', a, 'groupColumn'],
        });
      }
      appendix.rows.forEach((row, r) => {
        const previous = appendix.rows[r - 1];
        const maxLevel = previous === undefined ? 0 : previous.level + 1;
        if (row.level > maxLevel) {
          ctx.addIssue({
            code: 'custom',
            message: `Dòng ở cấp ${row.level} không có dòng cấp trên`,
            path: ['appendices', a, 'rows', r, 'level'],
          });
        }
        for (const key of Object.keys(row.cells)) {
          if (!columnIds.has(key)) {
            ctx.addIssue({
              code: 'custom',
              message: `Ô thuộc cột "${clip(key)}" không có trong danh sách cột`,
              path: ['appendices', a, 'rows', r, 'cells', key],
            });
          }
        }
      });
    });
  });

export type PlanDocument = z.infer<typeof PlanDocumentSchema>;
/** What a plan file may contain before defaults are applied. */
export type PlanDocumentInput = z.input<typeof PlanDocumentSchema>;
