// SPDX-License-Identifier: EUPL-1.2
/** The concern page: the dossier along the meldcode, the steps a person may take now, its entries. */
import { BodyMap } from '#src/web/components/body-map/body-map.tsx';
import { Button } from '#src/web/components/index.ts';
import { formatDate } from '#src/web/format.ts';
import { localePath } from '#src/web/i18n/locale.ts';
import { Layout } from '#src/web/layout/layout.tsx';
import { FormErrorSummary, type FormErrors, hasErrors, Notice, type StaffPageContext } from '#src/web/staff.tsx';
import { ageOf } from '../age.ts';
import type { ConcernView } from '../concern.service.ts';
import { type SubjectTexts, subjectTexts } from '../subject-texts.ts';
import type { Action } from '../workflow.ts';
import { HonourQuestionForm, HonourWarning } from './honour.tsx';
import { concernPath, EntryItem, injuryMarks, StepTracker } from './parts.tsx';

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

/** The circle's state for the concern's person, as the concern page shows it (issue 14). */
export interface CircleOnConcern {
  /** The organisation's active signal registered from this dossier, or null: not registered. */
  readonly state: { readonly signalId: string; readonly registeredOn: string; readonly matches: number } | null;
}

/** The circle on the concern page: registered on… and how many others, or the link to register. */
function CircleSection({ p, view, circle }: { p: StaffPageContext; view: ConcernView; circle: CircleOnConcern }) {
  const k = p.t.circle.concern;
  const person = view.concern.person;
  const query = new URLSearchParams({
    zorg: view.concern.id,
    ...(person.dateOfBirth && { geboren: person.dateOfBirth }),
  });
  return (
    <section class="kring-callout" aria-labelledby="kring-circle" data-testid="circle-state">
      <h2 class="utrecht-heading-3 kring-callout__title" id="kring-circle" safe>
        {k.title}
      </h2>
      {circle.state ? (
        <p class="utrecht-paragraph">
          <span
            safe
          >{`${k.registered(formatDate(p.locale, circle.state.registeredOn))} ${k.involved(circle.state.matches)} `}</span>
          <a class="utrecht-link" href={localePath(p.locale, `/kring/${circle.state.signalId}`)} safe>
            {k.view}
          </a>
        </p>
      ) : (
        <p class="utrecht-paragraph">
          <span safe>{`${k.notRegistered} `}</span>
          <a class="utrecht-link" href={`${localePath(p.locale, '/kring/aanmelden')}?${query.toString()}`} safe>
            {k.register}
          </a>
        </p>
      )}
    </section>
  );
}

/** The concern page: who, where in the meldcode, what can be done now, and everything recorded. */
export function ConcernPage({
  p,
  view,
  notice,
  values = {},
  errors = {},
  circle,
}: {
  p: StaffPageContext;
  view: ConcernView;
  /** The circle's state for the person; undefined: not shown (no basis, or not a young person). */
  circle?: CircleOnConcern | undefined;
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
      {circle ? <CircleSection p={p} view={view} circle={circle} /> : ''}
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
