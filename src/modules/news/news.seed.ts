// SPDX-License-Identifier: EUPL-1.2
/**
 * Demo news (issue 15, ADR 0037): the municipality's retrospective of its yearly network meeting on
 * domestic violence and child abuse, dated 22 November 2017, written in Kring's own words from the
 * facts of docs/domain.md (the meeting of 16 November in the town hall, more than 80 people, the
 * alderman and the mayor, Tara's words, the campaign "Verbind voor het kind!"). Published, so it is
 * on /nieuws from the first start; saved by Kring itself (no editor).
 */
import type { Transaction } from 'kysely';
import type { Config } from '#src/config.ts';
import type { Database } from '#src/db/database.ts';
import { insertArticle } from './news.repository.ts';

/** The retrospective's address on /nieuws. */
export const RETROSPECTIVE_SLUG = 'over-gedeelde-zorg-in-de-kring-van-veiligheid';
/** Tara's words (the one quotation of the municipality's page, with its attribution). */
export const TARA_QUOTE =
  'Mijn held is mijn sportlerares. Zij keek niet weg, maar vroeg door. Het begin van een veilig thuis, voor mij en mijn broertje.';

const BODY = `Terugblik op de jaarlijkse netwerkbijeenkomst over huiselijk geweld en kindermishandeling.

> “${TARA_QUOTE}”
>
> — Tara (14) over haar sportlerares

## Verbind voor het kind!

In de aanloop naar en tijdens de week tegen kindermishandeling deed de gemeente mee aan de
preventiecampagne **Verbind voor het kind!**. Daarin bundelen organisaties hun krachten voor de
preventie en aanpak van kindermishandeling. Het doel: dat inwoners en professionals breed bewust
worden van wat zij kunnen doen. *Kijk niet weg, maar kom in actie!* Dat blijft hard nodig, ook in
Harderwijk.

## De netwerkbijeenkomst op 16 november

Op 16 november was in het Stadhuis de jaarlijkse netwerkbijeenkomst, met als thema: een
effectieve aanpak heeft elkaar nodig. Ruim 80 betrokken inwoners, vrijwilligers en professionals
waren erbij. Wethouder Gert Jan van Noort en burgemeester Harm-Jan van Schaik vertelden over hun
missie voor de kinderen en gezinnen van Harderwijk: elk kind telt en verdient in onze gemeente de
juiste zorg en aandacht.

Wij bedanken iedereen voor de aanwezigheid en voor de samenwerking in de kring van veiligheid rond
kinderen en gezinnen.

## Wat kunt u doen?

Mishandeling is moeilijk te zien, maar sommige signalen vallen op: een kind dat stil en
teruggetrokken is of juist heel druk, dat schrikt van een aanraking, of dat vaak verwondingen heeft
met een uitleg die niet klopt. Elke situatie is anders. Vertrouw op uw gevoel als er iets niet
goed lijkt.

- Bel Veilig Thuis via [0800-2000](tel:08002000) voor advies of een melding (gratis, dag en nacht).
- Is er direct gevaar? Twijfel niet en bel [1-1-2](tel:112).

## Contact

Kom langs in het stadhuis: Havendam 56, Harderwijk.
`;

/** Seeds the retrospective, published on 22 November 2017 (09:00 Dutch time). */
export async function seedNewsDemo(trx: Transaction<Database>, _config: Config): Promise<void> {
  await insertArticle(
    trx,
    {
      slug: RETROSPECTIVE_SLUG,
      language: 'nl',
      title: 'Over gedeelde zorg in de kring van veiligheid',
      summary:
        'Terugblik op de netwerkbijeenkomst over huiselijk geweld en kindermishandeling van 16 november in het stadhuis, met ruim 80 inwoners, vrijwilligers en professionals, en de campagne Verbind voor het kind!',
      body: BODY,
      state: 'published',
      publishAt: new Date('2017-11-22T08:00:00Z'),
    },
    null,
    new Date('2017-11-22T08:00:00Z'),
  );
}
