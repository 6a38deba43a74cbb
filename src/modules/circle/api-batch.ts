// SPDX-License-Identifier: EUPL-1.2
/**
 * The circle API's bulk registration (POST /api/v1/circle/signals/batch, ADR 0034): the items are
 * grouped by the professional each names (contact e-mail), each group registered through
 * circle-bulk.service.ts as that professional, and the answers put back in the request's order, with
 * field errors as JSON pointers into the request and a text, never a value.
 */
import type { RequestContext } from '#src/core/context.ts';
import { ValidationError } from '#src/core/errors.ts';
import { messages } from '#src/web/i18n/messages.ts';
import type { CircleSettings } from './circle.internal.ts';
import type { CircleNotifier, SignalInput } from './circle.service.ts';
import { type BatchItemResult, registerSignals } from './circle-bulk.service.ts';

/** One item's answer on the wire. */
export type BatchAnswer =
  | { readonly index: number; readonly status: 'created'; readonly id: string; readonly matches: number }
  | {
      readonly index: number;
      readonly status: 'invalid';
      readonly errors: { pointer: string; code: string; detail: string }[];
    };

/** Texts of the API's own rules that are not the circle's (the pages never show them). */
const API_TEXTS: Readonly<Record<string, string>> = {
  professionalUnknown: 'No active professional of your organisation has this e-mail address in Kring',
};

/**
 * Registers a batch, group by group.
 * @param acting the context of the professional an e-mail names (throws a ValidationError when none)
 * @param pointerOf where a service's field is in one registration's body (`/body/…`)
 * @param notifier told of each group's new matches (the match e-mail)
 */
export async function registerBatch(
  signals: readonly SignalInput[],
  settings: CircleSettings,
  acting: (email: string) => Promise<RequestContext>,
  pointerOf: (field: string) => string,
  notifier?: CircleNotifier,
): Promise<{ created: number; invalid: number; results: BatchAnswer[] }> {
  const texts: Readonly<Record<string, string>> = { ...API_TEXTS, ...messages('en').circle.errors };
  const groups = new Map<string, { index: number; input: SignalInput }[]>();
  signals.forEach((input, index) => {
    const key = input.contact.email.trim().toLowerCase();
    groups.set(key, [...(groups.get(key) ?? []), { index, input }]);
  });
  const results: BatchItemResult[] = [];
  for (const items of groups.values()) {
    let ctx: RequestContext;
    try {
      ctx = await acting(items[0]!.input.contact.email);
    } catch (err) {
      if (!(err instanceof ValidationError)) throw err;
      results.push(...items.map(({ index }) => ({ index, errors: { contactEmail: 'professionalUnknown' } })));
      continue;
    }
    results.push(...(await registerSignals(ctx, settings, items, notifier)));
  }
  const answers = results
    .sort((a, b) => a.index - b.index)
    .map((r): BatchAnswer => {
      if ('id' in r) return { index: r.index, status: 'created', id: r.id, matches: r.matches };
      const errors = Object.entries(r.errors).map(([field, code]) => ({
        pointer: `/body/signals/${r.index}${pointerOf(field).slice('/body'.length)}`,
        code,
        detail: texts[code] ?? 'Not valid',
      }));
      return { index: r.index, status: 'invalid', errors };
    });
  const created = answers.filter((a) => a.status === 'created').length;
  return { created, invalid: answers.length - created, results: answers };
}
