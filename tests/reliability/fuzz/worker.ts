/** The fuzz worker thread: runs one input at a time through a target and posts the verdicts back. */
import { parentPort } from 'node:worker_threads';
import { TARGETS, type FuzzInput, type TargetName } from './targets';

export interface FuzzRequest {
  readonly id: number;
  readonly target: TargetName;
  readonly input: FuzzInput;
}

const port = parentPort;
if (port === null) throw new Error('the fuzz worker runs in a worker thread');
port.on('message', (request: FuzzRequest) => {
  void TARGETS[request.target](request.input).then((verdicts) => {
    port.postMessage({ id: request.id, verdicts });
  });
});
