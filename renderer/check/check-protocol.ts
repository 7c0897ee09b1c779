/** What the page and the checker's worker say to each other. */
import type { Finding } from '../../shared/check';
import type { PlanDocument } from '../../shared/model';
import type { CheckContext } from './check-run';

export type CheckRequest =
  /** Sent when the directory or the parent plan changes, not with every plan. */
  | { readonly kind: 'context'; readonly context: CheckContext }
  | { readonly kind: 'check'; readonly serial: number; readonly plan: PlanDocument };

export type CheckResponse =
  { readonly serial: number; readonly findings: readonly Finding[] } | { readonly serial: number; readonly error: string };
