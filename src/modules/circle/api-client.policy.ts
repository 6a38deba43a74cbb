// SPDX-License-Identifier: EUPL-1.2
/**
 * Who manages the circle's API clients (ADR 0033): an administrator (`users:manage`) of an
 * organisation whose type has a basis to register in the circle, and only that organisation's
 * clients. Another organisation's client answers as one that does not exist (`hide`, 404).
 */
import { can, type Policy, sameOrganisation } from '#src/core/authz.ts';
import { legalGround } from './legal-basis.ts';

/** An API client, or the organisation a new one would be for, as the policy sees it. */
export interface ApiClientResource {
  readonly organisationId: string;
}

const administers = (actor: Parameters<typeof can>[0] & object) =>
  can(actor, 'users:manage') && legalGround(actor.organisationType) !== null;

/** The API clients' object policy. */
export const apiClientPolicy: Policy<'list' | 'create' | 'rotate' | 'revoke', ApiClientResource> = {
  // An organisation without a basis has no clients; its administrator sees the empty list and why.
  list: (actor, c) => (can(actor, 'users:manage') && sameOrganisation(actor, c.organisationId) ? 'allow' : 'deny'),
  create: (actor, c) => (administers(actor) && sameOrganisation(actor, c.organisationId) ? 'allow' : 'deny'),
  rotate: (actor, c) => (!sameOrganisation(actor, c.organisationId) ? 'hide' : administers(actor) ? 'allow' : 'deny'),
  revoke: (actor, c) => (!sameOrganisation(actor, c.organisationId) ? 'hide' : administers(actor) ? 'allow' : 'deny'),
};
