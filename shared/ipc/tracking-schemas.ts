/**
 * The tracking matrix as it crosses from the host to the renderer. Typed against shared/track's
 * interfaces, so a field added there and not here fails to compile.
 */
import { z } from 'zod';
import { ChildPlaceSchema, TrackedFileSchema, type TrackingMatrix } from '../track';

export const TrackingMatrixSchema: z.ZodType<TrackingMatrix> = z.object({
  parent: z.object({ id: z.string(), citation: z.string(), file: z.string() }),
  tasks: z.array(
    z.object({
      itemId: z.string(),
      ref: z.string(),
      text: z.string(),
      deadline: z.string(),
      source: z.enum(['appendix', 'body']),
      assigned: z.number(),
      covered: z.number(),
      late: z.number(),
    }),
  ),
  units: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      via: z.enum(['direct', 'collective']),
      plan: TrackedFileSchema.nullable(),
      olderPlans: z.array(z.string()),
      cells: z.array(
        z.object({
          task: z.number(),
          role: z.enum(['lead', 'cooperate']),
          state: z.enum(['covered', 'late', 'missing']),
          childRefs: z.array(z.string()),
          place: ChildPlaceSchema.nullable(),
        }),
      ),
      assigned: z.number(),
      covered: z.number(),
      late: z.number(),
      missing: z.number(),
      ownTasks: z.array(z.object({ ref: z.string(), text: z.string() })),
    }),
  ),
  files: z.array(TrackedFileSchema),
});

export const TrackingViewSchema = z.object({
  folder: z.string(),
  matrix: TrackingMatrixSchema,
  /** Problems with the workspace itself (a damaged settings file), in Vietnamese. */
  warnings: z.array(z.string()),
});
export type TrackingView = z.infer<typeof TrackingViewSchema>;
