// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, createNonceSource } from './security-headers.ts';

describe('createNonceSource', () => {
  it('gives 128-bit base64 nonces that never repeat, across pool refills', () => {
    const next = createNonceSource();
    const seen = new Set<string>();
    for (let i = 0; i < 2000; i++) {
      const n = next();
      expect(Buffer.from(n, 'base64')).toHaveLength(16);
      seen.add(n);
    }
    expect(seen.size).toBe(2000);
  });

  it('two sources do not share a sequence', () => {
    const a = createNonceSource();
    const b = createNonceSource();
    expect(a()).not.toBe(b());
  });
});

describe('contentSecurityPolicy', () => {
  it('is strict: nonce, no unsafe-*, no framing, no base, no plugins', () => {
    const csp = contentSecurityPolicy('abc', false);
    expect(csp).toContain("script-src 'nonce-abc' 'strict-dynamic'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("base-uri 'none'");
    expect(csp).not.toContain('unsafe');
    expect(csp).not.toContain('upgrade-insecure-requests');
    expect(contentSecurityPolicy('abc', true)).toContain('upgrade-insecure-requests');
  });
});
