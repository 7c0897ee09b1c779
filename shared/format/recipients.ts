/**
 * Nơi nhận in the profile's form: the label ("Nơi nhận:"), each line's ending ("," or ";") and the
 * archive line ("- Lưu: VT, VP." with the văn thư first, or "- Lưu Văn phòng Tỉnh uỷ." naming the
 * unit only).
 */
import type { FormatProfile } from './profile';

export function recipientsLabel(profile: FormatProfile): string {
  return profile.recipients.label.text;
}

/** "- Các sở, ban, ngành tỉnh;" or "- Ban Thường vụ Tỉnh ủy (để báo cáo),". */
export function recipientLine(name: string, purpose: string | undefined, profile: FormatProfile): string {
  const after = purpose === undefined || purpose === '' ? '' : ` ${purpose}`;
  return `- ${name}${after}${profile.recipients.lineEnd}`;
}

/** "- Lưu: VT, VP." / "- Lưu Văn phòng Tỉnh ủy." */
export function archiveLine(archive: string, profile: FormatProfile): string {
  return `- ${profile.recipients.archiveFormat.replace('{units}', archive)}`;
}

/** What the archive line looks like, for a message: "Lưu: VT, VP." or "Lưu Văn phòng Tỉnh uỷ.". */
export function archiveExample(profile: FormatProfile): string {
  return profile.recipients.archiveFormat.replace('{units}', profile.recipients.archiveExample);
}

const LEAD_PREFIX = /^([^,\s]+)\s*,\s*/u;
const ARCHIVE_WORD = /^Lưu:?\s*/u;

/** The archive text in the profile's form: the lead ("VT, ") added or removed. */
export function adaptArchive(archive: string, profile: FormatProfile): string {
  const trimmed = archive.trim().replace(ARCHIVE_WORD, '');
  const lead = profile.recipients.archiveLead;
  if (lead === '') {
    const m = LEAD_PREFIX.exec(trimmed);
    return m !== null && isLeadOfSomeForm(m[1] ?? '') ? trimmed.slice(m[0].length) : trimmed;
  }
  if (trimmed === '' || trimmed === lead || trimmed.startsWith(`${lead},`) || trimmed.startsWith(`${lead} ,`)) return trimmed;
  return `${lead}, ${trimmed}`;
}

/** "VT" is the văn thư of the State form; a Party archive that starts with it took the wrong form. */
function isLeadOfSomeForm(word: string): boolean {
  return word === 'VT';
}

export interface ArchiveProblem {
  readonly message: string;
  readonly wanted: string;
}

/** What is wrong with an archive text in the profile's form, and the text it should be; null when right. */
export function archiveProblem(archive: string, profile: FormatProfile): ArchiveProblem | null {
  const trimmed = archive.trim();
  if (trimmed === '') return null;
  const wanted = adaptArchive(trimmed, profile);
  if (wanted === trimmed) return null;
  const lead = profile.recipients.archiveLead;
  return {
    wanted,
    message:
      lead === ''
        ? `${profile.shortName} ghi dòng lưu dạng "- ${archiveExample(profile)}", không có "VT"; hiện là "${trimmed}"`
        : `Dòng lưu ghi "${lead}" (văn thư) trước đơn vị soạn thảo, dạng "- ${archiveExample(profile)}"; hiện là "${trimmed}"`,
  };
}

/** What the archive field holds, in words, for the form's hint. */
export function archiveHint(profile: FormatProfile): string {
  const lead = profile.recipients.archiveLead;
  const example = profile.recipients.archiveExample;
  return lead === ''
    ? `Đơn vị lưu văn bản, ví dụ ${example}.`
    : `${lead} và đơn vị soạn thảo, ví dụ ${example}; số bản lưu trong ngoặc: ${example} (2).`;
}
