// SPDX-License-Identifier: EUPL-1.2
/**
 * Typed, validated configuration from the environment.
 *
 * Every setting Kring reads lives here, so the README's configuration table and this schema are one
 * list. `loadConfig()` refuses to start with a message per wrong variable, never a stack trace.
 */
import { isIP } from 'node:net';
import path from 'node:path';
import { z } from 'zod';

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
    mail: { smtpUrl: e.KRING_SMTP_URL, from: e.KRING_MAIL_FROM },
    secure: publicUrl.startsWith('https://'),
  };
}
