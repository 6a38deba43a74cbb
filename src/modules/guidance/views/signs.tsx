// SPDX-License-Identifier: EUPL-1.2
/**
 * Signs: the rule "one sign is no proof", the general signs, and the signs per form of abuse, grouped
 * by who it concerns (child, partner, older person) plus the special forms (domain.md §2).
 */
import { localePath } from '#src/web/i18n/locale.ts';
import { Layout, type NavItem, type PageContext } from '#src/web/layout/layout.tsx';
import { CallLink, Section, SignBlock, TextList } from './parts.tsx';

/** The anchors of the page's sections (the same in both languages, so links can be shared). */
const SECTIONS = ['algemeen', 'kinderen', 'partners', 'ouderen', 'bijzondere-vormen'] as const;

/** The signs page. */
export function SignsPage({ ctx, nav }: { ctx: PageContext; nav: readonly NavItem[] }): JSX.Element {
  const { t, municipality: m, locale } = ctx;
  const g = t.guidance;
  const s = g.signs;
  const titles: Record<(typeof SECTIONS)[number], string> = {
    algemeen: s.general.title,
    kinderen: s.child.title,
    partners: s.partner.title,
    ouderen: s.older.title,
    'bijzondere-vormen': s.special.title,
  };
  const exceptionHref = `${localePath(locale, '/wat-kan-ik-doen')}#eergerelateerd-geweld`;
  const familyWarning = (
    <div class="kring-callout kring-callout--warning kring-callout--compact">
      <p class="utrecht-paragraph">
        <strong safe>{s.special.familyWarning}</strong>{' '}
        <a class="utrecht-link" href={exceptionHref} safe>
          {s.special.familyWarningLink}
        </a>
      </p>
    </div>
  );
  return (
    <Layout ctx={ctx} title={s.title} description={s.description} publicPage nav={nav}>
      <h1 class="utrecht-heading-1" safe>
        {s.heading}
      </h1>
      <p class="utrecht-paragraph utrecht-paragraph--lead kring-lead" safe>
        {s.lead}
      </p>
      <div class="kring-callout kring-callout--rule">
        <p class="utrecht-paragraph kring-callout__title" safe>
          {g.shared.oneSignTitle}
        </p>
        <p class="utrecht-paragraph" safe>
          {g.shared.oneSignText}
        </p>
        <p class="utrecht-paragraph" safe>
          {s.ruleMore}
        </p>
        <CallLink phone={m.veiligThuis.phone} text={g.shared.callVeiligThuis(m.veiligThuis.phone.display)} />
      </div>
      <nav class="kring-toc" aria-labelledby="op-deze-pagina">
        <h2 id="op-deze-pagina" class="utrecht-heading-2 kring-toc__title" safe>
          {s.tocTitle}
        </h2>
        <ul class="kring-toc__list">
          {SECTIONS.map((id) => (
            <li class="kring-toc__item">
              <a class="utrecht-link" href={`#${id}`} safe>
                {titles[id]}
              </a>
            </li>
          ))}
        </ul>
      </nav>

      <Section id="algemeen" title={s.general.title} intro={s.general.intro}>
        <TextList items={s.general.items} />
      </Section>

      <Section id="kinderen" title={s.child.title} intro={s.child.intro}>
        <div class="kring-sign-grid">
          <SignBlock id="lichamelijke-mishandeling" group={s.child.physical} />
          <SignBlock id="emotionele-mishandeling" group={s.child.emotional} />
          <SignBlock id="lichamelijke-verwaarlozing" group={s.child.physicalNeglect} />
          <SignBlock id="emotionele-verwaarlozing" group={s.child.emotionalNeglect} />
          <SignBlock id="seksueel-misbruik" group={s.child.sexual} />
          <SignBlock id="getuige-van-huiselijk-geweld" group={s.child.witness} />
        </div>
      </Section>

      <Section id="partners" title={s.partner.title} intro={s.partner.intro}>
        <div class="kring-sign-grid">
          <SignBlock id="partner-persoon" group={s.partner.person} />
          <SignBlock id="partner-pleger" group={s.partner.perpetrator} />
        </div>
      </Section>

      <Section id="ouderen" title={s.older.title} intro={s.older.intro}>
        <div class="kring-sign-grid">
          <SignBlock id="ouderen-lichamelijk" group={s.older.physical} />
          <SignBlock id="ouderen-psychisch" group={s.older.psychological} />
          <SignBlock id="ouderen-verwaarlozing" group={s.older.neglect} />
          <SignBlock id="ouderen-financieel" group={s.older.financial} />
          <SignBlock id="ouderen-seksueel" group={s.older.sexual} />
          <SignBlock id="ouderen-mantelzorg" group={s.older.carer} />
        </div>
      </Section>

      <Section id="bijzondere-vormen" title={s.special.title} intro={s.special.intro}>
        <div class="kring-sign-grid">
          <SignBlock id="eergerelateerd-geweld" group={s.special.honour}>
            {familyWarning}
          </SignBlock>
          <SignBlock id="meisjesbesnijdenis" group={s.special.fgm} />
          <SignBlock id="huwelijksdwang" group={s.special.forcedMarriage}>
            {familyWarning}
          </SignBlock>
          <SignBlock id="uitbuiting" group={s.special.exploitation} />
        </div>
      </Section>

      <section class="kring-callout" aria-labelledby="zorgen-titel">
        <h2 id="zorgen-titel" class="utrecht-heading-2 kring-callout__heading" safe>
          {s.nextTitle}
        </h2>
        <p class="utrecht-paragraph" safe>
          {s.nextText}
        </p>
        <CallLink phone={m.veiligThuis.phone} text={g.shared.callVeiligThuis(m.veiligThuis.phone.display)} />
        <p class="utrecht-paragraph">
          <a class="utrecht-link" href={localePath(locale, '/wat-kan-ik-doen')} safe>
            {s.nextLink}
          </a>
        </p>
      </section>
    </Layout>
  );
}
