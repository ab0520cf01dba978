/**
 * The UI side of the import worker: one worker per wizard, requests as promises, progress as a
 * callback.
 */
import type { AnalysisSummary, PlanSummary, WorkerRequest, WorkerResponse } from './protocol';
import type { ImportIssue } from '../../domain/import/types';
import type { ImportBatch } from '../../domain/model';

type Pending = { resolve(value: WorkerResponse): void; progress?: (done: number, total: number) => void };
type Payload<T extends WorkerRequest['type']> = Omit<Extract<WorkerRequest, { type: T }>, 'id' | 'type'>;

export class ImportClient {
  private readonly worker: Worker;
  private next = 1;
  private readonly pending = new Map<number, Pending>();

  constructor() {
    this.worker = new Worker(new URL('../../workers/import.worker.ts', import.meta.url), { type: 'module' });
    this.worker.onmessage = (event: MessageEvent<WorkerResponse>) => {
      const message = event.data;
      const waiting = this.pending.get(message.id);
      if (!waiting) return;
      if (message.type === 'progress') waiting.progress?.(message.done, message.total);
      else {
        this.pending.delete(message.id);
        waiting.resolve(message);
      }
    };
  }

  private send(request: WorkerRequest, progress?: Pending['progress'], transfer: Transferable[] = []) {
    return new Promise<WorkerResponse>((resolve) => {
      this.pending.set(request.id, { resolve, progress });
      this.worker.postMessage(request, transfer);
    });
  }

  private static unwrap<T>(response: WorkerResponse, pick: (r: WorkerResponse) => T | undefined): T {
    if (response.type === 'failed') throw new Error(response.message);
    const value = pick(response);
    if (value === undefined) throw new Error(`Unexpected answer ${response.type}`);
    return value;
  }

  async analyze(payload: Payload<'analyze'>): Promise<AnalysisSummary | { ok: false; issue: ImportIssue }> {
    // The bytes are transferred, not copied: the UI thread does not keep them.
    const transfer = payload.bytes ? [payload.bytes.buffer as ArrayBuffer] : [];
    const response = await this.send({ id: this.next++, type: 'analyze', ...payload }, undefined, transfer);
    return ImportClient.unwrap(response, (r) => (r.type === 'analysis' ? r.result : undefined));
  }

  async plan(mode: 'full' | 'partial'): Promise<PlanSummary> {
    const response = await this.send({ id: this.next++, type: 'plan', mode });
    return ImportClient.unwrap(response, (r) => (r.type === 'plan' ? r.result : undefined));
  }

  async commit(confirmPaidIds: string[], progress: (done: number, total: number) => void): Promise<Omit<ImportBatch, 'undo'>> {
    const response = await this.send({ id: this.next++, type: 'commit', confirmPaidIds }, progress);
    return ImportClient.unwrap(response, (r) => (r.type === 'committed' ? r.batch : undefined));
  }

  dispose(): void {
    this.worker.terminate();
  }
}
