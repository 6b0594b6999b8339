/**
 * Stages 2–3 (clean, split into sentences) on a second core while the first builds articles: `npm run data`
 * on a large corpus.
 *
 * Why: they are nearly half the per-article time and depend on nothing but the file's text, its address and
 * the outlet names, so a worker thread can clean the files in build order while the main thread builds the
 * articles already cleaned. `buildCorpus` stays synchronous (the tests, the evaluation and `npm run add`
 * call it as it is): the main thread picks up the worker's answers with `receiveMessageOnPort` and never
 * waits for one. A file whose answer is not there yet (the worker is still starting: it loads the pipeline
 * again, most of a second) the main thread cleans itself, and marks it taken in a shared counter so the
 * worker skips it and runs ahead of the build.
 *
 * Nothing here changes a result: the worker runs the same `cleanBody`. A worker that fails to start, or
 * throws on a file, only means the main thread cleans those files itself, as it does without one.
 */
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import { cleanBody } from './article';

export interface CleanJob {
  name: string;
  text: string;
  sourceUrl: string | null;
}

export type Cleaned = ReturnType<typeof cleanBody>;

export interface CleanedAhead {
  /** A file's cleaned body when the worker has it ready, or null: then the caller cleans the file itself. */
  take(name: string): Cleaned | null;
  /** Settles when the worker has ended (or never started): every answer it gave can be taken by then. */
  finished: Promise<void>;
}

/** Starts the cleaning of `jobs`, in their order, on another thread. */
export type CleanAhead = (jobs: readonly CleanJob[], outlets: readonly string[]) => CleanedAhead;

interface WorkerInput {
  jobs: readonly CleanJob[];
  outlets: readonly string[];
  port: MessagePort;
  /** [0]: the jobs before this index are taken by the main thread. */
  taken: Int32Array;
}

interface Answer {
  name: string;
  result: Cleaned;
}

/**
 * Below this many files the worker's start-up costs more than it saves: the main thread would have
 * cleaned them all before the worker cleaned its first.
 */
export const CLEAN_AHEAD_MIN_FILES = 100;

/**
 * A `CleanAhead` that runs the worker from `entry`: the module URL that exports `cleanInWorker` (build.ts
 * re-exports it, so the compiled bundle of `npm run data` can be loaded as the worker).
 */
export function cleanAheadFrom(entry: string, minFiles = CLEAN_AHEAD_MIN_FILES): CleanAhead {
  return (jobs, outlets) => {
    if (jobs.length < minFiles) return { take: () => null, finished: Promise.resolve() };
    const taken = new Int32Array(new SharedArrayBuffer(4));
    const { port1, port2 } = new MessageChannel();
    const worker = new Worker(
      // A bootstrap in CommonJS: a module that cannot be imported (a test runner's TypeScript the worker cannot
      // load) leaves the cleaning to the main thread, as if there were no worker.
      `const { workerData } = require('node:worker_threads');
       import(workerData.entry).then((m) => m.cleanInWorker(workerData.input), () => {});`,
      {
        eval: true,
        workerData: { entry, input: { jobs, outlets, port: port2, taken } satisfies WorkerInput },
        transferList: [port2],
      },
    );
    // The worker ends after its last job; unreferenced, it never keeps a finished build waiting. Should it fail
    // (an answer it cannot post), the main thread cleans the files it has not answered, as without a worker.
    worker.unref();
    worker.on('error', () => {});
    const finished = new Promise<void>((settle) => worker.once('exit', () => settle()));
    const place = new Map(jobs.map((job, i) => [job.name, i]));
    const ready = new Map<string, Cleaned>();
    const take = (name: string) => {
      for (let next = receiveMessageOnPort(port1); next; next = receiveMessageOnPort(port1)) {
        const answer = next.message as Answer;
        ready.set(answer.name, answer.result);
      }
      const result = ready.get(name);
      if (result) {
        ready.delete(name);
        return result;
      }
      const at = place.get(name);
      if (at !== undefined && at >= Atomics.load(taken, 0)) Atomics.store(taken, 0, at + 1);
      return null;
    };
    return { take, finished };
  };
}

/** The worker's side: cleans each job the main thread has not taken, in order, and posts it. */
export function cleanInWorker({ jobs, outlets, port, taken }: WorkerInput): void {
  for (const [i, job] of jobs.entries()) {
    if (i < Atomics.load(taken, 0)) continue;
    let result: Cleaned;
    try {
      result = cleanBody(job.text, job.sourceUrl, outlets);
    } catch {
      // The main thread cleans it again and meets the same error where a build without a worker does.
      continue;
    }
    port.postMessage({ name: job.name, result } satisfies Answer);
  }
  port.close();
}
