// SPDX-License-Identifier: EUPL-1.2
/**
 * Sending HTML pages. Pages whose content is the same for everyone (the public guidance) are
 * rendered once per language and kept as parts around a nonce placeholder; each response only joins
 * the parts with its own CSP nonce. That keeps the public pages close to the speed of serving a fixed
 * string (measured by `npm run bench`), while every response still has a fresh nonce.
 */
import { randomBytes } from 'node:crypto';
import type { FastifyReply } from 'fastify';
import type { Municipality } from '#src/content/municipality.ts';
import type { Locale } from './i18n/locale.ts';
import { messages } from './i18n/messages.ts';
import type { AssetUrls, PageContext } from './layout/layout.tsx';

/** Stands in for the nonce in cached pages; random per process so content can never forge it. */
export const NONCE_PLACEHOLDER = `kring-nonce-${randomBytes(12).toString('hex')}`;

/** Stands in for the visitor's form token in a page rendered once (StaticPageCache.sendForm). */
export const FORM_TOKEN_PLACEHOLDER = `kring-token-${randomBytes(12).toString('hex')}`;

/** What every page needs from the application. */
export interface WebContext {
  readonly municipality: Municipality;
  readonly assets: AssetUrls;
}

/**
 * The page context of one response.
 * @param web the application's web context
 * @param locale the page's language
 * @param path the page's path
 * @param nonce the response's nonce, or NONCE_PLACEHOLDER for cached pages
 * @param switchParams the query the language switch keeps (empty values left out), as the page understood it
 */
export function pageContext(
  web: WebContext,
  locale: Locale,
  path: string,
  nonce: string,
  switchParams?: Readonly<Record<string, string>>,
): PageContext {
  const kept = new URLSearchParams(Object.entries(switchParams ?? {}).filter(([, v]) => v !== '')).toString();
  return {
    locale,
    t: messages(locale),
    municipality: web.municipality,
    assets: web.assets,
    nonce,
    path,
    ...(kept ? { switchQuery: `?${kept}` } : {}),
  };
}

/** Sends an HTML document with the right content type. */
export function sendHtml(reply: FastifyReply, html: string, status = 200): FastifyReply {
  return reply.code(status).type('text/html; charset=utf-8').send(html);
}

/** Pages rendered once and served with a fresh nonce each time. */
export class StaticPageCache {
  readonly #pages = new Map<string, readonly string[]>();

  /**
   * The page's parts, rendering it on first use.
   * @param key unique per page and language
   * @param render renders the page with NONCE_PLACEHOLDER as nonce
   */
  parts(key: string, render: () => string): readonly string[] {
    let parts = this.#pages.get(key);
    if (!parts) {
      parts = render().split(NONCE_PLACEHOLDER);
      this.#pages.set(key, parts);
    }
    return parts;
  }

  /**
   * Sends a cached page with this reply's nonce.
   * @param reply the reply (its cspNonce is filled in)
   * @param key unique per page and language
   * @param render renders the page with NONCE_PLACEHOLDER as nonce
   */
  send(reply: FastifyReply, key: string, render: () => string): FastifyReply {
    return sendHtml(reply, this.parts(key, render).join(reply.cspNonce));
  }

  /**
   * Sends a cached page that holds an empty form: this reply's nonce, and this visitor's form token
   * where the page was rendered with FORM_TOKEN_PLACEHOLDER.
   * @param token the form token of this request
   */
  sendForm(reply: FastifyReply, key: string, render: () => string, token: string): FastifyReply {
    return sendHtml(reply, this.parts(key, render).join(reply.cspNonce).replaceAll(FORM_TOKEN_PLACEHOLDER, token));
  }
}
