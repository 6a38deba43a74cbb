// SPDX-License-Identifier: EUPL-1.2
/**
 * The page shell: skip link, quick exit (public pages), header with the language switch, main,
 * footer with the municipality's contact block. Every page of Kring renders through it.
 *
 * Scripts load as one deferred module carrying the response's CSP nonce; it adds `js-enabled` to
 * <body> and starts the enhancements found through `data-module`. Without JavaScript every page
 * still works (GOV.UK progressive enhancement).
 */
import type { Children } from '@kitajs/html';
import type { Municipality } from '#src/content/municipality.ts';
import { type Locale, localePath, switchLocalePath } from '#src/web/i18n/locale.ts';
import type { Messages } from '#src/web/i18n/messages.ts';
import { QuickExit } from './quick-exit.tsx';

/** The assets of this build (hashed URLs). */
export interface AssetUrls {
  readonly css: string;
  readonly js: string;
  readonly favicon: string;
}

/** A link of the main navigation. */
export interface NavItem {
  /** Dutch (unprefixed) path. */
  readonly path: string;
  readonly text: string;
}

/** Everything the shell needs besides the page's own content. */
export interface PageContext {
  readonly locale: Locale;
  readonly t: Messages;
  readonly municipality: Municipality;
  readonly assets: AssetUrls;
  /** The CSP nonce of this response (or the placeholder when the page is rendered once and cached). */
  readonly nonce: string;
  /** The path of this page, used for the language switch and the current-page mark. */
  readonly path: string;
  /**
   * The query the language switch keeps (`?…`, from a search or a chosen year), set by the page from
   * the values it understood; never the request's own query, which may hold a code (ADR 0038).
   */
  readonly switchQuery?: string;
}

export interface LayoutProps {
  readonly ctx: PageContext;
  readonly title: string;
  readonly description?: string;
  /** Prefix "Fout: " to the title: the page shows validation errors. */
  readonly hasErrors?: boolean;
  /** Public pages get the quick exit and the public navigation. */
  readonly publicPage?: boolean;
  readonly nav?: readonly NavItem[];
  /** Signed-in pages: who is acting, and the sign-out form's token. */
  readonly staff?: StaffHeader;
  readonly children?: Children;
}

/** The signed-in part of the header. */
export interface StaffHeader {
  /** "Name, role at organisation". */
  readonly signedInAs: string;
  /** The form token for the sign-out button. */
  readonly csrfToken: string;
  /** A link to choose another organisation, when the user has several. */
  readonly switchOrganisation?: boolean;
}

/**
 * Renders a complete HTML document.
 * @returns the document, starting with the doctype
 */
export function Layout(props: LayoutProps): JSX.Element {
  const { ctx, title } = props;
  const { t, municipality: m, locale } = ctx;
  const other: Locale = locale === 'nl' ? 'en' : 'nl';
  const fullTitle = `${props.hasErrors ? t.common.errorPrefix : ''}${title} – Kring ${m.shortName}`;
  const currentBare = switchLocalePath(ctx.path, 'nl');
  return (
    '<!doctype html>' +
    (
      <html lang={locale} class="kring-root">
        <head>
          <meta charset="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          <meta name="referrer" content="no-referrer" />
          <title safe>{fullTitle}</title>
          {props.description ? <meta name="description" content={props.description} /> : ''}
          <link rel="stylesheet" href={ctx.assets.css} />
          <link rel="icon" href={ctx.assets.favicon} type="image/svg+xml" />
          <script type="module" src={ctx.assets.js} nonce={ctx.nonce}></script>
        </head>
        <body class="utrecht-document utrecht-body kring-theme">
          <a href="#inhoud" class="utrecht-skip-link utrecht-skip-link--visible-on-focus" safe>
            {t.layout.skipLink}
          </a>
          {props.publicPage ? <QuickExit t={t} exitUrl={m.quickExitUrl} /> : ''}
          <header class="utrecht-page-header kring-header">
            <div class="utrecht-page-header__content kring-header__content">
              <a class="kring-header__logo" href={localePath(locale, '/')} aria-label={t.layout.homeLink(m.shortName)}>
                <span class="kring-header__name" safe>
                  {t.common.appName}
                </span>
                <span class="kring-header__place" safe>
                  {m.shortName}
                </span>
              </a>
              {props.staff ? <StaffBar ctx={ctx} staff={props.staff} /> : ''}
              <nav class="kring-header__language" aria-label={t.layout.languageNav}>
                <a
                  class="utrecht-link utrecht-link--html-a"
                  href={`${switchLocalePath(ctx.path, other)}${ctx.switchQuery ?? ''}`}
                  hreflang={other}
                  lang={other}
                  aria-label={t.layout.otherLanguageLabel}
                  safe
                >
                  {t.layout.otherLanguageName}
                </a>
              </nav>
            </div>
            {props.nav && props.nav.length > 0 ? (
              <nav class="kring-nav" aria-label={t.layout.mainNav}>
                <ul class="kring-nav__list">
                  {props.nav.map((item) => (
                    <li class="kring-nav__item">
                      <a
                        class="kring-nav__link"
                        href={localePath(locale, item.path)}
                        aria-current={item.path === currentBare ? 'page' : undefined}
                        safe
                      >
                        {item.text}
                      </a>
                    </li>
                  ))}
                </ul>
              </nav>
            ) : (
              ''
            )}
          </header>
          <main id="inhoud" class="kring-main" tabindex="-1">
            {props.children as 'safe'}
          </main>
          <Footer ctx={ctx} publicPage={props.publicPage === true} />
        </body>
      </html>
    )
  );
}

function StaffBar({ ctx, staff }: { ctx: PageContext; staff: StaffHeader }): JSX.Element {
  const { t, locale } = ctx;
  return (
    <div class="kring-header__staff">
      <p class="kring-header__who" safe>
        {staff.signedInAs}
      </p>
      {staff.switchOrganisation ? (
        <a class="utrecht-link" href={localePath(locale, '/kies-organisatie')} safe>
          {t.staff.nav.switchOrganisation}
        </a>
      ) : (
        ''
      )}
      <form method="post" action={localePath(locale, '/uitloggen')} class="kring-header__sign-out">
        <input type="hidden" name="_csrf" value={staff.csrfToken} />
        <button class="utrecht-button utrecht-button--subtle kring-header__sign-out-button" type="submit" safe>
          {t.staff.nav.signOut}
        </button>
      </form>
    </div>
  );
}

function Footer({ ctx, publicPage }: { ctx: PageContext; publicPage: boolean }): JSX.Element {
  const { t, municipality: m, locale } = ctx;
  return (
    <footer class="utrecht-page-footer kring-footer">
      <div class="utrecht-page-footer__content kring-footer__content">
        <section class="kring-footer__urgent" aria-labelledby="footer-urgent">
          <h2 id="footer-urgent" class="kring-visually-hidden" safe>
            {t.errors.urgentHelp}
          </h2>
          <p class="utrecht-paragraph" safe>
            {t.layout.footerEmergency}
          </p>
          <p class="utrecht-paragraph" safe>
            {t.layout.footerVeiligThuis(m.veiligThuis.phone.display)}
          </p>
        </section>
        <section class="kring-footer__contact" aria-labelledby="footer-contact">
          <h2 id="footer-contact" class="utrecht-heading-2 kring-footer__heading" safe>
            {t.layout.footerHeading}
          </h2>
          <p class="utrecht-paragraph">
            <strong safe>{m.name[locale]}</strong>
          </p>
          <dl class="kring-footer__list">
            <dt safe>{t.layout.visitingAddress}</dt>
            <dd>
              <address class="utrecht-page-footer__address--reset-address" safe>
                {`${m.visitingAddress.street}, ${m.visitingAddress.postcode} ${m.visitingAddress.city}`}
              </address>
            </dd>
            <dt safe>{t.layout.phone}</dt>
            <dd>
              <a class="utrecht-link utrecht-link--telephone" href={`tel:${m.phone.tel}`} safe>
                {m.phone.display}
              </a>
            </dd>
            <dt safe>{t.layout.email}</dt>
            <dd>
              <a class="utrecht-link" href={`mailto:${m.email}`} safe>
                {m.email}
              </a>
            </dd>
            <dt safe>{t.layout.openingHours}</dt>
            <dd safe>{m.openingHours[locale]}</dd>
          </dl>
        </section>
        <nav class="kring-footer__links" aria-label={t.layout.footerLinks}>
          <ul class="utrecht-link-list utrecht-link-list--html-ul">
            <li class="utrecht-link-list__item">
              <a class="utrecht-link-list__link utrecht-link" href={localePath(locale, '/contact')} safe>
                {t.guidance.nav.contact}
              </a>
            </li>
            <li class="utrecht-link-list__item">
              <a class="utrecht-link-list__link utrecht-link" href={localePath(locale, '/veilig-browsen')} safe>
                {t.quickExit.safeBrowsingLink}
              </a>
            </li>
            {publicPage ? (
              <li class="utrecht-link-list__item">
                <a
                  class="utrecht-link-list__link utrecht-link"
                  href={localePath(locale, '/inloggen')}
                  data-testid="staff-sign-in"
                  safe
                >
                  {t.layout.staffSignIn}
                </a>
              </li>
            ) : (
              ''
            )}
          </ul>
        </nav>
      </div>
    </footer>
  );
}
