// SPDX-License-Identifier: EUPL-1.2
/**
 * The concern dossier over HTTP (issue 4): the meldcode from opening a concern to the decision to
 * report, the forms keeping what was typed, who can see a concern (404 for everyone else, on every
 * URL of it), the workflow refusing steps out of order (409), and the audit row of every view and
 * change. The kindcheck, a long dossier and the privacy officer's search are in
 * concerns-dossier.http.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { canary, fixtureEmail } from '#test/agent.ts';
import { createConcern, observation } from '#test/factories/index.ts';
import { auditTypes, clock, fx, open, outbox, signedIn, status, t, today } from './concerns-fixture.ts';

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
