/**
 * A profile that contradicts itself would print one thing and check another, so every profile is
 * checked before it is used: ranges in order, joiners that tell the two parts of a symbol apart,
 * a margin box that fits the page, provenance that names known sources. The problems are Vietnamese
 * sentences a person can act on.
 */
import type { FormatProfile, Ranged } from './profile';
import { CONCEPTS, type Concept } from './provenance';

function isRanged(value: unknown): value is Ranged {
  return (
    value !== null &&
    typeof value === 'object' &&
    'value' in value &&
    'min' in value &&
    'max' in value &&
    typeof value.value === 'number' &&
    typeof value.min === 'number' &&
    typeof value.max === 'number'
  );
}

/** Every range in the profile, with the path a reader can find it by. */
function* ranges(value: unknown, path: string): Generator<[string, Ranged]> {
  if (isRanged(value)) {
    yield [path, value];
    return;
  }
  if (value === null || typeof value !== 'object') return;
  for (const [key, child] of Object.entries(value)) yield* ranges(child, path === '' ? key : `${path}.${key}`);
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/u;

function isRealIsoDate(iso: string): boolean {
  const m = ISO_DATE.exec(iso);
  if (m === null) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export function profileProblems(profile: FormatProfile): string[] {
  const problems: string[] = [];
  for (const [path, r] of ranges(profile, '')) {
    if (!Number.isFinite(r.value) || !Number.isFinite(r.min) || !Number.isFinite(r.max)) problems.push(`${path}: không phải số`);
    else if (r.min > r.max) problems.push(`${path}: giá trị nhỏ nhất ${r.min} lớn hơn giá trị lớn nhất ${r.max}`);
    else if (r.value < r.min || r.value > r.max) problems.push(`${path}: giá trị mặc định ${r.value} nằm ngoài khoảng ${r.min}–${r.max}`);
  }
  const { margins, widthMm, heightMm } = profile.page;
  if (margins.left.max + margins.right.max >= Math.min(widthMm, heightMm)) problems.push('Lề trái và lề phải không chừa chỗ cho chữ');
  if (margins.top.max + margins.bottom.max >= Math.min(widthMm, heightMm)) problems.push('Lề trên và lề dưới không chừa chỗ cho chữ');
  const form = profile.header.number;
  if (form.numberJoiner === '' || form.typeJoiner === '')
    problems.push('Số và ký hiệu: thiếu dấu nối giữa số và ký hiệu hoặc giữa các nhóm chữ');
  if (form.numberJoiner === form.typeJoiner)
    problems.push(`Số và ký hiệu: dấu sau số và dấu trước tên cơ quan cùng là "${form.numberJoiner}", không tách được số với ký hiệu`);
  if (form.prefix.trim() === '') problems.push('Số và ký hiệu: thiếu chữ "Số"');
  if (!profile.recipients.archiveFormat.includes('{units}')) problems.push('Dòng lưu: mẫu không có chỗ {units} cho đơn vị lưu');
  for (const [kind, instead] of Object.entries(profile.signature.authorityFallback)) {
    if (profile.signature.authorityForms[kind as keyof typeof profile.signature.authorityForms] !== undefined)
      problems.push(`Quyền hạn ký: "${kind}" vừa có cách ghi riêng vừa được thay bằng "${instead}"`);
    if (profile.signature.authorityForms[instead] === undefined)
      problems.push(`Quyền hạn ký: "${kind}" được thay bằng "${instead}" nhưng "${instead}" không có cách ghi`);
  }
  if (profile.header.leftColumnShare <= 0 || profile.header.leftColumnShare >= 1)
    problems.push('Phần đầu: tỉ lệ cột trái phải ở giữa 0 và 1');
  if (profile.signature.recipientsColumnShare <= 0 || profile.signature.recipientsColumnShare >= 1)
    problems.push('Khối chữ ký: tỉ lệ cột nơi nhận phải ở giữa 0 và 1');
  if (profile.header.motto.length === 0) problems.push('Phần đầu: thiếu Quốc hiệu hoặc tiêu đề');
  if (!isRealIsoDate(profile.guide.effectiveFrom)) problems.push(`Ngày hiệu lực "${profile.guide.effectiveFrom}" không phải ngày có thật`);
  for (const [concept, provenance] of Object.entries(profile.provenance)) {
    if (!(concept in CONCEPTS)) problems.push(`Nguồn: khái niệm "${concept}" không có trong danh mục`);
    if (provenance.cite.trim() === '') problems.push(`Nguồn của "${CONCEPTS[concept as Concept]}": thiếu điều khoản`);
    if (provenance.sources.length === 0) problems.push(`Nguồn của "${CONCEPTS[concept as Concept]}": không nêu đọc ở đâu`);
    for (const key of provenance.sources) {
      if (profile.sources[key] === undefined)
        problems.push(`Nguồn của "${CONCEPTS[concept as Concept]}": không có nguồn "${key}" trong danh sách nguồn`);
    }
  }
  return problems;
}

/** Problems between the profiles of one system: citations of its documents must read alike. */
export function registryProblems(profiles: readonly FormatProfile[]): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  for (const p of profiles) {
    if (ids.has(p.id)) problems.push(`Hai bộ quy tắc cùng mã "${p.id}"`);
    ids.add(p.id);
    problems.push(...profileProblems(p).map((message) => `${p.name}: ${message}`));
  }
  for (const a of profiles) {
    for (const b of profiles) {
      if (a.id >= b.id || a.system !== b.system) continue;
      const fa = a.header.number;
      const fb = b.header.number;
      if (fa.numberJoiner !== fb.numberJoiner || fa.typeJoiner !== fb.typeJoiner || fa.issuersJoiner !== fb.issuersJoiner)
        problems.push(`${a.name} và ${b.name} cùng hệ thống nhưng ghi số và ký hiệu khác nhau`);
      if (a.systemLabel !== b.systemLabel) problems.push(`${a.name} và ${b.name} cùng hệ thống nhưng tên hệ thống khác nhau`);
      if (a.guide.effectiveFrom === b.guide.effectiveFrom) problems.push(`${a.name} và ${b.name} có hiệu lực cùng một ngày`);
    }
  }
  return problems;
}
