/**
 * The checker behind a Web Worker: plans are posted, findings come back, and the directory and
 * parent plan cross over only when they change. A worker that fails is replaced on the next check.
 */
import type { Finding } from '../../shared/check';
import type { PlanDocument } from '../../shared/model';
import type { CheckRequest, CheckResponse } from './check-protocol';
import type { CheckContext } from './check-run';

export interface CheckEngine {
  check(plan: PlanDocument, context: CheckContext): Promise<readonly Finding[]>;
}

interface Waiting {
  readonly resolve: (findings: readonly Finding[]) => void;
  readonly reject: (error: Error) => void;
}

export function createWorkerEngine(): CheckEngine {
  let worker: Worker | null = null;
  let sentContext: CheckContext | null = null;
  let serial = 0;
  const waiting = new Map<number, Waiting>();

  const fail = (message: string): void => {
    worker?.terminate();
    worker = null;
    sentContext = null;
    for (const w of waiting.values()) w.reject(new Error(message));
    waiting.clear();
  };

  const start = (): Worker => {
    const created = new Worker(new URL('./check.worker.ts', import.meta.url), { type: 'module', name: 'kiem-tra-the-thuc' });
    created.onmessage = ({ data }: MessageEvent<CheckResponse>) => {
      const w = waiting.get(data.serial);
      waiting.delete(data.serial);
      if ('error' in data) w?.reject(new Error(data.error));
      else w?.resolve(data.findings);
    };
    created.onerror = (event) => {
      event.preventDefault();
      fail(event.message === '' ? 'Bộ kiểm tra thể thức dừng đột ngột.' : event.message);
    };
    return created;
  };

  const post = (message: CheckRequest): void => {
    worker ??= start();
    worker.postMessage(message);
  };

  return {
    check(plan, context) {
      if (context !== sentContext) {
        sentContext = context;
        post({ kind: 'context', context });
      }
      const id = ++serial;
      return new Promise((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        post({ kind: 'check', serial: id, plan });
      });
    },
  };
}
