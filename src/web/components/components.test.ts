// SPDX-License-Identifier: EUPL-1.2
/**
 * The form components, checked through their examples (GOV.UK: the examples are documentation, the
 * preview page and the test fixtures). The browser tests add axe on the preview page.
 */
import { describe, expect, it } from 'vitest';
import { toHtml } from '../html.ts';
import { nl } from '../i18n/nl.ts';
import {
  Button,
  Checkboxes,
  COMPONENT_EXAMPLES,
  DateInput,
  ErrorSummary,
  Pagination,
  Radios,
  Textarea,
  TextInput,
} from './index.ts';
import { pageNumbers } from './pagination/pagination.tsx';

const ids = (html: string) => new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));

/** Every reference (label for, aria-describedby, error-summary href) points to an element that exists. */
function expectReferencesResolve(html: string, extraIds: ReadonlySet<string> = new Set()): void {
  const known = new Set([...ids(html), ...extraIds]);
  for (const m of html.matchAll(/\sfor="([^"]+)"/g)) expect(known, `label for=${m[1]}`).toContain(m[1]);
  for (const m of html.matchAll(/aria-describedby="([^"]+)"/g)) {
    for (const id of m[1]!.split(' ')) expect(known, `aria-describedby ${id}`).toContain(id);
  }
}

describe('every example', () => {
  const all = COMPONENT_EXAMPLES.flatMap((c) => c.examples.map((e) => ({ component: c.component, ...e })));
  const everyId = new Set(all.flatMap((e) => [...ids(e.html())]));

  it.each(all.map((e) => [`${e.component}: ${e.name}`, e] as const))(
    '%s renders with resolving references',
    (_n, e) => {
      const html = e.html();
      expect(html.length).toBeGreaterThan(0);
      // Inside a quoted attribute only " and & matter (escaped by Kita); elsewhere no markup from data.
      expect(html.replace(/="[^"]*"/g, '=""')).not.toMatch(/<script/i);
      expectReferencesResolve(html, e.component === 'error-summary' ? everyId : new Set());
    },
  );

  it('error-summary examples link to fields that exist among the examples', () => {
    for (const e of all.filter((x) => x.component === 'error-summary')) {
      for (const m of e.html().matchAll(/href="#([^"]+)"/g)) expect(everyId).toContain(m[1]);
    }
  });
});

describe('TextInput', () => {
  it('keeps and escapes the typed value, and marks the error', () => {
    const html = toHtml(
      TextInput({
        id: 'n',
        name: 'n',
        label: { text: 'Naam' },
        value: '"><script>x</script>',
        errorMessage: { text: 'Vul uw naam in', visuallyHiddenText: 'Fout:' },
      }),
    );
    expect(html).toContain('value="&#34;><script>x</script>"');
    expect(html.replace(/="[^"]*"/g, '=""')).not.toContain('<script');
    expect(html).toContain('aria-invalid="true"');
    expect(html).toContain('utrecht-form-field--invalid');
    expect(html).toContain('aria-describedby="n-error"');
    expect(html).toContain('<span class="kring-visually-hidden">Fout: </span>');
    expect(html.indexOf('n-error')).toBeLessThan(html.indexOf('<input'));
  });

  it('marks optional fields in the label text, and renders a page-heading label', () => {
    const html = toHtml(
      TextInput({
        id: 't',
        name: 't',
        label: { text: 'Telefoon', isPageHeading: true },
        optionalText: '(niet verplicht)',
      }),
    );
    expect(html).toContain('>Telefoon (niet verplicht)</label>');
    expect(html).toMatch(/<h1[^>]*><label/);
    expect(html).not.toContain('aria-invalid');
  });
});

describe('Textarea', () => {
  it('escapes content so it cannot close the element', () => {
    const html = toHtml(Textarea({ id: 'a', name: 'a', label: { text: 'Wat' }, value: '</textarea><b>x</b>' }));
    expect(html).toContain('&lt;/textarea>&lt;b>x&lt;/b></textarea>');
  });
});

describe('Radios and Checkboxes', () => {
  const base = {
    idPrefix: 'keuze',
    name: 'keuze',
    fieldset: { legend: { text: 'Kies' } },
    items: [
      { value: 'a', text: 'A' },
      { value: 'b', text: 'B', hint: { text: 'uitleg' } },
    ],
  };

  it('the first radio carries the group id (the error summary links to it) and the chosen value is checked', () => {
    const html = toHtml(Radios({ ...base, value: 'b' }));
    expect(html).toContain('id="keuze"');
    expect(html).toContain('id="keuze-2"');
    expect(html).toMatch(/id="keuze-2"[^>]*value="b"[^>]*checked|value="b"[^>]*checked/);
    expect(html.match(/checked/g)).toHaveLength(1);
    expect(html).toContain('<legend');
    expectReferencesResolve(html);
  });

  it('checkboxes keep several choices', () => {
    const html = toHtml(Checkboxes({ ...base, values: ['a', 'b'] }));
    expect(html.match(/ checked/g)).toHaveLength(2);
    expect(html).toContain('type="checkbox"');
  });
});

describe('DateInput', () => {
  it('marks only the wrong part and names fields by prefix', () => {
    const html = toHtml(
      DateInput({
        id: 'd',
        namePrefix: 'datum',
        fieldset: { legend: { text: 'Datum' } },
        labels: { day: 'Dag', month: 'Maand', year: 'Jaar' },
        values: { day: '1', month: '13', year: '2026' },
        errorParts: ['month'],
        errorMessage: { text: 'Maand klopt niet' },
      }),
    );
    expect(html).toContain('name="datum-day"');
    expect(html.match(/aria-invalid="true"/g)).toHaveLength(1);
    expect(html).toMatch(/id="d-month"[^>]*aria-invalid="true"/);
    expect(html).toContain('inputmode="numeric"');
  });
});

describe('ErrorSummary', () => {
  it('renders nothing without errors, and links each error to its field', () => {
    expect(toHtml(ErrorSummary({ titleText: 'Er is een probleem', errorList: [] }))).toBe('');
    const html = toHtml(
      ErrorSummary({ titleText: 'Er is een probleem', errorList: [{ text: 'Vul <naam> in', href: '#naam' }] }),
    );
    expect(html).toContain('href="#naam"');
    expect(html).toContain('Vul &lt;naam> in');
    expect(html).toContain('role="alert"');
  });
});

describe('Button', () => {
  it('is a submit button by default and can prevent double clicks', () => {
    expect(toHtml(Button({ text: 'Opslaan' }))).toContain('type="submit"');
    expect(toHtml(Button({ text: 'Versturen', preventDoubleClick: true }))).toContain(
      'data-prevent-double-click="true"',
    );
    expect(toHtml(Button({ text: 'Naar', href: '/x' }))).toMatch(/^<a /);
  });
});

describe('Pagination', () => {
  const href = (n: number) => `/lijst?pagina=${n}`;
  const texts = nl.components.pagination;

  it('says where one is, marks the current page, and links to the previous and the next', () => {
    const html = toHtml(Pagination({ page: 2, count: 3, href, texts }));
    expect(html).toMatch(/^<nav class="kring-pagination" aria-label="Pagina's"/);
    expect(html).toContain('>Pagina 2 van 3</p>');
    expect(html).toContain('href="/lijst?pagina=1" rel="prev">Vorige pagina</a>');
    expect(html).toContain('href="/lijst?pagina=3" rel="next">Volgende pagina</a>');
    expect(html).toContain('href="/lijst?pagina=2" aria-label="Pagina 2" aria-current="page">2</a>');
    expect(html.match(/aria-current/g)).toHaveLength(1);
  });

  it('has no previous link on the first page, no next link on the last, and nothing for one page', () => {
    expect(toHtml(Pagination({ page: 1, count: 3, href, texts }))).not.toContain('rel="prev"');
    expect(toHtml(Pagination({ page: 3, count: 3, href, texts }))).not.toContain('rel="next"');
    expect(toHtml(Pagination({ page: 1, count: 1, href, texts }))).toBe('');
  });

  it('shows the first, the last and the pages around the current one, a gap for the rest', () => {
    expect(pageNumbers(1, 7)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(pageNumbers(1, 12)).toEqual([1, 2, 0, 12]);
    expect(pageNumbers(5, 12)).toEqual([1, 0, 4, 5, 6, 0, 12]);
    expect(pageNumbers(3, 12)).toEqual([1, 2, 3, 4, 0, 12]);
    expect(pageNumbers(4, 12)).toEqual([1, 2, 3, 4, 5, 0, 12]);
    expect(pageNumbers(12, 12)).toEqual([1, 0, 11, 12]);
    const html = toHtml(Pagination({ page: 5, count: 12, href, texts }));
    expect(html.match(/aria-hidden="true">…<\/li>/g)).toHaveLength(2);
  });
});
