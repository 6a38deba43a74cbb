// SPDX-License-Identifier: EUPL-1.2
/**
 * Every error the circle's services report next to a field has a text in both languages, and every
 * text belongs to an error the services report (the keys are written in the code as literals).
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { messages } from '#src/web/i18n/messages.ts';

const KEY = /'((?:bsn|parentBsn|dateOfBirth|contact|informing|batch)[A-Za-z]*)'/g;

function reportedKeys(): Set<string> {
  const keys = new Set<string>();
  for (const file of fs.readdirSync(import.meta.dirname)) {
    if (!file.endsWith('.ts') || file.endsWith('.test.ts')) continue;
    const text = fs.readFileSync(path.join(import.meta.dirname, file), 'utf8');
    for (const m of text.matchAll(KEY)) keys.add(m[1] as string);
  }
  return keys;
}

describe("the circle's field errors", () => {
  const reported = reportedKeys();

  it('finds the keys in the code (the scan works)', () => {
    for (const key of ['bsnInvalid', 'dateOfBirthTooOld', 'informingReasonRequired', 'contactTooLong']) {
      expect(reported).toContain(key);
    }
  });

  it.each(['nl', 'en'] as const)('have a text in %s, and every text an error', (locale) => {
    const texts: Record<string, string> = messages(locale).circle.errors;
    // Field names that are no error key (`contactName` is a field, `contactNameRequired` its error).
    const fields = new Set([
      'contact',
      'informing',
      'bsn',
      'parentBsns',
      'dateOfBirth',
      'contactName',
      'contactRole',
      'contactPhone',
      'contactEmail',
    ]);
    const errors = [...reported].filter((k) => !fields.has(k) || k === 'bsn');
    expect(errors.filter((k) => !Object.hasOwn(texts, k)).sort()).toEqual([]);
    expect(
      Object.keys(texts)
        .filter((k) => !reported.has(k))
        .sort(),
    ).toEqual([]);
  });
});
