// SPDX-License-Identifier: EUPL-1.2
/**
 * The partner directory's pages (issue 15, ADR 0036), in both languages:
 *
 * - `/partners` (public): the published partners, searched and filtered by a GET form that works
 *   without JavaScript (partner-search.ts has the query string's words). Rendered per request (the
 *   list changes when an editor saves), from the database only: no request leaves Kring.
 * - `/netwerk/partners` (`network:edit`: the municipality's editor and administrators): every partner;
 *   `/nieuw` adds one, `/:id` changes one, `/:id/verwijderen` asks and removes. A wrong value comes
 *   back with its error next to the field and in the error summary, with everything typed kept; the
 *   service checks the permission again and writes the audit row.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { guidanceNav } from '#src/modules/guidance/index.ts';
import { fieldErrorText, parsed, serviceFieldErrors } from '#src/web/field-errors.ts';
import { field, formBody, formErrors } from '#src/web/form-schema.ts';
import { listOf } from '#src/web/form-values.ts';
import { toHtml } from '#src/web/html.ts';
import { type Locale, localePath } from '#src/web/i18n/locale.ts';
import { messages } from '#src/web/i18n/messages.ts';
import { pageParam } from '#src/web/page-query.ts';
import { pageContext, sendHtml, type WebContext } from '#src/web/render.ts';
import { type FormErrors, hasErrors, staffPage } from '#src/web/staff.tsx';
import { partnerInput } from './partner.schemas.ts';
import {
  createPartner,
  deletePartner,
  editorDirectory,
  mayAddPartner,
  partnerForEditor,
  publicDirectory,
  updatePartner,
} from './partner.service.ts';
import { filterParams, partnerFilter, SEARCH_MAX } from './partner-search.ts';
import { DirectoryPage } from './views/directory.tsx';
import {
  EditorListPage,
  EMPTY_FORM,
  formOf,
  PartnerFormPage,
  type PartnerFormValues,
  RemovePage,
} from './views/editor.tsx';

/** Options of the pages. */
export interface PartnerPagesOptions {
  readonly locale: Locale;
  readonly web: WebContext;
}

/** The notices after a write, by the word in the URL (never free text from the URL). */
const NOTICES = { toegevoegd: 'created', opgeslagen: 'updated', verwijderd: 'removed' } as const;

const directoryQuery = z.object({
  // Longer than SEARCH_MAX is answered next to the field, not with the 400 page.
  zoek: z.string().max(2000).optional(),
  soort: z.string().max(100).optional(),
  voor: z.string().max(100).optional(),
  aanspreekpunt: z.string().max(100).optional(),
  pagina: pageParam,
});

/** Ticked checkboxes: one value or several, each short. */
const ticked = z.union([z.string().max(50), z.array(z.string().max(50)).max(10)]).optional();

/** The form's shape (the values' rules are partner.schemas.ts's): room for a text too long, answered next to it. */
const partnerBody = formBody({
  name: field(2000),
  type: field(100),
  audiences: ticked,
  descriptionNl: field(20_000),
  descriptionEn: field(20_000),
  phone: field(300),
  email: field(2000),
  webAddress: field(3000),
  street: field(2000),
  postcode: field(100),
  city: field(1000),
  contactPersons: ticked,
  published: ticked,
});

/** The order of the fields on the page: the error summary lists them so. */
const FIELD_ORDER = [
  'name',
  'type',
  'audiences',
  'descriptionNl',
  'descriptionEn',
  'phone',
  'email',
  'webAddress',
  'street',
  'postcode',
  'city',
  'contactPersons',
  'published',
];

const idParams = z.object({ id: z.string().max(200) });

/** The form as typed. */
function valuesOf(body: z.output<typeof partnerBody>): PartnerFormValues {
  return {
    name: body.name,
    type: body.type,
    audiences: listOf(body.audiences),
    descriptionNl: body.descriptionNl,
    descriptionEn: body.descriptionEn,
    phone: body.phone,
    email: body.email,
    webAddress: body.webAddress,
    street: body.street,
    postcode: body.postcode,
    city: body.city,
    contactPersons: listOf(body.contactPersons),
    published: listOf(body.published),
  };
}

/** The use case's input of a form (partner.schemas.ts checks it). */
function inputOf(v: PartnerFormValues) {
  return {
    name: v.name,
    type: v.type,
    audiences: v.audiences,
    descriptionNl: v.descriptionNl,
    descriptionEn: v.descriptionEn,
    phone: v.phone,
    email: v.email,
    webAddress: v.webAddress,
    street: v.street,
    postcode: v.postcode,
    city: v.city,
    hasSafeguardingLead: v.contactPersons.includes('safeguardingLead'),
    hasConfidentialContact: v.contactPersons.includes('confidentialContact'),
    published: v.published.includes('yes'),
  };
}

/** The errors in the order of the fields on the page. */
function ordered(errors: Record<string, string>): FormErrors {
  const rank = (k: string) => (FIELD_ORDER.includes(k) ? FIELD_ORDER.indexOf(k) : FIELD_ORDER.length);
  return Object.fromEntries(Object.entries(errors).sort(([a], [b]) => rank(a) - rank(b)));
}

export const partnerPages: FastifyPluginAsyncZod<PartnerPagesOptions> = async (app, { locale, web }) => {
  const t = messages(locale);
  const e = t.partners.editor;
  const nav = guidanceNav(locale);
  const path = (p: string) => localePath(locale, p);
  const edit = { config: { policy: 'network:edit' } } as const;

  // ---- The public directory ----

  app.get(
    '/partners',
    { config: { policy: 'public' }, schema: { querystring: directoryQuery } },
    async (request, reply) => {
      const { pagina, ...query } = request.query;
      const errors = formErrors(request, 'query');
      const typed = query.zoek ?? '';
      if (!errors.zoek && typed.trim().length > SEARCH_MAX) {
        errors.zoek = fieldErrorText(locale, `tooLong:${SEARCH_MAX}`)!;
      }
      const filter = partnerFilter(hasErrors(errors) ? { ...query, zoek: '' } : query);
      const found = hasErrors(errors) ? undefined : await publicDirectory(request.context(), filter, pagina);
      // The language switch keeps the search as understood (filterParams), never the raw query.
      const ctx = pageContext(web, locale, path('/partners'), reply.cspNonce, filterParams(filter));
      return sendHtml(
        reply,
        toHtml(<DirectoryPage ctx={ctx} nav={nav} filter={filter} typed={typed} found={found} errors={errors} />),
        hasErrors(errors) ? 400 : 200,
      );
    },
  );

  // ---- The editors' pages ----

  app.get(
    '/netwerk/partners',
    {
      ...edit,
      schema: { querystring: z.object({ melding: z.string().max(20).optional(), pagina: pageParam }) },
    },
    async (request, reply) => {
      const { partners, page } = await editorDirectory(request.context(), request.query.pagina);
      const word = request.query.melding;
      const notice =
        word && Object.hasOwn(NOTICES, word) ? e.notices[NOTICES[word as keyof typeof NOTICES]] : undefined;
      const p = staffPage(web, request, reply);
      return sendHtml(reply, toHtml(<EditorListPage p={p} partners={partners} page={page} notice={notice} />));
    },
  );

  function form(
    request: FastifyRequest,
    reply: FastifyReply,
    id: string | undefined,
    title: string,
    values: PartnerFormValues,
    errors: FormErrors,
  ) {
    const p = staffPage(web, request, reply);
    return sendHtml(
      reply,
      toHtml(<PartnerFormPage p={p} id={id} title={title} values={values} errors={errors} />),
      hasErrors(errors) ? 400 : 200,
    );
  }

  /** Checks a posted form: its errors by field id (empty when it may be saved). */
  function check(request: FastifyRequest, values: PartnerFormValues): Record<string, string> {
    const errors = formErrors(request);
    // Errors of the page's own parse go with those of invisible characters; the field's first error counts.
    const own: Record<string, string> = {};
    parsed(partnerInput.safeParse(inputOf(values)), own, locale);
    for (const [k, v] of Object.entries(own)) errors[k] ??= v;
    return errors;
  }

  app.get('/netwerk/partners/nieuw', edit, async (request, reply) => {
    // The service decides (deny by default) before the empty form is shown.
    mayAddPartner(request.context());
    return form(request, reply, undefined, e.newTitle, EMPTY_FORM, {});
  });

  app.post('/netwerk/partners/nieuw', { ...edit, schema: { body: partnerBody } }, async (request, reply) => {
    const values = valuesOf(request.body);
    const errors = check(request, values);
    if (hasErrors(errors)) return form(request, reply, undefined, e.newTitle, values, ordered(errors));
    try {
      await createPartner(request.context(), inputOf(values));
    } catch (err) {
      return form(request, reply, undefined, e.newTitle, values, ordered(serviceFieldErrors(err, locale)));
    }
    return reply.redirect(path('/netwerk/partners?melding=toegevoegd'), 303);
  });

  app.get('/netwerk/partners/:id', { ...edit, schema: { params: idParams } }, async (request, reply) => {
    const partner = await partnerForEditor(request.context(), request.params.id);
    return form(request, reply, partner.id, e.editTitle(partner.name), formOf(partner), {});
  });

  app.post(
    '/netwerk/partners/:id',
    { ...edit, schema: { params: idParams, body: partnerBody } },
    async (request, reply) => {
      const partner = await partnerForEditor(request.context(), request.params.id);
      const title = e.editTitle(partner.name);
      const values = valuesOf(request.body);
      const errors = check(request, values);
      if (hasErrors(errors)) return form(request, reply, partner.id, title, values, ordered(errors));
      try {
        await updatePartner(request.context(), partner.id, inputOf(values));
      } catch (err) {
        return form(request, reply, partner.id, title, values, ordered(serviceFieldErrors(err, locale)));
      }
      return reply.redirect(path('/netwerk/partners?melding=opgeslagen'), 303);
    },
  );

  app.get('/netwerk/partners/:id/verwijderen', { ...edit, schema: { params: idParams } }, async (request, reply) => {
    const partner = await partnerForEditor(request.context(), request.params.id);
    const p = staffPage(web, request, reply);
    return sendHtml(reply, toHtml(<RemovePage p={p} partner={partner} />));
  });

  app.post(
    '/netwerk/partners/:id/verwijderen',
    { ...edit, schema: { params: idParams, body: formBody({}) } },
    async (request, reply) => {
      await deletePartner(request.context(), request.params.id);
      return reply.redirect(path('/netwerk/partners?melding=verwijderd'), 303);
    },
  );
};
