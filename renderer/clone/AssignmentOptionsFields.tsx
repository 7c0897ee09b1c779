/**
 * Which tasks count as the unit's, as the command line's --lead-only, --direct-only and
 * --include-related say: the clone and the coverage view read the superior plan alike.
 */
import type { ReactNode } from 'react';
import type { AssignmentOptions } from '../../shared/clone';

export type UnitOptions = Required<AssignmentOptions>;

export const DEFAULT_UNIT_OPTIONS: UnitOptions = { leadOnly: false, collective: true, related: false };

interface AssignmentOptionsFieldsProps {
  readonly options: UnitOptions;
  readonly onChange: (options: UnitOptions) => void;
}

export function AssignmentOptionsFields({ options, onChange }: AssignmentOptionsFieldsProps): ReactNode {
  const set = (patch: Partial<UnitOptions>): void => {
    onChange({ ...options, ...patch });
  };
  return (
    <fieldset className="clone-options">
      <legend>Nhiệm vụ được tính</legend>
      <label>
        <input
          type="checkbox"
          checked={options.leadOnly}
          onChange={(e) => {
            set({ leadOnly: e.currentTarget.checked });
          }}
        />
        Chỉ nhiệm vụ đơn vị chủ trì
      </label>
      <label>
        <input
          type="checkbox"
          checked={options.collective}
          onChange={(e) => {
            set({ collective: e.currentTarget.checked });
          }}
        />
        Cả nhiệm vụ giao chung (“Các sở, ban, ngành”, “Các cấp ủy, tổ chức đảng”…)
      </label>
      <label className={options.collective ? undefined : 'disabled'}>
        <input
          type="checkbox"
          checked={options.collective && options.related}
          disabled={!options.collective}
          onChange={(e) => {
            set({ related: e.currentTarget.checked });
          }}
        />
        Cả nhiệm vụ giao “các cơ quan liên quan”
      </label>
    </fieldset>
  );
}
