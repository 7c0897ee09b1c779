/**
 * "Tạo kế hoạch cho đơn vị": the child plan made from the superior plan with the unit's template,
 * only the tasks the user kept, then opened in place of the superior (after the usual question
 * about unsaved changes), with the coverage tab showing what it takes up.
 */
import { useCallback, useState } from 'react';
import { cloneForUnit, describeSummary, planShortName } from '../../shared/clone';
import type { AgencyDirectory, Organ, PlanDocument } from '../../shared/model';
import { useDocumentActions } from '../app/app-context';
import { useSidePanel } from '../app/side-panel-context';
import { errorMessage, host } from '../host/host';
import type { UnitOptions } from './AssignmentOptionsFields';
import { rememberSuperior } from './superior-plans';

export interface ChildRequest {
  readonly parent: PlanDocument;
  readonly unit: Organ;
  readonly directory: AgencyDirectory;
  readonly options: UnitOptions;
  readonly keep: ReadonlySet<string>;
  /** The superior has a file the coverage view can find again. */
  readonly parentSaved: boolean;
}

export interface CreateChild {
  readonly busy: boolean;
  readonly error: string;
  /** True when the child is now the open plan. */
  readonly create: (request: ChildRequest) => Promise<boolean>;
}

export function useCreateChild(): CreateChild {
  const actions = useDocumentActions();
  const side = useSidePanel();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const create = useCallback(
    async ({ parent, unit, directory, options, keep, parentSaved }: ChildRequest): Promise<boolean> => {
      setBusy(true);
      setError('');
      try {
        const { child, summary } = await cloneForUnit(parent, unit, {
          directory,
          loadTemplate: (id) => host().call('templates.get', { id }),
          now: new Date(),
          newId: () => crypto.randomUUID(),
          ...options,
          keep,
          allowEmpty: keep.size === 0,
        });
        rememberSuperior(parent);
        const notes = [
          `Đã tạo kế hoạch của ${unit.name} thực hiện ${planShortName(parent)}: ${describeSummary(summary)}.`,
          ...(parentSaved
            ? []
            : [`${planShortName(parent)} chưa được lưu thành tệp: khi mở lại, phần Đối chiếu sẽ cần chọn tệp kế hoạch cấp trên.`]),
        ];
        const adopted = await actions.adoptPlan(child, notes);
        if (adopted) side.show('coverage');
        return adopted;
      } catch (caught) {
        setError(`Không tạo được kế hoạch: ${errorMessage(caught)}`);
        return false;
      } finally {
        setBusy(false);
      }
    },
    [actions, side],
  );
  return { busy, error, create };
}
