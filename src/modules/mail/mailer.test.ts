// SPDX-License-Identifier: EUPL-1.2
/** The mailer against a real SMTP server in this process (smtp-server), and the development outbox. */
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMailer } from './mailer.ts';

const received: Array<{ from: string; to: string[]; data: string }> = [];
let server: SMTPServer;
let port: number;

beforeAll(async () => {
  server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, session, callback) {
      let data = '';
      stream.on('data', (chunk: Buffer) => {
        data += chunk.toString('utf8');
      });
      stream.on('end', () => {
        received.push({
          from: String(session.envelope.mailFrom && session.envelope.mailFrom.address),
          to: session.envelope.rcptTo.map((r) => r.address),
          data,
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const silent = { warn: () => undefined };

describe('the mailer', () => {
  it('delivers over SMTP with the configured sender, the UTF-8 subject and the text', async () => {
    const mailer = createMailer(
      { smtpUrl: `smtp://127.0.0.1:${port}?ignoreTLS=true`, from: 'kring@harderwijk.example' },
      silent,
    );
    try {
      await mailer.send({
        to: 'nieuwe.collega@example.nl',
        subject: 'Uitnodiging voor Kring – Coördinator',
        text: 'Maak uw account via deze link.',
      });
    } finally {
      await mailer.close();
    }
    expect(mailer.outbox).toBeUndefined();
    const mail = received.at(-1)!;
    expect(mail.from).toBe('kring@harderwijk.example');
    expect(mail.to).toEqual(['nieuwe.collega@example.nl']);
    expect(mail.data).toContain('Maak uw account via deze link.');
    expect(mail.data).toMatch(/Subject: =\?UTF-8\?/);
  });

  it('reports a failed delivery without the address or the text in the log', async () => {
    const warnings: string[] = [];
    const mailer = createMailer(
      { smtpUrl: 'smtp://127.0.0.1:9?ignoreTLS=true', from: 'kring@x.nl' },
      { warn: (obj, msg) => warnings.push(JSON.stringify(obj) + msg) },
    );
    await expect(mailer.send({ to: 'geheim@example.nl', subject: 's', text: 'inhoud-CNRY' })).rejects.toThrow();
    await mailer.close();
    expect(warnings.join()).not.toMatch(/geheim@example\.nl|inhoud-CNRY/);
    expect(warnings).toHaveLength(1);
  });

  it('without SMTP keeps the newest 50 messages in the development outbox', async () => {
    const mailer = createMailer({ smtpUrl: undefined, from: 'kring@x.nl' }, silent);
    for (let i = 0; i < 55; i++) await mailer.send({ to: `a${i}@x.nl`, subject: `s${i}`, text: 't' });
    expect(mailer.outbox).toHaveLength(50);
    expect(mailer.outbox?.[0]?.subject).toBe('s54');
  });
});
