// SPDX-License-Identifier: EUPL-1.2
/**
 * A dossier entry as plain text, for the chronology PDF (and any other place without HTML). The
 * wording is the wording of EntryBody and EntryItem in parts.tsx: the same entry reads the same on the
 * concern page, the printable chronology and the PDF.
 */
import { loadSigns } from '#src/content/meldcode-content.ts';
import { isBodyRegion } from '#src/web/components/body-map/body-regions.ts';
import { formatDate, formatDateTime } from '#src/web/format.ts';
import type { Locale } from '#src/web/i18n/locale.ts';
import type { Messages } from '#src/web/i18n/messages.ts';
import type { EntryDataByKind } from '../entries.ts';
import type { EntryRow } from '../entry.repository.ts';

/** The name of a sign category in the page's language. */
export function categoryName(locale: Locale, id: string): string {
  const category = loadSigns().categories.find((c) => c.id === id);
  return category ? category[locale].name : id;
}

/** A labelled text (`label: text`), or nothing when the text is empty. */
function text(value: string, label?: string): string[] {
  if (!value) return [];
  return [label ? `${label}: ${value}` : value];
}

function source(t: Messages, kind: 'self' | 'other', who: string): string[] {
  const e = t.concerns.entries;
  return text(kind === 'self' ? e.ownObservation : e.source(who));
}

/** An injury in words ("Blauwe plek, 4 cm, blauw-paars, voorkant, linker bovenarm"). */
export function injuryDescription(t: Messages, d: Extract<EntryRow, { kind: 'injury' }>['data']): string {
  const i = t.concerns.injury;
  const region = isBodyRegion(d.region) ? t.bodyMap.regions[d.region] : d.region;
  return i.describe(
    i.kinds[d.injuryKind],
    d.sizeCm === null ? '' : String(d.sizeCm),
    i.colours[d.colour],
    i.sides[d.side],
    region,
  );
}

/**
 * Who wrote an entry and when (and when it happened, if given), as EntryItem shows it.
 * @returns e.g. "Anna de Vries, 12 november 2026 om 14:30 · Gebeurd op 11 november 2026 om 08:15"
 */
export function entryMeta(t: Messages, locale: Locale, entry: EntryRow): string {
  const e = t.concerns.entries;
  const when = entry.occurredAt
    ? (entry.occurredTimeKnown ? formatDateTime : formatDate)(locale, entry.occurredAt)
    : undefined;
  const occurred = when ? ` · ${e.occurred(when)}` : '';
  return `${entry.authorName}, ${formatDateTime(locale, entry.createdAt)}${occurred}`;
}

/**
 * What an entry says, as plain text lines (one per paragraph of EntryBody; empty texts are left
 * out). Texts people wrote are returned as written (they may hold line breaks); nothing is escaped.
 * @param t the messages of the reader's language
 * @param locale the reader's language (dates, sign category names)
 * @param entry any entry of a dossier
 */
export function entryLines(t: Messages, locale: Locale, entry: EntryRow): string[] {
  const c = t.concerns;
  const e = c.entries;
  switch (entry.kind) {
    case 'opened':
      return [...(entry.data.byVolunteer ? [e.openedByVolunteer] : []), ...openedHonourLines(t, entry.data)];
    case 'observation':
      return [
        ...text(entry.data.facts),
        ...text(entry.data.interpretation, e.interpretation),
        ...source(t, entry.data.sourceKind, entry.data.source),
        ...text(entry.data.categories.map((id) => categoryName(locale, id)).join(', '), e.categories),
      ];
    case 'quote':
      return [
        `“${entry.data.words}”`,
        ...text(entry.data.context),
        ...source(t, entry.data.sourceKind, entry.data.source),
      ];
    case 'counterSign':
      return [...text(entry.data.facts), ...source(t, entry.data.sourceKind, entry.data.source)];
    case 'injury':
      return [injuryDescription(t, entry.data), ...text(entry.data.explanation)];
    case 'attachment':
      return text([entry.data.displayName, entry.data.description].filter(Boolean).join(': '));
    case 'householdMember':
      return [
        `${entry.data.name} (${entry.data.relation}${entry.data.age === null ? '' : `, ${c.age(entry.data.age)}`})`,
      ];
    case 'kindcheck':
      return [
        e.children(entry.data.childrenCount, entry.data.ages),
        ...text(c.household.cares[entry.data.care], c.household.care),
        ...text(entry.data.notes),
      ];
    case 'carerCheck':
      return carerCheckLines(t, entry.data);
    case 'linkedConcern':
      return [entry.data.direction === 'child' ? e.linkedChild(entry.data.name) : e.linkedParent(entry.data.name)];
    case 'consultationRequested':
      return [entry.data.leadName ? e.requestedOf(entry.data.leadName) : e.requestedOfAny];
    case 'consultation':
      return [e.withName(entry.data.withName), ...text(entry.data.advice, e.advice)];
    case 'advice':
      return [c.consultation.advisers[entry.data.adviser], ...text(entry.data.advice)];
    case 'conversation':
      return [
        ...text(formatDate(locale, entry.data.conversationDate), e.conversationDate),
        e.participants(entry.data.participants),
        ...text(entry.data.reaction, e.reaction),
      ];
    case 'conversationSkipped':
      return [c.conversation.reasons[entry.data.reason], ...text(entry.data.explanation)];
    case 'weighing': {
      const rationale = entry.data.rationale as Partial<Record<string, string>>;
      return [
        ...Object.entries(entry.data.answers).map(([q, yes]) => {
          const why = rationale[q];
          return `${e.answer(Number(q), Boolean(yes))}${why ? ` — ${why}` : ''}`;
        }),
        ...text(c.weighing.outcomes[entry.data.outcome], c.weighing.outcomeTitle),
      ];
    }
    case 'decision':
      return [
        c.decision.decisions[entry.data.decision],
        ...text(entry.data.reasons, e.reasons),
        ...(entry.data.decision === 'report' && entry.data.keepHelping ? [e.keepHelping] : []),
        ...(entry.data.informedPerson === null ? [] : [entry.data.informedPerson ? e.informedYes : e.informedNo]),
        ...(entry.data.checkDate ? [e.checkDate(formatDate(locale, entry.data.checkDate))] : []),
      ];
    case 'helpReview':
      return [entry.data.succeeded ? e.helpSucceeded : e.helpFailed, ...text(entry.data.notes)];
    case 'memberAdded':
      return text(entry.data.name);
    case 'reopened':
      return text(entry.data.reason);
    case 'note':
      return text(entry.data.text);
    case 'reported':
      return reportedLines(t, entry.data);
    case 'adviceRequested':
      return [
        e.adviceRequested(entry.data.number, entry.data.veiligThuisName),
        ...text(entry.data.question, e.question),
      ];
    case 'vtFeedback':
      return feedbackLines(t, entry.data);
    case 'honourRisk':
      return honourRiskLines(t, entry.data);
  }
}

/** The honour-related violence answer given at opening, if it was (older concerns were not asked). */
export function openedHonourLines(t: Messages, d: EntryDataByKind['opened']): string[] {
  const h = t.concerns.honour;
  if (d.honourRisk === undefined || d.honourRisk === null) return [];
  return [h.entry(h.answerWords[d.honourRisk]), ...(d.honourRiskInherited ? [h.entryInherited] : [])];
}

/** The honour-related violence question answered after opening. */
export function honourRiskLines(t: Messages, d: EntryDataByKind['honourRisk']): string[] {
  const h = t.concerns.honour;
  return [h.entry(h.answerWords[d.answer]), ...(d.previous ? [h.entryPrevious(h.answerWords[d.previous])] : [])];
}

/** The lines of a carer check (shared by the page and the chronology). */
export function carerCheckLines(t: Messages, d: EntryDataByKind['carerCheck']): string[] {
  const e = t.concerns.entries;
  const answer = t.concerns.household.carerAnswers;
  return [
    e.hasCarer(answer[d.hasCarer], d.carer),
    ...(d.carerOverburdened === null ? [] : [e.carerOverburdened(answer[d.carerOverburdened])]),
    e.caresForSomeone(answer[d.caresForSomeone], d.caredFor),
    ...text(d.notes),
  ];
}

/** The lines of a report filed (shared by the page and the chronology). */
export function reportedLines(t: Messages, d: EntryDataByKind['reported']): string[] {
  const e = t.concerns.entries;
  return [
    e.reported(d.number, d.veiligThuisName),
    e.reportedObservations(d.observationSeqs.join(', ')),
    ...(d.householdCount > 0 ? [e.reportedHousehold(d.householdCount)] : []),
    ...(d.acute ? [e.reportedAcute] : []),
    d.informed ? e.reportedInformed : e.reportedNotInformed,
    ...(d.staysUnknown ? [e.reportedUnknown] : []),
  ];
}

/** The lines of feedback from Veilig Thuis. */
export function feedbackLines(t: Messages, d: EntryDataByKind['vtFeedback']): string[] {
  const e = t.concerns.entries;
  return [
    e.feedbackAfter(d.stage, d.number, d.veiligThuisName),
    `${e.feedbackOutcome}: ${t.reports.outcomes[d.outcome]}`,
    ...(d.handedOverTo ? [e.handedOverTo(d.handedOverTo)] : []),
    ...text(d.safetyConditions, e.safetyConditions),
    ...text(d.message, e.feedbackMessage),
  ];
}
