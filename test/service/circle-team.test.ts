// SPDX-License-Identifier: EUPL-1.2
/**
 * Working together after a match, on the database (issue 14 item 4, ADR 0035): the team forms at the
 * match and the municipality's rule proposes youth care; acceptance, change of coordinator; who may
 * do what (another organisation: 404; a member's volunteer: 403; only the coordinator plans); consent
 * before the plan; the 10-working-day flag, once, to the coordinator and the municipality; a
 * withdrawn signal leaves the team, and the last one takes the team with it.
 */
import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '#src/core/authz.ts';
import { ForbiddenError } from '#src/core/authz.ts';
import { NotFoundError, ValidationError } from '#src/core/errors.ts';
import { DeniedObjectError } from '#src/core/refusal.ts';
import type { DatabaseHandle } from '#src/db/create-db.ts';
import type { Database } from '#src/db/database.ts';
import {
  addPlanAction,
  answerProposal,
  type CircleNotifier,
  type CircleSettings,
  endSignal,
  flaggedTeamsOverview,
  flagTeamsWithoutContact,
  proposeCoordinator,
  recordConsent,
  recordProgress,
  recordTeamContact,
  registerSignal,
  signalWithMatches,
  teamView,
} from '#src/modules/circle/index.ts';
import { distinctBsns } from '#test/fixtures/bsn.ts';
import { circleKeys, contextFor, createMember, refusalOf, signalInput } from '#test/fixtures/circle.ts';
import { createTestDatabase } from '#test/setup.ts';

const [MILAN, NOOR] = distinctBsns(2, 4321) as [string, string];
const settings: CircleSettings = { keys: circleKeys(0x01), maxMonths: 24 };
const at = (iso: string) => new Date(iso);

let handle: DatabaseHandle;
let db: Kysely<Database>;
let femke: Actor;
let schoolVolunteer: Actor;
let joost: Actor;
let police: Actor;
let regie: Actor;

/** What the notifier was told, in order. */
const told: Array<{ kind: string; users: string[]; municipality: boolean }> = [];
const notifier: CircleNotifier = {
  async matched() {},
  async teamNotice(_trx, kind, _teamId, recipients, options) {
    told.push({ kind, users: recipients.map((r) => r.userId), municipality: options?.municipality === true });
  },
};

beforeAll(async () => {
  handle = await createTestDatabase();
  db = handle.db;
  const school = { name: 'Veluwe College', type: 'school' as const };
  femke = await createMember(db, school, { name: 'Femke de Vries', role: 'professional' });
  schoolVolunteer = await createMember(db, school, { name: 'Vrijwilliger School', role: 'volunteer' });
  joost = await createMember(
    db,
    { name: 'Jeugdzorg Veluwe', type: 'youthCare' },
    { name: 'Joost Smit', role: 'professional' },
  );
  police = await createMember(
    db,
    { name: 'Politie Noord', type: 'police' },
    { name: 'Agent Bos', role: 'professional' },
  );
  regie = await createMember(
    db,
    { name: 'Gemeente', type: 'municipality' },
    { name: 'Kringregie', role: 'coordinator' },
  );
}, 60_000);
afterAll(() => handle.close());

const input = (actor: Actor, bsn = MILAN) => signalInput(actor, bsn);
const refusal = refusalOf;

describe('a team around Milan', () => {
  let femkeSignal: string;
  let joostSignal: string;
  let teamId: string;
  const day = (d: string) => at(`2027-03-${d}T09:00:00Z`);

  it('forms at the match; the rule proposes youth care, not the school that came first', async () => {
    femkeSignal = (await registerSignal(contextFor(db, femke, day('01')), settings, input(femke))).id;
    joostSignal = (await registerSignal(contextFor(db, joost, day('15')), settings, input(joost))).id;
    const page = await signalWithMatches(contextFor(db, femke, day('15')), settings, femkeSignal);
    expect(page.teamId).not.toBeNull();
    teamId = page.teamId!;
    expect((await signalWithMatches(contextFor(db, joost, day('15')), settings, joostSignal)).teamId).toBe(teamId);
    const team = await teamView(contextFor(db, femke, day('15')), settings, teamId);
    // Who, never what: the date of birth only of one's own signal.
    expect(team.members.map((m) => [m.name, m.organisation, m.own, m.dateOfBirth])).toEqual([
      ['Femke de Vries', 'Veluwe College', true, '2013-04-02'],
      ['Joost Smit', 'Jeugdzorg Veluwe', false, null],
    ]);
    expect(team).toMatchObject({
      coordinator: null,
      proposed: joostSignal,
      proposedByRule: true,
      formedOn: '2027-03-15',
    });
    expect(team.may).toEqual({ propose: true, recordContact: true, answer: false, plan: false });
    expect((await teamView(contextFor(db, joost, day('15')), settings, teamId)).may.answer).toBe(true);
  });

  it('is not there for another organisation (404) nor for a volunteer of a member (403)', async () => {
    expect(await refusal(() => teamView(contextFor(db, police, day('16')), settings, teamId))).toBeInstanceOf(
      NotFoundError,
    );
    expect(await refusal(() => teamView(contextFor(db, schoolVolunteer, day('16')), settings, teamId))).toBeInstanceOf(
      DeniedObjectError,
    );
    expect(await refusal(() => teamView(contextFor(db, femke, day('16')), settings, 'no-team'))).toBeInstanceOf(
      NotFoundError,
    );
  });

  it('only the proposed organisation answers; Joost accepts', async () => {
    expect(
      await refusal(() => answerProposal(contextFor(db, femke, day('16')), settings, teamId, 'accepted')),
    ).toBeInstanceOf(DeniedObjectError);
    await answerProposal(contextFor(db, joost, day('16')), settings, teamId, 'accepted');
    const team = await teamView(contextFor(db, femke, day('16')), settings, teamId);
    expect(team).toMatchObject({ coordinator: joostSignal, proposed: null });
  });

  it('consent comes before the plan, and only the coordinator plans', async () => {
    const ctx = contextFor(db, joost, day('17'));
    const action = { description: 'Huisbezoek met moeder', ownerSignalId: joostSignal, dueOn: '2027-04-01' };
    const before = await refusal(() => addPlanAction(ctx, settings, teamId, action));
    expect(before).toBeInstanceOf(ValidationError);
    expect((before as ValidationError).fields).toEqual({ description: 'consentFirst' });
    const consent = { givenBy: 'parents', givenOn: '2027-03-17', scope: 'Het plan delen tussen school en jeugdzorg' };
    expect(
      await refusal(() => recordConsent(contextFor(db, femke, day('17')), settings, teamId, consent)),
    ).toBeInstanceOf(DeniedObjectError);
    await recordConsent(ctx, settings, teamId, consent);
    await addPlanAction(ctx, settings, teamId, action);
    await addPlanAction(ctx, settings, teamId, {
      description: 'Gesprek met mentor',
      ownerSignalId: femkeSignal,
      dueOn: '2027-03-24',
    });
    const team = await teamView(contextFor(db, femke, day('18')), settings, teamId);
    expect(team.consents).toEqual([
      {
        givenBy: 'parents',
        givenOn: '2027-03-17',
        scope: 'Het plan delen tussen school en jeugdzorg',
        recordedOn: '2027-03-17',
      },
    ]);
    expect(team.actions.map((a) => [a.description, a.owner, a.dueOn, a.status, a.mayUpdate])).toEqual([
      ['Gesprek met mentor', 'Femke de Vries (Veluwe College)', '2027-03-24', 'open', true],
      ['Huisbezoek met moeder', 'Joost Smit (Jeugdzorg Veluwe)', '2027-04-01', 'open', false],
    ]);
  });

  it("the owner records progress on her action, not on Joost's", async () => {
    const team = await teamView(contextFor(db, femke, day('20')), settings, teamId);
    const [mine, his] = team.actions as [(typeof team.actions)[0], (typeof team.actions)[0]];
    await recordProgress(contextFor(db, femke, day('20')), settings, teamId, mine.id, {
      status: 'done',
      progress: 'Gesprek gevoerd',
    });
    expect(
      await refusal(() =>
        recordProgress(contextFor(db, femke, day('20')), settings, teamId, his.id, { status: 'done', progress: '' }),
      ),
    ).toBeInstanceOf(DeniedObjectError);
    expect(
      await refusal(() =>
        recordProgress(contextFor(db, femke, day('20')), settings, teamId, teamId, { status: 'done', progress: '' }),
      ),
    ).toBeInstanceOf(NotFoundError);
    const after = await teamView(contextFor(db, joost, day('21')), settings, teamId);
    expect(after.actions.map((a) => [a.status, a.progress])).toEqual([
      ['done', 'Gesprek gevoerd'],
      ['open', ''],
    ]);
  });

  it('a change of coordinator: Femke proposes herself and accepts', async () => {
    await proposeCoordinator(contextFor(db, femke, day('22')), settings, teamId, femkeSignal, notifier);
    // Proposing oneself tells nobody; Joost still coordinates until Femke accepts.
    expect(told).toEqual([]);
    expect(await teamView(contextFor(db, joost, day('22')), settings, teamId)).toMatchObject({
      coordinator: joostSignal,
      proposed: femkeSignal,
      proposedByRule: false,
    });
    await answerProposal(contextFor(db, femke, day('22')), settings, teamId, 'accepted');
    expect((await teamView(contextFor(db, joost, day('22')), settings, teamId)).coordinator).toBe(femkeSignal);
    const again = await refusal(() =>
      proposeCoordinator(contextFor(db, joost, day('22')), settings, teamId, femkeSignal),
    );
    expect((again as ValidationError).fields).toEqual({ coordinator: 'alreadyCoordinator' });
    await proposeCoordinator(contextFor(db, joost, day('22')), settings, teamId, joostSignal);
    await answerProposal(contextFor(db, joost, day('23')), settings, teamId, 'accepted');
  });

  it('after Femke withdraws, Joost is alone with the plan; his withdrawal ends the team', async () => {
    await endSignal(contextFor(db, femke, day('24')), femkeSignal, 'withdrawn');
    expect(await refusal(() => teamView(contextFor(db, femke, day('24')), settings, teamId))).toBeInstanceOf(
      NotFoundError,
    );
    const alone = await teamView(contextFor(db, joost, day('24')), settings, teamId);
    expect(alone.members.map((m) => m.name)).toEqual(['Joost Smit']);
    expect(alone.actions).toHaveLength(2);
    expect(alone.actions[0]!.owner).toBe('');
    // Joost still reaches the plan he coordinates from his signal's page.
    expect((await signalWithMatches(contextFor(db, joost, day('24')), settings, joostSignal)).teamId).toBe(teamId);
    await endSignal(contextFor(db, joost, day('25')), joostSignal, 'withdrawn');
    const left = await db.selectFrom('circle_team').select('id').where('id', '=', teamId).execute();
    expect(left).toEqual([]);
    expect(await db.selectFrom('circle_plan_action').select('id').where('team_id', '=', teamId).execute()).toEqual([]);
  });
});

describe('no contact after 10 working days', () => {
  let teamId: string;

  it('is flagged once, on the 10th working day, to the coordinator and the municipality', async () => {
    (await registerSignal(contextFor(db, joost, at('2027-03-30T08:00:00Z')), settings, input(joost, NOOR))).id;
    const femkeSignal = (
      await registerSignal(contextFor(db, femke, at('2027-03-31T08:00:00Z')), settings, input(femke, NOOR))
    ).id;
    teamId = (await signalWithMatches(contextFor(db, femke, at('2027-03-31T09:00:00Z')), settings, femkeSignal))
      .teamId!;
    await answerProposal(contextFor(db, joost, at('2027-03-31T10:00:00Z')), settings, teamId, 'accepted');
    const sweep = (iso: string) => flagTeamsWithoutContact(contextFor(db, null, at(iso)), settings, notifier);
    told.length = 0;
    // Formed at Femke's registration, Wednesday 31 March 10:00 in Amsterdam (summer time since 28
    // March, Easter Monday 29 March before it): ten working days later is Wednesday 14 April, 10:00.
    expect(await sweep('2027-04-14T07:30:00Z')).toBe(0);
    expect(await sweep('2027-04-14T08:30:00Z')).toBe(1);
    expect(told).toEqual([{ kind: 'noContact', users: [joost.userId], municipality: true }]);
    expect(await sweep('2027-04-15T08:30:00Z')).toBe(0);
    expect(told).toHaveLength(1);
  });

  it("shows on the municipality's overview (who, never what) until contact is recorded", async () => {
    const overview = await flaggedTeamsOverview(contextFor(db, regie, at('2027-04-17T09:00:00Z')), settings);
    expect(overview).toEqual([
      {
        formedOn: '2027-03-31',
        flaggedOn: '2027-04-14',
        organisations: ['Jeugdzorg Veluwe', 'Veluwe College'],
        coordinator: 'Joost Smit (Jeugdzorg Veluwe)',
      },
    ]);
    expect(
      await refusal(() => flaggedTeamsOverview(contextFor(db, joost, at('2027-04-17T09:00:00Z')), settings)),
    ).toBeInstanceOf(ForbiddenError);
    await recordTeamContact(contextFor(db, femke, at('2027-04-18T09:00:00Z')), settings, teamId);
    expect(await flaggedTeamsOverview(contextFor(db, regie, at('2027-04-18T10:00:00Z')), settings)).toEqual([]);
    const team = await teamView(contextFor(db, joost, at('2027-04-18T10:00:00Z')), settings, teamId);
    expect(team).toMatchObject({ contactRecordedOn: '2027-04-18', flagged: false });
    expect(team.may.recordContact).toBe(false);
  });

  it('every step is in the audit log with the team as object', async () => {
    const rows = await db
      .selectFrom('audit_event')
      .select(['event_type_code as type', 'event_outcome_indicator as outcome'])
      .where('participant_object_type_code', '=', 'circle_team')
      .where('participant_object_id', '=', teamId)
      .execute();
    const types = new Set(rows.map((r) => r.type));
    for (const type of ['circle.team.form', 'circle.coordinator.accept', 'circle.team.flag', 'circle.contact.record']) {
      expect(types).toContain(type);
    }
  });
});
