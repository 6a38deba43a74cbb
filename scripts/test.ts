// SPDX-License-Identifier: EUPL-1.2
/**
 * `npm test`: the whole suite.
 *  1. unit, service and HTTP tests on PGlite;
 *  2. the same tests on PostgreSQL, in a throwaway cluster (scripts/pg-cluster.ts);
 *  3. the browser tests in Debian's Chromium (/usr/bin/chromium).
 * KRING_TEST_ONLY=pglite,postgres,e2e (any subset) runs part of it; file filters after `--` (as
 * `npm test -- test/http/sign-in`) are passed to every step. Missing prerequisites fail with the
 * command that installs them; nothing is skipped silently.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type PgCluster, startPgCluster } from './pg-cluster.ts';

const only = new Set((process.env.KRING_TEST_ONLY ?? 'pglite,postgres,e2e').split(',').map((s) => s.trim()));
/** File filters from the command line; a step whose files none of them match runs nothing. */
const filters = process.argv.slice(2);
const filterArgs = filters.length > 0 ? ['--passWithNoTests', ...filters] : [];

const totals = { passed: 0, failed: 0, skipped: 0 };
const reportDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kring-test-report-'));
let runs = 0;

/** Runs vitest once and adds its counts to the totals (from its JSON report). */
function vitest(args: string[], env: NodeJS.ProcessEnv = {}): Promise<number> {
  const report = path.join(reportDir, `run-${++runs}.json`);
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      [
        'node_modules/vitest/vitest.mjs',
        'run',
        '--reporter=default',
        '--reporter=json',
        `--outputFile.json=${report}`,
        ...args,
        ...filterArgs,
      ],
      { stdio: 'inherit', env: { ...process.env, ...env } },
    );
    child.on('exit', (code) => {
      try {
        const r = JSON.parse(fs.readFileSync(report, 'utf8')) as Record<string, number>;
        totals.passed += r.numPassedTests ?? 0;
        totals.failed += r.numFailedTests ?? 0;
        totals.skipped += (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
      } catch {
        // No report: the run failed before testing; its exit code says so.
      }
      resolve(code ?? 1);
    });
  });
}

const failures: string[] = [];
async function step(name: string, run: () => Promise<number>): Promise<void> {
  process.stdout.write(`\n=== ${name} ===\n`);
  const started = Date.now();
  let status: number;
  try {
    status = await run();
  } catch (err) {
    process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
    status = 1;
  }
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  process.stdout.write(`=== ${name}: ${status === 0 ? 'passed' : 'FAILED'} in ${seconds} s ===\n`);
  if (status !== 0) failures.push(name);
}

if (only.has('pglite')) await step('tests on PGlite', () => vitest([]));

if (only.has('postgres')) {
  await step('tests on PostgreSQL', async () => {
    let cluster: PgCluster | undefined;
    try {
      cluster = await startPgCluster();
      return await vitest([], { KRING_TEST_DATABASE_URL: cluster.url });
    } finally {
      cluster?.stop();
    }
  });
}

if (only.has('e2e')) {
  await step('browser tests (Chromium)', async () => {
    if (!fs.existsSync('/usr/bin/chromium')) {
      throw new Error('Debian Chromium not found at /usr/bin/chromium. Install it with: apt-get install -y chromium');
    }
    return vitest(['--config', 'vitest.e2e.config.ts']);
  });
}

fs.rmSync(reportDir, { recursive: true, force: true });
process.stdout.write(failures.length === 0 ? '\nAll test steps passed.\n' : `\nFailed: ${failures.join(', ')}\n`);
// The plain closing line CI reads: N passed, N failed (, N skipped).
process.stdout.write(
  `Tests: ${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}\n`,
);
process.exit(failures.length === 0 && totals.failed === 0 && totals.passed > 0 ? 0 : 1);
