// SPDX-License-Identifier: EUPL-1.2
/** The versions of an article (ADR 0037): the list, and one version's Markdown and rendering. Renders only. */
import { Table } from '#src/web/components/index.ts';
import { formatDate, formatDateTime } from '#src/web/format.ts';
import { localePath } from '#src/web/i18n/locale.ts';
import { Layout } from '#src/web/layout/layout.tsx';
import type { StaffPageContext } from '#src/web/staff.tsx';
import type { ArticleStatus } from '../article-rules.ts';
import type { ArticleLanguage } from '../news.table.ts';

const link = (href: string, text: string) => (
  <a class="utrecht-link utrecht-link--html-a" href={href} safe>
    {text}
  </a>
);

/** A version in the list of versions. */
export interface VersionItem {
  readonly version: number;
  readonly title: string;
  readonly status: ArticleStatus;
  readonly savedAt: Date;
  readonly savedBy: string;
}

export function VersionsPage({
  p,
  article,
  versions,
}: {
  p: StaffPageContext;
  article: { readonly id: string; readonly title: string };
  versions: readonly VersionItem[];
}): JSX.Element {
  const e = p.t.news.editor;
  const v = e.versions;
  const base = localePath(p.locale, `/netwerk/nieuws/${article.id}`);
  return (
    <Layout ctx={p.ctx} title={v.title(article.title)} staff={p.staff} nav={p.nav}>
      <p class="utrecht-paragraph">{link(base, v.backToArticle)}</p>
      <h1 class="utrecht-heading-1" safe>
        {v.title(article.title)}
      </h1>
      <p class="utrecht-paragraph" safe>
        {v.intro}
      </p>
      <Table
        caption={v.title(article.title)}
        captionHidden
        testId="versions"
        headers={[v.columns.version, v.columns.savedAt, v.columns.savedBy, v.columns.status, v.columns.title]}
        rows={versions.map((ver) => [
          { html: link(`${base}/versies/${ver.version}`, v.view(ver.version)) },
          formatDateTime(p.locale, ver.savedAt),
          ver.savedBy,
          e.status[ver.status],
          ver.title,
        ])}
      />
    </Layout>
  );
}

export function VersionPage({
  p,
  article,
  version,
  html,
}: {
  p: StaffPageContext;
  article: { readonly id: string; readonly title: string };
  version: VersionItem & {
    readonly body: string;
    readonly summary: string;
    readonly slug: string;
    readonly language: ArticleLanguage;
    readonly publishAt: Date | null;
  };
  /** The sanitised HTML of this version's body. */
  html: string;
}): JSX.Element {
  const e = p.t.news.editor;
  const v = e.versions;
  const base = localePath(p.locale, `/netwerk/nieuws/${article.id}`);
  const title = v.versionTitle(version.version, article.title);
  return (
    <Layout ctx={p.ctx} title={title} staff={p.staff} nav={p.nav}>
      <p class="utrecht-paragraph">{link(`${base}/versies`, v.back)}</p>
      <h1 class="utrecht-heading-1" safe>
        {title}
      </h1>
      <dl class="kring-summary-list" data-testid="version">
        <dt safe>{v.columns.savedAt}</dt>
        <dd safe>{formatDateTime(p.locale, version.savedAt)}</dd>
        <dt safe>{v.columns.savedBy}</dt>
        <dd safe>{version.savedBy}</dd>
        <dt safe>{v.columns.status}</dt>
        <dd safe>{e.status[version.status]}</dd>
        <dt safe>{e.fields.title}</dt>
        <dd safe>{version.title}</dd>
        <dt safe>{e.fields.summary}</dt>
        <dd safe>{version.summary}</dd>
        <dt safe>{e.fields.slug}</dt>
        <dd safe>{version.slug}</dd>
        <dt safe>{e.fields.publishAt}</dt>
        <dd>{version.publishAt ? formatDate(p.locale, version.publishAt) : '–'}</dd>
      </dl>
      <h2 class="utrecht-heading-2" safe>
        {v.markdown}
      </h2>
      <pre class="kring-news-markdown" data-testid="version-markdown" safe>
        {version.body}
      </pre>
      <h2 class="utrecht-heading-2" safe>
        {v.rendered}
      </h2>
      <div class="kring-article" lang={version.language === p.locale ? undefined : version.language}>
        <div class="kring-article__body">{html as 'safe'}</div>
      </div>
    </Layout>
  );
}
