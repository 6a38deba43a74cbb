// SPDX-License-Identifier: EUPL-1.2
/**
 * Browse safely: how the quick exit works (the button, or Shift three times), its honest limits
 * (history, monitoring software, a shared device, clearing history can raise suspicion) and tips.
 */
import { Layout, type NavItem, type PageContext } from '#src/web/layout/layout.tsx';
import { CallLink, Paragraphs, TextList } from './parts.tsx';

/** The "browse safely" page (linked from the footer). */
export function SafeBrowsingPage({ ctx, nav }: { ctx: PageContext; nav: readonly NavItem[] }): JSX.Element {
  const { t, municipality: m } = ctx;
  const g = t.guidance;
  const b = g.safeBrowsing;
  return (
    <Layout ctx={ctx} title={b.title} description={b.description} publicPage nav={nav}>
      <h1 class="utrecht-heading-1" safe>
        {b.heading}
      </h1>
      <p class="utrecht-paragraph utrecht-paragraph--lead kring-lead" safe>
        {b.lead}
      </p>

      <section aria-labelledby="snel-weg">
        <h2 id="snel-weg" class="utrecht-heading-2" safe>
          {b.exit.title}
        </h2>
        <p class="utrecht-paragraph" safe>
          {b.exit.howTo(t.quickExit.button)}
        </p>
        <Paragraphs items={b.exit.paragraphs} />
      </section>

      <section aria-labelledby="grenzen">
        <h2 id="grenzen" class="utrecht-heading-2" safe>
          {b.limits.title}
        </h2>
        <p class="utrecht-paragraph" safe>
          {b.limits.intro}
        </p>
        <TextList items={b.limits.items} />
      </section>

      <section aria-labelledby="tips">
        <h2 id="tips" class="utrecht-heading-2" safe>
          {b.tips.title}
        </h2>
        <TextList items={b.tips.items} />
      </section>

      <section class="kring-callout" aria-labelledby="liever-bellen">
        <h2 id="liever-bellen" class="utrecht-heading-2 kring-callout__heading" safe>
          {b.callTitle}
        </h2>
        <p class="utrecht-paragraph" safe>
          {b.callText}
        </p>
        <CallLink
          tel={m.veiligThuis.phone.tel}
          display={m.veiligThuis.phone.display}
          text={g.shared.callVeiligThuis(m.veiligThuis.phone.display)}
        />
        <p class="utrecht-paragraph" safe>
          {b.dangerText(m.emergency.display)}
        </p>
        <CallLink
          tel={m.emergency.tel}
          display={m.emergency.display}
          text={g.shared.call(m.emergency.display)}
          danger
        />
      </section>
    </Layout>
  );
}
