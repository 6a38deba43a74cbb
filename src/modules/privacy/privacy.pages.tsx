// SPDX-License-Identifier: EUPL-1.2
/**
 * The privacy officer's audit-log pages (issue 3, item 6): /privacy/logboek (the organisation's log,
 * filtered and paged), /privacy/logboek/persoon (who looked at this person, when, and why, in plain
 * words: access-overview.presenter.ts), its export for the person or a parent as PDF and CSV
 * (/privacy/logboek/betrokkene/:id/overzicht.pdf|.csv, ADR 0029) and /privacy/logboek/controle (is
 * the hash chain unchanged). The rules (who may read, the scope, the audit row of every read) live
 * in audit-log.service.ts.
 */
import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ValidationError } from '#src/core/errors.ts';
import { OBJECT_DENIED } from '#src/modules/audit/index.ts';
import { Button, TextInput } from '#src/web/components/index.ts';
import { formErrors } from '#src/web/form-schema.ts';
import { toHtml } from '#src/web/html.ts';
import { type Locale, localePath } from '#src/web/i18n/locale.ts';
import { messages } from '#src/web/i18n/messages.ts';
import { idOrNotFound, isUuid } from '#src/web/ids.ts';
import { Layout } from '#src/web/layout/layout.tsx';
import { sendHtml, type WebContext } from '#src/web/render.ts';
import { FormErrorSummary, type FormErrors, fieldError, hasErrors, staffPage } from '#src/web/staff.tsx';
import { presentOverview } from './access-overview.presenter.ts';
import { overviewFileName, renderOverviewCsv, renderOverviewPdf } from './access-overview-export.ts';
import {
  type AuditLogQuery,
  checkAuditLog,
  exportSubjectOverview,
  personOverview,
  readAuditLog,
  SUBJECT_SEARCH_MIN,
  searchSubjects,
  subjectOverview,
} from './privacy.service.ts';
import { LogTable, type LogTableRow } from './views/log-table.tsx';

/** Options of the audit-log pages. */
export interface AuditPagesOptions {
  readonly locale: Locale;
  readonly web: WebContext;
  /** The audit anchor file (KRING_AUDIT_ANCHOR) the check compares the end of the log with. */
  readonly anchorFile: string;
}

/** The filter fields: id (error key) → query parameter. */
const FILTERS = { email: 'email', type: 'soort', from: 'van', until: 'tot' } as const;

const logQuery = z.object({
  email: z.string().max(320).optional(),
  soort: z.string().max(100).optional(),
  van: z.string().max(30).optional(),
  tot: z.string().max(30).optional(),
  voor: z.string().max(20).optional(),
});

const personQuery = z.object({
  gebruiker: z.string().max(100).default(''),
  /** A person a concern is about (data subject), instead of a user. */
  betrokkene: z.string().max(100).optional(),
  voor: z.string().max(20).optional(),
});
const subjectsQuery = z.object({ naam: z.string().max(200).default('') });
const idParams = z.object({ id: z.string().max(100) });

/** Time in UTC, ISO 8601 to the second. */
function utcTime(time: Date): string {
  return `${time.toISOString().slice(0, 19)}Z`;
}

/** A query string from the non-empty values. */
function queryString(values: Record<string, string | undefined>): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(values)) if (v) params.set(k, v);
  const text = params.toString();
  return text ? `?${text}` : '';
}

export const auditPages: FastifyPluginAsyncZod<AuditPagesOptions> = async (app, { web, locale, anchorFile }) => {
  const path = (p: string) => localePath(locale, p);
  const send = (reply: FastifyReply, page: JSX.Element, status = 200) => sendHtml(reply, toHtml(page), status);

  /** A stored role code in the reader's language (unknown codes as stored). */
  function roleText(p: ReturnType<typeof staffPage>, role: string | null): string {
    if (!role) return '—';
    const roles: Record<string, string> = p.t.staff.roles;
    return Object.hasOwn(roles, role) ? roles[role]! : role;
  }

  /** An event in words where Kring has words for it (refusals, ADR 0024), with its code. */
  function eventText(p: ReturnType<typeof staffPage>, type: string): string {
    const events: Record<string, string> = p.t.staff.audit.events;
    return Object.hasOwn(events, type) ? `${events[type]!} (${type})` : type;
  }

  /**
   * The object of a row: its kind in words where known, and its id; for a refused object, saying so
   * when the id the actor tried is no id at all.
   */
  function objectText(
    p: ReturnType<typeof staffPage>,
    e: { type: string; objectType: string | null; objectId: string | null },
  ): string {
    const a = p.t.staff.audit;
    const kinds: Record<string, string> = a.objectTypes;
    const kind = e.objectType && Object.hasOwn(kinds, e.objectType) ? kinds[e.objectType]! : e.objectType;
    const noId = e.type === OBJECT_DENIED && e.objectId !== null && !isUuid(e.objectId);
    return [kind, e.objectId, noId ? a.notAnId : null].filter(Boolean).join(' ') || '—';
  }

  const personHref = (userId: string) => `${path('/privacy/logboek/persoon')}?gebruiker=${encodeURIComponent(userId)}`;
  const subjectHref = (personId: string) =>
    `${path('/privacy/logboek/persoon')}?betrokkene=${encodeURIComponent(personId)}`;

  app.get(
    '/privacy/logboek',
    { config: { policy: 'audit:read' }, schema: { querystring: logQuery } },
    async (request, reply) => {
      const p = staffPage(web, request, reply);
      const a = p.t.staff.audit;
      const q = request.query;
      const query: AuditLogQuery = { email: q.email, type: q.soort, from: q.van, until: q.tot, before: q.voor };
      // A filter with a character Kring cannot search for gets its error; nothing is read.
      const unsupported = formErrors(request, 'query');
      let errors: FormErrors = Object.fromEntries(
        Object.entries(FILTERS).flatMap(([id, param]) => (unsupported[param] ? [[id, unsupported[param]]] : [])),
      );
      let page: Awaited<ReturnType<typeof readAuditLog>> | undefined;
      try {
        if (!hasErrors(errors)) page = await readAuditLog(request.context(), query);
      } catch (err) {
        if (!(err instanceof ValidationError)) throw err;
        // The service names the problem (a key); the page says it in the reader's language, in field order.
        const texts: Record<string, string> = { invalidDate: a.invalidDate };
        errors = Object.fromEntries(
          Object.keys(FILTERS).flatMap((id) => {
            const key = err.fields?.[id];
            return key ? [[id, texts[key] ?? key]] : [];
          }),
        );
      }
      const own = request.actor?.organisationId;
      const rows: LogTableRow[] = (page?.entries ?? []).map((e) => {
        // Someone of another organisation who tried to reach this one's objects: named with their
        // organisation, without a link (their overview is their own organisation's to read).
        const foreign = e.organisationId !== null && e.organisationId !== own;
        return {
          time: utcTime(e.time),
          who: e.userId ? (
            <>
              {foreign ? (
                <span safe>{e.userName ?? e.userId}</span>
              ) : (
                <a class="utrecht-link" href={personHref(e.userId)} safe>
                  {e.userName ?? e.userId}
                </a>
              )}
              {e.userEmail ? (
                <>
                  <br />
                  <span safe>{e.userEmail}</span>
                </>
              ) : (
                ''
              )}
              {foreign ? (
                <>
                  <br />
                  <span safe>{a.ofOrganisation(e.organisationName ?? e.organisationId ?? '')}</span>
                </>
              ) : (
                ''
              )}
            </>
          ) : (
            '—'
          ),
          cells: [
            roleText(p, e.role),
            a.actions[e.action],
            eventText(p, e.type),
            objectText(p, e),
            a.outcomes[e.outcome],
            e.purpose,
          ],
        };
      });
      const more = page?.next
        ? `${path('/privacy/logboek')}${queryString({ email: q.email, soort: q.soort, van: q.van, tot: q.tot, voor: page.next })}`
        : undefined;
      return send(
        reply,
        <Layout ctx={p.ctx} title={a.title} hasErrors={hasErrors(errors)} staff={p.staff} nav={p.nav}>
          <FormErrorSummary t={p.t} errors={errors} />
          <h1 class="utrecht-heading-1" safe>
            {a.title}
          </h1>
          <p class="utrecht-paragraph" safe>
            {a.intro}
          </p>
          <p class="utrecht-paragraph">
            <a class="utrecht-link" href={path('/privacy/logboek/controle')} safe>
              {a.verifyLink}
            </a>
          </p>
          <p class="utrecht-paragraph">
            <a class="utrecht-link" href={path('/privacy/logboek/betrokkenen')} safe>
              {a.subjectsLink}
            </a>
          </p>
          <h2 class="utrecht-heading-2" safe>
            {a.filters}
          </h2>
          <form method="get" action={path('/privacy/logboek')} novalidate class="kring-form">
            <TextInput
              id="email"
              name={FILTERS.email}
              type="email"
              autocomplete="off"
              spellcheck={false}
              label={{ text: a.user }}
              value={q.email}
              errorMessage={fieldError(p.t, errors, 'email')}
            />
            <TextInput
              id="type"
              name={FILTERS.type}
              spellcheck={false}
              label={{ text: a.type }}
              hint={{ text: a.typeHint }}
              value={q.soort}
              errorMessage={fieldError(p.t, errors, 'type')}
            />
            <TextInput
              id="from"
              name={FILTERS.from}
              label={{ text: a.from }}
              value={q.van}
              spellcheck={false}
              errorMessage={fieldError(p.t, errors, 'from')}
            />
            <TextInput
              id="until"
              name={FILTERS.until}
              label={{ text: a.until }}
              value={q.tot}
              spellcheck={false}
              errorMessage={fieldError(p.t, errors, 'until')}
            />
            <Button text={a.apply} />
          </form>
          {page ? (
            <LogTable
              caption={a.title}
              none={a.none}
              headers={[a.time, a.who, a.role, a.action, a.event, a.object, a.outcome, a.purpose]}
              rows={rows}
              more={more ? { href: more, text: a.more } : undefined}
            />
          ) : (
            ''
          )}
        </Layout>,
        hasErrors(errors) ? 400 : 200,
      );
    },
  );

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

  // The overview handed to the person or a parent (ADR 0029): the whole overview, oldest first, in
  // the route's language, without protected names. Audited as an export; nothing is cached.
  const exportHeaders = (type: string, fileName: string, length: number) => ({
    'Content-Type': type,
    'Content-Disposition': `attachment; filename="${fileName}"`,
    'Content-Length': String(length),
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    // Should a browser show it anyway: nothing may run or load (as the chronology PDF).
    'Content-Security-Policy': "sandbox; default-src 'none'",
    'Cross-Origin-Resource-Policy': 'same-origin',
  });
  const exportRoute = { config: { policy: 'audit:read' }, schema: { params: idParams } } as const;

  app.get('/privacy/logboek/betrokkene/:id/overzicht.pdf', exportRoute, async (request, reply) => {
    const t = messages(locale);
    const data = await exportSubjectOverview(request.context(), idOrNotFound(request.params.id, 'person'));
    const pdf = await renderOverviewPdf(data, t, locale);
    return reply
      .code(200)
      .headers(exportHeaders('application/pdf', overviewFileName(t, data.generatedAt, 'pdf'), pdf.length))
      .send(pdf);
  });

  app.get('/privacy/logboek/betrokkene/:id/overzicht.csv', exportRoute, async (request, reply) => {
    const t = messages(locale);
    const data = await exportSubjectOverview(request.context(), idOrNotFound(request.params.id, 'person'));
    const csv = renderOverviewCsv(data, t, locale);
    return reply
      .code(200)
      .headers(exportHeaders('text/csv; charset=utf-8', overviewFileName(t, data.generatedAt, 'csv'), csv.length))
      .send(csv);
  });

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
      const matches = searched ? await searchSubjects(request.context(), name) : [];
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

  app.get('/privacy/logboek/controle', { config: { policy: 'audit:read' } }, async (request, reply) => {
    const p = staffPage(web, request, reply);
    const a = p.t.staff.audit;
    const result = await checkAuditLog(request.context(), anchorFile);
    const broken = result.ok
      ? undefined
      : result.reason === 'forged'
        ? a.verifyForged
        : result.reason === 'truncated'
          ? a.verifyTruncated(utcTime(result.checkpoint.at), result.brokenAt)
          : a.verifyBroken(result.brokenAt);
    return send(
      reply,
      <Layout ctx={p.ctx} title={a.verifyTitle} staff={p.staff} nav={p.nav}>
        <h1 class="utrecht-heading-1" safe>
          {a.verifyTitle}
        </h1>
        {result.ok ? (
          <>
            <p class="utrecht-paragraph kring-callout" role="status" data-testid="verify-result">
              <span safe>{a.verifyOk(result.checked)}</span>
              {result.anchor ? (
                <>
                  {' '}
                  <span safe>{a.verifyAnchored(utcTime(result.anchor.at), result.anchor.seq)}</span>
                </>
              ) : (
                ''
              )}
            </p>
            {result.anchor || result.checked === 0 ? (
              ''
            ) : (
              <p class="utrecht-paragraph kring-callout kring-callout--warning" data-testid="verify-unanchored" safe>
                {a.verifyUnanchored}
              </p>
            )}
          </>
        ) : (
          <p
            class="utrecht-paragraph kring-callout kring-callout--warning"
            role="alert"
            data-testid="verify-result"
            safe
          >
            {broken}
          </p>
        )}
        <p class="utrecht-paragraph">
          <a class="utrecht-link" href={path('/privacy/logboek')} safe>
            {a.back}
          </a>
        </p>
      </Layout>,
    );
  });
};
