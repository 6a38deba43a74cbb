// SPDX-License-Identifier: EUPL-1.2
/** The resident's first pages: is someone in danger right now, call 112, or the options. */
import { CallLink } from '#src/modules/guidance/index.ts';
import { Button, Radios } from '#src/web/components/index.ts';
import { localePath } from '#src/web/i18n/locale.ts';
import { type FormErrors, fieldError } from '#src/web/staff.tsx';
import { Page, RESIDENT_PATHS, type ResidentPageProps } from './resident-page.tsx';

/** Step 1: is someone in danger right now? (A GET form: no data, no token needed.) */
export function StartPage({ p, error }: { p: ResidentPageProps; error?: string | undefined }): JSX.Element {
  const s = p.ctx.t.reports.resident.start;
  const errors: FormErrors = error ? { gevaar: error } : {};
  return (
    <Page p={p} title={s.title} errors={errors}>
      <h1 class="utrecht-heading-1" safe>
        {s.title}
      </h1>
      <p class="utrecht-paragraph utrecht-paragraph--lead kring-lead" safe>
        {s.lead}
      </p>
      <form method="get" action={localePath(p.ctx.locale, RESIDENT_PATHS.start)} novalidate class="kring-form">
        <input type="hidden" name="stap" value="1" />
        <Radios
          idPrefix="gevaar"
          name="gevaar"
          fieldset={{ legend: { text: s.question } }}
          hint={{ text: s.hint }}
          items={[
            { value: 'ja', text: s.yes },
            { value: 'nee', text: s.no },
          ]}
          errorMessage={fieldError(p.ctx.t, errors, 'gevaar')}
        />
        <Button text={s.submit} />
      </form>
    </Page>
  );
}

/** Danger now: call 112. */
export function DangerPage({ p }: { p: ResidentPageProps }): JSX.Element {
  const d = p.ctx.t.reports.resident.danger;
  const m = p.ctx.municipality;
  return (
    <Page p={p} title={d.title}>
      <section class="kring-callout kring-callout--warning" aria-labelledby="bel-112">
        <h1 class="utrecht-heading-1 kring-callout__heading" id="bel-112" safe>
          {d.title}
        </h1>
        <p class="utrecht-paragraph" safe>
          {d.lead}
        </p>
        <CallLink phone={m.emergency} text={d.call} danger />
      </section>
      <p class="utrecht-paragraph" safe>
        {d.after}
      </p>
      <CallLink phone={m.veiligThuis.phone} text={p.ctx.t.reports.resident.options.call(m.veiligThuis.phone.display)} />
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href={localePath(p.ctx.locale, RESIDENT_PATHS.options)} safe>
          {d.back}
        </a>
      </p>
    </Page>
  );
}

/** No danger now: the options (talk, advice, report, phone). */
export function OptionsPage({ p }: { p: ResidentPageProps }): JSX.Element {
  const o = p.ctx.t.reports.resident.options;
  const m = p.ctx.municipality;
  const form = (soort: string) => `${localePath(p.ctx.locale, RESIDENT_PATHS.form)}?soort=${soort}`;
  return (
    <Page p={p} title={o.title}>
      <h1 class="utrecht-heading-1" safe>
        {o.title}
      </h1>
      <p class="utrecht-paragraph utrecht-paragraph--lead kring-lead" safe>
        {o.lead}
      </p>
      <section class="kring-callout" aria-labelledby="bellen">
        <h2 class="utrecht-heading-2 kring-callout__heading" id="bellen" safe>
          {o.phoneTitle}
        </h2>
        <p class="utrecht-paragraph" safe>
          {o.phone(m.veiligThuis.phone.display)}
        </p>
        <CallLink phone={m.veiligThuis.phone} text={o.call(m.veiligThuis.phone.display)} />
      </section>
      <ol class="utrecht-ordered-list kring-steps">
        <li class="utrecht-ordered-list__item kring-steps__item">
          <h2 class="utrecht-heading-2 kring-steps__title" safe>
            {o.talkTitle}
          </h2>
          <p class="utrecht-paragraph" safe>
            {o.talk}
          </p>
        </li>
        <li class="utrecht-ordered-list__item kring-steps__item">
          <h2 class="utrecht-heading-2 kring-steps__title" safe>
            {o.adviceTitle}
          </h2>
          <p class="utrecht-paragraph" safe>
            {o.advice}
          </p>
          <Button text={o.askAdvice} href={form('advies')} />
        </li>
        <li class="utrecht-ordered-list__item kring-steps__item">
          <h2 class="utrecht-heading-2 kring-steps__title" safe>
            {o.reportTitle}
          </h2>
          <p class="utrecht-paragraph" safe>
            {o.report}
          </p>
          <Button text={o.makeReport} href={form('melding')} appearance="secondary" />
        </li>
      </ol>
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href={localePath(p.ctx.locale, RESIDENT_PATHS.status)} safe>
          {o.status}
        </a>
      </p>
    </Page>
  );
}
