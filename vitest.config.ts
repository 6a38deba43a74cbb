// SPDX-License-Identifier: EUPL-1.2
/**
 * Unit, service and HTTP tests (*.test.ts next to the code, and test/**). The database is PGlite by
 * default; with KRING_TEST_DATABASE_URL the same suite runs on a PostgreSQL server. Browser tests
 * have their own config (vitest.e2e.config.ts).
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'test/**/*.test.{ts,tsx}', 'migrations/**/*.test.ts', 'scripts/**/*.test.ts'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    env: { NODE_ENV: 'test' },
  },
});
