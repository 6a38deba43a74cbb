// SPDX-License-Identifier: EUPL-1.2
/**
 * The editors' pages of the network's meetings (issue 15, ADR 0038): the list of every meeting, the
 * form to plan or change one (errors next to the fields and in the error summary, everything typed
 * kept), and a meeting's page with its registrations (personal data, editors only), the attendance
 * list's download and the agreements.
 */
import { Button, Checkboxes, DateInput, Select, Table, Textarea, TextInput } from '#src/web/components/index.ts';
import { formatDate } from '#src/web/format.ts';
import { localePath } from '#src/web/i18n/locale.ts';
import { Layout } from '#src/web/layout/layout.tsx';
import {
  Form,
  FormErrorSummary,
  type FormErrors,
  fieldError,
  hasErrors,
  Notice,
  type StaffPageContext,
} from '#src/web/staff.tsx';
import type { ActionRow, MeetingRow, RegistrationRow } from '../meeting.repository.ts';
import { MAX_CAPACITY, MEETING_LIMITS, type MeetingForm } from '../meeting-input.ts';
import { amsterdamDateTime } from '../meeting-rules.ts';
import { ActionsTable, whenText } from './public.tsx';

/** An empty form (a new meeting is not public until the editor ticks it). */
export const EMPTY_MEETING: MeetingForm = {
  title: '',
  'date-day': '',
  'date-month': '',
  'date-year': '',
  startTime: '',
  endTime: '',
  placeName: '',
  placeAddress: '',
  agenda: '',
  capacity: '',
  published: '',
  announcementArticleId: '',
  retrospectiveArticleId: '',
};

/** A stored meeting as the form shows it. */
export function meetingForm(m: MeetingRow): MeetingForm {
  const start = amsterdamDateTime(m.startsAt);
  const [year, month, day] = start.date.split('-') as [string, string, string];
  return {
    title: m.title,
    'date-day': String(Number(day)),
    'date-month': String(Number(month)),
    'date-year': year,
    startTime: start.time,
    endTime: amsterdamDateTime(m.endsAt).time,
    placeName: m.placeName,
    placeAddress: m.placeAddress,
    agenda: m.agenda.join('\n'),
    capacity: String(m.capacity),
    published: m.published ? 'ja' : '',
    announcementArticleId: m.announcementArticleId ?? '',
    retrospectiveArticleId: m.retrospectiveArticleId ?? '',
  };
}

/** The editors' list of every meeting. */
export function EditorListPage({
  p,
  meetings,
  notice,
}: {
  p: StaffPageContext;
  meetings: readonly MeetingRow[];
  notice: string | undefined;
}): JSX.Element {
  const e = p.t.meetings.editor;
  const path = (s: string) => localePath(p.locale, s);
  return (
    <Layout ctx={p.ctx} title={e.title} staff={p.staff} nav={p.nav}>
      <Notice text={notice} />
      <h1 class="utrecht-heading-1" safe>
        {e.title}
      </h1>
      <p class="utrecht-paragraph" safe>
        {e.lead}
      </p>
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href={path('/bijeenkomsten')} safe>
          {e.publicLink}
        </a>
      </p>
      <Button text={e.add} href={path('/netwerk/bijeenkomsten/nieuw')} />
      {meetings.length === 0 ? (
        <p class="utrecht-paragraph" safe>
          {e.none}
        </p>
      ) : (
        <Table
          caption={e.title}
          captionHidden
          headers={[e.name, e.when, e.visibility, e.registered]}
          rows={meetings.map((m) => [
            {
              html: (
                <a class="utrecht-link" href={path(`/netwerk/bijeenkomsten/${m.id}`)} safe>
                  {m.title}
                </a>
              ),
            },
            whenText(p.ctx, m),
            m.published ? e.visible : e.hidden,
            e.counts(m.confirmed, m.capacity, m.waiting),
          ])}
        />
      )}
    </Layout>
  );
}

/** The form to plan a meeting (no id) or change one. */
export function MeetingFormPage({
  p,
  id,
  title,
  values,
  errors,
  articles,
}: {
  p: StaffPageContext;
  id: string | undefined;
  title: string;
  values: MeetingForm;
  errors: FormErrors;
  /** The published news articles to link to, newest first. */
  articles: readonly { readonly id: string; readonly title: string; readonly publishedOn: string }[];
}): JSX.Element {
  const e = p.t.meetings.editor;
  const f = e.fields;
  // The published articles; an id linked before but no longer published stays choosable, named by its id.
  const articleItems = (current: string) => [
    { value: '', text: f.articleNone },
    ...articles.map((a) => ({ value: a.id, text: `${a.title} (${a.publishedOn})` })),
    ...(current && !articles.some((a) => a.id === current) ? [{ value: current, text: f.articleGone(current) }] : []),
  ];
  const path = (s: string) => localePath(p.locale, s);
  const err = (name: string) => fieldError(p.t, errors, name);
  const c = p.t.components;
  const optional = p.t.common.optional;
  return (
    <Layout ctx={p.ctx} title={title} hasErrors={hasErrors(errors)} staff={p.staff} nav={p.nav}>
      <FormErrorSummary t={p.t} errors={errors} />
      <h1 class="utrecht-heading-1" safe>
        {title}
      </h1>
      <Form p={p} action={path(id ? `/netwerk/bijeenkomsten/${id}/wijzigen` : '/netwerk/bijeenkomsten/nieuw')}>
        <TextInput
          id="title"
          name="title"
          label={{ text: f.title }}
          value={values.title}
          maxlength={MEETING_LIMITS.title}
          errorMessage={err('title')}
        />
        <DateInput
          id="date"
          namePrefix="date"
          fieldset={{ legend: { text: f.date } }}
          hint={{ text: f.dateHint }}
          labels={{ day: c.dateDay, month: c.dateMonth, year: c.dateYear }}
          values={{ day: values['date-day'], month: values['date-month'], year: values['date-year'] }}
          errorMessage={err('date')}
        />
        <TextInput
          id="startTime"
          name="startTime"
          label={{ text: f.startTime }}
          hint={{ text: f.timeHint }}
          value={values.startTime}
          maxlength={5}
          errorMessage={err('startTime')}
        />
        <TextInput
          id="endTime"
          name="endTime"
          label={{ text: f.endTime }}
          hint={{ text: f.timeHint }}
          value={values.endTime}
          maxlength={5}
          errorMessage={err('endTime')}
        />
        <TextInput
          id="placeName"
          name="placeName"
          label={{ text: f.placeName }}
          value={values.placeName}
          maxlength={MEETING_LIMITS.place}
          errorMessage={err('placeName')}
        />
        <TextInput
          id="placeAddress"
          name="placeAddress"
          label={{ text: f.placeAddress }}
          value={values.placeAddress}
          maxlength={MEETING_LIMITS.address}
          errorMessage={err('placeAddress')}
        />
        <Textarea
          id="agenda"
          name="agenda"
          label={{ text: f.agenda }}
          hint={{ text: f.agendaHint }}
          optionalText={optional}
          value={values.agenda}
          rows={6}
          errorMessage={err('agenda')}
        />
        <TextInput
          id="capacity"
          name="capacity"
          inputmode="numeric"
          label={{ text: f.capacity }}
          value={values.capacity}
          maxlength={String(MAX_CAPACITY).length}
          errorMessage={err('capacity')}
        />
        <Checkboxes
          idPrefix="published"
          name="published"
          fieldset={{ legend: { text: f.published } }}
          items={[{ value: 'ja', text: f.publishedItem }]}
          values={values.published === 'ja' ? ['ja'] : []}
        />
        <Select
          id="announcementArticleId"
          name="announcementArticleId"
          label={{ text: f.announcementArticleId }}
          hint={{ text: f.articleHint }}
          items={articleItems(values.announcementArticleId)}
          value={values.announcementArticleId}
          errorMessage={err('announcementArticleId')}
        />
        <Select
          id="retrospectiveArticleId"
          name="retrospectiveArticleId"
          label={{ text: f.retrospectiveArticleId }}
          hint={{ text: f.retrospectiveHint }}
          items={articleItems(values.retrospectiveArticleId)}
          value={values.retrospectiveArticleId}
          errorMessage={err('retrospectiveArticleId')}
        />
        <div class="kring-button-group">
          <Button text={e.save} preventDoubleClick />
          <a class="utrecht-link" href={path(id ? `/netwerk/bijeenkomsten/${id}` : '/netwerk/bijeenkomsten')} safe>
            {e.cancel}
          </a>
        </div>
      </Form>
    </Layout>
  );
}

/** The agreement form as typed. */
export interface ActionValues {
  readonly description: string;
  readonly owner: string;
  readonly 'due-day': string;
  readonly 'due-month': string;
  readonly 'due-year': string;
}

export const EMPTY_ACTION: ActionValues = {
  description: '',
  owner: '',
  'due-day': '',
  'due-month': '',
  'due-year': '',
};

/** A meeting for its editors: the registrations, the download, the agreements and their form. */
export function EditorMeetingPage({
  p,
  meeting,
  registrations,
  actions,
  earlierActions,
  notice,
  values,
  errors,
}: {
  p: StaffPageContext;
  meeting: MeetingRow;
  registrations: readonly RegistrationRow[];
  actions: readonly ActionRow[];
  earlierActions: readonly (ActionRow & { meetingTitle: string })[];
  notice: string | undefined;
  values: ActionValues;
  errors: FormErrors;
}): JSX.Element {
  const e = p.t.meetings.editor;
  const m = p.t.meetings;
  const path = (s: string) => localePath(p.locale, s);
  const base = `/netwerk/bijeenkomsten/${meeting.id}`;
  const err = (name: string) => fieldError(p.t, errors, name);
  const c = p.t.components;
  return (
    <Layout ctx={p.ctx} title={meeting.title} hasErrors={hasErrors(errors)} staff={p.staff} nav={p.nav}>
      <Notice text={notice} />
      <FormErrorSummary t={p.t} errors={errors} />
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href={path('/netwerk/bijeenkomsten')} safe>
          {e.title}
        </a>
      </p>
      <h1 class="utrecht-heading-1" safe>
        {meeting.title}
      </h1>
      <p class="utrecht-paragraph" safe>
        {`${whenText(p.ctx, meeting)}, ${meeting.placeName}, ${meeting.placeAddress}`}
      </p>
      <p class="utrecht-paragraph" safe>
        {`${meeting.published ? e.visible : e.hidden}. ${e.registered}: ${e.counts(meeting.confirmed, meeting.capacity, meeting.waiting)}`}
      </p>
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href={path(`${base}/wijzigen`)} safe>
          {e.edit}
        </a>
      </p>
      <h2 class="utrecht-heading-2" safe>
        {e.registrationsTitle}
      </h2>
      {registrations.length === 0 ? (
        <p class="utrecht-paragraph" safe>
          {e.registrationsNone}
        </p>
      ) : (
        <>
          <p class="utrecht-paragraph">
            <a class="utrecht-link" href={path(`${base}/aanwezigen.csv`)} download="" safe>
              {e.csv}
            </a>
          </p>
          <Table
            caption={e.registrationsTitle}
            captionHidden
            headers={[...m.csv.headings]}
            rows={registrations.map((r) => [r.name, r.organisation, r.email, m.roles[r.role], m.statuses[r.status]])}
          />
        </>
      )}
      <h2 class="utrecht-heading-2" safe>
        {e.actionsTitle}
      </h2>
      {actions.length === 0 ? (
        <p class="utrecht-paragraph" safe>
          {e.actionsNone}
        </p>
      ) : (
        <ul class="utrecht-unordered-list kring-list">
          {actions.map((a) => (
            <li>
              {/* The due date in the house format, as on the public page (not the stored ISO date). */}
              <span
                safe
              >{`${a.description} (${a.owner}${a.dueOn ? `, ${formatDate(p.locale, a.dueOn)}` : ''}): ${a.done ? e.done : e.open}`}</span>
              <Form p={p} action={path(`${base}/acties/${a.id}`)}>
                <Button
                  text={a.done ? e.markOpen : e.markDone}
                  name="done"
                  value={a.done ? 'nee' : 'ja'}
                  appearance="secondary"
                />
              </Form>
            </li>
          ))}
        </ul>
      )}
      {earlierActions.length === 0 ? (
        ''
      ) : (
        <ActionsTable ctx={p.ctx} caption={m.public.earlierActions} actions={earlierActions} />
      )}
      <h3 class="utrecht-heading-3" safe>
        {e.addAction}
      </h3>
      <Form p={p} action={path(`${base}/acties`)}>
        <Textarea
          id="description"
          name="description"
          label={{ text: e.actionFields.description }}
          value={values.description}
          rows={3}
          maxlength={1000}
          errorMessage={err('description')}
        />
        <TextInput
          id="owner"
          name="owner"
          label={{ text: e.actionFields.owner }}
          value={values.owner}
          maxlength={200}
          errorMessage={err('owner')}
        />
        <DateInput
          id="due"
          namePrefix="due"
          fieldset={{ legend: { text: e.actionFields.due } }}
          labels={{ day: c.dateDay, month: c.dateMonth, year: c.dateYear }}
          values={{ day: values['due-day'], month: values['due-month'], year: values['due-year'] }}
          errorMessage={err('due')}
        />
        <Button text={e.addAction} preventDoubleClick />
      </Form>
    </Layout>
  );
}
