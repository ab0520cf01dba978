/// <reference lib="webworker" />
/**
 * The import worker: parsing, reconciling and writing happen here, off the UI thread. It answers
 * each request with its id; progress messages carry the id of the request they belong to.
 */
import { database } from '../db/database';
import { ImportSession } from '../features/import/import-session';
import type { WorkerRequest, WorkerResponse } from '../features/import/protocol';

const session = new ImportSession(database());
const reply = (message: WorkerResponse) => (self as unknown as DedicatedWorkerGlobalScope).postMessage(message);

self.onmessage = async (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  try {
    switch (request.type) {
      case 'analyze': {
        const result = await session.analyze(request);
        reply({ id: request.id, type: 'analysis', result });
        break;
      }
      case 'plan':
        reply({ id: request.id, type: 'plan', result: await session.planImport(request.mode) });
        break;
      case 'commit': {
        let last = 0;
        const { undo: _undo, ...batch } = await session.commit(request.confirmPaidIds, (done, total) => {
          // At most ~20 messages a second: enough for a smooth bar, cheap for the UI thread.
          const now = performance.now();
          if (now - last > 50 || done === total) {
            last = now;
            reply({ id: request.id, type: 'progress', done, total, stage: 'writing' });
          }
        });
        reply({ id: request.id, type: 'committed', batch });
        break;
      }
    }
  } catch (error) {
    reply({ id: request.id, type: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
};
