// SPDX-License-Identifier: EUPL-1.2
/**
 * The circle's pages for professionals (issue 14): the overview of the organisation's signals with
 * who else is involved, one signal's page with its matches and the form that ends it, and the page in
 * plain words for those without a basis (volunteers, sports clubs, residents). Who, never what.
 */
import { Button, Radios, Table } from '#src/web/components/index.ts';
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

/** A signal as the pages show it. */
export interface SignalShown {
  readonly id: string;
  readonly contactName: string;
  readonly dateOfBirth: string;
  readonly registeredOn: string;
  readonly expiresOn: string;
}

/** Another professional involved, as the pages show them. */
export interface MatchShown {
  readonly kind: 'client' | 'family';
  readonly name: string;
  readonly organisation: string;
  readonly role: string;
  readonly phone: string;
  readonly email: string;
  readonly signalDate: string;
}

/** The path of a signal's page. */
export function signalPath(p: StaffPageContext, id: string): string {
  return localePath(p.locale, `/kring/${id}`);
}

/** A phone number as a link to call, for a table cell. */
export function phoneCell(phone: string): string | { html: JSX.Element } {
  return phone
    ? {
        html: (
          <a class="utrecht-link" href={`tel:${phone.replace(/[^\d+]/g, '')}`} safe>
            {phone}
          </a>
        ),
      }
    : '';
}

/** An e-mail address as a link to write, for a table cell. */
export function emailCell(email: string): string | { html: JSX.Element } {
  return email
    ? {
        html: (
          <a class="utrecht-link" href={`mailto:${email}`} safe>
            {email}
          </a>
        ),
      }
    : '';
}

function MatchTable({ p, matches }: { p: StaffPageContext; matches: readonly MatchShown[] }): JSX.Element {
  const m = p.t.circle.match;
  if (matches.length === 0) {
    return (
      <p class="utrecht-paragraph" data-testid="no-matches" safe>
        {m.none}
      </p>
    );
  }
  return Table({
    caption: m.othersTitle,
    captionHidden: true,
    testId: 'matches',
    headers: [m.name, m.organisation, m.role, m.phone, m.email, m.since, m.kind],
    rows: matches.map((x) => [
      x.name,
      x.organisation,
      x.role,
      phoneCell(x.phone),
      emailCell(x.email),
      formatDate(p.locale, x.signalDate),
      m.kinds[x.kind],
    ]),
  });
}

/** The overview: the organisation's signals, each with who else is involved. */
export function OverviewPage({
  p,
  signals,
  notice,
}: {
  p: StaffPageContext;
  signals: ReadonlyArray<SignalShown & { readonly active: boolean; readonly matches: readonly MatchShown[] }>;
  notice?: string | undefined;
}): JSX.Element {
  const o = p.t.circle.overview;
  return (
    <Layout ctx={p.ctx} title={o.title} staff={p.staff} nav={p.nav}>
      <Notice text={notice} />
      <h1 class="utrecht-heading-1" safe>
        {o.title}
      </h1>
      <p class="utrecht-paragraph" safe>
        {o.intro}
      </p>
      <p class="utrecht-paragraph">
        <a
          class="utrecht-button utrecht-button--primary-action kring-button-link"
          href={localePath(p.locale, '/kring/aanmelden')}
          safe
        >
          {o.register}
        </a>
      </p>
      <h2 class="utrecht-heading-2" safe>
        {o.ownTitle}
      </h2>
      {signals.length === 0 ? (
        <p class="utrecht-paragraph" data-testid="no-signals" safe>
          {o.none}
        </p>
      ) : (
        signals.map((s) => (
          <section class="kring-callout" data-testid="signal">
            <h3 class="utrecht-heading-3" safe>
              {`${o.dateOfBirth}: ${formatDate(p.locale, s.dateOfBirth)}`}
            </h3>
            <p class="utrecht-paragraph" safe>
              {`${o.registeredOn} ${formatDate(p.locale, s.registeredOn)} · ${o.registeredBy}: ${s.contactName} · ${s.active ? `${o.endsOn} ${formatDate(p.locale, s.expiresOn)}` : o.ended}`}
            </p>
            <p class="utrecht-paragraph" safe>
              {o.involvedCount(s.matches.length)}
            </p>
            <MatchTable p={p} matches={s.matches} />
            <p class="utrecht-paragraph">
              <a class="utrecht-link" href={signalPath(p, s.id)} safe>
                {o.openFor(formatDate(p.locale, s.registeredOn))}
              </a>
            </p>
          </section>
        ))
      )}
    </Layout>
  );
}

/** One signal: its matches, and the form that ends it. */
export function SignalPage({
  p,
  signal,
  matches,
  teamId,
  values,
  errors,
  notice,
}: {
  p: StaffPageContext;
  signal: SignalShown;
  matches: readonly MatchShown[];
  /** The team where the professionals coordinate and keep their plan (null: it never matched). */
  teamId: string | null;
  values: Readonly<Record<string, string>>;
  errors: FormErrors;
  notice?: string | undefined;
}): JSX.Element {
  const m = p.t.circle.match;
  return (
    <Layout ctx={p.ctx} title={m.title} hasErrors={hasErrors(errors)} staff={p.staff} nav={p.nav}>
      <p class="utrecht-paragraph">
        <a class="utrecht-link kring-back-link" href={localePath(p.locale, '/kring')} safe>
          {m.back}
        </a>
      </p>
      <FormErrorSummary t={p.t} errors={errors} />
      <Notice text={notice} />
      <h1 class="utrecht-heading-1" safe>
        {m.title}
      </h1>
      <p class="utrecht-paragraph kring-caption" safe>
        {`${m.bornOn(formatDate(p.locale, signal.dateOfBirth))} · ${m.registeredOn(formatDate(p.locale, signal.registeredOn))}`}
      </p>
      <p class="utrecht-paragraph" safe>
        {m.endsOn(formatDate(p.locale, signal.expiresOn))}
      </p>
      <h2 class="utrecht-heading-2" safe>
        {m.othersTitle}
      </h2>
      <p class="utrecht-paragraph" safe>
        {m.othersIntro}
      </p>
      <MatchTable p={p} matches={matches} />
      {teamId ? (
        <p class="utrecht-paragraph">
          <a
            class="utrecht-link"
            data-testid="team-link"
            href={localePath(p.locale, `/kring/samenwerking/${teamId}`)}
            safe
          >
            {p.t.circleTeam.openTeam}
          </a>
        </p>
      ) : (
        ''
      )}
      <h2 class="utrecht-heading-2" safe>
        {m.endTitle}
      </h2>
      <Form p={p} action={`${signalPath(p, signal.id)}/beeindigen`}>
        <Radios
          idPrefix="reason"
          name="reason"
          fieldset={{ legend: { text: m.endReason } }}
          items={[
            { value: 'withdrawn', text: m.endReasons.withdrawn },
            { value: 'death', text: m.endReasons.death },
          ]}
          value={values.reason}
          errorMessage={fieldError(p.t, errors, 'reason')}
        />
        <Button text={m.endSubmit} appearance="secondary" preventDoubleClick />
      </Form>
    </Layout>
  );
}

/** Why someone without a basis cannot register, in plain words, and what they can do instead. */
export function NoBasisPage({ p }: { p: StaffPageContext }): JSX.Element {
  const n = p.t.circle.noBasis;
  const vt = p.ctx.municipality.veiligThuis.phone;
  const emergency = p.ctx.municipality.emergency;
  return (
    <Layout ctx={p.ctx} title={n.title} staff={p.staff} nav={p.nav}>
      <h1 class="utrecht-heading-1" safe>
        {n.title}
      </h1>
      <p class="utrecht-paragraph" safe>
        {n.why}
      </p>
      <p class="utrecht-paragraph" data-testid="no-basis" safe>
        {n.you}
      </p>
      <h2 class="utrecht-heading-2" safe>
        {n.whatNow}
      </h2>
      <ul class="utrecht-unordered-list">
        <li class="utrecht-unordered-list__item">
          <a class="utrecht-link" href={localePath(p.locale, '/zorgen/nieuw')} safe>
            {n.concern}
          </a>{' '}
          <span safe>{n.concernText}</span>
        </li>
        <li class="utrecht-unordered-list__item" safe>
          {n.talk}
        </li>
        <li class="utrecht-unordered-list__item">
          <a class="utrecht-link" href={`tel:${vt.tel}`} safe>
            {n.vt(vt.display)}
          </a>
        </li>
        <li class="utrecht-unordered-list__item">
          <a class="utrecht-link" href={`tel:${emergency.tel}`} safe>
            {n.emergency}
          </a>
        </li>
      </ul>
    </Layout>
  );
}
