// SPDX-License-Identifier: EUPL-1.2
/**
 * The public news pages (ADR 0037): the list, newest first, and one article. The article's body is
 * HTML made by render.ts (markdown-it, then sanitize-html): the only markup rendered unescaped here.
 * Renders only.
 */
import { Pagination } from '#src/web/components/index.ts';
import { formatDate } from '#src/web/format.ts';
import { localePath } from '#src/web/i18n/locale.ts';
import { Layout, type NavItem, type PageContext } from '#src/web/layout/layout.tsx';
import type { ArticleLanguage } from '../news.table.ts';

/** An article in the public list. */
export interface ListedArticle {
  readonly slug: string;
  readonly title: string;
  readonly summary: string;
  readonly language: ArticleLanguage;
  readonly publishAt: Date;
}

export function NewsListPage({
  ctx,
  nav,
  articles,
  page,
  pages,
}: {
  ctx: PageContext;
  nav: readonly NavItem[];
  articles: readonly ListedArticle[];
  page: number;
  pages: number;
}): JSX.Element {
  const n = ctx.t.news;
  const path = (p: string) => localePath(ctx.locale, p);
  return (
    <Layout ctx={ctx} title={n.title} description={n.intro} publicPage nav={nav}>
      <h1 class="utrecht-heading-1" safe>
        {n.title}
      </h1>
      <p class="utrecht-paragraph" safe>
        {n.intro}
      </p>
      {articles.length === 0 ? (
        <p class="utrecht-paragraph" safe>
          {n.none}
        </p>
      ) : (
        <ul class="kring-news-list" data-testid="news-list">
          {articles.map((a) => (
            <li class="kring-news-list__item">
              <h2 class="utrecht-heading-2" lang={a.language === ctx.locale ? undefined : a.language}>
                <a class="utrecht-link utrecht-link--html-a" href={path(`/nieuws/${a.slug}`)} safe>
                  {a.title}
                </a>
              </h2>
              <p class="utrecht-paragraph kring-news-list__date" safe>
                {n.publishedOn(formatDate(ctx.locale, a.publishAt))}
              </p>
              <p class="utrecht-paragraph" lang={a.language === ctx.locale ? undefined : a.language} safe>
                {a.summary}
              </p>
            </li>
          ))}
        </ul>
      )}
      <Pagination page={page} count={pages} href={(p) => path(`/nieuws?pagina=${p}`)} texts={n.pagination} />
    </Layout>
  );
}

export function ArticlePage({
  ctx,
  nav,
  article,
  html,
}: {
  ctx: PageContext;
  nav: readonly NavItem[];
  article: ListedArticle;
  /** The sanitised HTML of the body (render.ts). */
  html: string;
}): JSX.Element {
  const n = ctx.t.news;
  const other = article.language !== ctx.locale;
  return (
    <Layout ctx={ctx} title={article.title} description={article.summary} publicPage nav={nav}>
      <article class="kring-article" lang={other ? article.language : undefined} data-testid="article">
        <h1 class="utrecht-heading-1" safe>
          {article.title}
        </h1>
        <p class="utrecht-paragraph kring-news-list__date" lang={ctx.locale} safe>
          {n.publishedOn(formatDate(ctx.locale, article.publishAt))}
        </p>
        {other ? (
          <p class="utrecht-paragraph" lang={ctx.locale} safe>
            {n.articleLanguage[article.language]}
          </p>
        ) : (
          ''
        )}
        <div class="kring-article__body" data-testid="article-body">
          {html as 'safe'}
        </div>
      </article>
      <p class="utrecht-paragraph">
        <a class="utrecht-link utrecht-link--html-a" href={localePath(ctx.locale, '/nieuws')} safe>
          {n.backToList}
        </a>
      </p>
    </Layout>
  );
}
