// SPDX-License-Identifier: EUPL-1.2
/**
 * Runs the PDF check (pdf.ts) in a worker thread. The embedded database (PGlite) and every request
 * share the main thread; inflating object streams and scanning 10 MiB must not stop them. One worker
 * is started on first use and kept for the next file (starting one costs a few hundred milliseconds,
 * reusing it a few); files are checked one after the other.
 *
 * Budgets: the check's own (inflated bytes, objects, parsing work; see pdf.ts), a time limit per file
 * ({@link PDF_CHECK_TIME_LIMIT_MS}, counted once the worker listens) and a heap limit for the worker. A worker that runs over its
 * time is terminated and the file refused as `malformed`; so is a file whose worker crashes or runs
 * out of memory. The next file gets a new worker.
 */
import { Worker } from 'node:worker_threads';
import type { PdfVerdict } from './pdf.ts';
import type { PdfCheckRequest, PdfCheckResponse, PdfWorkerReady } from './pdf-worker.ts';

/** How long the check of one PDF may take. */
export const PDF_CHECK_TIME_LIMIT_MS = 10_000;

/** How long a new worker may take to listen (loading TypeScript); it is stopped after that. */
const START_LIMIT_MS = 30_000;

/** The worker's heap: room for a 64 MiB inflated object stream as a string, and the scan of it. */
const RESOURCE_LIMITS = { maxOldGenerationSizeMb: 384, maxYoungGenerationSizeMb: 48, stackSizeMb: 4 } as const;

const WORKER_URL = new URL('./pdf-worker.mjs', import.meta.url);

/** The outcome of one check and the thread that did it. */
export interface PdfCheckOutcome {
  readonly verdict: PdfVerdict;
  /** The worker's thread id (the main thread's is 0); undefined when the worker did not answer. */
  readonly threadId: number | undefined;
}

/** A worker thread that checks PDFs one at a time (see the module comment). */
export class PdfChecker {
  readonly #timeLimitMs: number;
  #worker: Worker | undefined;
  /** Resolves when the current worker listens (its start is not part of a file's time). */
  #online: Promise<void> = Promise.resolve();
  #tail: Promise<unknown> = Promise.resolve();
  #nextId = 1;

  /** @param options.timeLimitMs how long one check may take (default {@link PDF_CHECK_TIME_LIMIT_MS}) */
  constructor(options: { timeLimitMs?: number } = {}) {
    this.#timeLimitMs = options.timeLimitMs ?? PDF_CHECK_TIME_LIMIT_MS;
  }

  /**
   * Checks a PDF in the worker.
   * @param bytes the uploaded bytes (copied; not changed)
   * @returns the verdict of pdf.ts, or `malformed` when the worker ran out of time or failed
   */
  async check(bytes: Buffer): Promise<PdfVerdict> {
    return (await this.checkInWorker(bytes)).verdict;
  }

  /**
   * As {@link check}, and says which thread did the work.
   * @param bytes the uploaded bytes (copied; not changed)
   */
  checkInWorker(bytes: Buffer): Promise<PdfCheckOutcome> {
    const run = this.#tail.then(() => this.#run(bytes));
    this.#tail = run.catch(() => undefined);
    return run;
  }

  /** Stops the worker (a later check starts a new one). */
  async close(): Promise<void> {
    await this.#tail;
    const worker = this.#worker;
    this.#worker = undefined;
    await worker?.terminate();
  }

  #start(): Worker {
    const worker = new Worker(WORKER_URL, { execArgv: [], resourceLimits: RESOURCE_LIMITS });
    this.#worker = worker;
    // A worker that failed or stopped is not used again (and an 'error' never goes unheard).
    const drop = () => {
      if (this.#worker === worker) this.#worker = undefined;
    };
    worker.on('error', drop);
    worker.on('exit', drop);
    this.#online = new Promise<void>((resolve) => {
      const tooSlow = setTimeout(() => void worker.terminate(), START_LIMIT_MS);
      const onReady = (message: PdfWorkerReady | PdfCheckResponse) => {
        if ('ready' in message) {
          clearTimeout(tooSlow);
          worker.off('message', onReady);
          resolve();
        }
      };
      worker.on('message', onReady);
      worker.once('exit', () => {
        clearTimeout(tooSlow);
        resolve();
      });
    });
    return worker;
  }

  async #run(bytes: Buffer): Promise<PdfCheckOutcome> {
    const worker = this.#worker ?? this.#start();
    const id = this.#nextId++;
    // A copy of its own, moved (not copied again) to the worker.
    const buffer = new ArrayBuffer(bytes.length);
    const copy = new Uint8Array(buffer);
    copy.set(bytes);
    // Only a worker at work keeps the process alive; an idle one does not.
    worker.ref();
    try {
      return await this.#send(worker, id, copy);
    } finally {
      worker.unref();
    }
  }

  async #send(worker: Worker, id: number, copy: Uint8Array<ArrayBuffer>): Promise<PdfCheckOutcome> {
    await this.#online;
    if (this.#worker !== worker) return { verdict: 'malformed', threadId: undefined }; // it did not start
    return new Promise<PdfCheckOutcome>((resolve) => {
      const finish = (outcome: PdfCheckOutcome, stop: boolean) => {
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('error', onFailure);
        worker.off('exit', onFailure);
        if (stop) {
          if (this.#worker === worker) this.#worker = undefined;
          void worker.terminate();
        }
        resolve(outcome);
      };
      const onMessage = (response: PdfCheckResponse | PdfWorkerReady) => {
        if ('id' in response && response.id === id)
          finish({ verdict: response.verdict, threadId: response.threadId }, false);
      };
      const onFailure = () => finish({ verdict: 'malformed', threadId: undefined }, true);
      const timer = setTimeout(onFailure, this.#timeLimitMs);
      worker.on('message', onMessage);
      worker.on('error', onFailure);
      worker.on('exit', onFailure);
      const request: PdfCheckRequest = { id, bytes: copy };
      worker.postMessage(request, [copy.buffer]);
    });
  }
}

/** The checker the upload pipeline uses. */
export const pdfChecker = new PdfChecker();
