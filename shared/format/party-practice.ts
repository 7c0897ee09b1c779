/**
 * What the Party's documents share whatever the guide in force: how a child plan and a new appendix
 * are worded (from 58-KH/TU and the Party notice among the seeds) and the words that mark an
 * organ's name as the Party's when reading a received document. Each Party profile takes these.
 */
import type { Drafting, FormatProfile } from './profile';

export const PARTY_DRAFTING: Drafting = {
  staff: 'cán bộ, đảng viên',
  subordinateUnits: 'các cơ quan tham mưu, giúp việc của {unit}',
  subordinateRecipients: 'Các cơ quan tham mưu, giúp việc {unit}',
  shortNamePhrase: { text: 'sau đây viết tắt là', italic: false },
  tasksSectionTitle: 'NHIỆM VỤ, GIẢI PHÁP',
  archive: 'Văn phòng {unit}',
  signer: { kind: 'fixed', signer: { authority: [{ kind: 'TM', body: 'BAN THƯỜNG VỤ' }], position: 'BÍ THƯ', name: '' } },
  citedTypeName: 'Nghị quyết',
  childTemplate: 'dang-ke-hoach-thuc-hien-nghi-quyet',
  taskTable: { taskLabel: 'Nhiệm vụ', cooperateColumn: false },
};

export const PARTY_ORGAN_WORDS: FormatProfile['organWords'] = {
  match: 'ỦY|UỶ|ĐẢNG|BAN THƯỜNG VỤ|BAN CHẤP HÀNH|CHI BỘ',
  unless: 'ỦY BAN|UỶ BAN',
};
