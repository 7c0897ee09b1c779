/**
 * The appendices of a benchmark plan, shaped like the fixtures' and templates' ones: a task list
 * grouped by Roman numerals (Phụ lục I of 58-KH/TU, with a phối hợp column), a three-level
 * programme (1 → 1.1 → 1.1.1), a criteria table with merged group cells (Phụ lục II) and a
 * portrait table of indicators.
 */
import type { Appendix, Column, Row } from '../../shared/model';
import { INDICATOR_GROUPS, INDICATORS, NOTES, PROGRESS, type PhraseBank } from './phrases';
import type { Random } from './random';
import type { TextMaker } from './text-maker';

const TASK_COLUMNS: Column[] = [
  { id: 'stt', label: 'STT', type: 'stt', width: 6, align: 'center' },
  { id: 'task', label: 'Nhiệm vụ', type: 'text', width: 40 },
  { id: 'lead', label: 'Cơ quan chủ trì', type: 'agency', width: 16, align: 'center' },
  { id: 'cooperate', label: 'Cơ quan phối hợp', type: 'agencies', width: 18 },
  { id: 'deadline', label: 'Thời gian thực hiện', type: 'deadline', width: 11, align: 'center' },
  { id: 'note', label: 'Ghi chú', type: 'note', width: 9 },
];

class RowWriter {
  readonly rows: Row[] = [];

  constructor(private readonly appendixId: string) {}

  add(kind: Row['kind'], level: number, cells: Row['cells']): void {
    this.rows.push({ id: `${this.appendixId}-r${this.rows.length + 1}`, kind, level, cells });
  }

  get dataRows(): number {
    return this.rows.filter((r) => r.kind === 'data').length;
  }
}

function taskRow(make: TextMaker, random: Random): Row['cells'] {
  const lead = make.lead();
  return { task: make.task(), lead, cooperate: make.cooperators(lead), deadline: make.deadline(), note: random.pick(NOTES) };
}

/** A landscape task table with the phối hợp column, grouped in bands. */
function taskAppendix(id: string, title: string, rows: Row[], levels: Appendix['levels']): Appendix {
  return {
    id,
    title,
    orientation: 'landscape',
    numberStyle: 'roman',
    columns: TASK_COLUMNS,
    rows,
    levels,
    groupLayout: 'band',
    mainColumn: 'task',
    notes: [],
  };
}

/** Phụ lục I: groups "I", "II", … of 6 to 14 tasks numbered 1, 2, … under each. */
function taskList(make: TextMaker, random: Random, dataRows: number): Appendix {
  const w = new RowWriter('pl1');
  while (w.dataRows < dataRows) {
    w.add('group', 0, { task: make.groupTitle() });
    for (let i = Math.min(random.int(6, 14), dataRows - w.dataRows); i > 0; i--) w.add('data', 1, taskRow(make, random));
  }
  return taskAppendix(
    'pl1',
    'CÁC NHIỆM VỤ TRỌNG TÂM THỰC HIỆN NGHỊ QUYẾT CỦA BAN CHẤP HÀNH ĐẢNG BỘ TỈNH\nVỀ XÂY DỰNG NINH BÌNH TRỞ THÀNH THÀNH PHỐ TRỰC THUỘC TRUNG ƯƠNG TRƯỚC NĂM 2030',
    w.rows,
    [
      { numbering: 'roman', bold: true, italic: false },
      { numbering: 'arabic', bold: false, italic: false },
    ],
  );
}

/** Phụ lục II: a programme in three levels, numbered 1 → 1.1 → 1.1.1 as in Chương trình hành động. */
function programme(make: TextMaker, random: Random, dataRows: number): Appendix {
  const w = new RowWriter('pl2');
  while (w.dataRows < dataRows) {
    w.add('group', 0, { task: make.groupTitle() });
    for (let sub = random.int(2, 3); sub > 0 && w.dataRows < dataRows; sub--) {
      w.add('group', 1, { task: make.groupTitle() });
      for (let i = Math.min(random.int(3, 8), dataRows - w.dataRows); i > 0; i--) w.add('data', 2, taskRow(make, random));
    }
  }
  return taskAppendix('pl2', 'CHƯƠNG TRÌNH, ĐỀ ÁN, NHIỆM VỤ CỤ THỂ GIAI ĐOẠN 2026 - 2030', w.rows, [
    { numbering: 'outline', bold: true, italic: false },
    { numbering: 'outline', bold: true, italic: true },
    { numbering: 'outline', bold: false, italic: false },
  ]);
}

/** Phụ lục III: criteria of an urban class, the group title merged down beside its rows. */
function criteria(make: TextMaker, random: Random, bank: PhraseBank, dataRows: number): Appendix {
  const w = new RowWriter('pl3');
  let previous = '';
  while (w.dataRows < dataRows) {
    // Two neighbouring groups never share a title in a real criteria table.
    const group = random.pick(bank.criteriaGroups.filter((g) => g !== previous));
    previous = group;
    w.add('group', 0, { group });
    for (let i = Math.min(random.int(3, 7), dataRows - w.dataRows); i > 0; i--) {
      const action = random.chance(0.5) ? random.pick(bank.criteriaActions) : make.task();
      w.add('data', 1, { rule: random.pick(bank.criteriaRules), action, lead: make.lead(), progress: random.pick(PROGRESS) });
    }
  }
  return {
    id: 'pl3',
    title: 'CÁC NHIỆM VỤ TRIỂN KHAI ĐỂ TỈNH ĐẠT TIÊU CHÍ, TIÊU CHUẨN CỦA ĐÔ THỊ LOẠI I',
    orientation: 'landscape',
    numberStyle: 'roman',
    columns: [
      { id: 'stt', label: 'STT', type: 'stt', width: 5, align: 'center' },
      { id: 'group', label: 'Nhóm tiêu chí, tiêu chuẩn', type: 'text', width: 15 },
      { id: 'rule', label: 'Quy định', type: 'indicator', width: 28 },
      { id: 'action', label: 'Đề xuất nhiệm vụ, giải pháp', type: 'text', width: 25 },
      { id: 'lead', label: 'Cơ quan chủ trì', type: 'agency', width: 14 },
      { id: 'progress', label: 'Tiến độ', type: 'deadline', width: 13 },
    ],
    rows: w.rows,
    levels: [
      { numbering: 'roman', bold: true, italic: false },
      { numbering: 'none', bold: false, italic: false },
    ],
    groupLayout: 'merged',
    mainColumn: 'rule',
    groupColumn: 'group',
    notes: [],
  };
}

/** A figure written the Vietnamese way: "11,5", "2.500". */
function figure(random: Random): string {
  const value = random.chance(0.5) ? random.int(1, 99) + random.int(0, 9) / 10 : random.int(100, 25_000);
  return value.toLocaleString('vi-VN');
}

/** Phụ lục IV (portrait): the main indicators, their unit, the 2025 figure and the 2030 target. */
function indicators(make: TextMaker, random: Random, dataRows: number): Appendix {
  const w = new RowWriter('pl4');
  const scopes = ['', ' khu vực đô thị', ' khu vực nông thôn', ' của các xã, phường', ' (giá so sánh 2010)'];
  while (w.dataRows < dataRows) {
    w.add('group', 0, { indicator: random.pick(INDICATOR_GROUPS) });
    for (let i = Math.min(random.int(4, 9), dataRows - w.dataRows); i > 0; i--) {
      const [name, unit] = random.pick(INDICATORS);
      w.add('data', 1, {
        indicator: `${name}${random.pick(scopes)}`,
        unit,
        base2025: figure(random),
        target2030: figure(random),
        monitor: make.lead(),
      });
    }
  }
  return {
    id: 'pl4',
    title: 'CÁC CHỈ TIÊU CHỦ YẾU ĐẾN NĂM 2030',
    orientation: 'portrait',
    numberStyle: 'roman',
    columns: [
      { id: 'stt', label: 'STT', type: 'stt', width: 6, align: 'center' },
      { id: 'indicator', label: 'Chỉ tiêu', type: 'indicator', width: 38 },
      { id: 'unit', label: 'Đơn vị', type: 'unit', width: 11, align: 'center' },
      { id: 'base2025', label: 'Năm 2025', type: 'number', width: 11, align: 'center' },
      { id: 'target2030', label: 'Mục tiêu đến năm 2030', type: 'target', width: 14, align: 'center' },
      { id: 'monitor', label: 'Cơ quan chủ trì theo dõi', type: 'agency', width: 20, align: 'center' },
    ],
    rows: w.rows,
    levels: [
      { numbering: 'roman', bold: true, italic: false },
      { numbering: 'arabic', bold: false, italic: false },
    ],
    groupLayout: 'band',
    mainColumn: 'indicator',
    notes: ['Ghi chú: Số liệu năm 2025 là số ước thực hiện.'],
  };
}

/** Shares of the data rows: the two task tables take most of them, as in real plans. */
export const APPENDIX_SHARES = { tasks: 0.45, programme: 0.35, criteria: 0.1 } as const;

export function makeAppendices(make: TextMaker, random: Random, bank: PhraseBank, dataRows: number): Appendix[] {
  const tasks = Math.round(dataRows * APPENDIX_SHARES.tasks);
  const programmeRows = Math.round(dataRows * APPENDIX_SHARES.programme);
  const criteriaRows = Math.round(dataRows * APPENDIX_SHARES.criteria);
  return [
    taskList(make, random, tasks),
    programme(make, random, programmeRows),
    criteria(make, random, bank, criteriaRows),
    indicators(make, random, dataRows - tasks - programmeRows - criteriaRows),
  ];
}
