// SPDX-License-Identifier: EUPL-1.2
/**
 * Small building blocks shared by the guidance pages: lists of texts, paragraphs, telephone links and
 * the blocks of signs. Every text is escaped (`safe`); the texts come from guidance.{nl,en}.ts.
 */
import type { Children } from '@kitajs/html';

/**
 * A bulleted list of plain texts.
 * @param items the texts, one per list item
 */
export function TextList({ items }: { items: readonly string[] }): JSX.Element {
  return (
    <ul class="utrecht-unordered-list kring-text-list">
      {items.map((item) => (
        <li class="utrecht-unordered-list__item" safe>
          {item}
        </li>
      ))}
    </ul>
  );
}

/**
 * Paragraphs of plain text.
 * @param items the texts, one paragraph each
 */
export function Paragraphs({ items }: { items: readonly string[] }): JSX.Element {
  return (
    <>
      {items.map((item) => (
        <p class="utrecht-paragraph" safe>
          {item}
        </p>
      ))}
    </>
  );
}

/**
 * A large, easy to tap telephone link, in a paragraph of its own. The number itself never breaks
 * over two lines ("0800-" / "2000"), whatever the language puts around it.
 * @param phone the number as dialled (`tel`) and as shown (`display`, e.g. "0800-2000")
 * @param text the link text containing the shown number, e.g. "Bel Veilig Thuis: 0800-2000"
 * @param danger red instead of the brand colour (112)
 */
export function CallLink({
  phone,
  text,
  danger,
}: {
  phone: { readonly tel: string; readonly display: string };
  text: string;
  danger?: boolean;
}): JSX.Element {
  const { tel, display } = phone;
  const at = text.indexOf(display);
  const before = at < 0 ? text : text.slice(0, at);
  const after = at < 0 ? '' : text.slice(at + display.length);
  return (
    <p class="utrecht-paragraph">
      <a class={danger ? 'kring-call-link kring-call-link--danger' : 'kring-call-link'} href={`tel:${tel}`}>
        <span safe>{before}</span>
        {at < 0 ? (
          ''
        ) : (
          <span class="kring-nowrap" safe>
            {display}
          </span>
        )}
        <span safe>{after}</span>
      </a>
    </p>
  );
}

/** A group of signs: a title, an optional short introduction and optional list of signs. */
export interface SignGroupText {
  readonly title: string;
  readonly intro?: string;
  readonly items?: readonly string[];
}

/**
 * One block of signs under a level-3 heading (one form of abuse), for the signs page.
 * @param id the anchor of the block
 * @param group the texts
 * @param children extra content after the list (e.g. a warning)
 */
export function SignBlock({
  id,
  group,
  children,
}: {
  id: string;
  group: SignGroupText;
  children?: Children;
}): JSX.Element {
  return (
    <div class="kring-sign-group" id={id}>
      <h3 class="utrecht-heading-3 kring-sign-group__title" safe>
        {group.title}
      </h3>
      {group.intro ? (
        <p class="utrecht-paragraph" safe>
          {group.intro}
        </p>
      ) : (
        ''
      )}
      {group.items ? <TextList items={group.items} /> : ''}
      {children as 'safe'}
    </div>
  );
}

/**
 * A section of a guidance page: an h2 that labels the section, an optional introduction, then the
 * section's content.
 * @param id the section's anchor; the heading gets `${id}-titel`
 */
export function Section({
  id,
  title,
  intro,
  children,
}: {
  id: string;
  title: string;
  intro?: string;
  children?: Children;
}): JSX.Element {
  return (
    <section id={id} aria-labelledby={`${id}-titel`}>
      <h2 id={`${id}-titel`} class="utrecht-heading-2" safe>
        {title}
      </h2>
      {intro ? (
        <p class="utrecht-paragraph" safe>
          {intro}
        </p>
      ) : (
        ''
      )}
      {children as 'safe'}
    </section>
  );
}
