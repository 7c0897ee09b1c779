/**
 * The top-right heading of a profile (Quốc hiệu and Tiêu ngữ, or "ĐẢNG CỘNG SẢN VIỆT NAM") as a
 * reader recognises it, whatever the case and spacing of a received file.
 */
import type { System } from '../model/meta.schema';
import type { FormatProfile, MottoLine } from './profile';
import { PROFILES } from './registry';

/** Upper case, single spaces, NFC: how two heading lines are compared. */
export function mottoKey(text: string): string {
  return text.normalize('NFC').replace(/\s+/gu, ' ').trim().toLocaleUpperCase('vi');
}

/** Every heading line of every profile, by its key. */
const LINES: ReadonlyMap<string, readonly FormatProfile[]> = (() => {
  const map = new Map<string, FormatProfile[]>();
  for (const p of Object.values(PROFILES)) {
    for (const line of p.header.motto) map.set(mottoKey(line.text), [...(map.get(mottoKey(line.text)) ?? []), p]);
  }
  return map;
})();

/** Whether the text is a heading line of some profile. */
export function isMottoLine(text: string): boolean {
  return LINES.has(mottoKey(text));
}

/** The system whose heading is one of these lines, when the first line that tells says so. */
export function systemOfMotto(texts: readonly string[]): System | null {
  for (const text of texts) {
    const systems = new Set((LINES.get(mottoKey(text)) ?? []).map((p) => p.system));
    if (systems.size === 1) return [...systems][0] ?? null;
  }
  return null;
}

/** The profile's heading line that `text` is, if any. */
export function mottoLineOf(text: string, profile: FormatProfile): MottoLine | undefined {
  return profile.header.motto.find((line) => mottoKey(line.text) === mottoKey(text));
}
