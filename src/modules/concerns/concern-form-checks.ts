// SPDX-License-Identifier: EUPL-1.2
/**
 * What the concern's form routes share: the route schemas' parts (the *shape* of a request), the
 * notices after a change, and the values of radios. The rules of the values are in the
 * `<entity>.schemas.ts` files, shared with the services; their errors become texts through
 * src/web/field-errors.ts.
 */
import { z } from 'zod';

export { LONG, SHORT } from './concern.schemas.ts';

/** The notices a concern page shows after a change (`?melding=`). */
export const NOTICES = [
  'geopend',
  'vastgelegd',
  'consultatie',
  'collega',
  'gekoppeld',
  'gemeld',
  'advies-gevraagd',
] as const;
export type NoticeKey = (typeof NOTICES)[number];

export const idParams = z.object({ id: z.string().max(100) });
export const concernQuery = z.object({ melding: z.enum(NOTICES).optional(), alles: z.literal('1').optional() });
export const signalQuery = z.object({
  soort: z.string().max(20).optional(),
  corrigeert: z.string().max(100).optional(),
});
export const many = z.union([z.string().max(50), z.array(z.string().max(50)).max(20)]).optional();

/** A form body as the date and value helpers read it. */
export type FormBody = Record<string, unknown>;

/** Whether a value is one of a list (a typed guard for radios and selects). */
export function isOneOf<T extends string>(list: readonly T[], value: string | undefined): value is T {
  return (list as readonly string[]).includes(value ?? '');
}
