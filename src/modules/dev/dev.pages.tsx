// SPDX-License-Identifier: EUPL-1.2
/**
 * Development-only pages (never registered in production): /ontwikkeling/demo lists the demo
 * accounts with the code their authenticator app would show now, /ontwikkeling/post shows the e-mail
 * Kring would have sent (the outbox used when no SMTP server is configured).
 */
import type { FastifyPluginAsync } from 'fastify';
import { DEMO_PASSWORD, demoAccountCodes } from '#src/modules/identity/index.ts';
import type { Mailer } from '#src/modules/mail/index.ts';
import { DEMO_RECEIPT_CODE } from '#src/modules/reports/index.ts';
import { Table } from '#src/web/components/index.ts';
import { toHtml } from '#src/web/html.ts';
import type { Locale } from '#src/web/i18n/locale.ts';
import { Layout } from '#src/web/layout/layout.tsx';
import { sendHtml, type WebContext } from '#src/web/render.ts';
import { staffPage } from '#src/web/staff.tsx';

/** Options of the development pages. */
export interface DevPagesOptions {
  readonly locale: Locale;
  readonly web: WebContext;
  readonly mailer: Mailer;
}

export const devPages: FastifyPluginAsync<DevPagesOptions> = async (app, { web, mailer }) => {
  app.get('/ontwikkeling/demo', { config: { policy: 'development' } }, async (request, reply) => {
    const p = staffPage(web, request, reply);
    const d = p.t.staff.dev;
    const rows = await demoAccountCodes(app.kring.database.db, app.kring.keys, app.kring.clock());
    return sendHtml(
      reply,
      toHtml(
        <Layout ctx={p.ctx} title={d.demoTitle} staff={p.staff} nav={p.nav}>
          <h1 class="utrecht-heading-1" safe>
            {d.demoTitle}
          </h1>
          <p class="utrecht-paragraph" safe>
            {d.demoIntro}
          </p>
          <p class="utrecht-paragraph">
            <span safe>{`${d.password}: `}</span>
            <code data-testid="demo-password">{DEMO_PASSWORD}</code>
          </p>
          <p class="utrecht-paragraph">
            <span safe>{`${d.receiptCode}: `}</span>
            <code data-testid="demo-receipt-code">{DEMO_RECEIPT_CODE}</code>
          </p>
          <Table
            caption={d.demoTitle}
            captionHidden
            headers={[p.t.staff.admin.email, p.t.staff.admin.role, d.currentCode]}
            rows={rows.map((r) => [
              r.email,
              r.roles.map((role) => p.t.staff.roles[role]).join(', '),
              {
                html: (
                  <code class="kring-demo-code" data-email={r.email} safe>
                    {r.code}
                  </code>
                ),
              },
            ])}
          />
        </Layout>,
      ),
    );
  });

  app.get('/ontwikkeling/post', { config: { policy: 'development' } }, async (request, reply) => {
    const p = staffPage(web, request, reply);
    const d = p.t.staff.dev;
    const outbox = mailer.outbox ?? [];
    return sendHtml(
      reply,
      toHtml(
        <Layout ctx={p.ctx} title={d.outboxTitle} staff={p.staff} nav={p.nav}>
          <h1 class="utrecht-heading-1" safe>
            {d.outboxTitle}
          </h1>
          <p class="utrecht-paragraph" safe>
            {d.outboxIntro}
          </p>
          {outbox.length === 0 ? (
            <p class="utrecht-paragraph" safe>
              {d.outboxEmpty}
            </p>
          ) : (
            outbox.map((m) => (
              <article class="kring-mail">
                <h2 class="utrecht-heading-3" safe>
                  {m.subject}
                </h2>
                <p class="utrecht-paragraph" safe>
                  {`${d.to}: ${m.to} · ${m.sentAt.toISOString()}`}
                </p>
                <pre class="kring-mail__body" safe>
                  {m.text}
                </pre>
              </article>
            ))
          )}
        </Layout>,
      ),
    );
  });
};
