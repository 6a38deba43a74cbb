// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import { PRODUCTION_ENV } from '#test/setup.ts';
import { ConfigError, loadConfig } from './config.ts';

describe('loadConfig', () => {
  it('has working defaults for a fresh machine', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({
      env: 'development',
      port: 3000,
      host: 'localhost',
      databaseUrl: undefined,
      demoData: true,
    });
    expect(c.dataDir.endsWith('/data')).toBe(true);
    expect(c.publicUrl).toBe('http://localhost:3000');
    expect(c.secure).toBe(false);
  });

  it.each([
    [{ PORT: 'abc' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ NODE_ENV: 'staging' }, 'NODE_ENV'],
    [{ DATABASE_URL: 'mysql://x' }, 'DATABASE_URL'],
    [{ KRING_METRICS: 'maybe' }, 'KRING_METRICS'],
    [{ KRING_METRICS_TOKEN: 'short' }, 'KRING_METRICS_TOKEN'],
    [{ KRING_PUBLIC_URL: 'not a url' }, 'KRING_PUBLIC_URL'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    [{ NODE_ENV: 'production', KRING_DEMO_DATA: 'true' }, 'KRING_DEMO_DATA'],
    [{ NODE_ENV: 'production', KRING_METRICS: 'true' }, 'KRING_METRICS_TOKEN'],
    [{ NODE_ENV: 'production' }, 'KRING_AUDIT_KEY'],
    [{ KRING_AUDIT_KEY: 'short' }, 'KRING_AUDIT_KEY'],
    [{ NODE_ENV: 'production' }, 'KRING_SECRET_KEY'],
    [{ KRING_SECRET_KEY: 'short' }, 'KRING_SECRET_KEY'],
    [{ NODE_ENV: 'production' }, 'KRING_SMTP_URL'],
    [{ KRING_SMTP_URL: 'http://mail' }, 'KRING_SMTP_URL'],
    [{ KRING_MAIL_FROM: 'not an address' }, 'KRING_MAIL_FROM'],
  ])('refuses %o with a message naming %s', (env, variable) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    try {
      loadConfig(env);
    } catch (err) {
      expect((err as ConfigError).problems.some((p) => p.startsWith(`${variable}:`))).toBe(true);
      expect((err as Error).message).toContain('Kring cannot start');
    }
  });

  it('keeps the audit anchor outside the data directory (ADR 0024)', () => {
    expect(loadConfig({}).auditAnchor.endsWith('/audit-anchor.jsonl')).toBe(true);
    expect(loadConfig({}).auditAnchor.startsWith(loadConfig({}).dataDir)).toBe(false);
    for (const inside of ['./data/audit-anchor.jsonl', './data', '/srv/kring/data/x/anchor.jsonl']) {
      const env = {
        KRING_DATA_DIR: inside.startsWith('/srv') ? '/srv/kring/data' : './data',
        KRING_AUDIT_ANCHOR: inside,
      };
      expect(() => loadConfig(env), inside).toThrow(/KRING_AUDIT_ANCHOR: must be outside KRING_DATA_DIR/);
    }
    expect(loadConfig({ KRING_AUDIT_ANCHOR: './data-anchor.jsonl' }).auditAnchor.endsWith('/data-anchor.jsonl')).toBe(
      true,
    );
    // With a PostgreSQL server the data directory is not used.
    expect(
      loadConfig({ DATABASE_URL: 'postgres://localhost/kring', KRING_AUDIT_ANCHOR: './data/anchor.jsonl' }).auditAnchor,
    ).toMatch(/\/data\/anchor\.jsonl$/);
  });

  it('lists every wrong variable at once', () => {
    try {
      loadConfig({ PORT: 'x', NODE_ENV: 'x' });
      expect.unreachable();
    } catch (err) {
      expect((err as ConfigError).problems).toHaveLength(2);
    }
  });

  it('never seeds demo data in production, and not in test unless asked', () => {
    expect(loadConfig({ ...PRODUCTION_ENV }).demoData).toBe(false);
    expect(loadConfig({ NODE_ENV: 'test' }).demoData).toBe(false);
    expect(loadConfig({ NODE_ENV: 'test', KRING_DEMO_DATA: 'true' }).demoData).toBe(true);
    expect(loadConfig({ KRING_DEMO_DATA: 'false' }).demoData).toBe(false);
  });

  it('reads PostgreSQL, https and metrics settings', () => {
    const c = loadConfig({
      DATABASE_URL: 'postgres://u@h/db',
      KRING_PUBLIC_URL: 'https://kring.example.nl/',
      KRING_METRICS: 'true',
      KRING_METRICS_TOKEN: 'x'.repeat(32),
    });
    expect(c.databaseUrl).toBe('postgres://u@h/db');
    expect(c.publicUrl).toBe('https://kring.example.nl');
    expect(c.secure).toBe(true);
    expect(c.metrics).toEqual({ enabled: true, token: 'x'.repeat(32) });
  });
});
