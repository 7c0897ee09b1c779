/**
 * The rule profiles, looked up by the id a plan records, and the profile that governs a document of
 * a system on a date: a Party plan dated from 27/5/2026 follows HD 05, an older one HD 36.
 */
import type { IssueDate, ProfileId, System } from '../model/meta.schema';
import { HD05_2026 } from './hd05-2026';
import { HD36_2018 } from './hd36-2018';
import { ND30_2020 } from './nd30-2020';
import type { FormatProfile } from './profile';
import { registryProblems } from './validate-profile';

/** A profile or set of profiles that cannot be used as written. */
export class ProfileError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Bộ quy tắc thể thức không dùng được:\n- ${problems.join('\n- ')}`);
    this.name = 'ProfileError';
  }
}

/** Checks a set of profiles and indexes them by id; throws ProfileError listing every problem. */
export function buildRegistry(profiles: readonly FormatProfile[]): Readonly<Record<ProfileId, FormatProfile>> {
  const problems = registryProblems(profiles);
  if (problems.length > 0) throw new ProfileError(problems);
  return Object.fromEntries(profiles.map((p) => [p.id, p])) as Record<ProfileId, FormatProfile>;
}

export const PROFILES: Readonly<Record<ProfileId, FormatProfile>> = buildRegistry([ND30_2020, HD36_2018, HD05_2026]);

export function getProfile(id: ProfileId): FormatProfile {
  return PROFILES[id];
}

export function systemOf(id: ProfileId): System {
  return PROFILES[id].system;
}

/** The profiles of a system, oldest guide first. */
export function profilesOf(system: System): FormatProfile[] {
  return Object.values(PROFILES)
    .filter((p) => p.system === system)
    .sort((a, b) => a.guide.effectiveFrom.localeCompare(b.guide.effectiveFrom));
}

/** The systems, in the order the pickers show them. */
export function systems(): System[] {
  return [...new Set(Object.values(PROFILES).map((p) => p.system))];
}

/** The newest profile of a system, whose forms citations of that system's documents take. */
export function latestProfileOf(system: System): FormatProfile {
  const list = profilesOf(system);
  const latest = list[list.length - 1];
  if (latest === undefined) throw new ProfileError([`Không có bộ quy tắc nào cho hệ thống "${system}"`]);
  return latest;
}

/** The day an undated document is read at: after every guide, so it is held to the rules now in force. */
const UNDATED = '9999-12-31';

/**
 * The last day a partial date can mean, as an ISO date: a blank day is filled in at signing, which
 * comes after drafting, so "tháng 5 năm 2026" is read as 31/5/2026. A date whose year is unknown
 * is read as the latest day of all.
 */
export function latestIsoDay(date: IssueDate): string {
  if (date.year === null) return UNDATED;
  const month = date.month ?? 12;
  const day = date.day ?? new Date(Date.UTC(date.year, month, 0)).getUTCDate();
  return `${String(date.year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * The profile that governs a document of `system` dated `date`: the newest guide in effect on that
 * day; a document older than every guide takes the oldest one.
 */
export function profileFor(system: System, date: IssueDate): FormatProfile {
  const day = latestIsoDay(date);
  const list = profilesOf(system);
  const inForce = list.filter((p) => p.guide.effectiveFrom <= day);
  const chosen = inForce[inForce.length - 1] ?? list[0];
  if (chosen === undefined) throw new ProfileError([`Không có bộ quy tắc nào cho hệ thống "${system}"`]);
  return chosen;
}

/** The profile that replaced `profile` for documents dated `date`, or null when it still governs them. */
export function successorFor(profile: FormatProfile, date: IssueDate): FormatProfile | null {
  const governing = profileFor(profile.system, date);
  return governing.guide.effectiveFrom > profile.guide.effectiveFrom ? governing : null;
}

/** "Đảng", "Nhà nước": the system in a word. */
export function systemLabel(system: System): string {
  return latestProfileOf(system).systemLabel;
}

/** The system a document is read as when nothing in it tells: the first registered profile's (State documents are the most common). */
export function defaultSystem(): System {
  const first = Object.values(PROFILES)[0];
  if (first === undefined) throw new ProfileError(['Chưa có bộ quy tắc nào']);
  return first.system;
}
