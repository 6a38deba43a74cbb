// SPDX-License-Identifier: EUPL-1.2
import { type Kysely, sql } from 'kysely';

/**
 * News and campaigns of the network (issue 15, ADR 0037).
 *
 * - `news_article`: an article as it is now: Markdown body, its state (draft, published,
 *   unpublished) and, when published, the moment from which the public sees it (a future moment is
 *   a scheduled publication: the public list filters at query time).
 * - `news_article_version`: append-only, every saved state of an article with who saved it and when.
 * - `news_image`: images editors upload, encoded again by sharp (WebP), served from /nieuws/afbeeldingen/<id>.
 *
 * Articles are public content: they hold no personal data. Only the version list names the editor.
 */
const list = (values: string[]) => sql.join(values.map((v) => sql.lit(v)));
const SLUG = sql.lit('^[a-z0-9]+(-[a-z0-9]+)*$');

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('news_article')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('slug', 'text', (c) => c.notNull().unique().check(sql`slug ~ ${SLUG} and length(slug) <= 120`))
    .addColumn('language', 'text', (c) => c.notNull().check(sql`language in (${list(['nl', 'en'])})`))
    .addColumn('title', 'text', (c) => c.notNull().check(sql`length(title) between 1 and 200`))
    .addColumn('summary', 'text', (c) => c.notNull().check(sql`length(summary) between 1 and 500`))
    .addColumn('body', 'text', (c) => c.notNull().check(sql`length(body) <= 50000`))
    .addColumn('state', 'text', (c) =>
      c.notNull().check(sql`state in (${list(['draft', 'published', 'unpublished'])})`),
    )
    .addColumn('publish_at', 'timestamptz')
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .addCheckConstraint('news_article_published_has_moment', sql`state <> 'published' or publish_at is not null`)
    .execute();
  // The public list: published, by moment.
  await db.schema.createIndex('news_article_publish_idx').on('news_article').columns(['state', 'publish_at']).execute();

  await db.schema
    .createTable('news_article_version')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('article_id', 'uuid', (c) => c.notNull().references('news_article.id'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('slug', 'text', (c) => c.notNull())
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('publish_at', 'timestamptz')
    .addColumn('saved_by', 'uuid', (c) => c.references('app_user.id'))
    .addColumn('saved_at', 'timestamptz', (c) => c.notNull())
    .addUniqueConstraint('news_article_version_unique', ['article_id', 'version'])
    .execute();
  // Append-only: an earlier version is never changed or removed; a change is a new version.
  await sql`
    create function news_article_version_append_only() returns trigger language plpgsql as $$
    begin
      raise exception 'news_article_version is append-only';
    end $$`.execute(db);
  await sql`
    create trigger news_article_version_no_update_delete before update or delete on news_article_version
    for each row execute function news_article_version_append_only()`.execute(db);

  await db.schema
    .createTable('news_image')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    // The article it was uploaded for (its editor page lists it with the Markdown to insert).
    .addColumn('article_id', 'uuid', (c) => c.notNull().references('news_article.id'))
    .addColumn('content_type', 'text', (c) =>
      c.notNull().check(sql`content_type in (${list(['image/webp', 'image/jpeg'])})`),
    )
    .addColumn('bytes', 'bytea', (c) => c.notNull())
    .addColumn('width', 'integer', (c) => c.notNull())
    .addColumn('height', 'integer', (c) => c.notNull())
    .addColumn('alt', 'text', (c) => c.notNull().check(sql`length(alt) between 1 and 300`))
    .addColumn('uploaded_by', 'uuid', (c) => c.references('app_user.id'))
    .addColumn('uploaded_at', 'timestamptz', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('news_image_article_idx').on('news_image').column('article_id').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('news_image').execute();
  await db.schema.dropTable('news_article_version').execute();
  await sql`drop function news_article_version_append_only()`.execute(db);
  await db.schema.dropTable('news_article').execute();
}
