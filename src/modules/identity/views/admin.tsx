// SPDX-License-Identifier: EUPL-1.2
/**
 * The administration pages (issue 3): the overview, the user list with search, and one user (details,
 * roles, second factor, disabling); the invitations and the organisations are in
 * admin-invitations.tsx. The routes are in admin.pages.tsx; these views only render what they get.
 */
import { ROLES } from '#src/core/roles.ts';
import { Button, Pagination, Radios, Table, TextInput } from '#src/web/components/index.ts';
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
import type { UserDetail, UserSearchPage } from '../admin.service.ts';

/** A submit button whose visible text is followed by words only screen readers hear (which row it acts on). */
export function RowButton({ text, context, secondary }: { text: string; context: string; secondary?: boolean }) {
  return (
    <button
      class={`utrecht-button utrecht-button--${secondary ? 'secondary' : 'primary'}-action utrecht-button--submit`}
      type="submit"
      data-prevent-double-click="true"
    >
      <span safe>{text}</span>
      <span class="kring-visually-hidden" safe>
        {` (${context})`}
      </span>
    </button>
  );
}

/** The overview: what the administrator can manage. */
export function AdminHomePage({
  p,
  intro,
  links,
}: {
  p: StaffPageContext;
  intro: string;
  links: ReadonlyArray<{ href: string; text: string; hint: string }>;
}): JSX.Element {
  const a = p.t.staff.admin;
  return (
    <Layout ctx={p.ctx} title={a.title} staff={p.staff} nav={p.nav}>
      <h1 class="utrecht-heading-1" safe>
        {a.title}
      </h1>
      <p class="utrecht-paragraph" safe>
        {intro}
      </p>
      {links.map((l) => (
        <>
          <h2 class="utrecht-heading-2">
            <a class="utrecht-link" href={l.href} safe>
              {l.text}
            </a>
          </h2>
          <p class="utrecht-paragraph" safe>
            {l.hint}
          </p>
        </>
      ))}
    </Layout>
  );
}

/** The users of the organisations the actor manages, with a search form. */
export function UsersPage({
  p,
  search,
  found,
  errors = {},
}: {
  p: StaffPageContext;
  search: string;
  /** A page of what the search found (none when the search had an error). */
  found: UserSearchPage | undefined;
  errors?: FormErrors;
}): JSX.Element {
  const a = p.t.staff.admin;
  const path = (bare: string) => localePath(p.locale, bare);
  const rows = found?.rows ?? [];
  return (
    <Layout ctx={p.ctx} title={a.users} hasErrors={hasErrors(errors)} staff={p.staff} nav={p.nav}>
      <FormErrorSummary t={p.t} errors={errors} />
      <h1 class="utrecht-heading-1" safe>
        {a.users}
      </h1>
      <form method="get" action={path('/beheer/gebruikers')} class="kring-form">
        <TextInput
          id="zoek"
          name="zoek"
          type="search"
          spellcheck={false}
          maxlength={200}
          label={{ text: a.search }}
          value={search}
          errorMessage={fieldError(p.t, errors, 'zoek')}
        />
        <Button text={a.searchSubmit} appearance="secondary" />
      </form>
      <p class="utrecht-paragraph" role="status" safe>
        {rows.length === 0 ? a.noUsers : a.found(found?.users ?? 0)}
      </p>
      {rows.length === 0 ? (
        ''
      ) : (
        <Table
          caption={a.users}
          captionHidden
          headers={[a.name, a.email, a.organisation, a.role, a.status]}
          rows={rows.map((r) => [
            {
              html: (
                <a class="utrecht-link" href={path(`/beheer/gebruikers/${r.userId}`)} safe>
                  {r.displayName}
                </a>
              ),
            },
            r.email,
            r.organisationName,
            p.t.staff.roles[r.role],
            r.disabled ? a.disabled : a.active,
          ])}
        />
      )}
      {found ? (
        <Pagination
          page={found.page.number}
          count={found.page.count}
          href={(n) => pageHref(path('/beheer/gebruikers'), { zoek: search }, n)}
          texts={p.t.components.pagination}
          testId="pagination"
        />
      ) : (
        ''
      )}
    </Layout>
  );
}

/** One user: details, roles per organisation, second factor, and disabling or enabling. */
export function UserPage({
  p,
  user,
  self,
  errors,
  chosen,
  notice,
}: {
  p: StaffPageContext;
  user: UserDetail;
  /** The user is the actor: no role change or disabling here. */
  self: boolean;
  errors: FormErrors;
  /** The role chosen in a failed role change, kept. */
  chosen?: { readonly membership: string; readonly role: string };
  notice?: string;
}): JSX.Element {
  const a = p.t.staff.admin;
  const path = (bare: string) => localePath(p.locale, bare);
  const base = `/beheer/gebruikers/${user.id}`;
  const title = a.userTitle(user.displayName);
  return (
    <Layout ctx={p.ctx} title={title} hasErrors={hasErrors(errors)} staff={p.staff} nav={p.nav}>
      <FormErrorSummary t={p.t} errors={errors} />
      <Notice text={notice} />
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href={path('/beheer/gebruikers')} safe>
          {a.backToUsers}
        </a>
      </p>
      <h1 class="utrecht-heading-1" safe>
        {title}
      </h1>
      <h2 class="utrecht-heading-2" safe>
        {a.details}
      </h2>
      <dl class="kring-summary-list">
        <dt safe>{a.name}</dt>
        <dd safe>{user.displayName}</dd>
        <dt safe>{a.email}</dt>
        <dd safe>{user.email}</dd>
        <dt safe>{a.status}</dt>
        <dd data-testid="user-status" safe>
          {user.disabled ? a.disabled : a.active}
        </dd>
        <dt safe>{a.secondFactor}</dt>
        <dd safe>{user.enrolled ? a.enrolled : a.notEnrolled}</dd>
      </dl>
      <h2 class="utrecht-heading-2" safe>
        {a.memberships}
      </h2>
      {self ? (
        <p class="utrecht-paragraph" safe>
          {a.selfChange}
        </p>
      ) : (
        ''
      )}
      {user.memberships.map((m) =>
        self ? (
          <p class="utrecht-paragraph" safe>
            {`${m.organisationName}: ${p.t.staff.roles[m.role]}`}
          </p>
        ) : (
          <form method="post" action={path(`${base}/rol`)} novalidate class="kring-form">
            <CsrfField token={p.csrf} />
            <input type="hidden" name="membership" value={m.id} />
            <Radios
              idPrefix={`role-${m.id}`}
              name="role"
              fieldset={{ legend: { text: a.roleFor(m.organisationName) } }}
              items={ROLES.map((r) => ({ value: r, text: p.t.staff.roles[r] }))}
              value={chosen?.membership === m.id ? chosen.role : m.role}
              errorMessage={fieldError(p.t, errors, `role-${m.id}`)}
            />
            <RowButton text={a.changeRole} context={m.organisationName} secondary />
          </form>
        ),
      )}
      {user.abilities.disable ? (
        <>
          <h2 class="utrecht-heading-2" safe>
            {a.access}
          </h2>
          {user.disabled ? (
            <form method="post" action={path(`${base}/inschakelen`)} class="kring-form">
              <CsrfField token={p.csrf} />
              <Button text={a.enable} preventDoubleClick />
            </form>
          ) : (
            <form method="post" action={path(`${base}/uitschakelen`)} class="kring-form">
              <CsrfField token={p.csrf} />
              <p class="utrecht-paragraph" safe>
                {a.disableHint}
              </p>
              <Button text={a.disable} appearance="secondary" preventDoubleClick />
            </form>
          )}
        </>
      ) : (
        ''
      )}
    </Layout>
  );
}
