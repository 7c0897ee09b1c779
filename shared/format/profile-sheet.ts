/**
 * Every profile as a page a reader can check against the guides: what it prints (computed by the
 * same functions the renderers and the checker call), then each provision with its citation,
 * confidence, note and sources. docs/profiles.md is this text, so the documentation cannot say
 * something the profiles do not.
 */
import { formatShortDate } from '../model/dates';
import type { AuthorityKind } from '../model/meta.schema';
import { appendixNumberStyle, appendixPageNumbering, appendixRefLineMark } from './appendix-forms';
import { numberLine } from './number-symbol';
import type { FormatProfile, Ranged, RuleMark } from './profile';
import { CONCEPTS, confidenceLabel, type Concept } from './provenance';
import { archiveExample, recipientLine, recipientsLabel } from './recipients';
import { placeDateLine } from './place-date';
import { authorityForm, writesAuthority } from './signer-forms';
import { spellOrganName } from './spelling';

const AUTHORITIES: readonly AuthorityKind[] = ['TM', 'KT', 'TL', 'TUQ', 'Q'];

function range({ value, min, max }: Ranged, unit: string): string {
  return min === max ? `${value} ${unit}` : `${value} ${unit} (${min}–${max})`;
}

function mark(rule: RuleMark | null): string {
  if (rule === null) return 'không có';
  if (rule.kind === 'text') return `"${rule.text}"`;
  return rule.kind === 'line-full' ? 'đường kẻ dài bằng dòng chữ' : `đường kẻ ${Math.round(rule.ratio * 100)}% dòng chữ`;
}

function isoAsDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  return formatShortDate({ year: year ?? 0, month: month ?? null, day: day ?? null });
}

/** What a document under the profile looks like, one line per difference between the systems. */
function printedLines(profile: FormatProfile): string[] {
  const { margins } = profile.page;
  const spacing = profile.body.lineSpacing;
  const pages = appendixPageNumbering(profile);
  const example = profile.header.number.example;
  return [
    `Số và ký hiệu: \`${numberLine(example.number, example.symbol, profile)}\``,
    `Địa danh, ngày tháng: \`${placeDateLine('Ninh Bình', { year: 2026, month: 6, day: 5 }, profile)}\``,
    `Dưới tên cơ quan ban hành: ${mark(profile.header.issuerMark)}; dưới trích yếu: ${mark(profile.title.summaryMark)}`,
    `Tên cơ quan viết dấu: \`${spellOrganName('TỈNH ỦY NINH BÌNH', profile)}\`, \`${spellOrganName('ĐẢNG ỦY PHƯỜNG HOA LƯ', profile)}\``,
    `Quyền hạn ký: ${AUTHORITIES.filter((k) => writesAuthority(k, profile))
      .map((k) => `\`${authorityForm(k, profile)}\``)
      .join(', ')}`,
    `Nơi nhận: \`${recipientsLabel(profile)}\`, dòng \`${recipientLine('Các sở, ban, ngành tỉnh', undefined, profile)}\`, dòng lưu \`- ${archiveExample(profile)}\``,
    `Dấu kết thúc nội dung: \`${profile.body.endMark}\``,
    `Lề trên, dưới, trái, phải: ${range(margins.top, 'mm')}; ${range(margins.bottom, 'mm')}; ${range(margins.left, 'mm')}; ${range(margins.right, 'mm')}`,
    `Chữ nội dung: ${range(profile.body.text.size, 'pt')}; cách dòng: ${spacing.rule === 'exact' ? `đúng ${range(spacing.points, 'pt')}` : range(spacing.lines, 'dòng')}`,
    `Phụ lục: đánh số ${appendixNumberStyle(profile) === 'roman' ? 'La Mã (I, II)' : 'Ả-rập (1, 2)'}; dưới dòng chỉ dẫn: ${mark(appendixRefLineMark(profile))}; số trang ${pages.restart ? 'riêng từng phụ lục' : 'tiếp theo phần nội dung'}`,
  ];
}

function provisionLines(profile: FormatProfile): string[] {
  return (Object.keys(CONCEPTS) as Concept[]).flatMap((concept) => {
    const p = profile.provenance[concept];
    if (p === undefined) return [];
    const severity = p.severity === undefined ? '' : ` Mức: ${p.severity}.`;
    const note = p.note === undefined ? '' : ` ${p.note}`;
    return [
      `- **${CONCEPTS[concept]}** (\`${concept}\`): ${p.cite}. *${confidenceLabel(p.confidence)}*.${severity}${note} [${p.sources.join(', ')}]`,
    ];
  });
}

function profileSection(profile: FormatProfile): string[] {
  return [
    `## ${profile.name} (\`${profile.id}\`)`,
    '',
    `${profile.guide.title}; hệ thống văn bản: ${profile.systemLabel}; áp dụng cho văn bản ghi ngày từ ${isoAsDate(profile.guide.effectiveFrom)}.`,
    '',
    '### Văn bản in ra',
    '',
    ...printedLines(profile).map((line) => `- ${line}`),
    '',
    '### Quy định, độ tin cậy và nguồn',
    '',
    ...provisionLines(profile),
    '',
    '### Nguồn',
    '',
    ...Object.entries(profile.sources).map(([key, source]) => `- **${key}**: ${source.title}. ${source.where}`),
    '',
  ];
}

export function profileSheet(profiles: readonly FormatProfile[]): string {
  return [
    '# Bộ quy tắc thể thức: giá trị, nguồn và độ tin cậy',
    '',
    'Tệp này do `tests/shared/format/profile-sheet.test.ts` sinh ra từ `shared/format` (chạy lại với `-u` sau khi sửa bộ quy tắc); không sửa tay.',
    'Bộ quy tắc của một văn bản theo ngày của văn bản: văn bản của Đảng ghi ngày từ 27/5/2026 theo HD 05-HD/VPTW, trước đó theo HD 36-HD/VPTW.',
    '',
    ...profiles.flatMap(profileSection),
  ].join('\n');
}
