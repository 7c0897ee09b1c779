/**
 * The words the benchmark plans are made of: clauses, task objects and group titles taken from the
 * fixtures (rebuilt from real plans), and the verbs, qualifiers, deadlines and indicators that the
 * seeds use, so recombined rows read like the real ones instead of one row copied many times.
 */
import { isTaskTable } from '../../shared/clone';
import { cellText, type Block, type PlanDocument } from '../../shared/model';

/** Leading verbs of task rows in the seeds; a fixture task loses its own before it gets another. */
export const TASK_VERBS = [
  'Xây dựng',
  'Lập',
  'Triển khai',
  'Rà soát, hoàn thiện',
  'Hoàn thiện',
  'Tổ chức thực hiện',
  'Nghiên cứu, đề xuất',
  'Tham mưu ban hành',
  'Ban hành',
  'Cụ thể hóa',
  'Điều chỉnh',
  'Sơ kết, đánh giá việc thực hiện',
  'Kiểm tra, giám sát việc thực hiện',
  'Tập trung hoàn thiện',
  'Đẩy nhanh tiến độ',
  'Nâng cao hiệu quả',
] as const;

/** What follows a task's object in the seeds: its scope, its horizon, how it is to be done. */
export const TASK_QUALIFIERS = [
  'trên địa bàn tỉnh',
  'giai đoạn 2026-2030',
  'giai đoạn 2026-2030, tầm nhìn đến năm 2045',
  'đến năm 2030, tầm nhìn đến năm 2050',
  'gắn với chuyển đổi số',
  'theo mô hình chính quyền địa phương hai cấp',
  'bảo đảm đồng bộ, thống nhất, hiệu quả',
  'phù hợp với điều kiện thực tiễn của địa phương',
  'gắn với phát triển du lịch',
  'tại các xã, phường',
  'theo hướng xanh, bền vững',
  'bảo đảm tiến độ theo yêu cầu',
] as const;

/** Objects written out in the seeds' bodies, added to the ones the fixtures' rows give. */
export const EXTRA_OBJECTS = [
  'hệ thống thông tin cơ sở dữ liệu đất đai',
  'cơ chế, chính sách hỗ trợ phát triển du lịch',
  'Đề án phát triển khu kinh tế, các khu công nghiệp',
  'chương trình phát triển nông nghiệp sinh thái - kinh tế tuần hoàn',
  'kế hoạch ứng phó sự cố tràn dầu',
  'danh mục dự án ưu tiên kêu gọi đầu tư',
  'quy chế quản lý kiến trúc đô thị',
  'mạng lưới quan trắc môi trường',
  'Đề án hiện đại hóa cơ sở vật chất của lực lượng Công an nhân dân',
  'chính sách thu hút, đãi ngộ nhân lực chất lượng cao',
  'Trung tâm giám sát, điều hành thông minh (IOC)',
  'hồ sơ đề nghị công nhận đô thị loại I',
  'tuyến đường bộ ven biển',
  'hạ tầng các khu, cụm công nghiệp',
  'công tác tuyên truyền, phổ biến Nghị quyết số 05-NQ/TU',
  'quy hoạch phân khu, quy hoạch chi tiết các khu vực phát triển mới',
] as const;

export const DEADLINES = [
  'Năm 2026',
  'Năm 2027',
  '2026-2030',
  '2026 - 2027',
  'Quý II/2026',
  'Quý III/2026',
  'Quý IV/2026',
  'Tháng 6/2026',
  'Thực hiện thường xuyên',
  'Hằng năm',
  'Trước năm 2028',
  'Trước năm 2030',
] as const;

export const NOTES = ['', '', '', '', 'Nghị quyết', 'Đề án', 'Kế hoạch', 'Báo cáo', 'Quyết định của UBND tỉnh'] as const;

export const PROGRESS = ['Đã đạt', 'Hoàn thành trước năm 2028', 'Hoàn thành trước năm 2029', 'Năm 2027', '2026-2030'] as const;

export const INDICATORS: readonly (readonly [name: string, unit: string])[] = [
  ['Tốc độ tăng trưởng tổng sản phẩm trên địa bàn (GRDP) bình quân', '%/năm'],
  ['GRDP bình quân đầu người', 'Triệu đồng'],
  ['Tỷ trọng công nghiệp - xây dựng và dịch vụ trong GRDP', '%'],
  ['Tỷ trọng kinh tế số trong GRDP', '%'],
  ['Tổng vốn đầu tư toàn xã hội', 'Nghìn tỷ đồng'],
  ['Thu ngân sách nhà nước trên địa bàn', 'Tỷ đồng'],
  ['Giá trị xuất khẩu', 'Triệu USD'],
  ['Tỷ lệ đô thị hóa', '%'],
  ['Tỷ lệ hộ nghèo theo chuẩn đa chiều', '%'],
  ['Tỷ lệ lao động qua đào tạo có bằng cấp, chứng chỉ', '%'],
  ['Số bác sĩ trên 10.000 dân', 'Bác sĩ'],
  ['Số giường bệnh trên 10.000 dân', 'Giường'],
  ['Tỷ lệ trường học đạt chuẩn quốc gia', '%'],
  ['Tỷ lệ dân số tham gia bảo hiểm y tế', '%'],
  ['Tỷ lệ khu công nghiệp có hệ thống xử lý nước thải tập trung đạt chuẩn', '%'],
  ['Tỷ lệ che phủ rừng', '%'],
  ['Lượng khách du lịch', 'Triệu lượt'],
  ['Tỷ lệ thủ tục hành chính được giải quyết trực tuyến toàn trình', '%'],
];

export const INDICATOR_GROUPS = ['Chỉ tiêu kinh tế', 'Chỉ tiêu văn hóa - xã hội', 'Chỉ tiêu môi trường', 'Chỉ tiêu chuyển đổi số'] as const;

/** Where a clause of the seeds' prose ends: after ";" or after "." before a capital. */
const CLAUSE_END = /(?<=;)\s+|(?<=\.)\s+(?=[A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈẺẼẸÍÌỈĨỊÓÒỎÕỌÚÙỦŨỤÝỲỶỸỴ])/u;

export function clauses(text: string, minLength = 30): string[] {
  return text
    .split(CLAUSE_END)
    .map((c) => c.trim().replace(/[;.:]+$/u, ''))
    .filter((c) => c.length >= minLength && c.length <= 320);
}

function blockText(block: Block): string {
  return block.children.map((child) => ('text' in child ? child.text : '')).join('');
}

/** The task's object once its leading verb is gone: "Lập Quy hoạch chung …" → "Quy hoạch chung …". */
export function taskObject(task: string): string {
  const verb = [...TASK_VERBS].sort((a, b) => b.length - a.length).find((v) => task.startsWith(`${v} `));
  return (verb === undefined ? task : task.slice(verb.length + 1)).replace(/[.;]+$/u, '').trim();
}

export interface PhraseBank {
  /** Clauses of the fixtures' body text (mục đích, nhiệm vụ, giải pháp, tổ chức thực hiện). */
  readonly bodyClauses: readonly string[];
  /** Clauses of group rows and item headings: what a "I. …" group row says. */
  readonly groupClauses: readonly string[];
  readonly taskObjects: readonly string[];
  /** Criteria tables (groups, rules, proposed actions), as in Phụ lục II of 58-KH/TU. */
  readonly criteriaGroups: readonly string[];
  readonly criteriaRules: readonly string[];
  readonly criteriaActions: readonly string[];
}

export function phraseBank(fixtures: readonly PlanDocument[]): PhraseBank {
  const bodyClauses = new Set<string>();
  const groupClauses = new Set<string>();
  const taskObjects = new Set<string>(EXTRA_OBJECTS);
  const criteriaGroups = new Set<string>();
  const criteriaRules = new Set<string>();
  const criteriaActions = new Set<string>();
  for (const plan of fixtures) {
    for (const section of plan.sections) {
      for (const block of section.blocks) {
        const text = blockText(block);
        const target = block.type === 'item' && block.heading ? groupClauses : bodyClauses;
        for (const clause of clauses(text, target === groupClauses ? 12 : 30)) target.add(clause);
      }
    }
    for (const appendix of plan.appendices) {
      // A criteria table (groups merged down beside their rows) may also assign work, so it counts
      // as a task table, but its phrases are the criteria's.
      const criteria = appendix.groupLayout === 'merged';
      const task = isTaskTable(appendix) && !criteria;
      for (const row of appendix.rows) {
        const main = cellText(row.cells[appendix.mainColumn]);
        if (task && row.kind === 'group') for (const clause of clauses(main, 12)) groupClauses.add(clause);
        if (task && row.kind === 'data' && main !== '') taskObjects.add(taskObject(main));
        if (criteria) {
          const group = cellText(row.cells[appendix.groupColumn ?? '']);
          if (row.kind === 'group' && group !== '') criteriaGroups.add(group);
          if (row.kind === 'data' && main !== '') criteriaRules.add(main);
          const action = appendix.columns.find((c) => c.type === 'text' && c.id !== appendix.groupColumn && c.id !== appendix.mainColumn);
          const actionText = action === undefined ? '' : cellText(row.cells[action.id]);
          if (actionText !== '' && !actionText.includes('\n')) criteriaActions.add(actionText);
        }
      }
    }
  }
  return {
    bodyClauses: [...bodyClauses],
    groupClauses: [...groupClauses],
    taskObjects: [...taskObjects],
    criteriaGroups: [...criteriaGroups],
    criteriaRules: [...criteriaRules],
    criteriaActions: [...criteriaActions],
  };
}
