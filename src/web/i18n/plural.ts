// SPDX-License-Identifier: EUPL-1.2
/**
 * Plurals by the language's own rules (Intl.PluralRules, CLDR): Dutch and English have "one" and
 * "other", the town's other languages more (Arabic six, Polish and Ukrainian four), so a message never
 * chooses its form with `n === 1`.
 */
import type { Locale } from './locale.ts';

/** The forms of a message by plural category; `other` is always required. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { readonly other: string };

const rules = new Map<string, Intl.PluralRules>();

/**
 * The form of a message for a count, by the language's plural rules.
 * @param locale the language (a BCP 47 tag)
 * @param count the number the message is about
 * @param forms the message in each category the language needs; `#` stands for the count
 */
export function plural(locale: Locale | string, count: number, forms: PluralForms): string {
  let rule = rules.get(locale);
  if (!rule) {
    rule = new Intl.PluralRules(locale);
    rules.set(locale, rule);
  }
  const category = count === 0 && forms.zero !== undefined ? 'zero' : rule.select(count);
  return (forms[category] ?? forms.other).replaceAll('#', String(count));
}
