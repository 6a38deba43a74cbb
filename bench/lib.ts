// SPDX-License-Identifier: EUPL-1.2
/**
 * Shared parts of the benchmarks: child processes that are always cleaned up (also on Ctrl-C and
 * errors), waiting for a server to answer, one autocannon measurement (2 s unrecorded warm-up, then
 * the measured run), medians and settings from the environment. Load only ever goes to 127.0.0.1.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon, { type Instance, type Result } from 'autocannon';

/** The repository root (child processes run here, so `--import tsx` resolves). */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Unrecorded warm-up before every measured run, in seconds. */
export const WARMUP_SECONDS = 2;

/** The only host the benchmarks talk to. */
export const LOOPBACK = '127.0.0.1';

/**
 * Reads a positive whole number from the environment.
 * @param name variable name
 * @param fallback value when the variable is unset or empty
 * @throws {Error} when the variable is set to something else than a positive whole number
 */
export function envInt(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a positive whole number, got "${raw}"`);
  return value;
}

/**
 * The median of a non-empty list (the mean of the middle two for an even count).
 * @param values numbers
 */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** A cleanup step; steps run last-in first-out. */
type CleanupStep = () => void | Promise<void>;

/**
 * Everything that must be undone when the benchmark ends: child processes, clusters, temp dirs.
 * `install()` makes SIGINT/SIGTERM run the steps and exit; a second signal kills what is left.
 */
export class Cleanup {
  private readonly steps: { name: string; run: CleanupStep }[] = [];
  private running: Promise<void> | undefined;
  private readonly children = new Set<ChildProcess>();

  /**
   * Registers a step.
   * @param name shown when the step fails
   * @param run the step
   * @returns a function that runs the step now (once) and unregisters it
   */
  add(name: string, run: CleanupStep): () => Promise<void> {
    const entry = { name, run };
    this.steps.push(entry);
    return async () => {
      const index = this.steps.indexOf(entry);
      if (index === -1) return;
      this.steps.splice(index, 1);
      await this.runStep(entry);
    };
  }

  /** Remembers a child so a second Ctrl-C can SIGKILL it. */
  track(child: ChildProcess): void {
    this.children.add(child);
    child.once('exit', () => this.children.delete(child));
  }

  /** Runs every remaining step, last registered first. Safe to call more than once. */
  runAll(): Promise<void> {
    this.running ??= (async () => {
      while (this.steps.length > 0) {
        const entry = this.steps.pop()!;
        await this.runStep(entry);
      }
    })();
    return this.running;
  }

  /** SIGINT/SIGTERM: clean up and exit 130/143; a second signal SIGKILLs the children and exits. */
  install(): void {
    let signalled = false;
    const onSignal = (signal: NodeJS.Signals): void => {
      const code = signal === 'SIGINT' ? 130 : 143;
      if (signalled) {
        process.stderr.write(`\n${signal} again: killing child processes and exiting\n`);
        for (const child of this.children) child.kill('SIGKILL');
        process.exit(code);
      }
      signalled = true;
      process.stderr.write(`\n${signal}: stopping servers and removing temporary files…\n`);
      this.runAll().finally(() => process.exit(code));
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
  }

  private async runStep(entry: { name: string; run: CleanupStep }): Promise<void> {
    try {
      await entry.run();
    } catch (err) {
      process.stderr.write(`cleanup "${entry.name}" failed: ${err instanceof Error ? err.message : String(err)}\n`);
    }
  }
}

/** A Node child process started by the benchmark. */
export interface NodeChild {
  readonly name: string;
  readonly process: ChildProcess;
  /** The last lines it wrote (for error messages). */
  tail(): string;
  /** How many output lines it wrote in total. */
  lineCount(): number;
  /** Set when the process ended without being asked to (exit code or signal), else undefined. */
  unexpectedExit(): string | undefined;
  /** SIGTERM, wait up to 15 s for a clean exit, then SIGKILL. Idempotent. */
  stop(): Promise<void>;
}

const FORWARDED_LINES = 20;
const TAIL_LINES = 40;

/**
 * Starts `node --import tsx <script> …args` in the repository root, in its own process group (so a
 * Ctrl-C reaches only the benchmark, which then stops the child in order). The first lines of its
 * output are forwarded with a prefix; the rest are counted.
 * @param cleanup registry the child is stopped by
 * @param name prefix for its output
 * @param script path relative to the repository root
 * @param args extra arguments
 * @param env the complete environment of the child
 */
export function startNode(
  cleanup: Cleanup,
  name: string,
  script: string,
  args: readonly string[],
  env: NodeJS.ProcessEnv,
): NodeChild {
  const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], {
    cwd: REPO_ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  cleanup.track(child);
  const lines: string[] = [];
  let count = 0;
  const onData = (chunk: Buffer): void => {
    for (const line of chunk.toString('utf8').split('\n')) {
      if (line.trim() === '') continue;
      count++;
      lines.push(line);
      if (lines.length > TAIL_LINES) lines.shift();
      if (count <= FORWARDED_LINES) process.stderr.write(`[${name}] ${line}\n`);
      else if (count === FORWARDED_LINES + 1) process.stderr.write(`[${name}] (further output not shown)\n`);
    }
  };
  child.stdout?.on('data', onData);
  child.stderr?.on('data', onData);
  let stopping: Promise<void> | undefined;
  let unexpected: string | undefined;
  const exited = new Promise<void>((resolve) => {
    child.once('exit', (code, signal) => {
      if (!stopping) {
        unexpected = signal ? `killed by ${signal}` : `exit code ${code}`;
        process.stderr.write(`[${name}] exited unexpectedly (${unexpected})\n`);
      }
      resolve();
    });
  });
  const stop = (): Promise<void> => {
    stopping ??= (async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(timer);
    })();
    return stopping;
  };
  cleanup.add(`stop ${name}`, stop);
  return {
    name,
    process: child,
    tail: () => lines.join('\n'),
    lineCount: () => count,
    unexpectedExit: () => unexpected,
    stop,
  };
}

/**
 * Runs `node --import tsx <script> …args` in the repository root to completion (e.g. a seed script),
 * stopped with the benchmark on Ctrl-C.
 * @param cleanup registry the child is stopped by while it runs
 * @param script path relative to the repository root
 * @param args extra arguments
 * @param env the complete environment of the child
 * @param timeoutMs SIGKILL after this long
 * @returns its stdout
 * @throws {Error} with the end of its output when it exits non-zero, is killed or times out
 */
export async function runNode(
  cleanup: Cleanup,
  script: string,
  args: readonly string[],
  env: NodeJS.ProcessEnv,
  timeoutMs: number,
): Promise<string> {
  const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], {
    cwd: REPO_ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  cleanup.track(child);
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c: Buffer) => {
    stdout += c.toString('utf8');
  });
  child.stderr.on('data', (c: Buffer) => {
    stderr += c.toString('utf8');
  });
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
  const stop = cleanup.add(`stop ${script}`, () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  });
  try {
    const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve, reject) => {
      child.once('error', reject);
      child.once('exit', (c, s) => resolve([c, s]));
    });
    if (code !== 0) {
      const tail = `${stdout}${stderr}`.trim().split('\n').slice(-TAIL_LINES).join('\n');
      throw new Error(`${script} ${signal ? `killed by ${signal}` : `exited ${code}`}:\n${tail}`);
    }
    return stdout;
  } finally {
    clearTimeout(timer);
    await stop();
  }
}

/**
 * Polls `url` until it answers `status`, failing early when the child exits.
 * @param url a 127.0.0.1 URL
 * @param child the server that should answer
 * @param timeoutMs give up after this long
 * @param status expected status (200)
 * @throws {Error} with the child's last output when it exits or the time runs out
 */
export async function waitForHttp(url: string, child: NodeChild, timeoutMs: number, status = 200): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = 'no answer';
  while (Date.now() < deadline) {
    if (child.process.exitCode !== null || child.process.signalCode !== null) {
      throw new Error(
        `${child.name} exited (${child.process.exitCode ?? child.process.signalCode}) before ${url} answered ${status}:\n${child.tail()}`,
      );
    }
    try {
      const res = await fetch(url, { redirect: 'manual', signal: AbortSignal.timeout(2_000) });
      await res.arrayBuffer();
      if (res.status === status) return;
      last = `status ${res.status}`;
    } catch (err) {
      last = err instanceof Error ? err.message : String(err);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(
    `${child.name}: ${url} did not answer ${status} within ${timeoutMs / 1000} s (${last}):\n${child.tail()}`,
  );
}

/** One measured autocannon run, reduced to what the reports use. */
export interface Sample {
  /** Mean of the per-second request counts (autocannon's "Req/Sec avg"). */
  readonly reqPerSec: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  /** Completed requests in the measured run. */
  readonly requests: number;
  /** Socket errors, timeouts included. */
  readonly errors: number;
  readonly timeouts: number;
  readonly non2xx: number;
  /** Errors + non-2xx during the unrecorded warm-up. */
  readonly warmupFailures: number;
  readonly statusCodes: Record<string, number>;
  readonly bytesPerSec: number;
}

let current: Instance | undefined;

/** Stops the autocannon run in progress, if any (used on Ctrl-C). */
export function stopLoad(): void {
  current?.stop();
}

async function autocannonRun(url: string, seconds: number, connections: number, headers: Record<string, string>) {
  if (new URL(url).hostname !== LOOPBACK) throw new Error(`refusing to send load to ${url}: only ${LOOPBACK}`);
  const instance = autocannon({ url, connections, duration: seconds, headers });
  current = instance;
  try {
    return await instance;
  } finally {
    current = undefined;
  }
}

/**
 * Warm-up (unrecorded) and measured run against one URL.
 * @param url a http://127.0.0.1 URL
 * @param options duration in seconds, connections, request headers
 */
export async function measure(
  url: string,
  options: { duration: number; connections: number; headers?: Record<string, string> },
): Promise<Sample> {
  const headers = options.headers ?? {};
  const warm = await autocannonRun(url, WARMUP_SECONDS, options.connections, headers);
  const res: Result = await autocannonRun(url, options.duration, options.connections, headers);
  return {
    reqPerSec: res.requests.average,
    p50Ms: res.latency.p50,
    p99Ms: res.latency.p99,
    requests: res.requests.total,
    errors: res.errors,
    timeouts: res.timeouts,
    non2xx: res.non2xx,
    warmupFailures: warm.errors + warm.non2xx,
    statusCodes: Object.fromEntries(Object.entries(res.statusCodeStats).map(([code, s]) => [code, s.count])),
    bytesPerSec: res.throughput.average,
  };
}

/**
 * The environment for a child server: the parent's, minus Kring and database settings (so a local
 * .env or shell export cannot change what is measured), plus `extra`.
 * @param extra variables to set
 */
export function childEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (key.startsWith('KRING_') || key === 'DATABASE_URL' || key.startsWith('PG')) continue;
    env[key] = value;
  }
  return { ...env, ...extra };
}

/**
 * The current commit, and whether the working tree differs from it (best effort).
 * @returns `{ commit, dirty }`, or commit 'unknown'
 */
export async function gitState(): Promise<{ commit: string; dirty: boolean }> {
  const run = (args: string[]): Promise<string> =>
    new Promise((resolve, reject) => {
      const child = spawn('git', args, { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'ignore'] });
      let out = '';
      child.stdout.on('data', (c: Buffer) => {
        out += c.toString('utf8');
      });
      child.on('error', reject);
      child.on('exit', (code) => (code === 0 ? resolve(out.trim()) : reject(new Error(`git exited ${code}`))));
    });
  try {
    const commit = await run(['rev-parse', '--short=12', 'HEAD']);
    const status = await run(['status', '--porcelain', '--', 'src', 'package.json', 'package-lock.json']);
    return { commit, dirty: status !== '' };
  } catch {
    return { commit: 'unknown', dirty: false };
  }
}

/** The load averages, as a short note for reports (other work on the machine skews the figures). */
export function loadNote(): string {
  return `load average ${os
    .loadavg()
    .map((n) => n.toFixed(2))
    .join(' / ')} (1/5/15 min)`;
}

/**
 * A short description of the machine, for the reports.
 */
export function machine(): string {
  let cpu = 'unknown CPU';
  try {
    const info = fs.readFileSync('/proc/cpuinfo', 'utf8');
    cpu = /model name\s*:\s*(.+)/.exec(info)?.[1]?.trim() ?? cpu;
  } catch {
    // not Linux
  }
  return `${os.availableParallelism()} cores (${cpu}), Node ${process.version}, ${process.platform}`;
}
