// SPDX-License-Identifier: EUPL-1.2
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DataDirLockedError, lockDataDir } from './data-dir-lock.ts';

const dirs: string[] = [];
function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kring-lock-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

/** A process that is alive while the test runs. */
function livingProcess(): { pid: number; kill: () => void } {
  const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], { stdio: 'ignore' });
  return { pid: child.pid!, kill: () => child.kill('SIGKILL') };
}

describe('lockDataDir', () => {
  it('creates the directory and a lock file, and removes it on release', () => {
    const dir = path.join(tempDir(), 'nested');
    const lock = lockDataDir(dir);
    const info = JSON.parse(fs.readFileSync(lock.path, 'utf8'));
    expect(info.pid).toBe(process.pid);
    expect(info.hostname).toBe(os.hostname());
    lock.release();
    expect(fs.existsSync(lock.path)).toBe(false);
    lock.release(); // twice is harmless
  });

  it('refuses while a living process holds the directory, naming it', () => {
    const dir = tempDir();
    const other = livingProcess();
    try {
      fs.writeFileSync(
        path.join(dir, 'kring.lock'),
        JSON.stringify({ pid: other.pid, hostname: os.hostname(), startedAt: 'earlier' }),
      );
      expect(() => lockDataDir(dir)).toThrow(DataDirLockedError);
      expect(() => lockDataDir(dir)).toThrow(new RegExp(`pid ${other.pid}`));
    } finally {
      other.kill();
    }
  });

  it('takes over a stale lock of a process that is gone (kill -9)', async () => {
    const dir = tempDir();
    const gone = livingProcess();
    gone.kill();
    await new Promise((r) => setTimeout(r, 200));
    fs.writeFileSync(
      path.join(dir, 'kring.lock'),
      JSON.stringify({ pid: gone.pid, hostname: os.hostname(), startedAt: 'x' }),
    );
    const lock = lockDataDir(dir);
    expect(JSON.parse(fs.readFileSync(lock.path, 'utf8')).pid).toBe(process.pid);
    lock.release();
  });

  it('takes over an unreadable (half-written) lock file', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'kring.lock'), '{"pid": 12');
    lockDataDir(dir).release();
  });

  it('never steals a lock held on another host', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'kring.lock'), JSON.stringify({ pid: 1, hostname: 'other-host', startedAt: 'x' }));
    expect(() => lockDataDir(dir)).toThrow(DataDirLockedError);
  });
});
