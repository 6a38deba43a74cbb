// SPDX-License-Identifier: EUPL-1.2
/**
 * `npm run docs:authorization`: writes the route table of docs/authorization.md from the
 * hand-written table the authorization matrix test reads (test/authorization-table.ts).
 */
import fs from 'node:fs';
import { ROUTE_TABLE_MARKERS, routeTableMarkdown } from '../test/authorization-table.ts';

const file = new URL('../docs/authorization.md', import.meta.url);
const doc = fs.readFileSync(file, 'utf8');
const [start, end] = ROUTE_TABLE_MARKERS;
const from = doc.indexOf(start);
const to = doc.indexOf(end);
const next =
  from >= 0 && to > from
    ? `${doc.slice(0, from)}${routeTableMarkdown()}${doc.slice(to + end.length)}`
    : `${doc.trimEnd()}\n\n## Routes\n\nEvery route and who may use it (English routes under \`/en\` answer as their Dutch twin).\n\n${routeTableMarkdown()}\n`;
fs.writeFileSync(file, next);
process.stdout.write('docs/authorization.md: route table written\n');
