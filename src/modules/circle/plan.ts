// SPDX-License-Identifier: EUPL-1.2
/**
 * The shared plan's rules (issue 14 item 4, ADR 0035): one plan per team (one young person or
 * family). The plan is the first thing the professionals share about *what*, so it needs the
 * consent of the parents or the young person first (docs/domain.md §4: sharing substantive
 * information after a match needs consent), recorded with its date and scope. Each agreed action
 * has an owner among the team's signals, a due date and its progress. Free text holds no BSN.
 *
 * Every check returns message keys per field (texts in the messages' circle.team.errors), never a
 * value.
 */
import { containsBsn } from '#src/core/bsn.ts';
import { isoParts } from './age.ts';
import type { ActionStatus, ConsentGiver } from './team.table.ts';

const isIsoDate = (value: string) => isoParts(value) !== null;

export const MAX_PLAN_TEXT = 500;
export const CONSENT_GIVERS: readonly ConsentGiver[] = ['parents', 'youngPerson', 'both'];
export const ACTION_STATUSES: readonly ActionStatus[] = ['open', 'done'];

type Problems = Record<string, string>;

/** The problem of a free text, or undefined. */
function textProblem(value: string, required: 'scopeRequired' | 'descriptionRequired' | null): string | undefined {
  if (value === '') return required ?? undefined;
  if (value.length > MAX_PLAN_TEXT) return 'textTooLong';
  if (containsBsn(value)) return 'bsn';
  return undefined;
}

/** Consent as recorded. */
export interface ConsentInput {
  readonly givenBy: string;
  readonly givenOn: string;
  readonly scope: string;
}

/**
 * Checks a consent: who gave it, on a day not after today, and for what.
 * @param today ISO date in Amsterdam
 */
export function consentProblems(input: ConsentInput, today: string): Problems {
  const problems: Problems = {};
  if (!(CONSENT_GIVERS as readonly string[]).includes(input.givenBy)) problems.givenBy = 'givenByRequired';
  if (input.givenOn === '') problems.givenOn = 'givenOnRequired';
  else if (!isIsoDate(input.givenOn)) problems.givenOn = 'dateInvalid';
  else if (input.givenOn > today) problems.givenOn = 'givenOnFuture';
  const scope = textProblem(input.scope.trim(), 'scopeRequired');
  if (scope) problems.scope = scope;
  return problems;
}

/** An action as agreed. */
export interface ActionInput {
  readonly description: string;
  readonly ownerSignalId: string;
  readonly dueOn: string;
}

/**
 * Checks a new action: what, who (one of the team's signals), and a due date not before today.
 * @param members the team's signals now
 */
export function actionProblems(input: ActionInput, today: string, members: ReadonlySet<string>): Problems {
  const problems: Problems = {};
  const description = textProblem(input.description.trim(), 'descriptionRequired');
  if (description) problems.description = description;
  if (!members.has(input.ownerSignalId)) problems.owner = 'ownerRequired';
  if (input.dueOn === '') problems.dueOn = 'dueOnRequired';
  else if (!isIsoDate(input.dueOn)) problems.dueOn = 'dateInvalid';
  else if (input.dueOn < today) problems.dueOn = 'dueOnPast';
  return problems;
}

/** Progress on an action. */
export interface ProgressInput {
  readonly status: string;
  readonly progress: string;
}

/** Checks progress: open or done, and a note that fits. */
export function progressProblems(input: ProgressInput): Problems {
  const problems: Problems = {};
  if (!(ACTION_STATUSES as readonly string[]).includes(input.status)) problems.status = 'statusRequired';
  const progress = textProblem(input.progress.trim(), null);
  if (progress) problems.progress = progress;
  return problems;
}
