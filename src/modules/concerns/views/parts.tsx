// SPDX-License-Identifier: EUPL-1.2
/**
 * What the concern pages share: the page frame (back link, person caption, errors), the step
 * tracker of the meldcode, and one entry of the dossier as the concern page, the chronology and the
 * printout show it.
 */
import type { BodyMark } from '#src/web/components/body-map/body-map.tsx';
import { isBodyRegion } from '#src/web/components/body-map/body-regions.ts';
import { formatDate } from '#src/web/format.ts';
import type { Locale } from '#src/web/i18n/locale.ts';
import { localePath } from '#src/web/i18n/locale.ts';
import type { Messages } from '#src/web/i18n/messages.ts';
import { Layout } from '#src/web/layout/layout.tsx';
import { FormErrorSummary, type FormErrors, hasErrors, Notice, type StaffPageContext } from '#src/web/staff.tsx';
import type { EntryRow } from '../entry.repository.ts';
import { type ConcernStatus, STEP_OF_STATUS } from '../workflow.ts';
import {
  carerCheckLines,
  categoryName,
  entryMeta,
  feedbackLines,
  honourRiskLines,
  injuryDescription,
  openedHonourLines,
  reportedLines,
} from './entry-text.ts';

/** The path of a concern page. */
export function concernPath(locale: Locale, id: string, rest = ''): string {
  return localePath(locale, `/zorgen/${id}${rest}`);
}

/** A concern form page: back link, the person it is about, the error summary, a heading. */
export function ConcernFrame(props: {
  p: StaffPageContext;
  concernId: string;
  personName: string;
  title: string;
  errors?: FormErrors;
  notice?: string;
  children: JSX.Element | JSX.Element[] | string;
}): JSX.Element {
  const { p } = props;
  const c = p.t.concerns;
  const errors = props.errors ?? {};
  return (
    <Layout ctx={p.ctx} title={props.title} hasErrors={hasErrors(errors)} staff={p.staff} nav={p.nav}>
      <p class="utrecht-paragraph">
        <a class="utrecht-link kring-back-link" href={concernPath(p.locale, props.concernId)} safe>
          {c.back}
        </a>
      </p>
      <FormErrorSummary t={p.t} errors={errors} />
      <Notice text={props.notice} />
      <p class="utrecht-paragraph kring-caption" safe>
        {c.concern.titleFor(props.personName)}
      </p>
      <h1 class="utrecht-heading-1" safe>
        {props.title}
      </h1>
      {props.children as 'safe'}
    </Layout>
  );
}

/** The five steps of the meldcode, with where this concern is. */
export function StepTracker({ t, status }: { t: Messages; status: ConcernStatus }): JSX.Element {
  const s = t.concerns.steps;
  const current = STEP_OF_STATUS[status];
  const finished = status === 'closed' || status === 'report' || status === 'helping';
  return (
    <nav class="kring-step-tracker" aria-label={s.title}>
      <ol class="kring-step-tracker__list">
        {s.names.map((name, i) => {
          const n = i + 1;
          const state = n < current || finished ? 'done' : n === current ? 'current' : 'todo';
          return (
            <li
              class={`kring-step-tracker__step kring-step-tracker__step--${state}`}
              aria-current={state === 'current' ? 'step' : undefined}
            >
              <span class="kring-step-tracker__number" aria-hidden="true" safe>
                {state === 'done' ? '✓' : String(n)}
              </span>
              <span class="kring-step-tracker__name" safe>
                {name}
              </span>
              {state === 'todo' ? (
                ''
              ) : (
                <span class="kring-visually-hidden" safe>
                  {` (${state === 'done' ? s.done : s.current})`}
                </span>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}

/** The marks of the injuries of some entries, numbered as in the list. */
export function injuryMarks(t: Messages, entries: readonly EntryRow[]): BodyMark[] {
  const marks: BodyMark[] = [];
  for (const e of entries) {
    if (e.kind !== 'injury' || !isBodyRegion(e.data.region)) continue;
    marks.push({
      side: e.data.side,
      region: e.data.region,
      ...(e.data.x !== null && e.data.y !== null ? { x: e.data.x, y: e.data.y } : {}),
      label: String(marks.length + 1),
      description: injuryDescription(t, e.data),
    });
  }
  return marks;
}

function Text({ label, text }: { label?: string; text: string }): JSX.Element {
  if (!text) return '';
  return (
    <p class="utrecht-paragraph kring-entry__text">
      {label ? <strong safe>{`${label}: `}</strong> : ''}
      <span safe>{text}</span>
    </p>
  );
}

function Quote({ text }: { text: string }): JSX.Element {
  return (
    <blockquote class="kring-entry__quote">
      <p class="utrecht-paragraph" safe>
        {`“${text}”`}
      </p>
    </blockquote>
  );
}

function Source({ t, kind, source }: { t: Messages; kind: 'self' | 'other'; source: string }): JSX.Element {
  const e = t.concerns.entries;
  return <Text text={kind === 'self' ? e.ownObservation : e.source(source)} />;
}

/** What an entry says, by kind. */
function EntryBody({ t, locale, entry }: { t: Messages; locale: Locale; entry: EntryRow }): JSX.Element {
  const c = t.concerns;
  const e = c.entries;
  switch (entry.kind) {
    case 'opened':
      return (
        <>
          {entry.data.byVolunteer ? <Text text={e.openedByVolunteer} /> : ''}
          {openedHonourLines(t, entry.data).map((line) => (
            <Text text={line} />
          ))}
        </>
      );
    case 'observation':
      return (
        <>
          <Text text={entry.data.facts} />
          <Text label={e.interpretation} text={entry.data.interpretation} />
          <Source t={t} kind={entry.data.sourceKind} source={entry.data.source} />
          <Text label={e.categories} text={entry.data.categories.map((id) => categoryName(locale, id)).join(', ')} />
        </>
      );
    case 'quote':
      return (
        <>
          <Quote text={entry.data.words} />
          <Text text={entry.data.context} />
          <Source t={t} kind={entry.data.sourceKind} source={entry.data.source} />
        </>
      );
    case 'counterSign':
      return (
        <>
          <Text text={entry.data.facts} />
          <Source t={t} kind={entry.data.sourceKind} source={entry.data.source} />
        </>
      );
    case 'injury':
      return (
        <>
          <Text text={injuryDescription(t, entry.data)} />
          <Text text={entry.data.explanation} />
        </>
      );
    case 'attachment':
      return <Text text={[entry.data.displayName, entry.data.description].filter(Boolean).join(': ')} />;
    case 'householdMember':
      return (
        <Text
          text={`${entry.data.name} (${entry.data.relation}${entry.data.age === null ? '' : `, ${c.age(entry.data.age)}`})`}
        />
      );
    case 'kindcheck':
      return (
        <>
          <Text text={e.children(entry.data.childrenCount, entry.data.ages)} />
          <Text label={c.household.care} text={c.household.cares[entry.data.care]} />
          <Text text={entry.data.notes} />
        </>
      );
    case 'carerCheck':
      return (
        <>
          {carerCheckLines(t, entry.data).map((line) => (
            <Text text={line} />
          ))}
        </>
      );
    case 'linkedConcern':
      return (
        <p class="utrecht-paragraph">
          <a class="utrecht-link" href={concernPath(locale, entry.data.concernId)} safe>
            {entry.data.direction === 'child' ? e.linkedChild(entry.data.name) : e.linkedParent(entry.data.name)}
          </a>
        </p>
      );
    case 'consultationRequested':
      return <Text text={entry.data.leadName ? e.requestedOf(entry.data.leadName) : e.requestedOfAny} />;
    case 'consultation':
      return (
        <>
          <Text text={e.withName(entry.data.withName)} />
          <Text label={e.advice} text={entry.data.advice} />
        </>
      );
    case 'advice':
      return (
        <>
          <Text text={c.consultation.advisers[entry.data.adviser]} />
          <Text text={entry.data.advice} />
        </>
      );
    case 'conversation':
      return (
        <>
          <Text label={e.conversationDate} text={formatDate(locale, entry.data.conversationDate)} />
          <Text text={e.participants(entry.data.participants)} />
          <Text label={e.reaction} text={entry.data.reaction} />
        </>
      );
    case 'conversationSkipped':
      return (
        <>
          <Text text={c.conversation.reasons[entry.data.reason]} />
          <Text text={entry.data.explanation} />
        </>
      );
    case 'weighing':
      return (
        <>
          <ul class="utrecht-unordered-list">
            {Object.entries(entry.data.answers).map(([q, yes]) => (
              <li class="utrecht-unordered-list__item">
                <span safe>{e.answer(Number(q), Boolean(yes))}</span>
                {entry.data.rationale[q as '1'] ? <span safe>{` — ${entry.data.rationale[q as '1']}`}</span> : ''}
              </li>
            ))}
          </ul>
          <Text label={c.weighing.outcomeTitle} text={c.weighing.outcomes[entry.data.outcome]} />
        </>
      );
    case 'decision':
      return (
        <>
          <Text text={c.decision.decisions[entry.data.decision]} />
          <Text label={e.reasons} text={entry.data.reasons} />
          {entry.data.decision === 'report' && entry.data.keepHelping ? <Text text={e.keepHelping} /> : ''}
          {entry.data.informedPerson === null ? (
            ''
          ) : (
            <Text text={entry.data.informedPerson ? e.informedYes : e.informedNo} />
          )}
          {entry.data.checkDate ? <Text text={e.checkDate(formatDate(locale, entry.data.checkDate))} /> : ''}
        </>
      );
    case 'helpReview':
      return (
        <>
          <Text text={entry.data.succeeded ? e.helpSucceeded : e.helpFailed} />
          <Text text={entry.data.notes} />
        </>
      );
    case 'memberAdded':
      return <Text text={entry.data.name} />;
    case 'reopened':
      return <Text text={entry.data.reason} />;
    case 'note':
      return <Text text={entry.data.text} />;
    case 'reported':
      return (
        <>
          {reportedLines(t, entry.data).map((line) => (
            <Text text={line} />
          ))}
        </>
      );
    case 'adviceRequested':
      return (
        <>
          <Text text={e.adviceRequested(entry.data.number, entry.data.veiligThuisName)} />
          <Text label={e.question} text={entry.data.question} />
        </>
      );
    case 'vtFeedback':
      return (
        <>
          {feedbackLines(t, entry.data).map((line) => (
            <Text text={line} />
          ))}
        </>
      );
    case 'honourRisk':
      return (
        <>
          {honourRiskLines(t, entry.data).map((line) => (
            <Text text={line} />
          ))}
        </>
      );
  }
}

/** The kinds a correction can be made of with the signal form. */
const CORRECTABLE = new Set(['observation', 'quote', 'counterSign']);

/**
 * One entry: number, kind, who and when, what; a correction says what it corrects, a corrected
 * entry says where it was corrected.
 */
export function EntryItem({
  t,
  locale,
  entry,
  correctHref,
  attachmentHref,
  anchorPrefix = '',
}: {
  t: Messages;
  locale: Locale;
  entry: EntryRow;
  /** Where to correct it (absent: not correctable here). */
  correctHref?: string | undefined;
  attachmentHref?: string | undefined;
  /** Prefix of the entry anchors, when one page shows several concerns (`zorg-2-` → `#zorg-2-regel-3`). */
  anchorPrefix?: string;
}): JSX.Element {
  const e = t.concerns.entries;
  const corrected = entry.correctedBySeq;
  const corrects = entry.correctsSeq;
  return (
    <li
      class={`kring-entry kring-entry--${entry.kind}${corrected ? ' kring-entry--corrected' : ''}`}
      id={`${anchorPrefix}regel-${entry.seq}`}
    >
      <h3 class="utrecht-heading-3 kring-entry__title">
        <span class="kring-entry__number" safe>
          {e.number(entry.seq)}
        </span>
        <span safe>{` ${e.kinds[entry.kind]}`}</span>
      </h3>
      <p class="utrecht-paragraph kring-entry__meta" safe>
        {entryMeta(t, locale, entry)}
      </p>
      {corrects ? (
        <p class="utrecht-paragraph kring-entry__correction">
          <a class="utrecht-link" href={`#${anchorPrefix}regel-${corrects}`} safe>
            {e.corrects(corrects)}
          </a>
        </p>
      ) : (
        ''
      )}
      {corrected ? (
        <p class="utrecht-paragraph kring-entry__correction">
          <a class="utrecht-link" href={`#${anchorPrefix}regel-${corrected}`} safe>
            {e.correctedBy(corrected)}
          </a>
        </p>
      ) : (
        ''
      )}
      <EntryBody t={t} locale={locale} entry={entry} />
      {attachmentHref && entry.kind === 'attachment' ? (
        <p class="utrecht-paragraph">
          <a class="utrecht-link" href={attachmentHref} download="" safe>
            {t.concerns.attachment.download(entry.data.displayName)}
          </a>
        </p>
      ) : (
        ''
      )}
      {correctHref && CORRECTABLE.has(entry.kind) && !corrected ? (
        <p class="utrecht-paragraph">
          <a class="utrecht-link" href={correctHref}>
            <span safe>{e.correct}</span>
            <span class="kring-visually-hidden" safe>
              {` (${e.number(entry.seq)})`}
            </span>
          </a>
        </p>
      ) : (
        ''
      )}
    </li>
  );
}
