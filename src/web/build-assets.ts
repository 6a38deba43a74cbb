// SPDX-License-Identifier: EUPL-1.2
/**
 * Builds the browser assets in memory with esbuild: one minified CSS bundle (NLDS components + Kring
 * theme), one minified ES module (the enhancements) and the static files of src/web/assets. Each gets
 * a content hash in its name, so it can be cached for a year. Built once per process (~100 ms), so
 * `npm start` needs no separate build step. See docs/decisions/0007-assets-built-in-memory.md.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import * as esbuild from 'esbuild';
import type { AssetUrls } from './layout/layout.tsx';

const WEB_DIR = fileURLToPath(new URL('.', import.meta.url));

/** One built file. */
export interface Asset {
  readonly body: Buffer;
  /** Pre-compressed copies for clients that accept them (text assets only). */
  readonly br?: Buffer;
  readonly gzip?: Buffer;
  readonly contentType: string;
}

/** Every built file by URL path, plus the URLs the layout links to. */
export interface AssetBundle {
  readonly files: ReadonlyMap<string, Asset>;
  readonly urls: AssetUrls;
}

const CONTENT_TYPES: Record<string, string> = {
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

function hashed(name: string, body: Buffer): string {
  const ext = path.extname(name);
  const hash = createHash('sha256').update(body).digest('hex').slice(0, 12);
  return `/assets/${path.basename(name, ext)}.${hash}${ext}`;
}

async function build(): Promise<AssetBundle> {
  const files = new Map<string, Asset>();
  const add = (name: string, body: Buffer): string => {
    const url = hashed(name, body);
    const contentType = CONTENT_TYPES[path.extname(name)] ?? 'application/octet-stream';
    const compressible = /^(text\/|image\/svg)/.test(contentType);
    files.set(url, {
      body,
      contentType,
      ...(compressible && {
        br: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
        gzip: gzipSync(body, { level: 9 }),
      }),
    });
    return url;
  };

  const [css, js] = await Promise.all([
    esbuild.build({
      entryPoints: [path.join(WEB_DIR, 'styles/kring.css')],
      bundle: true,
      minify: true,
      write: false,
      logLevel: 'silent',
      target: ['chrome100', 'firefox100', 'safari15'],
    }),
    esbuild.build({
      entryPoints: [path.join(WEB_DIR, 'scripts/main.ts')],
      bundle: true,
      minify: true,
      write: false,
      format: 'esm',
      logLevel: 'silent',
      target: ['es2020'],
    }),
  ]);
  const cssUrl = add('kring.css', Buffer.from(css.outputFiles[0]!.contents));
  const jsUrl = add('kring.js', Buffer.from(js.outputFiles[0]!.contents));

  const staticDir = path.join(WEB_DIR, 'assets');
  const statics: Record<string, string> = {};
  for (const name of await fs.readdir(staticDir)) {
    statics[name] = add(name, await fs.readFile(path.join(staticDir, name)));
  }
  return { files, urls: { css: cssUrl, js: jsUrl, favicon: statics['favicon.svg']! } };
}

let built: Promise<AssetBundle> | undefined;

/** The asset bundle of this process, built on first use. */
export function buildAssets(): Promise<AssetBundle> {
  built ??= build();
  return built;
}
