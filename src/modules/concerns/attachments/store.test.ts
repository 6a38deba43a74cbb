// SPDX-License-Identifier: EUPL-1.2
/** The attachment store on a real temporary directory: ids, modes, atomic writes, orphan sweeps. */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { inspectUpload } from './inspect.ts';
import {
  AttachmentDirectoryError,
  AttachmentStore,
  InvalidAttachmentIdError,
  isAttachmentId,
  SERVED_DIRECTORIES,
} from './store.ts';

let root: string;
let dir: string;
let store: AttachmentStore;

beforeEach(async () => {
  root = await fs.mkdtemp(path.join(os.tmpdir(), 'kring-attachments-'));
  dir = path.join(root, 'bijlagen');
  store = new AttachmentStore(dir);
});
afterEach(() => fs.rm(root, { recursive: true, force: true }));

const HOUR = 60 * 60 * 1000;

async function age(id: string, ms: number, now: Date): Promise<void> {
  const when = new Date(now.getTime() - ms);
  await fs.utimes(path.join(dir, id), when, when);
}

describe('AttachmentStore', () => {
  it('creates its directory 0700 and writes each file 0600 under a new UUID, nothing else', async () => {
    const bytes = Buffer.from('%PDF-1.7 inhoud');
    const id = await store.write(bytes);
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect((await fs.stat(dir)).mode & 0o777).toBe(0o700);
    expect((await fs.stat(path.join(dir, id))).mode & 0o777).toBe(0o600);
    expect(await fs.readdir(dir)).toEqual([id]); // no temporary file left behind
    expect(await store.read(id)).toEqual(bytes);
    expect(await store.has(id)).toBe(true);
    const other = await store.write(bytes);
    expect(other).not.toBe(id);
  });

  it('never names a file after the upload: ../../etc/passwd.jpg ends up as a UUID in the store', async () => {
    const huffman = (table: string) => `ffc40014${table}01${'00'.repeat(15)}00`; // one 1-bit code
    const jpeg = Buffer.from(
      `ffd8ffdb004300${'01'.repeat(64)}ffc0000b080008000801011100${huffman('00')}${huffman('10')}` +
        'ffda0008010100003f003fffd9',
      'hex',
    );
    const upload = await inspectUpload(jpeg, '../../etc/passwd.jpg');
    if (!upload.ok) throw new Error(upload.reason);
    const id = await store.write(upload.bytes);
    const everything = await fs.readdir(root, { recursive: true });
    expect(everything.sort()).toEqual(['bijlagen', path.join('bijlagen', id)].sort());
    expect(everything.join()).not.toMatch(/passwd|etc|\.jpg/);
    await expect(fs.access(path.join(root, 'etc'))).rejects.toThrow();
  });

  it('tightens an existing directory that is open to others', async () => {
    await fs.mkdir(dir, { mode: 0o755 });
    await fs.chmod(dir, 0o755);
    await store.open();
    expect((await fs.stat(dir)).mode & 0o777).toBe(0o700);
  });

  it.each([
    '../../etc/passwd',
    'passwd.jpg',
    '',
    '6F9619FF-8B86-4011-B42D-00C04FC964FF', // upper case: not what the store makes
    '6f9619ff-8b86-1011-b42d-00c04fc964ff', // version 1
    '6f9619ff-8b86-4011-b42d-00c04fc964ff\n',
    `6f9619ff-8b86-4011-b42d-00c04fc964ff${path.sep}x`,
    '.tmp-6f9619ff-8b86-4011-b42d-00c04fc964ff',
  ])('refuses the id %j in read, has and remove', async (id) => {
    expect(isAttachmentId(id)).toBe(false);
    await expect(store.read(id)).rejects.toBeInstanceOf(InvalidAttachmentIdError);
    await expect(store.has(id)).rejects.toBeInstanceOf(InvalidAttachmentIdError);
    await expect(store.remove(id)).rejects.toBeInstanceOf(InvalidAttachmentIdError);
  });

  it('removes a file, and removing it again is fine; reading it then fails', async () => {
    const id = await store.write(Buffer.from('x'));
    await store.remove(id);
    await store.remove(id);
    expect(await store.has(id)).toBe(false);
    await expect(store.read(id)).rejects.toMatchObject({ code: 'ENOENT' });
    expect(await fs.readdir(dir)).toEqual([]);
  });

  it('sweeps old orphans and stale temporary files, and keeps known, young and foreign files', async () => {
    const now = new Date('2026-11-27T09:00:00Z');
    const known = await store.write(Buffer.from('known'));
    const orphan = await store.write(Buffer.from('orphan'));
    const young = await store.write(Buffer.from('young'));
    const temp = '.tmp-6f9619ff-8b86-4011-b42d-00c04fc964ff';
    await fs.writeFile(path.join(dir, temp), 'half');
    await fs.writeFile(path.join(dir, 'LEESMIJ.txt'), 'not ours');
    for (const name of [known, orphan, temp, 'LEESMIJ.txt']) await age(name, 2 * HOUR, now);
    await age(young, HOUR / 2, now);

    expect(await store.sweep(new Set([known]), HOUR, now)).toEqual([orphan]);
    expect((await fs.readdir(dir)).sort()).toEqual([known, young, 'LEESMIJ.txt'].sort());
    expect(await store.sweep(new Set([known]), HOUR, now)).toEqual([]);
    expect(await store.sweep(new Set([known]), 0, new Date(now.getTime() + 1))).toEqual([young]);
  });

  it('sweeps nothing that is exactly as old as the limit', async () => {
    const now = new Date('2026-11-27T09:00:00Z');
    const id = await store.write(Buffer.from('x'));
    await age(id, HOUR, now);
    expect(await store.sweep(new Set(), HOUR, now)).toEqual([]);
    await age(id, HOUR + 1000, now);
    expect(await store.sweep(new Set(), HOUR, now)).toEqual([id]);
  });

  it.each([-1, Number.NaN, Number.POSITIVE_INFINITY])('refuses to sweep with the age %s', async (olderThanMs) => {
    await store.write(Buffer.from('x'));
    await expect(store.sweep(new Set(), olderThanMs, new Date())).rejects.toBeInstanceOf(RangeError);
    expect(await fs.readdir(dir)).toHaveLength(1);
  });
});

describe('where the store may live', () => {
  it('refuses a relative directory', () => {
    expect(() => new AttachmentStore('data/bijlagen')).toThrow(AttachmentDirectoryError);
  });

  it.each([
    ...SERVED_DIRECTORIES,
    ...SERVED_DIRECTORIES.map((d) => path.join(d, 'bijlagen')),
    ...SERVED_DIRECTORIES.map((d) => path.join(d, 'x', '..', 'y')),
  ])('refuses %s (served to browsers)', (served) => {
    expect(() => new AttachmentStore(served)).toThrow(AttachmentDirectoryError);
  });

  it('knows the served folders of this project', () => {
    const project = path.resolve(import.meta.dirname, '../../../..');
    expect(SERVED_DIRECTORIES).toEqual([path.join(project, 'public'), path.join(project, 'src', 'web', 'assets')]);
  });

  it('refuses a symbolic link into a served folder when it opens', async () => {
    const link = path.join(root, 'link');
    await fs.symlink(SERVED_DIRECTORIES[1]!, link);
    const sneaky = new AttachmentStore(link);
    await expect(sneaky.open()).rejects.toThrow(AttachmentDirectoryError);
    await expect(sneaky.write(Buffer.from('x'))).rejects.toThrow(AttachmentDirectoryError);
  });

  it('accepts a folder next to the served ones', () => {
    expect(() => new AttachmentStore(`${SERVED_DIRECTORIES[0]}-not`)).not.toThrow();
  });
});
