import { describe, expect, it } from 'vitest';
import { receiptHash } from '#src/modules/reports/receipt.ts';
import { Agent, seedVeiligThuis } from '#test/agent.ts';
import { createResidentReport } from '#test/factories/index.ts';
import { createTestApp } from '#test/setup.ts';
import { app, databaseText, intake, logLines, r, reports, t, VT_NAME } from './reports-fixture.ts';

describe('the resident’s route', () => {
  const CANARY_UA = 'Mozilla/5.0 (KringCanary-UA-9c1e)';
  const CANARY_IP = '203.0.113.77';

  /** A resident's browser: a canary user agent and a forwarded-for header that must never be kept. */
  const resident = () => new Agent(app.app, { 'user-agent': CANARY_UA, 'x-forwarded-for': CANARY_IP });

  const residentFields = (over: Record<string, string> = {}) => ({
    kind: 'advice',
    whatHappened: 'Al weken hoor ik laat in de avond geschreeuw en een klein kind dat huilt.',
    when: 'Een paar keer per week, na 22 uur',
    ageGroup: 'child',
    names: '',
    street: 'Dorpsstraat 12',
    postcode: '3841 AB',
    place: 'Harderwijk',
    relation: 'neighbour',
    name: '',
    phone: '',
    email: '',
    website: '',
    ...over,
  });

  async function send(agent: Agent, over: Record<string, string> = {}): Promise<string> {
    await agent.get('/zorgen-over-iemand/formulier?soort=advies');
    const res = await agent.post('/zorgen-over-iemand/formulier', residentFields(over));
    expect(res.statusCode, res.body).toBe(200);
    const code = /data-testid="receipt-code"[^>]*>([^<]+)</.exec(res.body)?.[1];
    expect(code).toMatch(/^([0-9A-Z]{5}-){5}[0-9A-Z]{5}$/);
    return code!;
  }

  it('guides from "danger now?" to 112 or to the options', async () => {
    const agent = resident();
    expect((await agent.get('/zorgen-over-iemand')).statusCode).toBe(200);
    let res = await agent.get('/zorgen-over-iemand?gevaar=ja');
    expect(res.headers.location).toBe('/zorgen-over-iemand/direct-gevaar');
    res = await agent.get('/zorgen-over-iemand/direct-gevaar');
    expect(res.body).toContain('href="tel:112"');
    res = await agent.get('/zorgen-over-iemand?gevaar=nee');
    expect(res.headers.location).toBe('/zorgen-over-iemand/wat-kan-ik-doen');
    res = await agent.get('/zorgen-over-iemand/wat-kan-ik-doen');
    expect(res.body).toContain('0800-2000');
    // The form sent without an answer: an error, not the same page again.
    for (const url of [
      '/zorgen-over-iemand?stap=1',
      '/zorgen-over-iemand?stap=1&gevaar=',
      '/zorgen-over-iemand?gevaar=x',
    ]) {
      res = await agent.get(url);
      expect(res.statusCode, url).toBe(400);
      expect(res.body).toContain(r.resident.start.error);
    }
    // Every page of the route has the quick exit.
    for (const url of ['/zorgen-over-iemand', '/zorgen-over-iemand/formulier', '/zorgen-over-iemand/status'])
      expect((await agent.get(url)).body).toContain(t.quickExit.button);
  });

  it('takes an anonymous request, gives a receipt code, and lets intake and resident talk through it', async () => {
    const neighbour = resident();
    const code = await send(neighbour);
    const [report] = await reports();
    expect(report).toMatchObject({ kind: 'advice', source: 'resident', status: 'received', reporter_user_id: null });
    expect(report!.receipt_hash).toBe(receiptHash(code));

    // The intake asks a question; the resident answers with the code (POST: the code is in no URL).
    const ahmed = await intake();
    let res = await ahmed.get(`/veilig-thuis/meldingen/${report!.id}`);
    expect(res.body).toContain(r.report.reporterAnonymous);
    res = await ahmed.post(`/veilig-thuis/meldingen/${report!.id}/vraag`, { question: 'Weet u hoe oud het kind is?' });
    expect(res.statusCode, res.body).toBe(303);

    const later = resident();
    await later.get('/zorgen-over-iemand/status');
    res = await later.post('/zorgen-over-iemand/status', { code: code.toLowerCase().replace(/-/g, ' ') });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain(r.resident.status.statuses.received);
    expect(res.body).toContain('Weet u hoe oud het kind is?');
    const question = /name="question" value="([0-9a-f-]{36})"/.exec(res.body)?.[1];
    res = await later.post('/zorgen-over-iemand/antwoord', { code, question: question!, answer: '' });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain(t.errors.fields.answer);
    res = await later.post('/zorgen-over-iemand/antwoord', { code, question: question!, answer: 'ongeveer 3' });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain(r.resident.status.answered);
    res = await later.post('/zorgen-over-iemand/antwoord', { code, question: question!, answer: 'nog eens' });
    expect(res.body).toContain(t.errors.fields.notOpen);

    res = await ahmed.get(`/veilig-thuis/meldingen/${report!.id}`);
    expect(res.body).toContain('ongeveer 3');
    res = await ahmed.post(`/veilig-thuis/meldingen/${report!.id}/advies`, {
      advice: 'Bel bij geschreeuw de politie (112). Bel ons gerust als u twijfelt: 0800-2000.',
    });
    expect(res.statusCode).toBe(303);
    res = await later.post('/zorgen-over-iemand/status', { code });
    expect(res.body).toContain(r.resident.status.statuses.adviceGiven);
    expect(res.body).toContain('Bel bij geschreeuw de politie');
    // No further answers once closed.
    expect(res.body).not.toContain('name="answer"');
  });

  it('never opens another report with a receipt code', async () => {
    const { code: first } = await createResidentReport(app.app, { whatHappened: 'Eerste zorg: KringFirst-3b' });
    const { code: second } = await createResidentReport(app.app, { whatHappened: 'Tweede zorg: KringSecond-8d' });
    expect(first).not.toBe(second);
    const agent = resident();
    await agent.get('/zorgen-over-iemand/status');
    const one = await agent.post('/zorgen-over-iemand/status', { code: second });
    expect(one.body).not.toContain('KringFirst-3b');
    const [a, b] = await reports();
    expect(one.body).toContain(r.resident.status.heading(r.resident.receipt.kinds.advice, b!.number));
    expect(one.body).not.toContain(r.resident.status.heading(r.resident.receipt.kinds.advice, a!.number));
    for (const guess of ['0'.repeat(30), `${first.slice(0, -1)}${first.endsWith('0') ? '1' : '0'}`, 'abc', a!.id]) {
      const res = await agent.post('/zorgen-over-iemand/status', { code: guess });
      expect(res.statusCode, guess).toBe(400);
      expect(res.body).toContain(r.resident.status.unknown);
      expect(res.body).not.toContain('KringFirst-3b');
      expect(res.body).not.toContain('KringSecond-8d');
    }
    // An answer with another report's question id is refused.
    const ahmed = await intake();
    await ahmed.post(`/veilig-thuis/meldingen/${a!.id}/vraag`, { question: 'Vraag aan de eerste' });
    const page = await agent.post('/zorgen-over-iemand/status', { code: first });
    const question = /name="question" value="([0-9a-f-]{36})"/.exec(page.body)![1]!;
    const res = await agent.post('/zorgen-over-iemand/antwoord', { code: second, question, answer: 'kaping' });
    expect(res.statusCode).toBe(400);
    const answers = await app.database.db
      .selectFrom('vt_report_event')
      .where('kind', '=', 'answer')
      .selectAll()
      .execute();
    expect(answers).toHaveLength(0);
  });

  it('keeps no IP address, user agent or receipt code in the database or the logs (T20)', async () => {
    const code = await send(resident(), {
      kind: 'report',
      names: 'Familie de Buurman',
      whatHappened: 'Geschreeuw, KringReport-Canary-51',
    });
    const agent = resident();
    await agent.get('/zorgen-over-iemand/status');
    await agent.post('/zorgen-over-iemand/status', { code });
    const stored = await databaseText();
    expect(stored).toContain('KringReport-Canary-51');
    for (const secret of [CANARY_UA, 'KringCanary-UA', CANARY_IP, '127.0.0.1', code, code.replace(/-/g, '')])
      expect(stored, secret).not.toContain(secret);
    const logs = logLines.join('');
    expect(logs.length).toBeGreaterThan(0);
    for (const secret of [CANARY_UA, 'KringCanary-UA', CANARY_IP, '127.0.0.1', code, 'KringReport-Canary-51'])
      expect(logs, secret).not.toContain(secret);
  });

  it('stores nothing from a bot that fills the honeypot, and refuses a BSN in any form', async () => {
    const bot = resident();
    await bot.get('/zorgen-over-iemand/formulier');
    let res = await bot.post('/zorgen-over-iemand/formulier', residentFields({ website: 'https://spam.example' }));
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('data-testid="receipt-code"');
    expect(await reports()).toHaveLength(0);

    res = await bot.post('/zorgen-over-iemand/formulier', residentFields({ whatHappened: 'Het BSN is 111.22.2333' }));
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain(t.errors.fields.bsn);
    expect(res.body).toContain('Het BSN is 111.22.2333');
    res = await bot.post('/zorgen-over-iemand/formulier', { ...residentFields(), bsn: '111222333' });
    expect(res.statusCode).toBe(400);
    expect(await reports()).toHaveLength(0);

    // Other bad input: errors next to the fields, values kept.
    res = await bot.post(
      '/zorgen-over-iemand/formulier',
      residentFields({ kind: '', whatHappened: '', ageGroup: 'mars', postcode: '12', email: 'geen-mail' }),
    );
    expect(res.statusCode).toBe(400);
    for (const m of [t.errors.fields.residentKind, t.errors.fields.whatHappened, t.errors.fields.residentAgeGroup])
      expect(res.body).toContain(m);
    expect(res.body).toContain(t.errors.fields.postcode);
    expect(res.body).toContain(t.errors.fields.email);
    expect(res.body).toContain('value="geen-mail"');
  });
});

describe('the resident’s form is rate limited (T8)', () => {
  it('accepts 10 reports an hour from one client, then answers 429; spoofed X-Forwarded-For changes nothing', async () => {
    const limited = await createTestApp({ residentRateLimit: 10 });
    try {
      await seedVeiligThuis(limited.database.db, limited.app.kring.config, VT_NAME, ['dana']);
      const statuses: number[] = [];
      for (let i = 0; i < 12; i++) {
        const agent = new Agent(limited.app, { 'x-forwarded-for': `198.51.100.${i}` });
        await agent.get('/zorgen-over-iemand/formulier');
        // Only the description is required.
        const res = await agent.post('/zorgen-over-iemand/formulier', { kind: 'advice', whatHappened: `Zorg ${i}` });
        statuses.push(res.statusCode);
      }
      expect(statuses.slice(0, 10)).toEqual(Array(10).fill(200));
      expect(statuses.slice(10)).toEqual([429, 429]);
      const stored = await limited.database.db.selectFrom('vt_report').select('id').execute();
      expect(stored).toHaveLength(10);
    } finally {
      await limited.close();
    }
  });
});
