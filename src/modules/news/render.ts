// SPDX-License-Identifier: EUPL-1.2
/**
 * An article's Markdown as HTML (ADR 0037), in two layers:
 * 1. markdown-it with `html: false` (raw HTML in the Markdown is text, shown escaped), no linkify
 *    (only links the editor writes become links) and its own link check (no `javascript:`,
 *    `vbscript:`, `file:`, `data:`);
 * 2. sanitize-html with an allow-list: the tags Markdown makes, `href` only with http(s), mailto and
 *    tel, images only from Kring's own image route (/nieuws/afbeeldingen/<id>), every link with
 *    rel="noopener noreferrer". No script, style, SVG, iframe, form or event handler survives it.
 * The title of the article is the page's h1: a `#` heading in the body becomes an h2.
 */
import MarkdownIt from 'markdown-it';
import sanitizeHtml from 'sanitize-html';

/** The path of an image Kring serves (the only images an article may show). */
export const IMAGE_PATH = /^\/nieuws\/afbeeldingen\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

const markdown = new MarkdownIt('commonmark', { html: false, linkify: false, typographer: false }).enable([
  'table',
  'strikethrough',
]);

const ALLOWED_TAGS = [
  'p',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'ul',
  'ol',
  'li',
  'strong',
  'em',
  's',
  'a',
  'blockquote',
  'code',
  'pre',
  'hr',
  'br',
  'img',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
];

const SANITIZE: sanitizeHtml.IOptions = {
  allowedTags: ALLOWED_TAGS,
  allowedAttributes: { a: ['href', 'title', 'rel'], img: ['src', 'alt', 'title'], ol: ['start'] },
  allowedSchemes: ['http', 'https', 'mailto', 'tel'],
  // Images: no scheme at all (only the relative path of Kring's own route, checked below).
  allowedSchemesByTag: { img: [] },
  allowedSchemesAppliedToAttributes: ['href', 'src'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  // Text inside a removed script/style/textarea is dropped with it, never shown as text.
  nonTextTags: ['script', 'style', 'textarea', 'option', 'noscript', 'svg', 'math', 'iframe', 'object'],
  transformTags: {
    h1: 'h2',
    a: (tagName, attribs) => ({ tagName, attribs: { ...attribs, rel: 'noopener noreferrer' } }),
  },
  // An image from anywhere but Kring's own route goes (no tracking pixels, no data: URLs).
  exclusiveFilter: (frame) => frame.tag === 'img' && !IMAGE_PATH.test(frame.attribs.src ?? ''),
};

/**
 * The safe HTML of an article's Markdown body.
 * @param body Markdown as the editor wrote it
 */
export function renderArticle(body: string): string {
  return sanitizeHtml(markdown.render(body), SANITIZE);
}

/** Where the editors' pages load an article's images from (any article's, also a draft's). */
export const EDITOR_IMAGE_PREFIX = '/netwerk/nieuws/afbeeldingen/';

/**
 * The safe HTML of an article for the editors' pages (preview, versions): the same as the public's,
 * with its images from the editors' route, which also serves a draft's images (the public route
 * serves only a published article's).
 * @param body Markdown as the editor wrote it
 */
export function renderArticleForEditor(body: string): string {
  // After sanitising, an image's src is only ever Kring's own image path (IMAGE_PATH).
  return renderArticle(body).replaceAll('src="/nieuws/afbeeldingen/', `src="${EDITOR_IMAGE_PREFIX}`);
}

/**
 * How many images in an article's Markdown have no alt text (`![](…)`): an editor must describe each
 * image, so a body with any is refused (ADR 0037).
 * @param body Markdown as the editor wrote it
 */
export function imagesWithoutAlt(body: string): number {
  let count = 0;
  for (const token of markdown.parse(body, {})) {
    for (const child of token.children ?? []) {
      if (child.type === 'image' && child.content.trim() === '') count++;
    }
  }
  return count;
}
