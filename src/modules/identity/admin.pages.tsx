// SPDX-License-Identifier: EUPL-1.2
/**
 * The administration pages (issue 3): /beheer (overview), /beheer/gebruikers (search and list),
 * /beheer/gebruikers/:id (details, roles, disabling), /beheer/uitnodigingen (invite and withdraw) and
 * /beheer/organisaties (municipality administrator only).
 *
 * The services decide who may see and do what (another organisation's user answers 404); these
 * routes check the shape of the input, show errors next to their fields with what was typed kept,
 * and redirect (303) after every change with a notice from a fixed list. A step-up (second factor
 * again) returns to the page the form is on (plugins/error-handler.ts).
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { can } from '#src/core/authz.ts';
import { ValidationError } from '#src/core/errors.ts';
import type { Mailer } from '#src/modules/mail/index.ts';
import { type FieldIds, fieldErrors, parsed } from '#src/web/field-errors.ts';
import { field, formBody, formErrors } from '#src/web/form-schema.ts';
import { toHtml } from '#src/web/html.ts';
import { type Locale, localePath } from '#src/web/i18n/locale.ts';
import { type Messages, messages } from '#src/web/i18n/messages.ts';
import { idOrNotFound } from '#src/web/ids.ts';
import { pageParam } from '#src/web/page-query.ts';
import { sendHtml, type WebContext } from '#src/web/render.ts';
import { type FormErrors, hasErrors, staffPage } from '#src/web/staff.tsx';
import { invitationInput, organisationInput, roleChangeInput } from './admin.schemas.ts';
import {
  changeRole,
  createOrganisation,
  getUser,
  invitationsFor,
  invite,
  organisationsFor,
  searchUsers,
  setUserDisabled,
  withdrawInvitation,
} from './admin.service.ts';
import { AdminHomePage, UserPage, UsersPage } from './views/admin.tsx';
import {
  InvitationsPage,
  type InviteValues,
  OrganisationsPage,
  type OrganisationValues,
} from './views/admin-invitations.tsx';

/** Options of the administration pages. */
export interface AdminPagesOptions {
  readonly locale: Locale;
  readonly web: WebContext;
  readonly mailer: Mailer;
  readonly publicUrl: string;
}

/** The validation keys the services raise, each with its text in the admin messages. */
const SERVICE_KEYS = ['organisationExists', 'alreadyMember', 'roleConflict'] as const;

/**
 * A service's ValidationError as form errors; anything else is thrown on.
 * @param fieldId the id of the field on the page for a service's field name
 */
function serviceErrors(t: Messages, error: unknown, fieldId: (field: string) => string = (f) => f): FormErrors {
  if (!(error instanceof ValidationError) || !error.fields) throw error;
  const errors: Record<string, string> = {};
  for (const [name, key] of Object.entries(error.fields)) {
    if (!(SERVICE_KEYS as readonly string[]).includes(key)) throw error;
    errors[fieldId(name)] = t.staff.admin[key as (typeof SERVICE_KEYS)[number]];
  }
  return errors;
}

/** The invitation form's fields where the schema's (and the service's) names differ. */
const INVITATION_FIELDS: FieldIds = { displayName: 'name', organisationId: 'organisation' };

const USER_NOTICES = ['uitgeschakeld', 'ingeschakeld', 'rol'] as const;
const INVITATION_NOTICES = ['uitgenodigd', 'ingetrokken'] as const;
const ORGANISATION_NOTICES = ['toegevoegd'] as const;

const idParams = z.object({ id: z.string().max(100) });
const usersQuery = z.object({ zoek: z.string().max(200).default(''), pagina: pageParam });
const userQuery = z.object({ melding: z.enum(USER_NOTICES).optional() });
const invitationsQuery = z.object({
  melding: z.enum(INVITATION_NOTICES).optional(),
  uitnodiging: z.string().max(100).optional(),
  pagina: pageParam,
});
const organisationsQuery = z.object({
  melding: z.enum(ORGANISATION_NOTICES).optional(),
  organisatie: z.string().max(100).optional(),
});

export const adminPages: FastifyPluginAsyncZod<AdminPagesOptions> = async (app, options) => {
  const { web, locale } = options;
  const path = (p: string) => localePath(locale, p);
  const t = messages(locale);
  const a = t.staff.admin;
  const send = (reply: FastifyReply, page: JSX.Element, status = 200) => sendHtml(reply, toHtml(page), status);
  const manage = { config: { policy: 'users:manage' } } as const;

  // Overview.
  app.get('/beheer', manage, async (request, reply) => {
    const p = staffPage(web, request, reply);
    const actor = request.actor!;
    const all = can(actor, 'organisations:manage');
    const links = [
      { href: path('/beheer/gebruikers'), text: a.users, hint: a.usersLinkHint },
      { href: path('/beheer/uitnodigingen'), text: a.invitations, hint: a.invitationsLinkHint },
      { href: path('/beheer/api-koppelingen'), text: t.circleApi.title, hint: t.circleApi.linkHint },
      ...(all ? [{ href: path('/beheer/organisaties'), text: a.organisations, hint: a.organisationsLinkHint }] : []),
    ];
    return send(
      reply,
      <AdminHomePage p={p} intro={all ? a.introAll : a.intro(actor.organisationName)} links={links} />,
    );
  });

  // Users: search and list.
  app.get('/beheer/gebruikers', { ...manage, schema: { querystring: usersQuery } }, async (request, reply) => {
    const errors = formErrors(request, 'query');
    const found = hasErrors(errors)
      ? undefined
      : await searchUsers(request.context(), request.query.zoek, request.query.pagina);
    const p = staffPage(web, request, reply);
    return send(
      reply,
      <UsersPage p={p} search={request.query.zoek} found={found} errors={errors} />,
      hasErrors(errors) ? 400 : 200,
    );
  });

  // One user.
  async function userPage(
    request: FastifyRequest,
    reply: FastifyReply,
    id: string,
    errors: FormErrors,
    chosen?: { membership: string; role: string },
    notice?: string,
  ) {
    const user = await getUser(request.context(), idOrNotFound(id));
    const p = staffPage(web, request, reply);
    return send(
      reply,
      <UserPage
        p={p}
        user={user}
        self={user.id === request.actor!.userId}
        errors={errors}
        chosen={chosen}
        notice={notice}
      />,
      hasErrors(errors) ? 400 : 200,
    );
  }

  const userNotice: Record<(typeof USER_NOTICES)[number], string> = {
    uitgeschakeld: a.disabledDone,
    ingeschakeld: a.enabledDone,
    rol: a.roleChanged,
  };

  app.get(
    '/beheer/gebruikers/:id',
    { ...manage, schema: { params: idParams, querystring: userQuery } },
    (request, reply) =>
      userPage(
        request,
        reply,
        request.params.id,
        {},
        undefined,
        request.query.melding && userNotice[request.query.melding],
      ),
  );

  for (const [action, disabled] of [
    ['uitschakelen', true],
    ['inschakelen', false],
  ] as const) {
    app.post(
      `/beheer/gebruikers/:id/${action}`,
      { ...manage, schema: { params: idParams, body: formBody({}) } },
      async (request, reply) => {
        const id = idOrNotFound(request.params.id);
        await setUserDisabled(request.context(), id, disabled);
        const notice = disabled ? 'uitgeschakeld' : 'ingeschakeld';
        return reply.redirect(`${path(`/beheer/gebruikers/${id}`)}?melding=${notice}`, 303);
      },
    );
  }

  app.post(
    '/beheer/gebruikers/:id/rol',
    { ...manage, schema: { params: idParams, body: formBody({ membership: field(100), role: field(50) }) } },
    async (request, reply) => {
      const id = idOrNotFound(request.params.id);
      const membership = idOrNotFound(request.body.membership, 'membership');
      const { role } = request.body;
      const fieldId = `role-${membership}`;
      const input = roleChangeInput.safeParse({ role });
      if (!input.success) {
        return userPage(request, reply, id, fieldErrors(input.error, locale, { role: fieldId }), { membership, role });
      }
      try {
        await changeRole(request.context(), membership, input.data.role);
      } catch (error) {
        return userPage(
          request,
          reply,
          id,
          serviceErrors(t, error, () => fieldId),
          { membership, role },
        );
      }
      return reply.redirect(`${path(`/beheer/gebruikers/${id}`)}?melding=rol`, 303);
    },
  );

  // Invitations: the list and the invite form.
  async function invitationsPage(
    request: FastifyRequest,
    reply: FastifyReply,
    values: InviteValues,
    errors: FormErrors,
    notice?: { key: (typeof INVITATION_NOTICES)[number]; id: string | undefined },
    requestedPage = 1,
  ) {
    const ctx = request.context();
    const { rows: invitations, page } = await invitationsFor(ctx, requestedPage);
    const organisations = await organisationsFor(ctx);
    let text: string | undefined;
    if (notice?.key === 'ingetrokken') text = a.revokedDone;
    if (notice?.key === 'uitgenodigd') {
      const sent = invitations.find((i) => i.id === notice.id);
      text = sent ? a.invited(sent.email) : a.invitedDone;
    }
    const p = staffPage(web, request, reply);
    return send(
      reply,
      <InvitationsPage
        p={p}
        invitations={invitations}
        page={page}
        organisations={organisations}
        now={ctx.now}
        values={values}
        errors={errors}
        notice={text}
      />,
      hasErrors(errors) ? 400 : 200,
    );
  }

  app.get('/beheer/uitnodigingen', { ...manage, schema: { querystring: invitationsQuery } }, (request, reply) => {
    const { melding, uitnodiging, pagina } = request.query;
    return invitationsPage(
      request,
      reply,
      { name: '', email: '', organisation: '', role: '' },
      {},
      melding && { key: melding, id: uitnodiging },
      pagina,
    );
  });

  app.post(
    '/beheer/uitnodigingen',
    {
      ...manage,
      schema: {
        body: formBody({ name: field(1000), email: field(1000), organisation: field(100), role: field(50) }),
      },
    },
    async (request, reply) => {
      const ctx = request.context();
      const values = request.body;
      const organisations = await organisationsFor(ctx);
      const errors = formErrors(request);
      const input = parsed(
        invitationInput.safeParse({
          displayName: values.name,
          email: values.email,
          // Only an organisation this administrator may invite into (the list the form offers).
          organisationId: organisations.some((o) => o.id === values.organisation) ? values.organisation : '',
          role: values.role,
        }),
        errors,
        locale,
        INVITATION_FIELDS,
      );
      if (hasErrors(errors) || !input) return invitationsPage(request, reply, values, errors);
      let id: string;
      try {
        id = await invite(ctx, input, options.mailer, (organisationName, token) => ({
          subject: t.staff.invitation.mailSubject,
          text: t.staff.invitation.mailText(
            organisationName,
            `${options.publicUrl}${path('/uitnodiging')}?code=${token}`,
          ),
        }));
      } catch (error) {
        return invitationsPage(request, reply, values, serviceErrors(t, error));
      }
      return reply.redirect(`${path('/beheer/uitnodigingen')}?melding=uitgenodigd&uitnodiging=${id}`, 303);
    },
  );

  app.post(
    '/beheer/uitnodigingen/:id/intrekken',
    { ...manage, schema: { params: idParams, body: formBody({}) } },
    async (request, reply) => {
      await withdrawInvitation(request.context(), idOrNotFound(request.params.id));
      return reply.redirect(`${path('/beheer/uitnodigingen')}?melding=ingetrokken`, 303);
    },
  );

  // Organisations (the municipality's administrator).
  const organisationsRoute = { config: { policy: 'organisations:manage' } } as const;

  async function organisationsPage(
    request: FastifyRequest,
    reply: FastifyReply,
    values: OrganisationValues,
    errors: FormErrors,
    created?: string,
  ) {
    const organisations = await organisationsFor(request.context());
    let notice: string | undefined;
    if (created !== undefined) {
      const organisation = organisations.find((o) => o.id === created);
      notice = organisation ? a.organisationCreated(organisation.name) : a.organisationCreatedDone;
    }
    const p = staffPage(web, request, reply);
    return send(
      reply,
      <OrganisationsPage p={p} organisations={organisations} values={values} errors={errors} notice={notice} />,
      hasErrors(errors) ? 400 : 200,
    );
  }

  app.get(
    '/beheer/organisaties',
    { ...organisationsRoute, schema: { querystring: organisationsQuery } },
    (request, reply) =>
      organisationsPage(
        request,
        reply,
        { name: '', type: '' },
        {},
        request.query.melding ? (request.query.organisatie ?? '') : undefined,
      ),
  );

  app.post(
    '/beheer/organisaties',
    { ...organisationsRoute, schema: { body: formBody({ name: field(1000), type: field(50) }) } },
    async (request, reply) => {
      const values = request.body;
      const errors = formErrors(request);
      const input = parsed(organisationInput.safeParse(values), errors, locale);
      if (hasErrors(errors) || !input) return organisationsPage(request, reply, values, errors);
      let id: string;
      try {
        id = await createOrganisation(request.context(), input);
      } catch (error) {
        return organisationsPage(request, reply, values, serviceErrors(t, error));
      }
      return reply.redirect(`${path('/beheer/organisaties')}?melding=toegevoegd&organisatie=${id}`, 303);
    },
  );
};
