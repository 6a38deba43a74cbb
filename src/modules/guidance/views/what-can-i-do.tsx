// SPDX-License-Identifier: EUPL-1.2
/**
 * What can I do: direct danger first (112), then four steps for a resident or bystander (notice, ask,
 * ask advice, report), the exception for honour-related violence and forced marriage, and the
 * national specialist lines (domain.md §3 and §6).
 */
import { localePath } from '#src/web/i18n/locale.ts';
import { Layout, type NavItem, type PageContext } from '#src/web/layout/layout.tsx';
import { CallLink, Paragraphs, TextList } from './parts.tsx';

/** The "what can I do" page. */
export function WhatCanIDoPage({ ctx, nav }: { ctx: PageContext; nav: readonly NavItem[] }): JSX.Element {
  const { t, municipality: m, locale } = ctx;
  const g = t.guidance;
  const w = g.whatCanIDo;
  const vt = m.veiligThuis;
  return (
    <Layout
      ctx={ctx}
      title={w.title}
      description={w.description(m.emergency.display, vt.phone.display)}
      publicPage
      nav={nav}
    >
      <h1 class="utrecht-heading-1" safe>
        {w.heading}
      </h1>
      <p class="utrecht-paragraph utrecht-paragraph--lead kring-lead" safe>
        {w.lead}
      </p>
      <section class="kring-callout kring-callout--warning" aria-labelledby="direct-gevaar">
        <h2 id="direct-gevaar" class="utrecht-heading-2 kring-callout__heading" safe>
          {w.dangerTitle}
        </h2>
        <p class="utrecht-paragraph" safe>
          {w.dangerText(m.emergency.display)}
        </p>
        <CallLink phone={m.emergency} text={g.shared.call(m.emergency.display)} danger />
      </section>

      <section aria-labelledby="stap-voor-stap">
        <h2 id="stap-voor-stap" class="utrecht-heading-2" safe>
          {w.stepsTitle}
        </h2>
        <ol class="utrecht-ordered-list kring-steps">
          <li class="utrecht-ordered-list__item kring-steps__item">
            <h3 class="utrecht-heading-3 kring-steps__title" safe>
              {w.notice.title}
            </h3>
            <Paragraphs items={w.notice.paragraphs} />
            <p class="utrecht-paragraph">
              <a class="utrecht-link" href={localePath(locale, '/signalen')} safe>
                {w.notice.signsLink}
              </a>
            </p>
          </li>
          <li class="utrecht-ordered-list__item kring-steps__item">
            <h3 class="utrecht-heading-3 kring-steps__title" safe>
              {w.ask.title}
            </h3>
            <Paragraphs items={w.ask.paragraphs} />
            <div class="kring-callout kring-callout--example">
              <h4 class="kring-callout__title" safe>
                {w.ask.exampleTitle}
              </h4>
              <Paragraphs items={w.ask.example} />
            </div>
            <p class="utrecht-paragraph">
              <strong safe>{w.ask.exceptionNote}</strong>{' '}
              <a class="utrecht-link" href="#eergerelateerd-geweld" safe>
                {w.ask.exceptionLink}
              </a>
            </p>
          </li>
          <li class="utrecht-ordered-list__item kring-steps__item">
            <h3 class="utrecht-heading-3 kring-steps__title" safe>
              {w.advice.title}
            </h3>
            <Paragraphs items={w.advice.paragraphs} />
            <CallLink phone={vt.phone} text={g.shared.callVeiligThuis(vt.phone.display)} />
            <p class="utrecht-paragraph">
              <a class="utrecht-link" href={vt.chatUrl} rel="noreferrer" safe>
                {g.shared.chatLink}
              </a>
              <br />
              <span safe>{w.advice.chatText(vt.chatHours[locale])}</span>
            </p>
            <p class="utrecht-paragraph" safe>
              {w.advice.doctor}
            </p>
          </li>
          <li class="utrecht-ordered-list__item kring-steps__item">
            <h3 class="utrecht-heading-3 kring-steps__title" safe>
              {w.report.title}
            </h3>
            <Paragraphs items={w.report.paragraphs} />
            <h4 class="kring-subheading" safe>
              {w.report.afterTitle}
            </h4>
            <TextList items={w.report.after} />
            <p class="utrecht-paragraph" safe>
              {w.report.relief}
            </p>
            <CallLink phone={vt.phone} text={g.shared.callVeiligThuis(vt.phone.display)} />
          </li>
        </ol>
      </section>

      <section id="eergerelateerd-geweld" class="kring-callout kring-callout--warning" aria-labelledby="uitzondering">
        <h2 id="uitzondering" class="utrecht-heading-2 kring-callout__heading" safe>
          {w.exception.title}
        </h2>
        <Paragraphs items={w.exception.paragraphs} />
        <CallLink phone={vt.phone} text={g.shared.callVeiligThuis(vt.phone.display)} />
        <CallLink phone={m.emergency} text={w.exception.emergency(m.emergency.display)} danger />
        <CallLink phone={m.policeNonUrgent} text={w.exception.police(m.policeNonUrgent.display)} />
      </section>

      <section aria-labelledby="hulplijnen">
        <h2 id="hulplijnen" class="utrecht-heading-2" safe>
          {w.specialist.title}
        </h2>
        <ul class="kring-line-list">
          {[w.specialist.trafficking, w.specialist.forcedMarriage].map((line) => (
            <li class="kring-line-list__item">
              <p class="utrecht-paragraph" safe>
                {line.text}
              </p>
              <CallLink phone={line} text={g.shared.call(line.display)} />
            </li>
          ))}
        </ul>
      </section>
    </Layout>
  );
}
