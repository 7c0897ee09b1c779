/**
 * Moving a plan from one rule profile to another. The profile alone changes how the renderer
 * writes the number ("Số: 30/KH-UBND" or "Số 30-KH/UBND"), the signing forms (TM. or T/M) and the
 * nơi nhận; text the user typed in one system's form is adapted only when asked for, each
 * adaptation read from the target profile. Within a system the profile follows the document's
 * date unless the user chose one.
 */
import { adaptArchive, adaptAuthority, adaptSymbol, getProfile, profileFor, type FormatProfile } from '../../format';
import type { PlanDocument } from '../plan.schema';

export interface ProfileSwitch {
  readonly profile: FormatProfile;
  /** Rewrite the symbol, the archive line and signing forms the new profile lacks (TUQ. → T/L). */
  readonly adapt: boolean;
  /** How the profile was chosen: picked by the user, or following the date (the default). */
  readonly choice?: PlanDocument['profileChoice'];
}

/** The parts of a plan a switch reads and writes; a whole plan is one. */
export type ProfileParts = Pick<PlanDocument, 'profile' | 'profileChoice' | 'meta' | 'signer' | 'archive'>;

export function switchProfile<P extends ProfileParts>(plan: P, change: ProfileSwitch): P {
  const choice = change.choice ?? plan.profileChoice;
  const target = change.profile;
  if (plan.profile === target.id) return choice === plan.profileChoice ? plan : { ...plan, profileChoice: choice };
  if (!change.adapt) return { ...plan, profile: target.id, profileChoice: choice };
  const authority = adaptAuthority(plan.signer.authority, target);
  const symbol = adaptSymbol(plan.meta.symbol, target.header.number);
  return {
    ...plan,
    profile: target.id,
    profileChoice: choice,
    meta: symbol === plan.meta.symbol ? plan.meta : { ...plan.meta, symbol },
    archive: adaptArchive(plan.archive, target),
    signer: authority === plan.signer.authority ? plan.signer : { ...plan.signer, authority },
  };
}

/** The profile the plan's date calls for in its system. */
export function profileByDate(plan: Pick<PlanDocument, 'profile' | 'meta'>): FormatProfile {
  return profileFor(getProfile(plan.profile).system, plan.meta.date);
}

/**
 * The plan under the profile its date calls for, when its profile follows the date; a profile the
 * user chose stays. Within a system the forms a switch adapts are the same, so nothing typed moves.
 */
export function followDate<P extends ProfileParts>(plan: P): P {
  if (plan.profileChoice === 'chosen') return plan;
  const target = profileByDate(plan);
  return target.id === plan.profile ? plan : switchProfile(plan, { profile: target, adapt: true });
}
