/** The rule profiles, as data, looked up by the id a plan records. */
import type { ProfileId, System } from '../model';
import { HD36_2018 } from './hd36-2018';
import { ND30_2020 } from './nd30-2020';
import type { FormatProfile } from './profile';

export * from './profile';
export { ND30_2020, HD36_2018 };

export const PROFILES: Readonly<Record<ProfileId, FormatProfile>> = {
  'nd30-2020': ND30_2020,
  'hd36-2018': HD36_2018,
};

export function getProfile(id: ProfileId): FormatProfile {
  return PROFILES[id];
}

export function systemOf(id: ProfileId): System {
  return PROFILES[id].system;
}
export { documentSymbol, organSymbol, isLetter, LETTER_DOC_TYPE } from './document-symbol';
