// SPDX-License-Identifier: EUPL-1.2
/**
 * A report's page for the intake (issue 5): what the reporter sent, the reporter (protected), the
 * radar, the history, and the forms of the steps the transition table allows now.
 */
import { formatDate, formatDateTime } from '#src/web/format.ts';
import { localePath } from '#src/web/i18n/locale.ts';
import { Layout } from '#src/web/layout/layout.tsx';
import { FormErrorSummary, type FormErrors, hasErrors, Notice, type StaffPageContext } from '#src/web/staff.tsx';
import type { ReportView } from '../intake.service.ts';
import type { ReportEvent } from '../report.repository.ts';
import { Line, reportPath, Tags } from './report-parts.tsx';
import { SnapshotContent } from './snapshot-content.tsx';
import { StepForms } from './step-forms.tsx';

type Values = Readonly<Record<string, string>>;

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
          <SnapshotContent p={p} snapshot={report.snapshot} />
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
        <StepForms p={p} view={view} values={values} errors={errors} actorId={actorId} />
      </div>
    </Layout>
  );
}
