/**
 * The signer's prefixes: authority is stored by meaning (TM, KT, TL, TUQ, Q) and written in the
 * profile's form ("TM." or "T/M"); a kind the profile does not write falls back to the one it
 * writes instead (the Party has no thừa ủy quyền: T/L).
 */
import { AuthorityKindSchema, type AuthorityKind, type Signer } from '../model/meta.schema';
import type { FormatProfile } from './profile';
import { PROFILES } from './registry';

/** The kind a profile stores for `kind`: itself, or its fallback where the profile has no form for it. */
export function ownAuthorityKind(kind: AuthorityKind, profile: FormatProfile): AuthorityKind {
  if (profile.signature.authorityForms[kind] !== undefined) return kind;
  return profile.signature.authorityFallback[kind] ?? kind;
}

/** "TM.", "T/M"; a kind without a form is written as its fallback's form, or as itself. */
export function authorityForm(kind: AuthorityKind, profile: FormatProfile): string {
  return profile.signature.authorityForms[ownAuthorityKind(kind, profile)] ?? kind;
}

/** Whether the profile writes this kind at all. */
export function writesAuthority(kind: AuthorityKind, profile: FormatProfile): boolean {
  return profile.signature.authorityForms[kind] !== undefined;
}

/** The authority steps with the kinds the profile has no form for replaced by their fallback. */
export function adaptAuthority(authority: Signer['authority'], profile: FormatProfile): Signer['authority'] {
  const adapted = authority.map((step) => ({ ...step, kind: ownAuthorityKind(step.kind, profile) }));
  return adapted.every((step, i) => step.kind === authority[i]?.kind) ? authority : adapted;
}

function upper(text: string): string {
  return text.toLocaleUpperCase('vi');
}

/** "TM. ỦY BAN NHÂN DÂN" / "KT. CHỦ TỊCH": one line per step, the acting head (Q.) is on the position line. */
export function authorityLines(signer: Pick<Signer, 'authority'>, profile: FormatProfile): string[] {
  return signer.authority
    .filter((step) => step.kind !== 'Q')
    .map((step) => `${authorityForm(step.kind, profile)} ${upper(step.body)}`.trim());
}

/** The position line, with "Q." in front when the signer is acting head. */
export function positionLine(signer: Pick<Signer, 'authority' | 'position'>, profile: FormatProfile): string {
  const acting = signer.authority.some((step) => step.kind === 'Q');
  const position = upper(signer.position);
  return acting ? `${authorityForm('Q', profile)} ${position}` : position;
}

export interface TypedPrefix {
  readonly kind: AuthorityKind;
  readonly form: string;
  readonly profile: FormatProfile;
}

/** Every written prefix of every profile, longest first so "TUQ." wins over "T…". */
const PREFIXES: readonly TypedPrefix[] = Object.values(PROFILES)
  .flatMap((profile) =>
    AuthorityKindSchema.options.flatMap((kind) => {
      const form = profile.signature.authorityForms[kind];
      return form === undefined ? [] : [{ kind, form, profile }];
    }),
  )
  .sort((a, b) => b.form.length - a.form.length);

/**
 * The prefix typed at the start of a text ("T/M BAN THƯỜNG VỤ"), with the profile that writes it;
 * a form several profiles share ("Q.") is taken as the given profile's own.
 */
export function typedAuthorityPrefix(text: string, profile: FormatProfile): TypedPrefix | undefined {
  const start = upper(text.trimStart());
  const matches = PREFIXES.filter((p) => start.startsWith(`${p.form} `) || start === p.form);
  return matches.find((p) => p.profile.id === profile.id) ?? matches.find((p) => p.profile.system === profile.system) ?? matches[0];
}

/** Whether a prefix is written the same way in `profile`'s system. */
export function isOwnSystemPrefix(prefix: TypedPrefix, profile: FormatProfile): boolean {
  return prefix.profile.system === profile.system;
}

/** The text after a typed prefix. */
export function withoutPrefix(text: string, prefix: TypedPrefix): string {
  return text.trimStart().slice(prefix.form.length).trim();
}
