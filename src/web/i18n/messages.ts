// SPDX-License-Identifier: EUPL-1.2
/**
 * The translation catalogue. Dutch (nl.ts) is the source; English (en.ts) must have exactly the same
 * shape, which the type below enforces at compile time and a test checks at run time.
 */
import { en } from './en.ts';
import type { Locale } from './locale.ts';
import { nl } from './nl.ts';

type Widen<T> = T extends string
  ? string
  : T extends (...args: infer A) => infer R
    ? (...args: A) => Widen<R>
    : T extends readonly (infer U)[]
      ? readonly Widen<U>[]
      : { readonly [K in keyof T]: Widen<T[K]> };

/** The shape every language's messages have. */
export type Messages = Widen<typeof nl>;

const catalogue: Record<Locale, Messages> = { nl, en };

/**
 * The messages of a language.
 * @param locale the language
 */
export function messages(locale: Locale): Messages {
  return catalogue[locale];
}
