// SPDX-License-Identifier: EUPL-1.2
/**
 * The concern dossier over HTTP, continued (issue 4): the kindcheck (a child in the household gets a
 * linked concern), a long dossier (the latest 20 entries, the body map of every injury), and the
 * privacy officer finding who opened a dossier, when and why.
 */
import { describe, expect, it } from 'vitest';
import { canary } from '#test/agent.ts';
import { auditTypes, open, signedIn, t, today } from './concerns-fixture.ts';

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
