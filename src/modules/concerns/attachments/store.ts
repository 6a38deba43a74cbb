// SPDX-License-Identifier: EUPL-1.2
/**
 * Where attachment files live: one directory outside the database and outside anything the web
 * server serves, one file per attachment, named by a random UUID the server makes (ASVS 5.3.2: no
 * user input is ever part of a path; the display name lives in the database only).
 *
 * The directory is private (0700) and every file is 0600. A file is written to a temporary name in
 * the same directory, flushed to disk (fsync), then renamed into place and the directory flushed,
 * so a crash leaves either the whole file or a temporary one, never half a file under an id.
 *
 * The database is the list of what should exist. Write the file before the transaction that records
 * it, and remove a file after the transaction that forgets it has committed; `sweep` removes what a
 * crash or a failed transaction left behind (files no row knows, and stale temporary files).
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The ids the store makes: lower-case random (version 4) UUIDs. */
const ID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const TEMP_PREFIX = '.tmp-';
const PROJECT_ROOT = fileURLToPath(new URL('../../../../', import.meta.url));

/** The project's folders that are (or may be) served to browsers: attachments never go there. */
export const SERVED_DIRECTORIES: readonly string[] = [
  path.join(PROJECT_ROOT, 'public'),
  path.join(PROJECT_ROOT, 'src', 'web', 'assets'),
];

/** An attachment id that the store did not make (and so is never looked up). */
export class InvalidAttachmentIdError extends Error {
  override name = 'InvalidAttachmentIdError';
  constructor() {
    super('Invalid attachment id');
  }
}

/** A directory the store refuses to use. */
export class AttachmentDirectoryError extends Error {
  override name = 'AttachmentDirectoryError';
}

/**
 * Whether a string is an id as the store makes them.
 * @param id the candidate
 */
export function isAttachmentId(id: string): boolean {
  return ID.test(id);
}

function assertId(id: string): void {
  if (typeof id !== 'string' || !ID.test(id)) throw new InvalidAttachmentIdError();
}

function isInside(child: string, parent: string): boolean {
  const relative = path.relative(parent, child);
  return relative === '' || (relative.split(path.sep)[0] !== '..' && !path.isAbsolute(relative));
}

function assertNotServed(dir: string, served: readonly string[]): void {
  for (const forbidden of served) {
    if (isInside(dir, forbidden)) {
      throw new AttachmentDirectoryError(`Attachments may not be stored in a served folder (${forbidden})`);
    }
  }
}

function isMissing(err: unknown): boolean {
  return (err as NodeJS.ErrnoException).code === 'ENOENT';
}

async function realServedDirectories(): Promise<string[]> {
  const real = await Promise.all(SERVED_DIRECTORIES.map((dir) => fs.realpath(dir).catch(() => dir)));
  return [...SERVED_DIRECTORIES, ...real];
}

/** Flushes a directory's entries (a rename or unlink in it) to disk. */
async function syncDirectory(dir: string): Promise<void> {
  const handle = await fs.open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** The attachment files, in one private directory. */
export class AttachmentStore {
  /** The directory, resolved. */
  readonly dir: string;
  #ready: Promise<void> | undefined;

  /**
   * A store in `dir`. Nothing happens on disk until {@link open} (which every method calls).
   * @param dir an absolute path, not inside the project's `public/` or `src/web/assets/`
   * @throws {AttachmentDirectoryError} for a relative or served path
   */
  constructor(dir: string) {
    if (!path.isAbsolute(dir)) throw new AttachmentDirectoryError('The attachment directory must be an absolute path');
    this.dir = path.resolve(dir);
    assertNotServed(this.dir, SERVED_DIRECTORIES);
  }

  /**
   * Creates the directory (0700) if it is missing, tightens it to 0700 if it is more open, and
   * refuses it if its real path (after symbolic links) is inside a served folder. Idempotent; call it
   * at start-up to fail early.
   * @throws {AttachmentDirectoryError} for a served folder or something that is not a directory
   */
  open(): Promise<void> {
    this.#ready ??= this.#prepare().catch((err: unknown) => {
      this.#ready = undefined; // a later call tries again
      throw err;
    });
    return this.#ready;
  }

  async #prepare(): Promise<void> {
    await fs.mkdir(this.dir, { recursive: true, mode: 0o700 });
    const real = await fs.realpath(this.dir);
    assertNotServed(real, await realServedDirectories());
    const stat = await fs.stat(real);
    if (!stat.isDirectory()) throw new AttachmentDirectoryError('The attachment path is not a directory');
    if ((stat.mode & 0o077) !== 0) await fs.chmod(real, 0o700);
  }

  /**
   * Stores a file under a new id: temporary file (0600), fsync, rename, directory fsync.
   * @param bytes the (inspected, cleaned) file
   * @returns the new id; record it in the database
   */
  async write(bytes: Buffer): Promise<string> {
    await this.open();
    const id = randomUUID();
    const temp = path.join(this.dir, `${TEMP_PREFIX}${randomUUID()}`);
    try {
      const handle = await fs.open(temp, 'wx', 0o600);
      try {
        await handle.writeFile(bytes);
        await handle.sync();
      } finally {
        await handle.close();
      }
      await fs.rename(temp, path.join(this.dir, id));
    } catch (err) {
      await fs.rm(temp, { force: true });
      throw err;
    }
    await syncDirectory(this.dir);
    return id;
  }

  /**
   * The file with this id.
   * @throws {InvalidAttachmentIdError} when `id` is not an id the store makes
   * @throws {Error} with code ENOENT when there is no such file
   */
  async read(id: string): Promise<Buffer> {
    assertId(id);
    await this.open();
    const handle = await fs.open(path.join(this.dir, id), fs.constants.O_RDONLY | fs.constants.O_NOFOLLOW);
    try {
      return await handle.readFile();
    } finally {
      await handle.close();
    }
  }

  /**
   * Whether a file with this id exists.
   * @throws {InvalidAttachmentIdError} when `id` is not an id the store makes
   */
  async has(id: string): Promise<boolean> {
    assertId(id);
    await this.open();
    try {
      return (await fs.lstat(path.join(this.dir, id))).isFile();
    } catch (err) {
      if (isMissing(err)) return false;
      throw err;
    }
  }

  /**
   * Removes the file with this id; a file that is already gone is fine.
   * @throws {InvalidAttachmentIdError} when `id` is not an id the store makes
   */
  async remove(id: string): Promise<void> {
    assertId(id);
    await this.open();
    try {
      await fs.unlink(path.join(this.dir, id));
    } catch (err) {
      if (isMissing(err)) return;
      throw err;
    }
    await syncDirectory(this.dir);
  }

  /**
   * Removes orphans: files named by an id that is not in `knownIds`, and temporary files, last
   * changed more than `olderThanMs` before `now` (the age protects a file whose transaction has not
   * committed yet). Files the store did not make are left alone.
   * @param knownIds every id the database still refers to
   * @param olderThanMs the minimum age of an orphan, in milliseconds (≥ 0)
   * @param now the current time
   * @returns the ids of the removed files (temporary files are not listed), sorted
   */
  async sweep(knownIds: ReadonlySet<string>, olderThanMs: number, now: Date): Promise<string[]> {
    if (!Number.isFinite(olderThanMs) || olderThanMs < 0) throw new RangeError('olderThanMs must be ≥ 0');
    if (Number.isNaN(now.getTime())) throw new RangeError('now must be a valid date');
    await this.open();
    const cutoff = now.getTime() - olderThanMs;
    const removed: string[] = [];
    let changed = false;
    for (const name of await fs.readdir(this.dir)) {
      const isId = ID.test(name);
      const isTemp = name.startsWith(TEMP_PREFIX) && ID.test(name.slice(TEMP_PREFIX.length));
      if ((!isId && !isTemp) || (isId && knownIds.has(name))) continue;
      const file = path.join(this.dir, name);
      try {
        const stat = await fs.lstat(file);
        if (!stat.isFile() || stat.mtimeMs >= cutoff) continue;
        await fs.unlink(file);
      } catch (err) {
        if (isMissing(err)) continue;
        throw err;
      }
      changed = true;
      if (isId) removed.push(name);
    }
    if (changed) await syncDirectory(this.dir);
    return removed.sort();
  }
}
