// SPDX-License-Identifier: EUPL-1.2
/**
 * buildApp(): the whole application as a Fastify instance, without listening (tests use inject()).
 * Loading order, as Fastify prescribes: ecosystem plugins → own plugins → decorators → hooks → module
 * routes. After registration every route must have declared a policy, or the app refuses to boot.
 */
import path from 'node:path';
import formbody from '@fastify/formbody';
import rateLimit from '@fastify/rate-limit';
import Fastify, { type FastifyInstance, type FastifyPluginAsync, LogController } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Config, TrustProxy } from './config.ts';
import { type LoadedContent, loadContent } from './content/content.ts';
import type { ServiceKeys } from './core/context.ts';
import { serviceKeys } from './core/keys.ts';
import { assertRoutePolicies, type RouteSeen } from './core/route-policy.ts';
import { deriveKey } from './core/secrets.ts';
import type { DatabaseHandle } from './db/create-db.ts';
import { createJobQueue, type JobQueue } from './jobs/queue.ts';
import { logRedactPaths, serializeError } from './log.ts';
import { AuditAnchor } from './modules/audit/anchor.ts';
import { AuditSealer } from './modules/audit/audit-sealer.ts';
import type { ObjectOwners } from './modules/audit/index.ts';
import { apiClientPages } from './modules/circle/api-client.pages.tsx';
import { circleApiWithDocs } from './modules/circle/api-docs.tsx';
import { circlePages } from './modules/circle/circle.pages.tsx';
import { registerCircleSweep } from './modules/circle/circle-jobs.ts';
import { type CircleSettings, circleMailNotifier, circleObjectOwners } from './modules/circle/index.ts';
import { teamPages } from './modules/circle/team.pages.tsx';
import { registerAttachmentSweep } from './modules/concerns/attachment-sweep.ts';
import { AttachmentStore } from './modules/concerns/attachments/store.ts';
import { chronologyPages } from './modules/concerns/chronology.pages.tsx';
import { concernPages } from './modules/concerns/concern.pages.tsx';
import { dashboardPages } from './modules/concerns/dashboard.pages.tsx';
import { concernObjectOwners } from './modules/concerns/index.ts';
import { MAIL_JOB, queueNotifier, registerMailJob } from './modules/concerns/notifier.ts';
import { registerReminderJob } from './modules/concerns/reminders.ts';
import { reportPages } from './modules/concerns/report-to-vt.pages.tsx';
import { componentExamplesPages } from './modules/dev/component-examples.pages.tsx';
import { devPages } from './modules/dev/dev.pages.tsx';
import { guidancePages } from './modules/guidance/guidance.pages.tsx';
import { homePages } from './modules/home/home.pages.tsx';
import { accountPages } from './modules/identity/account.pages.tsx';
import { adminPages } from './modules/identity/admin.pages.tsx';
import { identityPages } from './modules/identity/identity.pages.tsx';
import { identityObjectOwners } from './modules/identity/index.ts';
import { createMailer, type Mailer } from './modules/mail/index.ts';
import {
  DEFAULT_REGISTRATION_MONTHS,
  meetingMailNotifier,
  meetingPages,
  registerMeetingRetention,
} from './modules/meetings/index.ts';
import { newsPages } from './modules/news/news.pages.tsx';
import { partnerPages } from './modules/partners/index.ts';
import { auditPages } from './modules/privacy/privacy.pages.tsx';
import { registerDeadlineJob } from './modules/reports/deadline-reminders.ts';
import { receiveReport, reportObjectOwners } from './modules/reports/index.ts';
import { intakePages } from './modules/reports/intake.pages.tsx';
import { residentPages } from './modules/reports/resident.pages.tsx';
import { statisticsPages } from './modules/statistics/index.ts';
import { registerAssets } from './plugins/assets.ts';
import { registerAuth } from './plugins/auth.ts';
import { type ErrorResponder, registerErrorHandler } from './plugins/error-handler.ts';
import { type Lifecycle, registerOperations } from './plugins/operations.ts';
import { createRateLimits } from './plugins/rate-limits.ts';
import { rawErrorResponse, registerSecurityHeaders } from './plugins/security-headers.ts';
import { buildAssets } from './web/build-assets.ts';
import { LOCALE_PREFIX, LOCALES } from './web/i18n/locale.ts';
import { messages } from './web/i18n/messages.ts';
import type { WebContext } from './web/render.ts';

/** What the application holds on to, reachable as `app.kring`. */
export interface KringContext {
  readonly config: Config;
  readonly database: DatabaseHandle;
  readonly web: WebContext;
  readonly lifecycle: Lifecycle;
  readonly keys: ServiceKeys;
  readonly mailer: Mailer;
  /** Background jobs (mail, reminders) on the application's database. */
  readonly jobs: JobQueue;
  /** Attachment files of concerns (outside any served folder). */
  readonly attachments: AttachmentStore;
  /** The clock every request reads (tests move it). */
  readonly clock: () => Date;
  /** Every route registered, with its policy (the authorization matrix is generated from this). */
  readonly routes: readonly RouteSeen[];
  /** The writer of audit checkpoints outside the database, when this app writes them (ADR 0024). */
  readonly anchor: AuditAnchor | undefined;
  /** Who owns each kind of object, from the modules that hold them (for audit rows of refused access). */
  readonly objectOwners: ObjectOwners;
  /** The circle's keys and the municipality's period (KRING_CIRCLE_KEY, KRING_CIRCLE_MONTHS; ADR 0031). */
  readonly circle: CircleSettings;
}

/** The owner lookups of every module, put together here so that the audit kernel reads no module's tables. */
const OBJECT_OWNERS: ObjectOwners = {
  ...concernObjectOwners,
  ...reportObjectOwners,
  ...identityObjectOwners,
  ...circleObjectOwners,
};

declare module 'fastify' {
  interface FastifyInstance {
    kring: KringContext;
  }
}

/** Options of buildApp. */
export interface BuildOptions {
  readonly config: Config;
  readonly database: DatabaseHandle;
  /** Override the logger (tests pass false). Default: pino at config.logLevel with redaction. */
  readonly logger?: boolean | { level: string; stream?: NodeJS.WritableStream };
  /** Override the municipality content (tests). */
  readonly content?: LoadedContent;
  /** Close the database when the app closes (main.ts; tests close their own). */
  readonly closeDatabaseOnClose?: boolean;
  /** The clock (tests pass a movable one). Default: the system clock. */
  readonly clock?: () => Date;
  /** The mailer (tests pass one pointed at their SMTP server). Default: from the configuration. */
  readonly mailer?: Mailer;
  /** The attachment store. Default: `<data dir>/attachments`. */
  readonly attachments?: AttachmentStore;
  /** How often idle job workers poll, in seconds (tests: shorter). */
  readonly jobPollingSeconds?: number;
  /** Sign-in, code and reset requests allowed per address per minute (default 20). */
  readonly authRateLimit?: number;
  /** Attachment uploads allowed per address per minute (default 30). */
  readonly uploadRateLimit?: number;
  /** Reports a resident's client may send per hour (default 10, docs/security.md T8); lookups are 3× that per 10 minutes. */
  readonly residentRateLimit?: number;
  /** Requests one client of the circle's API may make per minute (default 120). */
  readonly circleApiRateLimit?: number;
  /** Extra route plugins, registered last (tests use this to reach error paths). */
  readonly plugins?: readonly FastifyPluginAsync[];
  /**
   * Write checkpoints of the audit log's head to KRING_AUDIT_ANCHOR: at start, every minute while it
   * moves, and at close (main.ts; ADR 0024). Off by default (tests).
   */
  readonly anchorAudit?: boolean | { readonly intervalMs: number };
}

/**
 * Builds the application.
 * @param options configuration and an open database
 * @returns a ready Fastify instance (not listening)
 * @throws {MissingRoutePolicyError} when a route declares no policy
 */
export async function buildApp(options: BuildOptions): Promise<FastifyInstance> {
  const { config, database } = options;
  const logger =
    options.logger === false
      ? false
      : {
          level: typeof options.logger === 'object' ? options.logger.level : config.logLevel,
          redact: { paths: logRedactPaths, censor: '[redacted]' },
          // Requests are logged without IP address, user agent or query string (privacy, ADR 0009).
          ...(typeof options.logger === 'object' && options.logger.stream && { stream: options.logger.stream }),
          serializers: {
            err: serializeError,
            error: serializeError,
            req: (req: { method: string; url: string; id: string }) => ({
              id: req.id,
              method: req.method,
              path: req.url.split('?', 1)[0],
            }),
          },
        };

  // Set once the error handler is registered; the router's own errors arrive before any route.
  let frameworkError: ErrorResponder | undefined;
  const app = Fastify({
    logger,
    frameworkErrors: (err, request, reply) => {
      if (!frameworkError) throw err;
      void frameworkError(err, request, reply);
    },
    clientErrorHandler: clientError,
    genReqId: () => crypto.randomUUID(),
    requestIdHeader: false,
    // Behind a reverse proxy (KRING_TRUST_PROXY) request.ip is the client's, for the rate limits only.
    trustProxy: fastifyTrustProxy(config.trustProxy),
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: 1024 * 1024,
    forceCloseConnections: 'idle',
    routerOptions: { ignoreTrailingSlash: true },
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  const routes: RouteSeen[] = [];
  app.addHook('onRoute', (route) => {
    routes.push({ method: route.method, url: route.url, policy: route.config?.policy });
  });

  // Ecosystem plugins
  await app.register(formbody);
  // Limits apply only where a route asks (sign-in, codes, resets); counters live in memory only.
  await app.register(rateLimit, { global: false });
  const limits = createRateLimits(app, {
    authPerMinute: options.authRateLimit ?? 20,
    uploadsPerMinute: options.uploadRateLimit ?? 30,
    residentReportsPerHour: options.residentRateLimit ?? 10,
    residentLookupsPer10Minutes: (options.residentRateLimit ?? 10) * 3,
    meetingRegistrationsPerHour: options.residentRateLimit ?? 10,
  });

  // Own plugins, decorators and hooks
  const [assets, content] = await Promise.all([buildAssets(), options.content ?? loadContent()]);
  const web: WebContext = { municipality: content.municipality, assets: assets.urls };
  const lifecycle: Lifecycle = { shuttingDown: false };
  const clock = options.clock ?? (() => new Date());
  const keys: ServiceKeys = serviceKeys(config);
  const mailer = options.mailer ?? createMailer(config.mail, app.log);
  const attachments = options.attachments ?? new AttachmentStore(path.join(config.dataDir, 'attachments'));
  await attachments.open();
  const jobs = createJobQueue({
    database,
    connectionString: config.databaseUrl,
    log: app.log,
    queues: [MAIL_JOB],
    pollingIntervalSeconds: options.jobPollingSeconds,
  });
  await registerMailJob(jobs, mailer);
  await registerReminderJob(jobs, () => ({
    db: database.db,
    now: clock(),
    mailer,
    publicUrl: config.publicUrl,
    auditKey: keys.auditKey,
    log: app.log,
  }));
  await registerDeadlineJob(jobs, () => ({
    db: database.db,
    now: clock(),
    mailer,
    publicUrl: config.publicUrl,
    auditKey: keys.auditKey,
    log: app.log,
  }));
  await registerAttachmentSweep(jobs, database.db, attachments, clock, app.log);
  const circle: CircleSettings = {
    keys: config.circleKeys,
    maxMonths: config.circleMonths,
    coordinatorRule: config.circleCoordinatorRule,
  };
  const notifier = queueNotifier(jobs, config.publicUrl);
  const circleNotifier = circleMailNotifier(jobs, config.publicUrl, MAIL_JOB);
  await registerCircleSweep(jobs, () => ({
    db: database.db,
    now: clock(),
    keys,
    settings: circle,
    notifier: circleNotifier,
    log: app.log,
  }));
  const meetingNotifier = meetingMailNotifier(jobs, config.publicUrl, MAIL_JOB);
  await registerMeetingRetention(jobs, () => ({
    db: database.db,
    now: clock(),
    keys,
    months: config.meetingRegistrationMonths ?? DEFAULT_REGISTRATION_MONTHS,
    log: app.log,
  }));
  const anchor = options.anchorAudit
    ? new AuditAnchor({
        db: database.db,
        file: config.auditAnchor,
        auditKey: config.auditKey,
        clock,
        log: app.log,
        ...(typeof options.anchorAudit === 'object' && { intervalMs: options.anchorAudit.intervalMs }),
      })
    : undefined;
  // Chains the audit rows the hot paths write pending (ADR 0034); with the anchor, as in main.ts.
  const sealer = anchor ? new AuditSealer({ db: database.db, auditKey: config.auditKey, log: app.log }) : undefined;
  app.decorate('kring', {
    config,
    database,
    web,
    lifecycle,
    routes,
    keys,
    mailer,
    jobs,
    attachments,
    clock,
    anchor,
    objectOwners: OBJECT_OWNERS,
    circle,
  });
  const securityHeaders = registerSecurityHeaders(app, { secure: config.secure });
  frameworkError = registerErrorHandler(app, web, securityHeaders);
  await registerAuth(app, {
    database,
    keys,
    csrfKey: deriveKey(config.secretKey, 'csrf'),
    secure: config.secure,
    publicUrl: config.publicUrl,
    clock,
  });
  if (['debug', 'trace'].includes(app.log.level)) {
    app.addHook('onResponse', (request, reply, done) => {
      request.log.debug({ status: reply.statusCode, ms: Math.round(reply.elapsedTime) }, 'request completed');
      done();
    });
  }

  app.addHook('onClose', async () => {
    await jobs.stop();
    // The last seal and checkpoint: after the last audited request and job, before the database closes.
    await sealer?.stop();
    await anchor?.stop();
    if (!options.mailer) await mailer.close();
    if (options.closeDatabaseOnClose) await database.close();
  });

  // Routes
  registerOperations(app, { config, database, lifecycle });
  registerAssets(app, assets);
  for (const locale of LOCALES) {
    const prefix = LOCALE_PREFIX[locale];
    await app.register(guidancePages, { prefix, locale, web });
    await app.register(identityPages, { prefix, locale, web, mailer, publicUrl: config.publicUrl, limits });
    await app.register(homePages, { prefix, locale, web });
    await app.register(accountPages, { prefix, locale, web, limits });
    await app.register(adminPages, { prefix, locale, web, mailer, publicUrl: config.publicUrl });
    await app.register(auditPages, { prefix, locale, web, anchorFile: config.auditAnchor });
    await app.register(concernPages, { prefix, locale, web, notifier, attachments, limits, circle });
    await app.register(circlePages, { prefix, locale, web, settings: circle, notifier: circleNotifier });
    await app.register(teamPages, { prefix, locale, web, settings: circle, notifier: circleNotifier });
    await app.register(chronologyPages, { prefix, locale, web });
    await app.register(dashboardPages, { prefix, locale, web });
    await app.register(reportPages, { prefix, locale, web, notifier, inbox: receiveReport });
    await app.register(intakePages, { prefix, locale, web, notifier });
    await app.register(residentPages, { prefix, locale, web, notifier, limits });
    await app.register(newsPages, { prefix, locale, web, limits });
    await app.register(partnerPages, { prefix, locale, web });
    await app.register(statisticsPages, { prefix, locale, web });
    await app.register(meetingPages, {
      prefix,
      locale,
      web,
      notifier: meetingNotifier,
      registrations: limits.meetingRegistrations,
      publicUrl: config.publicUrl,
    });
    if (config.env !== 'production') {
      await app.register(componentExamplesPages, { prefix, locale, web });
      await app.register(devPages, { prefix, locale, web, mailer });
    }
  }

  // The circle's API for source systems and its OpenAPI document (ADR 0033).
  await app.register(circleApiWithDocs, {
    web,
    settings: circle,
    perMinute: options.circleApiRateLimit ?? 120,
    notifier: circleNotifier,
  });
  for (const locale of LOCALES) await app.register(apiClientPages, { prefix: LOCALE_PREFIX[locale], locale, web });

  for (const plugin of options.plugins ?? []) await app.register(plugin);

  await app.ready();
  assertRoutePolicies(routes);
  await jobs.start();
  if (anchor) {
    // A checkpoint file that cannot be written stops the start: the end of the log would go unguarded.
    await anchor.checkpoint().catch(async (err: unknown) => {
      await app.close();
      throw err;
    });
    anchor.start();
    sealer?.start();
  }
  return app;
}

/**
 * Fastify's `clientErrorHandler`: a request Node's HTTP parser refused (a broken request line, headers
 * over the limit, a timeout) never reaches a route. It gets a short answer with the security headers
 * and nothing from the request, and the connection closes.
 */
function clientError(this: FastifyInstance, err: NodeJS.ErrnoException, socket: import('node:net').Socket): void {
  if (err.code === 'ECONNRESET' || socket.destroyed) return;
  const status = err.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : err.code === 'HPE_HEADER_OVERFLOW' ? 431 : 400;
  this.log.info({ code: err.code, status }, 'client error');
  const t = messages('nl').errors;
  if (socket.writable) socket.write(rawErrorResponse(status, `${t.badRequestTitle}. ${t.urgentHelp}\n`));
  socket.destroy();
}

/** KRING_TRUST_PROXY as Fastify takes it: a number of hops becomes "trust the first n hops". */
function fastifyTrustProxy(setting: TrustProxy): boolean | string[] | ((address: string, hop: number) => boolean) {
  if (setting === false) return false;
  if (typeof setting === 'number') return (_address, hop) => hop < setting;
  return [...setting];
}
