// SPDX-License-Identifier: EUPL-1.2
/**
 * The access overview in words a parent can read (issue 12, item 1; ADR 0029): audit rows about a
 * person become rows of when (Dutch time), who, which organisation, which role, what (in plain
 * words, never an event code) and why. Pure: the same rows feed the privacy officer's page, the PDF
 * and the CSV.
 *
 * Whose name is replaced by "een professional van <organisatie>":
 * - every row of a user who filed (or wrote an observation of) a report to Veilig Thuis in which the
 *   reporter asked to stay unknown to the family: all of that user's rows, not only the report's,
 *   or the name would show through the other rows (who read the dossier that week);
 * - every row of a Veilig Thuis worker (Veilig Thuis says who is in touch with the family).
 * The organisation and the role are always shown. The export never holds a replaced name; the
 * privacy officer's page shows the name of a protected colleague of their own organisation next to
 * what the export says instead, and never a Veilig Thuis worker's name.
 */
import { formatDateTime } from '#src/web/format.ts';
import type { Locale } from '#src/web/i18n/locale.ts';
import type { Messages } from '#src/web/i18n/messages.ts';
import type { SubjectLogEntry } from './privacy.repository.ts';

/** Why a name is replaced, in the order the note gives the reasons. */
export const REDACTION_REASONS = ['staysUnknown', 'veiligThuis'] as const;
/** One of REDACTION_REASONS. */
export type RedactionReason = (typeof REDACTION_REASONS)[number];

/** One row of the overview, in words. */
export interface OverviewRow {
  readonly id: string;
  /** Date and time in Dutch time, as people write it ("5 december 2026 om 11:00"). */
  readonly time: string;
  /** Who, as the export says it: a name, or "Een professional van <organisatie>". */
  readonly who: string;
  /** Why `who` is not the name, or null when it is. */
  readonly redacted: RedactionReason | null;
  /**
   * The replaced name, for the privacy officer's screen only: set for a protected reporter of the
   * reader's own organisation, null otherwise (never for a Veilig Thuis worker).
   */
  readonly nameOnScreen: string | null;
  readonly organisation: string;
  readonly role: string;
  /** What happened, in plain words, with "(geweigerd)" or "(mislukt)" when it did not succeed. */
  readonly event: string;
  /** Why, in plain words. */
  readonly purpose: string;
}

/** The rows and the reasons for replaced names among them (empty: no name replaced). */
export interface PresentedOverview {
  readonly rows: readonly OverviewRow[];
  readonly reasons: readonly RedactionReason[];
}

/** What the presenter needs besides the rows. */
export interface OverviewOptions {
  /** The reader's messages (the route's language). */
  readonly t: Messages;
  readonly locale: Locale;
  /** The users whose names are replaced because a report asked it (privacy.service.ts). */
  readonly protectedUserIds: readonly string[];
  /** The organisation of the privacy officer reading (their colleagues' names may show on screen). */
  readonly readerOrganisationId: string;
}

/** A text from a message table by a stored code, when the table has it. */
function lookup(table: Readonly<Record<string, string>>, code: string | null): string | undefined {
  return code !== null && Object.hasOwn(table, code) ? table[code] : undefined;
}

/**
 * An audit event in plain words: the event's text, or the generic text for a type Kring has no
 * words for (never the code), with the outcome when it did not succeed.
 * @param t the reader's messages
 * @param type the event type code, e.g. `concern.read`
 * @param outcome the outcome indicator (0 success)
 */
export function eventInWords(t: Messages, type: string, outcome: SubjectLogEntry['outcome']): string {
  const o = t.staff.audit.overview;
  const event = lookup(o.events, type) ?? o.otherEvent;
  return outcome === 0 ? event : o.withOutcome(event, o.outcomes[outcome]);
}

/** Whether a row was written by someone acting for Veilig Thuis. */
function byVeiligThuis(entry: SubjectLogEntry): boolean {
  return entry.organisationType === 'veiligThuis' || entry.role === 'intakeWorker';
}

/**
 * Audit rows as rows of the access overview, in the given order.
 * @param entries the rows about the person (privacy.service.ts)
 * @param options the language, the protected users and the reader's organisation
 */
export function presentOverview(entries: readonly SubjectLogEntry[], options: OverviewOptions): PresentedOverview {
  const { t, locale } = options;
  const o = t.staff.audit.overview;
  const roles: Readonly<Record<string, string>> = t.staff.roles;
  const protectedUsers = new Set(options.protectedUserIds);
  const reasons = new Set<RedactionReason>();
  const rows = entries.map((e): OverviewRow => {
    const organisation = e.organisationName ?? o.unknownOrganisation;
    const redacted: RedactionReason | null =
      e.userId === null
        ? null
        : protectedUsers.has(e.userId)
          ? 'staysUnknown'
          : byVeiligThuis(e)
            ? 'veiligThuis'
            : null;
    if (redacted) reasons.add(redacted);
    const name = e.userId === null ? o.nobody : (e.userName ?? '—');
    return {
      id: e.id,
      time: formatDateTime(locale, e.time),
      who: redacted ? o.professionalOf(organisation) : name,
      redacted,
      nameOnScreen:
        redacted === 'staysUnknown' && e.organisationId === options.readerOrganisationId && e.userName
          ? e.userName
          : null,
      organisation,
      role: e.role === null ? o.noRole : (lookup(roles, e.role) ?? o.otherRole),
      event: eventInWords(t, e.type, e.outcome),
      purpose: lookup(o.purposes, e.purpose) ?? o.otherPurpose,
    };
  });
  return { rows, reasons: REDACTION_REASONS.filter((r) => reasons.has(r)) };
}
