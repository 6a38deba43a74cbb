// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import { hashPassword, passwordProblem, verifyPassword } from './password.ts';

describe('passwordProblem', () => {
  it.each([
    ['', 'tooShort'],
    ['kort-wachtw', 'tooShort'],
    ['x'.repeat(129), 'tooLong'],
    ['aaaaaaaaaaaaaaaa', 'repeated'],
    ['qwertyuiop123', 'common'],
    ['QwertyUiop123', 'common'],
    ['sanne.devries', 'isEmail'],
    ['sanne.devries@veluwecollege.example', 'isEmail'],
    ['zeg nooit nooit tegen een rode fiets', undefined],
    ['Tara-Daan-2012!x', undefined],
    ['🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙃', undefined],
  ] as const)('%s → %s', (password, problem) => {
    expect(passwordProblem(password, 'sanne.devries@veluwecollege.example')).toBe(problem);
  });

  it('counts characters, not bytes', () => {
    expect(passwordProblem('ééééééééééé')).toBe('tooShort');
    expect(passwordProblem('ééééééééééé1')).toBeUndefined();
  });
});

describe('hashPassword and verifyPassword', () => {
  it('hashes with argon2id m=19456 t=2 p=1, salted, and verifies', async () => {
    const a = await hashPassword('zeg nooit nooit tegen een rode fiets');
    const b = await hashPassword('zeg nooit nooit tegen een rode fiets');
    expect(a).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(a).not.toBe(b);
    expect(await verifyPassword(a, 'zeg nooit nooit tegen een rode fiets')).toBe(true);
    expect(await verifyPassword(a, 'zeg nooit nooit tegen een rode fietS')).toBe(false);
    expect(await verifyPassword('not-a-hash', 'x')).toBe(false);
  });

  it('an unknown account costs a real verify too (no enumeration by timing)', async () => {
    const stored = await hashPassword('zeg nooit nooit tegen een rode fiets');
    await verifyPassword(undefined, 'warm up the dummy hash');
    const time = async (f: () => Promise<unknown>) => {
      const start = performance.now();
      for (let i = 0; i < 10; i++) await f();
      return (performance.now() - start) / 10;
    };
    const known = await time(() => verifyPassword(stored, 'wrong password here'));
    const unknown = await time(() => verifyPassword(undefined, 'wrong password here'));
    expect(await verifyPassword(undefined, 'anything at all')).toBe(false);
    // Both do one argon2id verify (~15 ms); without the dummy verify an unknown account would answer
    // in microseconds. One-sided and lenient, so a busy CI machine does not make it flaky.
    expect(unknown).toBeGreaterThan(known * 0.3);
  });
});
