// SPDX-License-Identifier: EUPL-1.2
/**
 * The pure rules of news (ADR 0037), table by table: slugs, where an article stands at a moment, the
 * form's checks, and Markdown made safe (script, `javascript:` links, event handlers and SVG in every
 * form come out inert).
 */
import { describe, expect, it } from 'vitest';
import { type ArticleForm, articleStatus, checkArticle } from './article-rules.ts';
import { imagesWithoutAlt, renderArticle } from './render.ts';
import { slugOf, uniqueSlug } from './slug.ts';

describe('the slug of a title', () => {
  it.each([
    ['Over gedeelde zorg in de kring van veiligheid', 'over-gedeelde-zorg-in-de-kring-van-veiligheid'],
    ['Verbind voor het kind!', 'verbind-voor-het-kind'],
    ['Café & crème: één week', 'cafe-creme-een-week'],
    ['  --Netwerk 2017--  ', 'netwerk-2017'],
    ['!!!', ''],
    ['Ĳsselmeer', 'ijsselmeer'],
    [`${'a'.repeat(119)} b`, 'a'.repeat(119)],
  ])('%j → %j', (title, slug) => {
    expect(slugOf(title)).toBe(slug);
  });

  it.each([
    ['nieuws', [], 'nieuws'],
    ['nieuws', ['nieuws'], 'nieuws-2'],
    ['nieuws', ['nieuws', 'nieuws-2', 'nieuws-3'], 'nieuws-4'],
    ['a'.repeat(120), ['a'.repeat(120)], `${'a'.repeat(118)}-2`],
  ])('unique %j among %j → %j', (base, taken, slug) => {
    expect(uniqueSlug(base, new Set(taken))).toBe(slug);
  });
});

describe('where an article stands', () => {
  const now = new Date('2026-12-07T12:00:00Z');
  it.each([
    ['draft', null, 'draft'],
    ['draft', '2026-12-01T00:00:00Z', 'draft'],
    ['published', '2026-12-07T11:59:59Z', 'published'],
    ['published', '2026-12-07T12:00:00Z', 'published'],
    ['published', '2026-12-07T12:00:01Z', 'scheduled'],
    ['published', '2027-01-01T00:00:00Z', 'scheduled'],
    ['unpublished', '2026-12-01T00:00:00Z', 'unpublished'],
    ['unpublished', '2027-01-01T00:00:00Z', 'unpublished'],
  ] as const)('%s at %s → %s', (state, publishAt, status) => {
    expect(articleStatus(state, publishAt ? new Date(publishAt) : null, now)).toBe(status);
  });
});

describe('the article form', () => {
  const good: ArticleForm = {
    title: ' Verbind voor het kind! ',
    summary: 'De campagne.',
    body: 'Kijk niet weg, maar kom in actie!\r\n',
    slug: '',
    language: 'nl',
    publishAt: null,
  };

  it('takes a good form, trimmed, with a slug made from the title', () => {
    expect(checkArticle(good)).toEqual({
      ok: true,
      value: {
        title: 'Verbind voor het kind!',
        summary: 'De campagne.',
        body: 'Kijk niet weg, maar kom in actie!',
        slug: 'verbind-voor-het-kind',
        slugGiven: false,
        language: 'nl',
        publishAt: null,
      },
    });
  });

  it.each<[string, Partial<ArticleForm>, Record<string, string>]>([
    ['no title', { title: '  ' }, { title: 'required' }],
    ['a long title', { title: 'x'.repeat(201) }, { title: 'tooLong' }],
    ['no summary', { summary: '' }, { summary: 'required' }],
    ['a long summary', { summary: 'x'.repeat(501) }, { summary: 'tooLong' }],
    ['no body', { body: ' \n ' }, { body: 'required' }],
    ['a long body', { body: 'x'.repeat(50_001) }, { body: 'tooLong' }],
    ['an image without alt', { body: 'Zie ![](/nieuws/afbeeldingen/x)' }, { body: 'imageAlt' }],
    ['a slug with capitals', { slug: 'Nieuws' }, { slug: 'invalid' }],
    ['a slug with a double hyphen', { slug: 'a--b' }, { slug: 'invalid' }],
    ['a slug too long', { slug: 'a'.repeat(121) }, { slug: 'invalid' }],
    ['a title without letters', { title: '???' }, { slug: 'fromTitle' }],
    ['another language', { language: 'de' }, { language: 'invalid' }],
    ['an invalid moment', { publishAt: 'invalid' }, { publishAt: 'invalid' }],
    [
      'nothing at all',
      { title: '', summary: '', body: '', language: '' },
      {
        title: 'required',
        summary: 'required',
        body: 'required',
        language: 'invalid',
      },
    ],
  ])('refuses %s', (_, over, errors) => {
    expect(checkArticle({ ...good, ...over })).toEqual({ ok: false, errors });
  });

  it('keeps a slug the editor typed and a moment', () => {
    const at = new Date('2017-11-22T08:00:00Z');
    const checked = checkArticle({ ...good, slug: 'campagne-2017', publishAt: at });
    expect(checked.ok && checked.value.slug).toBe('campagne-2017');
    expect(checked.ok && checked.value.slugGiven).toBe(true);
    expect(checked.ok && checked.value.publishAt).toBe(at);
  });
});

describe('images without alt text', () => {
  it.each([
    ['![Tara op het sportveld](/nieuws/afbeeldingen/a)', 0],
    ['![](/nieuws/afbeeldingen/a)', 1],
    ['![ ](/a) en ![](/b) en ![c](/c)', 2],
    ['Geen afbeelding, wel [een link](https://example.org)', 0],
    ['- lijst met ![](/x)', 1],
  ])('%j → %i', (body, count) => {
    expect(imagesWithoutAlt(body)).toBe(count);
  });
});

const IMAGE = '/nieuws/afbeeldingen/0b7a3c9e-1d2f-4a5b-8c6d-7e8f9a0b1c2d';

describe('Markdown made safe', () => {
  it.each([
    [
      'a heading, emphasis and a list',
      '## Kop\n\n**vet** en *schuin*\n\n- een\n- twee',
      '<h2>Kop</h2>\n<p><strong>vet</strong> en <em>schuin</em></p>\n<ul>\n<li>een</li>\n<li>twee</li>\n</ul>\n',
    ],
    ['a title heading becomes h2', '# Titel', '<h2>Titel</h2>\n'],
    [
      'a link gets rel',
      '[Veilig Thuis](https://veiligthuis.nl)',
      '<p><a href="https://veiligthuis.nl" rel="noopener noreferrer">Veilig Thuis</a></p>\n',
    ],
    [
      'a phone link',
      '[0800-2000](tel:08002000)',
      '<p><a href="tel:08002000" rel="noopener noreferrer">0800-2000</a></p>\n',
    ],
    ['an own image', `![Het stadhuis](${IMAGE})`, `<p><img src="${IMAGE}" alt="Het stadhuis" /></p>\n`],
    ['a quotation', '> Kijk niet weg', '<blockquote>\n<p>Kijk niet weg</p>\n</blockquote>\n'],
  ])('keeps %s', (_, body, html) => {
    expect(renderArticle(body)).toBe(html);
  });

  /** Hostile Markdown and what must come out: text (quotes need no escaping in text) or nothing, never markup. */
  it.each([
    ['a script tag', '<script>alert(1)</script>', '<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>\n'],
    ['a script block', '<script>\nalert(1)\n</script>\n', '<p>&lt;script&gt;\nalert(1)\n&lt;/script&gt;</p>\n'],
    ['a javascript: link', '[klik](javascript:alert(1))', '<p>[klik](javascript:alert(1))</p>\n'],
    ['a JavaScript: link in capitals', '[klik](JaVaScRiPt:alert(1))', '<p>[klik](JaVaScRiPt:alert(1))</p>\n'],
    ['an entity-encoded javascript: link', '[klik](jav&#x61;script:alert(1))', '<p>[klik](javascript:alert(1))</p>\n'],
    ['a vbscript: link', '[klik](vbscript:msgbox)', '<p>[klik](vbscript:msgbox)</p>\n'],
    [
      'a data: link',
      '[klik](data:text/html;base64,PHNjcmlwdD4=)',
      '<p>[klik](data:text/html;base64,PHNjcmlwdD4=)</p>\n',
    ],
    ['an autolink with javascript:', '<javascript:alert(1)>', '<p>&lt;javascript:alert(1)&gt;</p>\n'],
    ['an img with onerror', '<img src=x onerror=alert(1)>', '<p>&lt;img src=x onerror=alert(1)&gt;</p>\n'],
    [
      'an event handler in a link title',
      '[a](https://x.nl "x\\" onmouseover=\\"alert(1)")',
      '<p><a href="https://x.nl" title="x&quot; onmouseover=&quot;alert(1)" rel="noopener noreferrer">a</a></p>\n',
    ],
    [
      'inline svg',
      '<svg onload=alert(1)><script>alert(2)</script></svg>',
      '<p>&lt;svg onload=alert(1)&gt;&lt;script&gt;alert(2)&lt;/script&gt;&lt;/svg&gt;</p>\n',
    ],
    [
      'an svg data image',
      '![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)',
      '<p>![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)</p>\n',
    ],
    ['an svg file from elsewhere', '![x](https://evil.example/x.svg)', '<p></p>\n'],
    ['an image from elsewhere (a tracking pixel)', '![x](https://evil.example/pixel.png)', '<p></p>\n'],
    ['a protocol-relative image', '![x](//evil.example/x.png)', '<p></p>\n'],
    [
      'an iframe',
      '<iframe src="https://evil.example"></iframe>',
      '<p>&lt;iframe src="https://evil.example"&gt;&lt;/iframe&gt;</p>\n',
    ],
    [
      'a style attribute',
      '<p style="background:url(javascript:alert(1))">x</p>',
      '<p>&lt;p style="background:url(javascript:alert(1))"&gt;x&lt;/p&gt;</p>\n',
    ],
  ])('makes %s inert', (_, body, html) => {
    expect(renderArticle(body)).toBe(html);
  });

  it('never lets an element with an event handler, a script or an svg through', () => {
    const nasty = [
      '<script>alert(1)</script>',
      '[x](javascript:alert(1))',
      '<img src=x onerror=alert(1)>',
      '<svg><script>alert(1)</script></svg>',
      '![x](data:image/svg+xml,<svg onload=alert(1)>)',
      '<a href="javascript:alert(1)">x</a>',
    ].join('\n\n');
    const html = renderArticle(nasty);
    expect(html).not.toMatch(/<(script|svg|iframe|object|embed|style)\b/i);
    expect(html).not.toMatch(/<[^>]+\son\w+=/i);
    expect(html).not.toMatch(/<a [^>]*href="(?!https?:|mailto:|tel:)/i);
    expect(html).not.toMatch(/<img [^>]*src="(?!\/nieuws\/afbeeldingen\/)/i);
  });
});
