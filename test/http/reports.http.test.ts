import { describe, expect, it } from 'vitest';
import { runDeadlineReminders } from '#src/modules/reports/deadline-reminders.ts';
import { assessmentDueOn } from '#src/modules/reports/workflow.ts';
import { formatDate } from '#src/web/format.ts';
import { Agent, fixtureEmail } from '#test/agent.ts';
import {
  app,
  concernWithObservation,
  elsewhere,
  entryIds,
  fileReport,
  intake,
  logLines,
  outbox,
  r,
  reportFields,
  reports,
  t,
  teacher,
  vt,
} from './reports-fixture.ts';

describe('a professional report, from the concern to the feedback in the concern', () => {
  it('files the report, is triaged and decided by the intake, and the feedback lands in the concern', async () => {
    const sanne = await teacher();
    const id = await concernWithObservation();
    const [observation] = await entryIds(id, 'observation');

    // The concern offers the report; the form shows the observation and the household, chosen.
    let res = await sanne.get(`/zorgen/${id}`);
    expect(res.body).toContain(r.concern.fileReport);
    res = await sanne.get(`/zorgen/${id}/melden`);
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('Daan Bakker');
    expect(res.body).toContain(`value="${observation}" checked`);

    // Bad input: errors next to the fields, what was typed kept, nothing sent.
    res = await sanne.post(
      `/zorgen/${id}/melden`,
      reportFields([], { informed: 'no', phone: 'bel me', role: '', helpGiven: 'Typed help' }),
    );
    expect(res.statusCode).toBe(400);
    for (const message of [
      t.errors.fields.observations,
      t.errors.fields.notInformedGround,
      t.errors.fields.phone,
      t.errors.fields.role,
    ])
      expect(res.body).toContain(message);
    expect(res.body).toContain('Typed help');
    expect(await reports()).toHaveLength(0);

    // Sent.
    res = await sanne.post(`/zorgen/${id}/melden`, reportFields([observation!]));
    expect(res.statusCode, res.body).toBe(303);
    expect(res.headers.location).toBe(`/zorgen/${id}?melding=gemeld`);
    const [report] = await reports();
    expect(report).toMatchObject({
      kind: 'report',
      source: 'professional',
      status: 'received',
      concern_id: id,
      veilig_thuis_id: vt.organisationId,
      due_on: assessmentDueOn(report!.received_at),
      receipt_hash: null,
    });
    expect(await entryIds(id, 'reported')).toHaveLength(1);
    expect(JSON.stringify(report!.snapshot)).toContain('Blauwe plek van 4 cm');

    // The intake: the inbox with the deadline, the report with its reporter, no earlier reports.
    const ahmed = await intake();
    res = await ahmed.get('/veilig-thuis');
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain(formatDate('nl', report!.due_on));
    res = await ahmed.get(`/veilig-thuis/meldingen/${report!.id}`);
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('Tara Bakker');
    expect(res.body).toContain('Docent lichamelijke opvoeding');
    expect(res.body).toContain(r.report.radarNone);

    // Out of order: no decision before triage.
    res = await ahmed.post(`/veilig-thuis/meldingen/${report!.id}/besluit`, {
      outcome: 'handedOver',
      handedOverTo: 'Wijkteam',
      safetyConditions: '',
      reasons: 'x',
      feedback: 'x',
    });
    expect(res.statusCode).toBe(409);
    // The intake's own code and page (issue 13), not the concern's: the page points back to the report.
    expect(res.body).toContain(t.errors.reportStepNotAllowedBody);
    expect(res.body).not.toContain(t.errors.stepNotAllowedBody);
    expect(logLines.join('')).toContain('"code":"REPORT_STEP_NOT_ALLOWED"');
    expect(logLines.join('')).not.toContain('CONCERN_STEP_NOT_ALLOWED');
    res = await ahmed.post(
      `/veilig-thuis/meldingen/${report!.id}/besluit`,
      { outcome: 'handedOver', handedOverTo: 'Wijkteam', safetyConditions: '', reasons: 'x', feedback: 'x' },
      { accept: 'application/json' },
    );
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ error: { code: 'REPORT_STEP_NOT_ALLOWED' } });

    res = await ahmed.post(`/veilig-thuis/meldingen/${report!.id}/triage`, { acute: 'no', assignTo: vt.users.ahmed! });
    expect(res.statusCode, res.body).toBe(303);

    // The feedback is required for a professional's report, and the partner for a handover.
    res = await ahmed.post(`/veilig-thuis/meldingen/${report!.id}/besluit`, {
      outcome: 'safetyConditions',
      handedOverTo: '',
      safetyConditions: '',
      reasons: 'Herhaald geweld onder invloed.',
      feedback: '',
    });
    expect(res.statusCode).toBe(400);
    for (const message of [t.errors.fields.handedOverTo, t.errors.fields.safetyConditions, t.errors.fields.feedback])
      expect(res.body).toContain(message);
    expect(res.body).toContain('Herhaald geweld onder invloed.');
    expect(await entryIds(id, 'vtFeedback')).toHaveLength(0);

    const before = outbox().length;
    res = await ahmed.post(`/veilig-thuis/meldingen/${report!.id}/besluit`, {
      outcome: 'safetyConditions',
      handedOverTo: 'Wijkteam Harderwijk-Centrum',
      safetyConditions: 'Vader drinkt niet als hij voor de kinderen zorgt.',
      reasons: 'Herhaald geweld onder invloed.',
      feedback: 'Het wijkteam neemt het over met veiligheidsvoorwaarden; wij monitoren. Blijf Tara steunen.',
    });
    expect(res.statusCode, res.body).toBe(303);
    const [after] = await reports();
    expect(after).toMatchObject({ status: 'monitoring', outcome: 'safetyConditions' });

    // The teacher hears there is feedback, without content, and reads it in the concern.
    // Wait for that mail itself: the setup's earlier mails (the consultation request, the notice to
    // the intake) are sent by the job queue too and may still be arriving.
    const toTeacher = () => outbox().find((m) => m.to === fixtureEmail('A', 'professional'));
    await expect.poll(toTeacher, { timeout: 10_000 }).toBeDefined();
    expect(outbox().length).toBeGreaterThan(before);
    const mail = toTeacher()!;
    expect(mail.subject).toBe(t.concerns.mail.feedbackWaiting.subject);
    for (const secret of ['Tara', 'Bakker', 'Wijkteam', 'drinkt']) expect(mail.text).not.toContain(secret);
    res = await sanne.get(`/zorgen/${id}`);
    expect(res.body).toContain(r.concern.filedNote);
    expect(res.body).toContain(t.concerns.entries.kinds.vtFeedback);
    expect(res.body).toContain('Het wijkteam neemt het over met veiligheidsvoorwaarden');
    expect(res.body).toContain(r.concern.continueOrClose);

    // The school's own support goes on: help with a check date, from the report.
    const check = new Date(Date.now() + 60 * 86_400_000);
    res = await sanne.post(`/zorgen/${id}/besluit`, {
      decision: 'help',
      reasons: 'Wekelijks gesprek met de mentor.',
      'checkDate-day': String(check.getDate()),
      'checkDate-month': String(check.getMonth() + 1),
      'checkDate-year': String(check.getFullYear()),
    });
    expect(res.statusCode, res.body).toBe(303);
    const concern = await app.database.db
      .selectFrom('concern')
      .select('status')
      .where('id', '=', id)
      .executeTakeFirst();
    expect(concern?.status).toBe('helping');

    // Both sides are audited: the transfer from the concern and every intake read and step.
    const audits = await app.database.db.selectFrom('audit_event').select('event_type_code').execute();
    const types = audits.map((a) => a.event_type_code);
    for (const type of [
      'concern.step.fileReport',
      'report.receive.professional.report',
      'report.list',
      'report.read',
      'report.triage',
      'report.assess',
      'concern.receive.vtFeedback',
    ])
      expect(types).toContain(type);
  });

  it('tells every intake worker of an acute report (no content), and shows earlier reports on the radar', async () => {
    const sanne = await teacher();
    const first = await concernWithObservation();
    await fileReport(first);
    const second = await concernWithObservation('report', 'tara  bákker');
    const res = await sanne.post(
      `/zorgen/${second}/melden`,
      reportFields(await entryIds(second, 'observation'), { acute: 'yes' }),
    );
    expect(res.statusCode, res.body).toBe(303);
    await expect
      .poll(() => outbox().filter((m) => m.subject === t.concerns.mail.acuteReport.subject).length, { timeout: 10_000 })
      .toBe(2);
    for (const m of outbox().filter((x) => x.subject === t.concerns.mail.acuteReport.subject)) {
      expect(m.to).toMatch(/^intake\.(ahmed|bo)@/);
      expect(m.text).not.toMatch(/tara|bakker/i);
    }
    const [older, newer] = await reports();
    const page = await (await intake()).get(`/veilig-thuis/meldingen/${newer!.id}`);
    expect(page.body).toContain(r.inbox.acuteByReporter);
    expect(page.body).toContain(`/veilig-thuis/meldingen/${older!.id}`);
    expect(page.body).toContain(r.report.radarPerson);
  });

  it('asks feedback again after an investigation', async () => {
    const id = await concernWithObservation();
    await fileReport(id);
    const [report] = await reports();
    const ahmed = await intake();
    const url = `/veilig-thuis/meldingen/${report!.id}`;
    await ahmed.post(`${url}/triage`, { acute: 'yes', assignTo: '' });
    let res = await ahmed.post(`${url}/besluit`, {
      outcome: 'investigation',
      handedOverTo: '',
      safetyConditions: '',
      reasons: 'Ouders ontkennen.',
      feedback: 'Wij starten een onderzoek.',
    });
    expect(res.statusCode, res.body).toBe(303);
    // An investigation ends in handover, conditions or closing; never in advice or another investigation.
    res = await ahmed.post(`${url}/besluit`, {
      outcome: 'adviceGiven',
      handedOverTo: '',
      safetyConditions: '',
      reasons: 'x',
      feedback: 'x',
    });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain(t.errors.fields.notAfterInvestigation);
    res = await ahmed.post(`${url}/besluit`, {
      outcome: 'handedOver',
      handedOverTo: 'Jeugdhulp Noord-Veluwe',
      safetyConditions: '',
      reasons: 'Onderzoek afgerond.',
      feedback: 'Jeugdhulp neemt het over.',
    });
    expect(res.statusCode, res.body).toBe(303);
    const feedback = await app.database.db
      .selectFrom('concern_entry')
      .select('data')
      .where('concern_id', '=', id)
      .where('kind', '=', 'vtFeedback')
      .orderBy('seq')
      .execute();
    expect(feedback.map((f) => (f.data as { stage: string }).stage)).toEqual(['assessment', 'investigation']);
    expect((await reports())[0]).toMatchObject({ status: 'closed', outcome: 'handedOver' });
  });

  it('sends an advice request without the family’s data, and the advice lands in the concern', async () => {
    const sanne = await teacher();
    const id = await concernWithObservation('consultation');
    let res = await sanne.post(`/zorgen/${id}/advies-vragen`, {
      situation: 'Leerling (14) vertelt over een vader die boos wordt als hij drinkt. BSN 111222333',
      question: 'Moeten wij melden?',
      role: 'Docent',
      phone: '',
    });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain(t.errors.fields.bsn);
    res = await sanne.post(`/zorgen/${id}/advies-vragen`, {
      situation: 'Leerling (14) vertelt over een vader die boos wordt als hij drinkt.',
      question: 'Moeten wij melden?',
      role: 'Docent',
      phone: '',
    });
    expect(res.statusCode, res.body).toBe(303);
    const [advice] = await reports();
    expect(advice).toMatchObject({ kind: 'advice', source: 'professional' });
    const stored = JSON.stringify(advice!.snapshot);
    for (const identifying of ['Tara', 'Bakker', 'Daan', '2012-03-03']) expect(stored).not.toContain(identifying);
    const subjects = await app.database.db.selectFrom('vt_report_subject').selectAll().execute();
    expect(subjects).toHaveLength(0);

    const ahmed = await intake();
    res = await ahmed.get(`/veilig-thuis/meldingen/${advice!.id}`);
    expect(res.body).not.toContain('Tara');
    res = await ahmed.post(`/veilig-thuis/meldingen/${advice!.id}/advies`, { advice: '' });
    expect(res.statusCode).toBe(400);
    res = await ahmed.post(`/veilig-thuis/meldingen/${advice!.id}/advies`, {
      advice: 'Ga eerst in gesprek met moeder; meld als het geweld doorgaat.',
    });
    expect(res.statusCode, res.body).toBe(303);
    res = await sanne.get(`/zorgen/${id}`);
    expect(res.body).toContain('Ga eerst in gesprek met moeder');
    // Advice from Veilig Thuis counts as the step's advice: the concern moves on to the conversation.
    const concern = await app.database.db
      .selectFrom('concern')
      .select('status')
      .where('id', '=', id)
      .executeTakeFirst();
    expect(concern?.status).toBe('conversation');
  });
});

describe('the deadline', () => {
  it('marks a report whose safety assessment is overdue, in words, in the inbox and on its page', async () => {
    const id = await concernWithObservation();
    await fileReport(id);
    const [report] = await reports();
    const ahmed = await intake();
    expect((await ahmed.get('/veilig-thuis')).body).not.toContain(r.inbox.overdue);
    // Received eight days ago: the fifth working day has passed.
    await app.database.db.updateTable('vt_report').set({ due_on: '2020-01-07' }).where('id', '=', report!.id).execute();
    expect((await ahmed.get('/veilig-thuis')).body).toContain(r.inbox.overdue);
    const page = await ahmed.get(`/veilig-thuis/meldingen/${report!.id}`);
    expect(page.body).toContain(r.report.overdue(formatDate('nl', '2020-01-07')));
    // Once assessed, it is no longer overdue.
    await ahmed.post(`/veilig-thuis/meldingen/${report!.id}/triage`, { acute: 'no', assignTo: '' });
    await ahmed.post(`/veilig-thuis/meldingen/${report!.id}/besluit`, {
      outcome: 'closed',
      handedOverTo: '',
      safetyConditions: '',
      reasons: 'Geen zorgen na gesprek met school.',
      feedback: 'Wij sluiten af; de school houdt een oogje in het zeil.',
    });
    expect((await ahmed.get('/veilig-thuis?weergave=afgesloten')).body).not.toContain(r.inbox.overdue);
  });
});

describe('the deadline reminder', () => {
  it('tells the assigned intake worker once when the assessment is overdue, without content; else every worker', async () => {
    for (const name of ['Tara Bakker', 'Daan Bakker', 'Sem Smit']) {
      const id = await concernWithObservation('report', name);
      await fileReport(id);
    }
    const [assigned, unassigned, assessed] = await reports();
    const ahmed = await intake();
    await ahmed.post(`/veilig-thuis/meldingen/${assigned!.id}/triage`, { acute: 'no', assignTo: vt.users.bo! });
    await ahmed.post(`/veilig-thuis/meldingen/${assessed!.id}/triage`, { acute: 'no', assignTo: '' });
    await ahmed.post(`/veilig-thuis/meldingen/${assessed!.id}/besluit`, {
      outcome: 'closed',
      handedOverTo: '',
      safetyConditions: '',
      reasons: 'Geen zorgen.',
      feedback: 'Wij sluiten af.',
    });
    const kring = app.app.kring;
    const deps = (now: Date) => ({
      db: app.database.db,
      now,
      mailer: kring.mailer,
      publicUrl: kring.config.publicUrl,
      auditKey: kring.keys.auditKey,
    });
    const subject = r.deadlineMail.subject;
    const sent = () => outbox().filter((m) => m.subject === subject);
    // Not yet due: nothing.
    expect(await runDeadlineReminders(deps(new Date()))).toBe(0);
    // Ten days later all three are past their date; the assessed one is not overdue.
    const later = new Date(Date.now() + 10 * 86_400_000);
    expect(await runDeadlineReminders(deps(later))).toBe(2);
    expect(
      sent()
        .map((m) => m.to)
        .sort(),
    ).toEqual(['intake.ahmed@fixture.kring.nl', 'intake.bo@fixture.kring.nl', 'intake.bo@fixture.kring.nl']);
    for (const m of sent()) expect(m.text).not.toMatch(/tara|daan|sem|bakker|smit/i);
    // Once each.
    expect(await runDeadlineReminders(deps(later))).toBe(0);
    const audits = await app.database.db
      .selectFrom('audit_event')
      .select('participant_object_id')
      .where('event_type_code', '=', 'report.reminder')
      .execute();
    expect(audits.map((a) => a.participant_object_id).sort()).toEqual([assigned!.id, unassigned!.id].sort());
  });
});

describe('who sees the intake', () => {
  it('answers 404 to another Veilig Thuis and 403 to schools; volunteers cannot report', async () => {
    const sanne = await teacher();
    const id = await concernWithObservation();
    await fileReport(id);
    const [report] = await reports();
    const cas = await intake('cas');
    expect((await cas.get(`/veilig-thuis/meldingen/${report!.id}`)).statusCode).toBe(404);
    expect((await cas.post(`/veilig-thuis/meldingen/${report!.id}/triage`, { acute: 'no' })).statusCode).toBe(404);
    expect((await cas.get('/veilig-thuis')).body).not.toContain(`/veilig-thuis/meldingen/${report!.id}`);
    expect((await sanne.get(`/veilig-thuis/meldingen/${report!.id}`)).statusCode).toBe(403);
    for (const role of ['safeguardingLead', 'intakeWorker', 'privacyOfficer'] as const) {
      const agent = await new Agent(app.app).signIn(fixtureEmail('A', role));
      expect((await agent.get(`/veilig-thuis/meldingen/${report!.id}`)).statusCode, role).toBe(403);
    }
    const volunteer = await new Agent(app.app).signIn(fixtureEmail('A', 'volunteer'));
    expect((await volunteer.get(`/zorgen/${id}/melden`)).statusCode).toBe(404);
    expect(elsewhere.organisationId).not.toBe(vt.organisationId);
  });
});
