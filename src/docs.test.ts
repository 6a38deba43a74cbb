// SPDX-License-Identifier: EUPL-1.2
/** Docs that could drift are checked: the ADR index and the README's configuration table. */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { envSchema } from './config.ts';

const root = new URL('../', import.meta.url);
const read = (p: string) => fs.readFileSync(new URL(p, root), 'utf8');

describe('docs/decisions', () => {
  const files = fs
    .readdirSync(new URL('docs/decisions/', root))
    .filter((f) => /^\d{4}-.+\.md$/.test(f) && !f.startsWith('0000'));
  const index = read('docs/decisions/README.md');

  it('the index lists every ADR, and only existing ones', () => {
    for (const f of files) expect(index, `${f} missing from the index`).toContain(`(${f})`);
    for (const m of index.matchAll(/\((\d{4}-[^)]+\.md)\)/g))
      if (m[1] !== '0000-template.md') expect(files).toContain(m[1]);
  });

  it('every ADR has a date, a status and the three sections', () => {
    for (const f of files) {
      const text = read(`docs/decisions/${f}`);
      expect(text, f).toMatch(/^# \d{4}\. /);
      expect(text, f).toMatch(/^- Date: \d{4}-\d{2}-\d{2}$/m);
      expect(text, f).toMatch(/^- Status: (proposed|accepted|rejected|deprecated|superseded by .+)$/m);
      for (const section of ['## Context', '## Decision', '## Consequences']) expect(text, f).toContain(section);
    }
  });
});

describe('README', () => {
  it('documents every environment variable Kring reads', () => {
    const readme = read('README.md');
    for (const key of Object.keys(envSchema.shape)) expect(readme, key).toContain(`| \`${key}\` |`);
  });

  it('names the two set-up commands', () => {
    const readme = read('README.md');
    expect(readme).toContain('npm ci && npm start');
    expect(readme).toContain('npm ci && npm test');
  });
});

describe('the repository stands on its own', () => {
  /** Every source, test, script, bench and migration file (not node_modules). */
  function codeFiles(dir: string): string[] {
    return fs.readdirSync(new URL(dir, root), { withFileTypes: true }).flatMap((entry) => {
      const path = `${dir}${entry.name}`;
      if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : codeFiles(`${path}/`);
      return /\.(ts|tsx|cjs|grit)$/.test(entry.name) ? [path] : [];
    });
  }

  it('no comment cites a document outside it; every docs/*.md cited exists', () => {
    const outside = /\.\.\/shared|(?<![\w/([])(security|stack|anchors|domain|conventions|source-page)\.md/;
    const docs = new Set(fs.readdirSync(new URL('docs/', root)));
    const problems: string[] = [];
    for (const file of ['src/', 'test/', 'scripts/', 'bench/', 'migrations/', 'lint/'].flatMap(codeFiles)) {
      read(file)
        .split('\n')
        .forEach((line, i) => {
          if (outside.test(line)) problems.push(`${file}:${i + 1}: ${line.trim()}`);
          for (const m of line.matchAll(/docs\/([\w-]+\.md)/g)) {
            if (!docs.has(m[1]!)) problems.push(`${file}:${i + 1}: docs/${m[1]} does not exist`);
          }
        });
    }
    expect(problems).toEqual([]);
  });
});
