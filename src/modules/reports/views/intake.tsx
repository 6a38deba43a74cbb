// SPDX-License-Identifier: EUPL-1.2
/**
 * The intake workspace of Veilig Thuis (issue 5): the inbox (acute first, then by due date, overdue
 * marked in words) and a report's page: what the reporter sent, the reporter (protected), the radar,
 * the history, and the forms of the steps the transition table allows now.
 */
import { loadSectorGuidance, type Sector } from '#src/content/meldcode-content.ts';
import { type EntryRow, entryLines, entryMeta } from '#src/modules/concerns/index.ts';
import { Button, Radios, Select, Table, Textarea, TextInput } from '#src/web/components/index.ts';
import { formatDate, formatDateTime } from '#src/web/format.ts';
import { localePath } from '#src/web/i18n/locale.ts';
import type { Messages } from '#src/web/i18n/messages.ts';
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
import type { InboxItem, ReportView } from '../intake.service.ts';
import type { InboxView, ReportEvent } from '../report.repository.ts';
import type { ReportSnapshot, SnapshotEntry } from '../snapshot.ts';
import { ASSESSMENT_OUTCOMES, INVESTIGATION_OUTCOMES } from '../workflow.ts';

type Values = Readonly<Record<string, string>>;

/** The inbox views and their URL values. */
export const INBOX_VIEWS: Readonly<Record<InboxView, string>> = {
  open: 'open',
  mine: 'mijn',
  unassigned: 'niet-toegewezen',
  closed: 'afgesloten',
};

/** The path of a report's page (or one of its forms). */
export function reportPath(locale: StaffPageContext['locale'], id: string, rest = ''): string {
  return localePath(locale, `/veilig-thuis/meldingen/${id}${rest}`);
}

function Tags({ t, row }: { t: Messages; row: Pick<InboxItem, 'acute' | 'acuteByReporter' | 'overdue'> }): JSX.Element {
  const i = t.reports.inbox;
  return (
    <>
      {row.acute ? (
        <span class="kring-tag kring-tag--acute" safe>
          {i.acute}
        </span>
      ) : row.acute === null && row.acuteByReporter ? (
        <span class="kring-tag kring-tag--acute" safe>
          {i.acuteByReporter}
        </span>
      ) : (
        ''
      )}
      {row.overdue ? (
        <span class="kring-tag kring-tag--overdue" safe>
          {i.overdue}
        </span>
      ) : (
        ''
      )}
    </>
  );
}

/** The inbox. */
export function InboxPage({
  p,
  rows,
  view,
  veiligThuisName,
}: {
  p: StaffPageContext;
  rows: readonly InboxItem[];
  view: InboxView;
  veiligThuisName: string;
}): JSX.Element {
  const r = p.t.reports;
  const i = r.inbox;
  return (
    <Layout ctx={p.ctx} title={i.title} staff={p.staff} nav={p.nav}>
      <h1 class="utrecht-heading-1" safe>
        {i.title}
      </h1>
      <p class="utrecht-paragraph" safe>
        {i.intro(veiligThuisName)}
      </p>
      <nav aria-label={i.viewsLabel}>
        <ul class="kring-views">
          {(Object.keys(INBOX_VIEWS) as InboxView[]).map((v) => (
            <li>
              <a
                class="utrecht-link"
                href={`${localePath(p.locale, '/veilig-thuis')}${v === 'open' ? '' : `?weergave=${INBOX_VIEWS[v]}`}`}
                aria-current={v === view ? 'page' : undefined}
                safe
              >
                {i.views[v]}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {rows.length === 0 ? (
        <p class="utrecht-paragraph" safe>
          {i.empty}
        </p>
      ) : (
        <Table
          caption={i.views[view]}
          captionHidden
          testId="inbox"
          headers={[
            i.columns.number,
            i.columns.kind,
            i.columns.source,
            i.columns.received,
            i.columns.due,
            i.columns.status,
            i.columns.assigned,
          ]}
          rows={rows.map((row) => [
            {
              html: (
                <a class="utrecht-link" href={reportPath(p.locale, row.id)} aria-label={i.open(row.number)} safe>
                  {String(row.number)}
                </a>
              ),
            },
            r.kinds[row.kind],
            r.sources[row.source],
            formatDateTime(p.locale, row.receivedAt),
            {
              html: (
                <>
                  <span safe>{formatDate(p.locale, row.dueOn)}</span> <Tags t={p.t} row={row} />
                </>
              ),
            },
            r.statuses[row.status],
            row.assignedToName ?? i.nobody,
          ])}
        />
      )}
    </Layout>
  );
}

/** A paragraph with an optional bold label; nothing when the text is empty. */
function Line({ label, text }: { label?: string; text: string }): JSX.Element {
  if (!text) return '';
  return (
    <p class="utrecht-paragraph">
      {label ? <strong safe>{`${label}: `}</strong> : ''}
      <span safe>{text}</span>
    </p>
  );
}

/** The sector's name in the page's language (the code when the content does not know it). */
function sectorName(p: StaffPageContext, sector: string): string {
  return loadSectorGuidance().sectors[sector as Sector]?.[p.locale].name ?? sector;
}

/** A snapshot entry as the concern's text helpers read entries. */
function asEntry(e: SnapshotEntry): EntryRow {
  return {
    ...e,
    id: '',
    concernId: '',
    authorId: '',
    occurredAt: e.occurredAt ? new Date(e.occurredAt) : null,
    createdAt: new Date(e.createdAt),
    correctsId: null,
    correctsSeq: null,
    correctedBySeq: null,
  } as EntryRow;
}

/** What the reporter sent. */
function Content({ p, snapshot }: { p: StaffPageContext; snapshot: ReportSnapshot }): JSX.Element {
  const t = p.t;
  const r = t.reports.report;
  const c = t.concerns;
  switch (snapshot.type) {
    case 'professionalReport':
      return (
        <>
          <h3 class="utrecht-heading-3" safe>
            {r.subject}
          </h3>
          <p class="utrecht-paragraph" data-testid="report-subject" safe>
            {[
              snapshot.subject.fullName,
              c.ageGroupsShort[snapshot.subject.ageGroup],
              snapshot.subject.dateOfBirth ? r.born(formatDate(p.locale, snapshot.subject.dateOfBirth)) : '',
            ]
              .filter(Boolean)
              .join(', ')}
          </p>
          <Line label={r.sector} text={`${snapshot.organisationName} (${sectorName(p, snapshot.sector)})`} />
          {snapshot.household.length > 0 ? (
            <>
              <h3 class="utrecht-heading-3" safe>
                {r.household}
              </h3>
              <ul class="utrecht-unordered-list">
                {snapshot.household.map((m) => (
                  <li class="utrecht-unordered-list__item" safe>
                    {[
                      m.name,
                      m.relation,
                      m.dateOfBirth ? r.born(formatDate(p.locale, m.dateOfBirth)) : '',
                      m.ageYears === null ? '' : c.age(m.ageYears),
                    ]
                      .filter(Boolean)
                      .join(', ')}
                  </li>
                ))}
              </ul>
            </>
          ) : (
            ''
          )}
          <h3 class="utrecht-heading-3" safe>
            {r.observations}
          </h3>
          <ol class="kring-events">
            {snapshot.observations.map((o) => {
              const entry = asEntry(o);
              return (
                <li>
                  <p class="utrecht-paragraph">
                    <strong safe>{r.observationLine(o.seq, c.entries.kinds[o.kind])}</strong>
                  </p>
                  <p class="utrecht-paragraph kring-caption" safe>
                    {entryMeta(t, p.locale, entry)}
                  </p>
                  {entryLines(t, p.locale, entry).map((line) => (
                    <Line text={line} />
                  ))}
                </li>
              );
            })}
          </ol>
          <h3 class="utrecht-heading-3" safe>
            {r.weighing}
          </h3>
          {snapshot.weighing ? (
            <ul class="utrecht-unordered-list">
              {(['1', '2', '3', '4', '5'] as const)
                .filter((q) => snapshot.weighing!.answers[Number(q) as 1] !== undefined)
                .map((q) => (
                  <li class="utrecht-unordered-list__item" safe>
                    {`${c.entries.answer(Number(q), snapshot.weighing!.answers[Number(q) as 1] === true)} – ${
                      c.subjects[snapshot.subject.ageGroup].questions[Number(q) as 1]
                    }${snapshot.weighing!.rationale[q] ? ` (${snapshot.weighing!.rationale[q]})` : ''}`}
                  </li>
                ))}
              <li class="utrecht-unordered-list__item" safe>
                {c.weighing.outcomes[snapshot.weighing.outcome]}
              </li>
            </ul>
          ) : (
            <p class="utrecht-paragraph" safe>
              {t.reports.file.noWeighing}
            </p>
          )}
          <Line label={r.decisionReasons} text={snapshot.decisionReasons} />
          <Line label={r.helpGiven} text={snapshot.helpGiven} />
          <Line
            text={
              snapshot.informed
                ? r.informedYes
                : r.informedNo(
                    [
                      snapshot.notInformedGround ? t.reports.file.notInformedGrounds[snapshot.notInformedGround] : '',
                      snapshot.notInformedExplanation,
                    ]
                      .filter(Boolean)
                      .join('. '),
                  )
            }
          />
        </>
      );
    case 'professionalAdvice':
      return (
        <>
          <Line label={r.sector} text={`${snapshot.organisationName} (${sectorName(p, snapshot.sector)})`} />
          <Line label={r.ageGroup} text={c.ageGroupsShort[snapshot.ageGroup]} />
          <Line text={r.step(snapshot.meldcodeStep)} />
          <Line label={r.situation} text={snapshot.situation} />
          <Line label={r.question} text={snapshot.question} />
        </>
      );
    case 'resident': {
      const f = t.reports.resident.form;
      const a = snapshot.address;
      return (
        <>
          <Line label={r.whatHappened} text={snapshot.whatHappened} />
          <Line label={r.when} text={snapshot.when} />
          <Line label={r.ageGroup} text={f.ageGroups[snapshot.ageGroup]} />
          <Line label={r.names} text={snapshot.names} />
          <Line label={r.address} text={[a.street, `${a.postcode} ${a.place}`.trim()].filter(Boolean).join(', ')} />
          <Line label={r.relation} text={snapshot.relation ? f.relations[snapshot.relation] : ''} />
        </>
      );
    }
  }
}

/** One event of the history. */
function EventItem({
  p,
  event,
  fromResident,
}: {
  p: StaffPageContext;
  event: ReportEvent;
  /** Whether a resident sent the report: an event without an author is then the resident's. */
  fromResident: boolean;
}): JSX.Element {
  const r = p.t.reports.report;
  const meta = r.eventMeta(
    formatDateTime(p.locale, event.createdAt),
    event.authorName ?? (fromResident ? r.resident : r.theReporter),
  );
  const body = (() => {
    switch (event.kind) {
      case 'received':
        return '';
      case 'triaged':
        return (
          <>
            <Line text={r.triagedAcute(event.data.acute)} />
            <Line text={event.data.assignedToName ? r.assignedName(event.data.assignedToName) : ''} />
          </>
        );
      case 'assigned':
        return <Line text={r.assignedName(event.data.assignedToName)} />;
      case 'question':
        return <Line text={event.data.text} />;
      case 'answer':
        return <Line text={event.data.text} />;
      case 'assessed':
      case 'concluded':
        return (
          <>
            <Line label={r.outcome} text={p.t.reports.outcomes[event.data.outcome]} />
            <Line label={r.handedOverTo} text={event.data.handedOverTo} />
            <Line label={r.safetyConditions} text={event.data.safetyConditions} />
            <Line label={r.reasons} text={event.data.reasons} />
            <Line label={r.feedbackSent} text={event.data.feedback} />
          </>
        );
      case 'monitoringEnded':
        return <Line text={event.data.reasons} />;
      case 'adviceGiven':
        return <Line text={event.data.advice} />;
    }
  })();
  return (
    <li>
      <p class="utrecht-paragraph">
        <strong safe>{r.events[event.kind]}</strong>
        <span class="kring-caption" safe>{` · ${meta}`}</span>
      </p>
      {body as 'safe'}
    </li>
  );
}

/** A report's page for the intake. */
export function ReportPage({
  p,
  view,
  values,
  errors,
  notice,
  actorId,
}: {
  p: StaffPageContext;
  view: ReportView;
  values: Values;
  errors: FormErrors;
  notice?: string | undefined;
  /** The intake worker looking (proposed as the one to take it at triage). */
  actorId: string;
}): JSX.Element {
  const t = p.t;
  const rt = t.reports;
  const r = rt.report;
  const { report, reporter } = view;
  const title = r.title(rt.kinds[report.kind], report.number);
  const has = (a: string) => view.actions.includes(a as never);
  const path = (rest: string) => reportPath(p.locale, report.id, rest);
  const workerItems = view.intakeWorkers.map((w) => ({ value: w.id, text: w.name }));
  const concluding = report.status === 'investigating';
  const outcomes = concluding ? INVESTIGATION_OUTCOMES : ASSESSMENT_OUTCOMES;
  return (
    <Layout ctx={p.ctx} title={title} hasErrors={hasErrors(errors)} staff={p.staff} nav={p.nav}>
      <p class="utrecht-paragraph">
        <a class="utrecht-link kring-back-link" href={localePath(p.locale, '/veilig-thuis')} safe>
          {r.back}
        </a>
      </p>
      <FormErrorSummary t={t} errors={errors} />
      <Notice text={notice} />
      <p class="utrecht-paragraph kring-caption" safe>
        {`${rt.sources[report.source]} · ${r.received(formatDateTime(p.locale, report.receivedAt))}`}
      </p>
      <h1 class="utrecht-heading-1" safe>
        {title}
      </h1>
      <p class="utrecht-paragraph kring-status" data-testid="report-status">
        <strong safe>{rt.statuses[report.status]}</strong>
        {report.outcome ? <span safe>{` · ${rt.outcomes[report.outcome]}`}</span> : ''}
      </p>
      <p class="utrecht-paragraph">
        <Tags t={t} row={{ acute: report.acute, acuteByReporter: report.acuteByReporter, overdue: view.overdue }} />
        {report.acute === false ? (
          <span class="kring-tag" safe>
            {r.notAcute}
          </span>
        ) : (
          ''
        )}
      </p>
      {report.assessedAt ? (
        <p class="utrecht-paragraph" data-testid="report-due" safe>
          {r.assessedOn(formatDateTime(p.locale, report.assessedAt))}
        </p>
      ) : report.kind === 'report' || report.status === 'received' ? (
        <p
          class={`utrecht-paragraph${view.overdue ? ' kring-callout kring-callout--warning' : ''}`}
          data-testid="report-due"
          safe
        >
          {view.overdue ? r.overdue(formatDate(p.locale, report.dueOn)) : r.due(formatDate(p.locale, report.dueOn))}
        </p>
      ) : (
        ''
      )}
      <p class="utrecht-paragraph" safe>
        {report.assignedToName ? r.assignedTo(report.assignedToName) : r.unassigned}
      </p>
      <div class="kring-report">
        <div class="kring-report__content">
          <h2 class="utrecht-heading-2" safe>
            {r.content}
          </h2>
          <Content p={p} snapshot={report.snapshot} />
          <section class="kring-reporter" aria-labelledby="melder">
            <h2 class="utrecht-heading-2" id="melder" safe>
              {r.reporter}
            </h2>
            <p class="utrecht-paragraph" safe>
              {r.reporterProtected}
            </p>
            {reporter && (reporter.name || reporter.phone || reporter.email) ? (
              <>
                <Line text={[reporter.name, reporter.organisationName].filter(Boolean).join(', ')} />
                <Line text={reporter.role ? r.reporterRole(reporter.role) : ''} />
                <Line text={[reporter.phone, reporter.email].filter(Boolean).join(' · ')} />
              </>
            ) : (
              <Line text={r.reporterAnonymous} />
            )}
            {report.source === 'resident' ? (
              <Line text={r.reporterResidentUnknown} />
            ) : reporter?.staysUnknown ? (
              <Line text={r.reporterStaysUnknown(reporter.staysUnknownReason)} />
            ) : (
              ''
            )}
          </section>
          <h2 class="utrecht-heading-2" safe>
            {r.radar}
          </h2>
          {view.radar.length === 0 ? (
            <p class="utrecht-paragraph" data-testid="radar-none" safe>
              {r.radarNone}
            </p>
          ) : (
            <ul class="utrecht-unordered-list" data-testid="radar">
              {view.radar.map((x) => (
                <li class="utrecht-unordered-list__item">
                  <a class="utrecht-link" href={reportPath(p.locale, x.id)} safe>
                    {r.radarItem(
                      rt.kinds[x.kind],
                      x.number,
                      formatDate(p.locale, x.receivedAt),
                      x.outcome ? rt.outcomes[x.outcome] : rt.statuses[x.status],
                      x.matchedOn === 'person' ? r.radarPerson : r.radarAddress,
                    )}
                  </a>
                </li>
              ))}
            </ul>
          )}
          <h2 class="utrecht-heading-2" safe>
            {r.history}
          </h2>
          <ol class="kring-events">
            {view.events.map((event) => (
              <EventItem p={p} event={event} fromResident={view.report.source === 'resident'} />
            ))}
          </ol>
        </div>
        <div class="kring-report__work">
          {has('triage') ? (
            <section aria-labelledby="triage">
              <h2 class="utrecht-heading-2" id="triage" safe>
                {r.triageTitle}
              </h2>
              <Form p={p} action={path('/triage')}>
                <Radios
                  idPrefix="acute"
                  name="acute"
                  fieldset={{ legend: { text: r.triageAcute } }}
                  items={[
                    { value: 'yes', text: r.triageAcuteYes },
                    { value: 'no', text: r.triageAcuteNo },
                  ]}
                  value={values.acute}
                  errorMessage={fieldError(t, errors, 'acute')}
                />
                <Select
                  id="assignTo"
                  name="assignTo"
                  label={{ text: r.assignTo }}
                  placeholderText={r.assignToNone}
                  items={workerItems}
                  value={values.assignTo ?? actorId}
                  errorMessage={fieldError(t, errors, 'assignTo')}
                />
                <Button text={r.triageSubmit} preventDoubleClick />
              </Form>
            </section>
          ) : (
            ''
          )}
          {has('giveAdvice') ? (
            <section aria-labelledby="advies">
              <h2 class="utrecht-heading-2" id="advies" safe>
                {r.adviceTitle}
              </h2>
              <Form p={p} action={path('/advies')}>
                <Textarea
                  id="advice"
                  name="advice"
                  rows={6}
                  maxlength={5000}
                  label={{ text: r.adviceText }}
                  hint={{ text: report.source === 'resident' ? r.adviceHintResident : r.adviceHintProfessional }}
                  value={values.advice}
                  errorMessage={fieldError(t, errors, 'advice')}
                />
                <Button text={r.adviceSubmit} preventDoubleClick />
              </Form>
            </section>
          ) : (
            ''
          )}
          {has('assess') || has('conclude') ? (
            <section aria-labelledby="besluit">
              <h2 class="utrecht-heading-2" id="besluit" safe>
                {concluding ? r.concludeTitle : r.decideTitle}
              </h2>
              <Form p={p} action={path('/besluit')}>
                <Radios
                  idPrefix="outcome"
                  name="outcome"
                  fieldset={{ legend: { text: r.outcome } }}
                  items={outcomes.map((o) => ({ value: o, text: rt.outcomes[o] }))}
                  value={values.outcome}
                  errorMessage={fieldError(t, errors, 'outcome')}
                />
                <TextInput
                  id="handedOverTo"
                  name="handedOverTo"
                  maxlength={300}
                  label={{ text: r.handedOverTo }}
                  hint={{ text: r.handedOverToHint }}
                  value={values.handedOverTo}
                  errorMessage={fieldError(t, errors, 'handedOverTo')}
                />
                <Textarea
                  id="safetyConditions"
                  name="safetyConditions"
                  rows={4}
                  maxlength={5000}
                  label={{ text: r.safetyConditions }}
                  hint={{ text: r.safetyConditionsHint }}
                  value={values.safetyConditions}
                  errorMessage={fieldError(t, errors, 'safetyConditions')}
                />
                <Textarea
                  id="reasons"
                  name="reasons"
                  rows={4}
                  maxlength={5000}
                  label={{ text: r.reasons }}
                  value={values.reasons}
                  errorMessage={fieldError(t, errors, 'reasons')}
                />
                {view.feedbackRequired ? (
                  <Textarea
                    id="feedback"
                    name="feedback"
                    rows={6}
                    maxlength={5000}
                    label={{ text: r.feedback }}
                    hint={{ text: r.feedbackHint }}
                    value={values.feedback}
                    errorMessage={fieldError(t, errors, 'feedback')}
                  />
                ) : (
                  ''
                )}
                <Button text={r.decideSubmit} preventDoubleClick />
              </Form>
            </section>
          ) : (
            ''
          )}
          {has('ask') ? (
            <section aria-labelledby="vraag">
              <h2 class="utrecht-heading-2" id="vraag" safe>
                {r.askTitle}
              </h2>
              <p class="utrecht-paragraph" safe>
                {r.askIntro}
              </p>
              <Form p={p} action={path('/vraag')}>
                <Textarea
                  id="question"
                  name="question"
                  rows={3}
                  maxlength={2000}
                  label={{ text: r.askText }}
                  value={values.question}
                  errorMessage={fieldError(t, errors, 'question')}
                />
                <Button text={r.askSubmit} appearance="secondary" preventDoubleClick />
              </Form>
            </section>
          ) : (
            ''
          )}
          {has('endMonitoring') ? (
            <section aria-labelledby="monitoring">
              <h2 class="utrecht-heading-2" id="monitoring" safe>
                {r.endTitle}
              </h2>
              <Form p={p} action={path('/monitoring-beeindigen')}>
                <Textarea
                  id="endReasons"
                  name="endReasons"
                  rows={3}
                  maxlength={5000}
                  label={{ text: r.endReasons }}
                  value={values.endReasons}
                  errorMessage={fieldError(t, errors, 'endReasons')}
                />
                <Button text={r.endSubmit} preventDoubleClick />
              </Form>
            </section>
          ) : (
            ''
          )}
          {has('assign') && !has('triage') ? (
            <section aria-labelledby="toewijzen">
              <h2 class="utrecht-heading-2" id="toewijzen" safe>
                {r.assignTitle}
              </h2>
              <Form p={p} action={path('/toewijzen')}>
                <Select
                  id="assignee"
                  name="assignee"
                  label={{ text: r.assignTo }}
                  placeholderText={r.assignChoose}
                  items={workerItems}
                  value={values.assignee ?? report.assignedTo ?? ''}
                  errorMessage={fieldError(t, errors, 'assignee')}
                />
                <Button text={r.assignSubmit} appearance="secondary" preventDoubleClick />
              </Form>
            </section>
          ) : (
            ''
          )}
        </div>
      </div>
    </Layout>
  );
}
