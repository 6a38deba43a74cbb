// SPDX-License-Identifier: EUPL-1.2
/**
 * For professionals: the meldcode (Wet verplichte meldcode, 2013) in five steps, the afwegingskader's
 * five questions and the rule "acute or structural unsafety: always report" (domain.md §1.1–§1.6).
 * Kring's own support for professionals (signing in) comes later; this page does not link to it yet.
 */
import { Layout, type NavItem, type PageContext } from '#src/web/layout/layout.tsx';
import { CallLink, Paragraphs, TextList } from './parts.tsx';

/** The page for professionals. */
export function ProfessionalsPage({ ctx, nav }: { ctx: PageContext; nav: readonly NavItem[] }): JSX.Element {
  const { t, municipality: m } = ctx;
  const g = t.guidance;
  const p = g.professionals;
  const st = p.steps;
  return (
    <Layout ctx={ctx} title={p.title} description={p.description} publicPage nav={nav}>
      <h1 class="utrecht-heading-1" safe>
        {p.heading}
      </h1>
      <p class="utrecht-paragraph utrecht-paragraph--lead kring-lead" safe>
        {p.lead}
      </p>

      <section aria-labelledby="meldcode">
        <h2 id="meldcode" class="utrecht-heading-2" safe>
          {p.about.title}
        </h2>
        <Paragraphs items={p.about.paragraphs} />
        <TextList items={p.about.sectors} />
        <p class="utrecht-paragraph kring-emphasis" safe>
          {p.about.notADuty}
        </p>
        <p class="utrecht-paragraph" safe>
          {p.about.framework}
        </p>
        <p class="utrecht-paragraph" safe>
          {p.about.volunteers}
        </p>
      </section>

      <section aria-labelledby="vijf-stappen">
        <h2 id="vijf-stappen" class="utrecht-heading-2" safe>
          {st.title}
        </h2>
        <ol class="utrecht-ordered-list kring-steps">
          <li class="utrecht-ordered-list__item kring-steps__item">
            <h3 class="utrecht-heading-3 kring-steps__title" safe>
              {st.mapSignals.title}
            </h3>
            <Paragraphs items={st.mapSignals.paragraphs} />
          </li>
          <li class="utrecht-ordered-list__item kring-steps__item">
            <h3 class="utrecht-heading-3 kring-steps__title" safe>
              {st.consult.title}
            </h3>
            <Paragraphs items={st.consult.paragraphs} />
            <p class="utrecht-paragraph kring-callout kring-callout--warning kring-callout--compact" safe>
              {st.consult.direct}
            </p>
          </li>
          <li class="utrecht-ordered-list__item kring-steps__item">
            <h3 class="utrecht-heading-3 kring-steps__title" safe>
              {st.talk.title}
            </h3>
            <Paragraphs items={st.talk.paragraphs} />
            <p class="utrecht-paragraph" safe>
              {st.talk.skipIntro}
            </p>
            <TextList items={st.talk.skip} />
            <p class="utrecht-paragraph" safe>
              {st.talk.skipAfter}
            </p>
            <p class="utrecht-paragraph kring-callout kring-callout--warning kring-callout--compact" safe>
              {st.talk.honour}
            </p>
          </li>
          <li class="utrecht-ordered-list__item kring-steps__item">
            <h3 class="utrecht-heading-3 kring-steps__title" safe>
              {st.weigh.title}
            </h3>
            <Paragraphs items={st.weigh.paragraphs} />
          </li>
          <li class="utrecht-ordered-list__item kring-steps__item">
            <h3 class="utrecht-heading-3 kring-steps__title" safe>
              {st.decide.title}
            </h3>
            <Paragraphs items={st.decide.paragraphs} />
          </li>
        </ol>
      </section>

      <section aria-labelledby="afwegingskader">
        <h2 id="afwegingskader" class="utrecht-heading-2" safe>
          {p.framework.title}
        </h2>
        <ol class="utrecht-ordered-list kring-question-list">
          {p.framework.questions.map((q) => (
            <li class="utrecht-ordered-list__item kring-question-list__item">
              <p class="utrecht-paragraph kring-question-list__question" safe>
                {q.question}
              </p>
              <TextList items={q.answers} />
            </li>
          ))}
        </ol>
        <div class="kring-callout kring-callout--warning">
          <h3 class="utrecht-heading-3 kring-callout__heading" safe>
            {p.framework.ruleTitle}
          </h3>
          <p class="utrecht-paragraph kring-emphasis" safe>
            {p.framework.ruleText}
          </p>
          <p class="utrecht-paragraph" safe>
            {p.framework.acute}
          </p>
          <p class="utrecht-paragraph" safe>
            {p.framework.structural}
          </p>
        </div>
      </section>

      <section aria-labelledby="advies-veilig-thuis">
        <h2 id="advies-veilig-thuis" class="utrecht-heading-2" safe>
          {p.veiligThuis.title}
        </h2>
        <Paragraphs items={p.veiligThuis.paragraphs} />
        <CallLink phone={m.veiligThuis.phone} text={g.shared.callVeiligThuis(m.veiligThuis.phone.display)} />
      </section>

      <section class="kring-callout" aria-labelledby="kring-helpt">
        <h2 id="kring-helpt" class="utrecht-heading-2 kring-callout__heading" safe>
          {p.kring.title}
        </h2>
        <p class="utrecht-paragraph" safe>
          {p.kring.text}
        </p>
      </section>
    </Layout>
  );
}
