// SPDX-License-Identifier: EUPL-1.2
/**
 * The PDF check runs in a worker thread: another thread answers, the main thread keeps running while
 * a slow file is checked, a file that runs over the time limit is refused and its worker stopped, and
 * the next file gets a new worker.
 */
import { threadId as mainThreadId } from 'node:worker_threads';
import { deflateSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { CATALOG, MINIMAL_PDF, PAGE, PAGES, pdf } from '#test/fixtures/files.ts';
import { MAX_INFLATED_BYTES } from './pdf.ts';
import { PdfChecker } from './pdf-check.ts';

/**
 * A 33 kB PDF whose object stream inflates to half the limit, all names (`/a /a /a …`): it passes,
 * but checking it takes seconds (about 2 s here).
 */
function slowPdf(): Buffer {
  const data = Buffer.concat([Buffer.from('4 0 '), Buffer.alloc(MAX_INFLATED_BYTES / 2, '/a ')]);
  const compressed = deflateSync(data, { level: 9 });
  const stream = Buffer.concat([
    Buffer.from(`<< /Type /ObjStm /N 1 /First 4 /Filter /FlateDecode /Length ${compressed.length} >>\nstream\n`),
    compressed,
    Buffer.from('\nendstream'),
  ]);
  return pdf([CATALOG, PAGES, PAGE, stream]);
}

const checkers: PdfChecker[] = [];
function checker(options?: { timeLimitMs?: number }): PdfChecker {
  const made = new PdfChecker(options);
  checkers.push(made);
  return made;
}
afterAll(async () => {
  await Promise.all(checkers.map((c) => c.close()));
});

describe('PdfChecker', () => {
  it('checks in a worker thread, not on the main thread, and reuses that worker', async () => {
    const pdfs = checker();
    const first = await pdfs.checkInWorker(MINIMAL_PDF);
    expect(first.verdict).toBe('ok');
    expect(mainThreadId).toBe(0);
    expect(first.threadId).toBeGreaterThan(0);
    const second = await pdfs.checkInWorker(pdf([CATALOG, PAGES, '<< /Type /Page /Parent 2 0 R /AA << >> >>']));
    expect(second).toEqual({ verdict: 'activeContent', threadId: first.threadId });
  });

  it('keeps the main thread running while a slow PDF is checked', async () => {
    const pdfs = checker();
    await pdfs.check(MINIMAL_PDF); // the worker is running
    const slow = slowPdf();
    let done = false;
    const started = performance.now();
    const verdict = pdfs.check(slow).finally(() => {
      done = true;
    });
    // Timers of 10 ms on the main thread: if the check ran here, none would fire until it ended.
    let ticks = 0;
    let longestGap = 0;
    let last = performance.now();
    while (!done) {
      await new Promise((resolve) => setTimeout(resolve, 10));
      const now = performance.now();
      longestGap = Math.max(longestGap, now - last);
      last = now;
      ticks++;
    }
    const took = performance.now() - started;
    expect(await verdict).toBe('ok');
    expect(took).toBeGreaterThan(500);
    expect(ticks).toBeGreaterThan(took / 100);
    expect(longestGap).toBeLessThan(took / 2);
  });

  it('refuses a PDF that runs over the time limit as malformed, stops that worker and starts a new one', async () => {
    const pdfs = checker({ timeLimitMs: 200 });
    const before = await pdfs.checkInWorker(MINIMAL_PDF);
    expect(before.verdict).toBe('ok');
    const started = performance.now();
    expect(await pdfs.checkInWorker(slowPdf())).toEqual({ verdict: 'malformed', threadId: undefined });
    expect(performance.now() - started).toBeLessThan(2000);
    const after = await pdfs.checkInWorker(MINIMAL_PDF);
    expect(after.verdict).toBe('ok');
    expect(after.threadId).toBeGreaterThan(0);
    expect(after.threadId).not.toBe(before.threadId);
  });

  it('checks files one after the other, each with its own answer', async () => {
    const pdfs = checker();
    const files = [MINIMAL_PDF, pdf([CATALOG, PAGES, PAGE, '<< /S /URI /URI (x) >>']), MINIMAL_PDF];
    expect(await Promise.all(files.map((f) => pdfs.check(f)))).toEqual(['ok', 'activeContent', 'ok']);
  });
});
