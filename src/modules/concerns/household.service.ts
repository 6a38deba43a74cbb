// SPDX-License-Identifier: EUPL-1.2
/**
 * The household of a concern's person (step 1, with the kindcheck): its members, and a concern of a
 * member's own, linked to this one.
 */
import { actorOf } from '#src/core/authz.ts';
import type { RequestContext } from '#src/core/context.ts';
import { ConflictError } from '#src/core/errors.ts';
import { validInput } from '#src/core/field-rules.ts';
import { hidden } from '#src/core/refusal.ts';
import { ageOf } from './age.ts';
import * as repo from './concern.repository.ts';
import { type ConcernNotifier, createConcern } from './concern.service.ts';
import { auditConcern, lockedConcern } from './concern-access.ts';
import { appendEntry } from './entry.repository.ts';
import { householdMemberSchema } from './household.schemas.ts';
import * as steps from './steps.repository.ts';
import type { AgeGroup } from './workflow.ts';

/**
 * Adds a member of the household of the concern's person.
 * @throws {ValidationError} the member breaks a rule of household.schemas.ts (each field's key)
 */
export async function addHouseholdMember(
  ctx: RequestContext,
  id: string,
  input: { name: string; relation: string; dateOfBirth: string | null; ageYears: number | null },
): Promise<string> {
  const actor = actorOf(ctx);
  const member = validInput(householdMemberSchema(ctx.now), input);
  return ctx.db.transaction().execute(async (trx) => {
    const concern = await lockedConcern(trx, actor, id, 'addEntry');
    const memberId = await steps.insertHouseholdMember(trx, {
      personId: concern.personId,
      name: member.name,
      relation: member.relation,
      dateOfBirth: member.dateOfBirth,
      ageYears: member.ageYears,
      createdBy: actor.userId,
      now: ctx.now,
    });
    await appendEntry(trx, {
      concernId: id,
      authorId: actor.userId,
      entry: {
        kind: 'householdMember',
        data: { memberId, name: member.name, relation: member.relation, age: ageOf(member, ctx.now) },
      },
      occurredAt: null,
      correctsId: null,
      now: ctx.now,
    });
    await auditConcern(trx, ctx, concern, 'concern.household.create', 'C');
    return memberId;
  });
}

/**
 * Opens a concern about a member of the household (kindcheck): the member becomes a person of the
 * organisation, the new concern points to this one, and both dossiers record the link.
 * @returns the new concern's id
 */
export async function openConcernForHouseholdMember(
  ctx: RequestContext,
  id: string,
  memberId: string,
  notifier: ConcernNotifier,
): Promise<string> {
  const actor = actorOf(ctx);
  return ctx.db.transaction().execute(async (trx) => {
    const concern = await lockedConcern(trx, actor, id, 'addEntry');
    const member = await steps.lockHouseholdMember(trx, memberId, concern.personId);
    if (!member) throw hidden('household_member', memberId);
    if (member.linked_person_id) throw new ConflictError('Already has a concern');
    const age = ageOf({ dateOfBirth: member.date_of_birth, ageYears: member.age_years }, ctx.now);
    const ageGroup: AgeGroup = age !== null && age >= 18 ? (age >= 65 ? 'older' : 'adult') : 'child';
    const personId = await repo.insertPerson(trx, {
      organisationId: concern.organisationId,
      fullName: member.name,
      dateOfBirth: member.date_of_birth,
      ageGroup,
      now: ctx.now,
    });
    await steps.linkHouseholdMember(trx, memberId, personId);
    // Signs of honour-related violence in a family concern its children too: "yes" and "don't know"
    // carry over (no conversation with the family about a brother either); otherwise the new
    // concern's first signal asks.
    const carried = concern.honourRisk === 'yes' || concern.honourRisk === 'unknown';
    const childId = await createConcern(
      trx,
      ctx,
      actor,
      personId,
      { fullName: member.name, dateOfBirth: member.date_of_birth, ageGroup },
      { honourRisk: carried ? concern.honourRisk : null, inherited: carried },
      id,
      notifier,
    );
    await appendEntry(trx, {
      concernId: id,
      authorId: actor.userId,
      entry: { kind: 'linkedConcern', data: { concernId: childId, name: member.name, direction: 'child' } },
      occurredAt: null,
      correctsId: null,
      now: ctx.now,
    });
    await appendEntry(trx, {
      concernId: childId,
      authorId: actor.userId,
      entry: { kind: 'linkedConcern', data: { concernId: id, name: concern.person.fullName, direction: 'parent' } },
      occurredAt: null,
      correctsId: null,
      now: ctx.now,
    });
    return childId;
  });
}
