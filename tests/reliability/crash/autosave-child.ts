/** The child half of the autosave crash subject: the recovery store saving a session's plan. */
import { readFile } from 'node:fs/promises';
import { createRecoveryStore } from '../../../electron/services/recovery-store';
import type { PlanDocument } from '../../../shared/model';
import { SESSION } from './autosave-names';
import { idOf } from './plan-file-names';
import type { OpenWriter } from './subject';

const open: OpenWriter = async (folder, [input = '']) => {
  const plan = JSON.parse(await readFile(input, 'utf8')) as PlanDocument;
  const store = createRecoveryStore({ dir: folder, instanceId: 'crashed-run', now: () => new Date('2026-11-23T08:00:00Z') });
  return (version) => store.save(SESSION, '/ke-hoach/dang-soan.kehoach', null, { ...plan, id: idOf(version) });
};

export default open;
