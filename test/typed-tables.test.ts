// SPDX-License-Identifier: EUPL-1.2
/**
 * A module's repository sees only its own tables (src/db/handle.ts): the TypeScript compiler refuses
 * a query that names another module's table, and accepts one on the module's own. Compiled here with
 * Kring's own tsconfig, so the test fails if the narrowing ever stops narrowing.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '..');
const at = (file: string) => JSON.stringify(path.join(ROOT, file));

/** Each line a query, marked with whether it must compile. */
const PROBE = `
import { type Handle, tablesOf } from ${at('src/db/handle.ts')};
import type { ConcernsTables } from ${at('src/modules/concerns/concern.table.ts')};
import type { ReportsTables } from ${at('src/modules/reports/report.table.ts')};
const concerns = tablesOf<ConcernsTables>();
const reports = tablesOf<ReportsTables>();
export const probes = (db: Handle) => [
  concerns(db).selectFrom('concern').select('id'), // compiles
  concerns(db).selectFrom('app_user').select('id'), // refused
  concerns(db).selectFrom('concern as c').innerJoin('organisation as o', 'o.id', 'c.organisation_id'), // refused
  reports(db).selectFrom('vt_report').select('id'), // compiles
  reports(db).selectFrom('vt_report as r').innerJoin('person as p', 'p.id', 'r.concern_id'), // refused
  reports(db).updateTable('concern').set({ status: 'closed' }), // refused
  db.selectFrom('concern'), // refused
];
`;

let dir: string;
let refusedLines: Set<number>;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kring-tables-'));
  const file = path.join(dir, 'probe.ts');
  fs.writeFileSync(file, PROBE);
  const config = ts.readConfigFile(path.join(ROOT, 'tsconfig.json'), ts.sys.readFile);
  const { options } = ts.parseJsonConfigFileContent(config.config, ts.sys, ROOT);
  const program = ts.createProgram([file], { ...options, types: ['node'] });
  const source = program.getSourceFile(file);
  const diagnostics = ts.getPreEmitDiagnostics(program, source);
  refusedLines = new Set(
    diagnostics
      .filter((d) => d.file?.fileName === source?.fileName && d.start !== undefined)
      .map((d) => (d.file as ts.SourceFile).getLineAndCharacterOfPosition(d.start as number).line),
  );
}, 120_000);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const lines = PROBE.split('\n');
const probes = lines.flatMap((text, line) => {
  const m = /^\s*(.+?), \/\/ (compiles|refused)$/.exec(text);
  return m ? [{ query: m[1] as string, line, compiles: m[2] === 'compiles' }] : [];
});

describe("a repository's handle names only its module's tables", () => {
  it('has probes of both kinds', () => {
    expect(probes.filter((p) => p.compiles)).toHaveLength(2);
    expect(probes.filter((p) => !p.compiles)).toHaveLength(5);
  });

  it.each(probes)('$query: compiles $compiles', ({ line, compiles }) => {
    expect(refusedLines.has(line)).toBe(!compiles);
  });
});

/** The tables each module declares as its own (the `…Tables` interface of its `*.table.ts`). */
function tablesOfModules(): Map<string, string> {
  const owner = new Map<string, string>();
  const modules = path.join(ROOT, 'src/modules');
  for (const module of fs.readdirSync(modules)) {
    for (const file of fs.readdirSync(path.join(modules, module)).filter((f) => f.endsWith('.table.ts'))) {
      const text = fs.readFileSync(path.join(modules, module, file), 'utf8');
      const body = /export interface \w+Tables \{([^}]*)\}/.exec(text)?.[1] ?? '';
      for (const m of body.matchAll(/^\s*(\w+):/gm)) owner.set(m[1] as string, module);
    }
  }
  return owner;
}

/** The tables a raw SQL fragment names after from, join, update or into. */
function tablesNamedIn(fragment: string): string[] {
  return [...fragment.matchAll(/\b(?:from|join|update|into)\s+(\w+)/gi)].map((m) => m[1] as string);
}

describe("a repository's raw SQL names only its module's tables", () => {
  const owner = tablesOfModules();
  const modules = path.join(ROOT, 'src/modules');
  const repositories = fs
    .readdirSync(modules)
    .filter((m) => m !== 'privacy')
    .flatMap((m) =>
      fs
        .readdirSync(path.join(modules, m))
        .filter((f) => f.endsWith('.repository.ts'))
        .map((f) => ({ module: m, file: `src/modules/${m}/${f}` })),
    );

  it('knows the tables of the modules', () => {
    expect(owner.get('concern')).toBe('concerns');
    expect(owner.get('app_user')).toBe('identity');
    expect(owner.get('vt_report')).toBe('reports');
    expect(owner.get('audit_event')).toBe('audit');
  });

  it.each(repositories)('$file', ({ module, file }) => {
    const text = fs.readFileSync(path.join(ROOT, file), 'utf8');
    const fragments = [...text.matchAll(/sql(?:<[^`]*?>)?`([^`]*)`/g)].map((m) => m[1] as string);
    const foreign = fragments.flatMap(tablesNamedIn).filter((t) => owner.has(t) && owner.get(t) !== module);
    expect(foreign).toEqual([]);
  });

  it('would see a foreign table in a fragment', () => {
    const fragment = 'select 1 from concern c join app_user u on u.id = c.author_id';
    expect(tablesNamedIn(fragment).filter((t) => owner.get(t) !== 'concerns')).toEqual(['app_user']);
  });
});
