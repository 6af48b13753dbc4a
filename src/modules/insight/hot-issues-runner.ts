import { Worker } from 'node:worker_threads';
import { listUserWords } from '../text/segment.ts';
import type { HotCluster, HotIssueOptions, HotItem } from './hot-issues.ts';

export interface ClusterJob {
  id: number;
  items: readonly HotItem[];
  options: Omit<HotIssueOptions, 'placeWords'> & { placeWords?: string[] };
  userWords: string[];
}

export type ClusterAnswer = { id: number; clusters: HotCluster[] } | { id: number; error: string };

interface Pending {
  resolve: (clusters: HotCluster[]) => void;
  reject: (error: Error) => void;
}

let worker: Worker | undefined;
let nextId = 1;
const pending = new Map<number, Pending>();

function failAll(error: Error): void {
  for (const waiting of pending.values()) waiting.reject(error);
  pending.clear();
  worker = undefined;
}

function startWorker(): Worker {
  const started = new Worker(new URL('./hot-issues.worker.ts', import.meta.url));
  started.on('message', (answer: ClusterAnswer) => {
    const waiting = pending.get(answer.id);
    if (!waiting) return;
    pending.delete(answer.id);
    if ('error' in answer) waiting.reject(new Error(`hot-issue clustering failed: ${answer.error}`));
    else waiting.resolve(answer.clusters);
    if (pending.size === 0) started.unref();
  });
  started.on('error', (error) => failAll(error));
  started.on('exit', (code) => {
    if (worker === started) failAll(new Error(`the hot-issue worker stopped (exit code ${code})`));
  });
  started.unref();
  return started;
}

/**
 * Clusters hot issues in a worker thread (one, started on first use and kept), so the server's
 * event loop keeps answering other requests meanwhile. Jobs queue in the worker, one at a time.
 */
export function clusterHotIssues(items: readonly HotItem[], options: HotIssueOptions = {}): Promise<HotCluster[]> {
  worker ??= startWorker();
  const active = worker;
  const id = nextId++;
  const { placeWords, ...rest } = options;
  const job: ClusterJob = {
    id,
    items,
    options: { ...rest, ...(placeWords ? { placeWords: [...placeWords] } : {}) },
    userWords: listUserWords(),
  };
  return new Promise<HotCluster[]>((resolve, reject) => {
    pending.set(id, { resolve, reject });
    active.ref();
    active.postMessage(job);
  });
}

/** Stops the worker (tests, shutdown); a later job starts a new one. */
export async function stopHotIssueWorker(): Promise<void> {
  const running = worker;
  worker = undefined;
  if (running) await running.terminate();
}
