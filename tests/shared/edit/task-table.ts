/** A task appendix as the templates make it (STT, task, lead, cooperating agencies, deadline). */
import type { Appendix, Row } from '../../../shared/model';

export function taskTable(rows: Row[]): Appendix {
  return Object.freeze({
    id: 'pl',
    title: 'NHIỆM VỤ',
    orientation: 'landscape',
    numberStyle: 'roman',
    columns: [
      { id: 'stt', label: 'STT', type: 'stt', width: 5 },
      { id: 'task', label: 'Nội dung nhiệm vụ', type: 'text', width: 40 },
      { id: 'lead', label: 'Cơ quan chủ trì', type: 'agency', width: 15 },
      { id: 'cooperate', label: 'Cơ quan phối hợp', type: 'agencies', width: 18 },
      { id: 'deadline', label: 'Thời gian thực hiện', type: 'deadline', width: 12 },
    ],
    rows,
    levels: [
      { numbering: 'roman', bold: true, italic: false },
      { numbering: 'arabic', bold: false, italic: false },
      { numbering: 'dash', bold: false, italic: false },
    ],
    groupLayout: 'band',
    mainColumn: 'task',
    notes: [],
  } satisfies Appendix);
}
