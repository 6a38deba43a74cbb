// SPDX-License-Identifier: EUPL-1.2
/**
 * Browser tests (test/e2e/**\/*.e2e.ts): Kring in-process on 127.0.0.1 and Debian's Chromium
 * (/usr/bin/chromium) driven by playwright-core, with axe-core. One browser per file, a new context
 * per test; files run one after another (2 cores). The database is cloned from the one the unit
 * global setup migrates.
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 90_000,
    pool: 'forks',
    fileParallelism: false,
    env: { NODE_ENV: 'test' },
  },
});
