// SPDX-License-Identifier: EUPL-1.2
/**
 * The team's page (ADR 0035): the professionals involved (who, never what), who coordinates and the
 * forms to propose, accept or decline; contact; the consent that allows sharing; the shared plan with
 * its actions and their progress. And the municipality's overview of teams without contact. Forms
 * are shown only to whom the policy allows them (the service refuses the rest anyway).
 */
import { Button, DateInput, Radios, Select, Table, Textarea } from '#src/web/components/index.ts';
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
import type { FlaggedTeam, TeamView } from '../team.service.ts';
import { emailCell, phoneCell } from './circle-views.tsx';

type Values = Readonly<Record<string, string>>;

/** The path of a team's page. */
export function teamPath(p: StaffPageContext, id: string): string {
  return localePath(p.locale, `/kring/samenwerking/${id}`);
}

function Members({ p, team }: { p: StaffPageContext; team: TeamView }): JSX.Element {
  const t = p.t.circleTeam;
  const c = t.columns;
  return (
    <>
      <h2 class="utrecht-heading-2" safe>
        {t.membersTitle}
      </h2>
      {Table({
        caption: t.membersTitle,
        captionHidden: true,
        testId: 'team-members',
        headers: [c.name, c.organisation, c.role, c.phone, c.email, c.since],
        rows: team.members.map((m) => [
          m.own ? `${m.name} ${t.you}` : m.name,
          m.organisation,
          m.role,
          phoneCell(m.phone),
          emailCell(m.email),
          formatDate(p.locale, m.signalDate),
        ]),
      })}
      {team.members.length < 2 ? (
        <p class="utrecht-paragraph" data-testid="team-alone" safe>
          {t.alone}
        </p>
      ) : (
        ''
      )}
    </>
  );
}

function Coordination({ p, team, values, errors }: TeamSectionProps): JSX.Element {
  const t = p.t.circleTeam.coordination;
  const who = (signalId: string | null) => {
    const m = team.members.find((x) => x.signalId === signalId);
    return m ? `${m.name} (${m.organisation})` : '';
  };
  const state = team.coordinator ? t.coordinator(who(team.coordinator)) : t.none;
  const proposal = team.proposed
    ? (team.proposedByRule ? t.proposedByRule : t.proposed)(who(team.proposed))
    : undefined;
  const path = teamPath(p, team.id);
  return (
    <>
      <h2 class="utrecht-heading-2" safe>
        {t.title}
      </h2>
      <p class="utrecht-paragraph" data-testid="coordinator" safe>
        {state}
      </p>
      {proposal && !team.may.answer ? (
        <p class="utrecht-paragraph" data-testid="proposal" safe>
          {proposal}
        </p>
      ) : (
        ''
      )}
      {team.may.answer ? (
        <>
          <p class="utrecht-paragraph" data-testid="proposal" safe>
            {t.askedYouQuestion}
          </p>
          <div class="kring-button-group">
            <Form p={p} action={`${path}/regie/antwoord`}>
              <input type="hidden" name="answer" value="accepted" />
              <Button text={t.accept} preventDoubleClick />
            </Form>
            <Form p={p} action={`${path}/regie/antwoord`}>
              <input type="hidden" name="answer" value="declined" />
              <Button text={t.decline} appearance="secondary" preventDoubleClick />
            </Form>
          </div>
        </>
      ) : (
        ''
      )}
      {team.may.propose ? (
        <Form p={p} action={`${path}/regie`}>
          <Select
            id="coordinator"
            name="coordinator"
            label={{ text: team.proposed ? t.other : team.coordinator ? t.change : t.proposeLabel }}
            hint={{ text: t.proposeHint }}
            placeholderText=""
            items={team.members
              .filter((m) => m.signalId !== team.coordinator && m.signalId !== team.proposed)
              .map((m) => ({ value: m.signalId, text: `${m.name} (${m.organisation})` }))}
            value={values.coordinator}
            errorMessage={fieldError(p.t, errors, 'coordinator')}
          />
          <Button text={t.propose} appearance="secondary" preventDoubleClick />
        </Form>
      ) : (
        ''
      )}
    </>
  );
}

function Contact({ p, team }: { p: StaffPageContext; team: TeamView }): JSX.Element {
  const t = p.t.circleTeam.contact;
  if (team.members.length < 2 && !team.contactRecordedOn) return '';
  return (
    <>
      <h2 class="utrecht-heading-2" safe>
        {t.title}
      </h2>
      {team.contactRecordedOn ? (
        <p class="utrecht-paragraph" data-testid="contact" safe>
          {t.recorded(formatDate(p.locale, team.contactRecordedOn))}
        </p>
      ) : (
        <p class="utrecht-paragraph" data-testid="contact" safe>
          {team.flagged ? t.flagged : t.due(formatDate(p.locale, team.contactDueOn))}
        </p>
      )}
      {team.may.recordContact ? (
        <Form p={p} action={`${teamPath(p, team.id)}/contact`}>
          <Button text={t.record} appearance="secondary" preventDoubleClick />
        </Form>
      ) : (
        ''
      )}
    </>
  );
}

interface TeamSectionProps {
  readonly p: StaffPageContext;
  readonly team: TeamView;
  readonly values: Values;
  readonly errors: FormErrors;
}

const dateValues = (values: Values, prefix: string) => ({
  day: values[`${prefix}-day`],
  month: values[`${prefix}-month`],
  year: values[`${prefix}-year`],
});

function Consent({ p, team, values, errors }: TeamSectionProps): JSX.Element {
  const t = p.t.circleTeam.consent;
  const dates = p.t.components;
  return (
    <>
      <h2 class="utrecht-heading-2" safe>
        {t.title}
      </h2>
      {team.consents.length === 0 ? (
        <p class="utrecht-paragraph" data-testid="consents" safe>
          {t.none}
        </p>
      ) : (
        <ul class="utrecht-unordered-list" data-testid="consents">
          {team.consents.map((c) => (
            <li class="utrecht-unordered-list__item" safe>
              {t.item(t.givers[c.givenBy], formatDate(p.locale, c.givenOn), c.scope)}
            </li>
          ))}
        </ul>
      )}
      {team.may.plan ? (
        <Form p={p} action={`${teamPath(p, team.id)}/toestemming`}>
          <Radios
            idPrefix="givenBy"
            name="givenBy"
            fieldset={{ legend: { text: t.givenBy } }}
            items={(['parents', 'youngPerson', 'both'] as const).map((v) => ({ value: v, text: t.givers[v] }))}
            value={values.givenBy}
            errorMessage={fieldError(p.t, errors, 'givenBy')}
          />
          <DateInput
            id="givenOn"
            namePrefix="givenOn"
            fieldset={{ legend: { text: t.givenOn } }}
            hint={{ text: t.givenOnHint }}
            labels={{ day: dates.dateDay, month: dates.dateMonth, year: dates.dateYear }}
            values={dateValues(values, 'givenOn')}
            errorMessage={fieldError(p.t, errors, 'givenOn')}
          />
          <Textarea
            id="scope"
            name="scope"
            label={{ text: t.scope }}
            hint={{ text: t.scopeHint }}
            rows={3}
            value={values.scope}
            errorMessage={fieldError(p.t, errors, 'scope')}
          />
          <Button text={t.record} appearance="secondary" preventDoubleClick />
        </Form>
      ) : (
        <p class="utrecht-paragraph" safe>
          {t.onlyCoordinator}
        </p>
      )}
    </>
  );
}

function Plan({ p, team, values, errors }: TeamSectionProps): JSX.Element {
  const t = p.t.circleTeam.plan;
  const dates = p.t.components;
  const path = teamPath(p, team.id);
  return (
    <>
      <h2 class="utrecht-heading-2" safe>
        {t.title}
      </h2>
      {team.actions.length === 0 ? (
        <p class="utrecht-paragraph" data-testid="plan" safe>
          {t.none}
        </p>
      ) : (
        Table({
          caption: t.title,
          captionHidden: true,
          testId: 'plan',
          headers: [t.columns.what, t.columns.who, t.columns.due, t.columns.status, t.columns.progress],
          rows: team.actions.map((a) => [
            a.description,
            a.owner || t.endedOwner,
            formatDate(p.locale, a.dueOn),
            a.overdue ? `${t.statuses[a.status]} · ${t.overdue}` : t.statuses[a.status],
            a.progress,
          ]),
        })
      )}
      {team.actions
        .filter((a) => a.mayUpdate)
        .map((a) => (
          <Form p={p} action={`${path}/acties/${a.id}`}>
            <h3 class="utrecht-heading-3" safe>
              {a.description}
            </h3>
            <Radios
              idPrefix={`status-${a.id}`}
              name="status"
              fieldset={{ legend: { text: t.status } }}
              items={(['open', 'done'] as const).map((v) => ({ value: v, text: t.statuses[v] }))}
              value={values[`status-${a.id}`] ?? a.status}
              errorMessage={fieldError(p.t, errors, `status-${a.id}`)}
            />
            <Textarea
              id={`progress-${a.id}`}
              name="progress"
              label={{ text: t.progress }}
              hint={{ text: t.progressHint }}
              rows={2}
              value={values[`progress-${a.id}`] ?? a.progress}
              errorMessage={fieldError(p.t, errors, `progress-${a.id}`)}
            />
            <Button text={t.save} appearance="secondary" preventDoubleClick />
          </Form>
        ))}
      {team.may.plan ? (
        <Form p={p} action={`${path}/acties`}>
          <h3 class="utrecht-heading-3" safe>
            {t.add}
          </h3>
          <Textarea
            id="description"
            name="description"
            label={{ text: t.description }}
            rows={2}
            value={values.description}
            errorMessage={fieldError(p.t, errors, 'description')}
          />
          <Select
            id="owner"
            name="owner"
            label={{ text: t.owner }}
            placeholderText=""
            items={team.members.map((m) => ({ value: m.signalId, text: `${m.name} (${m.organisation})` }))}
            value={values.owner}
            errorMessage={fieldError(p.t, errors, 'owner')}
          />
          <DateInput
            id="dueOn"
            namePrefix="dueOn"
            fieldset={{ legend: { text: t.dueOn } }}
            labels={{ day: dates.dateDay, month: dates.dateMonth, year: dates.dateYear }}
            values={dateValues(values, 'dueOn')}
            errorMessage={fieldError(p.t, errors, 'dueOn')}
          />
          <Button text={t.add} appearance="secondary" preventDoubleClick />
        </Form>
      ) : (
        ''
      )}
    </>
  );
}

/** A team's page. */
export function TeamPage(
  props: TeamSectionProps & { signalId?: string | undefined; notice?: string | undefined },
): JSX.Element {
  const { p, team, errors, notice } = props;
  const t = p.t.circleTeam;
  const own = team.members.find((m) => m.own);
  return (
    <Layout ctx={p.ctx} title={t.title} hasErrors={hasErrors(errors)} staff={p.staff} nav={p.nav}>
      <p class="utrecht-paragraph">
        <a
          class="utrecht-link kring-back-link"
          href={localePath(p.locale, own ? `/kring/${own.signalId}` : '/kring')}
          safe
        >
          {t.back}
        </a>
      </p>
      <FormErrorSummary t={p.t} errors={errors} />
      <Notice text={notice} />
      <h1 class="utrecht-heading-1" safe>
        {t.title}
      </h1>
      <p class="utrecht-paragraph kring-caption" data-testid="team-caption" safe>
        {[
          ...team.members.filter((m) => m.dateOfBirth).map((m) => t.bornOn(formatDate(p.locale, m.dateOfBirth!))),
          t.formedOn(formatDate(p.locale, team.formedOn)),
        ].join(' · ')}
      </p>
      <p class="utrecht-paragraph" safe>
        {t.intro}
      </p>
      <Members p={p} team={team} />
      <Coordination {...props} />
      <Contact p={p} team={team} />
      <Consent {...props} />
      <Plan {...props} />
    </Layout>
  );
}

/** The municipality's circle coordinator's overview of teams without contact: who, never what. */
export function OverseePage({ p, teams }: { p: StaffPageContext; teams: readonly FlaggedTeam[] }): JSX.Element {
  const t = p.t.circleTeam.oversee;
  return (
    <Layout ctx={p.ctx} title={t.title} staff={p.staff} nav={p.nav}>
      <h1 class="utrecht-heading-1" safe>
        {t.title}
      </h1>
      <p class="utrecht-paragraph" safe>
        {t.intro}
      </p>
      {teams.length === 0 ? (
        <p class="utrecht-paragraph" data-testid="flagged" safe>
          {t.none}
        </p>
      ) : (
        Table({
          caption: t.title,
          captionHidden: true,
          testId: 'flagged',
          headers: [t.columns.formed, t.columns.flagged, t.columns.organisations, t.columns.coordinator],
          rows: teams.map((x) => [
            formatDate(p.locale, x.formedOn),
            formatDate(p.locale, x.flaggedOn),
            x.organisations.join(', '),
            x.coordinator ?? t.noCoordinator,
          ]),
        })
      )}
    </Layout>
  );
}
