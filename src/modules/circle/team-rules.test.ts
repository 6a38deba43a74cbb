// SPDX-License-Identifier: EUPL-1.2
/**
 * The pure rules of working together (ADR 0035): who coordinates after which events, which moves are
 * allowed, whom the municipality's rule proposes, and the checks of consent, actions and progress.
 * Expected values are written by hand from the rules in the ADR.
 */
import { describe, expect, it } from 'vitest';
import { type OrganisationType, parseOrganisationTypes } from '#src/core/roles.ts';
import { type CoordinationStep, coordinationMoveProblem, coordinationState, proposedByRule } from './coordination.ts';
import { actionProblems, consentProblems, progressProblems } from './plan.ts';

const A = 'a';
const B = 'b';
const C = 'c';
const all = new Set([A, B, C]);
const p = (signalId: string): CoordinationStep => ({ event: 'proposed', signalId });
const ok = (signalId: string): CoordinationStep => ({ event: 'accepted', signalId });
const no = (signalId: string): CoordinationStep => ({ event: 'declined', signalId });

describe('coordinationState', () => {
  it.each<[string, CoordinationStep[], Set<string>, string | null, string | null]>([
    ['no events', [], all, null, null],
    ['a proposal waits', [p(A)], all, null, A],
    ['accepted: coordinator', [p(A), ok(A)], all, A, null],
    ['declined: nobody', [p(A), no(A)], all, null, null],
    ['an answer for someone not proposed changes nothing', [p(A), ok(B)], all, null, A],
    ['a later proposal replaces the waiting one', [p(A), p(B)], all, null, B],
    ['change of coordinator: A, then B accepted', [p(A), ok(A), p(B), ok(B)], all, B, null],
    ['change proposed, still A until B accepts', [p(A), ok(A), p(B)], all, A, B],
    ['change declined: A stays', [p(A), ok(A), p(B), no(B)], all, A, null],
    ['an accept twice counts once', [p(A), ok(A), ok(A)], all, A, null],
    ['the coordinator left (signal ended): nobody', [p(A), ok(A)], new Set([B, C]), null, null],
    ['the proposed left: no proposal', [p(A)], new Set([B, C]), null, null],
    ['proposing the coordinator again is no proposal', [p(A), ok(A), p(A)], all, A, null],
  ])('%s', (_name, events, members, coordinator, proposed) => {
    expect(coordinationState(events, members)).toEqual({ coordinator, proposed });
  });
});

describe('coordinationMoveProblem', () => {
  const state = { coordinator: A, proposed: B };
  it.each<[string, 'propose' | 'accept' | 'decline', string, string | null]>([
    ['propose a member', 'propose', C, null],
    ['propose the coordinator', 'propose', A, 'alreadyCoordinator'],
    ['propose someone outside the team', 'propose', 'x', 'notAMember'],
    ['accept the proposed', 'accept', B, null],
    ['accept someone else', 'accept', C, 'notProposed'],
    ['decline the proposed', 'decline', B, null],
    ['decline someone else', 'decline', A, 'notProposed'],
  ])('%s', (_name, move, signalId, problem) => {
    expect(coordinationMoveProblem(state, move, signalId, all)).toBe(problem);
  });
});

describe("the municipality's rule", () => {
  const at = (day: number) => new Date(Date.UTC(2027, 0, day));
  const member = (signalId: string, organisationType: OrganisationType, day: number) => ({
    signalId,
    organisationType,
    registeredAt: at(day),
  });
  const rule: OrganisationType[] = ['youthCare', 'socialTeam', 'school'];
  it.each<[string, ReturnType<typeof member>[], string | null]>([
    [
      'youth care before school, whoever came first',
      [member('school', 'school', 1), member('yc', 'youthCare', 9)],
      'yc',
    ],
    ['among equals, the earliest signal', [member('s2', 'school', 5), member('s1', 'school', 2)], 's1'],
    ['a type outside the order is never proposed', [member('p', 'police', 1), member('s', 'school', 3)], 's'],
    ['nobody in the order: no proposal', [member('p', 'police', 1), member('v', 'veiligThuis', 2)], null],
  ])('%s', (_name, members, expected) => {
    expect(proposedByRule(rule, members)).toBe(expected);
  });
  it('an empty rule proposes nobody', () => {
    expect(proposedByRule([], [member('yc', 'youthCare', 1)])).toBeNull();
  });
  it.each<[string, OrganisationType[] | string]>([
    ['youthCare, school', ['youthCare', 'school']],
    ['', []],
    [' socialTeam ,, police ', ['socialTeam', 'police']],
    ['youthCare,volunteers', 'unknown organisation types: volunteers'],
    ['school,school', 'an organisation type is listed twice'],
  ])('KRING_CIRCLE_COORDINATOR_RULE=%j', (value, expected) => {
    expect(parseOrganisationTypes(value)).toEqual(expected);
  });
});

describe('consent, actions and progress', () => {
  const today = '2027-03-10';
  it.each<[string, Parameters<typeof consentProblems>[0], Record<string, string>]>([
    ['complete', { givenBy: 'parents', givenOn: '2027-03-10', scope: 'Het plan delen' }, {}],
    [
      'nothing',
      { givenBy: '', givenOn: '', scope: ' ' },
      { givenBy: 'givenByRequired', givenOn: 'givenOnRequired', scope: 'scopeRequired' },
    ],
    ['an unknown giver', { givenBy: 'neighbour', givenOn: '2027-03-01', scope: 'x' }, { givenBy: 'givenByRequired' }],
    ['tomorrow', { givenBy: 'both', givenOn: '2027-03-11', scope: 'x' }, { givenOn: 'givenOnFuture' }],
    ['30 February', { givenBy: 'youngPerson', givenOn: '2027-02-30', scope: 'x' }, { givenOn: 'dateInvalid' }],
    ['a BSN in the scope', { givenBy: 'parents', givenOn: '2027-03-01', scope: 'over 111222333' }, { scope: 'bsn' }],
    ['501 characters', { givenBy: 'parents', givenOn: '2027-03-01', scope: 'x'.repeat(501) }, { scope: 'textTooLong' }],
  ])('consent: %s', (_name, input, expected) => {
    expect(consentProblems(input, today)).toEqual(expected);
  });

  const members = new Set([A, B]);
  it.each<[string, Parameters<typeof actionProblems>[0], Record<string, string>]>([
    ['complete', { description: 'Huisbezoek', ownerSignalId: A, dueOn: '2027-03-10' }, {}],
    [
      'nothing',
      { description: '', ownerSignalId: '', dueOn: '' },
      { description: 'descriptionRequired', owner: 'ownerRequired', dueOn: 'dueOnRequired' },
    ],
    [
      'an owner outside the team',
      { description: 'x', ownerSignalId: 'x', dueOn: '2027-04-01' },
      { owner: 'ownerRequired' },
    ],
    ['yesterday', { description: 'x', ownerSignalId: B, dueOn: '2027-03-09' }, { dueOn: 'dueOnPast' }],
    ['not a date', { description: 'x', ownerSignalId: B, dueOn: 'invalid' }, { dueOn: 'dateInvalid' }],
  ])('action: %s', (_name, input, expected) => {
    expect(actionProblems(input, today, members)).toEqual(expected);
  });

  it.each<[string, Parameters<typeof progressProblems>[0], Record<string, string>]>([
    ['done, no note', { status: 'done', progress: '' }, {}],
    ['open with a note', { status: 'open', progress: 'Gebeld met moeder' }, {}],
    ['no status', { status: 'half', progress: '' }, { status: 'statusRequired' }],
    ['a BSN in the note', { status: 'open', progress: 'bsn 111222333' }, { progress: 'bsn' }],
  ])('progress: %s', (_name, input, expected) => {
    expect(progressProblems(input)).toEqual(expected);
  });
});
