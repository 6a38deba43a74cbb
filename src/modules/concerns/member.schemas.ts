// SPDX-License-Identifier: EUPL-1.2
/** A colleague added to a concern: an id from the list (whether they may be added is the service's). */
import { uuid } from '#src/core/field-rules.ts';

/** The colleague's id, or the key `colleague`. */
export const colleagueId = uuid('colleague');
