// SPDX-License-Identifier: EUPL-1.2
/**
 * Contact: the numbers for help (112, the region's Veilig Thuis with its chat, police non-urgent), the
 * municipality's addresses, phone, e-mail and opening hours, and the social neighbourhood team. All
 * names, numbers and addresses come from content/gemeente.json (ctx.municipality).
 */
import { Layout, type NavItem, type PageContext } from '#src/web/layout/layout.tsx';
import { CallLink } from './parts.tsx';

/** One line of an address: "Havendam 56, 3841 AA Harderwijk". */
function addressLine(a: { street: string; postcode: string; city: string }): string {
  return `${a.street}, ${a.postcode} ${a.city}`;
}

/** The contact page. */
export function ContactPage({ ctx, nav }: { ctx: PageContext; nav: readonly NavItem[] }): JSX.Element {
  const { t, municipality: m, locale } = ctx;
  const g = t.guidance;
  const c = g.contact;
  const vt = m.veiligThuis;
  return (
    <Layout ctx={ctx} title={c.title} description={c.description} publicPage nav={nav}>
      <h1 class="utrecht-heading-1" safe>
        {c.heading}
      </h1>
      <p class="utrecht-paragraph utrecht-paragraph--lead kring-lead" safe>
        {c.lead}
      </p>

      <section aria-labelledby="hulp">
        <h2 id="hulp" class="utrecht-heading-2" safe>
          {c.helpTitle}
        </h2>
        <dl class="kring-contact-list">
          <div class="kring-contact-list__row kring-contact-list__row--danger">
            <dt class="kring-contact-list__term" safe>
              {c.emergencyLabel}
            </dt>
            <dd class="kring-contact-list__details">
              <CallLink phone={m.emergency} text={g.shared.call(m.emergency.display)} danger />
              <p class="utrecht-paragraph" safe>
                {c.emergencyText}
              </p>
            </dd>
          </div>
          <div class="kring-contact-list__row">
            <dt class="kring-contact-list__term" safe>
              {vt.name}
            </dt>
            <dd class="kring-contact-list__details">
              <CallLink phone={vt.phone} text={g.shared.call(vt.phone.display)} />
              <p class="utrecht-paragraph" safe>
                {c.veiligThuisText}
              </p>
              <p class="utrecht-paragraph">
                <a class="utrecht-link" href={vt.chatUrl} rel="noreferrer" safe>
                  {g.shared.chatLink}
                </a>
                <br />
                <span safe>{c.chatHours(vt.chatHours[locale])}</span>
              </p>
            </dd>
          </div>
          <div class="kring-contact-list__row">
            <dt class="kring-contact-list__term" safe>
              {c.policeLabel}
            </dt>
            <dd class="kring-contact-list__details">
              <CallLink phone={m.policeNonUrgent} text={g.shared.call(m.policeNonUrgent.display)} />
            </dd>
          </div>
        </dl>
      </section>

      <section aria-labelledby="gemeente">
        <h2 id="gemeente" class="utrecht-heading-2" safe>
          {m.name[locale]}
        </h2>
        <dl class="kring-contact-list">
          <div class="kring-contact-list__row">
            <dt class="kring-contact-list__term" safe>
              {t.layout.visitingAddress}
            </dt>
            <dd class="kring-contact-list__details">
              <address class="kring-address" safe>
                {addressLine(m.visitingAddress)}
              </address>
            </dd>
          </div>
          <div class="kring-contact-list__row">
            <dt class="kring-contact-list__term" safe>
              {t.layout.postalAddress}
            </dt>
            <dd class="kring-contact-list__details">
              <address class="kring-address" safe>
                {addressLine(m.postalAddress)}
              </address>
            </dd>
          </div>
          <div class="kring-contact-list__row">
            <dt class="kring-contact-list__term" safe>
              {t.layout.phone}
            </dt>
            <dd class="kring-contact-list__details">
              <a class="utrecht-link utrecht-link--telephone" href={`tel:${m.phone.tel}`} safe>
                {m.phone.display}
              </a>
            </dd>
          </div>
          <div class="kring-contact-list__row">
            <dt class="kring-contact-list__term" safe>
              {t.layout.email}
            </dt>
            <dd class="kring-contact-list__details">
              <a class="utrecht-link" href={`mailto:${m.email}`} safe>
                {m.email}
              </a>
            </dd>
          </div>
          <div class="kring-contact-list__row">
            <dt class="kring-contact-list__term" safe>
              {t.layout.openingHours}
            </dt>
            <dd class="kring-contact-list__details" safe>
              {m.openingHours[locale]}
            </dd>
          </div>
          <div class="kring-contact-list__row">
            <dt class="kring-contact-list__term" safe>
              {t.layout.website}
            </dt>
            <dd class="kring-contact-list__details">
              <a class="utrecht-link" href={m.website} rel="noreferrer" safe>
                {m.website.replace(/^https?:\/\//, '')}
              </a>
            </dd>
          </div>
        </dl>
      </section>

      <section aria-labelledby="wijkteam">
        <h2 id="wijkteam" class="utrecht-heading-2" safe>
          {m.socialTeam.name[locale]}
        </h2>
        <p class="utrecht-paragraph" safe>
          {c.socialTeamText}
        </p>
        <CallLink phone={m.socialTeam.phone} text={g.shared.call(m.socialTeam.phone.display)} />
      </section>
    </Layout>
  );
}
