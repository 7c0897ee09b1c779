/**
 * Moving a plan from one rule system to the other. The profile alone changes how the renderer
 * writes the number ("Số: 30/KH-UBND" or "Số 30-KH/UBND"), the signing forms (TM. or T/M) and the
 * nơi nhận; text the user typed in one system's form is adapted only when asked for, and each
 * adaptation is a separate, visible function.
 */
import type { ProfileId, System } from '../meta.schema';
import type { PlanDocument } from '../plan.schema';

/**
 * "KH-UBND" (State: type and organ joined by "-") ↔ "KH/UBND" (Party: "/" before the organ code,
 * joint issuers joined by "-" after it: "QC/BTCTU-BDVTU").
 */
export function adaptSymbol(symbol: string, to: System): string {
  if (to === 'dang') {
    if (symbol.includes('/')) return symbol;
    const dash = symbol.indexOf('-');
    return dash < 0 ? symbol : `${symbol.slice(0, dash)}/${symbol.slice(dash + 1)}`;
  }
  const slash = symbol.indexOf('/');
  return slash < 0 ? symbol : `${symbol.slice(0, slash)}-${symbol.slice(slash + 1)}`;
}

const STATE_ARCHIVE_PREFIX = /^VT\s*,\s*/u;

/** State archives start with the văn thư ("VT, VP"); Party archives name the unit only ("Văn phòng Tỉnh ủy"). */
export function adaptArchive(archive: string, to: System): string {
  const trimmed = archive.trim();
  if (to === 'dang') return trimmed.replace(STATE_ARCHIVE_PREFIX, '');
  if (trimmed === '' || trimmed === 'VT' || STATE_ARCHIVE_PREFIX.test(trimmed)) return trimmed;
  return `VT, ${trimmed}`;
}

export interface ProfileSwitch {
  readonly profile: ProfileId;
  readonly system: System;
  /** Rewrite the symbol, the archive line and signing forms the new system lacks (TUQ. → T/L). */
  readonly adapt: boolean;
}

/** The parts of a plan a switch reads and writes; a whole plan is one. */
export type ProfileParts = Pick<PlanDocument, 'profile' | 'meta' | 'signer' | 'archive'>;

export function switchProfile<P extends ProfileParts>(plan: P, change: ProfileSwitch): P {
  if (plan.profile === change.profile) return plan;
  if (!change.adapt) return { ...plan, profile: change.profile };
  // Party documents have no "thừa ủy quyền": authorisation is written T/L (FORMAT.md §B.5).
  const authority =
    change.system === 'dang' && plan.signer.authority.some((step) => step.kind === 'TUQ')
      ? plan.signer.authority.map((step) => (step.kind === 'TUQ' ? { ...step, kind: 'TL' as const } : step))
      : plan.signer.authority;
  const symbol = adaptSymbol(plan.meta.symbol, change.system);
  return {
    ...plan,
    profile: change.profile,
    meta: symbol === plan.meta.symbol ? plan.meta : { ...plan.meta, symbol },
    archive: adaptArchive(plan.archive, change.system),
    signer: authority === plan.signer.authority ? plan.signer : { ...plan.signer, authority },
  };
}
