/**
 * The fuzz worker thread: warms up, says it is ready, then runs one input at a time through a
 * target and posts the verdicts back.
 */
import { parentPort } from 'node:worker_threads';
import { warmUp } from './afterwards';
import { TARGETS, type FuzzInput, type TargetName } from './targets';

export interface FuzzRequest {
  readonly id: number;
  readonly target: TargetName;
  readonly input: FuzzInput;
}

const port = parentPort;
if (port === null) throw new Error('the fuzz worker runs in a worker thread');
await warmUp();
port.postMessage('ready');
port.on('message', (request: FuzzRequest) => {
  void TARGETS[request.target](request.input).then((verdicts) => {
    port.postMessage({ id: request.id, verdicts });
  });
});
