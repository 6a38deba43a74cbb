// SPDX-License-Identifier: EUPL-1.2
/**
 * Browse safely: how the quick exit works (the button, or Shift three times), its honest limits
 * (history, monitoring software, a shared device, clearing history can raise suspicion) and tips.
 */
import { Layout, type NavItem, type PageContext } from '#src/web/layout/layout.tsx';
import { CallLink, Paragraphs, Section, TextList } from './parts.tsx';

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

      <Section id="snel-weg" title={b.exit.title} intro={b.exit.howTo(t.quickExit.button)}>
        <Paragraphs items={b.exit.paragraphs} />
      </Section>

      <Section id="grenzen" title={b.limits.title} intro={b.limits.intro}>
        <TextList items={b.limits.items} />
      </Section>

      <Section id="tips" title={b.tips.title}>
        <TextList items={b.tips.items} />
      </Section>

      <section class="kring-callout" aria-labelledby="liever-bellen">
        <h2 id="liever-bellen" class="utrecht-heading-2 kring-callout__heading" safe>
          {b.callTitle}
        </h2>
        <p class="utrecht-paragraph" safe>
          {b.callText}
        </p>
        <CallLink phone={m.veiligThuis.phone} text={g.shared.callVeiligThuis(m.veiligThuis.phone.display)} />
        <p class="utrecht-paragraph" safe>
          {b.dangerText(m.emergency.display)}
        </p>
        <CallLink phone={m.emergency} text={g.shared.call(m.emergency.display)} danger />
      </section>
    </Layout>
  );
}
