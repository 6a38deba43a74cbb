// SPDX-License-Identifier: EUPL-1.2
/** The list of concerns, opening a concern, and the concern page itself. */
import { AGE_GROUPS } from '#src/modules/concerns/workflow.ts';
import { BodyMap } from '#src/web/components/body-map/body-map.tsx';
import { Button, DateInput, Radios, Table, TextInput } from '#src/web/components/index.ts';
import type { DateParts } from '#src/web/form-values.ts';
import { formatDate } from '#src/web/format.ts';
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
import { ageOf } from '../age.ts';
import { checkDateState, withCheckDates } from '../check-date.ts';
import type { ConcernView } from '../concern.service.ts';
import type { ConcernListRow } from '../list.repository.ts';
import { type SubjectTexts, subjectTexts } from '../subject-texts.ts';
import type { Action } from '../workflow.ts';
import { HonourQuestionForm, HonourRiskRadios, HonourWarning } from './honour.tsx';
import { concernPath, EntryItem, injuryMarks, StepTracker } from './parts.tsx';

/** My concerns (all of the organisation's for an aandachtsfunctionaris). */
export function ConcernListPage({
  p,
  rows,
  lead,
  today,
  volunteer = false,
}: {
  p: StaffPageContext;
  rows: readonly ConcernListRow[];
  lead: boolean;
  /** A volunteer reads plain words for where each concern is. */
  volunteer?: boolean;
  /** Today in Amsterdam (`YYYY-MM-DD`). */
  today: string;
}): JSX.Element {
  const c = p.t.concerns;
  const title = lead ? c.list.titleLead : c.list.title;
  return (
    <Layout ctx={p.ctx} title={title} staff={p.staff} nav={p.nav}>
      <h1 class="utrecht-heading-1" safe>
        {title}
      </h1>
      <p class="utrecht-paragraph" safe>
        {lead ? c.list.introLead : c.list.intro}
      </p>
      <Button text={c.list.open} href={localePath(p.locale, '/zorgen/nieuw')} />
      {lead ? (
        <p class="utrecht-paragraph">
          <a class="utrecht-link" href={localePath(p.locale, '/zorgen/overzicht')} safe>
            {c.list.dashboard}
          </a>
        </p>
      ) : (
        ''
      )}
      {rows.length === 0 ? (
        <p class="utrecht-paragraph" safe>
          {c.list.none}
        </p>
      ) : (
        <ConcernTable p={p} rows={rows} caption={title} today={today} plain={volunteer} />
      )}
    </Layout>
  );
}

/** A table of concerns with a link to each. */
export function ConcernTable({
  p,
  rows,
  caption,
  today,
  plain = false,
}: {
  p: StaffPageContext;
  rows: readonly ConcernListRow[];
  caption: string;
  /** Today in Amsterdam (`YYYY-MM-DD`): check dates say whether they are reached. */
  today: string;
  /** Plain words for where a concern is (a volunteer's list), instead of the meldcode's steps. */
  plain?: boolean;
}): JSX.Element {
  const c = p.t.concerns;
  return (
    <Table
      caption={caption}
      captionHidden
      headers={[c.list.person, c.list.status, c.list.checkDate, c.list.author, c.list.updated]}
      rows={rows.map((r) => [
        {
          html: (
            <a class="utrecht-link" href={concernPath(p.locale, r.id)} safe>
              {r.personName}
            </a>
          ) as string,
        },
        plain ? c.volunteer.statusShort[r.status] : c.statuses[r.status],
        r.status === 'helping' && r.checkDate ? checkDateText(p, r.checkDate, today) : '',
        r.authorName,
        formatDate(p.locale, r.updatedAt),
      ])}
    />
  );
}

/** A check date in words: the date, and whether it is today or past (never colour alone). */
export function checkDateText(p: StaffPageContext, checkDate: string, today: string): string {
  return p.t.concerns.checkDates.state[checkDateState(checkDate, today)](formatDate(p.locale, checkDate));
}

/**
 * The agreed checks of the help (afwegingskader question 5), the soonest first, each with where it
 * stands; on Mijn Kring and the aandachtsfunctionaris' dashboard.
 */
export function CheckDateList({
  p,
  rows,
  today,
}: {
  p: StaffPageContext;
  rows: readonly ConcernListRow[];
  today: string;
}): JSX.Element {
  const d = p.t.concerns.checkDates;
  const checks = withCheckDates(rows);
  return (
    <section aria-labelledby="check-dates-title" data-testid="check-dates">
      <h2 class="utrecht-heading-2" id="check-dates-title" safe>
        {d.homeTitle}
      </h2>
      <p class="utrecht-paragraph" safe>
        {checks.length === 0 ? d.homeNone : d.homeIntro}
      </p>
      {checks.length === 0 ? (
        ''
      ) : (
        <Table
          caption={d.homeTitle}
          captionHidden
          headers={[d.person, d.date]}
          rows={checks.map((r) => [
            {
              html: (
                <a class="utrecht-link" href={concernPath(p.locale, r.id)} safe>
                  {r.personName}
                </a>
              ) as string,
            },
            checkDateText(p, r.checkDate, today),
          ])}
        />
      )}
    </section>
  );
}

/** What the open form keeps after an error. */
export interface OpenValues {
  readonly fullName: string;
  readonly dateOfBirth: DateParts;
  readonly ageGroup: string;
  readonly honourRisk: string;
}

/** Opening a concern: who it is about. */
export function OpenConcernPage({
  p,
  values,
  errors,
  volunteer,
}: {
  p: StaffPageContext;
  values: OpenValues;
  errors: FormErrors;
  volunteer: boolean;
}): JSX.Element {
  const o = p.t.concerns.open;
  return (
    <Layout ctx={p.ctx} title={o.title} hasErrors={hasErrors(errors)} staff={p.staff} nav={p.nav}>
      <p class="utrecht-paragraph">
        <a class="utrecht-link kring-back-link" href={localePath(p.locale, '/zorgen')} safe>
          {p.t.concerns.backToList}
        </a>
      </p>
      <FormErrorSummary t={p.t} errors={errors} />
      <h1 class="utrecht-heading-1" safe>
        {o.title}
      </h1>
      <p class="utrecht-paragraph" safe>
        {o.intro}
      </p>
      {volunteer ? (
        <p class="utrecht-paragraph kring-callout" safe>
          {o.volunteerNote}
        </p>
      ) : (
        ''
      )}
      <p class="utrecht-paragraph kring-callout kring-callout--warning" safe>
        {p.t.concerns.urgent}
      </p>
      <form method="post" action={localePath(p.locale, '/zorgen/nieuw')} novalidate class="kring-form">
        <CsrfField token={p.csrf} />
        <TextInput
          id="fullName"
          name="fullName"
          autocomplete="off"
          maxlength={200}
          label={{ text: o.fullName }}
          hint={{ text: o.fullNameHint }}
          value={values.fullName}
          errorMessage={fieldError(p.t, errors, 'fullName')}
        />
        <DateInput
          id="dateOfBirth"
          namePrefix="dateOfBirth"
          fieldset={{ legend: { text: `${o.dateOfBirth} ${p.t.common.optional}` } }}
          hint={{ text: o.dateOfBirthHint }}
          labels={{ day: p.t.components.dateDay, month: p.t.components.dateMonth, year: p.t.components.dateYear }}
          values={values.dateOfBirth}
          errorMessage={fieldError(p.t, errors, 'dateOfBirth')}
        />
        <Radios
          idPrefix="ageGroup"
          name="ageGroup"
          fieldset={{ legend: { text: o.ageGroup } }}
          items={AGE_GROUPS.map((g) => ({ value: g, text: p.t.concerns.ageGroups[g] }))}
          value={values.ageGroup}
          errorMessage={fieldError(p.t, errors, 'ageGroup')}
        />
        <HonourRiskRadios p={p} volunteer={volunteer} value={values.honourRisk} errors={errors} />
        <Button text={o.submit} preventDoubleClick />
      </form>
    </Layout>
  );
}

/** The links of the steps a person may take now, in the order of the meldcode. */
function nextLinks(
  p: StaffPageContext,
  view: ConcernView,
  texts: SubjectTexts,
): Array<{ href: string; text: string; primary: boolean }> {
  const c = p.t.concerns.concern;
  const id = view.concern.id;
  const path = (rest: string) => concernPath(p.locale, id, rest);
  const has = (a: Action) => view.actions.includes(a);
  const links: Array<{ href: string; text: string; primary: boolean }> = [];
  const status = view.concern.status;
  if (view.can.addEntry) {
    links.push({ href: path('/signaal'), text: c.addSignal, primary: status === 'signals' });
    links.push({ href: path('/letsel'), text: c.addInjury, primary: false });
    links.push({ href: path('/bijlage'), text: c.addAttachment, primary: false });
    const household = view.readerIsVolunteer ? p.t.concerns.volunteer.household : texts.householdLink;
    links.push({ href: path('/huishouden'), text: household, primary: false });
  }
  if (has('requestConsultation') || has('recordConsultation') || has('recordAdvice')) {
    const text = view.readerIsVolunteer ? p.t.concerns.volunteer.talkItOver : c.consultation;
    links.push({ href: path('/consultatie'), text, primary: status === 'consultation' });
  }
  if (has('recordConversation') || has('skipConversation')) {
    links.push({ href: path('/gesprek'), text: c.conversation, primary: status === 'conversation' });
  }
  if (has('weigh')) links.push({ href: path('/afweging'), text: c.weighing, primary: status === 'weighing' });
  const r = p.t.reports.concern;
  if (has('fileReport')) links.push({ href: path('/melden'), text: r.fileReport, primary: !view.reportFiled });
  if (has('decideReport')) links.push({ href: path('/besluit'), text: c.decision, primary: true });
  else if (has('decideHelp') && status === 'report')
    links.push({ href: path('/besluit'), text: r.continueOrClose, primary: false });
  else if (has('close')) links.push({ href: path('/besluit'), text: c.close, primary: false });
  if (has('requestAdvice')) links.push({ href: path('/advies-vragen'), text: r.askAdvice, primary: false });
  if (has('helpSucceeded')) links.push({ href: path('/besluit'), text: c.helpReview, primary: true });
  if (has('reopen')) links.push({ href: path('/besluit'), text: c.reopen, primary: false });
  if (view.can.manageMembers && view.can.addEntry)
    links.push({ href: path('/collegas'), text: c.members, primary: false });
  links.push({ href: path('/chronologie'), text: c.chronology, primary: false });
  return links;
}

/**
 * What a volunteer reads instead of the meldcode's steps: where the concern is, in plain words, and
 * who the contact person is and how to reach them (the organisation's aandachtsfunctionarissen).
 */
function VolunteerStatus({ p, view }: { p: StaffPageContext; view: ConcernView }): JSX.Element {
  const v = p.t.concerns.volunteer;
  return (
    <>
      <h2 class="utrecht-heading-2" safe>
        {v.statusTitle}
      </h2>
      <p class="utrecht-paragraph kring-status" data-testid="concern-status">
        <strong safe>{v.status[view.concern.status]}</strong>
      </p>
      <section class="kring-callout" aria-labelledby="contact-person" data-testid="contact-person">
        <h2 class="utrecht-heading-2 kring-callout__title" id="contact-person" safe>
          {v.contactTitle}
        </h2>
        {view.contacts.length === 0 ? (
          <p class="utrecht-paragraph" safe>
            {v.contactNone}
          </p>
        ) : (
          <>
            <p class="utrecht-paragraph" safe>
              {v.contactIntro(view.organisationName)}
            </p>
            <ul class="utrecht-unordered-list">
              {view.contacts.map((contact) => (
                <li class="utrecht-unordered-list__item">
                  <span safe>{`${contact.name}: `}</span>
                  <a class="utrecht-link" href={`mailto:${contact.email}`} aria-label={v.mailTo(contact.name)} safe>
                    {contact.email}
                  </a>
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
    </>
  );
}

/** The concern page: who, where in the meldcode, what can be done now, and everything recorded. */
export function ConcernPage({
  p,
  view,
  notice,
  values = {},
  errors = {},
}: {
  p: StaffPageContext;
  view: ConcernView;
  notice?: string | undefined;
  /** What was chosen in the honour-related violence question, and its error (400). */
  values?: Readonly<Record<string, string>>;
  errors?: FormErrors;
}): JSX.Element {
  const c = p.t.concerns;
  const { concern, entries } = view;
  const person = concern.person;
  const title = c.concern.titleFor(person.fullName);
  const age = ageOf({ dateOfBirth: person.dateOfBirth, ageYears: null }, new Date());
  const facts = [
    c.ageGroupsShort[person.ageGroup],
    person.dateOfBirth ? c.born(formatDate(p.locale, person.dateOfBirth)) : '',
    age === null ? '' : c.age(age),
  ].filter(Boolean);
  const waiting = view.consultations.filter((r) => !r.answeredAt);
  const marks = injuryMarks(p.t, view.injuries);
  const partial = entries.length < concern.entryCount;
  const texts = subjectTexts(p.t, p.locale, person.ageGroup, concern.sector);
  const links = nextLinks(p, view, texts);
  // The checks of step 1 that apply to this person (kindcheck, carer check): prompted until one is
  // recorded or the household is filled in.
  const recorded = { kindcheck: view.hasKindcheck, carerCheck: view.hasCarerCheck };
  const checksPending = view.household.length === 0 && !texts.choice.checks.some((check) => recorded[check]);
  return (
    <Layout ctx={p.ctx} title={title} hasErrors={hasErrors(errors)} staff={p.staff} nav={p.nav}>
      <p class="utrecht-paragraph">
        <a class="utrecht-link kring-back-link" href={localePath(p.locale, '/zorgen')} safe>
          {c.backToList}
        </a>
      </p>
      <FormErrorSummary t={p.t} errors={errors} />
      <Notice text={notice} />
      <h1 class="utrecht-heading-1" safe>
        {title}
      </h1>
      {view.readerIsVolunteer ? (
        <p class="utrecht-paragraph kring-callout kring-callout--warning" data-testid="urgent" safe>
          {c.urgent}
        </p>
      ) : (
        ''
      )}
      <HonourWarning p={p} view={view} />
      <p class="utrecht-paragraph kring-caption" safe>
        {facts.join(' · ')}
      </p>
      <p class="utrecht-paragraph" safe>
        {c.concern.openedBy(concern.authorName, formatDate(p.locale, concern.openedAt))}
      </p>
      {view.parent ? (
        <p class="utrecht-paragraph">
          <span safe>{`${c.concern.linkedFrom(view.parent.personName)} `}</span>
          <a class="utrecht-link" href={concernPath(p.locale, view.parent.id)} safe>
            {c.concern.linkedFromLink}
          </a>
        </p>
      ) : (
        ''
      )}
      {view.readerIsVolunteer ? (
        <VolunteerStatus p={p} view={view} />
      ) : (
        <>
          <StepTracker t={p.t} status={concern.status} />
          <p class="utrecht-paragraph kring-status" data-testid="concern-status">
            <strong safe>{c.statuses[concern.status]}</strong>
          </p>
        </>
      )}
      {view.concern.honourRisk === null || errors.honourRisk ? (
        <HonourQuestionForm p={p} view={view} values={values} errors={errors} />
      ) : (
        ''
      )}
      {view.outcome ? (
        <div class="kring-callout" data-testid="weighing-outcome">
          <h2 class="utrecht-heading-2 kring-callout__title" safe>
            {c.concern.outcome}
          </h2>
          <p class="utrecht-paragraph" safe>
            {c.weighing.outcomes[view.outcome]}
          </p>
        </div>
      ) : (
        ''
      )}
      {waiting.map((r) => (
        <p class="utrecht-paragraph kring-callout kring-callout--compact" safe>
          {view.readerIsVolunteer
            ? c.volunteer.asked(formatDate(p.locale, r.requestedAt))
            : c.concern.consultationWaiting(r.requestedByName, formatDate(p.locale, r.requestedAt))}
        </p>
      ))}
      {concern.checkDate && concern.status === 'helping' ? (
        <p class="utrecht-paragraph kring-callout kring-callout--compact" safe>
          {c.concern.checkDate(formatDate(p.locale, concern.checkDate))}
        </p>
      ) : (
        ''
      )}
      {view.can.addEntry && !view.readerIsVolunteer && checksPending ? (
        <div class="kring-callout kring-callout--compact" data-testid="kindcheck-prompt">
          <p class="utrecht-paragraph" safe>
            {texts.checksPrompt}
          </p>
          <p class="utrecht-paragraph">
            <a class="utrecht-link" href={concernPath(p.locale, concern.id, '/huishouden')} safe>
              {texts.checksLink}
            </a>
          </p>
        </div>
      ) : (
        ''
      )}
      {concern.status === 'report' ? (
        <p class="utrecht-paragraph kring-callout kring-callout--compact" data-testid="report-state" safe>
          {view.reportFiled ? p.t.reports.concern.filedNote : c.decision.reportNext}
        </p>
      ) : (
        ''
      )}
      {concern.status === 'closed' ? (
        <p class="utrecht-paragraph kring-callout kring-callout--compact" safe>
          {c.concern.closedNote}
        </p>
      ) : (
        ''
      )}
      <h2 class="utrecht-heading-2" safe>
        {c.concern.next}
      </h2>
      <ul class="kring-actions">
        {links.map((l) => (
          <li>
            <Button text={l.text} href={l.href} appearance={l.primary ? 'primary' : 'secondary'} />
          </li>
        ))}
      </ul>
      {view.concern.honourRisk === 'no' && !errors.honourRisk ? (
        <HonourQuestionForm p={p} view={view} values={values} errors={errors} />
      ) : (
        ''
      )}
      <h2 class="utrecht-heading-2" safe>
        {c.concern.injuries}
      </h2>
      <BodyMap labels={p.t.bodyMap} marks={marks} idPrefix="lichaamskaart" />
      <h2 class="utrecht-heading-2" safe>
        {c.concern.membersTitle}
      </h2>
      <p class="utrecht-paragraph" safe>
        {c.concern.membersIntro}
      </p>
      {view.members.length === 0 ? (
        <p class="utrecht-paragraph" safe>
          {c.concern.noMembers}
        </p>
      ) : (
        <ul class="utrecht-unordered-list">
          {view.members.map((m) => (
            <li class="utrecht-unordered-list__item" safe>
              {m.name}
            </li>
          ))}
        </ul>
      )}
      <h2 class="utrecht-heading-2" safe>
        {c.concern.timeline}
      </h2>
      <p class="utrecht-paragraph" safe>
        {c.concern.timelineIntro}
      </p>
      {partial ? (
        <p class="utrecht-paragraph" data-testid="entries-partial">
          <span safe>{`${c.concern.latestOf(entries.length, concern.entryCount)} `}</span>
          <a class="utrecht-link" href={`${concernPath(p.locale, concern.id)}?alles=1#regels`} safe>
            {c.concern.showAll(concern.entryCount)}
          </a>
        </p>
      ) : (
        ''
      )}
      <ol class="kring-entries" data-testid="entries" id="regels">
        {entries.map((e) => (
          <EntryItem
            t={p.t}
            locale={p.locale}
            entry={e}
            correctHref={
              view.can.addEntry ? concernPath(p.locale, concern.id, `/signaal?corrigeert=${e.id}`) : undefined
            }
            attachmentHref={
              e.kind === 'attachment'
                ? concernPath(p.locale, concern.id, `/bijlagen/${e.data.attachmentId}`)
                : undefined
            }
          />
        ))}
      </ol>
    </Layout>
  );
}
