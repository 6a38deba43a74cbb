// SPDX-License-Identifier: EUPL-1.2
/**
 * The privacy officer's audit-log pages (issue 3, item 6): /privacy/logboek (the organisation's log,
 * filtered and paged) and /privacy/logboek/controle (is the hash chain unchanged); on the same
 * instance, /privacy/logboek/persoon and /privacy/logboek/betrokkenen (who looked at this person,
 * when, and why, in plain words: access-overview.pages.tsx) and its export for the person or a parent
 * as PDF and CSV (access-overview-export.pages.ts, ADR 0029). The rules (who may read, the scope,
 * the audit row of every read) live in privacy.service.ts.
 */
import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { OBJECT_DENIED } from '#src/modules/audit/index.ts';
import { Button, TextInput } from '#src/web/components/index.ts';
import { serviceFieldErrors } from '#src/web/field-errors.ts';
import { formErrors } from '#src/web/form-schema.ts';
import { toHtml } from '#src/web/html.ts';
import { localePath } from '#src/web/i18n/locale.ts';
import { isUuid } from '#src/web/ids.ts';
import { Layout } from '#src/web/layout/layout.tsx';
import { sendHtml } from '#src/web/render.ts';
import { FormErrorSummary, type FormErrors, fieldError, hasErrors, staffPage } from '#src/web/staff.tsx';
import { accessOverviewRoutes } from './access-overview.pages.tsx';
import { overviewExportRoutes } from './access-overview-export.pages.ts';
import { type AuditPagesOptions, overviewHrefs, utcTime } from './audit-pages.shared.ts';
import { type AuditLogQuery, checkAuditLog, readAuditLog } from './privacy.service.ts';
import { LogTable, type LogTableRow } from './views/log-table.tsx';

export type { AuditPagesOptions } from './audit-pages.shared.ts';

/** The filter fields: id (error key) → query parameter. */
const FILTERS = { email: 'email', type: 'soort', from: 'van', until: 'tot' } as const;

const logQuery = z.object({
  email: z.string().max(320).optional(),
  soort: z.string().max(100).optional(),
  van: z.string().max(30).optional(),
  tot: z.string().max(30).optional(),
  voor: z.string().max(20).optional(),
});

/** A query string from the non-empty values. */
function queryString(values: Record<string, string | undefined>): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(values)) if (v) params.set(k, v);
  const text = params.toString();
  return text ? `?${text}` : '';
}

export const auditPages: FastifyPluginAsyncZod<AuditPagesOptions> = async (app, options) => {
  const { web, locale, anchorFile } = options;
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

  const { personHref } = overviewHrefs(locale);

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
        // The service names the problem (a key); the page says it in the reader's language, in field order.
        const texts = serviceFieldErrors(err, locale);
        errors = Object.fromEntries(Object.keys(FILTERS).flatMap((id) => (texts[id] ? [[id, texts[id]]] : [])));
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

  accessOverviewRoutes(app, options);
  overviewExportRoutes(app, options);

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
