// SPDX-License-Identifier: EUPL-1.2
/**
 * The administration pages (issue 3): users of the own organisation only, invitations by e-mail,
 * disabling, role changes, step-up before granting or removing access, forms that keep what was
 * typed, and the organisations of the municipality's administrator.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { deriveKey, encryptSecret } from '#src/core/secrets.ts';
import { insertOrganisation } from '#src/modules/identity/admin.repository.ts';
import { insertMembership, insertUser, updateUser } from '#src/modules/identity/identity.repository.ts';
import { newTotpSecret } from '#src/modules/identity/totp.ts';
import { Agent, canary, type Fixtures, fixtureEmail, seedFixtures, TestClock } from '#test/agent.ts';
import { createTestApp } from '#test/setup.ts';

let t: Awaited<ReturnType<typeof createTestApp>>;
let fx: Fixtures;
const clock = new TestClock();

beforeEach(async () => {
  t = await createTestApp({ clock: clock.now, authRateLimit: 1000 });
  fx = await seedFixtures(t.database.db, t.app.kring.config);
});
afterEach(() => t.close());

const MUNICIPALITY_ADMIN = 'beheerder@gemeente.fixture.kring.nl';

/** Adds the municipality with its administrator (same password and a second factor, like the fixtures). */
async function seedMunicipalityAdmin(): Promise<{ organisationId: string; userId: string }> {
  const db = t.database.db;
  const { password_hash } = await db
    .selectFrom('app_user')
    .select('password_hash')
    .where('id', '=', fx.users.A.professional)
    .executeTakeFirstOrThrow();
  const totpKey = deriveKey(t.app.kring.config.secretKey, 'totp-secret');
  const now = new Date();
  return db.transaction().execute(async (trx) => {
    const organisationId = (await insertOrganisation(trx, { name: 'Gemeente Kringstad', type: 'municipality', now }))!;
    const userId = await insertUser(trx, {
      email: MUNICIPALITY_ADMIN,
      displayName: 'Beheerder Gemeente',
      passwordHash: password_hash!,
      now,
    });
    await updateUser(trx, userId, { totp_secret: encryptSecret(totpKey, newTotpSecret()), totp_enrolled_at: now });
    await insertMembership(trx, { userId, organisationId, role: 'administrator', now });
    return { organisationId, userId };
  });
}

function signedIn(email: string): Promise<Agent> {
  return new Agent(t.app).signIn(email);
}

function location(res: { headers: Record<string, unknown> }): string {
  return String(res.headers.location ?? '');
}

describe('the administrator of one organisation', () => {
  it('sees the overview without the organisations, and a professional gets 403', async () => {
    const admin = await signedIn(fixtureEmail('A', 'administrator'));
    const home = await admin.get('/beheer');
    expect(home.statusCode).toBe(200);
    expect(home.body).toContain(`Gebruikers en uitnodigingen van School A ${canary('A')}`);
    expect(home.body).toContain('href="/beheer/gebruikers"');
    expect(home.body).toContain('href="/beheer/uitnodigingen"');
    expect(home.body).not.toContain('href="/beheer/organisaties"');
    expect((await admin.get('/beheer/organisaties')).statusCode).toBe(403);

    const professional = await signedIn(fixtureEmail('A', 'professional'));
    expect((await professional.get('/beheer')).statusCode).toBe(403);
    expect((await professional.get('/beheer/gebruikers')).statusCode).toBe(403);
  });

  it('lists and searches only the users of their own organisation', async () => {
    const admin = await signedIn(fixtureEmail('A', 'administrator'));
    const list = await admin.get('/beheer/gebruikers');
    expect(list.statusCode).toBe(200);
    expect(list.body).toContain(canary('A'));
    expect(list.body).not.toContain(canary('B'));
    expect(list.body).toContain(`href="/beheer/gebruikers/${fx.users.A.volunteer}"`);

    const found = await admin.get(`/beheer/gebruikers?zoek=${encodeURIComponent('VOLUNTEER a')}`);
    expect(found.body).toContain(fixtureEmail('A', 'volunteer'));
    expect(found.body).not.toContain(fixtureEmail('A', 'professional'));
    expect(found.body).toContain('value="VOLUNTEER a"');

    const other = await admin.get(`/beheer/gebruikers?zoek=${encodeURIComponent(fixtureEmail('B', 'volunteer'))}`);
    expect(other.body).toContain('Geen gebruikers gevonden.');
    expect(other.body).not.toContain(canary('B'));
  });

  it('gets 404 for a user of another organisation, and for an id that is no id', async () => {
    const admin = await signedIn(fixtureEmail('A', 'administrator'));
    const b = await admin.get(`/beheer/gebruikers/${fx.users.B.professional}`);
    expect(b.statusCode).toBe(404);
    expect(b.body).not.toContain(canary('B'));
    expect((await admin.get('/beheer/gebruikers/geen-id')).statusCode).toBe(404);
    expect((await admin.post(`/beheer/gebruikers/${fx.users.B.professional}/uitschakelen`)).statusCode).toBe(404);
    expect((await admin.post('/beheer/gebruikers/geen-id/uitschakelen')).statusCode).toBe(404);
  });

  it('sees a user with their role form and the disable button, but not for themselves', async () => {
    const admin = await signedIn(fixtureEmail('A', 'administrator'));
    const page = await admin.get(`/beheer/gebruikers/${fx.users.A.coordinator}`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain(fixtureEmail('A', 'coordinator'));
    expect(page.body).toContain(`action="/beheer/gebruikers/${fx.users.A.coordinator}/rol"`);
    expect(page.body).toContain(`action="/beheer/gebruikers/${fx.users.A.coordinator}/uitschakelen"`);
    expect(page.body).toContain('Ingesteld');

    const own = await admin.get(`/beheer/gebruikers/${fx.users.A.administrator}`);
    expect(own.statusCode).toBe(200);
    expect(own.body).toContain('U kunt uw eigen account hier niet uitschakelen');
    expect(own.body).not.toContain('/uitschakelen"');
    expect(own.body).not.toContain('/rol"');
  });

  it('disables a user: their session ends at once, the action is audited, and enabling works', async () => {
    const victim = await signedIn(fixtureEmail('A', 'professional'));
    expect((await victim.get('/mijn-kring')).statusCode).toBe(200);
    const admin = await signedIn(fixtureEmail('A', 'administrator'));
    const id = fx.users.A.professional;

    const res = await admin.post(`/beheer/gebruikers/${id}/uitschakelen`);
    expect(res.statusCode).toBe(303);
    expect(location(res)).toBe(`/beheer/gebruikers/${id}?melding=uitgeschakeld`);
    const after = await admin.get(location(res));
    expect(after.body).toContain('De gebruiker is uitgeschakeld en overal uitgelogd.');
    expect(after.body).toContain(`action="/beheer/gebruikers/${id}/inschakelen"`);

    const out = await victim.get('/mijn-kring');
    expect(out.statusCode).toBe(303);
    expect(location(out)).toMatch(/^\/inloggen/);

    const rows = await t.database.db
      .selectFrom('audit_event')
      .select(['event_type_code', 'participant_object_id', 'user_id'])
      .where('event_type_code', '=', 'user.disable')
      .execute();
    expect(rows).toEqual([
      { event_type_code: 'user.disable', participant_object_id: id, user_id: fx.users.A.administrator },
    ]);

    const enabled = await admin.post(`/beheer/gebruikers/${id}/inschakelen`);
    expect(location(enabled)).toBe(`/beheer/gebruikers/${id}?melding=ingeschakeld`);
    expect((await admin.get(location(enabled))).body).toContain('De gebruiker is weer ingeschakeld.');
  });

  it('needs the second factor again after five minutes, and returns to the page', async () => {
    const admin = await signedIn(fixtureEmail('A', 'administrator'));
    clock.advance(6 * 60 * 1000);
    const id = fx.users.A.volunteer;
    const res = await admin.post(`/beheer/gebruikers/${id}/uitschakelen`);
    expect(res.statusCode).toBe(303);
    expect(location(res)).toBe(`/opnieuw-bevestigen?terug=${encodeURIComponent(`/beheer/gebruikers/${id}`)}`);
    const user = await t.database.db
      .selectFrom('app_user')
      .select('disabled_at')
      .where('id', '=', id)
      .executeTakeFirst();
    expect(user?.disabled_at).toBeNull();

    const invite = await admin.post('/beheer/uitnodigingen', {
      name: 'Nieuwe Collega',
      email: 'nieuw@fixture.kring.nl',
      organisation: fx.organisations.A,
      role: 'professional',
    });
    expect(location(invite)).toBe(`/opnieuw-bevestigen?terug=${encodeURIComponent('/beheer/uitnodigingen')}`);
    expect(t.app.kring.mailer.outbox).toHaveLength(0);
  });

  it('changes a role, and refuses privacy officer for an administrator elsewhere (roleConflict)', async () => {
    const admin = await signedIn(fixtureEmail('A', 'administrator'));
    const [membership] = await t.database.db
      .selectFrom('membership')
      .select('id')
      .where('user_id', '=', fx.users.A.volunteer)
      .execute();
    const ok = await admin.post(`/beheer/gebruikers/${fx.users.A.volunteer}/rol`, {
      membership: membership!.id,
      role: 'coordinator',
    });
    expect(ok.statusCode).toBe(303);
    expect(location(ok)).toBe(`/beheer/gebruikers/${fx.users.A.volunteer}?melding=rol`);

    // The administrator of B also works at A, as a professional.
    const bAdmin = fx.users.B.administrator;
    const atA = await t.database.db.transaction().execute((trx) =>
      insertMembership(trx, {
        userId: bAdmin,
        organisationId: fx.organisations.A,
        role: 'professional',
        now: new Date(),
      }),
    );
    const page = await admin.get(`/beheer/gebruikers/${bAdmin}`);
    expect(page.statusCode).toBe(200);
    // Their name carries B's canary; B's organisation and role there stay hidden.
    expect(page.body).not.toContain(`School B ${canary('B')}`);
    const conflict = await admin.post(`/beheer/gebruikers/${bAdmin}/rol`, { membership: atA, role: 'privacyOfficer' });
    expect(conflict.statusCode).toBe(400);
    expect(conflict.body).toContain('Een privacyfunctionaris kan nooit ook beheerder zijn');
    expect(conflict.body).toContain(`href="#role-${atA}"`);
    expect(conflict.body).toMatch(/value="privacyOfficer"\s+checked/);
    const role = await t.database.db.selectFrom('membership').select('role').where('id', '=', atA).executeTakeFirst();
    expect(role?.role).toBe('professional');

    const invalid = await admin.post(`/beheer/gebruikers/${bAdmin}/rol`, { membership: atA, role: 'koning' });
    expect(invalid.statusCode).toBe(400);
    expect(invalid.body).toContain('Kies rol');
  });
});

describe('invitations', () => {
  it('invites by e-mail with a link that works, lists the invitation, and withdraws another', async () => {
    const admin = await signedIn(fixtureEmail('A', 'administrator'));
    const form = await admin.get('/beheer/uitnodigingen');
    expect(form.statusCode).toBe(200);
    // One organisation: a hidden field and its name, no choice.
    expect(form.body).toContain(`name="organisation" value="${fx.organisations.A}"`);
    expect(form.body).not.toContain(canary('B'));

    const res = await admin.post('/beheer/uitnodigingen', {
      name: 'Nieuwe Collega',
      email: 'Nieuw@Fixture.Kring.nl',
      organisation: fx.organisations.A,
      role: 'professional',
    });
    expect(res.statusCode).toBe(303);
    expect(location(res)).toMatch(/^\/beheer\/uitnodigingen\?melding=uitgenodigd&uitnodiging=[0-9a-f-]{36}$/);
    const [mail] = t.app.kring.mailer.outbox!;
    expect(mail?.to).toBe('nieuw@fixture.kring.nl');
    expect(mail?.subject).toBe('Uitnodiging voor Kring');
    expect(mail?.text).toContain(`School A ${canary('A')}`);
    const link = /https?:\/\/\S+\/uitnodiging\?code=(\S+)/.exec(mail!.text);
    expect(link).not.toBeNull();

    const list = await admin.get(location(res));
    expect(list.body).toContain('Er is een uitnodiging gestuurd naar nieuw@fixture.kring.nl.');
    expect(list.body).toContain('Nieuwe Collega');
    expect(list.body).toContain('Openstaand');

    const invited = new Agent(t.app);
    const accept = await invited.get(`/uitnodiging?code=${link![1]}`);
    expect(accept.statusCode).toBe(200);
    expect(accept.body).toContain(`School A ${canary('A')}`);

    // A second invitation, withdrawn: its link stops working.
    await admin.post('/beheer/uitnodigingen', {
      name: 'Ander Persoon',
      email: 'ander@fixture.kring.nl',
      organisation: fx.organisations.A,
      role: 'volunteer',
    });
    const second = /code=(\S+)/.exec(t.app.kring.mailer.outbox![0]!.text)![1];
    const { id } = await t.database.db
      .selectFrom('invitation')
      .select('id')
      .where('email', '=', 'ander@fixture.kring.nl')
      .executeTakeFirstOrThrow();
    const withdrawn = await admin.post(`/beheer/uitnodigingen/${id}/intrekken`);
    expect(location(withdrawn)).toBe('/beheer/uitnodigingen?melding=ingetrokken');
    const afterWithdraw = await admin.get(location(withdrawn));
    expect(afterWithdraw.body).toContain('De uitnodiging is ingetrokken.');
    expect(afterWithdraw.body).toContain('Ingetrokken');
    expect((await new Agent(t.app).get(`/uitnodiging?code=${second}`)).statusCode).toBe(404);
  });

  it('re-renders the form with 400, the errors and what was typed', async () => {
    const admin = await signedIn(fixtureEmail('A', 'administrator'));
    const res = await admin.post('/beheer/uitnodigingen', {
      name: '',
      email: 'geen-adres',
      organisation: fx.organisations.B,
      role: 'koning',
    });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('Fout:');
    expect(res.body).toContain('href="#name"');
    expect(res.body).toContain('href="#email"');
    expect(res.body).toContain('href="#organisation"');
    expect(res.body).toContain('href="#role"');
    expect(res.body).toContain('value="geen-adres"');
    expect(t.app.kring.mailer.outbox).toHaveLength(0);

    const member = await admin.post('/beheer/uitnodigingen', {
      name: 'Al Lid',
      email: fixtureEmail('A', 'volunteer'),
      organisation: fx.organisations.A,
      role: 'professional',
    });
    expect(member.statusCode).toBe(400);
    expect(member.body).toContain('Deze persoon hoort al bij deze organisatie');
    expect(member.body).toContain('value="Al Lid"');
    expect(member.body).toMatch(/value="professional"\s+checked/);

    const conflict = await admin.post('/beheer/uitnodigingen', {
      name: 'Privacy B',
      email: fixtureEmail('B', 'privacyOfficer'),
      organisation: fx.organisations.A,
      role: 'administrator',
    });
    expect(conflict.statusCode).toBe(400);
    expect(conflict.body).toContain('Een privacyfunctionaris kan nooit ook beheerder zijn');
    expect(t.app.kring.mailer.outbox).toHaveLength(0);
  });

  it('cannot withdraw an invitation of another organisation', async () => {
    const bAdmin = await signedIn(fixtureEmail('B', 'administrator'));
    await bAdmin.post('/beheer/uitnodigingen', {
      name: 'Collega B',
      email: 'collega.b@fixture.kring.nl',
      organisation: fx.organisations.B,
      role: 'professional',
    });
    const { id } = await t.database.db.selectFrom('invitation').select('id').executeTakeFirstOrThrow();
    const admin = await signedIn(fixtureEmail('A', 'administrator'));
    expect((await admin.get('/beheer/uitnodigingen')).body).not.toContain('collega.b@fixture.kring.nl');
    expect((await admin.post(`/beheer/uitnodigingen/${id}/intrekken`)).statusCode).toBe(404);
  });
});

describe("the municipality's administrator", () => {
  it('manages every organisation: users of all, invitations to any, and new organisations', async () => {
    const { organisationId } = await seedMunicipalityAdmin();
    const admin = await signedIn(MUNICIPALITY_ADMIN);
    const home = await admin.get('/beheer');
    expect(home.body).toContain('Gebruikers, uitnodigingen en organisaties van alle organisaties in de kring.');
    expect(home.body).toContain('href="/beheer/organisaties"');

    const users = await admin.get('/beheer/gebruikers');
    expect(users.body).toContain(canary('A'));
    expect(users.body).toContain(canary('B'));
    expect((await admin.get(`/beheer/gebruikers/${fx.users.B.professional}`)).statusCode).toBe(200);

    const invitations = await admin.get('/beheer/uitnodigingen');
    expect(invitations.body).toContain(`type="radio" id="organisation" name="organisation"`);
    expect(invitations.body).toContain(organisationId);

    const list = await admin.get('/beheer/organisaties');
    expect(list.statusCode).toBe(200);
    expect(list.body).toContain('Gemeente Kringstad');

    const created = await admin.post('/beheer/organisaties', { name: 'Sportclub De Ring', type: 'sportsClub' });
    expect(created.statusCode).toBe(303);
    expect(location(created)).toMatch(/^\/beheer\/organisaties\?melding=toegevoegd&organisatie=[0-9a-f-]{36}$/);
    const after = await admin.get(location(created));
    expect(after.body).toContain('Sportclub De Ring is toegevoegd.');
    expect(after.body).toContain('Sportvereniging');

    const duplicate = await admin.post('/beheer/organisaties', { name: 'Sportclub De Ring', type: 'school' });
    expect(duplicate.statusCode).toBe(400);
    expect(duplicate.body).toContain('Er is al een organisatie met deze naam');
    expect(duplicate.body).toContain('value="Sportclub De Ring"');

    const empty = await admin.post('/beheer/organisaties', { name: ' ', type: '' });
    expect(empty.statusCode).toBe(400);
    expect(empty.body).toContain('href="#name"');
    expect(empty.body).toContain('href="#type"');
  });

  it('the pages speak English under /en', async () => {
    await seedMunicipalityAdmin();
    const admin = await signedIn(MUNICIPALITY_ADMIN);
    const home = await admin.get('/en/beheer');
    expect(home.statusCode).toBe(200);
    expect(home.body).toContain('Administration');
    expect(home.body).toContain('href="/en/beheer/organisaties"');
    const users = await admin.get('/en/beheer/gebruikers');
    expect(users.body).toContain('Search by name or email address');
    expect(users.body).toContain(`href="/en/beheer/gebruikers/${fx.users.A.professional}"`);
  });
});
