/**
 * A template is a complete plan skeleton (sections with guidance text, appendix schemas, signer and
 * recipients as placeholders) plus what the gallery shows about it.
 */
import { z } from 'zod';
import { PlanDocumentSchema, type ProfileId, type System } from '../model';

export const TemplateSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/, 'Mã mẫu chỉ gồm chữ thường, số và dấu gạch ngang'),
  name: z.string().min(1),
  description: z.string(),
  document: PlanDocumentSchema,
});
export type Template = z.infer<typeof TemplateSchema>;

export interface TemplateSummary {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  readonly system: System;
  readonly profile: ProfileId;
}
