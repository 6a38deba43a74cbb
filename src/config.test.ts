// SPDX-License-Identifier: EUPL-1.2

import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { PRODUCTION_ENV } from '#test/setup.ts';
import { CircleKeys, ConfigError, loadConfig, parseCircleKeys } from './config.ts';

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
    [{ NODE_ENV: 'production' }, 'KRING_CIRCLE_KEY'],
    [{ ...PRODUCTION_ENV, KRING_CIRCLE_KEY: '' }, 'KRING_CIRCLE_KEY'],
    [{ KRING_CIRCLE_KEY: 'not-a-key' }, 'KRING_CIRCLE_KEY'],
    [{ KRING_CIRCLE_MONTHS: '0' }, 'KRING_CIRCLE_MONTHS'],
    [{ KRING_CIRCLE_MONTHS: '25' }, 'KRING_CIRCLE_MONTHS'],
    [{ KRING_CIRCLE_MONTHS: '6.5' }, 'KRING_CIRCLE_MONTHS'],
    [{ KRING_CIRCLE_MONTHS: 'zes' }, 'KRING_CIRCLE_MONTHS'],
    [{ KRING_MEETING_REGISTRATION_MONTHS: '0' }, 'KRING_MEETING_REGISTRATION_MONTHS'],
    [{ KRING_MEETING_REGISTRATION_MONTHS: '25' }, 'KRING_MEETING_REGISTRATION_MONTHS'],
    [{ KRING_MEETING_REGISTRATION_MONTHS: 'drie' }, 'KRING_MEETING_REGISTRATION_MONTHS'],
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

  it('KRING_MEETING_REGISTRATION_MONTHS: registrations kept 3 months after a meeting unless set (1–24)', () => {
    expect(loadConfig({}).meetingRegistrationMonths).toBe(3);
    expect(loadConfig({ KRING_MEETING_REGISTRATION_MONTHS: '6' }).meetingRegistrationMonths).toBe(6);
  });

  it('KRING_CIRCLE_MONTHS: the municipality’s period, 24 months unless set (1–24)', () => {
    expect(loadConfig({}).circleMonths).toBe(24);
    expect(loadConfig({ KRING_CIRCLE_MONTHS: '12' }).circleMonths).toBe(12);
    expect(loadConfig({ KRING_CIRCLE_MONTHS: '1' }).circleMonths).toBe(1);
  });

  describe('KRING_CIRCLE_KEY (ADR 0031)', () => {
    const k = (byte: number, length = 32) => Buffer.alloc(length, byte).toString('base64');
    const ku = (byte: number) => Buffer.alloc(32, byte).toString('base64url');

    it.each([
      ['one version', `v1:${k(1)}`, [1]],
      ['newest first, down to v1', `v3:${k(3)},v2:${k(2)},v1:${k(1)}`, [3, 2, 1]],
      ['spaces around entries', ` v2:${k(2)} , v1:${k(1)} `, [2, 1]],
      ['base64url', `v2:${ku(0xfb)},v1:${ku(0xfe)}`, [2, 1]],
    ])('reads %s', (_name, value, versions) => {
      const keys = parseCircleKeys(value);
      expect(keys).toBeInstanceOf(CircleKeys);
      expect((keys as CircleKeys).versions).toEqual(versions);
      expect((keys as CircleKeys).newest).toBe(versions[0]);
    });

    it('gives each version its own bytes', () => {
      const keys = parseCircleKeys(`v2:${k(2)},v1:${k(1)}`) as CircleKeys;
      expect(keys.key(2)).toEqual(Buffer.alloc(32, 2));
      expect(keys.key(1)).toEqual(Buffer.alloc(32, 1));
      expect(() => keys.key(3)).toThrow(/version 3 is not configured/);
    });

    it.each([
      ['no version', k(1), /entry 1 is not v<number>/],
      ['v0', `v0:${k(1)}`, /entry 1 is not v<number>/],
      ['too short', `v1:${k(1, 16)}`, /v1 must be 32 random bytes in base64 \(it has 16\)/],
      ['too long', `v1:${k(1, 33)}`, /it has 33/],
      ['oldest first', `v1:${k(1)},v2:${k(2)}`, /newest first, down to v1 without a gap/],
      ['a gap', `v3:${k(3)},v1:${k(1)}`, /without a gap/],
      ['v1 dropped', `v2:${k(2)}`, /without a gap/],
      ['a version twice', `v1:${k(1)},v1:${k(2)}`, /v1 is listed twice/],
      ['a key twice', `v2:${k(1)},v1:${k(1)}`, /v1 repeats the key of another version/],
      ['an empty entry', `v2:${k(2)},,v1:${k(1)}`, /entry 2 is not/],
    ])('refuses %s, without repeating a key', (_name, value, message) => {
      const result = parseCircleKeys(value);
      expect(result).toMatch(message);
      for (const byte of [1, 2, 3]) expect(result).not.toContain(k(byte));
    });

    it('is required in production and refused when malformed, naming the variable', () => {
      expect(loadConfig({ ...PRODUCTION_ENV }).circleKeys.versions).toEqual([1]);
      expect(() => loadConfig({ ...PRODUCTION_ENV, KRING_CIRCLE_KEY: `v2:${k(2)}` })).toThrow(
        /KRING_CIRCLE_KEY: list every version newest first/,
      );
    });

    it('outside production, a fixed development key (the same on every start)', () => {
      const a = loadConfig({}).circleKeys;
      const b = loadConfig({ NODE_ENV: 'test' }).circleKeys;
      expect(a.versions).toEqual([1]);
      expect(a.key(1)).toHaveLength(32);
      expect(a.key(1)).toEqual(b.key(1));
      expect(a.key(1)).not.toEqual(loadConfig({ ...PRODUCTION_ENV }).circleKeys.key(1));
    });

    it('never shows a key when printed, logged or serialised', () => {
      const secret = k(7);
      const config = loadConfig({ KRING_CIRCLE_KEY: `v2:${secret},v1:${k(1)}` });
      for (const shown of [
        JSON.stringify(config),
        inspect(config, { depth: 10, showHidden: true }),
        String(config.circleKeys),
        `${config.circleKeys}`,
      ]) {
        expect(shown).not.toContain(secret);
        expect(shown).not.toContain(Buffer.alloc(32, 7).toString('hex'));
        expect(shown).toContain('[CircleKeys v2,v1]');
      }
    });

    it('refuses keys that do not run from v1 without a gap when built directly', () => {
      expect(() => new CircleKeys(new Map([[2, Buffer.alloc(32)]]))).toThrow(/without a gap/);
      expect(() => new CircleKeys(new Map())).toThrow(/without a gap/);
    });
  });
});
