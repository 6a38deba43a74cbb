// SPDX-License-Identifier: EUPL-1.2
/**
 * The boundary rules of docs/architecture.md fail on a deliberate breach of each (and pass on the
 * tree itself: `npm run lint`). The import rules run dependency-cruiser on a small tree written
 * here; the query rule runs Biome's GritQL plugin on a service given through stdin.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '..');
const BIN = (name: string) => path.join(ROOT, 'node_modules', '.bin', name);
let tree: string;

/** A small tree that breaks every import rule once. */
const FILES: Record<string, string> = {
  'tsconfig.json': JSON.stringify({
    compilerOptions: {
      module: 'NodeNext',
      moduleResolution: 'NodeNext',
      allowImportingTsExtensions: true,
      noEmit: true,
    },
  }),
  'src/db/database.ts': 'export const db = 1;\n',
  'src/core/kernel.ts': "import { thing } from '../modules/a/a.service.ts';\nexport const k = thing;\n",
  'src/modules/a/index.ts': "export { thing } from './a.service.ts';\n",
  'src/modules/a/a.repository.ts': "import { db } from '../../db/database.ts';\nexport const row = db;\n",
  'src/modules/a/a.service.ts': "import { row } from './a.repository.ts';\nexport const thing = row;\n",
  'src/modules/privacy/privacy.repository.ts':
    "import { db } from '../../db/database.ts';\nexport const readModel = db;\n",
  'src/modules/a/a.pages.tsx': "import { row } from './a.repository.ts';\nexport const page = row;\n",
  'src/modules/a/views/a.tsx': "import { thing } from '../a.service.ts';\nexport const view = thing;\n",
  'src/modules/b/b.service.ts':
    "import { thing } from '../a/a.service.ts';\nimport { c } from './c.ts';\nexport const b = thing + c;\n",
  'src/modules/b/c.ts': "import { b } from './b.service.ts';\nexport const c = 1;\nexport const d = () => b;\n",
  'src/modules/b/uses-test.ts': "import { helper } from '../../../test/helper.ts';\nexport const e = helper;\n",
  'test/helper.ts': 'export const helper = 1;\n',
};

beforeAll(() => {
  tree = fs.mkdtempSync(path.join(os.tmpdir(), 'kring-boundaries-'));
  for (const [file, text] of Object.entries(FILES)) {
    fs.mkdirSync(path.dirname(path.join(tree, file)), { recursive: true });
    fs.writeFileSync(path.join(tree, file), text);
  }
});
afterAll(() => fs.rmSync(tree, { recursive: true, force: true }));

function cruise(cwd: string): { status: number | null; output: string } {
  const run = spawnSync(
    BIN('depcruise'),
    ['src', '--config', path.join(ROOT, '.dependency-cruiser.cjs'), '--output-type', 'err'],
    { cwd, encoding: 'utf8' },
  );
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

describe('the import rules (dependency-cruiser)', () => {
  let breached: { status: number | null; output: string };
  beforeAll(() => {
    breached = cruise(tree);
  });

  it.each([
    ['core-imports-no-module', 'src/core/kernel.ts → src/modules/a/a.service.ts'],
    ['pages-use-services', 'src/modules/a/a.pages.tsx → src/modules/a/a.repository.ts'],
    ['views-render-only', 'src/modules/a/views/a.tsx → src/modules/a/a.service.ts'],
    ['modules-through-their-entry', 'src/modules/b/b.service.ts → src/modules/a/a.service.ts'],
    ['no-cycles', 'src/modules/b/b.service.ts'],
    ['production-code-not-from-tests', 'src/modules/b/uses-test.ts → test/helper.ts'],
    ['repositories-query-their-own-tables', 'src/modules/a/a.repository.ts → src/db/database.ts'],
  ])('%s fails on a breach (%s)', (rule, where) => {
    const { status, output } = breached;
    expect(status).not.toBe(0);
    const line = output.split('\n').find((l) => l.includes(`error ${rule}:`) && l.includes(where));
    expect(line, output).toBeDefined();
  });

  it("lets the privacy module's read model see every table", () => {
    expect(breached.output).not.toContain('src/modules/privacy/privacy.repository.ts → src/db/database.ts');
  });

  it('passes on Kring itself', () => {
    const { status, output } = cruise(ROOT);
    expect(output).toContain('no dependency violations found');
    expect(status).toBe(0);
  });
});

describe('only repositories build queries (Biome GritQL plugin)', () => {
  const QUERY =
    "export const f = (db: never) => (db as Record<string, (t: string) => unknown>).selectFrom('concern');\n";
  const SERVICES = ['src/modules/x/x.service.ts', 'src/modules/x/x.pages.tsx', 'src/modules/audit/refusals.ts'];
  let output = '';
  let status: number | null = null;

  beforeAll(() => {
    // Kring's Biome configuration and plugin, on a tree of its own (no git there to ask).
    const config = JSON.parse(fs.readFileSync(path.join(ROOT, 'biome.json'), 'utf8'));
    config.vcs = { enabled: false };
    delete config.$schema;
    fs.writeFileSync(path.join(tree, 'biome.json'), JSON.stringify(config));
    fs.cpSync(path.join(ROOT, 'lint'), path.join(tree, 'lint'), { recursive: true });
    for (const file of [...SERVICES, 'src/modules/x/x.repository.ts']) {
      fs.mkdirSync(path.dirname(path.join(tree, file)), { recursive: true });
      fs.writeFileSync(path.join(tree, file), QUERY);
    }
    const run = spawnSync(
      BIN('biome'),
      ['lint', '--max-diagnostics=100', ...SERVICES, 'src/modules/x/x.repository.ts'],
      {
        cwd: tree,
        encoding: 'utf8',
      },
    );
    output = `${run.stdout}${run.stderr}`;
    status = run.status;
  });

  it.each(SERVICES)('refuses a query in %s', (file) => {
    expect(status).not.toBe(0);
    const refused = output.split('\n').filter((l) => l.startsWith(`${file}:`) && l.includes(' plugin '));
    expect(refused, output).toHaveLength(1);
  });

  it('allows it in a repository', () => {
    expect(output).not.toMatch(/^src\/modules\/x\/x\.repository\.ts:\S* plugin/m);
  });
});
