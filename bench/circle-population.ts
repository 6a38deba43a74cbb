// SPDX-License-Identifier: EUPL-1.2
/**
 * The national population of `npm run bench:circle` (ADR 0034): young people with valid BSNs (the
 * 11-proef), dates of birth 0–23 years, grouped in families that share one or two parents, and their
 * signals across organisations, streamed as CSV into COPY ... FROM STDIN through psql (no row by row
 * INSERT). Pseudonyms come from Kring's own pseudonym.ts. Deterministic: a seeded PRNG.
 */
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import type { Writable } from 'node:stream';
import type { CircleKeys } from '#src/config.ts';
import { isBsn } from '#src/core/bsn.ts';
import { pseudonym } from '#src/modules/circle/pseudonym.ts';

/** Valid BSNs upwards from `start`, in order (about one number in eleven passes). */
export function* bsnsFrom(start: number): Generator<string> {
  for (let n = start; n < 1_000_000_000; n++) {
    const digits = String(n).padStart(9, '0');
    if (isBsn(digits)) yield digits;
  }
}

/** Where young people's BSNs start; parents' start far above, so they never collide. */
export const YOUNG_BSN_START = 100_000_000;
export const PARENT_BSN_START = 600_000_000;

/** One organisation of the population and its registering professional. */
export interface PopulationOrg {
  readonly id: string;
  readonly userId: string;
}

/** The young people: pseudonym, date of birth and their parents' pseudonyms. */
export interface Population {
  readonly count: number;
  readonly pseudonyms: string[];
  readonly dateOfBirth: string[];
  /** Index into parentPseudonyms of each young person's first parent, and how many (0–2). */
  readonly parentStart: Int32Array;
  readonly parentCount: Uint8Array;
  readonly parentPseudonyms: string[];
  /** Each young person's BSN is the i-th valid BSN from YOUNG_BSN_START (kept for the measurements). */
  readonly bsns: string[];
  readonly parentBsns: string[];
}

const DAY = 86_400_000;
/** ISO date of a day offset from today (negative: the past), cached. */
export function dayCache(today: Date): (offset: number) => string {
  const base = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
  const cache = new Map<number, string>();
  return (offset) => {
    let iso = cache.get(offset);
    if (!iso) {
      iso = new Date(base + offset * DAY).toISOString().slice(0, 10);
      cache.set(offset, iso);
    }
    return iso;
  };
}

/**
 * Builds the young people: families of one to four children with two parents (one in five with one
 * parent, one in ten with none known); ages 0–22 years.
 */
export function buildPopulation(keys: CircleKeys, count: number, today: Date, random: () => number): Population {
  const day = dayCache(today);
  const young = bsnsFrom(YOUNG_BSN_START);
  const parents = bsnsFrom(PARENT_BSN_START);
  const pseudonyms: string[] = new Array(count);
  const bsns: string[] = new Array(count);
  const dateOfBirth: string[] = new Array(count);
  const parentStart = new Int32Array(count);
  const parentCount = new Uint8Array(count);
  const parentPseudonyms: string[] = [];
  const parentBsns: string[] = [];
  let i = 0;
  while (i < count) {
    const children = Math.min(count - i, 1 + Math.floor(random() * 4));
    const r = random();
    const known = r < 0.1 ? 0 : r < 0.3 ? 1 : 2;
    const first = parentPseudonyms.length;
    for (let p = 0; p < known; p++) {
      const bsn = parents.next().value as string;
      parentBsns.push(bsn);
      parentPseudonyms.push(pseudonym(keys, bsn).value);
    }
    for (let c = 0; c < children; c++, i++) {
      const bsn = young.next().value as string;
      bsns[i] = bsn;
      pseudonyms[i] = pseudonym(keys, bsn).value;
      // 0 to 22 years and 10 months old: never past the 23rd birthday within the run.
      dateOfBirth[i] = day(-Math.floor(random() * (22 * 365 + 300)));
      parentStart[i] = first;
      parentCount[i] = known;
    }
  }
  return { count, pseudonyms, dateOfBirth, parentStart, parentCount, parentPseudonyms, bsns, parentBsns };
}

/** The columns COPY fills, in the order of the CSV. */
export const SIGNAL_COLUMNS = [
  'id',
  'organisation_id',
  'registered_by',
  'contact_name',
  'contact_role',
  'contact_phone',
  'contact_email',
  'pseudonym_version',
  'pseudonym',
  'date_of_birth',
  'registered_at',
  'registered_on',
  'expires_on',
  'parents_informing',
  'parents_postponed_reason',
  'young_person_informing',
  'young_person_postponed_reason',
  'concern_id',
] as const;
export const PARENT_COLUMNS = ['signal_id', 'pseudonym_version', 'pseudonym'] as const;

/** A psql process running one COPY FROM STDIN: write CSV to `input`, then `done()`. */
function copyProcess(url: string, table: string, columns: readonly string[]) {
  const child = spawn(
    'psql',
    [url, '-v', 'ON_ERROR_STOP=1', '-q', '-c', `COPY ${table} (${columns.join(', ')}) FROM STDIN WITH (FORMAT csv)`],
    {
      stdio: ['pipe', 'ignore', 'pipe'],
    },
  );
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => {
    stderr += d.toString();
  });
  const exited = new Promise<void>((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`COPY ${table} failed (${code}): ${stderr}`)),
    );
  });
  return {
    input: child.stdin as Writable,
    async done(): Promise<void> {
      child.stdin.end();
      await exited;
    },
  };
}

/** Writes a chunk, waiting when the pipe is full. */
function write(stream: Writable, chunk: string): Promise<void> | undefined {
  if (stream.write(chunk)) return undefined;
  return new Promise((resolve) => stream.once('drain', () => resolve()));
}

/** What the load wrote. */
export interface LoadResult {
  readonly signals: number;
  readonly parents: number;
  /** Some signal ids with their organisation, for the match lookups. */
  readonly sample: { id: string; organisationId: string; userId: string }[];
}

/**
 * Streams `total` signals over the population into circle_signal and circle_signal_parent: each
 * young person gets ⌊total/count⌋ or one more, at distinct organisations; half the signals name the
 * parents. Registered 0–600 days ago; ending after two years or at the 23rd birthday.
 */
export async function copySignals(
  url: string,
  population: Population,
  orgs: readonly PopulationOrg[],
  total: number,
  today: Date,
  random: () => number,
): Promise<LoadResult> {
  const day = dayCache(today);
  const signals = copyProcess(url, 'circle_signal', SIGNAL_COLUMNS);
  const parents = copyProcess(url, 'circle_signal_parent', PARENT_COLUMNS);
  const per = Math.floor(total / population.count);
  const extra = total - per * population.count;
  const sample: LoadResult['sample'] = [];
  let written = 0;
  let parentRows = 0;
  let signalBuf = '';
  let parentBuf = '';
  const stride = 7;
  for (let i = 0; i < population.count; i++) {
    const k = Math.min(per + (i < extra ? 1 : 0), Math.floor(orgs.length / stride));
    const base = Math.floor(random() * orgs.length);
    const dob = population.dateOfBirth[i]!;
    const birthday23 = `${Number(dob.slice(0, 4)) + 23}${dob.slice(4)}`;
    for (let m = 0; m < k; m++) {
      const org = orgs[(base + m * stride) % orgs.length]!;
      const id = randomUUID();
      const registeredOn = day(-Math.floor(random() * 600));
      const twoYears = `${Number(registeredOn.slice(0, 4)) + 2}${registeredOn.slice(4)}`;
      const expiresOn = twoYears < birthday23 ? twoYears : birthday23;
      const withParents = population.parentCount[i]! > 0 && random() < 0.5;
      signalBuf += `${id},${org.id},${org.userId},Prof ${m},mentor,0341-123456,prof@bench.example,1,${population.pseudonyms[i]},${dob},${registeredOn}T09:00:00Z,${registeredOn},${expiresOn},informed,,informed,,\n`;
      if (withParents) {
        for (let p = 0; p < population.parentCount[i]!; p++) {
          parentBuf += `${id},1,${population.parentPseudonyms[population.parentStart[i]! + p]}\n`;
          parentRows++;
        }
      }
      if (sample.length < 5000 && random() < 0.01) sample.push({ id, organisationId: org.id, userId: org.userId });
      written++;
    }
    if (signalBuf.length > 1 << 20) {
      await write(signals.input, signalBuf);
      signalBuf = '';
    }
    if (parentBuf.length > 1 << 20) {
      await write(parents.input, parentBuf);
      parentBuf = '';
    }
  }
  await write(signals.input, signalBuf);
  await write(parents.input, parentBuf);
  await Promise.all([signals.done(), parents.done()]);
  return { signals: written, parents: parentRows, sample };
}
