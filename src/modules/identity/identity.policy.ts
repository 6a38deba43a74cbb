// SPDX-License-Identifier: EUPL-1.2
/**
 * Who may do what with users, memberships and invitations (docs/authorization.md).
 *
 * - An administrator manages the people of the organisation they act for. An administrator of the
 *   municipality (which runs the platform) manages every organisation.
 * - Anything of another organisation is hidden (404), never refused (403): ids reveal nothing.
 * - Nobody disables their own account or changes their own role (no lock-out by accident, no
 *   self-promotion).
 * - Disabling a user who also belongs to another organisation would reach into that organisation;
 *   only the municipality's administrator may do that (ASVS 8.4.1).
 */
import { type Actor, can, type Decision, type Policy, sameOrganisation } from '#src/core/authz.ts';

/** A user as the policy sees it: the organisations they belong to. */
export interface UserResource {
  readonly id: string;
  readonly organisationIds: readonly string[];
}

/** A membership or invitation: the organisation it belongs to (and its user, if any). */
export interface OrganisationResource {
  readonly organisationId: string;
  readonly userId?: string;
}

function managesAll(actor: Actor): boolean {
  return can(actor, 'organisations:manage');
}

function seesUser(actor: Actor, user: UserResource): boolean {
  return managesAll(actor) || (can(actor, 'users:manage') && user.organisationIds.includes(actor.organisationId));
}

function seesOrganisation(actor: Actor, organisationId: string): boolean {
  return managesAll(actor) || (can(actor, 'users:manage') && sameOrganisation(actor, organisationId));
}

/** The user policy. */
export const userPolicy: Policy<'view' | 'disable', UserResource> = {
  view: (actor, user): Decision => (seesUser(actor, user) ? 'allow' : 'hide'),
  disable: (actor, user): Decision => {
    if (!seesUser(actor, user)) return 'hide';
    if (user.id === actor.userId) return 'deny';
    const elsewhere = user.organisationIds.some((id) => id !== actor.organisationId);
    return elsewhere && !managesAll(actor) ? 'deny' : 'allow';
  },
};

/** The membership and invitation policy. */
export const membershipPolicy: Policy<'view' | 'changeRole' | 'invite' | 'revokeInvitation', OrganisationResource> = {
  view: (actor, m): Decision => (seesOrganisation(actor, m.organisationId) ? 'allow' : 'hide'),
  changeRole: (actor, m): Decision => {
    if (!seesOrganisation(actor, m.organisationId)) return 'hide';
    return m.userId === actor.userId ? 'deny' : 'allow';
  },
  invite: (actor, m): Decision => (seesOrganisation(actor, m.organisationId) ? 'allow' : 'hide'),
  revokeInvitation: (actor, m): Decision => (seesOrganisation(actor, m.organisationId) ? 'allow' : 'hide'),
};
