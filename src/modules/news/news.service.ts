// SPDX-License-Identifier: EUPL-1.2
/**
 * News and campaigns (issue 15, ADR 0037): the municipality's editors write articles, everyone reads
 * the published ones.
 *
 * - Editing is for `network:edit` only (the municipality's editor and administrators), checked here
 *   again after the route (deny by default): anyone else gets 403, a professional of a school too.
 * - Every write keeps a version (append-only: the database refuses to change or remove one) and an
 *   audit row in the same transaction: `news.article.create | update | publish | unpublish`,
 *   `news.image.create`. Articles are public content, no personal data: reading them is not audited.
 * - The public sees an article when it is published and its moment has come; a scheduled one is
 *   absent (404) until then.
 * - An image is decoded and encoded again (sharp, WebP, metadata gone) and needs alt text; anything
 *   that is not a JPEG, PNG or WebP (an SVG) is refused.
 */
import { actorOf, can, ForbiddenError } from '#src/core/authz.ts';
import type { RequestContext } from '#src/core/context.ts';
import { NotFoundError, ValidationError } from '#src/core/errors.ts';
import { type Page, pageOf } from '#src/core/paging.ts';
import type { Handle } from '#src/db/handle.ts';
import { audit } from '#src/modules/audit/index.ts';
import { displayNames } from '#src/modules/identity/index.ts';
import { type ArticleForm, type ArticleStatus, articleStatus, checkArticle } from './article-rules.ts';
import { encodeNewsImage } from './image.ts';
import * as repo from './news.repository.ts';
import type { ArticleState } from './news.table.ts';
import { uniqueSlug } from './slug.ts';

export type { ArticleRow, ImageListed, VersionRow } from './news.repository.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** The longest alt text of an image. */
export const MAX_ALT = 300;
/** Articles per page of the public list. */
export const NEWS_PAGE_SIZE = 10;

/** The editor acting, or 403 (deny by default). */
function editor(ctx: RequestContext) {
  const actor = actorOf(ctx);
  if (!can(actor, 'network:edit')) throw new ForbiddenError('Only the network editors keep the news');
  return actor;
}

async function auditArticle(
  ctx: RequestContext,
  trx: Parameters<typeof audit>[0],
  type: string,
  action: 'C' | 'U',
  objectType: 'news_article' | 'news_image',
  id: string,
): Promise<void> {
  await audit(trx, ctx, { type, action, outcome: 'success', purpose: 'administration', objectType, objectId: id });
}

/** An article in the editor's list, with where it stands now. */
export interface EditorArticle extends repo.ArticleRow {
  readonly status: ArticleStatus;
}

/** Every article, the last changed first, for an editor. */
export async function editorArticles(ctx: RequestContext): Promise<EditorArticle[]> {
  editor(ctx);
  const rows = await repo.allArticles(ctx.db);
  return rows.map((r) => ({ ...r, status: articleStatus(r.state, r.publishAt, ctx.now) }));
}

/** One article for an editor, with its images, or 404. */
export async function editorArticle(
  ctx: RequestContext,
  id: string,
): Promise<{ article: EditorArticle; images: repo.ImageListed[] }> {
  editor(ctx);
  const row = UUID.test(id) ? await repo.findArticle(ctx.db, id) : undefined;
  if (!row) throw new NotFoundError();
  return {
    article: { ...row, status: articleStatus(row.state, row.publishAt, ctx.now) },
    images: await repo.imagesOf(ctx.db, id),
  };
}

/** What an editor asks of a form: keep it as it stands, or publish it (at its moment). */
export type SaveIntent = 'save' | 'publish';

/** The state and moment an article gets from a save. */
function nextState(
  intent: SaveIntent,
  current: { state: ArticleState; publishAt: Date | null } | undefined,
  given: Date | null,
  now: Date,
): { state: ArticleState; publishAt: Date | null } {
  if (intent === 'publish') return { state: 'published', publishAt: given ?? now };
  const state = current?.state ?? 'draft';
  return { state, publishAt: given ?? (state === 'published' ? (current?.publishAt ?? now) : null) };
}

/** The slug an article gets: the one typed must be free; one made from the title is made unique. */
async function slugFor(db: Handle, slug: string, given: boolean, exceptId: string | null): Promise<string> {
  if (given) {
    if (await repo.slugTaken(db, slug, exceptId)) throw new ValidationError({ slug: 'taken' });
    return slug;
  }
  return uniqueSlug(slug, await repo.slugsLike(db, slug));
}

/**
 * Writes a new article, as a draft or published (at once, at a given moment, or scheduled).
 * @returns its id
 * @throws {ValidationError} the keys of {@link checkArticle}, and `slug: taken`
 */
export async function createArticle(ctx: RequestContext, form: ArticleForm, intent: SaveIntent): Promise<string> {
  const actor = editor(ctx);
  const checked = checkArticle(form);
  if (!checked.ok) throw new ValidationError(checked.errors);
  const v = checked.value;
  return ctx.db.transaction().execute(async (trx) => {
    const slug = await slugFor(trx, v.slug, v.slugGiven, null);
    const id = await repo.insertArticle(
      trx,
      { ...v, slug, ...nextState(intent, undefined, v.publishAt, ctx.now) },
      actor.userId,
      ctx.now,
    );
    await auditArticle(ctx, trx, 'news.article.create', 'C', 'news_article', id);
    if (intent === 'publish') await auditArticle(ctx, trx, 'news.article.publish', 'U', 'news_article', id);
    return id;
  });
}

/**
 * Saves a new version of an article: its content, and, to publish, its state and moment.
 * @returns the new version's number
 * @throws {NotFoundError} an unknown article
 * @throws {ValidationError} as {@link createArticle}
 */
export async function saveArticle(
  ctx: RequestContext,
  id: string,
  form: ArticleForm,
  intent: SaveIntent,
): Promise<number> {
  const actor = editor(ctx);
  const current = UUID.test(id) ? await repo.findArticle(ctx.db, id) : undefined;
  if (!current) throw new NotFoundError();
  const checked = checkArticle(form);
  if (!checked.ok) throw new ValidationError(checked.errors);
  const v = checked.value;
  return ctx.db.transaction().execute(async (trx) => {
    // An article keeps its address unless the editor types another (links to it keep working).
    const slug = v.slugGiven && v.slug !== current.slug ? await slugFor(trx, v.slug, true, id) : current.slug;
    const version = await repo.updateArticle(
      trx,
      id,
      { ...v, slug, ...nextState(intent, current, v.publishAt, ctx.now) },
      actor.userId,
      ctx.now,
    );
    const type = intent === 'publish' ? 'news.article.publish' : 'news.article.update';
    await auditArticle(ctx, trx, type, 'U', 'news_article', id);
    return version;
  });
}

/**
 * Takes an article off the public pages (a new version, state `unpublished`). Nothing happens to an
 * article that is not published or scheduled.
 * @throws {NotFoundError} an unknown article
 */
export async function unpublishArticle(ctx: RequestContext, id: string): Promise<void> {
  const actor = editor(ctx);
  const current = UUID.test(id) ? await repo.findArticle(ctx.db, id) : undefined;
  if (!current) throw new NotFoundError();
  if (current.state !== 'published') return;
  await ctx.db.transaction().execute(async (trx) => {
    await repo.updateArticle(trx, id, { ...current, state: 'unpublished' }, actor.userId, ctx.now);
    await auditArticle(ctx, trx, 'news.article.unpublish', 'U', 'news_article', id);
  });
}

/** A version with the name of who saved it (null: Kring itself, the demo data). */
export interface NamedVersion extends repo.VersionRow {
  readonly savedByName: string | null;
}

async function named(db: Handle, versions: readonly repo.VersionRow[]): Promise<NamedVersion[]> {
  const names = await displayNames(
    db,
    versions.flatMap((v) => (v.savedBy ? [v.savedBy] : [])),
  );
  return versions.map((v) => ({ ...v, savedByName: v.savedBy ? (names.get(v.savedBy) ?? null) : null }));
}

/** An article's versions, the newest first (with the name of who saved each), or 404. */
export async function articleVersions(
  ctx: RequestContext,
  id: string,
): Promise<{ article: repo.ArticleRow; versions: NamedVersion[] }> {
  editor(ctx);
  const article = UUID.test(id) ? await repo.findArticle(ctx.db, id) : undefined;
  if (!article) throw new NotFoundError();
  return { article, versions: await named(ctx.db, await repo.versionsOf(ctx.db, id)) };
}

/** One version of an article, or 404. */
export async function articleVersion(
  ctx: RequestContext,
  id: string,
  version: number,
): Promise<{ article: repo.ArticleRow; version: NamedVersion }> {
  editor(ctx);
  const article = UUID.test(id) ? await repo.findArticle(ctx.db, id) : undefined;
  const found = article && Number.isSafeInteger(version) ? await repo.findVersion(ctx.db, id, version) : undefined;
  if (!article || !found) throw new NotFoundError();
  const [one] = await named(ctx.db, [found]);
  return { article, version: one! };
}

/**
 * Adds an image to an article: encoded again as WebP without metadata; alt text required.
 * @returns the image's id
 * @throws {NotFoundError} an unknown article
 * @throws {ValidationError} `alt: required | tooLong`, `file: notAnImage | tooManyPixels | malformed`
 */
export async function addArticleImage(
  ctx: RequestContext,
  articleId: string,
  upload: { readonly bytes: Buffer; readonly alt: string },
): Promise<string> {
  const actor = editor(ctx);
  const article = UUID.test(articleId) ? await repo.findArticle(ctx.db, articleId) : undefined;
  if (!article) throw new NotFoundError();
  const alt = upload.alt.trim().replace(/\s+/g, ' ');
  const errors: Record<string, string> = {};
  if (alt === '') errors.alt = 'required';
  else if (alt.length > MAX_ALT) errors.alt = 'tooLong';
  const encoded = await encodeNewsImage(upload.bytes);
  if (!encoded.ok) errors.file = encoded.reason;
  if (Object.keys(errors).length > 0 || !encoded.ok) throw new ValidationError(errors);
  return ctx.db.transaction().execute(async (trx) => {
    const id = await repo.insertImage(
      trx,
      articleId,
      {
        contentType: encoded.contentType,
        bytes: encoded.bytes,
        width: encoded.width,
        height: encoded.height,
        alt,
      },
      actor.userId,
      ctx.now,
    );
    await auditArticle(ctx, trx, 'news.image.create', 'C', 'news_image', id);
    return id;
  });
}

/** One page of the published articles (newest first, ADR 0032's paging). */
export async function publicArticles(
  db: Handle,
  now: Date,
  requested: number,
): Promise<{ articles: repo.ArticleRow[]; page: Page }> {
  const page = pageOf(requested, await repo.countPublished(db, now), NEWS_PAGE_SIZE);
  return { articles: await repo.publishedArticles(db, now, page.size, page.offset), page };
}

/** The published article with this slug, or 404 (a draft, scheduled or unpublished one too). */
export async function publicArticle(db: Handle, slug: string, now: Date): Promise<repo.ArticleRow> {
  const row = slug.length <= 120 ? await repo.publishedBySlug(db, slug, now) : undefined;
  if (!row) throw new NotFoundError();
  return row;
}

/** An image's bytes for the public, or 404: only when its article is published and its moment has come. */
export async function articleImage(ctx: Pick<RequestContext, 'db' | 'now'>, id: string): Promise<repo.ImageRow> {
  const row = UUID.test(id) ? await repo.findImage(ctx.db, id, ctx.now) : undefined;
  if (!row) throw new NotFoundError();
  return row;
}

/** Any article's image for the network's editors (the preview of a draft shows its images), or 404. */
export async function editorImage(ctx: RequestContext, id: string): Promise<repo.ImageRow> {
  if (!can(ctx.actor, 'network:edit')) throw new ForbiddenError('Only the network editors see images of drafts');
  const row = UUID.test(id) ? await repo.findImage(ctx.db, id) : undefined;
  if (!row) throw new NotFoundError();
  return row;
}
