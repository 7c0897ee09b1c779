/**
 * The review of a returned DOCX against a plan: our own export is placed on its embedded model
 * (the plan as it was sent out, whose ids are the plan's), any other file on the given plan by
 * position and wording.
 */
import { readEmbeddedModel } from '../render/docx';
import { parsePlanText, PlanFormatError, type PlanDocument } from '../model';
import { openZip } from '../import/docx/safe-zip';
import { placeReview, type PlacedReview } from './place-review';
import { readReview } from './read-review';

export interface ReviewOfFile extends PlacedReview {
  /** The plan the marks are placed on: the file's embedded model when it is that plan's export. */
  readonly plan: PlanDocument;
  readonly source: 'model' | 'content';
}

export async function reviewOf(plan: PlanDocument, bytes: Uint8Array): Promise<ReviewOfFile> {
  const review = await readReview(bytes);
  const embedded = await readEmbeddedModel(await openZip(bytes)).catch(() => null);
  let sent: PlanDocument | null = null;
  if (embedded !== null) {
    try {
      const model = parsePlanText(embedded.json);
      if (model.id === plan.id) sent = model;
    } catch (error) {
      if (!(error instanceof PlanFormatError)) throw error;
    }
  }
  const base = sent ?? plan;
  return { plan: base, source: sent === null ? 'content' : 'model', ...placeReview(base, review) };
}
