// SPDX-License-Identifier: EUPL-1.2
/**
 * Kring as a process, the way `npm start` runs it: it starts on a fresh embedded database, a second
 * process on the same data directory exits at once with a clear message, SIGTERM stops it cleanly
 * (lock released), it starts again on the same data, it starts after a crash (stale lock), and a bad
 * configuration stops it with a message.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort } from '../../scripts/pg-cluster.ts';

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kring-start-'));
/** The audit anchor, next to (never inside) the data directory. */
const anchor = `${dataDir}-audit-anchor.jsonl`;
const running: ChildProcess[] = [];

afterAll(() => {
  for (const child of running) child.kill('SIGKILL');
  fs.rmSync(dataDir, { recursive: true, force: true });
  fs.rmSync(anchor, { force: true });
});

interface Started {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

function start(env: Record<string, string>): Started {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    env: {
      ...process.env,
      NODE_ENV: 'development',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'info',
      KRING_AUDIT_ANCHOR: anchor,
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.push(child);
  let out = '';
  child.stdout?.on('data', (d) => {
    out += d;
  });
  child.stderr?.on('data', (d) => {
    out += d;
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output: () => out, exited };
}

async function waitFor(condition: () => boolean, ms: number): Promise<void> {
  const until = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > until) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('npm start', () => {
  it('serves, refuses a second process on the same data, and stops cleanly', async () => {
    const port = await freePort();
    const first = start({ KRING_DATA_DIR: dataDir, PORT: String(port) });
    await waitFor(() => first.output().includes('Kring is running'), 60_000);
    const home = await fetch(`http://127.0.0.1:${port}/`);
    expect(home.status).toBe(200);
    expect(await home.text()).toContain('Kijk niet weg');
    expect(fs.existsSync(path.join(dataDir, 'kring.lock'))).toBe(true);

    // 1. A second Kring on the same directory exits at once, non-zero, saying why.
    const startedAt = Date.now();
    const second = start({ KRING_DATA_DIR: dataDir, PORT: String(await freePort()) });
    const code = await second.exited;
    expect(code).not.toBe(0);
    expect(Date.now() - startedAt).toBeLessThan(10_000);
    expect(second.output()).toContain('Another Kring process');
    expect(second.output()).toContain(`pid ${first.child.pid}`);
    // The first one is unharmed.
    expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);

    // 2. SIGTERM: finishes, checkpoints, releases the lock, exits 0.
    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);
    expect(first.output()).toContain('stopped cleanly');
    expect(fs.existsSync(path.join(dataDir, 'kring.lock'))).toBe(false);

    // 3. It opens the same data again.
    const port3 = await freePort();
    const third = start({ KRING_DATA_DIR: dataDir, PORT: String(port3) });
    await waitFor(() => third.output().includes('Kring is running'), 60_000);
    expect((await fetch(`http://127.0.0.1:${port3}/readyz`)).status).toBe(200);

    // 4. A crash (kill -9) leaves its lock behind; the next start takes the stale lock over and
    //    opens the same data.
    third.child.kill('SIGKILL');
    await third.exited;
    expect(fs.existsSync(path.join(dataDir, 'kring.lock'))).toBe(true);
    const port4 = await freePort();
    const fourth = start({ KRING_DATA_DIR: dataDir, PORT: String(port4) });
    await waitFor(() => fourth.output().includes('Kring is running'), 60_000);
    expect((await fetch(`http://127.0.0.1:${port4}/readyz`)).status).toBe(200);
    fourth.child.kill('SIGINT');
    expect(await fourth.exited).toBe(0);
  }, 180_000);

  it('refuses a bad configuration with a message per variable', async () => {
    const bad = start({ KRING_DATA_DIR: dataDir, PORT: 'abc', NODE_ENV: 'production', KRING_DEMO_DATA: 'true' });
    expect(await bad.exited).toBe(78);
    expect(bad.output()).toContain('Kring cannot start');
    expect(bad.output()).toContain('PORT:');
    expect(bad.output()).not.toMatch(/at .*\.ts:\d+/); // no stack trace
  });
});
