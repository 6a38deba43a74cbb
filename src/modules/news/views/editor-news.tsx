// SPDX-License-Identifier: EUPL-1.2
/**
 * The editor's news pages (ADR 0037): the list of articles with their status, the article form
 * (save, preview, publish or schedule; take offline) and its images. Renders only.
 */
import { Button, DateInput, Radios, Table, Textarea, TextInput } from '#src/web/components/index.ts';
import { formatDateTime } from '#src/web/format.ts';
import { localePath } from '#src/web/i18n/locale.ts';
import { Layout } from '#src/web/layout/layout.tsx';
import {
  CsrfField,
  Form,
  FormErrorSummary,
  type FormErrors,
  fieldError,
  hasErrors,
  Notice,
  type StaffPageContext,
} from '#src/web/staff.tsx';
import type { ArticleStatus } from '../article-rules.ts';
import type { ArticleLanguage } from '../news.table.ts';

/** An article in the editor's list. */
export interface EditorListed {
  readonly id: string;
  readonly title: string;
  readonly status: ArticleStatus;
  readonly publishAt: Date | null;
  readonly updatedAt: Date;
  readonly version: number;
}

const link = (href: string, text: string) => (
  <a class="utrecht-link utrecht-link--html-a" href={href} safe>
    {text}
  </a>
);

export function EditorListPage({
  p,
  articles,
}: {
  p: StaffPageContext;
  articles: readonly EditorListed[];
}): JSX.Element {
  const e = p.t.news.editor;
  const base = localePath(p.locale, '/netwerk/nieuws');
  return (
    <Layout ctx={p.ctx} title={e.title} staff={p.staff} nav={p.nav}>
      <h1 class="utrecht-heading-1" safe>
        {e.title}
      </h1>
      <p class="utrecht-paragraph" safe>
        {e.intro}
      </p>
      <Button text={e.newArticle} href={`${base}/nieuw`} />
      {articles.length === 0 ? (
        <p class="utrecht-paragraph" safe>
          {e.none}
        </p>
      ) : (
        <Table
          caption={e.title}
          captionHidden
          testId="editor-articles"
          headers={[e.columns.title, e.columns.status, e.columns.publishAt, e.columns.updated, e.columns.version]}
          rows={articles.map((a) => [
            { html: link(`${base}/${a.id}`, a.title) },
            e.status[a.status],
            a.publishAt && a.status !== 'draft' ? formatDateTime(p.locale, a.publishAt) : '',
            formatDateTime(p.locale, a.updatedAt),
            String(a.version),
          ])}
        />
      )}
    </Layout>
  );
}

/** What the article form holds, as typed. */
export interface ArticleValues {
  readonly title: string;
  readonly summary: string;
  readonly body: string;
  readonly slug: string;
  readonly language: string;
  readonly 'publishAt-day': string;
  readonly 'publishAt-month': string;
  readonly 'publishAt-year': string;
  readonly publishTime: string;
}

/** An image of the article, listed with the Markdown that shows it. */
export interface ImageItem {
  readonly id: string;
  readonly alt: string;
  readonly width: number;
  readonly height: number;
}

/** The article as stored, when it exists. */
export interface StoredArticle {
  readonly id: string;
  readonly title: string;
  readonly slug: string;
  readonly status: ArticleStatus;
  readonly publishAt: Date | null;
  readonly version: number;
}

/** The Markdown of an image, as the editor puts it in the text. */
export function imageMarkdown(image: { readonly id: string; readonly alt: string }): string {
  return `![${image.alt.replace(/[[\]\\]/g, '\\$&')}](/nieuws/afbeeldingen/${image.id})`;
}

export function ArticleFormPage({
  p,
  stored,
  values,
  errors,
  preview,
  images,
  imageValues,
  imageErrors,
  notice,
}: {
  p: StaffPageContext;
  stored: StoredArticle | undefined;
  values: ArticleValues;
  errors: FormErrors;
  /** The sanitised HTML of the body, when the editor asked for a preview. */
  preview?: { readonly html: string; readonly title: string; readonly language: ArticleLanguage } | undefined;
  images: readonly ImageItem[];
  imageValues: { readonly alt: string };
  imageErrors: FormErrors;
  notice?: string | undefined;
}): JSX.Element {
  const e = p.t.news.editor;
  const f = e.fields;
  const base = localePath(p.locale, '/netwerk/nieuws');
  const action = stored ? `${base}/${stored.id}` : `${base}/nieuw`;
  const allErrors = { ...errors, ...imageErrors };
  const title = stored ? e.editTitle(stored.title) : e.newTitle;
  return (
    <Layout ctx={p.ctx} title={title} hasErrors={hasErrors(allErrors)} staff={p.staff} nav={p.nav}>
      {hasErrors(allErrors) ? <FormErrorSummary t={p.t} errors={allErrors} /> : ''}
      <p class="utrecht-paragraph">{link(base, e.backToList)}</p>
      <h1 class="utrecht-heading-1" safe>
        {title}
      </h1>
      <Notice text={notice} />
      {stored ? (
        <div data-testid="article-status">
          <p class="utrecht-paragraph" safe>
            {e.statusNow(e.status[stored.status])}
          </p>
          {stored.status === 'scheduled' && stored.publishAt ? (
            <p class="utrecht-paragraph" safe>
              {e.scheduledFor(formatDateTime(p.locale, stored.publishAt))}
            </p>
          ) : (
            ''
          )}
          <ul class="utrecht-unordered-list">
            {stored.status === 'published' ? (
              <li class="utrecht-unordered-list__item">
                {link(localePath(p.locale, `/nieuws/${stored.slug}`), e.publicLink)}
              </li>
            ) : (
              ''
            )}
            <li class="utrecht-unordered-list__item">{link(`${base}/${stored.id}/versies`, e.versionsLink)}</li>
          </ul>
        </div>
      ) : (
        ''
      )}
      {preview ? (
        <section class="kring-news-preview" aria-labelledby="voorbeeld-kop" data-testid="preview">
          <h2 class="utrecht-heading-2" id="voorbeeld-kop" safe>
            {e.previewTitle}
          </h2>
          <p class="utrecht-paragraph" safe>
            {e.previewNote}
          </p>
          <div class="kring-article" lang={preview.language === p.locale ? undefined : preview.language}>
            <p class="utrecht-heading-3" safe>
              {preview.title}
            </p>
            <div class="kring-article__body">{preview.html as 'safe'}</div>
          </div>
        </section>
      ) : (
        ''
      )}
      <Form p={p} action={action}>
        <TextInput
          id="title"
          name="title"
          maxlength={200}
          label={{ text: f.title }}
          value={values.title}
          errorMessage={fieldError(p.t, errors, 'title')}
        />
        <Textarea
          id="summary"
          name="summary"
          rows={3}
          label={{ text: f.summary }}
          hint={{ text: f.summaryHint }}
          value={values.summary}
          errorMessage={fieldError(p.t, errors, 'summary')}
        />
        <Textarea
          id="body"
          name="body"
          rows={18}
          label={{ text: f.body }}
          hint={{ text: f.bodyHint }}
          value={values.body}
          errorMessage={fieldError(p.t, errors, 'body')}
        />
        <TextInput
          id="slug"
          name="slug"
          maxlength={120}
          autocomplete="off"
          spellcheck={false}
          label={{ text: f.slug }}
          hint={{ text: f.slugHint }}
          optionalText={p.t.common.optional}
          value={values.slug}
          errorMessage={fieldError(p.t, errors, 'slug')}
        />
        <Radios
          idPrefix="language"
          name="language"
          fieldset={{ legend: { text: f.language } }}
          errorMessage={fieldError(p.t, errors, 'language')}
          items={[
            { value: 'nl', text: f.languages.nl },
            { value: 'en', text: f.languages.en },
          ]}
          value={values.language}
        />
        <DateInput
          id="publishAt"
          namePrefix="publishAt"
          fieldset={{ legend: { text: `${f.publishAt} ${p.t.common.optional}` } }}
          hint={{ text: f.publishAtHint }}
          labels={f.dateLabels}
          values={{ day: values['publishAt-day'], month: values['publishAt-month'], year: values['publishAt-year'] }}
          errorMessage={fieldError(p.t, errors, 'publishAt')}
        />
        <TextInput
          id="publishTime"
          name="publishTime"
          maxlength={5}
          inputmode="numeric"
          classes="kring-news-time"
          label={{ text: f.publishTime }}
          hint={{ text: f.publishTimeHint }}
          optionalText={p.t.common.optional}
          value={values.publishTime}
          errorMessage={fieldError(p.t, errors, 'publishTime')}
        />
        <div class="kring-button-group">
          <Button text={e.actions.save} name="actie" value="opslaan" />
          <Button text={e.actions.preview} name="actie" value="voorbeeld" appearance="secondary" />
          <Button text={e.actions.publish} name="actie" value="publiceren" appearance="secondary" />
        </div>
      </Form>
      {stored && (stored.status === 'published' || stored.status === 'scheduled') ? (
        <form method="post" action={`${base}/${stored.id}/offline`} class="kring-form">
          <CsrfField token={p.csrf} />
          <Button text={e.actions.unpublish} appearance="secondary" />
        </form>
      ) : (
        ''
      )}
      <ImagesSection p={p} stored={stored} images={images} values={imageValues} errors={imageErrors} />
    </Layout>
  );
}

function ImagesSection({
  p,
  stored,
  images,
  values,
  errors,
}: {
  p: StaffPageContext;
  stored: StoredArticle | undefined;
  images: readonly ImageItem[];
  values: { readonly alt: string };
  errors: FormErrors;
}): JSX.Element {
  const i = p.t.news.editor.images;
  if (!stored) {
    return (
      <section aria-labelledby="afbeeldingen-kop">
        <h2 class="utrecht-heading-2" id="afbeeldingen-kop" safe>
          {i.title}
        </h2>
        <p class="utrecht-paragraph" safe>
          {i.saveFirst}
        </p>
      </section>
    );
  }
  const fileError = fieldError(p.t, errors, 'file');
  return (
    <section aria-labelledby="afbeeldingen-kop">
      <h2 class="utrecht-heading-2" id="afbeeldingen-kop" safe>
        {i.title}
      </h2>
      <p class="utrecht-paragraph" safe>
        {i.intro}
      </p>
      {images.length === 0 ? (
        <p class="utrecht-paragraph" safe>
          {i.none}
        </p>
      ) : (
        <Table
          caption={i.title}
          captionHidden
          testId="article-images"
          headers={[i.alt, i.markdown]}
          rows={images.map((img) => [
            `${img.alt} (${i.size(img.width, img.height)})`,
            { html: <code safe>{imageMarkdown(img)}</code> },
          ])}
        />
      )}
      <Form p={p} action={localePath(p.locale, `/netwerk/nieuws/${stored.id}/afbeelding`)} multipart>
        <div class={`utrecht-form-field${fileError ? ' utrecht-form-field--invalid' : ''}`}>
          <label class="utrecht-form-label" for="file" safe>
            {i.file}
          </label>
          {fileError ? (
            <p class="utrecht-form-field-error-message" id="file-error">
              <span class="kring-visually-hidden" safe>
                {fileError.visuallyHiddenText}
              </span>{' '}
              <span safe>{fileError.text}</span>
            </p>
          ) : (
            ''
          )}
          <input
            class="kring-file-input"
            type="file"
            id="file"
            name="file"
            accept="image/jpeg,image/png,image/webp"
            aria-describedby={fileError ? 'file-error' : undefined}
          />
        </div>
        <TextInput
          id="alt"
          name="alt"
          maxlength={300}
          label={{ text: i.alt }}
          hint={{ text: i.altHint }}
          value={values.alt}
          errorMessage={fieldError(p.t, errors, 'alt')}
        />
        <Button text={i.upload} appearance="secondary" />
      </Form>
    </section>
  );
}
