// SPDX-License-Identifier: EUPL-1.2
/** Home: "Kijk niet weg", with the two unmistakable actions: 112 and Veilig Thuis. */
import { Layout, type NavItem, type PageContext } from '#src/web/layout/layout.tsx';
import { localePath } from '#src/web/i18n/locale.ts';

export function HomePage({ ctx, nav }: { ctx: PageContext; nav: readonly NavItem[] }): JSX.Element {
  const { t, municipality: m, locale } = ctx;
  const h = t.guidance.home;
  return (
    <Layout ctx={ctx} title={h.title} description={h.description} publicPage nav={nav}>
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
            {h.dangerText}
          </p>
          <a class="kring-action__call" href={`tel:${m.emergency.tel}`} safe>
            {h.dangerCall(m.emergency.display)}
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
            {h.worryCall(m.veiligThuis.phone.display)}
          </a>
          <p class="utrecht-paragraph" safe>
            {h.worryFree}
          </p>
          <p class="utrecht-paragraph">
            <a class="utrecht-link" href={m.veiligThuis.chatUrl} rel="noreferrer" safe>
              {h.chatLink}
            </a>
            <span safe>{` ${h.chatHours(m.veiligThuis.chatHours[locale])}`}</span>
          </p>
        </section>
      </div>
      <h2 class="utrecht-heading-2" safe>
        {h.nextTitle}
      </h2>
      <ul class="utrecht-unordered-list">
        <li class="utrecht-unordered-list__item">
          <a class="utrecht-link" href={localePath(locale, '/signalen')} safe>
            {t.guidance.nav.signs}
          </a>
        </li>
      </ul>
    </Layout>
  );
}
