/**
 * Stages 2–3 (clean, split into sentences, with the sentences' ids and the body's key) on a second core while
 * the first builds articles: `npm run data` on a large corpus.
 *
 * Why: they are nearly half the per-article time and depend on nothing but the file's text, its address and
 * the outlet names, so a worker thread can clean the files in build order while the main thread builds the
 * articles already cleaned. `buildCorpus` stays synchronous (the tests, the evaluation and `npm run add`
 * call it as it is): the main thread picks up the worker's answers with `receiveMessageOnPort`. A file the
 * worker has not begun (it is still starting: it loads the pipeline again, most of a second; or it fell
 * behind) the main thread cleans itself, and marks it taken in a shared counter so the worker skips it. A file
 * the worker has begun, the main thread waits for (`Atomics.wait` on the count of answers posted): measured on
 * 1,000 articles, that was 3–10% faster than cleaning it twice, since the two threads run at about the same
 * pace per file.
 *
 * Nothing here changes a result: the worker runs the same `cleanBody`. A worker that fails to start, throws on
 * a file or dies only means the main thread cleans those files itself, as it does without one.
 *
 * Tried and left (measured on 1,000 articles): the worker also finding each page's metadata and its sentences'
 * dates, with the main thread taking files from the back of the queue rather than wait. It cost about 1 s more
 * CPU in all and was 0.9 s slower, with or without the taking from the back. Also a lead (the worker starting some
 * files after the main thread's, so the main thread does not wait for its first, slow files): the main thread's
 * waiting fell from 0.3 s to 0.05 s, but cleaning those files itself cost it nearly as much.
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
  /** Shared counters, at TAKEN, STARTED and POSTED. */
  progress: Int32Array;
}

/** The jobs before this index are the main thread's: the worker skips them. */
const TAKEN = 0;
/** The jobs before this index the worker has begun. */
const STARTED = 1;
/** How many answers the worker has posted. */
const POSTED = 2;

/** A file's cleaned body, or null when the worker threw on it (the main thread then meets the error itself). */
interface Answer {
  name: string;
  result: Cleaned | null;
}

/**
 * How long the main thread waits for a file the worker has begun before it cleans the file itself: far longer
 * than any one file takes, so only a worker that died on it is given up on.
 */
const GIVE_UP_MS = 10_000;

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
    const progress = new Int32Array(new SharedArrayBuffer(12));
    const { port1, port2 } = new MessageChannel();
    const worker = new Worker(
      // A bootstrap in CommonJS: a module that cannot be imported (a test runner's TypeScript the worker cannot
      // load) leaves the cleaning to the main thread, as if there were no worker.
      `const { workerData } = require('node:worker_threads');
       import(workerData.entry).then((m) => m.cleanInWorker(workerData.input), () => {});`,
      {
        eval: true,
        workerData: { entry, input: { jobs, outlets, port: port2, progress } satisfies WorkerInput },
        transferList: [port2],
      },
    );
    // The worker ends after its last job; unreferenced, it never keeps a finished build waiting. Should it fail
    // (an answer it cannot post), the main thread cleans the files it has not answered, as without a worker.
    worker.unref();
    worker.on('error', () => {});
    const finished = new Promise<void>((settle) => worker.once('exit', () => settle()));
    const place = new Map(jobs.map((job, i) => [job.name, i]));
    const ready = new Map<string, Cleaned | null>();
    let patient = true;
    const take = (name: string): Cleaned | null => {
      const at = place.get(name);
      if (at === undefined) return null;
      for (;;) {
        const posted = Atomics.load(progress, POSTED);
        for (let next = receiveMessageOnPort(port1); next; next = receiveMessageOnPort(port1)) {
          const answer = next.message as Answer;
          ready.set(answer.name, answer.result);
        }
        if (ready.has(name)) {
          const result = ready.get(name) ?? null;
          ready.delete(name);
          return result;
        }
        // Not begun (the worker is still starting, or behind): this thread takes it, and the worker skips it.
        // Begun: its answer is on its way, and waiting for it costs less than cleaning the file twice.
        if (!patient || Atomics.load(progress, STARTED) <= at) {
          Atomics.store(progress, TAKEN, Math.max(Atomics.load(progress, TAKEN), at + 1));
          return null;
        }
        if (Atomics.wait(progress, POSTED, posted, GIVE_UP_MS) === 'timed-out') patient = false;
      }
    };
    return { take, finished };
  };
}

/**
 * The worker's side: cleans each job the main thread has not taken, in order, and posts it; says which job it
 * has begun before it begins it, and bumps the posted count (waking the main thread) after each answer.
 */
export function cleanInWorker({ jobs, outlets, port, progress }: WorkerInput): void {
  for (const [i, job] of jobs.entries()) {
    Atomics.store(progress, STARTED, i + 1);
    if (i < Atomics.load(progress, TAKEN)) continue;
    let result: Cleaned | null;
    try {
      result = cleanBody(job.text, job.sourceUrl, outlets);
    } catch {
      // The main thread cleans it again and meets the same error where a build without a worker does.
      result = null;
    }
    port.postMessage({ name: job.name, result } satisfies Answer);
    Atomics.add(progress, POSTED, 1);
    Atomics.notify(progress, POSTED);
  }
  port.close();
}
