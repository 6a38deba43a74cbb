// SPDX-License-Identifier: EUPL-1.2
/**
 * Home: "Kijk niet weg", with the two unmistakable actions (112 and Veilig Thuis), the rule that one
 * sign is no proof, and short entry points to the other pages.
 */
import { localePath } from '#src/web/i18n/locale.ts';
import { Layout, type NavItem, type PageContext } from '#src/web/layout/layout.tsx';

/** The home page of the public guidance site. */
export function HomePage({ ctx, nav }: { ctx: PageContext; nav: readonly NavItem[] }): JSX.Element {
  const { t, municipality: m, locale } = ctx;
  const g = t.guidance;
  const h = g.home;
  const entries = [
    { path: '/signalen', text: h.entries.signs },
    { path: '/wat-kan-ik-doen', text: h.entries.whatCanIDo },
    { path: '/voor-professionals', text: h.entries.professionals },
    { path: '/veilig-browsen', text: h.entries.safeBrowsing },
    // The network's pages (issue 15).
    { path: '/partners', text: t.partners.homeEntry },
    { path: '/nieuws', text: t.news.homeEntry },
    { path: '/bijeenkomsten', text: t.meetings.homeEntry },
    { path: '/statistieken', text: t.statistics.homeEntry },
  ];
  return (
    <Layout
      ctx={ctx}
      title={h.title}
      description={h.description(m.emergency.display, m.veiligThuis.phone.display)}
      publicPage
      nav={nav}
    >
      <h1 class="utrecht-heading-1" safe>
        {h.heading}
      </h1>
      <p class="utrecht-paragraph utrecht-paragraph--lead kring-lead" safe>
        {h.lead}
      </p>
      <div class="kring-actions">
        <section class="kring-action kring-action--danger" aria-labelledby="actie-112">
          <h2 id="actie-112" class="utrecht-heading-2 kring-action__title" safe>
            {h.dangerTitle}
          </h2>
          <p class="utrecht-paragraph" safe>
            {h.dangerText(m.emergency.display)}
          </p>
          <a class="kring-action__call" href={`tel:${m.emergency.tel}`} safe>
            {g.shared.call(m.emergency.display)}
          </a>
        </section>
        <section class="kring-action" aria-labelledby="actie-veilig-thuis">
          <h2 id="actie-veilig-thuis" class="utrecht-heading-2 kring-action__title" safe>
            {h.worryTitle}
          </h2>
          <p class="utrecht-paragraph" safe>
            {h.worryText}
          </p>
          <a class="kring-action__call" href={`tel:${m.veiligThuis.phone.tel}`} safe>
            {g.shared.call(m.veiligThuis.phone.display)}
          </a>
          <p class="utrecht-paragraph" safe>
            {h.worryFree}
          </p>
          <p class="utrecht-paragraph">
            <a class="utrecht-link" href={m.veiligThuis.chatUrl} rel="noreferrer" safe>
              {g.shared.chatLink}
            </a>
            <br />
            <span safe>{h.chatHours(m.veiligThuis.chatHours[locale])}</span>
          </p>
          <p class="utrecht-paragraph">
            <a class="utrecht-link" href={localePath(locale, '/zorgen-over-iemand')} data-testid="resident-route" safe>
              {t.reports.resident.homeLink}
            </a>
          </p>
        </section>
      </div>
      <div class="kring-callout kring-callout--rule">
        <p class="utrecht-paragraph kring-callout__title" safe>
          {g.shared.oneSignTitle}
        </p>
        <p class="utrecht-paragraph" safe>
          {`${g.shared.oneSignText} ${h.oneSignMore}`}
        </p>
      </div>
      <section aria-labelledby="lees-verder">
        <h2 id="lees-verder" class="utrecht-heading-2" safe>
          {h.nextTitle}
        </h2>
        <ul class="kring-entry-list">
          {entries.map((e) => (
            <li class="kring-entry">
              <h3 class="utrecht-heading-3 kring-entry__title">
                <a class="utrecht-link kring-entry__link" href={localePath(locale, e.path)} safe>
                  {e.text.title}
                </a>
              </h3>
              <p class="utrecht-paragraph kring-entry__text" safe>
                {e.text.text}
              </p>
            </li>
          ))}
        </ul>
      </section>
    </Layout>
  );
}
