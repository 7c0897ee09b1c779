/**
 * Words that are not Vietnamese syllables but belong in plans: units, loanwords of digital
 * government and the economy, a few abbreviations written in lowercase, place names outside the
 * spelling rules, and foreign country names that Vietnamese writes as one word. Kept short and
 * reviewed: every entry is a word the checker can no longer catch as a typo ("net" would hide
 * "nét" typed without marks, so it is not here). All-capital abbreviations (UBND, GRDP) and words
 * with digits need no entry: the checker leaves them alone.
 */
import { spellKeySet } from './spell-key';

const UNITS = ['km', 'kg', 'cm', 'mm', 'ml', 'mg', 'kv', 'kw', 'mw', 'gw', 'kwh', 'usd', 'vnd', 'vnđ'];

const LOANWORDS = [
  'internet',
  'online',
  'offline',
  'website',
  'web',
  'email',
  'e-mail',
  'e-commerce',
  'e-learning',
  'logistics',
  'logistic',
  'startup',
  'start-up',
  'fintech',
  'blockchain',
  'marketing',
  'video',
  'camera',
  'container',
  'smartphone',
  'app',
  'wifi',
  'wi-fi',
  'cloud',
  'data',
  'big',
  'smart',
  'hub',
  'livestream',
  'fanpage',
  'zalo',
  'facebook',
  'youtube',
  'google',
  'chatbot',
  'robot',
  'server',
  'file',
  'word',
  'excel',
  'pdf',
  'fax',
  'scan',
  'photocopy',
  'covid',
  'vaccine',
  'vắc-xin',
  'virus',
  'carbon',
  'hydrogen',
  'biogas',
  'ethanol',
  'golf',
  'festival',
  'marathon',
  'taxi',
  'tivi',
  'radio',
  'tour',
  'visa',
  'logo',
  'game',
  'laptop',
  'ok',
  'check-in',
  'homestay',
  'resort',
  'outsourcing',
  'digital',
  'hacker',
  'malware',
  'gas',
  'chip',
  'index',
];

/** Tp. (thành phố), ThS. (thạc sĩ), TS./PGS./GS. written in lowercase or capitalised. */
const ABBREVIATIONS = ['tp', 'ths', 'ts', 'pgs', 'gs', 'ks', 'bs'];

/** Place names of the Central Highlands spelled outside the rules (Đắk Lắk, Kon Tum, Pleiku). */
const PLACES = ['đắk', 'đăk', 'lắk', 'kon', 'kạn', 'pleiku'];

const COUNTRIES = ['campuchia', 'singapore', 'malaysia', 'indonesia', 'philippines', 'myanmar', 'brunei', 'australia', 'israel', 'ucraina'];

export const ALLOWED_LIST: readonly string[] = [...UNITS, ...LOANWORDS, ...ABBREVIATIONS, ...PLACES, ...COUNTRIES];

export const ALLOWED_WORDS: ReadonlySet<string> = spellKeySet(ALLOWED_LIST);
