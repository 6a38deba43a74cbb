// SPDX-License-Identifier: EUPL-1.2
/**
 * The chronology of a person (issue 4): /zorgen/:id/chronologie, every entry of the organisation's
 * concerns about the person of this concern that the reader may see, on one printable page; and
 * /zorgen/:id/chronologie.pdf, the same as a PDF download. The service authorizes (another
 * organisation's concern, or one the reader may not see, is 404) and audits the page as a read and
 * the PDF as an export.
 *
 * Printing needs no JavaScript: the print stylesheet (kring-concerns-print.css) leaves out the header,
 * navigation, footer and buttons and shows "Vertrouwelijk. Niet doorsturen." The "Afdrukken" button
 * is an enhancement (scripts/print.ts), hidden until the script shows it.
 */
import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { Button } from '#src/web/components/index.ts';
import { formatDate, formatDateTime } from '#src/web/format.ts';
import { toHtml } from '#src/web/html.ts';
import type { Locale } from '#src/web/i18n/locale.ts';
import { messages } from '#src/web/i18n/messages.ts';
import { idOrNotFound } from '#src/web/ids.ts';
import { Layout } from '#src/web/layout/layout.tsx';
import { sendHtml, type WebContext } from '#src/web/render.ts';
import { type StaffPageContext, staffPage } from '#src/web/staff.tsx';
import { ageOf } from './age.ts';
import { renderChronologyPdf } from './chronology-pdf.ts';
import { type Chronology, chronology } from './concern.service.ts';
import type { EntryRow } from './entry.repository.ts';
import { concernPath, EntryItem } from './views/parts.tsx';

/** Options of the chronology pages. */
export interface ChronologyPagesOptions {
  readonly locale: Locale;
  readonly web: WebContext;
}

/** The file name of the download: never the person's name (it ends up in download folders and histories). */
export const CHRONOLOGY_FILE_NAME = 'chronologie.pdf';

const idParams = z.object({ id: z.string().max(100) });

/** The chronology page. */
export function ChronologyPage({
  p,
  concernId,
  chronology: ch,
}: {
  p: StaffPageContext;
  concernId: string;
  chronology: Chronology;
}): JSX.Element {
  const c = p.t.concerns;
  const text = c.chronology;
  const person = ch.person;
  const title = text.title(person.fullName);
  const age = ageOf({ dateOfBirth: person.dateOfBirth, ageYears: null }, ch.generatedAt);
  const facts = [
    c.ageGroupsShort[person.ageGroup],
    person.dateOfBirth ? c.born(formatDate(p.locale, person.dateOfBirth)) : '',
    age === null ? '' : c.age(age),
  ].filter(Boolean);
  const byConcern = new Map<string, EntryRow[]>();
  for (const entry of ch.entries) {
    const list = byConcern.get(entry.concernId) ?? [];
    list.push(entry);
    byConcern.set(entry.concernId, list);
  }
  const several = ch.concerns.length > 1;
  return (
    <Layout ctx={p.ctx} title={title} staff={p.staff} nav={p.nav}>
      <p class="utrecht-paragraph kring-no-print">
        <a class="utrecht-link kring-back-link" href={concernPath(p.locale, concernId)} safe>
          {c.back}
        </a>
      </p>
      <p class="utrecht-paragraph kring-print-only kring-confidential" safe>
        {text.confidential}
      </p>
      <h1 class="utrecht-heading-1" safe>
        {title}
      </h1>
      <p class="utrecht-paragraph kring-caption" safe>
        {facts.join(' · ')}
      </p>
      <p class="utrecht-paragraph" safe>
        {text.organisation(ch.organisationName)}
      </p>
      <p class="utrecht-paragraph" safe>
        {text.generated(ch.generatedBy, formatDateTime(p.locale, ch.generatedAt))}
      </p>
      <p class="utrecht-paragraph" safe>
        {text.intro}
      </p>
      <div class="kring-button-group kring-no-print">
        <Button text={text.pdf} href={concernPath(p.locale, concernId, '/chronologie.pdf')} appearance="secondary" />
        <button
          class="utrecht-button utrecht-button--secondary-action"
          type="button"
          data-module="kring-print"
          hidden
          safe
        >
          {text.print}
        </button>
      </div>
      {ch.concerns.map((concern, i) => {
        const entries = byConcern.get(concern.id) ?? [];
        const prefix = `zorg-${i + 1}`;
        const items = entries.map((e) =>
          toHtml(
            <EntryItem
              anchorPrefix={several ? `${prefix}-` : ''}
              t={p.t}
              locale={p.locale}
              entry={e}
              attachmentHref={
                e.kind === 'attachment'
                  ? concernPath(p.locale, concern.id, `/bijlagen/${e.data.attachmentId}`)
                  : undefined
              }
            />,
          ),
        );
        return (
          <section class="kring-chronology__concern" aria-labelledby={prefix}>
            <h2 class="utrecht-heading-2" id={prefix} safe>
              {text.concern(i + 1, c.statuses[concern.status])}
            </h2>
            <p class="utrecht-paragraph kring-caption" safe>
              {c.concern.openedBy(concern.authorName, formatDate(p.locale, concern.openedAt))}
            </p>
            {entries.length === 0 ? (
              <p class="utrecht-paragraph" safe>
                {c.concern.noEntries}
              </p>
            ) : (
              <ol class="kring-entries" data-testid="entries">
                {items.join('') as 'safe'}
              </ol>
            )}
          </section>
        );
      })}
    </Layout>
  );
}

export const chronologyPages: FastifyPluginAsyncZod<ChronologyPagesOptions> = async (app, { web, locale }) => {
  const t = messages(locale);
  const send = (reply: FastifyReply, page: JSX.Element) => sendHtml(reply, toHtml(page));
  const work = { config: { policy: 'concerns:work' }, schema: { params: idParams } } as const;

  // The printable page (audited as a read).
  app.get('/zorgen/:id/chronologie', work, async (request, reply) => {
    const id = idOrNotFound(request.params.id);
    const result = await chronology(request.context(), id, false);
    const p = staffPage(web, request, reply);
    return send(reply, <ChronologyPage p={p} concernId={id} chronology={result} />);
  });

  // The PDF (audited as an export).
  app.get('/zorgen/:id/chronologie.pdf', work, async (request, reply) => {
    const id = idOrNotFound(request.params.id);
    const result = await chronology(request.context(), id, true);
    const pdf = await renderChronologyPdf(result, t, locale);
    return reply
      .code(200)
      .headers({
        'Content-Type': 'application/pdf',
        'Content-Disposition': `attachment; filename="${CHRONOLOGY_FILE_NAME}"`,
        'Content-Length': String(pdf.length),
        'Cache-Control': 'no-store',
        'X-Content-Type-Options': 'nosniff',
        // Should a browser show it anyway: nothing may run or load (as attachments, attachments/download.ts).
        'Content-Security-Policy': "sandbox; default-src 'none'",
        'Cross-Origin-Resource-Policy': 'same-origin',
      })
      .send(pdf);
  });
};
