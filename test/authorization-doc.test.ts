// SPDX-License-Identifier: EUPL-1.2
import fs from 'node:fs';
import { expect, it } from 'vitest';
import { routeTableMarkdown } from './authorization-table.ts';

it('docs/authorization.md holds the route table of test/authorization-table.ts (npm run docs:authorization)', () => {
  const doc = fs.readFileSync(new URL('../docs/authorization.md', import.meta.url), 'utf8');
  expect(doc).toContain(routeTableMarkdown());
});
