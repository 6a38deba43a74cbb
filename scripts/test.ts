// SPDX-License-Identifier: EUPL-1.2
/**
 * `npm test`: the whole suite.
 *  1. unit, service and HTTP tests on PGlite;
 *  2. the same tests on PostgreSQL, in a throwaway cluster (scripts/pg-cluster.ts);
 *  3. the browser tests in Debian's Chromium (/usr/bin/chromium).
 * KRING_TEST_ONLY=pglite,postgres,e2e (any subset) runs part of it. Missing prerequisites fail with
 * the command that installs them; nothing is skipped silently.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { type PgCluster, startPgCluster } from './pg-cluster.ts';

const only = new Set((process.env.KRING_TEST_ONLY ?? 'pglite,postgres,e2e').split(',').map((s) => s.trim()));

function vitest(args: string[], env: NodeJS.ProcessEnv = {}): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['node_modules/vitest/vitest.mjs', 'run', ...args], {
      stdio: 'inherit',
      env: { ...process.env, ...env },
    });
    child.on('exit', (code) => resolve(code ?? 1));
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

process.stdout.write(failures.length === 0 ? '\nAll test steps passed.\n' : `\nFailed: ${failures.join(', ')}\n`);
process.exit(failures.length === 0 ? 0 : 1);
