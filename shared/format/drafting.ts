/**
 * How a child plan and a new appendix word what each system words its own way, from the profile's
 * drafting data: "{unit}" in a phrase stands for the unit's name.
 */
import type { Organ } from '../model/agency.schema';
import type { Signer } from '../model/meta.schema';
import type { Drafting, FormatProfile } from './profile';

export function draftingPhrase(profile: FormatProfile, key: 'subordinateUnits' | 'subordinateRecipients', unit: string): string {
  return profile.drafting[key].replace('{unit}', unit);
}

export function drafting(profile: FormatProfile): Drafting {
  return profile.drafting;
}

/** The archive of a child plan ("Văn phòng Đảng ủy …"), or null to keep the template's. */
export function childArchive(profile: FormatProfile, unitShort: string): string | null {
  const archive = profile.drafting.archive;
  return archive === null ? null : archive.replace('{unit}', unitShort);
}

/** The signer of a child plan: the directory's, else the profile's fixed one, else the head's deputy, else the template's. */
export function childSigner(unit: Pick<Organ, 'signer' | 'head'>, profile: FormatProfile, templateSigner: Signer): Signer {
  if (unit.signer !== undefined) return { ...unit.signer, name: '' };
  const rule = profile.drafting.signer;
  if (rule.kind === 'fixed') return { ...rule.signer, name: '' };
  const head = unit.head.toLocaleUpperCase('vi');
  if (head !== '') return { authority: [{ kind: 'KT', body: head }], position: `PHÓ ${head}`, name: '' };
  return { ...templateSigner, name: '' };
}
