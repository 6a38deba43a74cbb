// SPDX-License-Identifier: EUPL-1.2
/**
 * The privacy officer's reading of the audit log (issue 3, item 6; NEN 7513, BIO2 8.15.06): the
 * organisation's log with filters, the per-person overview ("who looked at this person's file, when,
 * and why", NEN 7513 ch. 9) and the check of the hash chain. Only an actor with `audit:read` may
 * read, and every read writes its own audit row in the same transaction.
 *
 * Scope of the organisation's log: the rows written while acting for the actor's organisation, plus
 * the rows without an organisation (signing in, before one is chosen) of the organisation's members,
 * plus the refusals of someone of another organisation who tried to reach this organisation's objects
 * (`target_organisation_id`, ADR 0024). Nothing else of another organisation. The per-person overview shows every row about a member of the
 * actor's organisation, whichever organisation wrote it, with only the columns NEN 7513 ch. 9 names;
 * a person's overview also holds Veilig Thuis's rows about the reports filed about them, and says
 * whose names its export replaces (ADR 0029, access-overview.presenter.ts).
 */

import type { Transaction } from 'kysely';
import { type Actor, can, ForbiddenError, requireRecentFactor } from '#src/core/authz.ts';
import type { RequestContext } from '#src/core/context.ts';
import { NotFoundError } from '#src/core/errors.ts';
import { validInput } from '#src/core/field-rules.ts';
import { hidden } from '#src/core/refusal.ts';
import type { Database } from '#src/db/database.ts';
import {
  type AuditLogCheck,
  audit,
  type SubjectKind,
  subjectPseudonym,
  verifyAuditTrail,
} from '#src/modules/audit/index.ts';
import { auditLogDays, utcDay } from './audit-log.schemas.ts';
import {
  type AuditLogEntry,
  listAuditEvents,
  listSubjectEvents,
  memberName,
  personName,
  personsByName,
  protectedReporters,
  reportsAboutPerson,
  type SubjectLogEntry,
  type SubjectMatch,
  userIdByEmail,
} from './privacy.repository.ts';

/** Rows per page. */
export const AUDIT_PAGE_SIZE = 100;

/** The purpose of every read of the log. */
const PURPOSE = 'audit-review';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ROW_ID = /^\d{1,18}$/;

function reader(ctx: RequestContext): Actor {
  if (!ctx.actor || !can(ctx.actor, 'audit:read')) throw new ForbiddenError();
  return ctx.actor;
}

/** A keyset cursor as given in the URL: a row id, or undefined when empty or not a row id. */
function cursor(before: string | undefined): string | undefined {
  return before && ROW_ID.test(before) ? before : undefined;
}

/** One page of rows and, when there are more, the cursor of the next page. */
export interface LogPage<T> {
  readonly entries: readonly T[];
  /** Pass as `before` for the next (older) page. */
  readonly next: string | undefined;
}

function paged<T extends { readonly id: string }>(rows: readonly T[]): LogPage<T> {
  const entries = rows.slice(0, AUDIT_PAGE_SIZE);
  return { entries, next: rows.length > AUDIT_PAGE_SIZE ? entries[entries.length - 1]!.id : undefined };
}

/** The filters of the organisation's log, as typed (empty means no filter). */
export interface AuditLogQuery {
  /** The user's e-mail address (matched exactly, case-insensitively). */
  readonly email?: string;
  /** The start of the event type code, e.g. `auth.` */
  readonly type?: string;
  /** From this day (YYYY-MM-DD, UTC). */
  readonly from?: string;
  /** Up to and including this day (YYYY-MM-DD, UTC). */
  readonly until?: string;
  /** The page after this row id. */
  readonly before?: string;
}

/**
 * The organisation's audit log, newest first, one page (audited as `audit.read`).
 * @throws {ForbiddenError} without `audit:read`
 * @throws {ValidationError} `from`/`until`: `auditDate` (audit-log.schemas.ts)
 */
export async function readAuditLog(ctx: RequestContext, query: AuditLogQuery): Promise<LogPage<AuditLogEntry>> {
  const actor = reader(ctx);
  const days = validInput(auditLogDays, { from: query.from, until: query.until });
  const from = days.from ? utcDay(days.from) : undefined;
  const until = days.until ? utcDay(days.until, 1) : undefined;
  const email = query.email?.trim().toLowerCase();
  const type = query.type?.trim();
  return ctx.db.transaction().execute(async (trx) => {
    // An unknown address matches nobody (not everybody).
    const userId = email ? ((await userIdByEmail(trx, email)) ?? '') : undefined;
    const rows = await listAuditEvents(trx, {
      organisationId: actor.organisationId,
      ...(userId !== undefined && { userId }),
      ...(type && { typePrefix: type }),
      ...(from && { from }),
      ...(until && { until }),
      ...(cursor(query.before) && { before: cursor(query.before) }),
      limit: AUDIT_PAGE_SIZE + 1,
    });
    await audit(trx, ctx, {
      type: 'audit.read',
      action: 'R',
      purpose: PURPOSE,
      outcome: 'success',
      objectType: 'audit_event',
    });
    return paged(rows);
  });
}

/** The per-person overview: whose it is and one page of rows about them. */
export interface PersonOverview extends LogPage<SubjectLogEntry> {
  /** The user's or the person's id. */
  readonly subjectId: string;
  readonly name: string;
  /** The users whose name an export of this overview replaces (ADR 0029); none for a user. */
  readonly protectedUserIds: readonly string[];
}

/**
 * Every audit row about one user of the actor's organisation, from every organisation, newest first
 * (audited as `audit.person`, with the user as data subject).
 * @param userId the user (as given in the URL)
 * @param before the page after this row id
 * @throws {ForbiddenError} without `audit:read`
 * @throws {NotFoundError} when the id is not a member of the actor's organisation (or not an id at all)
 */
export function personOverview(ctx: RequestContext, userId: string, before?: string): Promise<PersonOverview> {
  return subjectRows(ctx, 'user', userId, before, memberName);
}

/** The subject's name when they belong to the organisation, else undefined (→ 404). */
type NameOf = (trx: Transaction<Database>, id: string, organisationId: string) => Promise<string | undefined>;

/** The subject, once the actor may read about them: the normalised id, the name, and the reader. */
interface OpenedSubject {
  readonly actor: Actor;
  readonly id: string;
  readonly name: string;
}

/**
 * Opens a data subject of the actor's organisation for reading about them, in a transaction (deny
 * by default: without `audit:read`, for another organisation's subject and for an id that is none).
 */
async function withSubject<T>(
  ctx: RequestContext,
  kind: SubjectKind,
  subjectId: string,
  nameOf: NameOf,
  use: (trx: Transaction<Database>, subject: OpenedSubject) => Promise<T>,
): Promise<T> {
  const actor = reader(ctx);
  // Another organisation's person (or an id that is none) is refused, and audited (ADR 0024); an
  // empty field is no attempt at anyone.
  const refused = () => (subjectId ? hidden(kind, subjectId) : new NotFoundError());
  if (!UUID.test(subjectId)) throw refused();
  const id = subjectId.toLowerCase();
  return ctx.db.transaction().execute(async (trx) => {
    const name = await nameOf(trx, id, actor.organisationId);
    if (name === undefined) throw refused();
    return use(trx, { actor, id, name });
  });
}

/**
 * The pseudonyms the rows about a subject carry: their own and, for a person, those of the reports
 * to Veilig Thuis about them, so that Veilig Thuis's reads of the report are in the person's overview.
 */
async function pseudonymsOf(
  trx: Transaction<Database>,
  ctx: RequestContext,
  kind: SubjectKind,
  id: string,
): Promise<string[]> {
  const key = ctx.keys.pseudonymKey;
  const own = subjectPseudonym(key, kind, id);
  if (kind !== 'person') return [own];
  return [own, ...(await reportsAboutPerson(trx, id)).map((report) => subjectPseudonym(key, 'report', report))];
}

/** One page of the rows about a data subject of the actor's organisation, audited with the subject. */
function subjectRows(
  ctx: RequestContext,
  kind: SubjectKind,
  subjectId: string,
  before: string | undefined,
  nameOf: NameOf,
): Promise<PersonOverview> {
  return withSubject(ctx, kind, subjectId, nameOf, async (trx, { id, name }) => {
    const rows = await listSubjectEvents(trx, await pseudonymsOf(trx, ctx, kind, id), {
      order: 'newest',
      ...(cursor(before) && { before: cursor(before) }),
      limit: AUDIT_PAGE_SIZE + 1,
    });
    const protectedUserIds = kind === 'person' ? await protectedReporters(trx, id) : [];
    await audit(trx, ctx, {
      type: kind === 'user' ? 'audit.person' : 'audit.subject',
      action: 'R',
      purpose: PURPOSE,
      outcome: 'success',
      objectType: kind,
      objectId: id,
      subject: { kind, id },
    });
    return { subjectId: id, name, protectedUserIds, ...paged(rows) };
  });
}

export type { SubjectMatch };

/** The fewest characters a name search needs. */
export const SUBJECT_SEARCH_MIN = 2;

/** The most persons a name search shows. */
export const SUBJECT_SEARCH_MAX = 20;

/**
 * Finds the persons of the actor's organisation by part of their name, for an access request
 * (AVG art. 15) or an inquiry: who looked at this child? At most SUBJECT_SEARCH_MAX, and whether
 * there are more (the page then asks for more of the name: a search narrows, it is not paged, ADR
 * 0031); audited as a search.
 * @param name part of the name (fewer than SUBJECT_SEARCH_MIN characters finds nothing)
 * @throws {ForbiddenError} without `audit:read`
 */
export async function searchSubjects(
  ctx: RequestContext,
  name: string,
): Promise<{ matches: SubjectMatch[]; more: boolean }> {
  const actor = reader(ctx);
  const term = name.trim();
  if (term.length < SUBJECT_SEARCH_MIN) return { matches: [], more: false };
  return ctx.db.transaction().execute(async (trx) => {
    const found = await personsByName(trx, actor.organisationId, term, SUBJECT_SEARCH_MAX + 1);
    const matches = found.slice(0, SUBJECT_SEARCH_MAX);
    await audit(trx, ctx, {
      type: 'audit.subject.search',
      action: 'E',
      purpose: PURPOSE,
      outcome: 'success',
      objectType: 'person',
      objectId: null,
    });
    return { matches, more: found.length > SUBJECT_SEARCH_MAX };
  });
}

/**
 * Every audit row about one person of the actor's organisation (a data subject of a concern),
 * newest first: who read or changed their dossier, when and why. Audited with the person as subject.
 * @throws {ForbiddenError} without `audit:read`
 * @throws {NotFoundError} when the person is not of the actor's organisation (or the id is no id)
 */
export function subjectOverview(ctx: RequestContext, personId: string, before?: string): Promise<PersonOverview> {
  return subjectRows(ctx, 'person', personId, before, personName);
}

/** Rows read per query while exporting. */
const EXPORT_BATCH = 1000;

/** Everything the export of a person's overview holds (ADR 0029). */
export interface SubjectOverviewExport {
  readonly subjectId: string;
  readonly name: string;
  /** The organisation that makes the export (the reader's). */
  readonly organisationId: string;
  readonly organisationName: string;
  readonly generatedAt: Date;
  /** Every row about the person, oldest first. */
  readonly entries: readonly SubjectLogEntry[];
  /** The users whose name the export replaces. */
  readonly protectedUserIds: readonly string[];
}

/**
 * The whole overview of a person of the actor's organisation (every row, oldest first), for the
 * export a privacy officer hands to the person or a parent. Audited as `audit.subject.export` (NEN
 * 7513: exports are logged), with the person as data subject.
 * @param personId the person (as given in the URL)
 * @throws {ForbiddenError} without `audit:read`
 * @throws {NotFoundError} when the person is not of the actor's organisation (or the id is no id)
 * @throws {StepUpRequiredError} without a second factor proven in the last five minutes
 */
export function exportSubjectOverview(ctx: RequestContext, personId: string): Promise<SubjectOverviewExport> {
  return withSubject(ctx, 'person', personId, personName, async (trx, { actor, id, name }) => {
    // Handing data over is a sensitive action: a second factor proven in the last five minutes
    // (security.md requirement 4, ASVS 7.5.3), asked for only once the person is the organisation's.
    requireRecentFactor(actor, ctx.now);
    const pseudonyms = await pseudonymsOf(trx, ctx, 'person', id);
    const entries: SubjectLogEntry[] = [];
    for (;;) {
      const after = entries.at(-1)?.id;
      const batch = await listSubjectEvents(trx, pseudonyms, {
        order: 'oldest',
        ...(after !== undefined && { after }),
        limit: EXPORT_BATCH,
      });
      entries.push(...batch);
      if (batch.length < EXPORT_BATCH) break;
    }
    const protectedUserIds = await protectedReporters(trx, id);
    await audit(trx, ctx, {
      type: 'audit.subject.export',
      action: 'R',
      purpose: PURPOSE,
      outcome: 'success',
      objectType: 'person',
      objectId: id,
      subject: { kind: 'person', id },
    });
    return {
      subjectId: id,
      name,
      organisationId: actor.organisationId,
      organisationName: actor.organisationName,
      generatedAt: ctx.now,
      entries,
      protectedUserIds,
    };
  });
}

/**
 * Checks the whole hash chain, and its end against the latest checkpoint outside the database
 * (audited as `audit.verify`; a broken log names the row where it breaks).
 * @param anchorFile the audit anchor (KRING_AUDIT_ANCHOR)
 * @throws {ForbiddenError} without `audit:read`
 */
export async function checkAuditLog(ctx: RequestContext, anchorFile: string): Promise<AuditLogCheck> {
  reader(ctx);
  return ctx.db.transaction().execute(async (trx) => {
    const result = await verifyAuditTrail(trx, ctx.keys.auditKey, anchorFile);
    await audit(trx, ctx, {
      type: 'audit.verify',
      action: 'E',
      purpose: PURPOSE,
      outcome: 'success',
      objectType: 'audit_event',
      objectId: result.ok ? null : result.brokenAt,
    });
    return result;
  });
}
