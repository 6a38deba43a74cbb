// SPDX-License-Identifier: EUPL-1.2
/**
 * Seeds the data of the benchmarked concern page, before Kring starts: PGlite is single-process (the
 * running Kring locks its data dir), so bench/run.ts runs this script first, with Kring's own
 * environment (the same KRING_DATA_DIR or DATABASE_URL and the same keys, so the audit chain written
 * here is the chain Kring goes on with).
 *
 * It migrates the database, then writes, with the app's own repositories and concern services:
 * - a school with a teacher (professional, the concern's author), an aandachtsfunctionaris and a
 *   colleague who is added to the concern;
 * - a concern about a child with 200 entries of mixed kinds (observations with sign categories,
 *   quotes, counter-signs, injuries on the body map, notes, household members, a kindcheck and the
 *   meldcode steps: consultation, advice, conversation, afwegingskader, decision to help), texts of
 *   200–400 characters, dated over the last four months, each written by a service call with its own
 *   audit row, as in real use; the notifier is a no-op (a mail job would only make the production
 *   Kring retry an unreachable mail server during the run);
 * - an active, signed-in session of the teacher: a 256-bit token, stored as its SHA-256 (`hashToken`),
 *   created, last seen and second factor proven now. Sessions end after 30 minutes idle or 12 hours;
 *   every request of the run uses it (last_seen_at moves on once a minute), so it lives through the run.
 *
 * Usage: node --import tsx bench/seed-concern.ts [entries] (started by bench/run.ts; entries at least 30,
 * 200 by default). The last line of stdout is
 * a PreparedRequest (bench/routes.ts) as JSON: the concern page's path and the session cookie.
 */
import { randomUUID } from 'node:crypto';
import { loadConfig } from '#src/config.ts';
import { loadSigns } from '#src/content/meldcode-content.ts';
import type { Actor } from '#src/core/authz.ts';
import type { RequestContext, ServiceKeys } from '#src/core/context.ts';
import type { OrganisationType, Role } from '#src/core/roles.ts';
import { deriveKey, encryptSecret, hashToken, newToken } from '#src/core/secrets.ts';
import { seededRandom } from '#src/core/seeded-random.ts';
import { openDatabase } from '#src/db/create-db.ts';
import { migrateToLatest } from '#src/db/migrate.ts';
import { type ConcernNotifier, openConcern } from '#src/modules/concerns/concern.service.ts';
import type { InjuryColour, InjuryKind } from '#src/modules/concerns/entries.ts';
import { addEntry, type DirectEntry } from '#src/modules/concerns/entry.service.ts';
import { addHouseholdMember } from '#src/modules/concerns/household.service.ts';
import { addMember } from '#src/modules/concerns/member.service.ts';
import { takeStep } from '#src/modules/concerns/step.service.ts';
import { insertOrganisation } from '#src/modules/identity/admin.repository.ts';
import { insertMembership, insertSession, insertUser, updateUser } from '#src/modules/identity/identity.repository.ts';
import { hashPassword } from '#src/modules/identity/password.ts';
import { newTotpSecret } from '#src/modules/identity/totp.ts';
import { cookieNames } from '#src/plugins/auth.ts';
import { BODY_REGIONS } from '#src/web/components/body-map/body-regions.ts';
import type { PreparedRequest } from './routes.ts';

/** Entries in the dossier, the `opened` entry included (the first argument; bench/routes.ts passes it). */
const CONCERN_ENTRIES = Number(process.argv[2] ?? 200);

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

// Seeded, so every run writes the same texts in the same order.
const random = seededRandom(20261125);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
const between = (min: number, max: number): number => min + Math.floor(random() * (max - min + 1));

const SENTENCES = [
  'Tara kwam vanochtend twintig minuten te laat binnen, zonder jas, terwijl het buiten onder nul was.',
  'In de kring vertelde ze niets over het weekend, wat ze anders altijd graag doet.',
  'Bij het buitenspelen bleef ze bij het hek staan en keek ze steeds naar de straat.',
  'Ze at haar brood niet op en zei dat ze geen honger had; later vroeg ze een klasgenoot om een koek.',
  'Tijdens de gymles wilde ze haar trui niet uittrekken, ook niet toen het in de zaal warm werd.',
  'Haar kleding was dezelfde als gisteren en eergisteren, en rook naar sigarettenrook.',
  "Ze schrok zichtbaar toen een collega achter haar de deur dichtdeed en zei daarna 'sorry, sorry'.",
  'Bij het voorlezen viel ze twee keer in slaap met haar hoofd op tafel.',
  'Moeder haalde haar om drie uur op, bleef in de auto zitten en toeterde toen Tara niet meteen kwam.',
  'Haar huiswerkmap zat in de tas, maar de opdrachten van deze week waren niet gemaakt.',
  'Ze vroeg of ze tussen de middag op school mocht blijven, ook op woensdag als er geen opvang is.',
  'Een klasgenoot vertelde dat Tara gezegd had dat ze "niet naar huis wil als papa boos is".',
  'In haar tekening van het gezin stond zij los van de anderen, helemaal in de hoek van het blad.',
  'Ze reageerde fel op een grapje van een klasgenoot en sloeg met haar vuist op tafel.',
  'Bij het rekenen kon ze zich niet concentreren en staarde ze lang uit het raam.',
  'Na de vakantie leek ze afgevallen; haar broek werd met een veiligheidsspeld bijeengehouden.',
  'De intern begeleider zag haar in de pauze huilen bij de fietsenstalling; ze wilde niet zeggen waarom.',
  'Vader belde om te zeggen dat Tara ziek was, maar een buurvrouw zag haar die ochtend buiten spelen.',
  'Ze weet de namen van de hulpverleners bij hen thuis en noemt ze "de mensen van de gemeente".',
  'Bij de luizencontrole bleek haar haar in lange tijd niet gewassen; er zaten klitten in.',
  'Ze vertelde trots dat ze zelf voor haar broertje kookt als mama moet werken & papa slaapt.',
  'Op het schoolplein gaf ze aan dat haar arm pijn deed; ze wilde niet dat ik ernaar keek.',
  'In het kringgesprek over "thuis" stond ze op en vroeg of ze naar de wc mocht.',
  'Haar moeder kwam op het oudergesprek, was vriendelijk en gaf aan dat het thuis "even druk" is.',
] as const;

const INTERPRETATIONS = [
  'Ik denk dat ze thuis weinig eten krijgt, maar dat weet ik niet zeker.',
  'Het lijkt of ze bang is om naar huis te gaan; misschien speelt er iets tussen de ouders.',
  'Mogelijk is er thuis onvoldoende toezicht, gezien de late tijden en de kleding.',
  'Ik vraag me af of ze genoeg slaap krijgt; ze oogt de laatste weken steeds vermoeider.',
  '',
] as const;

const QUOTES = [
  'Papa zegt dat ik niks mag vertellen, anders komen de mensen van de gemeente me halen.',
  'Ik hoef niet naar huis, mama is er toch niet.',
  'Als hij boos is ga ik met mijn broertje onder het bed liggen tot het stil is.',
  'Ik ben gevallen van de trap, echt waar, vraag het maar aan mijn moeder.',
  'Mag ik vannacht bij jou slapen? Thuis is het zo hard.',
  "Mama huilt veel en zegt dat het 'mijn schuld' is.",
] as const;

const SOURCES = ['de moeder van een klasgenoot', 'de conciërge', 'de juf van groep 4', 'de overblijfmoeder'] as const;

/** Sign categories that do not go straight to Veilig Thuis (those are rarer; one is enough to test). */
const CATEGORIES = loadSigns()
  .categories.filter((c) => !c.directToVeiligThuis)
  .map((c) => c.id);

const INJURY_KINDS: readonly InjuryKind[] = ['bruise', 'bruise', 'bruise', 'burn', 'cut', 'abrasion', 'swelling'];
const INJURY_COLOURS: readonly InjuryColour[] = ['red', 'bluePurple', 'bluePurple', 'greenYellow', 'brown'];

/** Text of about `min`–`max` characters from whole sentences. */
function text(min = 200, max = 400): string {
  const target = between(min, max);
  let out = '';
  while (out.length < target) {
    const next = pick(SENTENCES);
    if (out.length > 0 && out.length + 1 + next.length > max) break;
    out = out ? `${out} ${next}` : next;
  }
  return out;
}

function observation(): DirectEntry {
  const other = random() < 0.3;
  const categories = [pick(CATEGORIES), ...(random() < 0.4 ? [pick(CATEGORIES)] : [])];
  return {
    kind: 'observation',
    data: {
      facts: text(),
      interpretation: pick(INTERPRETATIONS),
      sourceKind: other ? 'other' : 'self',
      source: other ? pick(SOURCES) : '',
      categories: [...new Set(categories)],
      signListVersion: loadSigns().version,
    },
  };
}

function quote(): DirectEntry {
  const other = random() < 0.2;
  return {
    kind: 'quote',
    data: {
      words: pick(QUOTES),
      context: text(150, 300),
      sourceKind: other ? 'other' : 'self',
      source: other ? pick(SOURCES) : '',
    },
  };
}

function injury(): DirectEntry {
  const region = pick(BODY_REGIONS);
  const side = pick(region.sides);
  const centre = random() < 0.6 ? region.shapes[side]?.centroid : undefined;
  const kind = pick(INJURY_KINDS);
  return {
    kind: 'injury',
    data: {
      side,
      region: region.id,
      x: centre ? centre[0] : null,
      y: centre ? centre[1] : null,
      injuryKind: kind,
      sizeCm: random() < 0.8 ? between(1, 8) : null,
      colour: kind === 'bruise' ? pick(INJURY_COLOURS) : 'red',
      explanation: text(),
    },
  };
}

function freeEntry(i: number): DirectEntry {
  const r = random();
  if (r < 0.45) return observation();
  if (r < 0.6) return quote();
  if (r < 0.75) return injury();
  if (r < 0.85) {
    return {
      kind: 'counterSign',
      data: { facts: text(), sourceKind: 'self', source: '' },
    };
  }
  return { kind: 'note', data: { text: `Notitie ${i}: ${text()}` } };
}

const noNotices: ConcernNotifier = { notify: async () => undefined };

async function main(): Promise<void> {
  if (!Number.isInteger(CONCERN_ENTRIES) || CONCERN_ENTRIES < 30) throw new Error('entries: a whole number ≥ 30');
  const config = loadConfig();
  const database = await openDatabase(config);
  try {
    await migrateToLatest(database.db);
    const db = database.db;
    const keys: ServiceKeys = {
      auditKey: config.auditKey,
      totpKey: deriveKey(config.secretKey, 'totp-secret'),
      pseudonymKey: deriveKey(config.auditKey, 'subject-pseudonym'),
    };
    const now = new Date();
    const start = new Date(now.getTime() - 120 * DAY);

    // The school and its people.
    const organisation = { name: 'Basisschool De Vlinder (benchmark)', type: 'school' as OrganisationType };
    const passwordHash = await hashPassword(newToken());
    const people = await db.transaction().execute(async (trx) => {
      const organisationId = await insertOrganisation(trx, { ...organisation, now: start });
      if (!organisationId) throw new Error('the benchmark school exists already: the data dir is not fresh');
      const person = async (email: string, name: string, role: Role) => {
        const userId = await insertUser(trx, { email, displayName: name, passwordHash, now: start });
        await updateUser(trx, userId, {
          totp_secret: encryptSecret(keys.totpKey, newTotpSecret()),
          totp_enrolled_at: start,
        });
        const membershipId = await insertMembership(trx, { userId, organisationId, role, now: start });
        const actor: Actor = {
          userId,
          displayName: name,
          email,
          membershipId,
          organisationId,
          organisationName: organisation.name,
          organisationType: organisation.type,
          role,
          factorAt: start,
          membershipCount: 1,
        };
        return actor;
      };
      return {
        teacher: await person('leerkracht@bench.kring.nl', 'Sanne de Vries', 'professional'),
        lead: await person('aandacht@bench.kring.nl', 'Marieke Jansen', 'safeguardingLead'),
        colleague: await person('ib@bench.kring.nl', 'Ahmed El Amrani', 'professional'),
      };
    });

    // The dossier, entry by entry, each an audited service call at its own time.
    let written = 0;
    const at = (): Date => new Date(start.getTime() + Math.floor((written * (118 * DAY)) / CONCERN_ENTRIES));
    const ctx = (actor: Actor): RequestContext => {
      written++;
      return { actor, db, keys, requestId: randomUUID(), now: at(), accessPoint: 'web' };
    };
    const { teacher, lead, colleague } = people;
    const id = await openConcern(
      ctx(teacher),
      { fullName: 'Tara Bakker', dateOfBirth: '2016-03-03', ageGroup: 'child', honourRisk: 'no' },
      noNotices,
    );
    const free = async (count: number) => {
      for (let i = 0; i < count; i++) {
        const c = ctx(teacher);
        const occurredAt = random() < 0.6 ? new Date(c.now.getTime() - between(1, 48) * HOUR) : null;
        await addEntry(c, id, freeEntry(written), { occurredAt });
      }
    };
    await addMember(ctx(teacher), id, colleague.userId);
    await addHouseholdMember(ctx(teacher), id, {
      name: 'Kevin Bakker',
      relation: 'broer',
      dateOfBirth: '2020-09-12',
      ageYears: null,
    });
    await addHouseholdMember(ctx(teacher), id, {
      name: 'Sandra Bakker',
      relation: 'moeder',
      dateOfBirth: null,
      ageYears: 34,
    });
    await addEntry(ctx(teacher), id, {
      kind: 'kindcheck',
      data: { childrenCount: 2, ages: '9 en 5', care: 'shared', notes: text() },
    });
    await free(Math.round(CONCERN_ENTRIES * 0.3));
    await takeStep(ctx(teacher), id, { action: 'requestConsultation', leadId: lead.userId }, noNotices);
    await free(Math.round(CONCERN_ENTRIES * 0.1));
    await takeStep(
      ctx(lead),
      id,
      { action: 'recordConsultation', withName: lead.displayName, advice: text() },
      noNotices,
    );
    await takeStep(ctx(lead), id, { action: 'recordAdvice', adviser: 'veiligThuis', advice: text() }, noNotices);
    await free(Math.round(CONCERN_ENTRIES * 0.2));
    await takeStep(
      ctx(teacher),
      id,
      {
        action: 'recordConversation',
        participants: 'moeder en de intern begeleider',
        reaction: text(),
        conversationDate: at().toISOString().slice(0, 10),
      },
      noNotices,
    );
    await takeStep(
      ctx(lead),
      id,
      {
        action: 'weigh',
        answers: { 1: true, 2: false, 3: true, 4: true },
        rationale: { '1': text(100, 200), '2': text(100, 200), '3': text(100, 200), '4': text(100, 200) },
      },
      noNotices,
    );
    await takeStep(
      ctx(lead),
      id,
      {
        action: 'decideHelp',
        reasons: text(),
        checkDate: new Date(now.getTime() + 30 * DAY).toISOString().slice(0, 10),
      },
      noNotices,
    );
    const row = await db.selectFrom('concern').select('entry_count').where('id', '=', id).executeTakeFirstOrThrow();
    await free(CONCERN_ENTRIES - row.entry_count);

    const entries = await db
      .selectFrom('concern_entry')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('concern_id', '=', id)
      .executeTakeFirstOrThrow();
    if (Number(entries.n) !== CONCERN_ENTRIES) {
      throw new Error(`seeded ${entries.n} entries instead of ${CONCERN_ENTRIES}`);
    }

    // The teacher's signed-in session.
    const token = newToken();
    await db.transaction().execute((trx) =>
      insertSession(trx, {
        idHash: hashToken(token),
        userId: teacher.userId,
        stage: 'active',
        membershipId: teacher.membershipId,
        now,
        factorAt: now,
      }),
    );

    const prepared: PreparedRequest = {
      path: `/zorgen/${id}`,
      cookies: { [cookieNames(config.secure).session]: token },
    };
    process.stdout.write(`${JSON.stringify(prepared)}\n`);
  } finally {
    await database.close();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`seed-concern failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
