// SPDX-License-Identifier: EUPL-1.2
/**
 * The privacy officer's view of the audit log (issue 3, item 6; NEN 7513, BIO2 8.15): only the
 * privacy officer reads it, every read is audited, nothing of another organisation shows, the
 * per-person overview answers who looked at someone, and the chain check finds a change made by hand.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { subjectPseudonym } from '#src/modules/audit/audit.ts';
import { recordAuditEvent } from '#src/modules/audit/record-audit-event.ts';
import { Agent, canary, type Fixtures, fixtureEmail, seedFixtures, TestClock } from '#test/agent.ts';
import { checkpointLine } from '#test/checkpoint.ts';
import { createTestApp } from '#test/setup.ts';

let t: Awaited<ReturnType<typeof createTestApp>>;
let fx: Fixtures;
let anchorDir: string;
let anchor: string;
const clock = new TestClock();

beforeEach(async () => {
  anchorDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kring-anchor-'));
  anchor = path.join(anchorDir, 'audit-anchor.jsonl');
  t = await createTestApp({ clock: clock.now, authRateLimit: 1000, env: { KRING_AUDIT_ANCHOR: anchor } });
  fx = await seedFixtures(t.database.db, t.app.kring.config);
});
afterEach(async () => {
  await t.close();
  fs.rmSync(anchorDir, { recursive: true, force: true });
});

const LOG = '/privacy/logboek';
const PERSON = '/privacy/logboek/persoon';
const VERIFY = '/privacy/logboek/controle';

function officer(): Promise<Agent> {
  return new Agent(t.app).signIn(fixtureEmail('A', 'privacyOfficer'));
}

/** The audit rows of one event type, oldest first. */
function rowsOfType(type: string) {
  return t.database.db
    .selectFrom('audit_event')
    .selectAll()
    .where('event_type_code', '=', type)
    .orderBy('id')
    .execute();
}

describe('the organisation audit log', () => {
  it("shows the organisation's sign-ins and, on the next read, the officer's own read", async () => {
    await new Agent(t.app).signIn(fixtureEmail('A', 'professional'));
    const agent = await officer();
    const first = await agent.get(LOG);
    expect(first.statusCode).toBe(200);
    expect(first.body).toContain('data-testid="audit-table"');
    expect(first.body).toContain(fixtureEmail('A', 'professional'));
    expect(first.body).toContain('auth.sign_in');
    expect(first.body).toContain(`${PERSON}?gebruiker=${fx.users.A.professional}`);
    expect(first.body).not.toContain('>audit.read<');

    const reads = await rowsOfType('audit.read');
    expect(reads).toHaveLength(1);
    expect(reads[0]).toMatchObject({
      event_action_code: 'R',
      user_id: fx.users.A.privacyOfficer,
      role_id_code: 'privacyOfficer',
      organisation_id: fx.organisations.A,
      purpose_of_use: 'audit-review',
      event_outcome_indicator: 0,
    });

    const second = await agent.get(LOG);
    expect(second.body).toContain('>audit.read<');
    expect(second.body).toContain('Privacyfunctionaris');
    expect(second.body).toContain('audit-review');
  });

  it('never shows rows of another organisation', async () => {
    await new Agent(t.app).signIn(fixtureEmail('B', 'professional'));
    await new Agent(t.app).signIn(fixtureEmail('B', 'privacyOfficer')).then((b) => b.get(LOG));
    const agent = await officer();
    const res = await agent.get(LOG);
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain(canary('A'));
    expect(res.body).not.toContain(canary('B'));
    expect(res.body).not.toContain(fixtureEmail('B', 'professional'));
    expect(res.body).not.toContain(fx.users.B.professional);
    // Filtering on a user of B finds nothing either.
    const filtered = await agent.get(`${LOG}?email=${encodeURIComponent(fixtureEmail('B', 'professional'))}`);
    expect(filtered.statusCode).toBe(200);
    expect(filtered.body).toContain('data-testid="audit-none"');
    expect(filtered.body).not.toContain(canary('B'));
  });

  it('filters on user, on the start of the event type (literally) and on dates', async () => {
    await new Agent(t.app).signIn(fixtureEmail('A', 'professional'));
    await new Agent(t.app).signIn(fixtureEmail('A', 'coordinator'));
    const agent = await officer();

    const byUser = await agent.get(
      `${LOG}?email=${encodeURIComponent(fixtureEmail('A', 'coordinator').toUpperCase())}`,
    );
    expect(byUser.body).toContain(fixtureEmail('A', 'coordinator'));
    expect(byUser.body).not.toContain(fixtureEmail('A', 'professional'));

    const byType = await agent.get(`${LOG}?soort=audit.`);
    expect(byType.body).toContain('>audit.read<');
    expect(byType.body).not.toContain('>auth.sign_in<');

    // % and _ are matched literally, not as wildcards.
    expect((await agent.get(`${LOG}?soort=%25`)).body).toContain('data-testid="audit-none"');
    expect((await agent.get(`${LOG}?soort=auth_sign`)).body).toContain('data-testid="audit-none"');

    const today = clock.now().toISOString().slice(0, 10);
    const inRange = await agent.get(`${LOG}?van=${today}&tot=${today}`);
    expect(inRange.body).toContain('auth.sign_in');
    const later = await agent.get(`${LOG}?van=2999-01-01`);
    expect(later.body).toContain('data-testid="audit-none"');
  });

  it('answers an invalid date with 400, the error next to the field and the values kept', async () => {
    const agent = await officer();
    const before = (await rowsOfType('audit.read')).length;
    const res = await agent.get(`${LOG}?van=2026-02-30&soort=auth.&tot=gisteren`);
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('Vul een datum in zoals 2026-11-25');
    expect(res.body).toContain('href="#from"');
    expect(res.body).toContain('href="#until"');
    expect(res.body).toContain('id="from-error"');
    expect(res.body).toContain('value="2026-02-30"');
    expect(res.body).toContain('value="gisteren"');
    expect(res.body).toContain('value="auth."');
    expect(res.body).not.toContain('data-testid="audit-table"');
    // Nothing was read, so nothing is logged.
    expect(await rowsOfType('audit.read')).toHaveLength(before);

    const en = await agent.get(`/en${LOG}?tot=2026-13-01`);
    expect(en.statusCode).toBe(400);
    expect(en.body).toContain('Enter a date like 2026-11-25');
  });

  it('pages through the log newest first, 100 rows at a time', async () => {
    const a = new Agent(t.app);
    for (let i = 0; i < 3; i++) {
      await a.signIn(fixtureEmail('A', 'professional'));
      clock.advance(31_000); // a TOTP code works once
    }
    const agent = await officer();
    // Enough reads for more than a page: each read is a row of A.
    for (let i = 0; i < 100; i++) await agent.get(`${LOG}?soort=none`);
    const res = await agent.get(LOG);
    const first = [...res.body.matchAll(/<tr class="utrecht-table__row">/g)].length - 1;
    expect(first).toBe(100);
    const more = /href="(\/privacy\/logboek\?voor=\d+)"/.exec(res.body);
    expect(more).not.toBeNull();
    const next = await agent.get(more![1]!);
    expect(next.statusCode).toBe(200);
    expect(next.body).toContain('auth.sign_in');
  });
});

describe('who may read the log', () => {
  it.each(['administrator', 'professional', 'safeguardingLead'] as const)(
    'a %s gets 403 on every page',
    async (role) => {
      const agent = await new Agent(t.app).signIn(fixtureEmail('A', role));
      for (const url of [LOG, `${PERSON}?gebruiker=${fx.users.A.professional}`, VERIFY]) {
        const res = await agent.get(url);
        expect(res.statusCode, url).toBe(403);
        expect(res.body).not.toContain(fixtureEmail('A', 'professional'));
      }
      expect(await rowsOfType('audit.read')).toHaveLength(0);
      expect(await rowsOfType('audit.person')).toHaveLength(0);
      expect(await rowsOfType('audit.verify')).toHaveLength(0);
    },
  );

  it('without signing in, the pages send to the sign-in page', async () => {
    const res = await new Agent(t.app).get(LOG);
    expect(res.statusCode).toBe(303);
    expect(String(res.headers.location)).toContain('/inloggen');
  });
});

describe('the per-person overview', () => {
  it('lists who looked at a user of the organisation, and audits the look', async () => {
    await new Agent(t.app).signIn(fixtureEmail('A', 'professional'));
    const agent = await officer();
    const id = fx.users.A.professional;
    const res = await agent.get(`${PERSON}?gebruiker=${id}`);
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain(`professional A ${canary('A')}`);
    // In plain words, not the codes (ADR 0029).
    expect(res.body).toContain('Logde in');
    expect(res.body).toContain('Inloggen');
    expect(res.body).not.toContain('auth.sign_in');
    const rows = await rowsOfType('audit.person');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      event_action_code: 'R',
      user_id: fx.users.A.privacyOfficer,
      organisation_id: fx.organisations.A,
      purpose_of_use: 'audit-review',
      participant_object_id: id,
      data_subject_pseudonym: subjectPseudonym(t.app.kring.keys.pseudonymKey, 'user', id),
    });
    // The officer's look is now part of the person's overview, with the organisation's name.
    const again = await agent.get(`${PERSON}?gebruiker=${id}`);
    expect(again.body).toContain('Bekeek wie de gegevens van deze medewerker inzag');
    expect(again.body).toContain(`School A ${canary('A')}`);
    expect(again.body).toContain('Privacyfunctionaris');
  });

  it('answers 404 for a user of another organisation and for an id that is no id', async () => {
    await new Agent(t.app).signIn(fixtureEmail('B', 'professional'));
    const agent = await officer();
    for (const gebruiker of [fx.users.B.professional, 'not-a-uuid', '00000000-0000-4000-8000-000000000000', '']) {
      const res = await agent.get(`${PERSON}?gebruiker=${encodeURIComponent(gebruiker)}`);
      expect(res.statusCode, gebruiker).toBe(404);
      expect(res.body).not.toContain(canary('B'));
    }
    expect(await rowsOfType('audit.person')).toHaveLength(0);
  });
});

describe('checking the chain', () => {
  it('says the log is unchanged, then names the row changed by hand', async () => {
    await new Agent(t.app).signIn(fixtureEmail('A', 'professional'));
    const agent = await officer();
    const ok = await agent.get(VERIFY);
    expect(ok.statusCode).toBe(200);
    const count = Number(
      (
        await t.database.db
          .selectFrom('audit_event')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
    // Every row before the check's own row was checked.
    expect(ok.body).toContain(`alle ${count - 1} regels kloppen`);
    const verifies = await rowsOfType('audit.verify');
    expect(verifies).toHaveLength(1);
    expect(verifies[0]).toMatchObject({ event_action_code: 'E', purpose_of_use: 'audit-review' });

    // A database administrator switches the trigger off and changes a row.
    const [signIn] = await rowsOfType('auth.sign_in');
    const id = String(signIn!.id);
    await sql`alter table audit_event disable trigger audit_event_no_update_delete`.execute(t.database.db);
    await sql`update audit_event set user_id = 'someone-else' where id = ${id}`.execute(t.database.db);

    const broken = await agent.get(VERIFY);
    expect(broken.statusCode).toBe(200);
    expect(broken.body).toContain(`aangetast vanaf regel ${id}.`);
    expect(broken.body).toContain('role="alert"');
    const en = await agent.get(`/en${VERIFY}`);
    expect(en.body).toContain(`tampered with from entry ${id}.`);
  });
  it('finds the end of the log cut off past the triggers, against the checkpoint outside the database', async () => {
    const key = t.app.kring.keys.auditKey;
    for (let i = 0; i < 60; i++) {
      await t.database.db
        .transaction()
        .execute((trx) =>
          recordAuditEvent(
            trx,
            key,
            { type: 'auth.sign_in', action: 'E', outcome: 'success', purpose: 'sign-in' },
            clock.now(),
          ),
        );
    }
    const head = await t.database.db
      .selectFrom('audit_event')
      .select(['id', 'hash'])
      .orderBy('id', 'desc')
      .limit(1)
      .executeTakeFirstOrThrow();
    fs.writeFileSync(anchor, checkpointLine(key, String(head.id), head.hash ?? '', '2026-12-06T21:00:00.000Z'));

    const agent = await officer();
    const ok = await agent.get(VERIFY);
    expect(ok.body).toContain('regels kloppen met hun keten');
    expect(ok.body).not.toContain('role="alert"');

    // A database superuser switches the triggers off (for this transaction) and deletes the last 50 rows.
    await t.database.db.transaction().execute(async (trx) => {
      await sql`set local session_replication_role = replica`.execute(trx);
      await sql`delete from audit_event where id > (select max(id) - 50 from audit_event)`.execute(trx);
    });
    const left = await t.database.db.selectFrom('audit_event').select('id').orderBy('id', 'desc').execute();
    expect(Number(left[0]!.id)).toBeLessThan(Number(head.id));

    const broken = await agent.get(VERIFY);
    expect(broken.statusCode).toBe(200);
    expect(broken.body).toContain('role="alert"');
    expect(broken.body).toContain(
      `Het einde van het logboek is verwijderd: het controlepunt van 2026-12-06T21:00:00Z noemt regel ${head.id}, die ontbreekt.`,
    );
    const en = await agent.get(`/en${VERIFY}`);
    expect(en.body).toContain(
      `The end of the audit log has been removed: the checkpoint of 2026-12-06T21:00:00Z names entry ${head.id}, which is missing.`,
    );
    // Before the cut, the end of the log was confirmed against the checkpoint.
    expect(ok.body).toContain(`controlepunt van 2026-12-06T21:00:00Z (regel ${head.id})`);
  });
});
