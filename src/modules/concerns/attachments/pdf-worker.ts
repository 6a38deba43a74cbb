// SPDX-License-Identifier: EUPL-1.2
/**
 * The worker thread that checks PDFs (started by pdf-check.ts through pdf-worker.mjs): it receives
 * `{ id, bytes }`, runs {@link checkPdf} and answers `{ id, verdict, threadId }`. Anything that
 * throws is answered as `malformed` (fail closed). It holds no state between files. Once it listens
 * it says `{ ready: true }`, so that its start (loading TypeScript) is not counted as a file's time.
 */
import { parentPort, threadId } from 'node:worker_threads';
import { checkPdf, type PdfVerdict } from './pdf.ts';

/** A file to check. */
export interface PdfCheckRequest {
  readonly id: number;
  readonly bytes: Uint8Array;
}

/** The answer for one file; `threadId` shows which thread did the work. */
export interface PdfCheckResponse {
  readonly id: number;
  readonly verdict: PdfVerdict;
  readonly threadId: number;
}

/** What the worker says once it listens. */
export interface PdfWorkerReady {
  readonly ready: true;
}

const port = parentPort;
if (!port) throw new Error('pdf-worker.ts runs only as a worker thread');

port.on('message', ({ id, bytes }: PdfCheckRequest) => {
  let verdict: PdfVerdict;
  try {
    verdict = checkPdf(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  } catch {
    verdict = 'malformed';
  }
  const response: PdfCheckResponse = { id, verdict, threadId };
  port.postMessage(response);
});
const ready: PdfWorkerReady = { ready: true };
port.postMessage(ready);
