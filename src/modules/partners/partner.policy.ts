// SPDX-License-Identifier: EUPL-1.2
/**
 * Who keeps the partner directory (issue 15, ADR 0036): whoever has `network:edit` (the
 * municipality's editor, the network coordinator, and its administrators). Reading the published
 * directory needs no policy: it is public. A partner is the municipality's, not an organisation's, so
 * there is nothing to hide: a refusal is a 403 (`deny`), audited with the partner as named.
 */
import { can, type Policy } from '#src/core/authz.ts';

/** The directory's object policy (the resource is the partner's id, or `new`). */
export const partnerPolicy: Policy<'list' | 'create' | 'edit' | 'delete', string> = {
  list: (actor) => (can(actor, 'network:edit') ? 'allow' : 'deny'),
  create: (actor) => (can(actor, 'network:edit') ? 'allow' : 'deny'),
  edit: (actor) => (can(actor, 'network:edit') ? 'allow' : 'deny'),
  delete: (actor) => (can(actor, 'network:edit') ? 'allow' : 'deny'),
};
