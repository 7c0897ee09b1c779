/**
 * Picking the issuing organ from the directory: fills what the organ's entry gives in one undo
 * step, asking first when that would replace text the user typed or move the plan to the other
 * rule system (an organ of the Party issues under HD 36, a State organ under NĐ 30).
 */
import { useCallback } from 'react';
import { getProfile } from '../../shared/format';
import type { AgencyDirectoryData, Organ } from '../../shared/model';
import { applyOrganFill, organFill, switchProfile, type OrganFillChange } from '../../shared/model/ops';
import { agencyDirectoryOf } from '../app/app-context';
import { useDialogs } from '../app/dialogs';
import { useDocumentStore } from '../state/use-document';
import { usePanelEdit } from './use-panel-edit';

const oneLine = (text: string): string => (text === '' ? '(trống)' : `“${text.replace(/\n/gu, ' / ')}”`);

function changeLine(change: OrganFillChange): string {
  return `• ${change.label}: ${oneLine(change.before)} → ${oneLine(change.after)}`;
}

export function useOrganPick(data: AgencyDirectoryData | null): (organ: Organ) => Promise<void> {
  const store = useDocumentStore();
  const edit = usePanelEdit();
  const { ask, notify } = useDialogs();
  return useCallback(
    async (organ: Organ) => {
      if (data === null) return;
      const directory = agencyDirectoryOf(data);
      const plan = store.getState().plan;
      const fill = organFill(plan, directory, organ);
      const target = fill.profile;
      const switching = target.id !== plan.profile;
      const overwrites = fill.changes.filter((c) => c.overwrites);
      let accept: (change: OrganFillChange) => boolean = () => true;
      if (overwrites.length > 0 || switching) {
        const lines = [
          ...(switching ? [`• Thể thức: ${getProfile(plan.profile).name} → ${target.name}`] : []),
          ...fill.changes.map(changeLine),
        ];
        const answer = await ask({
          title: `Điền thông tin của ${organ.name}?`,
          message: [overwrites.length > 0 ? 'Các mục sau sẽ thay đổi, kể cả nội dung đã nhập:' : 'Các mục sau sẽ thay đổi:', ...lines].join(
            '\n',
          ),
          choices: [
            { id: 'all', label: 'Thay tất cả', primary: true },
            ...(overwrites.length > 0 ? [{ id: 'blank', label: 'Chỉ điền mục còn trống' }] : []),
            { id: 'cancel', label: 'Hủy' },
          ],
          cancel: 'cancel',
        });
        if (answer === 'cancel') return;
        if (answer === 'blank') accept = (change) => !change.overwrites;
      }
      edit(
        'meta:organ',
        (current) => {
          const filled = applyOrganFill(current, fill, accept);
          return switching ? switchProfile(filled, { profile: target, adapt: true }) : filled;
        },
        { merge: false },
      );
      notify('info', `Đã điền thông tin của ${organ.name} từ danh mục.`);
    },
    [data, store, edit, ask, notify],
  );
}
