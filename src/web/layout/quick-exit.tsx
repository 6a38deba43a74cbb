// SPDX-License-Identifier: EUPL-1.2
/**
 * The quick exit, after GOV.UK "Exit this page": a button that leaves for a neutral site, a second
 * skip link for assistive technology, and (with JavaScript) Shift pressed three times within five
 * seconds, an overlay that hides the page at once, and `location.replace` so Back does not return.
 * Without JavaScript the button is a plain link that still leaves. See src/web/scripts/quick-exit.ts.
 */
import type { Messages } from '#src/web/i18n/messages.ts';

export function QuickExit({ t, exitUrl }: { t: Messages; exitUrl: string }): JSX.Element {
  return (
    <section
      class="kring-exit"
      aria-label={t.quickExit.buttonLong}
      data-module="kring-exit-this-page"
      data-shift-1={t.quickExit.shiftPressed(1)}
      data-shift-2={t.quickExit.shiftPressed(2)}
      data-timed-out={t.quickExit.timedOut}
      data-leaving={t.quickExit.leaving}
      data-overlay={t.quickExit.overlay}
    >
      <a
        href={exitUrl}
        class="utrecht-skip-link utrecht-skip-link--visible-on-focus kring-exit__skip"
        rel="noreferrer"
        data-kring-exit-link=""
        safe
      >
        {t.quickExit.skipLink}
      </a>
      <a
        href={exitUrl}
        class="utrecht-button utrecht-button--primary-action kring-exit__button"
        rel="noreferrer"
        data-kring-exit-link=""
      >
        <span class="kring-exit__label" safe>
          {t.quickExit.button}
        </span>
        <span class="kring-visually-hidden" safe>
          {`: ${t.quickExit.buttonLong}`}
        </span>
      </a>
      <p class="kring-exit__hint" safe>
        {t.quickExit.hint}
      </p>
    </section>
  );
}
