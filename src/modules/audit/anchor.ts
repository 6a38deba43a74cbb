// SPDX-License-Identifier: EUPL-1.2
/**
 * The audit log's anchor outside the database (issue 11, finding 6; ADR 0024). The hash chain finds a
 * row changed, removed or moved, but not the newest rows cut off: what is left is still a valid chain.
 * So Kring writes signed checkpoints of the chain's head (the last row's id and hash, and the time)
 * to a file outside the data directory (KRING_AUDIT_ANCHOR): at start, every minute while the head
 * moves, and at shutdown. `npm run audit:verify` and the privacy officer's check then also ask
 * whether the row the latest checkpoint names is still there with that hash.
 *
 * The file has one JSON line per checkpoint, appended and fsynced, mode 0600:
 * `{"v":1,"seq":"<row id>","hash":"<row hash>","at":"<ISO time>","mac":"<hex>"}`, where
 * `mac = HMAC-SHA-256(deriveKey(KRING_AUDIT_KEY, 'audit-anchor'),
 * "kring-audit-checkpoint:v1\n<seq>\n<hash>\n<at>")`. Without the audit key nobody can write a
 * checkpoint that verifies; with access to the database alone nobody can touch the file.
 *
 * A checkpoint is only ever written on top of one the log still matches: if the row of the latest
 * checkpoint is gone or changed, the writer refuses (and logs why), so a cut cannot be papered over
 * by the next checkpoint.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Kysely } from 'kysely';
import { deriveKey } from '#src/core/secrets.ts';
import type { Database } from '#src/db/database.ts';
import { auditRowById, chainHead } from './audit.repository.ts';
import type { ChainCheck } from './audit-chain.ts';
import { sealAuditLog } from './audit-sealer.ts';
import { verifyAuditLog } from './record-audit-event.ts';

/** A checkpoint of the chain's head. */
export interface Checkpoint {
  /** The id of the audit row it names. */
  readonly seq: string;
  /** That row's hash. */
  readonly hash: string;
  /** When the checkpoint was written. */
  readonly at: Date;
}

/** The latest checkpoint in the anchor file. */
export type LatestCheckpoint =
  | { readonly kind: 'none' }
  | { readonly kind: 'valid'; readonly checkpoint: Checkpoint }
  /** The last line is not a checkpoint signed with this audit key (forged, changed, or torn). */
  | { readonly kind: 'forged' };

/** How often a running Kring writes a checkpoint when the head moved. */
export const CHECKPOINT_INTERVAL_MS = 60_000;

/** How much of the file's end is read to find the latest line (a line is about 250 bytes). */
const TAIL_BYTES = 4096;

/** The key that signs checkpoints, derived from KRING_AUDIT_KEY for this purpose alone. */
export function anchorKey(auditKey: string): Buffer {
  return deriveKey(auditKey, 'audit-anchor');
}

/** The MAC of a checkpoint (hex). */
function checkpointMac(key: Buffer, seq: string, hash: string, at: string): string {
  return createHmac('sha256', key).update(`kring-audit-checkpoint:v1\n${seq}\n${hash}\n${at}`).digest('hex');
}

/** One line of the anchor file, newline included. */
export function checkpointLine(key: Buffer, checkpoint: Checkpoint): string {
  const at = checkpoint.at.toISOString();
  const mac = checkpointMac(key, checkpoint.seq, checkpoint.hash, at);
  return `${JSON.stringify({ v: 1, seq: checkpoint.seq, hash: checkpoint.hash, at, mac })}\n`;
}

/** A line read back: a valid checkpoint, or undefined when it is not one signed with this key. */
export function parseCheckpoint(key: Buffer, line: string): Checkpoint | undefined {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return undefined;
  }
  const c = value as Record<string, unknown> | null;
  if (c?.v !== 1) return undefined;
  const { seq, hash, at, mac } = c;
  if (typeof seq !== 'string' || !/^\d{1,18}$/.test(seq)) return undefined;
  if (typeof hash !== 'string' || !/^[0-9a-f]{64}$/.test(hash)) return undefined;
  if (typeof at !== 'string' || typeof mac !== 'string' || !/^[0-9a-f]{64}$/.test(mac)) return undefined;
  const time = new Date(at);
  if (Number.isNaN(time.getTime()) || time.toISOString() !== at) return undefined;
  const expected = Buffer.from(checkpointMac(key, seq, hash, at), 'hex');
  if (!timingSafeEqual(expected, Buffer.from(mac, 'hex'))) return undefined;
  return { seq, hash, at: time };
}

/**
 * The latest checkpoint: the last line of the file. A missing or empty file has none.
 * @throws {Error} when the file exists but cannot be read
 */
export async function readLatestCheckpoint(file: string, key: Buffer): Promise<LatestCheckpoint> {
  let handle: fs.FileHandle;
  try {
    handle = await fs.open(file, 'r');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'none' };
    throw err;
  }
  try {
    const { size } = await handle.stat();
    const length = Math.min(size, TAIL_BYTES);
    const buffer = Buffer.alloc(length);
    await handle.read(buffer, 0, length, size - length);
    const lines = buffer
      .toString('utf8')
      .split('\n')
      .filter((l) => l.trim() !== '');
    const last = lines[lines.length - 1];
    if (last === undefined) return { kind: 'none' };
    const checkpoint = parseCheckpoint(key, last);
    return checkpoint ? { kind: 'valid', checkpoint } : { kind: 'forged' };
  } finally {
    await handle.close();
  }
}

/**
 * Appends a checkpoint and makes it durable: the file (created 0600, its folder 0700) is fsynced,
 * and its folder too when the file is new.
 */
export async function appendCheckpoint(file: string, key: Buffer, checkpoint: Checkpoint): Promise<void> {
  const dir = path.dirname(file);
  await fs.mkdir(dir, { recursive: true, mode: 0o700 });
  const created = await fs.access(file).then(
    () => false,
    () => true,
  );
  const handle = await fs.open(file, 'a', 0o600);
  try {
    await handle.chmod(0o600);
    await handle.write(checkpointLine(key, checkpoint));
    await handle.sync();
  } finally {
    await handle.close();
  }
  if (created) {
    const folder = await fs.open(dir, 'r');
    try {
      await folder.sync();
    } finally {
      await folder.close();
    }
  }
}

/** The result of checking the log: the chain, and its end against the latest checkpoint. */
export type AuditLogCheck =
  | (Extract<ChainCheck, { ok: true }> & {
      /** The checkpoint the end was checked against; null when there is none yet (a warning). */
      readonly anchor: Checkpoint | null;
    })
  | Extract<ChainCheck, { ok: false }>
  | {
      readonly ok: false;
      readonly checked: number;
      /** The row the checkpoint names. */
      readonly brokenAt: string;
      /** `truncated`: that row is gone; `mismatch`: it is there with another hash. */
      readonly reason: 'truncated' | 'mismatch';
      readonly checkpoint: Checkpoint;
    }
  | { readonly ok: false; readonly checked: number; readonly brokenAt: null; readonly reason: 'forged' };

/**
 * Checks the whole chain, then its end against the latest checkpoint in the anchor file.
 * @param db the database (or the reading transaction)
 * @param auditKey KRING_AUDIT_KEY
 * @param anchorFile KRING_AUDIT_ANCHOR
 */
export async function verifyAuditTrail(
  db: Kysely<Database>,
  auditKey: string,
  anchorFile: string,
): Promise<AuditLogCheck> {
  const chain = await verifyAuditLog(db, auditKey);
  if (!chain.ok) return chain;
  const latest = await readLatestCheckpoint(anchorFile, anchorKey(auditKey));
  if (latest.kind === 'none') return { ...chain, anchor: null };
  if (latest.kind === 'forged') return { ok: false, checked: chain.checked, brokenAt: null, reason: 'forged' };
  const { checkpoint } = latest;
  const row = await auditRowById(db, checkpoint.seq);
  if (!row) return { ok: false, checked: chain.checked, brokenAt: checkpoint.seq, reason: 'truncated', checkpoint };
  if (row.hash !== checkpoint.hash) {
    return { ok: false, checked: chain.checked, brokenAt: checkpoint.seq, reason: 'mismatch', checkpoint };
  }
  return { ...chain, anchor: checkpoint };
}

/** Where the writer reports what it could not do. */
export interface AnchorLog {
  info(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

/** What a checkpoint attempt did. */
export type CheckpointOutcome = 'written' | 'unchanged' | 'empty' | 'refused';

/** Writes checkpoints of a database's audit log to the anchor file: on demand and on a timer. */
export class AuditAnchor {
  readonly #key: Buffer;
  #timer: NodeJS.Timeout | undefined;
  /** The attempt running now; attempts never overlap. */
  #running: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly options: {
      readonly db: Kysely<Database>;
      readonly file: string;
      readonly auditKey: string;
      readonly clock: () => Date;
      readonly log: AnchorLog;
      readonly intervalMs?: number;
    },
  ) {
    this.#key = anchorKey(options.auditKey);
  }

  /**
   * Writes a checkpoint of the current head, unless the head has not moved since the latest one, the
   * log is empty, or the log no longer matches the latest checkpoint (then it refuses and logs why).
   * @throws {Error} when the file cannot be read or written
   */
  checkpoint(): Promise<CheckpointOutcome> {
    const attempt = this.#running.then(() => this.#checkpoint());
    this.#running = attempt.catch(() => undefined);
    return attempt;
  }

  async #checkpoint(): Promise<CheckpointOutcome> {
    const { db, file, clock, log } = this.options;
    // The rows the hot paths wrote pending are chained first, so the checkpoint covers them (ADR 0034).
    await sealAuditLog(db, this.options.auditKey);
    const head = await chainHead(db);
    if (!head) return 'empty';
    const latest = await readLatestCheckpoint(file, this.#key);
    if (latest.kind === 'forged') {
      log.error({ file }, 'the audit anchor’s last line is not a genuine checkpoint: not writing over it');
      return 'refused';
    }
    if (latest.kind === 'valid') {
      const last = latest.checkpoint;
      if (last.seq === head.id && last.hash === head.hash) return 'unchanged';
      const row = await auditRowById(db, last.seq);
      if (row?.hash !== last.hash) {
        log.error(
          { file, checkpoint: last.seq },
          'the audit log no longer holds the row of the latest checkpoint: not moving the anchor (run npm run audit:verify)',
        );
        return 'refused';
      }
    }
    await appendCheckpoint(file, this.#key, { seq: head.id, hash: head.hash, at: clock() });
    return 'written';
  }

  /** Starts the timer (every CHECKPOINT_INTERVAL_MS); failures are logged, never thrown. */
  start(): void {
    const interval = this.options.intervalMs ?? CHECKPOINT_INTERVAL_MS;
    this.#timer = setInterval(() => {
      this.checkpoint().catch((err: unknown) => this.options.log.error({ err }, 'could not write an audit checkpoint'));
    }, interval);
    this.#timer.unref();
  }

  /** Stops the timer and writes the last checkpoint (at shutdown, before the database closes). */
  async stop(): Promise<void> {
    clearInterval(this.#timer);
    this.#timer = undefined;
    await this.checkpoint().catch((err: unknown) =>
      this.options.log.error({ err }, 'could not write the audit checkpoint at shutdown'),
    );
  }
}
