// SPDX-License-Identifier: EUPL-1.2
/**
 * Refused object access, named (issue 11, finding 5; ADR 0024). A service that answers 404 because
 * an object is another organisation's (or does not exist), or 403 because the object policy denies
 * the action, throws one of these errors with the object it refused: its kind and the id *as the
 * actor gave it*. The answer to the client is exactly that of a plain NotFoundError or
 * ForbiddenError; the error handler also writes an `object.denied` audit row for it, in a transaction
 * of its own (the use case's transaction has rolled back by then).
 */
import { AppError, NotFoundError } from './errors.ts';

/** The kinds of object whose refused access is audited (the audit row's participant object type). */
export const OBJECT_TYPES = [
  'concern',
  'concern_attachment',
  'household_member',
  'report',
  'user',
  'membership',
  'invitation',
  'organisation',
  'person',
  'circle_signal',
  'circle_api_client',
  'circle_team',
  'circle_plan_action',
  'news_article',
  'news_image',
  'network_partner',
  'meeting',
  'meeting_action',
] as const;
/** One of OBJECT_TYPES. */
export type ObjectType = (typeof OBJECT_TYPES)[number];

/** What an actor tried to reach. */
export interface ObjectRef {
  /** The kind of object; undefined when the route decides (an id that is no id, see idOrNotFound). */
  readonly type: ObjectType | undefined;
  /** The id exactly as the actor gave it (possibly no id at all). */
  readonly id: string;
}

/** An object the actor may not know about: answered 404, audited with the object. */
export class HiddenObjectError extends NotFoundError {
  override name = 'HiddenObjectError';
  constructor(readonly target: ObjectRef) {
    super();
  }
}

/**
 * An object the actor may see but not act on this way: answered 403 (as ForbiddenError, which lives in
 * authz.ts; that module imports this one), audited with the object.
 */
export class DeniedObjectError extends AppError {
  override name = 'DeniedObjectError';
  /**
   * @param code `CIRCLE_TEAM_NOT_YOURS` when the actor is in the circle's team but the step is another
   *   member's (the page then says whose)
   */
  constructor(
    readonly target: ObjectRef,
    code: 'AUTH_FORBIDDEN' | 'CIRCLE_TEAM_NOT_YOURS' = 'AUTH_FORBIDDEN',
  ) {
    super(code, 'Forbidden');
  }
}

/**
 * The 404 for an object that does not exist or is not the actor's to know about.
 * @param type the kind of object
 * @param id the id as the actor gave it
 */
export function hidden(type: ObjectType, id: string): HiddenObjectError {
  return new HiddenObjectError({ type, id });
}

/** The object named by a refusal, if the error is one. */
export function refusedObject(err: unknown): ObjectRef | undefined {
  return err instanceof HiddenObjectError || err instanceof DeniedObjectError ? err.target : undefined;
}
