// SPDX-License-Identifier: EUPL-1.2
/**
 * The administrator's page of the circle's API clients (ADR 0033): the list with a new key and
 * revoking per client, the form to add one, and a new token shown once. Renders only.
 */
import { Button, Checkboxes, Table, TextInput } from '#src/web/components/index.ts';
import { formatDate, formatDateTime } from '#src/web/format.ts';
import { localePath } from '#src/web/i18n/locale.ts';
import { Layout } from '#src/web/layout/layout.tsx';
import {
  CsrfField,
  FormErrorSummary,
  type FormErrors,
  fieldError,
  hasErrors,
  Notice,
  type StaffPageContext,
} from '#src/web/staff.tsx';
import type { ApiClient } from '../api-client.service.ts';
import { API_SCOPES } from '../api-client.table.ts';

/** What the add form holds. */
export interface ApiClientValues {
  readonly name: string;
  readonly scopes: readonly string[];
}

/** A submit button in a row, with words only screen readers hear naming the row. */
function RowButton({ text, context }: { text: string; context: string }): JSX.Element {
  return (
    <button class="utrecht-button utrecht-button--secondary-action utrecht-button--submit" type="submit">
      <span safe>{text}</span>
      <span class="kring-visually-hidden" safe>
        {` (${context})`}
      </span>
    </button>
  );
}

export function ApiClientsPage({
  p,
  clients,
  organisation,
  mayCreate,
  values,
  errors,
  token,
  notice,
}: {
  p: StaffPageContext;
  clients: readonly ApiClient[];
  organisation: string;
  mayCreate: boolean;
  values: ApiClientValues;
  errors: FormErrors;
  /** A token just made: shown once, here only. */
  token?: { readonly client: string; readonly value: string };
  notice?: string;
}): JSX.Element {
  const c = p.t.circleApi;
  const locale = p.ctx.locale;
  const base = localePath(locale, '/beheer/api-koppelingen');
  return (
    <Layout ctx={p.ctx} title={c.title} hasErrors={hasErrors(errors)} staff={p.staff} nav={p.nav}>
      {hasErrors(errors) ? <FormErrorSummary t={p.t} errors={errors} /> : ''}
      <h1 class="utrecht-heading-1" safe>
        {c.title}
      </h1>
      <Notice text={notice} />
      {token ? (
        <div class="kring-notice" role="status" data-testid="api-token">
          <h2 class="utrecht-heading-2" safe>
            {`${c.tokenTitle}: ${token.client}`}
          </h2>
          <p class="utrecht-paragraph" safe>
            {c.tokenOnce}
          </p>
          <p class="utrecht-paragraph">
            <code safe>{token.value}</code>
          </p>
        </div>
      ) : (
        ''
      )}
      <p class="utrecht-paragraph" safe>
        {mayCreate ? c.intro(organisation) : c.noBasis}
      </p>
      {clients.length === 0 ? (
        <p class="utrecht-paragraph" safe>
          {c.none}
        </p>
      ) : (
        <Table
          caption={c.title}
          captionHidden
          headers={[c.name, c.scopes, c.created, c.status, '']}
          testId="api-clients"
          rows={clients.map((client) => [
            client.name,
            client.scopes.map((s) => c.scope[s]).join(', '),
            formatDate(locale, client.createdAt),
            client.revokedAt
              ? c.revoked(formatDateTime(locale, client.revokedAt))
              : client.rotatedAt
                ? `${c.active} (${c.rotated.toLowerCase()} ${formatDateTime(locale, client.rotatedAt)})`
                : c.active,
            client.revokedAt
              ? ''
              : {
                  html: (
                    <>
                      <form method="post" action={`${base}/${client.id}/sleutel`}>
                        <CsrfField token={p.csrf} />
                        <RowButton text={c.rotate} context={client.name} />
                      </form>
                      <form method="post" action={`${base}/${client.id}/intrekken`}>
                        <CsrfField token={p.csrf} />
                        <RowButton text={c.revoke} context={client.name} />
                      </form>
                    </>
                  ),
                },
          ])}
        />
      )}
      {mayCreate ? (
        <form method="post" action={base} novalidate class="kring-form">
          <CsrfField token={p.csrf} />
          <h2 class="utrecht-heading-2" safe>
            {c.create}
          </h2>
          <TextInput
            id="name"
            name="name"
            autocomplete="off"
            maxlength={200}
            label={{ text: c.name }}
            hint={{ text: c.nameHint }}
            value={values.name}
            errorMessage={fieldError(p.t, errors, 'name')}
          />
          <Checkboxes
            idPrefix="scopes"
            name="scopes"
            fieldset={{ legend: { text: c.scopes } }}
            errorMessage={fieldError(p.t, errors, 'scopes')}
            items={API_SCOPES.map((s) => ({ value: s, text: c.scope[s] }))}
            values={values.scopes}
          />
          <Button text={c.create} />
        </form>
      ) : (
        ''
      )}
    </Layout>
  );
}
