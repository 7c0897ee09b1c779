/**
 * The rule profiles as data and one function per concept that differs between them. Code outside
 * shared/format reads a difference through these, never by asking which system a plan is in.
 */
export * from './profile';
export * from './provenance';
export * from './registry';
export * from './validate-profile';
export * from './number-symbol';
export * from './signer-forms';
export * from './recipients';
export * from './place-date';
export * from './citations';
export * from './appendix-forms';
export * from './spelling';
export * from './drafting';
export * from './motto';
export { ND30_2020 } from './nd30-2020';
export { HD36_2018 } from './hd36-2018';
export { HD05_2026 } from './hd05-2026';
export * from './recognition';
export { isLetter, LETTER_DOC_TYPE } from './document-symbol';
export * from './replaced-texts';
export * from './profile-sheet';
