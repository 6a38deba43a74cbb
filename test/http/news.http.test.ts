// SPDX-License-Identifier: EUPL-1.2
/**
 * News and campaigns over HTTP, without JavaScript (issue 15, ADR 0037): nobody signed in is sent to
 * sign in and a professional is refused; the municipality's editor writes an article (bad input comes
 * back with the error summary and everything typed), previews it (nothing saved), saves, publishes,
 * schedules (public only from its moment), takes it offline and reads its versions; images need alt
 * text and are served re-encoded, an SVG is refused; hostile Markdown is inert on the public page
 * under the strict CSP; /nieuws lists newest first, in Dutch and with English chrome under /en.
 */
import { parse } from 'node-html-parser';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messages } from '#src/web/i18n/messages.ts';
import { type Agent, TestClock } from '#test/agent.ts';
import { createMember, createOrganisation, signedIn } from '#test/factories/users.ts';
import { createTestApp } from '#test/setup.ts';

const nl = messages('nl').news;
const en = messages('en').news;
const clock = new TestClock();

let t: Awaited<ReturnType<typeof createTestApp>>;
let petra: Agent;
let professional: Agent;
let visitor: Agent;

beforeAll(async () => {
  t = await createTestApp({ authRateLimit: 10_000, clock: clock.now });
  const municipality = await createOrganisation(t.app, { name: 'Gemeente Harderwijk', type: 'municipality' });
  const school = await createOrganisation(t.app, { name: 'Veluwe College', type: 'school' });
  petra = await signedIn(
    t.app,
    await createMember(t.app, 'editor', { organisation: municipality, displayName: 'Petra Jansen' }),
  );
  professional = await signedIn(t.app, await createMember(t.app, 'professional', { organisation: school }));
  const { Agent } = await import('#test/agent.ts');
  visitor = new Agent(t.app);
}, 60_000);
afterAll(() => t.close());

const text = (html: string, selector: string) =>
  (parse(html).querySelector(selector)?.textContent ?? '').replace(/\s+/g, ' ').trim();
const errorOf = (html: string, id: string) => text(html, `#${id}-error`).replace(/^Fout:\s*/, '');
const summaryLinks = (html: string) =>
  parse(html)
    .querySelectorAll('.kring-error-summary a')
    .map((a) => a.getAttribute('href'));
const idOf = (location: unknown) => String(location).split('?', 1)[0]!.split('/').pop()!;

function article(over: Record<string, string> = {}): Record<string, string> {
  return {
    title: 'Verbind voor het kind!',
    summary: 'De campagne in de week tegen kindermishandeling.',
    body: '## Kijk niet weg\n\nMaar kom in actie!',
    slug: '',
    language: 'nl',
    'publishAt-day': '',
    'publishAt-month': '',
    'publishAt-year': '',
    publishTime: '',
    actie: 'opslaan',
    ...over,
  };
}

describe('who reaches the editor pages', () => {
  it('nobody signed in is sent to sign in; a professional is refused; the public list is open', async () => {
    const anonymous = await visitor.get('/netwerk/nieuws');
    expect(anonymous.statusCode).toBe(303);
    expect(String(anonymous.headers.location)).toMatch(/^\/inloggen/);
    expect((await professional.get('/netwerk/nieuws')).statusCode).toBe(403);
    expect((await professional.post('/netwerk/nieuws/nieuw', article())).statusCode).toBe(403);
    expect((await visitor.get('/nieuws')).statusCode).toBe(200);
  });

  it('the editor finds the news in the staff navigation; a professional does not', async () => {
    const navLink = (html: string) =>
      parse(html)
        .querySelectorAll('.kring-nav a')
        .find((a) => a.getAttribute('href') === '/netwerk/nieuws')
        ?.textContent.trim();
    expect(navLink((await petra.get('/mijn-kring')).body)).toBe(nl.editor.nav);
    expect(navLink((await professional.get('/mijn-kring')).body)).toBeUndefined();
  });

  it('the public navigation leads to the news, marked as the current page there', async () => {
    const home = parse((await visitor.get('/')).body);
    expect(home.querySelector('.kring-nav a[href="/nieuws"]')?.textContent.trim()).toBe(nl.nav);
    const news = parse((await visitor.get('/en/nieuws')).body);
    const link = news.querySelector('.kring-nav a[href="/en/nieuws"]');
    expect([link?.textContent.trim(), link?.getAttribute('aria-current')]).toEqual([en.nav, 'page']);
  });
});

describe('the editor writes an article', () => {
  let id: string;

  it('bad input comes back with the error summary, errors at the fields, and everything typed', async () => {
    const typed = article({
      title: '',
      summary: '',
      body: 'Mijn tekst met ![](/nieuws/afbeeldingen/x) erin',
      slug: 'Niet Goed',
      'publishAt-day': '31',
      'publishAt-month': '2',
      'publishAt-year': '2027',
      publishTime: '09:00',
    });
    const res = await petra.post('/netwerk/nieuws/nieuw', typed);
    expect(res.statusCode).toBe(400);
    expect(text(res.body, 'title')).toMatch(/^Fout: /);
    expect(summaryLinks(res.body)).toEqual(['#title', '#summary', '#body', '#slug', '#publishAt']);
    expect(errorOf(res.body, 'title')).toBe(nl.editor.errors.title.required);
    expect(errorOf(res.body, 'body')).toBe(nl.editor.errors.body.imageAlt);
    expect(errorOf(res.body, 'slug')).toBe(nl.editor.errors.slug.invalid);
    expect(errorOf(res.body, 'publishAt')).toBe(nl.editor.errors.publishAt.invalid);
    const page = parse(res.body);
    expect(page.querySelector('#body')?.textContent).toBe('Mijn tekst met ![](/nieuws/afbeeldingen/x) erin');
    expect(page.querySelector('#slug')?.getAttribute('value')).toBe('Niet Goed');
    expect(page.querySelector('#publishAt-day')?.getAttribute('value')).toBe('31');
    expect(page.querySelector('#publishTime')?.getAttribute('value')).toBe('09:00');
    expect(await t.database.db.selectFrom('news_article').select('id').execute()).toEqual([]);
  });

  it('the preview renders the Markdown safely and saves nothing', async () => {
    const res = await petra.post(
      '/netwerk/nieuws/nieuw',
      article({ body: '## Kop\n\n<script>alert(1)</script>\n\n[klik](javascript:alert(1))', actie: 'voorbeeld' }),
    );
    expect(res.statusCode).toBe(200);
    const preview = parse(res.body).querySelector('[data-testid="preview"]')!;
    expect(preview.querySelector('h2:not(#voorbeeld-kop)')?.textContent).toBe('Kop');
    expect(preview.querySelector('script')).toBeNull();
    expect(preview.querySelectorAll('a')).toHaveLength(0);
    expect(preview.textContent).toContain('<script>alert(1)</script>');
    expect(parse(res.body).querySelector('#body')?.textContent).toContain('<script>alert(1)</script>');
    expect(await t.database.db.selectFrom('news_article').select('id').execute()).toEqual([]);
  });

  it('saved as a draft: not public yet', async () => {
    const res = await petra.post('/netwerk/nieuws/nieuw', article());
    expect(res.statusCode).toBe(303);
    expect(String(res.headers.location)).toMatch(/^\/netwerk\/nieuws\/[0-9a-f-]{36}\?melding=opgeslagen$/);
    id = idOf(res.headers.location);
    const page = await petra.get(String(res.headers.location));
    expect(text(page.body, '.kring-notice')).toBe(nl.editor.notices.saved);
    expect(text(page.body, '[data-testid="article-status"] p')).toBe(nl.editor.statusNow(nl.editor.status.draft));
    expect((await visitor.get('/nieuws/verbind-voor-het-kind')).statusCode).toBe(404);
  });

  it('published: on the public page and the list', async () => {
    const res = await petra.post(`/netwerk/nieuws/${id}`, article({ actie: 'publiceren' }));
    expect(res.statusCode).toBe(303);
    expect(String(res.headers.location)).toBe(`/netwerk/nieuws/${id}?melding=gepubliceerd`);
    const page = await visitor.get('/nieuws/verbind-voor-het-kind');
    expect(page.statusCode).toBe(200);
    expect(text(page.body, 'h1')).toBe('Verbind voor het kind!');
    expect(text(page.body, '[data-testid="article-body"] h2')).toBe('Kijk niet weg');
    const list = await visitor.get('/nieuws');
    expect(text(list.body, '[data-testid="news-list"] h2')).toBe('Verbind voor het kind!');
  });

  it('taken offline: gone from the public', async () => {
    const res = await petra.post(`/netwerk/nieuws/${id}/offline`, {});
    expect(res.statusCode).toBe(303);
    expect((await visitor.get('/nieuws/verbind-voor-het-kind')).statusCode).toBe(404);
    const page = await petra.get(`/netwerk/nieuws/${id}`);
    expect(text(page.body, '[data-testid="article-status"] p')).toBe(nl.editor.statusNow(nl.editor.status.unpublished));
  });

  it('every version is kept and can be read', async () => {
    const versions = await petra.get(`/netwerk/nieuws/${id}/versies`);
    expect(versions.statusCode).toBe(200);
    const rows = parse(versions.body).querySelectorAll('[data-testid="versions"] tbody tr');
    expect(rows.map((r) => r.querySelectorAll('td')[3]?.textContent.trim())).toEqual([
      nl.editor.status.unpublished,
      nl.editor.status.published,
      nl.editor.status.draft,
    ]);
    expect(rows.map((r) => r.querySelectorAll('td')[2]?.textContent.trim())).toEqual([
      'Petra Jansen',
      'Petra Jansen',
      'Petra Jansen',
    ]);
    const first = await petra.get(`/netwerk/nieuws/${id}/versies/1`);
    expect(first.statusCode).toBe(200);
    expect(parse(first.body).querySelector('[data-testid="version-markdown"]')?.textContent).toBe(
      '## Kijk niet weg\n\nMaar kom in actie!',
    );
    expect((await petra.get(`/netwerk/nieuws/${id}/versies/9`)).statusCode).toBe(404);
    expect((await petra.get(`/netwerk/nieuws/${id}/versies/abc`)).statusCode).toBe(404);
    expect((await petra.get('/netwerk/nieuws/geen-id')).statusCode).toBe(404);
  });
});

describe('a scheduled article', () => {
  it('is public only from its moment (Dutch time)', async () => {
    const res = await petra.post(
      '/netwerk/nieuws/nieuw',
      article({
        title: 'Netwerkbijeenkomst 2030',
        'publishAt-day': '16',
        'publishAt-month': '11',
        'publishAt-year': '2030',
        publishTime: '09:00',
        actie: 'publiceren',
      }),
    );
    expect(res.statusCode).toBe(303);
    expect(String(res.headers.location)).toMatch(/\?melding=gepland$/);
    const page = await petra.get(String(res.headers.location));
    expect(text(page.body, '[data-testid="article-status"]')).toContain(nl.editor.status.scheduled);
    expect(text(page.body, '[data-testid="article-status"]')).toContain('16 november 2030 om 09:00');
    expect((await visitor.get('/nieuws/netwerkbijeenkomst-2030')).statusCode).toBe(404);
    // 16 November 2030, 09:00 in Amsterdam is 08:00 UTC (winter time).
    const saved = clock.now();
    clock.advance(new Date('2030-11-16T07:59:00Z').getTime() - saved.getTime());
    expect((await visitor.get('/nieuws/netwerkbijeenkomst-2030')).statusCode).toBe(404);
    clock.advance(60_000);
    expect((await visitor.get('/nieuws/netwerkbijeenkomst-2030')).statusCode).toBe(200);
    clock.advance(saved.getTime() - clock.now().getTime());
  });
});

describe('images', () => {
  let id: string;
  beforeAll(async () => {
    const res = await petra.post('/netwerk/nieuws/nieuw', article({ title: 'Met een afbeelding' }));
    id = idOf(res.headers.location);
  });

  it('an image needs alt text; what was typed stays', async () => {
    const png = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#14487c' } })
      .png()
      .toBuffer();
    const res = await petra.postMultipart(
      `/netwerk/nieuws/${id}/afbeelding`,
      { alt: '  ' },
      {
        field: 'file',
        name: 'stadhuis.png',
        type: 'image/png',
        bytes: png,
      },
    );
    expect(res.statusCode).toBe(400);
    expect(summaryLinks(res.body)).toEqual(['#alt']);
    expect(errorOf(res.body, 'alt')).toBe(nl.editor.errors.alt.required);
  });

  it.each([
    [
      'an SVG file',
      'x.svg',
      'image/svg+xml',
      '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(2)</script></svg>',
    ],
    ['an SVG named as a PNG', 'x.png', 'image/png', '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'],
  ])('refuses %s, keeping the alt text', async (_, name, type, content) => {
    const res = await petra.postMultipart(
      `/netwerk/nieuws/${id}/afbeelding`,
      { alt: 'Het stadhuis' },
      {
        field: 'file',
        name,
        type,
        bytes: Buffer.from(content),
      },
    );
    expect(res.statusCode).toBe(400);
    expect(errorOf(res.body, 'file')).toBe(nl.editor.errors.file.notAnImage);
    expect(parse(res.body).querySelector('#alt')?.getAttribute('value')).toBe('Het stadhuis');
    expect(await t.database.db.selectFrom('news_image').select('id').execute()).toEqual([]);
  });

  it('no file chosen: said so', async () => {
    const res = await petra.postMultipart(
      `/netwerk/nieuws/${id}/afbeelding`,
      { alt: 'Het stadhuis' },
      {
        field: 'file',
        name: '',
        type: 'application/octet-stream',
        bytes: Buffer.alloc(0),
      },
    );
    expect(res.statusCode).toBe(400);
    expect(errorOf(res.body, 'file')).toBe(nl.editor.errors.file.missing);
  });

  it('a JPEG is stored as WebP without metadata, listed with its Markdown, and served inert', async () => {
    const jpeg = await sharp({ create: { width: 30, height: 20, channels: 3, background: '#ffffff' } })
      .jpeg()
      .withExif({ IFD0: { Artist: 'Petra Jansen' } })
      .toBuffer();
    const res = await petra.postMultipart(
      `/netwerk/nieuws/${id}/afbeelding`,
      { alt: 'Het stadhuis aan de Havendam' },
      {
        field: 'file',
        name: 'IMG_0001.jpg',
        type: 'image/jpeg',
        bytes: jpeg,
      },
    );
    expect(res.statusCode).toBe(303);
    const page = await petra.get(String(res.headers.location));
    const markdown = text(page.body, '[data-testid="article-images"] code');
    expect(markdown).toMatch(/^!\[Het stadhuis aan de Havendam\]\(\/nieuws\/afbeeldingen\/[0-9a-f-]{36}\)$/);
    const src = /\((\/nieuws\/afbeeldingen\/[0-9a-f-]{36})\)/.exec(markdown)![1]!;
    // The article is a draft: its image is not yet the public's; the editors' preview loads it
    // from their own route, which a visitor cannot use.
    expect((await visitor.get(src)).statusCode).toBe(404);
    const editorSrc = src.replace('/nieuws/', '/netwerk/nieuws/');
    expect((await petra.get(editorSrc)).statusCode).toBe(200);
    expect((await visitor.get(editorSrc)).statusCode).toBe(303);
    const preview = await petra.post(
      `/netwerk/nieuws/${id}`,
      article({ title: 'Met een afbeelding', body: markdown, actie: 'voorbeeld' }),
    );
    expect(parse(preview.body).querySelector('[data-testid="preview"] img')?.getAttribute('src')).toBe(editorSrc);
    const published = await petra.post(
      `/netwerk/nieuws/${id}`,
      article({ title: 'Met een afbeelding', actie: 'publiceren' }),
    );
    expect(published.statusCode).toBe(303);
    const image = await visitor.get(src);
    expect(image.statusCode).toBe(200);
    expect(image.headers['content-type']).toBe('image/webp');
    expect(image.headers['content-security-policy']).toBe("default-src 'none'; sandbox");
    expect(image.headers['x-content-type-options']).toBe('nosniff');
    const meta = await sharp(image.rawPayload).metadata();
    expect([meta.format, meta.width, meta.height, meta.exif]).toEqual(['webp', 30, 20, undefined]);
    // Taken offline, its images are the editors' again.
    expect((await petra.post(`/netwerk/nieuws/${id}/offline`, {})).statusCode).toBe(303);
    expect((await visitor.get(src)).statusCode).toBe(404);
    expect((await visitor.get('/nieuws/afbeeldingen/00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
  });
});

describe('hostile Markdown on the public page', () => {
  it('renders inert: no script, no event handler, no javascript: link, no SVG; the strict CSP holds', async () => {
    const hostile = [
      '<script>alert("script")</script>',
      '[klik](javascript:alert(1))',
      '<a href="javascript:alert(2)">a</a>',
      '<img src=x onerror=alert(3)>',
      '<svg onload=alert(4)><circle/></svg>',
      '![svg](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoNSk+)',
      '![svg](https://evil.example/x.svg)',
      '<iframe src="https://evil.example"></iframe>',
    ].join('\n\n');
    const res = await petra.post(
      '/netwerk/nieuws/nieuw',
      article({ title: 'Aanval', slug: 'aanval', body: hostile, actie: 'publiceren' }),
    );
    expect(res.statusCode).toBe(303);
    const page = await visitor.get('/nieuws/aanval');
    expect(page.statusCode).toBe(200);
    const body = parse(page.body).querySelector('[data-testid="article-body"]')!;
    expect(body.querySelectorAll('script, svg, iframe, img, object, embed, style')).toHaveLength(0);
    expect(body.querySelectorAll('a')).toHaveLength(0);
    expect(
      body.querySelectorAll('*').flatMap((el) => Object.keys(el.attributes).filter((a) => /^on/i.test(a))),
    ).toEqual([]);
    expect(body.textContent).toContain('<script>alert("script")</script>');
    // Every script on the page is the app's own, with this response's nonce.
    const csp = String(page.headers['content-security-policy']);
    const nonce = /'nonce-([^']+)'/.exec(csp)![1]!;
    expect(csp).toContain("script-src 'nonce-");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).toContain("object-src 'none'");
    const scripts = parse(page.body).querySelectorAll('script');
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.every((s) => s.getAttribute('nonce') === nonce && s.getAttribute('src'))).toBe(true);
  });
});

describe('the public list and languages', () => {
  it('lists newest first; the English pages have English chrome and mark the Dutch article', async () => {
    const list = await visitor.get('/nieuws');
    const titles = parse(list.body)
      .querySelectorAll('[data-testid="news-list"] h2')
      .map((h) => h.textContent.trim());
    expect(titles).toEqual(['Aanval']);
    await petra.post(
      '/netwerk/nieuws/nieuw',
      article({
        title: 'Ouder nieuws',
        'publishAt-day': '22',
        'publishAt-month': '11',
        'publishAt-year': '2017',
        actie: 'publiceren',
      }),
    );
    const again = await visitor.get('/nieuws');
    expect(
      parse(again.body)
        .querySelectorAll('[data-testid="news-list"] h2')
        .map((h) => h.textContent.trim()),
    ).toEqual(['Aanval', 'Ouder nieuws']);
    expect(text(again.body, '[data-testid="news-list"] li:last-child .kring-news-list__date')).toBe(
      nl.publishedOn('22 november 2017'),
    );
    const english = await visitor.get('/en/nieuws');
    expect(english.statusCode).toBe(200);
    expect(parse(english.body).querySelector('html')?.getAttribute('lang')).toBe('en');
    expect(text(english.body, 'h1')).toBe(en.title);
    expect(parse(english.body).querySelector('[data-testid="news-list"] h2')?.getAttribute('lang')).toBe('nl');
    expect(parse(english.body).querySelector('[data-testid="news-list"] a')?.getAttribute('href')).toBe(
      '/en/nieuws/aanval',
    );
    const one = await visitor.get('/en/nieuws/ouder-nieuws');
    expect(one.statusCode).toBe(200);
    expect(parse(one.body).querySelector('[data-testid="article"]')?.getAttribute('lang')).toBe('nl');
    expect(one.body).toContain(en.articleLanguage.nl);
    expect(text(one.body, '.kring-news-list__date')).toBe(en.publishedOn('22 November 2017'));
  });
});

describe('the demo retrospective on /nieuws', () => {
  it('shows the 2017 meeting with its facts and Tara’s words as a quotation', async () => {
    const { seedNewsDemo } = await import('#src/modules/news/news.seed.ts');
    await t.database.db.transaction().execute((trx) => seedNewsDemo(trx, t.app.kring.config));
    const page = await visitor.get('/nieuws/over-gedeelde-zorg-in-de-kring-van-veiligheid');
    expect(page.statusCode).toBe(200);
    expect(text(page.body, 'h1')).toBe('Over gedeelde zorg in de kring van veiligheid');
    expect(text(page.body, '[data-testid="article"] .kring-news-list__date')).toBe(nl.publishedOn('22 november 2017'));
    expect(text(page.body, '[data-testid="article-body"] blockquote p')).toBe(
      '“Mijn held is mijn sportlerares. Zij keek niet weg, maar vroeg door. Het begin van een veilig thuis, voor mij en mijn broertje.”',
    );
    const body = text(page.body, '[data-testid="article-body"]');
    for (const fact of [
      '16 november',
      'Stadhuis',
      'Ruim 80',
      'Gert Jan van Noort',
      'Harm-Jan van Schaik',
      'Verbind voor het kind!',
      'Havendam 56',
    ]) {
      expect(body).toContain(fact);
    }
    expect(parse(page.body).querySelector('[data-testid="article-body"] a[href="tel:08002000"]')?.textContent).toBe(
      '0800-2000',
    );
  });
});
