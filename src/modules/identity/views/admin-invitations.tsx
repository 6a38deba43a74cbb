// SPDX-License-Identifier: EUPL-1.2
/**
 * The administration pages for who joins (issue 3): the invitations (list and invite form) and the
 * organisations (list and create form). The routes are in admin.pages.tsx; these views only render
 * what they get.
 */

import type { Page } from '#src/core/paging.ts';
import { ORGANISATION_TYPES, ROLES } from '#src/core/roles.ts';
import { Button, Pagination, Radios, Table, TextInput } from '#src/web/components/index.ts';
import { formatDate } from '#src/web/format.ts';
import { localePath } from '#src/web/i18n/locale.ts';
import { Layout } from '#src/web/layout/layout.tsx';
import { pageHref } from '#src/web/page-query.ts';
import {
  CsrfField,
  FormErrorSummary,
  type FormErrors,
  fieldError,
  hasErrors,
  Notice,
  type StaffPageContext,
} from '#src/web/staff.tsx';
import type { InvitationSummary, OrganisationSummary } from '../admin.repository.ts';
import { RowButton } from './admin.tsx';

/** Where an invitation stands at a moment. */
export type InvitationStatus = 'pending' | 'accepted' | 'revoked' | 'expired';

/**
 * The status of an invitation.
 * @param invitation the invitation
 * @param now the moment that decides whether an open invitation has expired
 */
export function invitationStatus(invitation: InvitationSummary, now: Date): InvitationStatus {
  if (invitation.acceptedAt) return 'accepted';
  if (invitation.revokedAt) return 'revoked';
  return invitation.expiresAt.getTime() <= now.getTime() ? 'expired' : 'pending';
}

/** What was typed in the invite form. */
export interface InviteValues {
  readonly name: string;
  readonly email: string;
  readonly organisation: string;
  readonly role: string;
}

/** The invitations: the invite form and the list, with a withdraw button per open invitation. */
export function InvitationsPage({
  p,
  invitations,
  page,
  organisations,
  now,
  values,
  errors,
  notice,
}: {
  p: StaffPageContext;
  /** One page of the invitations. */
  invitations: readonly InvitationSummary[];
  page: Page;
  organisations: readonly OrganisationSummary[];
  now: Date;
  values: InviteValues;
  errors: FormErrors;
  notice?: string;
}): JSX.Element {
  const a = p.t.staff.admin;
  const path = (bare: string) => localePath(p.locale, bare);
  const only = organisations.length === 1 ? organisations[0] : undefined;
  return (
    <Layout ctx={p.ctx} title={a.invitations} hasErrors={hasErrors(errors)} staff={p.staff} nav={p.nav}>
      <FormErrorSummary t={p.t} errors={errors} />
      <Notice text={notice} />
      <h1 class="utrecht-heading-1" safe>
        {a.invitations}
      </h1>
      <h2 class="utrecht-heading-2" safe>
        {a.inviteTitle}
      </h2>
      <form method="post" action={path('/beheer/uitnodigingen')} novalidate class="kring-form">
        <CsrfField token={p.csrf} />
        <TextInput
          id="name"
          name="name"
          autocomplete="off"
          maxlength={200}
          label={{ text: a.inviteName }}
          value={values.name}
          errorMessage={fieldError(p.t, errors, 'name')}
        />
        <TextInput
          id="email"
          name="email"
          type="email"
          autocomplete="off"
          spellcheck={false}
          label={{ text: a.inviteEmail }}
          value={values.email}
          errorMessage={fieldError(p.t, errors, 'email')}
        />
        {only ? (
          <>
            <input type="hidden" name="organisation" value={only.id} />
            <p class="utrecht-paragraph">
              <span safe>{`${a.inviteOrganisation}: `}</span>
              <strong safe>{only.name}</strong>
            </p>
          </>
        ) : (
          <Radios
            idPrefix="organisation"
            name="organisation"
            fieldset={{ legend: { text: a.inviteOrganisation } }}
            items={organisations.map((o) => ({ value: o.id, text: o.name }))}
            value={values.organisation}
            errorMessage={fieldError(p.t, errors, 'organisation')}
          />
        )}
        <Radios
          idPrefix="role"
          name="role"
          fieldset={{ legend: { text: a.inviteRole } }}
          items={ROLES.map((r) => ({ value: r, text: p.t.staff.roles[r] }))}
          value={values.role}
          errorMessage={fieldError(p.t, errors, 'role')}
        />
        <Button text={a.inviteSubmit} preventDoubleClick />
      </form>
      <h2 class="utrecht-heading-2" id="uitnodigingen" safe>
        {a.invitationsList}
      </h2>
      {invitations.length === 0 ? (
        <p class="utrecht-paragraph" safe>
          {a.noInvitations}
        </p>
      ) : (
        <Table
          testId="invitations"
          caption={a.invitationsList}
          captionHidden
          headers={[a.email, a.name, a.organisation, a.role, a.status, a.sentAt, '']}
          rows={invitations.map((i) => {
            const status = invitationStatus(i, now);
            return [
              i.email,
              i.displayName,
              i.organisationName,
              p.t.staff.roles[i.role],
              a[status],
              formatDate(p.locale, i.createdAt),
              {
                html:
                  status === 'pending' ? (
                    <form method="post" action={path(`/beheer/uitnodigingen/${i.id}/intrekken`)}>
                      <CsrfField token={p.csrf} />
                      <RowButton text={a.revoke} context={i.email} secondary />
                    </form>
                  ) : (
                    ''
                  ),
              },
            ];
          })}
        />
      )}
      <Pagination
        page={page.number}
        count={page.count}
        href={(n) => pageHref(path('/beheer/uitnodigingen'), {}, n, '#uitnodigingen')}
        texts={p.t.components.pagination}
        testId="pagination"
      />
    </Layout>
  );
}

/** What was typed in the organisation form. */
export interface OrganisationValues {
  readonly name: string;
  readonly type: string;
}

/** Every organisation, and the form to add one (municipality administrator). */
export function OrganisationsPage({
  p,
  organisations,
  values,
  errors,
  notice,
}: {
  p: StaffPageContext;
  organisations: readonly OrganisationSummary[];
  values: OrganisationValues;
  errors: FormErrors;
  notice?: string;
}): JSX.Element {
  const a = p.t.staff.admin;
  return (
    <Layout ctx={p.ctx} title={a.organisationsTitle} hasErrors={hasErrors(errors)} staff={p.staff} nav={p.nav}>
      <FormErrorSummary t={p.t} errors={errors} />
      <Notice text={notice} />
      <h1 class="utrecht-heading-1" safe>
        {a.organisationsTitle}
      </h1>
      <h2 class="utrecht-heading-2" safe>
        {a.organisationsList}
      </h2>
      <Table
        caption={a.organisationsList}
        captionHidden
        headers={[a.name, a.organisationType, a.members]}
        rows={organisations.map((o) => [
          o.name,
          p.t.staff.organisationTypes[o.type],
          { text: String(o.members), numeric: true },
        ])}
      />
      <h2 class="utrecht-heading-2" safe>
        {a.organisationCreate}
      </h2>
      <form method="post" action={localePath(p.locale, '/beheer/organisaties')} novalidate class="kring-form">
        <CsrfField token={p.csrf} />
        <TextInput
          id="name"
          name="name"
          autocomplete="off"
          maxlength={200}
          label={{ text: a.organisationName }}
          value={values.name}
          errorMessage={fieldError(p.t, errors, 'name')}
        />
        <Radios
          idPrefix="type"
          name="type"
          fieldset={{ legend: { text: a.organisationType } }}
          items={ORGANISATION_TYPES.map((type) => ({ value: type, text: p.t.staff.organisationTypes[type] }))}
          value={values.type}
          errorMessage={fieldError(p.t, errors, 'type')}
        />
        <Button text={a.organisationCreate} preventDoubleClick />
      </form>
    </Layout>
  );
}
