// SPDX-License-Identifier: EUPL-1.2
/**
 * The public pages of the network's meetings (issue 15, ADR 0038): the list (coming, then earlier),
 * a meeting with its programme, places, calendar file, registration form and agreements (its own and
 * the open ones of earlier meetings), the page after registering, and the cancel pages.
 */
import { Button, Radios, Table, TextInput } from '#src/web/components/index.ts';
import { formatDate } from '#src/web/format.ts';
import { localePath } from '#src/web/i18n/locale.ts';
import { Layout, type NavItem, type PageContext } from '#src/web/layout/layout.tsx';
import { Form, FormErrorSummary, type FormErrors, fieldError, hasErrors } from '#src/web/staff.tsx';
import type { ActionRow, MeetingRow } from '../meeting.repository.ts';
import { REGISTRATION_ROLES } from '../meeting.table.ts';
import { meetingDay } from '../meeting-notifier.ts';
import { amsterdamDateTime, placesLeft } from '../meeting-rules.ts';
import type { ArticleLink } from '../registration.service.ts';

/** What every public page needs. */
export interface PublicProps {
  readonly ctx: PageContext;
  readonly nav: readonly NavItem[];
  readonly csrf: string;
}

/** The registration form as typed. */
export interface RegistrationValues {
  readonly name: string;
  readonly organisation: string;
  readonly email: string;
  readonly role: string;
}

export const EMPTY_REGISTRATION: RegistrationValues = { name: '', organisation: '', email: '', role: '' };

/** When a meeting is, in words, in Amsterdam. */
export function whenText(ctx: PageContext, m: Pick<MeetingRow, 'startsAt' | 'endsAt'>): string {
  return ctx.t.meetings.mail.when(
    meetingDay(m.startsAt, ctx.locale),
    amsterdamDateTime(m.startsAt).time,
    amsterdamDateTime(m.endsAt).time,
  );
}

function MeetingList({ ctx, meetings }: { ctx: PageContext; meetings: readonly MeetingRow[] }): JSX.Element {
  const path = (s: string) => localePath(ctx.locale, s);
  return (
    <ul class="utrecht-unordered-list kring-list">
      {meetings.map((m) => (
        <li>
          <a class="utrecht-link" href={path(`/bijeenkomsten/${m.id}`)} safe>
            {m.title}
          </a>
          <br />
          <span safe>{`${whenText(ctx, m)}, ${m.placeName}`}</span>
        </li>
      ))}
    </ul>
  );
}

/** The public list of meetings. */
export function MeetingsPage({
  p,
  upcoming,
  past,
}: {
  p: PublicProps;
  upcoming: readonly MeetingRow[];
  past: readonly MeetingRow[];
}): JSX.Element {
  const d = p.ctx.t.meetings.public;
  return (
    <Layout ctx={p.ctx} title={d.title} description={d.description} publicPage nav={p.nav}>
      <h1 class="utrecht-heading-1" safe>
        {d.title}
      </h1>
      <p class="utrecht-paragraph utrecht-paragraph--lead kring-lead" safe>
        {d.lead}
      </p>
      <h2 class="utrecht-heading-2" safe>
        {d.upcoming}
      </h2>
      {upcoming.length === 0 ? (
        <p class="utrecht-paragraph" safe>
          {d.none}
        </p>
      ) : (
        <MeetingList ctx={p.ctx} meetings={upcoming} />
      )}
      {past.length === 0 ? (
        ''
      ) : (
        <>
          <h2 class="utrecht-heading-2" safe>
            {d.past}
          </h2>
          <MeetingList ctx={p.ctx} meetings={past} />
        </>
      )}
    </Layout>
  );
}

/** A table of agreements; with `from`, the meeting each comes from. */
export function ActionsTable({
  ctx,
  caption,
  actions,
}: {
  ctx: PageContext;
  caption: string;
  actions: readonly (ActionRow & { meetingTitle?: string })[];
}): JSX.Element {
  const d = ctx.t.meetings.public;
  const withFrom = actions.some((a) => a.meetingTitle !== undefined);
  return (
    <Table
      caption={caption}
      headers={[d.actionWhat, d.actionOwner, d.actionDue, ...(withFrom ? [d.actionFrom] : [])]}
      rows={actions.map((a) => [
        a.description,
        a.owner,
        // The house's date without the weekday: a narrow column on a phone.
        a.dueOn ? formatDate(ctx.locale, a.dueOn) : d.noDue,
        ...(withFrom ? [a.meetingTitle ?? ''] : []),
      ])}
    />
  );
}

/** A published meeting, with the registration form while it has not ended. */
export function MeetingPage({
  p,
  meeting,
  actions,
  earlierActions,
  open,
  values,
  errors,
  announcement,
  retrospective,
}: {
  p: PublicProps;
  announcement: ArticleLink | undefined;
  retrospective: ArticleLink | undefined;
  meeting: MeetingRow;
  actions: readonly ActionRow[];
  earlierActions: readonly (ActionRow & { meetingTitle: string })[];
  open: boolean;
  values: RegistrationValues;
  errors: FormErrors;
}): JSX.Element {
  const { t, locale } = p.ctx;
  const d = t.meetings.public;
  const path = (s: string) => localePath(locale, s);
  const err = (name: string) => fieldError(t, errors, name);
  return (
    <Layout ctx={p.ctx} title={meeting.title} hasErrors={hasErrors(errors)} publicPage nav={p.nav}>
      <FormErrorSummary t={t} errors={errors} />
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href={path('/bijeenkomsten')} safe>
          {d.backToList}
        </a>
      </p>
      <h1 class="utrecht-heading-1" safe>
        {meeting.title}
      </h1>
      <dl class="kring-summary-list">
        <dt safe>{d.when}</dt>
        <dd safe>{whenText(p.ctx, meeting)}</dd>
        <dt safe>{d.where}</dt>
        <dd safe>{`${meeting.placeName}, ${meeting.placeAddress}`}</dd>
      </dl>
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href={path(`/bijeenkomsten/${meeting.id}/agenda.ics`)} download="" safe>
          {d.calendar}
        </a>
      </p>
      {meeting.agenda.length === 0 ? (
        ''
      ) : (
        <>
          <h2 class="utrecht-heading-2" safe>
            {d.agenda}
          </h2>
          <ol class="utrecht-ordered-list">
            {meeting.agenda.map((item) => (
              <li safe>{item}</li>
            ))}
          </ol>
        </>
      )}
      {[
        [d.announcement, announcement],
        [d.retrospective, retrospective],
      ].map(([label, article]) =>
        article && typeof article === 'object' ? (
          <p class="utrecht-paragraph">
            <span safe>{`${label as string}: `}</span>
            <a class="utrecht-link" href={localePath(locale, article.path)} safe>
              {article.title}
            </a>
          </p>
        ) : (
          ''
        ),
      )}
      {actions.length === 0 ? '' : <ActionsTable ctx={p.ctx} caption={d.actions} actions={actions} />}
      {earlierActions.length === 0 ? (
        ''
      ) : (
        <ActionsTable ctx={p.ctx} caption={d.earlierActions} actions={earlierActions} />
      )}
      <h2 class="utrecht-heading-2" id="aanmelden" safe>
        {d.registerTitle}
      </h2>
      {open ? (
        <>
          <p class="utrecht-paragraph" role="status" safe>
            {d.places(placesLeft(meeting.capacity, meeting.confirmed), meeting.capacity)}
          </p>
          <p class="utrecht-paragraph" safe>
            {d.registerHint}
          </p>
          <Form p={p} action={path(`/bijeenkomsten/${meeting.id}`)}>
            <TextInput
              id="name"
              name="name"
              autocomplete="name"
              label={{ text: d.fields.name }}
              value={values.name}
              maxlength={200}
              errorMessage={err('name')}
            />
            <TextInput
              id="organisation"
              name="organisation"
              autocomplete="organization"
              label={{ text: d.fields.organisation }}
              optionalText={t.common.optional}
              value={values.organisation}
              maxlength={200}
              errorMessage={err('organisation')}
            />
            <TextInput
              id="email"
              name="email"
              type="email"
              autocomplete="email"
              spellcheck={false}
              label={{ text: d.fields.email }}
              hint={{ text: d.fields.emailHint }}
              value={values.email}
              maxlength={254}
              errorMessage={err('email')}
            />
            <Radios
              idPrefix="role"
              name="role"
              fieldset={{ legend: { text: d.fields.role } }}
              items={REGISTRATION_ROLES.map((r) => ({ value: r, text: t.meetings.roles[r] }))}
              value={values.role}
              errorMessage={err('role')}
            />
            <Button text={d.submit} preventDoubleClick />
          </Form>
        </>
      ) : (
        <p class="utrecht-paragraph" safe>
          {d.registerClosed}
        </p>
      )}
    </Layout>
  );
}

/** A page with a heading, a text and, optionally, a form with one button. */
export function MessagePage({
  p,
  title,
  text,
  form,
}: {
  p: PublicProps;
  title: string;
  text: string;
  form?: { readonly action: string; readonly button: string; readonly code: string } | undefined;
}): JSX.Element {
  const d = p.ctx.t.meetings.public;
  return (
    <Layout ctx={p.ctx} title={title} publicPage nav={p.nav}>
      <h1 class="utrecht-heading-1" safe>
        {title}
      </h1>
      <p class="utrecht-paragraph" safe>
        {text}
      </p>
      {form ? (
        <Form p={p} action={form.action}>
          <input type="hidden" name="code" value={form.code} />
          <Button text={form.button} preventDoubleClick />
        </Form>
      ) : (
        ''
      )}
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href={localePath(p.ctx.locale, '/bijeenkomsten')} safe>
          {d.backToList}
        </a>
      </p>
    </Layout>
  );
}
