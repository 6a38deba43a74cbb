// SPDX-License-Identifier: EUPL-1.2
/** Ids from URLs and forms. */
import { NotFoundError } from '#src/core/errors.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether a value is a UUID (the shape of every id in Kring). */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}

/**
 * An id from the URL or a form, or 404: a malformed id is an object that does not exist, and the
 * database never sees it.
 * @throws {NotFoundError}
 */
export function idOrNotFound(value: string): string {
  if (!UUID.test(value)) throw new NotFoundError();
  return value;
}
