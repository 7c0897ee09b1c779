/**
 * Picking the issuing organ from the directory: every change it makes (header, place, the
 * opening sentence, nơi nhận of another level, a move to the other rule system) is listed for the
 * user to accept one by one, then applied as one undo step.
 */
import { useCallback, useState } from 'react';
import { getProfile } from '../../shared/format';
import type { AgencyDirectoryData, Organ } from '../../shared/model';
import { applyOrganFill, organFill, switchProfile, type OrganFill } from '../../shared/edit';
import { agencyDirectoryOf } from '../base/app-context';
import { useDialogs } from '../base/dialogs';
import { useDocumentStore } from '../state/use-document';
import type { OrganQuestion } from './OrganFillDialog';
import { usePanelEdit } from './use-panel-edit';

interface Pending extends OrganQuestion {
  readonly fill: OrganFill;
}

export interface OrganPick {
  readonly pick: (organ: Organ) => void;
  /** The question on screen, until answered. */
  readonly question: OrganQuestion | null;
  readonly answer: (accepted: ReadonlySet<string> | null) => void;
}

export function useOrganPick(data: AgencyDirectoryData | null): OrganPick {
  const store = useDocumentStore();
  const edit = usePanelEdit();
  const { notify } = useDialogs();
  const [pending, setPending] = useState<Pending | null>(null);
  const pick = useCallback(
    (organ: Organ) => {
      if (data === null) return;
      const plan = store.getState().plan;
      const fill = organFill(plan, agencyDirectoryOf(data), organ);
      const switching = fill.profile.id !== plan.profile;
      if (fill.changes.length === 0 && !switching) {
        notify('info', `Kế hoạch đã ghi đúng thông tin của ${organ.name}.`);
        return;
      }
      const profileSwitch = switching ? `${getProfile(plan.profile).name} → ${fill.profile.name}` : '';
      setPending({ organName: organ.name, profileSwitch, changes: fill.changes, fill });
    },
    [data, store, notify],
  );
  const answer = useCallback(
    (accepted: ReadonlySet<string> | null) => {
      setPending(null);
      if (pending === null || accepted === null) return;
      const { fill } = pending;
      const switching = pending.profileSwitch !== '';
      edit(
        'meta:organ',
        (current) => {
          const filled = applyOrganFill(current, fill, (change) => accepted.has(change.key));
          return switching ? switchProfile(filled, { profile: fill.profile, adapt: true }) : filled;
        },
        { merge: false },
      );
      notify('info', `Đã điền ${String(accepted.size)} mục của ${fill.organ.name} từ danh mục.`);
    },
    [pending, edit, notify],
  );
  return { pick, question: pending, answer };
}
