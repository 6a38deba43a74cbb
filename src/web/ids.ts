// SPDX-License-Identifier: EUPL-1.2
/** Ids from URLs and forms. */
import { HiddenObjectError, type ObjectType } from '#src/core/refusal.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether a value is a UUID (the shape of every id in Kring). */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}

/**
 * An id from the URL or a form, or 404: a malformed id is an object that does not exist, and the
 * database never sees it. The refusal is audited with the id as given (ADR 0024).
 * @param type the kind of object; by default the kind of the route's `:id` (audit/refusals.ts)
 * @throws {NotFoundError} (a HiddenObjectError)
 */
export function idOrNotFound(value: string, type?: ObjectType): string {
  if (!UUID.test(value)) throw new HiddenObjectError({ type, id: value });
  return value;
}
