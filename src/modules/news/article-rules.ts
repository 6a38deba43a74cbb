// SPDX-License-Identifier: EUPL-1.2
/**
 * The rules of an article (ADR 0037), pure: what an editor's form must hold, and where an article
 * stands at a moment. The service applies them; the pages show their keys as texts.
 *
 * - A title (at most 200 characters), a summary (at most 500) and a body in Markdown (at most
 *   50,000) are required; every image in the body has alt text.
 * - The address (slug) is made from the title unless the editor gives one: lower-case letters and
 *   digits joined by single hyphens, at most 120 characters.
 * - Publishing takes a moment: none given is now; a moment in the future is a scheduled publication
 *   (the public sees the article only from then on, decided at query time: no job).
 */
import type { ArticleLanguage, ArticleState } from './news.table.ts';
import { imagesWithoutAlt } from './render.ts';
import { MAX_SLUG, SLUG_PATTERN, slugOf } from './slug.ts';

export const MAX_TITLE = 200;
export const MAX_SUMMARY = 500;
export const MAX_BODY = 50_000;
export const LANGUAGES: readonly ArticleLanguage[] = ['nl', 'en'];

/** Where an article stands for the public at a moment. */
export type ArticleStatus = 'draft' | 'scheduled' | 'published' | 'unpublished';

/**
 * An article's status at `now`: a published article whose moment has not come is scheduled.
 * @param state the stored state
 * @param publishAt the stored moment of publication
 * @param now the moment that decides
 */
export function articleStatus(state: ArticleState, publishAt: Date | null, now: Date): ArticleStatus {
  if (state !== 'published') return state;
  return publishAt && publishAt.getTime() > now.getTime() ? 'scheduled' : 'published';
}

/** What an editor typed, as strings (the publication's date already a calendar date, or 'invalid'). */
export interface ArticleForm {
  readonly title: string;
  readonly summary: string;
  readonly body: string;
  /** Empty: made from the title. */
  readonly slug: string;
  readonly language: string;
  /** The moment of publication: null when none was given, `invalid` when the date or time is no real one. */
  readonly publishAt: Date | null | 'invalid';
}

/** The checked values of an article form. */
export interface CheckedArticle {
  readonly title: string;
  readonly summary: string;
  readonly body: string;
  /** The slug asked for, or made from the title (unique-making is the service's). */
  readonly slug: string;
  /** Whether the editor typed the slug (then it must be free) or it was made from the title. */
  readonly slugGiven: boolean;
  readonly language: ArticleLanguage;
  /** The moment of publication, when given. */
  readonly publishAt: Date | null;
}

/**
 * Checks an article form.
 * @returns the values, or the field errors as keys (`title: required | tooLong`, `summary: …`,
 *   `body: required | tooLong | imageAlt`, `slug: invalid | fromTitle`, `language: invalid`,
 *   `publishAt: invalid`)
 */
export function checkArticle(
  form: ArticleForm,
): { ok: true; value: CheckedArticle } | { ok: false; errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  const title = form.title.trim();
  const summary = form.summary.trim();
  const body = form.body.replace(/\r\n?/g, '\n').trimEnd();
  const given = form.slug.trim();
  if (title === '') errors.title = 'required';
  else if (title.length > MAX_TITLE) errors.title = 'tooLong';
  if (summary === '') errors.summary = 'required';
  else if (summary.length > MAX_SUMMARY) errors.summary = 'tooLong';
  if (body.trim() === '') errors.body = 'required';
  else if (body.length > MAX_BODY) errors.body = 'tooLong';
  else if (imagesWithoutAlt(body) > 0) errors.body = 'imageAlt';
  let slug = given;
  if (given !== '') {
    if (given.length > MAX_SLUG || !SLUG_PATTERN.test(given)) errors.slug = 'invalid';
  } else {
    slug = slugOf(title);
    if (slug === '' && !errors.title) errors.slug = 'fromTitle';
  }
  const language = LANGUAGES.find((l) => l === form.language);
  if (!language) errors.language = 'invalid';
  if (form.publishAt === 'invalid') errors.publishAt = 'invalid';
  const publishAt = form.publishAt === 'invalid' ? null : form.publishAt;
  if (Object.keys(errors).length > 0 || !language) return { ok: false, errors };
  return { ok: true, value: { title, summary, body, slug, slugGiven: given !== '', language, publishAt } };
}
