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
    where: 'templates/agencies.json và shared/directory/data (xem docs/directory.md)',
  },
  SEEDS: { title: 'Văn bản thật dùng làm mẫu (58-KH/TU, 30/KH-UBND, thông báo hội nghị)', where: 'shared/seeds của dự án' },
};

export const PRACTICE_PROVENANCE: Readonly<Partial<Record<Concept, Provenance>>> = {
  template: {
    cite: 'mẫu của Kế hoạch Studio: hướng dẫn và chỗ "…" cần thay trước khi ký',
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
    confidence: 'high',
    note: 'Tên đơn vị hành chính lấy từ bộ dữ liệu công khai được duy trì (xem docs/directory.md); cơ quan chuyên môn và cơ quan đảng sau sắp xếp theo mô hình chung, từng tỉnh có thể khác.',
  },
  drafting: {
    cite: 'cách diễn đạt trong các văn bản mẫu (58-KH/TU, 30/KH-UBND)',
    sources: ['SEEDS'],
    confidence: 'practice',
  },
};
