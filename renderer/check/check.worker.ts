/** The checker's worker: the whole plan is checked here, never on the page's thread. */
import type { CheckRequest, CheckResponse } from './check-protocol';
import { createCheckRun, type CheckContext } from './check-run';

interface WorkerScope {
  onmessage: ((event: MessageEvent<CheckRequest>) => void) | null;
  postMessage(message: CheckResponse): void;
}

const scope = self as unknown as WorkerScope;
const run = createCheckRun();
let context: CheckContext = { agencies: null, parent: null };

scope.onmessage = ({ data }) => {
  if (data.kind === 'context') {
    context = data.context;
    return;
  }
  try {
    scope.postMessage({ serial: data.serial, findings: run(data.plan, context) });
  } catch (error) {
    scope.postMessage({ serial: data.serial, error: error instanceof Error ? error.message : String(error) });
  }
};
