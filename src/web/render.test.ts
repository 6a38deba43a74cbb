// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import { NONCE_PLACEHOLDER, StaticPageCache } from './render.ts';

describe('StaticPageCache', () => {
  it('renders once and fills in each nonce', () => {
    const cache = new StaticPageCache();
    let renders = 0;
    const render = () => {
      renders += 1;
      return `<script nonce="${NONCE_PLACEHOLDER}"></script><p>same</p><script nonce="${NONCE_PLACEHOLDER}"></script>`;
    };
    expect(cache.parts('k', render).join('A')).toBe(
      '<script nonce="A"></script><p>same</p><script nonce="A"></script>',
    );
    expect(cache.parts('k', render).join('B')).toBe(
      '<script nonce="B"></script><p>same</p><script nonce="B"></script>',
    );
    expect(renders).toBe(1);
  });

  it('keeps pages apart by key', () => {
    const cache = new StaticPageCache();
    expect(cache.parts('nl', () => 'nl').join('')).toBe('nl');
    expect(cache.parts('en', () => 'en').join('')).toBe('en');
  });

  it('uses a placeholder that is random per process', () => {
    expect(NONCE_PLACEHOLDER).toMatch(/^kring-nonce-[0-9a-f]{24}$/);
  });
});
