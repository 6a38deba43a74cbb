// SPDX-License-Identifier: EUPL-1.2
/**
 * News on the database (issue 15, ADR 0037): only the network's editors write (deny by default: a
 * professional, a school's editor, nobody signed in: 403); every write is audited in its transaction;
 * every save keeps a version that the database refuses to change or remove; a scheduled article is
 * public only from its moment; the contract for meetings (publishedArticleList, articleLinks) sees
 * published articles only; the demo retrospective carries the municipality's facts.
 */
import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '#src/core/authz.ts';
import { ForbiddenError } from '#src/core/authz.ts';
import { NotFoundError, ValidationError } from '#src/core/errors.ts';
import type { DatabaseHandle } from '#src/db/create-db.ts';
import type { Database } from '#src/db/database.ts';
import type { ArticleForm } from '#src/modules/news/article-rules.ts';
import { articleLinks, articlePath, publishedArticleList } from '#src/modules/news/index.ts';
import { seedNewsDemo, TARA_QUOTE } from '#src/modules/news/news.seed.ts';
import {
  addArticleImage,
  articleVersion,
  articleVersions,
  createArticle,
  editorArticle,
  editorArticles,
  publicArticle,
  publicArticles,
  saveArticle,
  unpublishArticle,
} from '#src/modules/news/news.service.ts';
import { contextFor, createMember, refusalOf } from '#test/fixtures/circle.ts';
import { createTestDatabase, testConfig } from '#test/setup.ts';

let handle: DatabaseHandle;
let db: Kysely<Database>;
let petra: Actor;
let wethouderAdmin: Actor;
let schoolEditor: Actor;
let professional: Actor;

const NOW = new Date('2026-12-07T10:00:00Z');
const form = (over: Partial<ArticleForm> = {}): ArticleForm => ({
  title: 'Verbind voor het kind!',
  summary: 'De campagne in de week tegen kindermishandeling.',
  body: 'Kijk niet weg, maar kom in actie!',
  slug: '',
  language: 'nl',
  publishAt: null,
  ...over,
});

beforeAll(async () => {
  handle = await createTestDatabase();
  db = handle.db;
  const municipality = { name: 'Gemeente Harderwijk', type: 'municipality' as const };
  petra = await createMember(db, municipality, { name: 'Petra Jansen', role: 'editor' });
  wethouderAdmin = await createMember(db, municipality, { name: 'Beheerder Gemeente', role: 'administrator' });
  schoolEditor = await createMember(
    db,
    { name: 'Veluwe College', type: 'school' },
    { name: 'Redacteur School', role: 'editor' },
  );
  professional = await createMember(
    db,
    { name: 'Veluwe College', type: 'school' },
    { name: 'Femke', role: 'professional' },
  );
}, 60_000);
afterAll(() => handle.close());

async function auditRows(objectId: string) {
  return db
    .selectFrom('audit_event')
    .select(['event_type_code as type', 'event_outcome_indicator as outcome', 'user_id as userId'])
    .where('participant_object_id', '=', objectId)
    .orderBy('id')
    .execute();
}

describe('who may write the news (deny by default)', () => {
  it.each([
    ['nobody signed in', () => null],
    ['a professional', () => professional],
    ['an editor of a school (no network:edit)', () => schoolEditor],
  ])('%s is refused every editor use case', async (_, who) => {
    const ctx = contextFor(db, who(), NOW);
    const id = '00000000-0000-4000-8000-000000000000';
    for (const run of [
      () => editorArticles(ctx),
      () => editorArticle(ctx, id),
      () => createArticle(ctx, form(), 'publish'),
      () => saveArticle(ctx, id, form(), 'save'),
      () => unpublishArticle(ctx, id),
      () => articleVersions(ctx, id),
      () => articleVersion(ctx, id, 1),
      () => addArticleImage(ctx, id, { bytes: Buffer.alloc(0), alt: 'x' }),
    ]) {
      expect(await refusalOf(run)).toBeInstanceOf(ForbiddenError);
    }
    expect(
      await db.selectFrom('news_article').select('id').where('title', '=', 'Verbind voor het kind!').execute(),
    ).toEqual([]);
  });

  it("the municipality's administrator may, as the editor", async () => {
    const id = await createArticle(contextFor(db, wethouderAdmin, NOW), form({ title: 'Door de beheerder' }), 'save');
    expect((await editorArticle(contextFor(db, petra, NOW), id)).article.title).toBe('Door de beheerder');
  });
});

describe('writing, publishing and versions', () => {
  let id: string;

  it('a draft: saved, audited, not public', async () => {
    id = await createArticle(contextFor(db, petra, NOW), form(), 'save');
    const { article } = await editorArticle(contextFor(db, petra, NOW), id);
    expect([article.slug, article.state, article.status, article.publishAt, article.version]).toEqual([
      'verbind-voor-het-kind',
      'draft',
      'draft',
      null,
      1,
    ]);
    expect(await auditRows(id)).toEqual([{ type: 'news.article.create', outcome: 0, userId: petra.userId }]);
    expect(await refusalOf(() => publicArticle(db, 'verbind-voor-het-kind', NOW))).toBeInstanceOf(NotFoundError);
    expect(await publishedArticleList(db, NOW)).toEqual([]);
  });

  it('published now: public, in the contract for meetings, audited', async () => {
    await saveArticle(contextFor(db, petra, NOW), id, form({ body: 'Tweede versie.' }), 'publish');
    expect((await publicArticle(db, 'verbind-voor-het-kind', NOW)).body).toBe('Tweede versie.');
    expect(await publishedArticleList(db, NOW)).toEqual([
      { id, title: 'Verbind voor het kind!', slug: 'verbind-voor-het-kind', publishedOn: '2026-12-07' },
    ]);
    expect(await articleLinks(db, [id, '00000000-0000-4000-8000-000000000000'])).toEqual(
      new Map([[id, { title: 'Verbind voor het kind!', slug: 'verbind-voor-het-kind' }]]),
    );
    expect(articlePath('verbind-voor-het-kind')).toBe('/nieuws/verbind-voor-het-kind');
    expect((await auditRows(id)).map((r) => r.type)).toEqual(['news.article.create', 'news.article.publish']);
  });

  it('unpublished: gone from the public and the contract; published again it returns', async () => {
    await unpublishArticle(contextFor(db, petra, NOW), id);
    expect(await refusalOf(() => publicArticle(db, 'verbind-voor-het-kind', NOW))).toBeInstanceOf(NotFoundError);
    expect(await articleLinks(db, [id])).toEqual(new Map());
    expect((await auditRows(id)).map((r) => r.type).at(-1)).toBe('news.article.unpublish');
    await saveArticle(contextFor(db, petra, NOW), id, form({ body: 'Weer online.' }), 'publish');
    expect((await publicArticle(db, 'verbind-voor-het-kind', NOW)).body).toBe('Weer online.');
  });

  it('every save kept a version, the earlier ones unchanged, with who saved it', async () => {
    const { versions } = await articleVersions(contextFor(db, petra, NOW), id);
    expect(versions.map((v) => [v.version, v.state, v.body, v.savedByName])).toEqual([
      [4, 'published', 'Weer online.', 'Petra Jansen'],
      [3, 'unpublished', 'Tweede versie.', 'Petra Jansen'],
      [2, 'published', 'Tweede versie.', 'Petra Jansen'],
      [1, 'draft', 'Kijk niet weg, maar kom in actie!', 'Petra Jansen'],
    ]);
    const first = await articleVersion(contextFor(db, petra, NOW), id, 1);
    expect(first.version.body).toBe('Kijk niet weg, maar kom in actie!');
    expect(await refusalOf(() => articleVersion(contextFor(db, petra, NOW), id, 9))).toBeInstanceOf(NotFoundError);
  });

  it('the database refuses to change or remove a version', async () => {
    await expect(
      sql`update news_article_version set body = 'herschreven' where article_id = ${id}`.execute(db),
    ).rejects.toThrow(/append-only/);
    await expect(sql`delete from news_article_version where article_id = ${id}`.execute(db)).rejects.toThrow(
      /append-only/,
    );
    expect((await articleVersions(contextFor(db, petra, NOW), id)).versions).toHaveLength(4);
  });

  it('a title change keeps the address; a typed address must be free', async () => {
    await saveArticle(contextFor(db, petra, NOW), id, form({ title: 'Verbind voor het kind! (2017)' }), 'save');
    expect((await editorArticle(contextFor(db, petra, NOW), id)).article.slug).toBe('verbind-voor-het-kind');
    const other = await createArticle(contextFor(db, petra, NOW), form(), 'save');
    expect((await editorArticle(contextFor(db, petra, NOW), other)).article.slug).toBe('verbind-voor-het-kind-2');
    const refused = await refusalOf(() =>
      saveArticle(contextFor(db, petra, NOW), other, form({ slug: 'verbind-voor-het-kind' }), 'save'),
    );
    expect(refused).toBeInstanceOf(ValidationError);
    expect((refused as ValidationError).fields).toEqual({ slug: 'taken' });
  });

  it('a bad form is refused whole, nothing written', async () => {
    const before = await db
      .selectFrom('news_article_version')
      .select(sql<number>`count(*)::int`.as('n'))
      .executeTakeFirstOrThrow();
    const refused = await refusalOf(() =>
      createArticle(contextFor(db, petra, NOW), form({ title: '', body: '![](/x)' }), 'publish'),
    );
    expect((refused as ValidationError).fields).toEqual({ title: 'required', body: 'imageAlt' });
    const after = await db
      .selectFrom('news_article_version')
      .select(sql<number>`count(*)::int`.as('n'))
      .executeTakeFirstOrThrow();
    expect(after.n).toBe(before.n);
  });
});

describe('a scheduled article', () => {
  it('is public only from its moment', async () => {
    const at = new Date('2026-12-10T08:00:00Z');
    const id = await createArticle(
      contextFor(db, petra, NOW),
      form({ title: 'Netwerkbijeenkomst 2026', slug: 'netwerkbijeenkomst-2026', publishAt: at }),
      'publish',
    );
    expect((await editorArticle(contextFor(db, petra, NOW), id)).article.status).toBe('scheduled');
    const before = new Date('2026-12-10T07:59:59Z');
    expect(await refusalOf(() => publicArticle(db, 'netwerkbijeenkomst-2026', before))).toBeInstanceOf(NotFoundError);
    expect((await publishedArticleList(db, before)).map((a) => a.slug)).not.toContain('netwerkbijeenkomst-2026');
    expect(await articleLinks(db, [id], before)).toEqual(new Map());
    expect((await publicArticle(db, 'netwerkbijeenkomst-2026', at)).id).toBe(id);
    const list = await publicArticles(db, at, 1);
    expect(list.articles[0]?.slug).toBe('netwerkbijeenkomst-2026');
  });
});

describe('images', () => {
  it('needs alt text and an image; an SVG is refused; a good one is stored as WebP and audited', async () => {
    const ctx = contextFor(db, petra, NOW);
    const id = await createArticle(ctx, form({ title: 'Met afbeelding' }), 'save');
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>');
    const refused = await refusalOf(() => addArticleImage(ctx, id, { bytes: svg, alt: ' ' }));
    expect((refused as ValidationError).fields).toEqual({ alt: 'required', file: 'notAnImage' });
    const { default: sharp } = await import('sharp');
    const png = await sharp({ create: { width: 4, height: 4, channels: 3, background: '#ffffff' } })
      .png()
      .toBuffer();
    const imageId = await addArticleImage(ctx, id, { bytes: png, alt: 'Het stadhuis' });
    const stored = await db
      .selectFrom('news_image')
      .select(['content_type', 'alt'])
      .where('id', '=', imageId)
      .executeTakeFirstOrThrow();
    expect(stored).toEqual({ content_type: 'image/webp', alt: 'Het stadhuis' });
    expect((await auditRows(imageId)).map((r) => r.type)).toEqual(['news.image.create']);
    expect((await editorArticle(ctx, id)).images.map((i) => i.id)).toEqual([imageId]);
  });
});

describe('the demo retrospective', () => {
  it('carries the facts of the municipality’s page, published on 22 November 2017', async () => {
    await db.transaction().execute((trx) => seedNewsDemo(trx, testConfig()));
    const a = await publicArticle(db, 'over-gedeelde-zorg-in-de-kring-van-veiligheid', NOW);
    expect(a.title).toBe('Over gedeelde zorg in de kring van veiligheid');
    expect(a.publishAt?.toISOString()).toBe('2017-11-22T08:00:00.000Z');
    for (const fact of [
      '16 november',
      'Stadhuis',
      'Havendam 56',
      'Ruim 80',
      'Wethouder Gert Jan van Noort',
      'burgemeester Harm-Jan van Schaik',
      'Verbind voor het kind!',
      'Kijk niet weg, maar kom in actie!',
      'Mijn held is mijn sportlerares. Zij keek niet weg, maar vroeg door. Het begin van een veilig thuis, voor mij en mijn broertje.',
      'Tara (14)',
      '0800-2000',
    ]) {
      expect(a.body.replace(/\s+/g, ' ')).toContain(fact);
    }
    expect(TARA_QUOTE).toBe(
      'Mijn held is mijn sportlerares. Zij keek niet weg, maar vroeg door. Het begin van een veilig thuis, voor mij en mijn broertje.',
    );
  });
});
