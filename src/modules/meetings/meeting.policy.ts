// SPDX-License-Identifier: EUPL-1.2
/**
 * Who keeps the network's meetings (issue 15, ADR 0038): whoever has `network:edit` (the
 * municipality's editor, the network coordinator, and its administrators). Reading a published
 * meeting and registering need no policy: they are public. A meeting is the municipality's, so there
 * is nothing to hide: a refusal is a 403 (`deny`), audited with the meeting as named.
 */
import { can, type Policy } from '#src/core/authz.ts';

/** The meetings' object policy (the resource is the meeting's id, or `new`). */
export const meetingPolicy: Policy<'edit', string> = {
  edit: (actor) => (can(actor, 'network:edit') ? 'allow' : 'deny'),
};
