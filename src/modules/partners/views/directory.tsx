// SPDX-License-Identifier: EUPL-1.2
/**
 * The public partner directory (issue 15, ADR 0036): a GET form (search, kind, for whom, contact
 * person) that works without JavaScript, the count found, and each organisation with what it does,
 * for whom, its contact person for worries and how to reach it. Links only: no map, no image, no
 * request to anyone else. An English page shows the Dutch description (marked `lang="nl"`) when
 * there is no English one.
 */
import type { Page } from '#src/core/paging.ts';
import { Button, Pagination, Select, TextInput } from '#src/web/components/index.ts';
import { localePath } from '#src/web/i18n/locale.ts';
import { Layout, type NavItem, type PageContext } from '#src/web/layout/layout.tsx';
import { pageHref } from '#src/web/page-query.ts';
import { FormErrorSummary, type FormErrors, fieldError, hasErrors } from '#src/web/staff.tsx';
import type { Partner } from '../partner.service.ts';
import { PARTNER_AUDIENCES, PARTNER_TYPES } from '../partner.table.ts';
import {
  AUDIENCE_PARAM,
  CONTACT_PARAM,
  CONTACT_PERSONS,
  filterParams,
  type PartnerFilter,
  SEARCH_MAX,
  TYPE_PARAM,
} from '../partner-search.ts';

/** What the directory page shows. */
export interface DirectoryProps {
  readonly ctx: PageContext;
  readonly nav: readonly NavItem[];
  readonly filter: PartnerFilter;
  /** The search text as typed (shown again when it has an error). */
  readonly typed: string;
  /** The partners found, or undefined when the search had an error. */
  readonly found: { readonly partners: readonly Partner[]; readonly page: Page } | undefined;
  readonly errors: FormErrors;
}

/** The public partner directory. */
export function DirectoryPage({ ctx, nav, filter, typed, found, errors }: DirectoryProps): JSX.Element {
  const { t, locale, municipality: m } = ctx;
  const pt = t.partners;
  const d = pt.public;
  const path = localePath(locale, '/partners');
  const all = { value: '', text: d.all };
  return (
    <Layout ctx={ctx} title={d.title} description={d.description} hasErrors={hasErrors(errors)} publicPage nav={nav}>
      <FormErrorSummary t={t} errors={errors} />
      <h1 class="utrecht-heading-1" safe>
        {d.title}
      </h1>
      <p class="utrecht-paragraph utrecht-paragraph--lead kring-lead" safe>
        {d.lead}
      </p>
      <p class="utrecht-paragraph kring-callout kring-callout--warning" safe>
        {d.urgent(m.veiligThuis.phone.display)}
      </p>
      <form
        method="get"
        action={path}
        class="kring-form"
        aria-labelledby="partners-zoeken"
        data-testid="partner-filter"
      >
        <h2 id="partners-zoeken" class="utrecht-heading-2" safe>
          {d.filterHeading}
        </h2>
        <TextInput
          id="zoek"
          name="zoek"
          type="search"
          spellcheck={false}
          maxlength={SEARCH_MAX}
          label={{ text: d.search }}
          value={typed}
          errorMessage={fieldError(t, errors, 'zoek')}
        />
        <Select
          id="soort"
          name="soort"
          label={{ text: d.type }}
          items={[all, ...PARTNER_TYPES.map((k) => ({ value: TYPE_PARAM[k], text: pt.types[k] }))]}
          value={filter.type ? TYPE_PARAM[filter.type] : ''}
        />
        <Select
          id="voor"
          name="voor"
          label={{ text: d.audience }}
          items={[all, ...PARTNER_AUDIENCES.map((k) => ({ value: AUDIENCE_PARAM[k], text: pt.audiences[k] }))]}
          value={filter.audience ? AUDIENCE_PARAM[filter.audience] : ''}
        />
        <Select
          id="aanspreekpunt"
          name="aanspreekpunt"
          label={{ text: d.contact }}
          items={[
            { value: '', text: d.anyContact },
            ...CONTACT_PERSONS.map((k) => ({ value: CONTACT_PARAM[k], text: d.contactOption[k] })),
          ]}
          value={filter.contact ? CONTACT_PARAM[filter.contact] : ''}
        />
        <div class="kring-button-group">
          <Button text={d.submit} />
          <a class="utrecht-link" href={path} safe>
            {d.clear}
          </a>
        </div>
      </form>
      {found ? <Results ctx={ctx} filter={filter} found={found} path={path} /> : ''}
      <p class="utrecht-paragraph" safe>
        {d.contactExplained}
      </p>
    </Layout>
  );
}

function Results({
  ctx,
  filter,
  found,
  path,
}: {
  ctx: PageContext;
  filter: PartnerFilter;
  found: NonNullable<DirectoryProps['found']>;
  path: string;
}): JSX.Element {
  const { t } = ctx;
  const d = t.partners.public;
  return (
    <section aria-labelledby="partners-lijst">
      <h2 id="partners-lijst" class="utrecht-heading-2" safe>
        {d.listHeading}
      </h2>
      <p class="utrecht-paragraph" role="status" data-testid="partners-found" safe>
        {found.page.total === 0 ? d.none : d.found(found.page.total)}
      </p>
      {found.partners.length === 0 ? (
        ''
      ) : (
        <ul class="kring-line-list" data-testid="partners">
          {found.partners.map((partner) => (
            <PartnerEntry ctx={ctx} partner={partner} />
          ))}
        </ul>
      )}
      <Pagination
        page={found.page.number}
        count={found.page.count}
        href={(n) => pageHref(path, filterParams(filter), n, '#partners-lijst')}
        texts={t.components.pagination}
        testId="pagination"
      />
    </section>
  );
}

function PartnerEntry({ ctx, partner }: { ctx: PageContext; partner: Partner }): JSX.Element {
  const { t, locale } = ctx;
  const pt = t.partners;
  const d = pt.public;
  // The English page falls back to the Dutch description, marked as Dutch for screen readers.
  const fallback = locale === 'en' && partner.descriptionEn === '';
  const description = locale === 'en' && !fallback ? partner.descriptionEn : partner.descriptionNl;
  const persons = [
    ...(partner.hasSafeguardingLead ? [pt.contactPersons.safeguardingLead] : []),
    ...(partner.hasConfidentialContact ? [pt.contactPersons.confidentialContact] : []),
  ];
  const address = [partner.street, [partner.postcode, partner.city].filter(Boolean).join(' ')]
    .filter(Boolean)
    .join(', ');
  return (
    <li class="kring-line-list__item kring-entry">
      <h3 class="utrecht-heading-3 kring-entry__title" safe>
        {partner.name}
      </h3>
      <p class="utrecht-paragraph kring-pre-line" lang={fallback ? 'nl' : undefined} safe>
        {description}
      </p>
      {fallback ? (
        <p class="utrecht-paragraph kring-caption" safe>
          {d.dutchOnly}
        </p>
      ) : (
        ''
      )}
      <dl class="kring-contact-list">
        <Row term={d.kind}>
          <span safe>{pt.types[partner.type]}</span>
        </Row>
        <Row term={d.forWhom}>
          <span safe>{partner.audiences.map((a) => pt.audiences[a]).join(', ')}</span>
        </Row>
        <Row term={d.contactPerson}>
          <span safe>{persons.length > 0 ? persons.join(', ') : d.noContactPerson}</span>
        </Row>
        <Row term={d.reach}>
          <ul class="kring-text-list">
            {partner.phone ? (
              <li>
                <span safe>{`${d.phone}: `}</span>
                <a class="utrecht-link utrecht-link--telephone kring-nowrap" href={`tel:${telOf(partner.phone)}`} safe>
                  {partner.phone}
                </a>
              </li>
            ) : (
              ''
            )}
            {partner.email ? (
              <li>
                <span safe>{`${d.email}: `}</span>
                <a class="utrecht-link" href={`mailto:${partner.email}`} safe>
                  {partner.email}
                </a>
              </li>
            ) : (
              ''
            )}
            {partner.website ? (
              <li>
                <span safe>{`${d.website}: `}</span>
                <a class="utrecht-link" href={partner.website} rel="noreferrer noopener" safe>
                  {partner.website}
                </a>
              </li>
            ) : (
              ''
            )}
          </ul>
        </Row>
        {address ? (
          <Row term={d.address}>
            <address class="kring-address" safe>
              {address}
            </address>
          </Row>
        ) : (
          ''
        )}
      </dl>
    </li>
  );
}

function Row({ term, children }: { term: string; children: JSX.Element }): JSX.Element {
  return (
    <div class="kring-contact-list__row">
      <dt class="kring-contact-list__term" safe>
        {term}
      </dt>
      <dd class="kring-contact-list__details">{children as 'safe'}</dd>
    </div>
  );
}

/** A phone number as a `tel:` link takes it: digits and a leading +. */
export function telOf(phone: string): string {
  return phone.replace(/[^\d+]/g, '');
}
