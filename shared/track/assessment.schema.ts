/**
 * The shapes of a file's assessment and of a listed file, as zod schemas: the host checks a
 * kept assessment against them before using it (it lives in the workspace folder, which anyone
 * with access to it can edit), and the IPC contract sends listed files in the same shape.
 */
import { z } from 'zod';
import type { FileAssessment, TrackedFile } from './tracking-matrix';

export const ChildPlaceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('row'), appendixId: z.string(), rowId: z.string(), ref: z.string() }),
  z.object({ kind: z.literal('block'), sectionId: z.string(), blockId: z.string(), ref: z.string() }),
]);

export const TrackedFileSchema: z.ZodType<TrackedFile> = z.object({
  file: z.string(),
  status: z.enum([
    'counted',
    'superseded',
    'parent',
    'unreadable',
    'changing',
    'not-a-plan',
    'other-parent',
    'unknown-unit',
    'not-assigned',
  ]),
  reason: z.string(),
  source: z.enum(['kehoach', 'docx-model', 'docx', 'pdf', 'text', 'ocr']).nullable(),
  unitId: z.string().nullable(),
  unitName: z.string(),
  unitCorrected: z.boolean(),
  number: z.string(),
  date: z.string(),
  issuer: z.string(),
  suggestions: z.array(z.string()),
});

export const FileAssessmentSchema: z.ZodType<FileAssessment> = z.object({
  file: TrackedFileSchema,
  dateKey: z.string(),
  cells: z.array(
    z.object({
      itemId: z.string(),
      role: z.enum(['lead', 'cooperate']),
      state: z.enum(['covered', 'late', 'missing']),
      childRefs: z.array(z.string()),
      place: ChildPlaceSchema.nullable(),
    }),
  ),
  ownTasks: z.array(z.object({ ref: z.string(), text: z.string() })),
});
