// SPDX-License-Identifier: EUPL-1.2
/**
 * The concern dossier over HTTP (issue 4): the meldcode from opening a concern to the decision to
 * report, the forms keeping what was typed, who can see a concern (404 for everyone else, on every
 * URL of it), the workflow refusing steps out of order (409), and the audit row of every view and
 * change.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Role } from '#src/core/roles.ts';
import { Agent, canary, type Fixtures, fixtureEmail, seedFixtures, TestClock } from '#test/agent.ts';
import { createConcern, observation } from '#test/factories/index.ts';
import { createTestApp } from '#test/setup.ts';

let t: Awaited<ReturnType<typeof createTestApp>>;
let fx: Fixtures;
const clock = new TestClock();
const outbox = () => t.app.kring.mailer.outbox ?? [];

beforeEach(async () => {
  t = await createTestApp({ clock: clock.now, authRateLimit: 1000, jobPollingSeconds: 0.5 });
  fx = await seedFixtures(t.database.db, t.app.kring.config);
});
afterEach(() => t.close());

const today = () => {
  const d = clock.now();
  return { day: String(d.getUTCDate()), month: String(d.getUTCMonth() + 1), year: String(d.getUTCFullYear()) };
};

async function signedIn(role: Parameters<typeof fixtureEmail>[1], org: 'A' | 'B' = 'A'): Promise<Agent> {
  return new Agent(t.app).signIn(fixtureEmail(org, role));
}

/** Opens a concern about a child (born 3 March 2012) as a user of organisation A; returns its id. */
async function open(role: Role = 'professional', name = 'Tara Bakker'): Promise<string> {
  return (await createConcern(t.app, { by: fx.members.A[role], fullName: name, dateOfBirth: '2012-03-03' })).id;
}

async function auditTypes(objectId: string): Promise<string[]> {
  const rows = await t.database.db
    .selectFrom('audit_event')
    .select('event_type_code')
    .where('participant_object_id', '=', objectId)
    .orderBy('id')
    .execute();
  return rows.map((r) => r.event_type_code);
}

async function status(id: string): Promise<string> {
  const row = await t.database.db.selectFrom('concern').select('status').where('id', '=', id).executeTakeFirstOrThrow();
  return row.status;
}

describe('the meldcode from signal to decision', () => {
  it('walks a concern through the five steps and records every step in the dossier and the audit log', async () => {
    const teacher = await signedIn('professional');
    const lead = await signedIn('safeguardingLead');
    const id = await open();
    const d = today();

    // Step 1: an observation with a sign category, the child's own words, an injury.
    let res = await teacher.post(`/zorgen/${id}/signaal?soort=observation`, {
      'date-day': d.day,
      'date-month': d.month,
      'date-year': d.year,
      time: '10:15',
      facts: 'Tara schrikt als ik haar schouder aanraak.',
      interpretation: '',
      sourceKind: 'self',
      source: '',
      categories: ['physicalAbuse', 'witnessingViolence'],
    });
    expect(res.statusCode, res.body).toBe(303);
    res = await teacher.post(`/zorgen/${id}/signaal?soort=quote`, {
      'date-day': d.day,
      'date-month': d.month,
      'date-year': d.year,
      time: '',
      words: 'Papa wordt heel boos als hij gedronken heeft.',
      context: '',
      sourceKind: 'self',
      source: '',
    });
    expect(res.statusCode, res.body).toBe(303);
    res = await teacher.post(`/zorgen/${id}/letsel`, {
      side: '',
      x: '',
      y: '',
      sideChoice: 'back',
      region: 'upperArmLeft',
      injuryKind: 'bruise',
      size: '4',
      colour: 'bluePurple',
      'date-day': d.day,
      'date-month': d.month,
      'date-year': d.year,
      explanation: 'Ze zegt dat ze tegen een deur liep.',
    });
    expect(res.statusCode, res.body).toBe(303);

    // Out of order: weighing before consultation and conversation is refused.
    res = await teacher.post(`/zorgen/${id}/afweging/vastleggen`, { q1: 'yes', q2: 'yes' });
    expect(res.statusCode).toBe(409);
    expect(await status(id)).toBe('signals');

    // Step 2: ask the aandachtsfunctionaris; the mail names nobody.
    res = await teacher.post(`/zorgen/${id}/consultatie/vragen`, { lead: 'any' });
    expect(res.statusCode, res.body).toBe(303);
    expect(await status(id)).toBe('consultation');
    await expect
      .poll(() => outbox().filter((m) => m.to === fixtureEmail('A', 'safeguardingLead')).length, {
        timeout: 10_000,
      })
      .toBe(1);
    const mail = outbox().find((m) => m.to === fixtureEmail('A', 'safeguardingLead'))!;
    expect(mail.text).not.toContain('Tara');
    expect(mail.text).not.toContain(id);

    res = await lead.get(`/zorgen/${id}`);
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('Papa wordt heel boos als hij gedronken heeft.');
    res = await lead.post(`/zorgen/${id}/consultatie/vastleggen`, {
      withName: 'Mark Jansen, aandachtsfunctionaris',
      advice: 'Ga in gesprek met de moeder. Vraag anoniem advies aan Veilig Thuis.',
    });
    expect(res.statusCode, res.body).toBe(303);
    res = await lead.post(`/zorgen/${id}/consultatie/advies`, {
      adviser: 'veiligThuis',
      adviceText: 'Zorgen zijn terecht; bespreek met moeder en overweeg een melding.',
    });
    expect(res.statusCode, res.body).toBe(303);
    expect(await status(id)).toBe('conversation');
    const request = await t.database.db
      .selectFrom('consultation_request')
      .select('answered_at')
      .where('concern_id', '=', id)
      .executeTakeFirstOrThrow();
    expect(request.answered_at).not.toBeNull();

    // Step 3: the conversation with the mother.
    res = await teacher.post(`/zorgen/${id}/gesprek`, {
      'conversationDate-day': d.day,
      'conversationDate-month': d.month,
      'conversationDate-year': d.year,
      participants: 'Moeder van Tara, Sanne de Vries',
      reaction: 'Het was maar één keer.',
    });
    expect(res.statusCode, res.body).toBe(303);
    expect(await status(id)).toBe('weighing');

    // Steps 4–5: the afwegingskader one question at a time, then the outcome.
    res = await teacher.post(`/zorgen/${id}/afweging`, { q1: 'yes', r1: 'Letsel, schrikreactie, eigen woorden.' });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('name="q2"');
    res = await teacher.post(`/zorgen/${id}/afweging`, {
      q1: 'yes',
      r1: 'Letsel, schrikreactie, eigen woorden.',
      q2: 'yes',
      r2: 'Herhaald geweld onder invloed van alcohol; Tara beschermt haar broertje.',
    });
    expect(res.body).toContain('data-testid="weighing-result"');
    expect(res.body).toContain('Meldnorm 1');
    res = await teacher.post(`/zorgen/${id}/afweging/vastleggen`, {
      q1: 'yes',
      r1: 'Letsel, schrikreactie, eigen woorden.',
      q2: 'yes',
      r2: 'Herhaald geweld onder invloed van alcohol.',
    });
    expect(res.statusCode, res.body).toBe(303);
    expect(await status(id)).toBe('deciding');

    // Acute or structural unsafety: helping instead of reporting is refused.
    res = await teacher.post(`/zorgen/${id}/besluit`, {
      decision: 'help',
      reasons: 'Wij kunnen zelf helpen.',
      'checkDate-day': '1',
      'checkDate-month': '1',
      'checkDate-year': String(clock.now().getUTCFullYear() + 1),
    });
    expect(res.statusCode).toBe(409);
    res = await teacher.post(`/zorgen/${id}/besluit`, {
      decision: 'report',
      reasons: 'Structurele onveiligheid: meldnorm 1.',
      informed: 'yes',
      keepHelping: 'yes',
      'checkDate-day': '1',
      'checkDate-month': '2',
      'checkDate-year': String(clock.now().getUTCFullYear() + 1),
    });
    expect(res.statusCode, res.body).toBe(303);
    expect(await status(id)).toBe('report');

    const page = await teacher.get(`/zorgen/${id}`);
    expect(page.body).toContain('Besloten te melden bij Veilig Thuis');
    const kinds = await t.database.db
      .selectFrom('concern_entry')
      .select('kind')
      .where('concern_id', '=', id)
      .orderBy('seq')
      .execute();
    expect(kinds.map((k) => k.kind)).toEqual([
      'opened',
      'observation',
      'quote',
      'injury',
      'consultationRequested',
      'consultation',
      'advice',
      'conversation',
      'weighing',
      'decision',
    ]);
    const types = await auditTypes(id);
    expect(types).toEqual(
      expect.arrayContaining([
        'concern.create',
        'concern.read',
        'concern.entry.create',
        'concern.step.requestConsultation',
        'concern.step.recordConsultation',
        'concern.step.recordAdvice',
        'concern.step.recordConversation',
        'concern.step.weigh',
        'concern.step.decideReport',
      ]),
    );
  }, 60_000);
});

describe('forms keep what was typed and say what is wrong', () => {
  it('shows errors next to the fields and changes nothing', async () => {
    const teacher = await signedIn('professional');
    let res = await teacher.post('/zorgen/nieuw', {
      fullName: '',
      'dateOfBirth-day': '31',
      'dateOfBirth-month': '2',
      'dateOfBirth-year': '2012',
      ageGroup: 'robot',
    });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('Vul de naam in');
    expect(res.body).toContain('Vul een echte geboortedatum in');
    expect(res.body).toContain('Kies over wie het gaat');
    expect(res.body).toContain('Kies ja, nee of weet ik niet');
    expect(res.body).toContain('value="31"');
    expect(await t.database.db.selectFrom('concern').select('id').execute()).toEqual([]);

    const id = await open();
    res = await teacher.post(`/zorgen/${id}/signaal?soort=observation`, {
      'date-day': '1',
      'date-month': '1',
      'date-year': String(clock.now().getUTCFullYear() + 2),
      time: '25:00',
      facts: 'Iets gezien <script>alert(1)</script>',
      sourceKind: 'other',
      source: '',
      categories: ['physicalAbuse', 'nonsense'],
    });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('Vul een echte datum in, niet in de toekomst');
    expect(res.body).toContain('Vul een tijd in zoals 14:30');
    expect(res.body).toContain('Schrijf op wie het vertelde');
    expect(res.body).toContain('Kies alleen soorten uit de lijst');
    expect(res.body).toContain('Iets gezien &lt;script');
    expect(res.body).not.toContain('<script>alert(1)</script>');
    const entries = await t.database.db
      .selectFrom('concern_entry')
      .select('kind')
      .where('concern_id', '=', id)
      .execute();
    expect(entries).toHaveLength(1);
  });

  it('corrects an entry with a new one that points to it; the old one stays', async () => {
    const teacher = await signedIn('professional');
    const { id } = await createConcern(t.app, {
      by: fx.members.A.professional,
      through: 'signals',
      signals: [observation('Blauwe plek op de rechter arm.')],
    });
    const d = today();
    const first = await t.database.db
      .selectFrom('concern_entry')
      .select(['id', 'seq'])
      .where('concern_id', '=', id)
      .where('kind', '=', 'observation')
      .executeTakeFirstOrThrow();
    let res = await teacher.get(`/zorgen/${id}/signaal?corrigeert=${first.id}`);
    expect(res.body).toContain('Blauwe plek op de rechter arm.');
    res = await teacher.post(`/zorgen/${id}/signaal?corrigeert=${first.id}`, {
      'date-day': d.day,
      'date-month': d.month,
      'date-year': d.year,
      facts: 'Blauwe plek op de linker arm.',
      sourceKind: 'self',
    });
    expect(res.statusCode, res.body).toBe(303);
    const rows = await t.database.db
      .selectFrom('concern_entry')
      .select(['seq', 'corrects_id', 'data'])
      .where('concern_id', '=', id)
      .orderBy('seq')
      .execute();
    expect(rows.at(-1)!.corrects_id).toBe(first.id);
    expect(JSON.stringify(rows.find((r) => r.seq === first.seq)!.data)).toContain('rechter');
    res = await teacher.get(`/zorgen/${id}`);
    expect(res.body).toContain(`Gecorrigeerd in regel ${rows.at(-1)!.seq}`);
    // The database refuses any change in place.
    await expect(
      t.database.db.updateTable('concern_entry').set({ kind: 'note' }).where('id', '=', first.id).execute(),
    ).rejects.toThrow(/append-only/);
  });
});

describe('who can see a concern', () => {
  it('answers 404 on every URL of the concern to another organisation, and to colleagues not added', async () => {
    const teacher = await signedIn('professional');
    const id = await open('professional', `Kind ${canary('A')}`);
    const urls = [
      '',
      '/signaal',
      '/signaal?soort=observation',
      '/letsel',
      '/bijlage',
      '/huishouden',
      '/consultatie',
      '/gesprek',
      '/afweging',
      '/besluit',
      '/collegas',
      '/chronologie',
      '/chronologie.pdf',
      '/bijlagen/00000000-0000-4000-8000-000000000000',
    ];
    const posts = [
      '/signaal?soort=observation',
      '/letsel',
      '/huishouden',
      '/kindcheck',
      '/consultatie/vragen',
      '/consultatie/vastleggen',
      '/consultatie/advies',
      '/gesprek',
      '/gesprek/overslaan',
      '/afweging',
      '/afweging/vastleggen',
      '/besluit',
      '/hulp',
      '/heropenen',
      '/collegas',
    ];
    const volunteer = await signedIn('volunteer', 'A');
    for (const who of [await signedIn('professional', 'B'), await signedIn('safeguardingLead', 'B'), volunteer]) {
      for (const url of urls) {
        const res = await who.get(`/zorgen/${id}${url}`);
        expect(res.statusCode, url).toBe(404);
        expect(res.body).not.toContain(canary('A'));
      }
      for (const url of posts) {
        const res = await who.post(`/zorgen/${id}${url}`, {});
        expect(res.statusCode, `POST ${url}`).toBe(404);
      }
    }
    // Administrators and privacy officers of the same organisation never see dossiers (route: 403).
    for (const role of ['administrator', 'privacyOfficer'] as const) {
      const res = await (await signedIn(role)).get(`/zorgen/${id}`);
      expect(res.statusCode).toBe(403);
    }
    // The aandachtsfunctionaris of the organisation and an added colleague do see it.
    const lead = await signedIn('safeguardingLead');
    expect((await lead.get(`/zorgen/${id}`)).statusCode).toBe(200);
    const res = await teacher.post(`/zorgen/${id}/collegas`, { colleague: fx.users.A.volunteer });
    expect(res.statusCode, res.body).toBe(303);
    expect((await volunteer.get(`/zorgen/${id}`)).statusCode).toBe(200);
    expect(await auditTypes(id)).toContain('concern.member.add');
  }, 60_000);

  it('sends a volunteer’s concern straight to the aandachtsfunctionaris; steps 2–5 are not the volunteer’s', async () => {
    const coach = await signedIn('volunteer');
    const id = await open('volunteer', 'Sporter');
    expect(await status(id)).toBe('consultation');
    await expect
      .poll(() => outbox().filter((m) => m.to === fixtureEmail('A', 'safeguardingLead')).length, {
        timeout: 10_000,
      })
      .toBe(1);
    const res = await coach.post(`/zorgen/${id}/consultatie/vastleggen`, { withName: 'X', advice: 'Y' });
    expect(res.statusCode).toBe(403);
  });
});

describe('the kindcheck', () => {
  it('adds a child to the household and opens a linked concern for that child', async () => {
    const teacher = await signedIn('professional');
    const id = await open();
    let res = await teacher.post(`/zorgen/${id}/huishouden`, { name: 'Daan Bakker', relation: 'broer', age: '8' });
    expect(res.statusCode, res.body).toBe(303);
    const member = await t.database.db.selectFrom('household_member').select('id').executeTakeFirstOrThrow();
    res = await teacher.post(`/zorgen/${id}/huishouden/${member.id}/zorg`, {});
    expect(res.statusCode, res.body).toBe(303);
    const childId = /\/zorgen\/([0-9a-f-]{36})/.exec(String(res.headers.location))![1]!;
    const child = await t.database.db
      .selectFrom('concern')
      .innerJoin('person', 'person.id', 'concern.person_id')
      .select(['concern.parent_id', 'person.full_name', 'person.age_group'])
      .where('concern.id', '=', childId)
      .executeTakeFirstOrThrow();
    expect(child).toEqual({ parent_id: id, full_name: 'Daan Bakker', age_group: 'child' });
    res = await teacher.get(`/zorgen/${childId}`);
    expect(res.body).toContain('Geopend vanuit de zorg over Tara Bakker');
    // Twice is refused.
    res = await teacher.post(`/zorgen/${id}/huishouden/${member.id}/zorg`, {});
    expect(res.statusCode).toBe(409);
  });
});

describe('a long dossier', () => {
  it('shows the latest 20 entries with every injury on the body map, and all of them on request', async () => {
    const teacher = await signedIn('professional');
    const id = await open();
    const d = today();
    await teacher.post(`/zorgen/${id}/letsel`, {
      sideChoice: 'front',
      region: 'kneeRight',
      injuryKind: 'abrasion',
      colour: 'red',
      'date-day': d.day,
      'date-month': d.month,
      'date-year': d.year,
    });
    for (let i = 1; i <= 24; i++) {
      const res = await teacher.post(`/zorgen/${id}/signaal?soort=observation`, {
        'date-day': d.day,
        'date-month': d.month,
        'date-year': d.year,
        facts: `Waarneming nummer ${i}.`,
        sourceKind: 'self',
      });
      expect(res.statusCode).toBe(303);
    }
    const count = (html: string) => html.split('class="kring-entry ').length - 1;
    let res = await teacher.get(`/zorgen/${id}`);
    expect(count(res.body)).toBe(20);
    expect(res.body).toContain('U ziet de laatste 20 van 26 regels.');
    expect(res.body).toContain('Waarneming nummer 24.');
    expect(res.body).not.toContain('Waarneming nummer 4.<');
    // The injury (line 2) is older than the latest 20, and still on the body map.
    expect(res.body).toContain('Schaafwond, rood, voorkant, rechter knie');
    res = await teacher.get(`/zorgen/${id}?alles=1`);
    expect(count(res.body)).toBe(26);
    expect(res.body).not.toContain('U ziet de laatste');
  }, 60_000);
});

describe('the privacy officer', () => {
  it('finds the person a concern is about and sees who opened the dossier, when and why', async () => {
    const teacher = await signedIn('professional');
    const id = await open('professional', 'Tara Bakker');
    expect((await teacher.get(`/zorgen/${id}`)).statusCode).toBe(200);
    const person = await t.database.db
      .selectFrom('concern')
      .select('person_id')
      .where('id', '=', id)
      .executeTakeFirstOrThrow();

    const officer = await signedIn('privacyOfficer');
    let res = await officer.get('/privacy/logboek/betrokkenen?naam=tara');
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain(`?betrokkene=${person.person_id}`);
    // A wildcard is a character, not "everyone".
    res = await officer.get(`/privacy/logboek/betrokkenen?naam=${encodeURIComponent('%%')}`);
    expect(res.body).not.toContain('?betrokkene=');
    res = await officer.get(`/privacy/logboek/persoon?betrokkene=${person.person_id}`);
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('Las het dossier');
    expect(res.body).toContain('Opende een zorgdossier');
    expect(res.body).toContain(`professional A ${canary('A')}`);
    expect(await auditTypes(person.person_id)).toEqual(['audit.subject']);

    // Another organisation's privacy officer finds nothing and cannot open it.
    const other = await signedIn('privacyOfficer', 'B');
    res = await other.get('/privacy/logboek/betrokkenen?naam=tara');
    expect(res.body).not.toContain('?betrokkene=');
    res = await other.get(`/privacy/logboek/persoon?betrokkene=${person.person_id}`);
    expect(res.statusCode).toBe(404);
    expect(res.body).not.toContain('Tara');
    // Others may not search at all.
    expect((await teacher.get('/privacy/logboek/betrokkenen?naam=tara')).statusCode).toBe(403);
  });
});
