// SPDX-License-Identifier: EUPL-1.2
/**
 * Typed, validated configuration from the environment.
 *
 * Every setting Kring reads lives here, so the README's configuration table and this schema are one
 * list. `loadConfig()` refuses to start with a message per wrong variable, never a stack trace.
 */
import { createHash } from 'node:crypto';
import { isIP } from 'node:net';
import path from 'node:path';
import { inspect } from 'node:util';
import { z } from 'zod';
import { type OrganisationType, parseOrganisationTypes } from './core/roles.ts';

const booleanFlag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'], { error: 'use true or false' })
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

/** The environment variables Kring reads, with their defaults. */
export const envSchema = z.object({
  /** development (default), test or production. Demo data and dev pages exist only outside production. */
  NODE_ENV: z
    .enum(['development', 'test', 'production'], { error: 'use development, test or production' })
    .default('development'),
  /** TCP port to listen on. */
  PORT: z.coerce
    .number({ error: 'use a whole number' })
    .int('use a whole number')
    .min(0)
    .max(65535, 'use a port from 0 to 65535')
    .default(3000),
  /** Interface to listen on; `localhost` serves both 127.0.0.1 and ::1. */
  HOST: z.string().min(1, 'must not be empty').default('localhost'),
  /** Folder for the embedded database (PGlite). Ignored when DATABASE_URL is set. */
  KRING_DATA_DIR: z.string().min(1, 'must not be empty').default('./data'),
  /** postgres://… switches from the embedded database to a PostgreSQL server. */
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  /** pino log level. */
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Serve Prometheus metrics on /metrics. */
  KRING_METRICS: booleanFlag.default(false),
  /** Bearer token for /metrics; required when metrics are on in production. At least 32 characters. */
  KRING_METRICS_TOKEN: z.string().min(32, 'must be at least 32 characters').optional(),
  /** Seed demo content on first start. Default true outside production; can never be true in production. */
  KRING_DEMO_DATA: booleanFlag.optional(),
  /** HMAC key of the audit log's hash chain (at least 32 characters); required in production. */
  KRING_AUDIT_KEY: z.string().min(32, 'must be at least 32 characters').optional(),
  /** File of signed checkpoints of the audit log's head (ADR 0024), outside the data directory. */
  KRING_AUDIT_ANCHOR: z.string().min(1, 'must not be empty').default('./audit-anchor.jsonl'),
  /** Key for session-bound form tokens and for encrypting second-factor secrets (at least 32 characters); required in production. */
  KRING_SECRET_KEY: z.string().min(32, 'must be at least 32 characters').optional(),
  /**
   * The circle's pseudonym keys (ADR 0031): every version, newest first, `v2:<base64 of 32 bytes>,v1:<base64>`,
   * down to v1 without a gap; required in production.
   */
  KRING_CIRCLE_KEY: z
    .string()
    .optional()
    .or(z.literal('').transform(() => undefined))
    .transform((value, ctx) => {
      if (value === undefined) return undefined;
      const parsed = parseCircleKeys(value);
      if (typeof parsed === 'string') ctx.addIssue({ code: 'custom', message: parsed });
      return typeof parsed === 'string' ? undefined : parsed;
    }),
  /**
   * The municipality's period of a signal in the circle, in whole months (1–24, ADR 0031): a signal
   * ends after this many months at most, or at the young person's 23rd birthday.
   */
  KRING_CIRCLE_MONTHS: z.coerce
    .number({ error: 'must be a whole number of months from 1 to 24' })
    .int('must be a whole number of months from 1 to 24')
    .min(1, 'must be a whole number of months from 1 to 24')
    .max(24, 'must be a whole number of months from 1 to 24')
    .default(24),
  /**
   * How long a network meeting's registrations are kept after the meeting, in whole months (1–24,
   * ADR 0038): a daily job removes them then.
   */
  KRING_MEETING_REGISTRATION_MONTHS: z.coerce
    .number({ error: 'must be a whole number of months from 1 to 24' })
    .int('must be a whole number of months from 1 to 24')
    .min(1, 'must be a whole number of months from 1 to 24')
    .max(24, 'must be a whole number of months from 1 to 24')
    .default(3),
  /**
   * The municipality's rule for proposing a circle team's coordinator (ADR 0035): organisation types,
   * comma separated, the first proposed first (e.g. `youthCare,socialTeam`); empty: no rule. Unset:
   * youth care, the neighbourhood team, health care, school, police, Veilig Thuis.
   */
  KRING_CIRCLE_COORDINATOR_RULE: z
    .string()
    .optional()
    .transform((value, ctx) => {
      if (value === undefined) return undefined;
      const parsed = parseOrganisationTypes(value);
      if (typeof parsed === 'string') ctx.addIssue({ code: 'custom', message: parsed });
      return typeof parsed === 'string' ? undefined : parsed;
    }),
  /** SMTP server for e-mail, e.g. smtp://user:pass@mail.example.nl:587. Without it, outside production, mail goes to the development outbox page. */
  KRING_SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'must start with smtp:// or smtps://')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  /** Sender address of Kring's e-mail. */
  KRING_MAIL_FROM: z.email({ error: 'must be an e-mail address' }).default('kring@example.nl'),
  /**
   * The reverse proxy (or proxies) in front of Kring whose X-Forwarded-For to believe: the number of
   * hops (1 for one nginx), or their addresses and networks, comma-separated (`127.0.0.1,10.0.0.0/8`,
   * or `loopback`). Unset: the connection's own address is the client's.
   */
  KRING_TRUST_PROXY: z
    .string()
    .optional()
    .transform((value, ctx) => {
      const parsed = parseTrustProxy(value);
      if (typeof parsed === 'string') ctx.addIssue({ code: 'custom', message: parsed });
      return typeof parsed === 'string' ? false : parsed;
    }),
  /** Allow development mode (outbox, demo codes) on a HOST other than loopback; for a test machine only. */
  KRING_ALLOW_DEVELOPMENT_ON_NETWORK: booleanFlag.default(false),
  /** Public origin (https://kring.example.nl) used in links in e-mails and for the Origin check. */
  KRING_PUBLIC_URL: z.url({ error: 'must be a full URL such as https://kring.example.nl' }).optional(),
});

export type Env = z.infer<typeof envSchema>;

/** Which proxies to believe about the client's address: none, a number of hops, or addresses. */
export type TrustProxy = false | number | readonly string[];

const PROXY_NAMES = new Set(['loopback', 'linklocal', 'uniquelocal']);

/**
 * Reads KRING_TRUST_PROXY.
 * @returns the setting, or a message saying what is wrong
 */
export function parseTrustProxy(value: string | undefined): TrustProxy | string {
  const text = value?.trim() ?? '';
  if (text === '' || text === 'false') return false;
  if (text === 'true') {
    return 'true would believe any X-Forwarded-For a client sends; give the number of proxies or their addresses';
  }
  if (/^\d+$/.test(text)) {
    const hops = Number(text);
    return hops >= 1 && hops <= 10 ? hops : 'use a number of proxies from 1 to 10, or their addresses';
  }
  const entries = text.split(',').map((e) => e.trim());
  for (const entry of entries) {
    if (PROXY_NAMES.has(entry)) continue;
    const [address = '', prefix, ...rest] = entry.split('/');
    const family = isIP(address);
    const bits = family === 4 ? 32 : 128;
    const prefixOk = prefix === undefined || (/^\d{1,3}$/.test(prefix) && Number(prefix) <= bits);
    if (family === 0 || !prefixOk || rest.length > 0) {
      return `"${entry}" is not an IP address, a network (10.0.0.0/8) or loopback, linklocal or uniquelocal`;
    }
  }
  return entries;
}

/**
 * The circle's versioned pseudonym keys (ADR 0031), held in the process only: printed, logged or
 * serialised, it shows its versions and never a key.
 */
export class CircleKeys {
  readonly #keys: ReadonlyMap<number, Buffer>;
  /** The versions, newest first (contiguous down to 1). */
  readonly versions: readonly number[];

  /** @param keys version → 32-byte key; versions 1..n, each key different */
  constructor(keys: ReadonlyMap<number, Buffer>) {
    const versions = [...keys.keys()].sort((a, b) => b - a);
    if (versions.length === 0 || versions.some((v, i) => v !== versions.length - i)) {
      throw new Error('Circle keys must run from v1 to the newest version without a gap');
    }
    this.#keys = new Map([...keys].map(([v, k]) => [v, Buffer.from(k)]));
    this.versions = Object.freeze(versions);
  }

  /** The newest version: what new pseudonyms and rotations are computed at. */
  get newest(): number {
    return this.versions[0]!;
  }

  /**
   * The key of one version.
   * @throws {Error} when the version is not configured
   */
  key(version: number): Buffer {
    const key = this.#keys.get(version);
    if (!key) throw new Error(`Circle key version ${version} is not configured`);
    return key;
  }

  toString(): string {
    return `[CircleKeys ${this.versions.map((v) => `v${v}`).join(',')}]`;
  }

  toJSON(): string {
    return this.toString();
  }

  [inspect.custom](): string {
    return this.toString();
  }
}

/** The key bytes of a circle key: exactly 32 bytes in base64 or base64url. */
const CIRCLE_KEY_BYTES = 32;

/**
 * Reads KRING_CIRCLE_KEY: `v<n>:<base64 of 32 bytes>`, comma-separated, newest first, down to v1
 * without a gap, no key twice. Messages never repeat a key.
 * @returns the keys, or a message saying what is wrong
 */
export function parseCircleKeys(value: string): CircleKeys | string {
  const entries = value.split(',').map((e) => e.trim());
  const keys = new Map<number, Buffer>();
  const versions: number[] = [];
  for (const [i, entry] of entries.entries()) {
    const match = /^v([1-9]\d{0,5}):([A-Za-z0-9+/_-]+={0,2})$/.exec(entry);
    if (!match) return `entry ${i + 1} is not v<number>:<base64 of ${CIRCLE_KEY_BYTES} bytes>`;
    const version = Number(match[1]);
    const key = Buffer.from(match[2]!.replace(/-/g, '+').replace(/_/g, '/'), 'base64');
    if (key.length !== CIRCLE_KEY_BYTES) {
      return `v${version} must be ${CIRCLE_KEY_BYTES} random bytes in base64 (it has ${key.length})`;
    }
    if ([...keys.values()].some((k) => k.equals(key))) return `v${version} repeats the key of another version`;
    if (keys.has(version)) return `v${version} is listed twice`;
    keys.set(version, key);
    versions.push(version);
  }
  if (versions.some((v, i) => v !== versions.length - i)) {
    return 'list every version newest first, down to v1 without a gap (v3,v2,v1): old versions stay needed after a rotation';
  }
  return new CircleKeys(keys);
}

/** Outside production: a fixed, public circle key (v1), derived like the other development secrets. */
function developmentCircleKeys(): CircleKeys {
  const key = createHash('sha256').update('kring-development-circle-key-not-a-secret').digest();
  return new CircleKeys(new Map([[1, key]]));
}

/** Whether a HOST to listen on is this machine only. */
export function isLoopbackHost(host: string): boolean {
  const h = host
    .trim()
    .toLowerCase()
    .replace(/^\[|\]$/g, '');
  return h === 'localhost' || h === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(h);
}

/** The configuration the application runs with. */
export interface Config {
  readonly env: 'development' | 'test' | 'production';
  readonly port: number;
  readonly host: string;
  readonly dataDir: string;
  readonly databaseUrl: string | undefined;
  readonly logLevel: Env['LOG_LEVEL'];
  readonly metrics: { readonly enabled: boolean; readonly token: string | undefined };
  readonly demoData: boolean;
  /** HMAC key of the audit log's hash chain. Kept outside the database and its backups. */
  readonly auditKey: string;
  /** The audit anchor file (absolute): checkpoints of the log's head, kept outside the database. */
  readonly auditAnchor: string;
  /** Key for form tokens and second-factor secrets. Kept outside the database and its backups. */
  readonly secretKey: string;
  /** The circle's pseudonym keys (ADR 0031). Kept outside the database and its backups. */
  readonly circleKeys: CircleKeys;
  /** The municipality's period of a circle signal in months (KRING_CIRCLE_MONTHS, 1–24). */
  readonly circleMonths: number;
  /** Months a meeting's registrations are kept after it (KRING_MEETING_REGISTRATION_MONTHS, 1–24; default 3). */
  readonly meetingRegistrationMonths?: number;
  /** The municipality's coordinator rule (KRING_CIRCLE_COORDINATOR_RULE); undefined: the default order. */
  readonly circleCoordinatorRule?: readonly OrganisationType[];
  readonly mail: { readonly smtpUrl: string | undefined; readonly from: string };
  readonly publicUrl: string;
  /** The reverse proxies whose X-Forwarded-For is believed (KRING_TRUST_PROXY). */
  readonly trustProxy: TrustProxy;
  /** True when served over https: cookies get Secure and HSTS is meaningful. */
  readonly secure: boolean;
}

/** Thrown when the environment does not describe a runnable configuration. */
export class ConfigError extends Error {
  override name = 'ConfigError';
  constructor(readonly problems: readonly string[]) {
    super(`Kring cannot start, the configuration is not valid:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

/**
 * Reads and validates the environment.
 * @param env the environment, `process.env` by default
 * @returns the configuration
 * @throws {ConfigError} listing every wrong variable
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => `${issue.path.join('.') || 'environment'}: ${issue.message}`),
    );
  }
  const e = parsed.data;
  const problems: string[] = [];
  if (e.NODE_ENV === 'production' && e.KRING_DEMO_DATA === true) {
    problems.push('KRING_DEMO_DATA: demo data can never be seeded when NODE_ENV=production');
  }
  if (e.NODE_ENV === 'production' && e.KRING_METRICS && !e.KRING_METRICS_TOKEN) {
    problems.push('KRING_METRICS_TOKEN: required when KRING_METRICS=true in production');
  }
  if (e.NODE_ENV === 'production' && !e.KRING_AUDIT_KEY) {
    problems.push('KRING_AUDIT_KEY: required in production (at least 32 random characters, kept outside the database)');
  }
  if (e.NODE_ENV === 'production' && !e.KRING_SECRET_KEY) {
    problems.push(
      'KRING_SECRET_KEY: required in production (at least 32 random characters, kept outside the database)',
    );
  }
  if (e.NODE_ENV === 'production' && !e.KRING_CIRCLE_KEY) {
    problems.push(
      'KRING_CIRCLE_KEY: required in production (v1:<base64 of 32 random bytes>, kept outside the database and its backups)',
    );
  }
  if (e.NODE_ENV === 'production' && !e.KRING_SMTP_URL) {
    problems.push('KRING_SMTP_URL: required in production (invitations and password resets go by e-mail)');
  }
  // Development mode publishes the outbox (reset links) and the demo codes: only on this machine,
  // unless asked for explicitly (issue 11, finding 11).
  if (e.NODE_ENV === 'development' && !isLoopbackHost(e.HOST) && !e.KRING_ALLOW_DEVELOPMENT_ON_NETWORK) {
    problems.push(
      `HOST: ${e.HOST} is reachable from the network, and NODE_ENV is development (the default), which shows the outbox with reset links and the demo codes. Set NODE_ENV=production, listen on localhost, or set KRING_ALLOW_DEVELOPMENT_ON_NETWORK=true on a machine nobody else can reach`,
    );
  }
  const dataDir = path.resolve(e.KRING_DATA_DIR);
  const auditAnchor = path.resolve(e.KRING_AUDIT_ANCHOR);
  const inDataDir = path.relative(dataDir, auditAnchor);
  if (!e.DATABASE_URL && !inDataDir.startsWith('..') && !path.isAbsolute(inDataDir)) {
    problems.push('KRING_AUDIT_ANCHOR: must be outside KRING_DATA_DIR (the anchor checks the database from outside)');
  }
  if (problems.length > 0) throw new ConfigError(problems);

  const publicUrl = e.KRING_PUBLIC_URL ?? `http://localhost:${e.PORT}`;
  return {
    env: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    dataDir,
    databaseUrl: e.DATABASE_URL,
    logLevel: e.LOG_LEVEL,
    metrics: { enabled: e.KRING_METRICS, token: e.KRING_METRICS_TOKEN },
    demoData: e.NODE_ENV !== 'production' && (e.KRING_DEMO_DATA ?? e.NODE_ENV === 'development'),
    publicUrl: publicUrl.replace(/\/$/, ''),
    trustProxy: e.KRING_TRUST_PROXY,
    // Outside production a fixed, public development key: such logs prove nothing and hold demo data.
    auditKey: e.KRING_AUDIT_KEY ?? 'kring-development-audit-key-not-a-secret',
    auditAnchor,
    secretKey: e.KRING_SECRET_KEY ?? 'kring-development-secret-key-not-a-secret',
    circleKeys: e.KRING_CIRCLE_KEY ?? developmentCircleKeys(),
    circleMonths: e.KRING_CIRCLE_MONTHS,
    circleCoordinatorRule: e.KRING_CIRCLE_COORDINATOR_RULE,
    meetingRegistrationMonths: e.KRING_MEETING_REGISTRATION_MONTHS,
    mail: { smtpUrl: e.KRING_SMTP_URL, from: e.KRING_MAIL_FROM },
    secure: publicUrl.startsWith('https://'),
  };
}
