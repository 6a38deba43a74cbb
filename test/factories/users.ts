// SPDX-License-Identifier: EUPL-1.2
/**
 * Test factories for organisations and the people in them: an organisation, a user with a role in it
 * (with a password and a second factor set up, as every account in Kring has), the service context
 * that acts as that user, and an HTTP client signed in as that user. Accounts are written through the
 * identity repository, as the demo seed does: there is no service that creates an enrolled account
 * without an invitation mail.
 */
import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { Actor } from '#src/core/authz.ts';
import type { RequestContext } from '#src/core/context.ts';
import type { OrganisationType, Role } from '#src/core/roles.ts';
import { encryptSecret, hashToken, newToken } from '#src/core/secrets.ts';
import { insertOrganisation } from '#src/modules/identity/admin.repository.ts';
import { insertMembership, insertSession, insertUser, updateUser } from '#src/modules/identity/identity.repository.ts';
import { hashPassword } from '#src/modules/identity/password.ts';
import { newTotpSecret } from '#src/modules/identity/totp.ts';
import { cookieNames } from '#src/plugins/auth.ts';
import { Agent, FIXTURE_PASSWORD } from '#test/agent.ts';

/** An organisation made by a factory. */
export interface Organisation {
  readonly id: string;
  readonly name: string;
  readonly type: OrganisationType;
}

/** A user with one role in one organisation, made by a factory. */
export interface Member {
  readonly userId: string;
  readonly membershipId: string;
  readonly email: string;
  readonly displayName: string;
  /** The password in plain text, for signing in through the pages. */
  readonly password: string;
  readonly role: Role;
  readonly organisation: Organisation;
}

let counter = 0;
/** A short suffix that makes names and e-mail addresses unique within a test database. */
const unique = (): string => `${++counter}-${randomUUID().slice(0, 8)}`;

/** The kind of organisation a role is usually found in: Veilig Thuis for intake workers, else a school. */
const TYPE_FOR_ROLE: Partial<Record<Role, OrganisationType>> = { intakeWorker: 'veiligThuis' };

/** Creates an organisation (default: a school with a unique name). */
export async function createOrganisation(
  app: FastifyInstance,
  over: { readonly name?: string; readonly type?: OrganisationType } = {},
): Promise<Organisation> {
  const type = over.type ?? 'school';
  const name = over.name ?? `${type === 'veiligThuis' ? 'Veilig Thuis' : 'Organisatie'} ${unique()}`;
  const id = await app.kring.database.db
    .transaction()
    .execute((trx) => insertOrganisation(trx, { name, type, now: app.kring.clock() }));
  if (!id) throw new Error(`An organisation named ${name} exists already`);
  return { id, name, type };
}

/** What createMember may be told; everything has a default. */
export interface MemberOptions {
  /** The organisation; default: a new one of the kind the role works in (createOrganisation). */
  readonly organisation?: Organisation;
  readonly email?: string;
  readonly displayName?: string;
  /** Default: the fixtures' password. */
  readonly password?: string;
  /** A precomputed hash of `password` (hashing takes time; seeds of many users hash once). */
  readonly passwordHash?: string;
  /** Whether the second factor is set up (default yes: an account without one is sent to enrol). */
  readonly secondFactor?: boolean;
}

/** Creates a user with a role in an organisation, with a password and (by default) a second factor. */
export async function createMember(app: FastifyInstance, role: Role, over: MemberOptions = {}): Promise<Member> {
  const organisation = over.organisation ?? (await createOrganisation(app, { type: TYPE_FOR_ROLE[role] ?? 'school' }));
  const password = over.password ?? FIXTURE_PASSWORD;
  const passwordHash = over.passwordHash ?? (await hashPassword(password));
  const email = over.email ?? `${role.toLowerCase()}.${unique()}@factory.kring.nl`;
  const displayName = over.displayName ?? `${role} ${organisation.name}`;
  const now = app.kring.clock();
  return app.kring.database.db.transaction().execute(async (trx) => {
    const userId = await insertUser(trx, { email, displayName, passwordHash, now });
    if (over.secondFactor ?? true) {
      await updateUser(trx, userId, {
        totp_secret: encryptSecret(app.kring.keys.totpKey, newTotpSecret()),
        totp_enrolled_at: now,
      });
    }
    const membershipId = await insertMembership(trx, { userId, organisationId: organisation.id, role, now });
    return { userId, membershipId, email, displayName, password, role, organisation };
  });
}

/** The actor a member is when signed in with a single membership (as the pages build it). */
export function actorFor(member: Member, now: Date): Actor {
  return {
    userId: member.userId,
    displayName: member.displayName,
    email: member.email,
    membershipId: member.membershipId,
    organisationId: member.organisation.id,
    organisationName: member.organisation.name,
    organisationType: member.organisation.type,
    role: member.role,
    factorAt: now,
    membershipCount: 1,
  };
}

/** A service context acting as a member, at the app's clock unless `now` is given. */
export function contextFor(app: FastifyInstance, member: Member, now: Date = app.kring.clock()): RequestContext {
  return {
    actor: actorFor(member, now),
    db: app.kring.database.db,
    keys: app.kring.keys,
    requestId: randomUUID(),
    now,
    accessPoint: 'web',
  };
}

/** A service context without an actor, as a resident on the public pages has. */
export function residentContext(app: FastifyInstance, now: Date = app.kring.clock()): RequestContext {
  return {
    actor: null,
    db: app.kring.database.db,
    keys: app.kring.keys,
    requestId: randomUUID(),
    now,
    accessPoint: 'web',
  };
}

/** An HTTP client signed in as a member through the pages: password, then the TOTP code. */
export function signedIn(app: FastifyInstance, member: Member): Promise<Agent> {
  return new Agent(app).signIn(member.email, member.password);
}

/**
 * An HTTP client with a fresh active session for a member, written straight into the database (no
 * sign-in pages, no audit rows of signing in): for tests that count the rows a request writes.
 */
export async function withSession(app: FastifyInstance, member: Member): Promise<Agent> {
  const token = newToken();
  const now = app.kring.clock();
  await app.kring.database.db.transaction().execute((trx) =>
    insertSession(trx, {
      idHash: hashToken(token),
      userId: member.userId,
      stage: 'active',
      membershipId: member.membershipId,
      now,
      factorAt: now,
    }),
  );
  const agent = new Agent(app);
  agent.cookies.set(cookieNames(app.kring.config.secure).session, token);
  return agent;
}
