// SPDX-License-Identifier: EUPL-1.2
/**
 * The queries of news (ADR 0037): articles, their append-only versions and the images editors
 * upload. The public sees an article only when it is published and its moment has come: a filter
 * at query time, so a scheduled article needs no job.
 */
import { type Handle, type TransactionHandle, tablesOf } from '#src/db/handle.ts';
import type { ArticleLanguage, ArticleState, NewsTables } from './news.table.ts';

type Db = Handle;
type Trx = TransactionHandle;
const own = tablesOf<NewsTables>();

/** An article as stored now. */
export interface ArticleRow {
  readonly id: string;
  readonly slug: string;
  readonly language: ArticleLanguage;
  readonly title: string;
  readonly summary: string;
  readonly body: string;
  readonly state: ArticleState;
  readonly publishAt: Date | null;
  readonly version: number;
  readonly createdAt: Date;
  readonly updatedAt: Date;
}

const ARTICLE = [
  'id',
  'slug',
  'language',
  'title',
  'summary',
  'body',
  'state',
  'publish_at as publishAt',
  'version',
  'created_at as createdAt',
  'updated_at as updatedAt',
] as const;

/** What the public may see at `now`: published, and its moment has come. */
function visible(db: Db, now: Date) {
  return own(db).selectFrom('news_article').where('state', '=', 'published').where('publish_at', '<=', now);
}

/** Published articles visible at `now`, newest first, one page. */
export function publishedArticles(db: Db, now: Date, limit: number, offset: number): Promise<ArticleRow[]> {
  return visible(db, now)
    .select(ARTICLE)
    .orderBy('publish_at', 'desc')
    .orderBy('id')
    .limit(limit)
    .offset(offset)
    .execute();
}

/** How many articles the public sees at `now`. */
export async function countPublished(db: Db, now: Date): Promise<number> {
  const row = await visible(db, now)
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** The published article visible at `now` with this slug, or undefined. */
export function publishedBySlug(db: Db, slug: string, now: Date): Promise<ArticleRow | undefined> {
  return visible(db, now).select(ARTICLE).where('slug', '=', slug).executeTakeFirst();
}

/** Published articles visible at `now` among these ids. */
export function publishedByIds(db: Db, ids: readonly string[], now: Date): Promise<ArticleRow[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return visible(db, now).select(ARTICLE).where('id', 'in', ids).execute();
}

/** Every article, for editors: the last changed first. */
export function allArticles(db: Db): Promise<ArticleRow[]> {
  return own(db).selectFrom('news_article').select(ARTICLE).orderBy('updated_at', 'desc').orderBy('id').execute();
}

/** One article by id, or undefined. */
export function findArticle(db: Db, id: string): Promise<ArticleRow | undefined> {
  return own(db).selectFrom('news_article').select(ARTICLE).where('id', '=', id).executeTakeFirst();
}

/** Whether another article than `exceptId` has this slug. */
export async function slugTaken(db: Db, slug: string, exceptId: string | null): Promise<boolean> {
  let query = own(db).selectFrom('news_article').select('id').where('slug', '=', slug);
  if (exceptId) query = query.where('id', '<>', exceptId);
  return (await query.executeTakeFirst()) !== undefined;
}

/** The slugs starting with `base` (to make a generated slug unique). */
export async function slugsLike(db: Db, base: string): Promise<Set<string>> {
  const rows = await own(db)
    .selectFrom('news_article')
    .select('slug')
    .where('slug', 'like', `${base.replace(/[%_\\]/g, '')}%`)
    .execute();
  return new Set(rows.map((r) => r.slug));
}

/** An article's content and state as one version saves it. */
export interface ArticleContent {
  readonly slug: string;
  readonly language: ArticleLanguage;
  readonly title: string;
  readonly summary: string;
  readonly body: string;
  readonly state: ArticleState;
  readonly publishAt: Date | null;
}

async function appendVersion(
  trx: Trx,
  articleId: string,
  version: number,
  c: ArticleContent,
  by: string | null,
  at: Date,
) {
  await own(trx)
    .insertInto('news_article_version')
    .values({
      article_id: articleId,
      version,
      slug: c.slug,
      language: c.language,
      title: c.title,
      summary: c.summary,
      body: c.body,
      state: c.state,
      publish_at: c.publishAt,
      saved_by: by,
      saved_at: at,
    })
    .execute();
}

/** A new article with its first version; returns its id. */
export async function insertArticle(trx: Trx, c: ArticleContent, by: string | null, at: Date): Promise<string> {
  const { id } = await own(trx)
    .insertInto('news_article')
    .values({
      slug: c.slug,
      language: c.language,
      title: c.title,
      summary: c.summary,
      body: c.body,
      state: c.state,
      publish_at: c.publishAt,
      version: 1,
      created_at: at,
      updated_at: at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await appendVersion(trx, id, 1, c, by, at);
  return id;
}

/** A new state of an article: the row changes and a version is appended. Returns the version number. */
export async function updateArticle(
  trx: Trx,
  id: string,
  c: ArticleContent,
  by: string | null,
  at: Date,
): Promise<number> {
  const row = await own(trx)
    .updateTable('news_article')
    .set((eb) => ({
      slug: c.slug,
      language: c.language,
      title: c.title,
      summary: c.summary,
      body: c.body,
      state: c.state,
      publish_at: c.publishAt,
      version: eb('version', '+', 1),
      updated_at: at,
    }))
    .where('id', '=', id)
    .returning('version')
    .executeTakeFirstOrThrow();
  await appendVersion(trx, id, row.version, c, by, at);
  return row.version;
}

/** A saved version as the editor's list shows it. */
export interface VersionRow extends ArticleContent {
  readonly version: number;
  readonly savedBy: string | null;
  readonly savedAt: Date;
}

const VERSION = [
  'version',
  'slug',
  'language',
  'title',
  'summary',
  'body',
  'state',
  'publish_at as publishAt',
  'saved_by as savedBy',
  'saved_at as savedAt',
] as const;

/** Every version of an article, the newest first. */
export function versionsOf(db: Db, articleId: string): Promise<VersionRow[]> {
  return own(db)
    .selectFrom('news_article_version')
    .select(VERSION)
    .where('article_id', '=', articleId)
    .orderBy('version', 'desc')
    .execute();
}

/** One version of an article, or undefined. */
export function findVersion(db: Db, articleId: string, version: number): Promise<VersionRow | undefined> {
  return own(db)
    .selectFrom('news_article_version')
    .select(VERSION)
    .where('article_id', '=', articleId)
    .where('version', '=', version)
    .executeTakeFirst();
}

/** An image as served. */
export interface ImageRow {
  readonly id: string;
  readonly contentType: 'image/webp' | 'image/jpeg';
  readonly bytes: Buffer;
  readonly alt: string;
}

/**
 * One image, or undefined.
 * @param db the connection
 * @param id the image's id
 * @param visibleAt when given, only an image whose article the public may see at that moment
 */
export function findImage(db: Db, id: string, visibleAt?: Date): Promise<ImageRow | undefined> {
  let query = own(db)
    .selectFrom('news_image')
    .select(['id', 'content_type as contentType', 'bytes', 'alt'])
    .where('id', '=', id);
  if (visibleAt) {
    query = query.where('article_id', 'in', visible(db, visibleAt).select('id'));
  }
  return query.executeTakeFirst();
}

/** An image as the editor's page lists it (without its bytes). */
export interface ImageListed {
  readonly id: string;
  readonly alt: string;
  readonly width: number;
  readonly height: number;
  readonly uploadedAt: Date;
}

/** The images uploaded for an article, newest first (without their bytes). */
export function imagesOf(db: Db, articleId: string): Promise<ImageListed[]> {
  return own(db)
    .selectFrom('news_image')
    .select(['id', 'alt', 'width', 'height', 'uploaded_at as uploadedAt'])
    .where('article_id', '=', articleId)
    .orderBy('uploaded_at', 'desc')
    .orderBy('id')
    .execute();
}

/** Stores an encoded image; returns its id. */
export async function insertImage(
  trx: Trx,
  articleId: string,
  image: { contentType: 'image/webp' | 'image/jpeg'; bytes: Buffer; width: number; height: number; alt: string },
  by: string | null,
  at: Date,
): Promise<string> {
  const { id } = await own(trx)
    .insertInto('news_image')
    .values({
      article_id: articleId,
      content_type: image.contentType,
      bytes: image.bytes,
      width: image.width,
      height: image.height,
      alt: image.alt,
      uploaded_by: by,
      uploaded_at: at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}
