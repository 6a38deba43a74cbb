// SPDX-License-Identifier: EUPL-1.2
/**
 * The news module's public entry (issue 15, ADR 0037): articles and campaigns of the network,
 * written in Markdown by editors at /netwerk/nieuws and read by everyone at /nieuws.
 *
 * Other modules (meetings) link to articles by id through the two functions below: they see only
 * published articles whose moment has come, never drafts.
 */
import { amsterdamIsoDate } from '#src/core/working-days.ts';
import type { Handle } from '#src/db/handle.ts';
import { publishedArticles, publishedByIds } from './news.repository.ts';

/** The public path of an article. */
export function articlePath(slug: string): string {
  return `/nieuws/${slug}`;
}

/**
 * The published articles, newest first (for a select of articles to link to).
 * @param db a connection or transaction
 * @param now the moment that decides what is published (scheduled articles appear from their moment)
 */
export async function publishedArticleList(
  db: Handle,
  now: Date = new Date(),
): Promise<{ id: string; title: string; slug: string; publishedOn: string }[]> {
  const rows = await publishedArticles(db, now, 1000, 0);
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    slug: r.slug,
    publishedOn: amsterdamIsoDate(r.publishAt as Date),
  }));
}

/**
 * Title and slug of those of these articles that are published (public path `/nieuws/<slug>`, see
 * {@link articlePath}); an id of a draft, unpublished or unknown article is absent from the map.
 */
export async function articleLinks(
  db: Handle,
  ids: readonly string[],
  now: Date = new Date(),
): Promise<Map<string, { title: string; slug: string }>> {
  const rows = await publishedByIds(db, ids, now);
  return new Map(rows.map((r) => [r.id, { title: r.title, slug: r.slug }]));
}
