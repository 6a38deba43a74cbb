// SPDX-License-Identifier: EUPL-1.2
/**
 * A browser-like client over app.inject(): keeps cookies, fills in the form token, and signs in
 * through the real pages (password, then the TOTP code computed from the user's stored secret at the
 * app's clock). Plus fixtures: two organisations (A and B) with one user per role, every name
 * carrying a canary string so a leak across organisations can be found in any response.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import type { Kysely } from 'kysely';
import type { Config } from '#src/config.ts';
import type { RequestContext } from '#src/core/context.ts';
import { ROLES, type Role } from '#src/core/roles.ts';
import { decryptSecret, deriveKey, encryptSecret, hashToken } from '#src/core/secrets.ts';
import type { Database } from '#src/db/database.ts';
import { insertOrganisation } from '#src/modules/identity/admin.repository.ts';
import {
  findUserByEmail,
  insertMembership,
  insertUser,
  updateUser,
} from '#src/modules/identity/identity.repository.ts';
import { hashPassword } from '#src/modules/identity/password.ts';
import { newTotpSecret, totpCode } from '#src/modules/identity/totp.ts';
import { cookieNames, formTokenFor } from '#src/plugins/auth.ts';
import type { Member } from '#test/factories/users.ts';

/** The password of every fixture user. */
export const FIXTURE_PASSWORD = 'fixture-wachtwoord-kring';

/** The two organisations of the fixtures. */
export const FIXTURE_ORGS = ['A', 'B'] as const;
export type FixtureOrg = (typeof FIXTURE_ORGS)[number];

/** The e-mail of the fixture user with a role in an organisation. */
export function fixtureEmail(org: FixtureOrg, role: Role): string {
  return `${role.toLowerCase()}.${org.toLowerCase()}@fixture.kring.nl`;
}

/** The canary string in every name of an organisation's fixtures. */
export function canary(org: FixtureOrg): string {
  return `CNRY-${org}-7f3a`;
}

/** Ids of the fixtures, and each user as the factories describe one (test/factories/users.ts). */
export interface Fixtures {
  readonly organisations: Record<FixtureOrg, string>;
  readonly users: Record<FixtureOrg, Record<Role, string>>;
  readonly members: Record<FixtureOrg, Record<Role, Member>>;
}

/**
 * Seeds two schools, A and B (neither is the municipality, so no fixture administrator reaches
 * across organisations), with one user per role in each. Every user has a second factor set up.
 */
export async function seedFixtures(db: Kysely<Database>, config: Config): Promise<Fixtures> {
  const totpKey = deriveKey(config.secretKey, 'totp-secret');
  const passwordHash = await hashPassword(FIXTURE_PASSWORD);
  const now = new Date();
  return db.transaction().execute(async (trx) => {
    const organisations = {} as Record<FixtureOrg, string>;
    const users = { A: {}, B: {} } as Record<FixtureOrg, Record<Role, string>>;
    const members = { A: {}, B: {} } as Record<FixtureOrg, Record<Role, Member>>;
    for (const org of FIXTURE_ORGS) {
      const organisation = { name: `School ${org} ${canary(org)}`, type: 'school' } as const;
      organisations[org] = (await insertOrganisation(trx, { ...organisation, now }))!;
      for (const role of ROLES) {
        const email = fixtureEmail(org, role);
        const displayName = `${role} ${org} ${canary(org)}`;
        const id = await insertUser(trx, { email, displayName, passwordHash, now });
        await updateUser(trx, id, { totp_secret: encryptSecret(totpKey, newTotpSecret()), totp_enrolled_at: now });
        const membershipId = await insertMembership(trx, { userId: id, organisationId: organisations[org], role, now });
        users[org][role] = id;
        members[org][role] = {
          userId: id,
          membershipId,
          email,
          displayName,
          password: FIXTURE_PASSWORD,
          role,
          organisation: { id: organisations[org], ...organisation },
        };
      }
    }
    return { organisations, users, members };
  });
}

/** A client with a cookie jar. */
export class Agent {
  readonly cookies = new Map<string, string>();
  constructor(
    readonly app: FastifyInstance,
    readonly headers: Record<string, string> = {},
  ) {}

  #cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  #remember(res: LightMyRequestResponse): void {
    for (const c of res.cookies as Array<{ name: string; value: string; maxAge?: number; expires?: Date }>) {
      if (c.value === '' || (c.expires && c.expires.getTime() < Date.now())) this.cookies.delete(c.name);
      else this.cookies.set(c.name, c.value);
    }
  }

  /** The session cookie's value, if any. */
  get sessionToken(): string | undefined {
    return this.cookies.get(cookieNames(this.app.kring.config.secure).session);
  }

  /**
   * The form token valid for this client now (what the pages put in their forms).
   * @param publicForm a form of a public route: bound to the browser cookie, not the session
   */
  csrf(publicForm = false): string {
    const names = cookieNames(this.app.kring.config.secure);
    const session = this.cookies.get(names.session);
    const browser = this.cookies.get(names.form);
    return formTokenFor(
      deriveKey(this.app.kring.config.secretKey, 'csrf'),
      session && !publicForm ? { sessionIdHash: hashToken(session) } : { browser: browser ?? '' },
    );
  }

  async get(url: string, headers: Record<string, string> = {}): Promise<LightMyRequestResponse> {
    const res = await this.app.inject({
      method: 'GET',
      url,
      headers: { ...this.headers, cookie: this.#cookieHeader(), ...headers },
    });
    this.#remember(res);
    return res;
  }

  /**
   * The form token a page at `url` would carry: bound to the session, or (public forms, or no session
   * yet) to the browser cookie, which is fetched first when missing.
   */
  async #formToken(url: string): Promise<string> {
    const path = url.split('?', 1)[0];
    // The route by its pattern: `/bijeenkomsten/:id` answers `/bijeenkomsten/<uuid>` (static routes first).
    const matches = (pattern: string) =>
      pattern === path || new RegExp(`^${pattern.replace(/[.]/g, '\\.').replace(/:\w+/g, '[^/]+')}$`).test(path ?? '');
    const routes = this.app.kring.routes;
    const policy = (routes.find((r) => r.url === path) ?? routes.find((r) => !r.url.includes('*') && matches(r.url)))
      ?.policy;
    const publicForm = policy === 'public' || policy === 'development';
    const hasFormCookie = this.cookies.has(cookieNames(this.app.kring.config.secure).form);
    if (!hasFormCookie && (publicForm || !this.sessionToken)) await this.get('/wachtwoord-vergeten');
    return this.csrf(publicForm);
  }

  /** Posts a form; the form token is added unless `fields._csrf` is given (null leaves it out). */
  async post(
    url: string,
    fields: Record<string, string | readonly string[] | null> = {},
    headers: Record<string, string> = {},
  ): Promise<LightMyRequestResponse> {
    const body = new URLSearchParams();
    const withToken = { _csrf: await this.#formToken(url), ...fields };
    for (const [k, v] of Object.entries(withToken)) {
      if (v === null) continue;
      // Repeated fields (checkboxes) are sent as a browser sends them: the name once per value.
      for (const one of typeof v === 'string' ? [v] : v) body.append(k, one);
    }
    const res = await this.app.inject({
      method: 'POST',
      url,
      payload: body.toString(),
      headers: {
        ...this.headers,
        'content-type': 'application/x-www-form-urlencoded',
        cookie: this.#cookieHeader(),
        ...headers,
      },
    });
    this.#remember(res);
    return res;
  }

  /**
   * Posts a multipart/form-data form as a browser does (text fields first, then the file), with the
   * form token added unless `fields._csrf` is given (null leaves it out). The body is built by hand:
   * CRLF line ends, a random boundary, the file name in a quoted `filename` parameter (with `"`, CR
   * and LF percent-encoded, as browsers do).
   * @param file the file part, if any; `bytes` may be empty (what a browser sends for no file is
   *   `{ name: '', type: 'application/octet-stream', bytes: Buffer.alloc(0) }`)
   */
  async postMultipart(
    url: string,
    fields: Record<string, string | null> = {},
    file?: { field: string; name: string; type: string; bytes: Buffer },
    headers: Record<string, string> = {},
  ): Promise<LightMyRequestResponse> {
    const boundary = `----KringTestBoundary${randomBytes(16).toString('hex')}`;
    const quote = (text: string) => text.replace(/"/g, '%22').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
    const parts: Buffer[] = [];
    const withToken = { _csrf: await this.#formToken(url), ...fields };
    for (const [name, value] of Object.entries(withToken)) {
      if (value === null) continue;
      parts.push(
        Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${quote(name)}"\r\n\r\n${value}\r\n`),
      );
    }
    if (file) {
      parts.push(
        Buffer.from(
          `--${boundary}\r\nContent-Disposition: form-data; name="${quote(file.field)}"; filename="${quote(file.name)}"\r\n` +
            `Content-Type: ${file.type}\r\n\r\n`,
        ),
        file.bytes,
        Buffer.from('\r\n'),
      );
    }
    parts.push(Buffer.from(`--${boundary}--\r\n`));
    const res = await this.app.inject({
      method: 'POST',
      url,
      payload: Buffer.concat(parts),
      headers: {
        ...this.headers,
        'content-type': `multipart/form-data; boundary=${boundary}`,
        cookie: this.#cookieHeader(),
        ...headers,
      },
    });
    this.#remember(res);
    return res;
  }

  /** The current TOTP code of a user, at the app's clock. */
  async code(email: string): Promise<string> {
    const user = await findUserByEmail(this.app.kring.database.db, email);
    if (!user?.totp_secret) throw new Error(`No second factor for ${email}`);
    return totpCode(decryptSecret(this.app.kring.keys.totpKey, user.totp_secret), this.app.kring.clock());
  }

  /**
   * Signs in through the pages: password, then code; chooses the first organisation when asked.
   * @throws {Error} when a step does not answer as expected
   */
  async signIn(email: string, password = FIXTURE_PASSWORD): Promise<this> {
    const first = await this.post('/inloggen', { email, password, terug: '' });
    if (first.statusCode !== 303 || !first.headers.location?.toString().startsWith('/inloggen/code')) {
      throw new Error(`Password step failed for ${email}: ${first.statusCode} ${first.headers.location}`);
    }
    const second = await this.post('/inloggen/code', { code: await this.code(email), terug: '' });
    if (second.statusCode !== 303) throw new Error(`Code step failed for ${email}: ${second.statusCode}`);
    return this;
  }
}

/** A clock tests can move. */
export class TestClock {
  #offset = 0;
  readonly now = (): Date => new Date(Date.now() + this.#offset);
  advance(ms: number): void {
    this.#offset += ms;
  }
}

/**
 * A service context acting as one fixture user (for service-level tests that skip HTTP).
 * @param app the test app (its database and keys)
 * @param fx the fixtures
 */
export async function serviceContext(
  app: FastifyInstance,
  fx: Fixtures,
  org: FixtureOrg,
  role: Role,
  now: Date = new Date(),
): Promise<RequestContext> {
  const db = app.kring.database.db;
  const membership = await db
    .selectFrom('membership')
    .select('id')
    .where('user_id', '=', fx.users[org][role])
    .where('organisation_id', '=', fx.organisations[org])
    .executeTakeFirstOrThrow();
  return {
    actor: {
      userId: fx.users[org][role],
      displayName: `${role} ${org} ${canary(org)}`,
      email: fixtureEmail(org, role),
      membershipId: membership.id,
      organisationId: fx.organisations[org],
      organisationName: `School ${org} ${canary(org)}`,
      organisationType: 'school',
      role,
      factorAt: now,
      membershipCount: 1,
    },
    db,
    keys: app.kring.keys,
    requestId: randomUUID(),
    now,
    accessPoint: 'web',
  };
}

/**
 * A Veilig Thuis organisation with intake workers (each with the fixture password and a second
 * factor, e-mail `intake.<key>@fixture.kring.nl`).
 * @param name the organisation's name (the region's Veilig Thuis is matched by name, else the only one)
 * @param keys one intake worker per key
 */
export async function seedVeiligThuis(
  db: Kysely<Database>,
  config: Config,
  name: string,
  keys: readonly string[],
): Promise<{ organisationId: string; users: Record<string, string>; members: Record<string, Member> }> {
  const totpKey = deriveKey(config.secretKey, 'totp-secret');
  const passwordHash = await hashPassword(FIXTURE_PASSWORD);
  const now = new Date();
  return db.transaction().execute(async (trx) => {
    const organisationId = (await insertOrganisation(trx, { name, type: 'veiligThuis', now }))!;
    const users: Record<string, string> = {};
    const members: Record<string, Member> = {};
    for (const key of keys) {
      const email = `intake.${key}@fixture.kring.nl`;
      const displayName = `Intake ${key}`;
      const id = await insertUser(trx, { email, displayName, passwordHash, now });
      await updateUser(trx, id, { totp_secret: encryptSecret(totpKey, newTotpSecret()), totp_enrolled_at: now });
      const membershipId = await insertMembership(trx, { userId: id, organisationId, role: 'intakeWorker', now });
      users[key] = id;
      members[key] = {
        userId: id,
        membershipId,
        email,
        displayName,
        password: FIXTURE_PASSWORD,
        role: 'intakeWorker',
        organisation: { id: organisationId, name, type: 'veiligThuis' },
      };
    }
    return { organisationId, users, members };
  });
}
