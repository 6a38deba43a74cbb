// SPDX-License-Identifier: EUPL-1.2
/**
 * Who looked at whom, for the privacy officer (issue 3, item 6; ADR 0029): /privacy/logboek/persoon
 * (what a user looked at, or who looked at a person a concern is about, in plain words:
 * access-overview.presenter.ts) and /privacy/logboek/betrokkenen (find that person by name first).
 * Registered by auditPages (privacy.pages.tsx) on its own instance.
 */
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import { Button, TextInput } from '#src/web/components/index.ts';
import { formErrors } from '#src/web/form-schema.ts';
import { toHtml } from '#src/web/html.ts';
import { localePath } from '#src/web/i18n/locale.ts';
import { Layout } from '#src/web/layout/layout.tsx';
import { sendHtml } from '#src/web/render.ts';
import { FormErrorSummary, fieldError, hasErrors, staffPage } from '#src/web/staff.tsx';
import { presentOverview } from './access-overview.presenter.ts';
import { type AuditPagesApp, type AuditPagesOptions, overviewHrefs } from './audit-pages.shared.ts';
import {
  personOverview,
  SUBJECT_SEARCH_MAX,
  SUBJECT_SEARCH_MIN,
  searchSubjects,
  subjectOverview,
} from './privacy.service.ts';
import { LogTable, type LogTableRow } from './views/log-table.tsx';

const personQuery = z.object({
  gebruiker: z.string().max(100).default(''),
  /** A person a concern is about (data subject), instead of a user. */
  betrokkene: z.string().max(100).optional(),
  voor: z.string().max(20).optional(),
});
const subjectsQuery = z.object({ naam: z.string().max(200).default('') });

/** Registers the overview of a user or a person, and the search for a person. */
export function accessOverviewRoutes(app: AuditPagesApp, { web, locale }: AuditPagesOptions): void {
  const path = (p: string) => localePath(locale, p);
  const send = (reply: FastifyReply, page: JSX.Element, status = 200) => sendHtml(reply, toHtml(page), status);
  const { personHref, subjectHref } = overviewHrefs(locale);

  app.get(
    '/privacy/logboek/persoon',
    { config: { policy: 'audit:read' }, schema: { querystring: personQuery } },
    async (request, reply) => {
      const p = staffPage(web, request, reply);
      const a = p.t.staff.audit;
      const o = a.overview;
      const subject = request.query.betrokkene;
      const overview = subject
        ? await subjectOverview(request.context(), subject, request.query.voor)
        : await personOverview(request.context(), request.query.gebruiker, request.query.voor);
      // The same rows as the export (ADR 0029); the officer also sees a protected colleague's name,
      // next to what the export says instead.
      const presented = presentOverview(overview.entries, {
        t: p.t,
        locale: p.locale,
        protectedUserIds: overview.protectedUserIds,
        readerOrganisationId: request.actor?.organisationId ?? '',
      });
      // Four columns, so that a phone or a narrow window still reads them: who, with role and
      // organisation under the name.
      const rows: LogTableRow[] = presented.rows.map((r) => ({
        time: r.time,
        who: (
          <>
            <span safe>{r.nameOnScreen ?? r.who}</span>
            <br />
            <span safe>{o.roleAt(r.role, r.organisation)}</span>
            {r.nameOnScreen ? (
              <>
                <br />
                <span class="kring-audit-redacted" data-testid="exported-as" safe>
                  {o.exportedAs(r.who)}
                </span>
              </>
            ) : (
              ''
            )}
          </>
        ),
        cells: [r.event, r.purpose],
      }));
      const more = overview.next
        ? `${(subject ? subjectHref : personHref)(overview.subjectId)}&${new URLSearchParams({ voor: overview.next }).toString()}`
        : undefined;
      const exportHref = (extension: 'pdf' | 'csv') =>
        path(`/privacy/logboek/betrokkene/${encodeURIComponent(overview.subjectId)}/overzicht.${extension}`);
      return send(
        reply,
        <Layout ctx={p.ctx} title={a.personTitle} staff={p.staff} nav={p.nav}>
          <h1 class="utrecht-heading-1" safe>
            {a.personTitle}
          </h1>
          <p class="utrecht-paragraph" safe>
            {`${o.intro(overview.name)} ${o.timeZoneNote}`}
          </p>
          {subject ? (
            <section class="kring-callout" aria-labelledby="export-title" data-testid="overview-export">
              <h2 class="utrecht-heading-2 kring-callout__title" id="export-title" safe>
                {o.exportTitle}
              </h2>
              <p class="utrecht-paragraph" safe>
                {o.exportIntro}
              </p>
              <div class="kring-button-group">
                <Button text={o.exportPdf} href={exportHref('pdf')} appearance="secondary" />
                <Button text={o.exportCsv} href={exportHref('csv')} appearance="secondary" />
              </div>
            </section>
          ) : (
            ''
          )}
          {presented.reasons.length > 0 ? (
            <section class="kring-callout" aria-labelledby="redacted-title" data-testid="redaction-note">
              <h2 class="utrecht-heading-2 kring-callout__title" id="redacted-title" safe>
                {o.redactedTitle}
              </h2>
              <p class="utrecht-paragraph" safe>
                {o.redactedIntro}
              </p>
              {presented.reasons.map((reason) => (
                <p class="utrecht-paragraph" safe>
                  {o.redactedReasons[reason]}
                </p>
              ))}
              {presented.rows.some((r) => r.nameOnScreen) ? (
                <p class="utrecht-paragraph" data-testid="officer-note">
                  <strong safe>{o.officerNote}</strong>
                </p>
              ) : (
                ''
              )}
            </section>
          ) : (
            ''
          )}
          <LogTable
            caption={o.caption(overview.name)}
            none={a.none}
            headers={[o.time, o.whoWithRole, o.event, o.purpose]}
            rows={rows}
            more={more ? { href: more, text: a.more } : undefined}
          />
          <p class="utrecht-paragraph">
            <a class="utrecht-link" href={path('/privacy/logboek')} safe>
              {a.back}
            </a>
          </p>
        </Layout>,
      );
    },
  );

  // Who looked at a child, adult or older person a concern is about? Find them by name first.
  app.get(
    '/privacy/logboek/betrokkenen',
    { config: { policy: 'audit:read' }, schema: { querystring: subjectsQuery } },
    async (request, reply) => {
      const p = staffPage(web, request, reply);
      const a = p.t.staff.audit;
      const name = request.query.naam.trim();
      const errors = formErrors(request, 'query');
      const searched = name.length >= SUBJECT_SEARCH_MIN && !hasErrors(errors);
      const { matches, more } = searched ? await searchSubjects(request.context(), name) : { matches: [], more: false };
      return send(
        reply,
        <Layout ctx={p.ctx} title={a.subjectsTitle} hasErrors={hasErrors(errors)} staff={p.staff} nav={p.nav}>
          <FormErrorSummary t={p.t} errors={errors} />
          <h1 class="utrecht-heading-1" safe>
            {a.subjectsTitle}
          </h1>
          <p class="utrecht-paragraph" safe>
            {a.subjectsIntro}
          </p>
          <form method="get" action={path('/privacy/logboek/betrokkenen')} novalidate class="kring-form">
            <TextInput
              id="naam"
              name="naam"
              autocomplete="off"
              spellcheck={false}
              label={{ text: a.subjectName }}
              hint={{ text: a.subjectNameHint(SUBJECT_SEARCH_MIN) }}
              value={request.query.naam}
              errorMessage={fieldError(p.t, errors, 'naam')}
            />
            <Button text={a.subjectSearch} />
          </form>
          {searched && matches.length === 0 ? (
            <p class="utrecht-paragraph" safe>
              {a.subjectsNone}
            </p>
          ) : (
            ''
          )}
          {matches.length > 0 ? (
            <ul class="utrecht-unordered-list" data-testid="subjects">
              {matches.map((m) => (
                <li class="utrecht-unordered-list__item">
                  <a class="utrecht-link" href={subjectHref(m.id)} safe>
                    {m.dateOfBirth ? `${m.fullName} (${m.dateOfBirth})` : m.fullName}
                  </a>
                </li>
              ))}
            </ul>
          ) : (
            ''
          )}
          {more ? (
            <p class="utrecht-paragraph" data-testid="subjects-more" safe>
              {a.subjectsMore(SUBJECT_SEARCH_MAX)}
            </p>
          ) : (
            ''
          )}
          <p class="utrecht-paragraph">
            <a class="utrecht-link" href={path('/privacy/logboek')} safe>
              {a.back}
            </a>
          </p>
        </Layout>,
        hasErrors(errors) ? 400 : 200,
      );
    },
  );
}
