// SPDX-License-Identifier: EUPL-1.2
/** Kysely table interfaces of news (migration 2026_12_07_07_14_44_add_news, ADR 0037). */
import type { ColumnType, Generated } from 'kysely';

type Timestamp = ColumnType<Date, Date, Date>;

export type ArticleState = 'draft' | 'published' | 'unpublished';
export type ArticleLanguage = 'nl' | 'en';

export interface NewsArticleTable {
  id: Generated<string>;
  slug: string;
  language: ArticleLanguage;
  title: string;
  summary: string;
  /** Markdown, rendered and sanitised on display (render.ts). */
  body: string;
  state: ArticleState;
  /** From when the public sees a published article (a future moment: scheduled). */
  publish_at: Timestamp | null;
  version: number;
  created_at: Timestamp;
  updated_at: Timestamp;
}

/** Append-only: every saved state of an article. */
export interface NewsArticleVersionTable {
  id: Generated<string>;
  article_id: string;
  version: number;
  slug: string;
  language: ArticleLanguage;
  title: string;
  summary: string;
  body: string;
  state: ArticleState;
  publish_at: Timestamp | null;
  saved_by: string | null;
  saved_at: Timestamp;
}

export interface NewsImageTable {
  id: Generated<string>;
  article_id: string;
  content_type: 'image/webp' | 'image/jpeg';
  bytes: Buffer;
  width: number;
  height: number;
  alt: string;
  uploaded_by: string | null;
  uploaded_at: Timestamp;
}

/** The news module's tables: what its repositories may query (src/db/handle.ts). */
export interface NewsTables {
  news_article: NewsArticleTable;
  news_article_version: NewsArticleVersionTable;
  news_image: NewsImageTable;
}
