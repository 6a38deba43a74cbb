// SPDX-License-Identifier: EUPL-1.2
/**
 * The editors' pages of the partner directory (issue 15, ADR 0036): the list of every partner
 * (published or not), the form to add or change one (errors next to the fields and in the GOV.UK
 * error summary, everything typed kept) and the question before removing one.
 */
import type { Page } from '#src/core/paging.ts';
import { Button, Checkboxes, Pagination, Select, Table, Textarea, TextInput } from '#src/web/components/index.ts';
import { formatDateTime } from '#src/web/format.ts';
import { localePath } from '#src/web/i18n/locale.ts';
import { Layout } from '#src/web/layout/layout.tsx';
import { pageHref } from '#src/web/page-query.ts';
import {
  Form,
  FormErrorSummary,
  type FormErrors,
  fieldError,
  hasErrors,
  Notice,
  type StaffPageContext,
} from '#src/web/staff.tsx';
import { DESCRIPTION_MAX, PARTNER_NAME_MAX, WEBSITE_MAX } from '../partner.schemas.ts';
import type { Partner } from '../partner.service.ts';
import { PARTNER_AUDIENCES, PARTNER_TYPES } from '../partner.table.ts';
import { CONTACT_PERSONS } from '../partner-search.ts';

/** The editor's form as typed: every field a text, the checkbox groups lists of the values ticked. */
export interface PartnerFormValues {
  readonly name: string;
  readonly type: string;
  readonly audiences: readonly string[];
  readonly descriptionNl: string;
  readonly descriptionEn: string;
  readonly phone: string;
  readonly email: string;
  readonly webAddress: string;
  readonly street: string;
  readonly postcode: string;
  readonly city: string;
  /** `safeguardingLead`, `confidentialContact`. */
  readonly contactPersons: readonly string[];
  /** `yes` when ticked. */
  readonly published: readonly string[];
}

/** An empty form (a new partner is published unless the editor unticks it). */
export const EMPTY_FORM: PartnerFormValues = {
  name: '',
  type: '',
  audiences: [],
  descriptionNl: '',
  descriptionEn: '',
  phone: '',
  email: '',
  webAddress: '',
  street: '',
  postcode: '',
  city: '',
  contactPersons: [],
  published: ['yes'],
};

/** A stored partner as the form shows it. */
export function formOf(p: Partner): PartnerFormValues {
  return {
    name: p.name,
    type: p.type,
    audiences: p.audiences,
    descriptionNl: p.descriptionNl,
    descriptionEn: p.descriptionEn,
    phone: p.phone,
    email: p.email,
    webAddress: p.website,
    street: p.street,
    postcode: p.postcode,
    city: p.city,
    contactPersons: [
      ...(p.hasSafeguardingLead ? ['safeguardingLead'] : []),
      ...(p.hasConfidentialContact ? ['confidentialContact'] : []),
    ],
    published: p.published ? ['yes'] : [],
  };
}

/** The editors' list of every partner. */
export function EditorListPage({
  p,
  partners,
  page,
  notice,
}: {
  p: StaffPageContext;
  partners: readonly Partner[];
  page: Page;
  notice: string | undefined;
}): JSX.Element {
  const e = p.t.partners.editor;
  const path = (s: string) => localePath(p.locale, s);
  return (
    <Layout ctx={p.ctx} title={e.title} staff={p.staff} nav={p.nav}>
      <Notice text={notice} />
      <h1 class="utrecht-heading-1" safe>
        {e.title}
      </h1>
      <p class="utrecht-paragraph" safe>
        {e.lead}
      </p>
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href={path('/partners')} safe>
          {e.publicLink}
        </a>
      </p>
      <Button text={e.add} href={path('/netwerk/partners/nieuw')} />
      <p class="utrecht-paragraph" role="status" safe>
        {page.total === 0 ? e.none : e.count(page.total)}
      </p>
      {partners.length === 0 ? (
        ''
      ) : (
        <Table
          caption={e.title}
          captionHidden
          headers={[e.name, e.kind, e.visibility, e.changed]}
          rows={partners.map((partner) => [
            {
              html: (
                <a class="utrecht-link" href={path(`/netwerk/partners/${partner.id}`)} safe>
                  {partner.name}
                </a>
              ),
            },
            p.t.partners.types[partner.type],
            partner.published ? e.visible : e.hidden,
            formatDateTime(p.locale, partner.updatedAt),
          ])}
        />
      )}
      <Pagination
        page={page.number}
        count={page.count}
        href={(n) => pageHref(path('/netwerk/partners'), {}, n)}
        texts={p.t.components.pagination}
        testId="pagination"
      />
    </Layout>
  );
}

/** The form to add a partner (no id) or change one. */
export function PartnerFormPage({
  p,
  id,
  title,
  values,
  errors,
}: {
  p: StaffPageContext;
  id: string | undefined;
  title: string;
  values: PartnerFormValues;
  errors: FormErrors;
}): JSX.Element {
  const pt = p.t.partners;
  const e = pt.editor;
  const f = e.fields;
  const path = (s: string) => localePath(p.locale, s);
  const action = path(id ? `/netwerk/partners/${id}` : '/netwerk/partners/nieuw');
  const optional = p.t.common.optional;
  const err = (name: string) => fieldError(p.t, errors, name);
  return (
    <Layout ctx={p.ctx} title={title} hasErrors={hasErrors(errors)} staff={p.staff} nav={p.nav}>
      <FormErrorSummary t={p.t} errors={errors} />
      <h1 class="utrecht-heading-1" safe>
        {title}
      </h1>
      <Form p={p} action={action}>
        <TextInput
          id="name"
          name="name"
          label={{ text: f.name }}
          value={values.name}
          maxlength={PARTNER_NAME_MAX}
          errorMessage={err('name')}
        />
        <Select
          id="type"
          name="type"
          label={{ text: f.type }}
          items={[{ value: '', text: f.typeChoose }, ...PARTNER_TYPES.map((k) => ({ value: k, text: pt.types[k] }))]}
          value={values.type}
          errorMessage={err('type')}
        />
        <Checkboxes
          idPrefix="audiences"
          name="audiences"
          fieldset={{ legend: { text: f.audiences } }}
          hint={{ text: f.audiencesHint }}
          items={PARTNER_AUDIENCES.map((k) => ({ value: k, text: pt.audiences[k] }))}
          values={values.audiences}
          errorMessage={err('audiences')}
        />
        <Textarea
          id="descriptionNl"
          name="descriptionNl"
          label={{ text: f.descriptionNl }}
          hint={{ text: f.descriptionNlHint }}
          value={values.descriptionNl}
          rows={5}
          maxlength={DESCRIPTION_MAX}
          errorMessage={err('descriptionNl')}
        />
        <Textarea
          id="descriptionEn"
          name="descriptionEn"
          label={{ text: f.descriptionEn }}
          hint={{ text: f.descriptionEnHint }}
          optionalText={optional}
          value={values.descriptionEn}
          rows={5}
          maxlength={DESCRIPTION_MAX}
          errorMessage={err('descriptionEn')}
        />
        <h2 class="utrecht-heading-2" safe>
          {f.reachHeading}
        </h2>
        <p class="utrecht-paragraph" safe>
          {f.reachHint}
        </p>
        <TextInput
          id="phone"
          name="phone"
          type="tel"
          autocomplete="off"
          label={{ text: f.phone }}
          optionalText={optional}
          value={values.phone}
          maxlength={30}
          errorMessage={err('phone')}
        />
        <TextInput
          id="email"
          name="email"
          type="email"
          autocomplete="off"
          spellcheck={false}
          label={{ text: f.email }}
          optionalText={optional}
          value={values.email}
          maxlength={254}
          errorMessage={err('email')}
        />
        <TextInput
          id="webAddress"
          name="webAddress"
          type="url"
          spellcheck={false}
          label={{ text: f.webAddress }}
          hint={{ text: f.webAddressHint }}
          optionalText={optional}
          value={values.webAddress}
          maxlength={WEBSITE_MAX}
          errorMessage={err('webAddress')}
        />
        <TextInput
          id="street"
          name="street"
          label={{ text: f.street }}
          optionalText={optional}
          value={values.street}
          maxlength={200}
          errorMessage={err('street')}
        />
        <TextInput
          id="postcode"
          name="postcode"
          label={{ text: f.postcode }}
          optionalText={optional}
          value={values.postcode}
          maxlength={7}
          errorMessage={err('postcode')}
        />
        <TextInput
          id="city"
          name="city"
          label={{ text: f.city }}
          optionalText={optional}
          value={values.city}
          maxlength={100}
          errorMessage={err('city')}
        />
        <Checkboxes
          idPrefix="contactPersons"
          name="contactPersons"
          fieldset={{ legend: { text: f.contactPersons } }}
          hint={{ text: f.contactPersonsHint }}
          items={CONTACT_PERSONS.map((k) => ({ value: k, text: pt.contactPersons[k] }))}
          values={values.contactPersons}
          errorMessage={err('contactPersons')}
        />
        <Checkboxes
          idPrefix="published"
          name="published"
          fieldset={{ legend: { text: f.published } }}
          items={[{ value: 'yes', text: f.publishedItem }]}
          values={values.published}
          errorMessage={err('published')}
        />
        <div class="kring-button-group">
          <Button text={e.save} preventDoubleClick />
          <a class="utrecht-link" href={path('/netwerk/partners')} safe>
            {e.cancel}
          </a>
        </div>
      </Form>
      {id ? (
        <p class="utrecht-paragraph">
          <a class="utrecht-link" href={path(`/netwerk/partners/${id}/verwijderen`)} safe>
            {e.remove}
          </a>
        </p>
      ) : (
        ''
      )}
    </Layout>
  );
}

/** The question before a partner is removed. */
export function RemovePage({ p, partner }: { p: StaffPageContext; partner: Partner }): JSX.Element {
  const e = p.t.partners.editor;
  const path = (s: string) => localePath(p.locale, s);
  const title = e.removeTitle(partner.name);
  return (
    <Layout ctx={p.ctx} title={title} staff={p.staff} nav={p.nav}>
      <h1 class="utrecht-heading-1" safe>
        {title}
      </h1>
      <p class="utrecht-paragraph" safe>
        {e.removeText}
      </p>
      <Form p={p} action={path(`/netwerk/partners/${partner.id}/verwijderen`)}>
        <div class="kring-button-group">
          <Button text={e.removeConfirm} preventDoubleClick />
          <a class="utrecht-link" href={path(`/netwerk/partners/${partner.id}`)} safe>
            {e.cancel}
          </a>
        </div>
      </Form>
    </Layout>
  );
}
