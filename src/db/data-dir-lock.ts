// SPDX-License-Identifier: EUPL-1.2
/**
 * An exclusive lock on the embedded database's data directory.
 *
 * PGlite is one process and one session. Two processes on one data directory open it without error
 * and then silently lose acknowledged writes (security.md §5.3 measured 97% loss). So Kring takes a
 * lock file before it opens PGlite and refuses to start when another living process holds it.
 *
 * The lock is a file created with O_EXCL holding {pid, hostname, startedAt}. A lock whose process is
 * gone (kill -9, power loss) is stale: it is taken over by an atomic rename, so two starters that
 * both see a stale lock cannot both win. See docs/decisions/0004-embedded-database-lock.md.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Raised when another living process holds the data directory. */
export class DataDirLockedError extends Error {
  override name = 'DataDirLockedError';
  constructor(
    readonly lockPath: string,
    readonly holder: LockInfo,
  ) {
    super(
      `Another Kring process (pid ${holder.pid} on ${holder.hostname}, started ${holder.startedAt}) is using the data directory ${path.dirname(lockPath)}.\n` +
        'Two processes on one embedded database lose data, so this one stops. Stop the other process, ' +
        'or give this one its own directory with KRING_DATA_DIR.',
    );
  }
}

/** What the lock file records about its holder. */
export interface LockInfo {
  readonly pid: number;
  readonly hostname: string;
  readonly startedAt: string;
}

/** A held lock. */
export interface DataDirLock {
  readonly path: string;
  /** Removes the lock file if it is still ours. Safe to call twice. */
  release(): void;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: the process exists but belongs to someone else.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readLock(lockPath: string): LockInfo | undefined {
  try {
    const info = JSON.parse(fs.readFileSync(lockPath, 'utf8')) as Partial<LockInfo>;
    if (typeof info.pid === 'number' && typeof info.hostname === 'string') {
      return { pid: info.pid, hostname: info.hostname, startedAt: String(info.startedAt ?? '?') };
    }
  } catch {
    // Unreadable or half-written: treated as stale below.
  }
  return undefined;
}

function isStale(info: LockInfo | undefined): boolean {
  if (!info) return true;
  if (info.hostname !== os.hostname()) return false; // cannot check a process on another host: never steal
  if (info.pid === process.pid) return true; // a leftover of an earlier run that had our pid
  return !isAlive(info.pid);
}

/**
 * Takes the lock on `dir`, creating the directory when needed.
 * @param dir the data directory
 * @returns the held lock
 * @throws {DataDirLockedError} when a living process holds it
 */
export function lockDataDir(dir: string): DataDirLock {
  fs.mkdirSync(dir, { recursive: true });
  const lockPath = path.join(dir, 'kring.lock');
  const mine: LockInfo = { pid: process.pid, hostname: os.hostname(), startedAt: new Date().toISOString() };
  const content = JSON.stringify(mine);

  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = fs.openSync(lockPath, 'wx', 0o600);
      fs.writeSync(fd, content);
      fs.fsyncSync(fd);
      fs.closeSync(fd);
      let released = false;
      return {
        path: lockPath,
        release() {
          if (released) return;
          released = true;
          if (readLock(lockPath)?.pid === mine.pid && fs.existsSync(lockPath)) {
            const current = fs.readFileSync(lockPath, 'utf8');
            if (current === content) fs.rmSync(lockPath, { force: true });
          }
        },
      };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
    const holder = readLock(lockPath);
    if (!isStale(holder)) throw new DataDirLockedError(lockPath, holder!);
    // Stale: move it aside atomically. Only one contender's rename succeeds; the others get ENOENT
    // and simply try the exclusive create again.
    try {
      fs.renameSync(lockPath, `${lockPath}.stale-${process.pid}`);
      fs.rmSync(`${lockPath}.stale-${process.pid}`, { force: true });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    }
  }
  const holder = readLock(lockPath);
  throw new DataDirLockedError(lockPath, holder ?? { pid: -1, hostname: '?', startedAt: '?' });
}
