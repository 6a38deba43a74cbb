// SPDX-License-Identifier: EUPL-1.2
/**
 * The partner directory over HTTP (issue 15 item 1, ADR 0036), without JavaScript: the public page in
 * Dutch and English with search and filters as a GET form (unknown filter words are no filter, bad
 * search text comes back next to the field); no request leaves Kring; the editor adds, changes,
 * hides and removes a partner, bad input comes back with the errors next to the fields and in the
 * summary with everything typed kept; a post without the form token changes nothing; a professional,
 * an editor of a school and a visitor are refused; the editor's writes leave audit rows; the home
 * page, the navigation and the footer lead to the directory and the staff sign-in.
 */
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Agent } from '#test/agent.ts';
import { createMember, createOrganisation, signedIn } from '#test/factories/users.ts';
import { createTestApp } from '#test/setup.ts';

let t: Awaited<ReturnType<typeof createTestApp>>;
let petra: Agent;
let professional: Agent;
let schoolEditor: Agent;
let municipalityAdmin: Agent;

const WIJKTEAM = {
  name: 'Sociaal wijkteam Harderwijk',
  type: 'socialTeam',
  audiences: ['children', 'adults', 'olderPeople'],
  descriptionNl: 'Hulp bij opvoeden, geldzorgen en mantelzorg.',
  descriptionEn: 'Help with parenting, money worries and informal care.',
  phone: '0341 41 10 00',
  email: 'wijkteam@harderwijk.example',
  webAddress: '',
  street: 'Havendam 56',
  postcode: '3841 AA',
  city: 'Harderwijk',
  contactPersons: ['safeguardingLead'],
  published: 'yes',
};
const SPORT = {
  ...WIJKTEAM,
  name: 'Sportvereniging 100% Sport_Club',
  type: 'sportsClub',
  audiences: ['children'],
  descriptionNl: 'Voetbal en hockey voor de jeugd.',
  descriptionEn: '',
  phone: '',
  email: '',
  webAddress: 'https://www.sport.example/jeugd',
  street: '',
  postcode: '',
  city: 'Ermelo',
  contactPersons: ['confidentialContact'],
};
const HIDDEN = { ...WIJKTEAM, name: 'Verborgen Jeugdhulp', type: 'youthCare', published: [] as string[] };

beforeAll(async () => {
  t = await createTestApp({ authRateLimit: 10_000 });
  const municipality = await createOrganisation(t.app, { name: 'Gemeente Harderwijk', type: 'municipality' });
  const school = await createOrganisation(t.app, { name: 'Veluwe College', type: 'school' });
  petra = await signedIn(t.app, await createMember(t.app, 'editor', { organisation: municipality }));
  municipalityAdmin = await signedIn(t.app, await createMember(t.app, 'administrator', { organisation: municipality }));
  professional = await signedIn(t.app, await createMember(t.app, 'professional', { organisation: school }));
  schoolEditor = await signedIn(t.app, await createMember(t.app, 'editor', { organisation: school }));
  for (const partner of [WIJKTEAM, SPORT, HIDDEN]) {
    const res = await petra.post('/netwerk/partners/nieuw', partner);
    expect(res.statusCode, res.body).toBe(303);
    expect(res.headers.location).toBe('/netwerk/partners?melding=toegevoegd');
  }
}, 60_000);
afterAll(() => t.close());

/** The names of the partners a directory page lists. */
function listed(html: string): string[] {
  return parse(html)
    .querySelectorAll('[data-testid="partners"] h3')
    .map((h) => h.text.trim());
}

async function partnerId(name: string): Promise<string> {
  const row = await t.database.db
    .selectFrom('network_partner')
    .select('id')
    .where('name', '=', name)
    .executeTakeFirstOrThrow();
  return row.id;
}

describe('the public directory', () => {
  it('lists the published partners by name, in Dutch, with how to reach them and the contact person', async () => {
    const res = await new Agent(t.app).get('/partners');
    expect(res.statusCode).toBe(200);
    expect(listed(res.body)).toEqual(['Sociaal wijkteam Harderwijk', 'Sportvereniging 100% Sport_Club']);
    expect(res.body).toContain('2 organisaties gevonden');
    expect(res.body).toContain('href="tel:0341411000"');
    expect(res.body).toContain('href="mailto:wijkteam@harderwijk.example"');
    expect(res.body).toContain('href="https://www.sport.example/jeugd"');
    expect(res.body).toContain('Havendam 56, 3841 AA Harderwijk');
    expect(res.body).toContain('Aandachtsfunctionaris');
    expect(res.body).toContain('Vertrouwenscontactpersoon');
    expect(res.body).toContain('Kinderen en jongeren, Volwassenen, Ouderen');
    expect(res.body).not.toContain('Verborgen Jeugdhulp');
    // The filter form works without JavaScript: a GET form to the page itself.
    const form = parse(res.body).querySelector('form[data-testid="partner-filter"]')!;
    expect(form.getAttribute('method')).toBe('get');
    expect(form.getAttribute('action')).toBe('/partners');
  });

  it('is in English under /en, falling back to the Dutch description marked as Dutch', async () => {
    const res = await new Agent(t.app).get('/en/partners');
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('<html lang="en"');
    expect(res.body).toContain('2 organisations found');
    expect(res.body).toContain('Help with parenting, money worries and informal care.');
    expect(res.body).toMatch(/<p class="[^"]*" lang="nl">Voetbal en hockey voor de jeugd.<\/p>/);
    expect(res.body).toContain('This description is in Dutch only.');
    expect(res.body).toContain('Children and young people, Adults, Older people');
    expect(parse(res.body).querySelector('form[data-testid="partner-filter"]')!.getAttribute('action')).toBe(
      '/en/partners',
    );
  });

  it('filters by the words in the query string, the same in both languages', async () => {
    const cases: [string, string[]][] = [
      ['?soort=sportvereniging', ['Sportvereniging 100% Sport_Club']],
      ['?voor=ouderen', ['Sociaal wijkteam Harderwijk']],
      ['?aanspreekpunt=vertrouwenspersoon', ['Sportvereniging 100% Sport_Club']],
      ['?aanspreekpunt=aandachtsfunctionaris', ['Sociaal wijkteam Harderwijk']],
      ['?zoek=geldzorgen', ['Sociaal wijkteam Harderwijk']],
      ['?zoek=ERMELO', ['Sportvereniging 100% Sport_Club']],
      ['?zoek=100%25', ['Sportvereniging 100% Sport_Club']],
      ['?zoek=%25', ['Sportvereniging 100% Sport_Club']],
      ['?zoek=_', ['Sportvereniging 100% Sport_Club']],
      ['?zoek=hulp+opvoeden', ['Sociaal wijkteam Harderwijk']],
      ['?zoek=hulp+hockey', []],
      ['?soort=wijkteam&voor=kinderen', ['Sociaal wijkteam Harderwijk']],
      ['?soort=politie', []],
      // Words the lists do not know (an old or edited link) are no filter.
      ['?soort=bestaat-niet&voor=%3Cscript%3E', ['Sociaal wijkteam Harderwijk', 'Sportvereniging 100% Sport_Club']],
      // The hidden partner is found by no search.
      ['?zoek=verborgen', []],
    ];
    for (const [query, names] of cases) {
      for (const prefix of ['', '/en']) {
        const res = await new Agent(t.app).get(`${prefix}/partners${query}`);
        expect(res.statusCode, query).toBe(200);
        expect(listed(res.body), `${prefix}${query}`).toEqual(names);
      }
    }
    const none = await new Agent(t.app).get('/partners?soort=politie');
    expect(none.body).toContain('Geen organisatie gevonden');
    // The chosen filter is shown chosen again.
    const chosen = parse((await new Agent(t.app).get('/partners?soort=wijkteam&zoek=hulp')).body);
    expect(chosen.querySelector('#soort option[selected]')?.getAttribute('value')).toBe('wijkteam');
    expect(chosen.querySelector('#zoek')?.getAttribute('value')).toBe('hulp');
    // The language switch keeps the search as understood, in the same words, and nothing else.
    const switchOf = (html: ReturnType<typeof parse>) =>
      html.querySelector('.kring-header__language a')?.getAttribute('href');
    expect(switchOf(chosen)).toBe('/en/partners?zoek=hulp&soort=wijkteam');
    const other = parse((await new Agent(t.app).get('/en/partners?voor=ouderen&soort=onbekend&code=geheim')).body);
    expect(switchOf(other)).toBe('/partners?voor=ouderen');
  });

  it('answers bad search text next to the field with the text kept, never 5xx', async () => {
    const hostile = await new Agent(t.app).get(`/partners?zoek=${encodeURIComponent('wijk\u202eteam')}`);
    expect(hostile.statusCode).toBe(400);
    const page = parse(hostile.body);
    expect(page.querySelector('.kring-error-summary a[href="#zoek"]')).not.toBeNull();
    expect(page.querySelector('#zoek-error')).not.toBeNull();
    expect(page.querySelector('#zoek')?.getAttribute('value')).toBe('wijk\u202eteam');
    expect(hostile.body).toContain('<title>Fout: ');

    const long = await new Agent(t.app).get(`/partners?zoek=${'a'.repeat(201)}`);
    expect(long.statusCode).toBe(400);
    expect(long.body).toContain('Dit mag niet langer zijn dan 200 tekens');
    // A page number that is no number is the 400 page, not a 5xx.
    expect((await new Agent(t.app).get('/partners?pagina=abc')).statusCode).toBe(400);
  });

  it('makes no request to anyone else: no map, image, frame, script or style from another host', async () => {
    const res = await new Agent(t.app).get('/partners');
    const page = parse(res.body);
    const external = page
      .querySelectorAll('img, iframe, script, link, source, object, embed')
      .map((el) => el.getAttribute('src') ?? el.getAttribute('href') ?? '')
      .filter((url) => /^(https?:)?\/\//.test(url));
    expect(external).toEqual([]);
    // And the browser would refuse one: the policy names no other host.
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toContain("connect-src 'self'");
    expect(csp).not.toMatch(/https?:|\*/);
  });

  it('is reached from the public home page, the navigation, and the footer has the staff sign-in', async () => {
    for (const [home, link, signIn] of [
      ['/', '/partners', '/inloggen'],
      ['/en', '/en/partners', '/en/inloggen'],
    ] as const) {
      const page = parse((await new Agent(t.app).get(home)).body);
      expect(page.querySelector(`.kring-nav a[href="${link}"]`), home).not.toBeNull();
      expect(page.querySelector(`main a[href="${link}"]`), home).not.toBeNull();
      expect(page.querySelector('footer [data-testid="staff-sign-in"]')?.getAttribute('href')).toBe(signIn);
    }
    const directory = parse((await new Agent(t.app).get('/partners')).body);
    expect(directory.querySelector('.kring-nav a[href="/partners"]')?.getAttribute('aria-current')).toBe('page');
    expect(directory.querySelector('footer [data-testid="staff-sign-in"]')).not.toBeNull();
  });
});

describe('the editor', () => {
  it('finds the partner pages in the navigation and on Mijn Kring; others do not', async () => {
    const home = parse((await petra.get('/mijn-kring')).body);
    expect(home.querySelector('.kring-nav a[href="/netwerk/partners"]')).not.toBeNull();
    expect(home.querySelector('main a[href="/netwerk/partners"]')).not.toBeNull();
    const other = parse((await professional.get('/mijn-kring')).body);
    expect(other.querySelector('a[href="/netwerk/partners"]')).toBeNull();
  });

  it('lists every partner, hidden ones marked, in both languages', async () => {
    const res = await petra.get('/netwerk/partners');
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('Verborgen Jeugdhulp');
    expect(res.body).toContain('Nee, verborgen');
    expect(res.body).toContain('3 partners');
    const en = await petra.get('/en/netwerk/partners?melding=toegevoegd');
    expect(en.statusCode).toBe(200);
    expect(en.body).toContain('No, hidden');
    expect(en.body).toContain('The partner has been added.');
    // A notice word the page does not know shows nothing.
    expect((await petra.get('/netwerk/partners?melding=%3Cb%3Ehallo')).body).not.toContain('hallo');
  });

  it('gets the errors next to the fields and in the summary, in the order of the form, with everything typed kept', async () => {
    const typed = {
      name: '',
      type: 'kapper',
      audiences: [],
      descriptionNl: '',
      descriptionEn: 'Kept English text',
      phone: '',
      email: '',
      webAddress: 'javascript:alert(1)',
      street: 'Straat 1',
      postcode: '0000 XX',
      city: 'Kept city',
      contactPersons: ['confidentialContact'],
      published: [],
    };
    const res = await petra.post('/netwerk/partners/nieuw', typed);
    expect(res.statusCode).toBe(400);
    const page = parse(res.body);
    const summary = page.querySelectorAll('.kring-error-summary a').map((a) => a.getAttribute('href'));
    expect(summary).toEqual(['#name', '#type', '#audiences', '#descriptionNl', '#webAddress', '#postcode']);
    expect(page.querySelector('#name-error')?.text).toContain('Vul de naam van de organisatie in');
    expect(page.querySelector('#webAddress-error')?.text).toContain('https://');
    expect(page.querySelector('#descriptionEn')?.text).toBe('Kept English text');
    expect(page.querySelector('#webAddress')?.getAttribute('value')).toBe('javascript:alert(1)');
    expect(page.querySelector('#city')?.getAttribute('value')).toBe('Kept city');
    expect(page.querySelector('#contactPersons-2')?.hasAttribute('checked')).toBe(true);
    expect(page.querySelector('#published')?.hasAttribute('checked')).toBe(false);
    expect(res.body).toContain('<title>Fout: ');
    // No way to reach the organisation at all: said at the first of the three fields.
    const unreachable = await petra.post('/netwerk/partners/nieuw', {
      ...WIJKTEAM,
      phone: '',
      email: '',
      webAddress: '',
    });
    expect(unreachable.statusCode).toBe(400);
    expect(parse(unreachable.body).querySelector('#phone-error')?.text).toContain(
      'Vul een telefoonnummer, een e-mailadres of een website in',
    );
    // In English too.
    const en = await petra.post('/en/netwerk/partners/nieuw', typed);
    expect(en.statusCode).toBe(400);
    expect(en.body).toContain('Enter the name of the organisation');
    // Too long, and an invisible character: next to the field as well.
    const long = await petra.post('/netwerk/partners/nieuw', { ...WIJKTEAM, name: `a${'b'.repeat(200)}` });
    expect(long.statusCode).toBe(400);
    expect(parse(long.body).querySelector('#name-error')?.text).toContain('200');
    const hidden = await petra.post('/netwerk/partners/nieuw', { ...WIJKTEAM, descriptionNl: 'Hulp\u0000' });
    expect(hidden.statusCode).toBe(400);
    expect(parse(hidden.body).querySelector('#descriptionNl-error')).not.toBeNull();
    expect(await t.database.db.selectFrom('network_partner').select('id').execute()).toHaveLength(3);
  });

  it('changes a partner (hiding it from the public page) and removes one, each with an audit row', async () => {
    const id = await partnerId('Sportvereniging 100% Sport_Club');
    const form = parse((await petra.get(`/netwerk/partners/${id}`)).body);
    expect(form.querySelector('#name')?.getAttribute('value')).toBe('Sportvereniging 100% Sport_Club');
    expect(form.querySelector('#webAddress')?.getAttribute('value')).toBe('https://www.sport.example/jeugd');

    const changed = await petra.post(`/netwerk/partners/${id}`, { ...SPORT, name: 'SV Ermelo', published: [] });
    expect(changed.statusCode, changed.body).toBe(303);
    expect(changed.headers.location).toBe('/netwerk/partners?melding=opgeslagen');
    expect(listed((await new Agent(t.app).get('/partners')).body)).toEqual(['Sociaal wijkteam Harderwijk']);

    const bad = await petra.post(`/en/netwerk/partners/${id}`, { ...SPORT, email: 'geen-adres' });
    expect(bad.statusCode).toBe(400);
    expect(parse(bad.body).querySelector('#email-error')?.text).toContain('valid email address');
    expect(parse(bad.body).querySelector('#email')?.getAttribute('value')).toBe('geen-adres');

    const question = await petra.get(`/netwerk/partners/${id}/verwijderen`);
    expect(question.statusCode).toBe(200);
    expect(question.body).toContain('SV Ermelo verwijderen?');
    const removed = await petra.post(`/netwerk/partners/${id}/verwijderen`);
    expect(removed.statusCode).toBe(303);
    expect(removed.headers.location).toBe('/netwerk/partners?melding=verwijderd');
    expect((await petra.get(`/netwerk/partners/${id}`)).statusCode).toBe(404);
    expect((await petra.post(`/netwerk/partners/${id}/verwijderen`)).statusCode).toBe(404);

    const rows = await t.database.db
      .selectFrom('audit_event')
      .select(['event_type_code', 'event_action_code', 'user_id'])
      .where('participant_object_type_code', '=', 'network_partner')
      .where('participant_object_id', '=', id)
      .orderBy('id')
      .execute();
    expect(rows.map((r) => r.event_type_code)).toEqual([
      'network.partner.create',
      'network.partner.update',
      'network.partner.delete',
      'object.denied',
      'object.denied',
    ]);
    expect(rows.slice(0, 3).map((r) => r.event_action_code)).toEqual(['C', 'U', 'D']);
    expect(new Set(rows.map((r) => r.user_id)).size).toBe(1);
  });

  it('lets the municipality’s administrator edit too', async () => {
    const res = await municipalityAdmin.get('/netwerk/partners/nieuw');
    expect(res.statusCode).toBe(200);
  });

  it('refuses a post without the form token, changing nothing', async () => {
    const id = await partnerId('Sociaal wijkteam Harderwijk');
    const before = await t.database.db.selectFrom('network_partner').selectAll().orderBy('id').execute();
    for (const fields of [{ _csrf: null }, { _csrf: 'x'.repeat(43) }]) {
      expect((await petra.post('/netwerk/partners/nieuw', { ...WIJKTEAM, ...fields })).statusCode).toBe(403);
      expect((await petra.post(`/netwerk/partners/${id}`, { ...WIJKTEAM, name: 'X', ...fields })).statusCode).toBe(403);
      expect((await petra.post(`/netwerk/partners/${id}/verwijderen`, fields)).statusCode).toBe(403);
    }
    expect(await t.database.db.selectFrom('network_partner').selectAll().orderBy('id').execute()).toEqual(before);
  });
});

describe('who else', () => {
  it('a visitor is sent to sign in; a professional and a school’s editor get 403, audited', async () => {
    const id = await partnerId('Sociaal wijkteam Harderwijk');
    const visitor = new Agent(t.app);
    for (const url of ['/netwerk/partners', '/netwerk/partners/nieuw', `/netwerk/partners/${id}`]) {
      const res = await visitor.get(url);
      expect(res.statusCode, url).toBe(303);
      expect(String(res.headers.location)).toContain('/inloggen');
      for (const agent of [professional, schoolEditor]) expect((await agent.get(url)).statusCode, url).toBe(403);
    }
    for (const agent of [professional, schoolEditor]) {
      expect((await agent.post('/netwerk/partners/nieuw', WIJKTEAM)).statusCode).toBe(403);
      expect((await agent.post(`/netwerk/partners/${id}`, { ...WIJKTEAM, name: 'Overgenomen' })).statusCode).toBe(403);
      expect((await agent.post(`/netwerk/partners/${id}/verwijderen`)).statusCode).toBe(403);
    }
    const still = await t.database.db
      .selectFrom('network_partner')
      .select('name')
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(still.name).toBe('Sociaal wijkteam Harderwijk');
    const denied = await t.database.db
      .selectFrom('audit_event')
      .select('event_type_code')
      .where('event_type_code', '=', 'route.denied')
      .where('participant_object_id', 'like', `%/netwerk/partners/:id% id=${id}`)
      .execute();
    // The form, the change and the removal of that partner, refused to each of the two.
    expect(denied).toHaveLength(2 * 3);
  });
});
