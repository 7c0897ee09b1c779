/**
 * Starting shapes for a new appendix, as the seeds and templates use them: a task table (nhiệm vụ,
 * cơ quan chủ trì, phối hợp, thời gian) and an indicator table (chỉ tiêu, đơn vị, mục tiêu). Each
 * starts with one group row and one data row for the drafter to fill.
 */
import type { Appendix, Column, LevelStyle } from '../appendix.schema';
import { appendixNumberStyle, type FormatProfile } from '../../format';

export type AppendixPresetId = 'tasks' | 'indicators';

export interface AppendixPreset {
  readonly name: string;
  create(newId: () => string, profile: FormatProfile): Appendix;
}

const LEVELS: LevelStyle[] = [
  { numbering: 'roman', bold: true, italic: false },
  { numbering: 'arabic', bold: false, italic: false },
  { numbering: 'dash', bold: false, italic: false },
];

function column(id: string, label: string, type: Column['type'], width: number, align?: Column['align']): Column {
  return align === undefined ? { id, label, type, width } : { id, label, type, width, align };
}

export const APPENDIX_PRESETS: Readonly<Record<AppendixPresetId, AppendixPreset>> = {
  tasks: {
    name: 'Bảng nhiệm vụ',
    create(newId, profile) {
      // The Party form (58-KH/TU) has no cooperating column; the State form usually has one.
      const { taskLabel, cooperateColumn } = profile.drafting.taskTable;
      const columns = [
        column('stt', 'STT', 'stt', 6, 'center'),
        column('task', taskLabel, 'text', cooperateColumn ? 38 : 50),
        column('lead', 'Cơ quan chủ trì', 'agency', cooperateColumn ? 15 : 18, 'center'),
        ...(cooperateColumn ? [column('cooperate', 'Cơ quan phối hợp', 'agencies', 18)] : []),
        column('deadline', 'Thời gian thực hiện', 'deadline', cooperateColumn ? 12 : 14, 'center'),
        column('note', 'Ghi chú', 'note', cooperateColumn ? 10 : 12),
      ];
      return {
        id: newId(),
        title: 'CÁC NHIỆM VỤ TRỌNG TÂM',
        orientation: 'landscape',
        numberStyle: appendixNumberStyle(profile),
        columns,
        rows: [
          { id: newId(), kind: 'group', level: 0, cells: { task: '' } },
          { id: newId(), kind: 'data', level: 1, cells: {} },
        ],
        levels: LEVELS,
        groupLayout: 'band',
        mainColumn: 'task',
        notes: [],
      };
    },
  },
  indicators: {
    name: 'Bảng chỉ tiêu',
    create(newId, profile) {
      return {
        id: newId(),
        title: 'CÁC CHỈ TIÊU CHỦ YẾU',
        orientation: 'portrait',
        numberStyle: appendixNumberStyle(profile),
        columns: [
          column('stt', 'STT', 'stt', 6, 'center'),
          column('indicator', 'Chỉ tiêu', 'indicator', 40),
          column('unit', 'Đơn vị tính', 'unit', 12, 'center'),
          column('target', 'Mục tiêu', 'target', 16, 'center'),
          column('lead', 'Cơ quan chủ trì theo dõi', 'agency', 20, 'center'),
        ],
        rows: [
          { id: newId(), kind: 'group', level: 0, cells: { indicator: '' } },
          { id: newId(), kind: 'data', level: 1, cells: {} },
        ],
        levels: LEVELS,
        groupLayout: 'band',
        mainColumn: 'indicator',
        notes: [],
      };
    },
  },
};
