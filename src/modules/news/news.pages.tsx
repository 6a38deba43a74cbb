// SPDX-License-Identifier: EUPL-1.2
/**
 * News and campaigns (issue 15, ADR 0037), registered once per language:
 * - public: /nieuws (the published articles, newest first, paged), /nieuws/:slug (one article),
 *   /nieuws/afbeeldingen/:id (an image, as re-encoded on upload);
 * - editors (`network:edit`): /netwerk/nieuws (the articles), /netwerk/nieuws/nieuw and
 *   /netwerk/nieuws/:id (the form: save, preview, publish or schedule), /…/:id/offline (take it off
 *   the public pages), /…/:id/afbeelding (an image, multipart), /…/:id/versies[/:version].
 * A form with errors comes back with the error summary, the errors next to the fields and
 * everything typed; the preview saves nothing.
 */
import multipart from '@fastify/multipart';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ValidationError } from '#src/core/errors.ts';
import { amsterdamIsoDate } from '#src/core/working-days.ts';
import { guidanceNav } from '#src/modules/guidance/index.ts';
import type { RateLimits } from '#src/plugins/rate-limits.ts';
import { field, formBody, formErrors } from '#src/web/form-schema.ts';
import { amsterdamMoment, dateParts, isEmptyDate, isoDate, partsOf, timeOfDay } from '#src/web/form-values.ts';
import { toHtml } from '#src/web/html.ts';
import { type Locale, localePath } from '#src/web/i18n/locale.ts';
import { messages } from '#src/web/i18n/messages.ts';
import { pageContext, sendHtml, type WebContext } from '#src/web/render.ts';
import { type FormErrors, hasErrors, staffPage } from '#src/web/staff.tsx';
import { type ArticleForm, articleStatus } from './article-rules.ts';
import { MAX_NEWS_IMAGE_BYTES } from './image.ts';
import {
  addArticleImage,
  articleImage,
  articleVersion,
  articleVersions,
  createArticle,
  editorArticle,
  editorArticles,
  editorImage,
  publicArticle,
  publicArticles,
  type SaveIntent,
  saveArticle,
  unpublishArticle,
} from './news.service.ts';
import { renderArticle, renderArticleForEditor } from './render.ts';
import { ArticleFormPage, type ArticleValues, EditorListPage } from './views/editor-news.tsx';
import { ArticlePage, NewsListPage } from './views/public-news.tsx';
import { VersionPage, VersionsPage } from './views/versions.tsx';

/** Options: the language this registration serves, the web context and the upload throttle. */
export interface NewsPagesOptions {
  readonly locale: Locale;
  readonly web: WebContext;
  readonly limits: Pick<RateLimits, 'uploads'>;
}

const EDIT = { config: { policy: 'network:edit' } } as const;
const OPEN = { config: { policy: 'public' } } as const;
const NOTICES = ['opgeslagen', 'gepubliceerd', 'gepland', 'offline', 'afbeelding'] as const;
const idParams = z.object({ id: z.string().max(100) });
const articleBody = formBody({
  // Longer than the rules allow, so that a text too long comes back with its error and is not lost.
  title: field(2000),
  summary: field(200_000),
  body: field(200_000),
  slug: field(2000),
  language: field(10),
  'publishAt-day': field(10),
  'publishAt-month': field(10),
  'publishAt-year': field(10),
  publishTime: field(20),
  actie: z.enum(['opslaan', 'voorbeeld', 'publiceren']).default('opslaan'),
});
type ArticleBody = z.infer<typeof articleBody>;

/** An uploaded file as the multipart hook keeps it. */
interface Upload {
  readonly bytes: Buffer;
  readonly truncated: boolean;
  readonly named: boolean;
}

/** The form's values to show again, exactly as typed. */
function valuesOf(body: ArticleBody): ArticleValues {
  return {
    title: body.title,
    summary: body.summary,
    body: body.body,
    slug: body.slug,
    language: body.language,
    'publishAt-day': body['publishAt-day'],
    'publishAt-month': body['publishAt-month'],
    'publishAt-year': body['publishAt-year'],
    publishTime: body.publishTime,
  };
}

/** What the service checks: the moment in Dutch time from the date boxes and the time. */
function formOf(body: ArticleBody): ArticleForm {
  const parts = dateParts(body, 'publishAt');
  const time = body.publishTime.trim();
  let publishAt: ArticleForm['publishAt'] = null;
  if (!isEmptyDate(parts)) {
    const iso = isoDate(parts);
    const hhmm = time === '' ? '00:00' : timeOfDay(time);
    publishAt = iso && hhmm ? amsterdamMoment(iso, hhmm) : 'invalid';
  } else if (time !== '') publishAt = 'invalid';
  return { ...valuesOf(body), publishAt };
}

/** The time of day of a moment in Dutch time, `HH:MM`. */
function amsterdamTime(date: Date): string {
  return new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/Amsterdam',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(date);
}

export const newsPages: FastifyPluginAsyncZod<NewsPagesOptions> = async (app, options) => {
  const { web, locale, limits } = options;
  const t = messages(locale).news;
  const e = t.editor;
  const nav = guidanceNav(locale);
  const base = localePath(locale, '/netwerk/nieuws');
  const notices: Record<(typeof NOTICES)[number], string> = {
    opgeslagen: e.notices.saved,
    gepubliceerd: e.notices.published,
    gepland: e.notices.scheduled,
    offline: e.notices.unpublished,
    afbeelding: e.notices.image,
  };

  // --- Public ---------------------------------------------------------------------------------

  app.get(
    '/nieuws',
    { ...OPEN, schema: { querystring: z.object({ pagina: z.coerce.number().int().catch(1).default(1) }) } },
    async (request, reply) => {
      const { db, now } = request.context();
      const { articles, page } = await publicArticles(db, now, request.query.pagina);
      const ctx = pageContext(web, locale, localePath(locale, '/nieuws'), reply.cspNonce);
      return sendHtml(
        reply,
        toHtml(
          <NewsListPage
            ctx={ctx}
            nav={nav}
            articles={articles.map((a) => ({ ...a, publishAt: a.publishAt as Date }))}
            page={page.number}
            pages={page.count}
          />,
        ),
      );
    },
  );

  app.get(
    '/nieuws/:slug',
    { ...OPEN, schema: { params: z.object({ slug: z.string().max(200) }) } },
    async (request, reply) => {
      const { db, now } = request.context();
      const article = await publicArticle(db, request.params.slug, now);
      const ctx = pageContext(web, locale, localePath(locale, `/nieuws/${article.slug}`), reply.cspNonce);
      return sendHtml(
        reply,
        toHtml(
          <ArticlePage
            ctx={ctx}
            nav={nav}
            article={{ ...article, publishAt: article.publishAt as Date }}
            html={renderArticle(article.body)}
          />,
        ),
      );
    },
  );

  app.get('/nieuws/afbeeldingen/:id', { ...OPEN, schema: { params: idParams } }, async (request, reply) => {
    const image = await articleImage(request.context(), request.params.id);
    // Only the re-encoded raster image is ever served, never as a document: no sniffing, no script.
    return reply
      .type(image.contentType)
      .header('content-disposition', 'inline')
      .header('content-security-policy', "default-src 'none'; sandbox")
      .send(image.bytes);
  });

  // --- Editors --------------------------------------------------------------------------------

  app.get('/netwerk/nieuws/afbeeldingen/:id', { ...EDIT, schema: { params: idParams } }, async (request, reply) => {
    const image = await editorImage(request.context(), request.params.id);
    return reply
      .type(image.contentType)
      .header('content-disposition', 'inline')
      .header('content-security-policy', "default-src 'none'; sandbox")
      .header('cache-control', 'private, no-store')
      .send(image.bytes);
  });

  app.get('/netwerk/nieuws', EDIT, async (request, reply) => {
    const articles = await editorArticles(request.context());
    return sendHtml(reply, toHtml(<EditorListPage p={staffPage(web, request, reply)} articles={articles} />));
  });

  /** The article form: new (no id) or an article, with what was typed, errors and a preview. */
  async function formPage(
    request: FastifyRequest,
    reply: FastifyReply,
    id: string | undefined,
    state: {
      values?: ArticleValues;
      errors?: FormErrors;
      preview?: boolean;
      imageAlt?: string;
      imageErrors?: FormErrors;
      notice?: string;
    },
  ) {
    const found = id ? await editorArticle(request.context(), id) : undefined;
    const a = found?.article;
    const stored = a
      ? { id: a.id, title: a.title, slug: a.slug, status: a.status, publishAt: a.publishAt, version: a.version }
      : undefined;
    const publishParts = partsOf(a?.publishAt ? amsterdamIsoDate(a.publishAt) : null);
    const values: ArticleValues = state.values ?? {
      title: a?.title ?? '',
      summary: a?.summary ?? '',
      body: a?.body ?? '',
      slug: a?.slug ?? '',
      language: a?.language ?? locale,
      'publishAt-day': publishParts.day,
      'publishAt-month': publishParts.month,
      'publishAt-year': publishParts.year,
      publishTime: a?.publishAt ? amsterdamTime(a.publishAt) : '',
    };
    const errors = state.errors ?? {};
    const imageErrors = state.imageErrors ?? {};
    const language = values.language === 'en' ? 'en' : 'nl';
    return sendHtml(
      reply,
      toHtml(
        <ArticleFormPage
          p={staffPage(web, request, reply)}
          stored={stored}
          values={values}
          errors={errors}
          preview={
            state.preview ? { html: renderArticleForEditor(values.body), title: values.title, language } : undefined
          }
          images={found?.images ?? []}
          imageValues={{ alt: state.imageAlt ?? '' }}
          imageErrors={imageErrors}
          notice={state.notice}
        />,
      ),
      hasErrors(errors) || hasErrors(imageErrors) ? 400 : 200,
    );
  }

  /** The errors of a refused article form, as texts next to the fields. */
  function articleErrors(err: unknown, errors: Record<string, string>): Record<string, string> {
    if (!(err instanceof ValidationError) || !err.fields) throw err;
    const texts = e.errors as unknown as Record<string, Record<string, string>>;
    for (const [name, key] of Object.entries(err.fields)) {
      errors[name] ??= texts[name]?.[String(key)] ?? String(key);
    }
    return errors;
  }

  /** Where a saved article goes: its page with the notice of what happened. */
  function savedUrl(id: string, intent: SaveIntent, publishAt: Date | null, at: Date): string {
    const notice = intent === 'save' ? 'opgeslagen' : publishAt && publishAt > at ? 'gepland' : 'gepubliceerd';
    return `${base}/${id}?melding=${notice}`;
  }

  /** Handles a post of the article form (new when id is undefined). */
  async function postArticle(request: FastifyRequest, reply: FastifyReply, id: string | undefined, body: ArticleBody) {
    const values = valuesOf(body);
    const errors = formErrors(request);
    const form = formOf(body);
    if (body.actie === 'voorbeeld' || hasErrors(errors)) {
      return formPage(request, reply, id, { values, errors, preview: body.actie === 'voorbeeld' });
    }
    const intent: SaveIntent = body.actie === 'publiceren' ? 'publish' : 'save';
    const ctx = request.context();
    try {
      let saved = id;
      if (saved) await saveArticle(ctx, saved, form, intent);
      else saved = await createArticle(ctx, form, intent);
      const publishAt = form.publishAt === 'invalid' ? null : form.publishAt;
      return reply.redirect(savedUrl(saved, intent, publishAt, ctx.now), 303);
    } catch (err) {
      return formPage(request, reply, id, { values, errors: articleErrors(err, errors) });
    }
  }

  app.get('/netwerk/nieuws/nieuw', EDIT, async (request, reply) => formPage(request, reply, undefined, {}));

  app.post('/netwerk/nieuws/nieuw', { ...EDIT, schema: { body: articleBody } }, async (request, reply) =>
    postArticle(request, reply, undefined, request.body),
  );

  app.get(
    '/netwerk/nieuws/:id',
    { ...EDIT, schema: { params: idParams, querystring: z.object({ melding: z.enum(NOTICES).optional() }) } },
    async (request, reply) => {
      const notice = request.query.melding;
      return formPage(request, reply, request.params.id, { notice: notice ? notices[notice] : undefined });
    },
  );

  app.post(
    '/netwerk/nieuws/:id',
    { ...EDIT, schema: { params: idParams, body: articleBody } },
    async (request, reply) => postArticle(request, reply, request.params.id, request.body),
  );

  app.post(
    '/netwerk/nieuws/:id/offline',
    { ...EDIT, schema: { params: idParams, body: formBody({}) } },
    async (request, reply) => {
      await unpublishArticle(request.context(), request.params.id);
      return reply.redirect(`${base}/${request.params.id}?melding=offline`, 303);
    },
  );

  app.get('/netwerk/nieuws/:id/versies', { ...EDIT, schema: { params: idParams } }, async (request, reply) => {
    const ctx = request.context();
    const { article, versions } = await articleVersions(ctx, request.params.id);
    return sendHtml(
      reply,
      toHtml(
        <VersionsPage
          p={staffPage(web, request, reply)}
          article={article}
          versions={versions.map((v) => ({
            ...v,
            status: articleStatus(v.state, v.publishAt, ctx.now),
            savedBy: v.savedByName ?? e.versions.unknownEditor,
          }))}
        />,
      ),
    );
  });

  app.get(
    '/netwerk/nieuws/:id/versies/:version',
    { ...EDIT, schema: { params: z.object({ id: z.string().max(100), version: z.string().max(10) }) } },
    async (request, reply) => {
      const ctx = request.context();
      const n = /^\d{1,9}$/.test(request.params.version) ? Number(request.params.version) : Number.NaN;
      const { article, version } = await articleVersion(ctx, request.params.id, n);
      return sendHtml(
        reply,
        toHtml(
          <VersionPage
            p={staffPage(web, request, reply)}
            article={article}
            version={{
              ...version,
              status: articleStatus(version.state, version.publishAt, ctx.now),
              savedBy: version.savedByName ?? e.versions.unknownEditor,
            }}
            html={renderArticleForEditor(version.body)}
          />,
        ),
      );
    },
  );

  await app.register(async (upload) => {
    // Multipart bypasses Fastify's body limit; the file part is cut at 10 MiB (→ a form error), and a
    // request announcing far more than that is refused before it is read.
    upload.addHook('onRequest', async (request) => {
      if (Number(request.headers['content-length'] ?? 0) > 2 * MAX_NEWS_IMAGE_BYTES) {
        throw Object.assign(new Error('Upload too large'), { statusCode: 413 });
      }
    });
    await upload.register(multipart, {
      attachFieldsToBody: 'keyValues',
      throwFileSizeLimit: false,
      limits: { fileSize: MAX_NEWS_IMAGE_BYTES, files: 1, fields: 3, fieldSize: 2_000, parts: 4 },
      async onFile(part) {
        const bytes = await part.toBuffer();
        (this as FastifyRequest & { upload?: Upload }).upload = {
          bytes,
          truncated: part.file.truncated,
          named: part.filename !== '',
        };
      },
    });
    upload.post(
      '/netwerk/nieuws/:id/afbeelding',
      { ...EDIT, onRequest: limits.uploads, schema: { params: idParams } },
      async (request, reply) => {
        const id = (request.params as { id: string }).id;
        const body = (request.body ?? {}) as Record<string, unknown>;
        const alt = typeof body.alt === 'string' ? body.alt : '';
        const file = (request as FastifyRequest & { upload?: Upload }).upload;
        const errors = formErrors(request);
        if (!file || (!file.named && file.bytes.length === 0)) errors.file = e.errors.file.missing;
        else if (file.truncated) errors.file = e.errors.file.tooLarge;
        if (hasErrors(errors) || !file) {
          if (alt.trim() === '' && !errors.alt) errors.alt = e.errors.alt.required;
          return formPage(request, reply, id, { imageAlt: alt, imageErrors: errors });
        }
        try {
          await addArticleImage(request.context(), id, { bytes: file.bytes, alt });
        } catch (err) {
          return formPage(request, reply, id, { imageAlt: alt, imageErrors: articleErrors(err, errors) });
        }
        return reply.redirect(`${base}/${id}?melding=afbeelding`, 303);
      },
    );
  });
};
