// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import { FORM_TOKEN_PLACEHOLDER, NONCE_PLACEHOLDER, StaticPageCache } from './render.ts';

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

  it('fills in each visitor’s form token in a form rendered once', () => {
    const cache = new StaticPageCache();
    let renders = 0;
    const render = () => {
      renders += 1;
      return `<script nonce="${NONCE_PLACEHOLDER}"></script><input name="_csrf" value="${FORM_TOKEN_PLACEHOLDER}">`;
    };
    const sent: string[] = [];
    for (const [nonce, token] of [
      ['N1', 'T1'],
      ['N2', 'T2'],
    ]) {
      const reply = {
        cspNonce: nonce,
        code: () => reply,
        type: () => reply,
        send: (body: string) => {
          sent.push(body);
          return reply;
        },
      };
      cache.sendForm(reply as never, 'form', render, token!);
    }
    expect(sent).toEqual([
      '<script nonce="N1"></script><input name="_csrf" value="T1">',
      '<script nonce="N2"></script><input name="_csrf" value="T2">',
    ]);
    expect(renders).toBe(1);
    expect(FORM_TOKEN_PLACEHOLDER).not.toBe(NONCE_PLACEHOLDER);
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
