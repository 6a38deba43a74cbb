// SPDX-License-Identifier: EUPL-1.2
/**
 * Administration use cases (issue 3): organisations, users, roles, invitations, disabling users.
 * Each one authorizes through identity.policy.ts, validates, changes, and writes its audit row in the
 * same transaction. Granting or removing access (invitations, roles, disabling) needs a second factor
 * proven in the last five minutes (step-up).
 */

import type { Kysely } from 'kysely';
import type { Actor } from '#src/core/authz.ts';
import { abilities, actorOf, authorize, can, ForbiddenError, requireRecentFactor } from '#src/core/authz.ts';
import type { RequestContext } from '#src/core/context.ts';
import { ValidationError } from '#src/core/errors.ts';
import { validInput } from '#src/core/field-rules.ts';
import { type Page, pageOf } from '#src/core/paging.ts';
import { hidden } from '#src/core/refusal.ts';
import { incompatibleRoles, type OrganisationType, type Role } from '#src/core/roles.ts';
import { hashToken, newToken } from '#src/core/secrets.ts';
import type { Database } from '#src/db/database.ts';
import { audit } from '#src/modules/audit/index.ts';
import type { Mailer } from '#src/modules/mail/index.ts';
import * as admin from './admin.repository.ts';
import { invitationInput, organisationInput, roleChangeInput } from './admin.schemas.ts';
import { normaliseEmail, type ResolvedSession } from './identity.internal.ts';
import { membershipPolicy, userPolicy } from './identity.policy.ts';
import * as repo from './identity.repository.ts';
import { hashPassword, type PasswordProblem, passwordProblem } from './password.ts';
import { pendingTotpSecret } from './second-factor.service.ts';

/** Invitations live 7 days. */
export const INVITATION_MS = 7 * 24 * 60 * 60 * 1000;

/** The organisation the actor manages, or undefined for all (municipality administrator). */
function scope(actor: Actor): string | undefined {
  return can(actor, 'organisations:manage') ? undefined : actor.organisationId;
}

/** Organisations the actor may manage (all, or their own). */
export function organisationsFor(ctx: RequestContext): Promise<admin.OrganisationSummary[]> {
  return admin.listOrganisations(ctx.db, scope(actorOf(ctx)));
}

/**
 * Adds an organisation (municipality administrator; the route checks the permission).
 * @throws {ValidationError} the input breaks a rule of admin.schemas.ts, or the name is taken
 */
export async function createOrganisation(
  ctx: RequestContext,
  given: { readonly name: string; readonly type: OrganisationType },
): Promise<string> {
  const actor = actorOf(ctx);
  if (!can(actor, 'organisations:manage')) throw new ForbiddenError();
  const input = validInput(organisationInput, given);
  return ctx.db.transaction().execute(async (trx) => {
    const id = await admin.insertOrganisation(trx, { name: input.name, type: input.type, now: ctx.now });
    if (!id) throw new ValidationError({ name: 'organisationExists' });
    await audit(trx, ctx, {
      type: 'organisation.create',
      action: 'C',
      purpose: 'administration',
      outcome: 'success',
      objectType: 'organisation',
      objectId: id,
    });
    return id;
  });
}

/** A page of the users found: memberships (a user with two is listed twice) and how many users in all. */
export interface UserSearchPage {
  readonly rows: readonly admin.UserListRow[];
  readonly page: Page;
  readonly users: number;
}

/**
 * Searches the users of the organisations the actor manages, a page at a time (audited as a search).
 * @param search part of a name or e-mail address ('' lists everyone)
 * @param requested the page asked for (ADR 0032)
 */
export async function searchUsers(ctx: RequestContext, search: string, requested = 1): Promise<UserSearchPage> {
  const actor = actorOf(ctx);
  return ctx.db.transaction().execute(async (trx) => {
    const counts = await admin.countMemberships(trx, scope(actor), search.trim());
    const page = pageOf(requested, counts.memberships);
    const rows = await admin.listMemberships(trx, scope(actor), search.trim(), page.size, page.offset);
    await audit(trx, ctx, {
      type: 'user.search',
      action: 'E',
      purpose: 'administration',
      outcome: 'success',
      objectType: 'user',
    });
    return { rows, page, users: counts.users };
  });
}

/** A user as the administration shows them. */
export interface UserDetail {
  readonly id: string;
  readonly displayName: string;
  readonly email: string;
  readonly disabled: boolean;
  readonly enrolled: boolean;
  readonly memberships: readonly repo.MembershipView[];
  /** What the actor may do with this user (userPolicy evaluated). */
  readonly abilities: { readonly view: boolean; readonly disable: boolean };
}

async function loadUserResource(db: Kysely<Database>, userId: string) {
  const user = await repo.findUserById(db, userId);
  if (!user) throw hidden('user', userId);
  const memberships = await repo.membershipsOf(db, userId);
  return { user, memberships, resource: { id: user.id, organisationIds: memberships.map((m) => m.organisationId) } };
}

/**
 * One user, with the memberships the actor may see (audited as a read of that person's data).
 * @throws {NotFoundError} when the user is not in an organisation the actor manages
 */
export async function getUser(ctx: RequestContext, userId: string): Promise<UserDetail> {
  const actor = actorOf(ctx);
  // The read and its audit row in one transaction.
  const { user, memberships, resource } = await ctx.db.transaction().execute(async (trx) => {
    const loaded = await loadUserResource(trx, userId);
    authorize(actor, userPolicy, 'view', loaded.resource, { type: 'user', id: userId });
    await audit(trx, ctx, {
      type: 'user.read',
      action: 'R',
      purpose: 'administration',
      outcome: 'success',
      objectType: 'user',
      objectId: userId,
      subject: { kind: 'user', id: userId },
    });
    return loaded;
  });
  const visible = scope(actor);
  return {
    id: user.id,
    displayName: user.display_name,
    email: user.email,
    disabled: Boolean(user.disabled_at),
    enrolled: Boolean(user.totp_enrolled_at),
    memberships: visible ? memberships.filter((m) => m.organisationId === visible) : memberships,
    abilities: abilities(actor, userPolicy, resource),
  };
}

/**
 * Disables (ending every session at once) or enables a user.
 * @throws {StepUpRequiredError} without a recent factor
 */
export async function setUserDisabled(ctx: RequestContext, userId: string, disabled: boolean): Promise<void> {
  const actor = actorOf(ctx);
  const { resource } = await loadUserResource(ctx.db, userId);
  authorize(actor, userPolicy, 'disable', resource, { type: 'user', id: userId });
  requireRecentFactor(actor, ctx.now);
  await ctx.db.transaction().execute(async (trx) => {
    await repo.updateUser(trx, userId, {
      disabled_at: disabled ? ctx.now : null,
      failed_sign_ins: 0,
      locked_until: null,
    });
    if (disabled) await repo.deleteUserSessions(trx, userId);
    await audit(trx, ctx, {
      type: disabled ? 'user.disable' : 'user.enable',
      action: 'U',
      purpose: 'administration',
      outcome: 'success',
      objectType: 'user',
      objectId: userId,
      subject: { kind: 'user', id: userId },
    });
  });
}

/**
 * Changes the role of a membership. Takes effect on the user's next request.
 * @throws {ValidationError} `role: chooseRole` for a role not on the list; `role: roleConflict` when it
 *   would make someone privacy officer and administrator
 */
export async function changeRole(ctx: RequestContext, membershipId: string, given: Role): Promise<void> {
  const actor = actorOf(ctx);
  const membership = await admin.findMembership(ctx.db, membershipId);
  if (!membership) throw hidden('membership', membershipId);
  authorize(
    actor,
    membershipPolicy,
    'changeRole',
    { organisationId: membership.organisation_id, userId: membership.user_id },
    { type: 'membership', id: membershipId },
  );
  requireRecentFactor(actor, ctx.now);
  const { role } = validInput(roleChangeInput, { role: given });
  await ctx.db.transaction().execute(async (trx) => {
    const others = (await repo.membershipsOf(trx, membership.user_id))
      .filter((m) => m.id !== membershipId)
      .map((m) => m.role);
    if (incompatibleRoles([...others, role])) throw new ValidationError({ role: 'roleConflict' });
    await repo.updateMembershipRole(trx, membershipId, role);
    await audit(trx, ctx, {
      type: 'membership.update',
      action: 'U',
      purpose: 'administration',
      outcome: 'success',
      objectType: 'membership',
      objectId: membershipId,
      subject: { kind: 'user', id: membership.user_id },
    });
  });
}

/** Invitations of the organisations the actor manages, a page at a time (ADR 0032). */
export async function invitationsFor(
  ctx: RequestContext,
  requested = 1,
): Promise<{ rows: admin.InvitationSummary[]; page: Page }> {
  const actor = actorOf(ctx);
  return ctx.db.transaction().execute(async (trx) => {
    const page = pageOf(requested, await admin.countInvitations(trx, scope(actor)));
    const rows = await admin.listInvitations(trx, scope(actor), page.size, page.offset);
    await audit(trx, ctx, {
      type: 'invitation.list',
      action: 'R',
      purpose: 'administration',
      outcome: 'success',
      objectType: 'invitation',
    });
    return { rows, page };
  });
}

/** What an invitation says. */
export interface InviteInput {
  readonly email: string;
  readonly displayName: string;
  readonly organisationId: string;
  readonly role: Role;
}

/**
 * Invites someone into an organisation with a role, by e-mail (a link with a single-use token, 7 days).
 * @param mail builds the e-mail from the organisation's name and the link token
 * @throws {ValidationError} the input breaks a rule of admin.schemas.ts; `email: alreadyMember` or
 *   `role: roleConflict`
 */
export async function invite(
  ctx: RequestContext,
  given: InviteInput,
  mailer: Mailer,
  mail: (organisationName: string, token: string) => { subject: string; text: string },
): Promise<string> {
  const actor = actorOf(ctx);
  authorize(
    actor,
    membershipPolicy,
    'invite',
    { organisationId: given.organisationId },
    { type: 'organisation', id: given.organisationId },
  );
  requireRecentFactor(actor, ctx.now);
  const input = validInput(invitationInput, given);
  const email = normaliseEmail(input.email);
  const token = newToken();
  const { id, organisationName } = await ctx.db.transaction().execute(async (trx) => {
    const [organisation] = await admin.listOrganisations(trx, input.organisationId);
    if (!organisation) throw hidden('organisation', input.organisationId);
    const existing = await repo.findUserByEmail(trx, email);
    if (existing) {
      const memberships = await repo.membershipsOf(trx, existing.id);
      if (memberships.some((m) => m.organisationId === input.organisationId))
        throw new ValidationError({ email: 'alreadyMember' });
      if (incompatibleRoles([...memberships.map((m) => m.role), input.role]))
        throw new ValidationError({ role: 'roleConflict' });
    }
    const id = await admin.insertInvitation(trx, {
      tokenHash: hashToken(token),
      email,
      displayName: input.displayName,
      organisationId: input.organisationId,
      role: input.role,
      invitedBy: actor.userId,
      now: ctx.now,
      expiresAt: new Date(ctx.now.getTime() + INVITATION_MS),
    });
    await audit(trx, ctx, {
      type: 'invitation.create',
      action: 'C',
      purpose: 'administration',
      outcome: 'success',
      objectType: 'invitation',
      objectId: id,
      ...(existing && { subject: { kind: 'user', id: existing.id } }),
    });
    return { id, organisationName: organisation.name };
  });
  await mailer.send({ to: email, ...mail(organisationName, token) }).catch(() => undefined);
  return id;
}

/** Withdraws an open invitation. */
export async function withdrawInvitation(ctx: RequestContext, invitationId: string): Promise<void> {
  const actor = actorOf(ctx);
  const invitation = await admin.findInvitation(ctx.db, invitationId);
  if (!invitation) throw hidden('invitation', invitationId);
  authorize(
    actor,
    membershipPolicy,
    'revokeInvitation',
    { organisationId: invitation.organisationId },
    { type: 'invitation', id: invitationId },
  );
  await ctx.db.transaction().execute(async (trx) => {
    await admin.revokeInvitation(trx, invitationId, ctx.now);
    await audit(trx, ctx, {
      type: 'invitation.revoke',
      action: 'U',
      purpose: 'administration',
      outcome: 'success',
      objectType: 'invitation',
      objectId: invitationId,
    });
  });
}

/** An invitation as the person invited sees it. */
export interface InvitationView {
  readonly organisationName: string;
  readonly role: Role;
  readonly email: string;
  readonly displayName: string;
  readonly existingAccount: boolean;
}

/** The live invitation of a link token, or undefined. */
export async function invitationByToken(ctx: RequestContext, token: string): Promise<InvitationView | undefined> {
  const invitation = await admin.findLiveInvitation(ctx.db, hashToken(token), ctx.now);
  if (!invitation) return undefined;
  const existing = await repo.findUserByEmail(ctx.db, invitation.email);
  return {
    organisationName: invitation.organisationName,
    role: invitation.role,
    email: invitation.email,
    displayName: invitation.displayName,
    existingAccount: Boolean(existing),
  };
}

/**
 * Accepts an invitation with a new account: creates the user and membership and opens an enrolment
 * session (the second factor comes next).
 * @returns the session token, or why not
 */
export async function acceptWithNewAccount(
  ctx: RequestContext,
  token: string,
  password: string,
): Promise<{ ok: true; token: string } | { ok: false; problem: PasswordProblem | 'expired' | 'existingAccount' }> {
  const invitation = await admin.findLiveInvitation(ctx.db, hashToken(token), ctx.now);
  if (!invitation) return { ok: false, problem: 'expired' };
  const problem = passwordProblem(password, invitation.email);
  if (problem) return { ok: false, problem };
  const passwordHash = await hashPassword(password);
  return ctx.db.transaction().execute(async (trx) => {
    if (await repo.findUserByEmail(trx, invitation.email)) return { ok: false, problem: 'existingAccount' } as const;
    if (!(await admin.markInvitationAccepted(trx, invitation.id, ctx.now)))
      return { ok: false, problem: 'expired' } as const;
    const userId = await repo.insertUser(trx, {
      email: invitation.email,
      displayName: invitation.displayName,
      passwordHash,
      now: ctx.now,
    });
    await repo.updateUser(trx, userId, pendingTotpSecret(ctx.keys.totpKey));
    await repo.insertMembership(trx, {
      userId,
      organisationId: invitation.organisationId,
      role: invitation.role,
      now: ctx.now,
    });
    const sessionToken = newToken();
    await repo.insertSession(trx, {
      idHash: hashToken(sessionToken),
      userId,
      stage: 'enrol',
      membershipId: null,
      now: ctx.now,
      factorAt: null,
    });
    await audit(trx, ctx, {
      type: 'invitation.accept',
      action: 'C',
      purpose: 'authentication',
      outcome: 'success',
      userId,
      objectType: 'invitation',
      objectId: invitation.id,
      subject: { kind: 'user', id: userId },
    });
    return { ok: true, token: sessionToken } as const;
  });
}

/**
 * Accepts an invitation with the signed-in account (same e-mail address): adds the membership.
 * @returns the organisation's name, or why not
 */
export async function acceptWithSession(
  ctx: RequestContext,
  token: string,
  session: ResolvedSession,
): Promise<
  { ok: true; organisationName: string } | { ok: false; problem: 'expired' | 'wrongAccount' | 'roleConflict' }
> {
  const invitation = await admin.findLiveInvitation(ctx.db, hashToken(token), ctx.now);
  if (!invitation) return { ok: false, problem: 'expired' };
  if (invitation.email !== session.email) return { ok: false, problem: 'wrongAccount' };
  return ctx.db.transaction().execute(async (trx) => {
    const memberships = await repo.membershipsOf(trx, session.userId);
    if (incompatibleRoles([...memberships.map((m) => m.role), invitation.role]))
      return { ok: false, problem: 'roleConflict' } as const;
    if (!(await admin.markInvitationAccepted(trx, invitation.id, ctx.now)))
      return { ok: false, problem: 'expired' } as const;
    if (!memberships.some((m) => m.organisationId === invitation.organisationId)) {
      await repo.insertMembership(trx, {
        userId: session.userId,
        organisationId: invitation.organisationId,
        role: invitation.role,
        now: ctx.now,
      });
    }
    await audit(trx, ctx, {
      type: 'invitation.accept',
      action: 'U',
      purpose: 'authentication',
      outcome: 'success',
      userId: session.userId,
      objectType: 'invitation',
      objectId: invitation.id,
      subject: { kind: 'user', id: session.userId },
    });
    return { ok: true, organisationName: invitation.organisationName } as const;
  });
}
