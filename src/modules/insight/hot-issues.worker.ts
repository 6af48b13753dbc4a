/**
 * The worker thread that clusters hot issues (热点聚类): seconds of CPU for a month of a district's
 * cases, which would otherwise hold up every other request of the server meanwhile.
 */
import { parentPort } from 'node:worker_threads';
import { addUserWords } from '../text/segment.ts';
import { findHotIssues } from './hot-issues.ts';
import type { ClusterJob, ClusterAnswer } from './hot-issues-runner.ts';

parentPort?.on('message', (job: ClusterJob) => {
  let answer: ClusterAnswer;
  try {
    // The district's unit names, as the main thread's segmenter knows them.
    addUserWords(job.userWords);
    answer = { id: job.id, clusters: findHotIssues(job.items, job.options) };
  } catch (error) {
    answer = { id: job.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  parentPort?.postMessage(answer);
});
