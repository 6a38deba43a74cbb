// SPDX-License-Identifier: EUPL-1.2
/**
 * The content of the concern dossier (meldcode): the versioned list of signs (content/signs.json,
 * docs/domain.md §2) and, per sector, guidance on the five afwegingskader questions
 * (content/afwegingskader.json, docs/domain.md §1.3). Each file is validated strictly on first use and then
 * cached; a broken file stops Kring with a message naming the file and the invalid fields.
 */
import fs from 'node:fs';
import { z } from 'zod';
import type { OrganisationType } from '../core/roles.ts';
import { AGE_GROUPS } from '../modules/concerns/workflow.ts';

/** The sign categories, exactly in the order the dossier shows them (domain.md §2). */
export const SIGN_CATEGORY_IDS = [
  'physicalAbuse',
  'emotionalAbuse',
  'physicalNeglect',
  'emotionalNeglect',
  'sexualAbuse',
  'witnessingViolence',
  'partnerViolence',
  'elderAbuse',
  'honourViolence',
  'fgm',
  'forcedMarriage',
  'exploitation',
] as const;
/** One sign category. */
export type SignCategoryId = (typeof SIGN_CATEGORY_IDS)[number];

/**
 * The categories where step 2 is to contact Veilig Thuis directly, not a conversation with the family
 * first: honour-related violence, FGM and forced marriage (domain.md §1.2, §1.6).
 */
const DIRECT_TO_VEILIG_THUIS: ReadonlySet<SignCategoryId> = new Set(['honourViolence', 'fgm', 'forcedMarriage']);

/** The age bands a category applies to: the usual split of children's sign lists, adults, and people of 65+. */
export const AGE_BANDS = ['0-4', '4-12', '12-18', 'adult', 'older'] as const;
/** One age band. */
export type AgeBand = (typeof AGE_BANDS)[number];

/** The sectors with their own guidance on the afwegingskader. */
export const SECTORS = [
  'education',
  'childcare',
  'healthCare',
  'youthCare',
  'socialWork',
  'sport',
  'homeCare',
] as const;
/** One sector. */
export type Sector = (typeof SECTORS)[number];

/** The numbers of the five afwegingskader questions, as keys of the guidance (domain.md §1.3). */
export const ASSESSMENT_QUESTIONS = ['1', '2', '3', '4', '5'] as const;
/** The number of one afwegingskader question. */
export type AssessmentQuestion = (typeof ASSESSMENT_QUESTIONS)[number];

const text = z.string().regex(/\S/, 'must not be empty');
const source = z.httpUrl().refine((u) => u.startsWith('https://'), 'must be an https:// address');
const sources = z.array(source).min(1).readonly();
const version = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'must be a year and month like 2026-11');

const signTexts = z
  .strictObject({
    name: text,
    /** One sentence shown with the category. */
    hint: text,
    /** Short example signs; never complete, never proof. */
    examples: z.array(text).min(4).max(8).readonly(),
  })
  .readonly();

/** One category of the sign list; its texts in Dutch and English. */
export const signCategorySchema = z
  .strictObject({
    id: z.enum(SIGN_CATEGORY_IDS),
    /** Step 2 is: contact Veilig Thuis directly (no conversation with the family first). */
    directToVeiligThuis: z.boolean(),
    ageBands: z
      .array(z.enum(AGE_BANDS))
      .min(1)
      .refine(
        (bands) => bands.every((b, i) => i === 0 || AGE_BANDS.indexOf(b) > AGE_BANDS.indexOf(bands[i - 1]!)),
        `must list each age band once, in the order ${AGE_BANDS.join(', ')}`,
      )
      .readonly(),
    nl: signTexts,
    en: signTexts,
    sources,
  })
  .superRefine((category, ctx) => {
    const expected = DIRECT_TO_VEILIG_THUIS.has(category.id);
    if (category.directToVeiligThuis !== expected)
      ctx.addIssue({
        code: 'custom',
        path: ['directToVeiligThuis'],
        message: `must be ${expected}: only honourViolence, fgm and forcedMarriage go to Veilig Thuis directly`,
      });
    if (category.en.examples.length !== category.nl.examples.length)
      ctx.addIssue({ code: 'custom', path: ['en', 'examples'], message: 'must have as many examples as nl' });
  })
  .readonly();

/** The schema of content/signs.json. */
export const signListSchema = z
  .strictObject({
    $comment: z.string().optional(),
    version,
    sources,
    categories: z
      .array(signCategorySchema)
      .superRefine((categories, ctx) => {
        const length = Math.max(categories.length, SIGN_CATEGORY_IDS.length);
        for (let i = 0; i < length; i++)
          if (categories[i]?.id !== SIGN_CATEGORY_IDS[i]) {
            ctx.addIssue({
              code: 'custom',
              path: [i, 'id'],
              message: `the categories must be exactly ${SIGN_CATEGORY_IDS.join(', ')}, in this order`,
            });
            return;
          }
      })
      .readonly(),
  })
  .readonly();

const sectorTexts = z
  .strictObject({
    name: text,
    /** What each question means in practice in this sector: 2–4 sentences. */
    questions: z.strictObject({ 1: text, 2: text, 3: text, 4: text, 5: text }).readonly(),
  })
  .readonly();

/**
 * The sector whose guidance is shown to anyone a sector's own guidance is not written for (an older
 * person in a school's concern): it covers every subject kind (ADR 0028).
 */
export const FALLBACK_SECTOR = 'socialWork' satisfies Sector;

const sectorEntry = z
  .strictObject({
    /** Whom the guidance is written for: the subject kinds of a concern (child, adult, older). */
    subjects: z
      .array(z.enum(AGE_GROUPS))
      .min(1)
      .refine(
        (kinds) => kinds.every((k, i) => i === 0 || AGE_GROUPS.indexOf(k) > AGE_GROUPS.indexOf(kinds[i - 1]!)),
        `must list each subject kind once, in the order ${AGE_GROUPS.join(', ')}`,
      )
      .readonly(),
    nl: sectorTexts,
    en: sectorTexts,
  })
  .readonly();

/** The schema of content/afwegingskader.json. */
export const sectorGuidanceSchema = z
  .strictObject({
    $comment: z.string().optional(),
    version,
    sources,
    /** Every sector, each in Dutch and English; no other keys. */
    sectors: z.record(z.enum(SECTORS), sectorEntry).readonly(),
  })
  .superRefine((guidance, ctx) => {
    const fallback = guidance.sectors[FALLBACK_SECTOR];
    if (fallback && fallback.subjects.length !== AGE_GROUPS.length)
      ctx.addIssue({
        code: 'custom',
        path: ['sectors', FALLBACK_SECTOR, 'subjects'],
        message: `must be ${AGE_GROUPS.join(', ')}: ${FALLBACK_SECTOR} is shown to anyone another sector's guidance is not for`,
      });
  })
  .readonly();

/** The versioned list of signs (content/signs.json). Deeply frozen. */
export type SignList = z.infer<typeof signListSchema>;
/** One category of signs, with its texts in Dutch and English. */
export type SignCategory = z.infer<typeof signCategorySchema>;
/** Per sector, guidance on the five afwegingskader questions (content/afwegingskader.json). Deeply frozen. */
export type SectorGuidance = z.infer<typeof sectorGuidanceSchema>;

/**
 * Validates parsed content against its schema.
 * @param label the file, for the message: "content/signs.json"
 * @throws {Error} naming the file and every invalid field by its path
 */
export function validateContent<S extends z.ZodType>(schema: S, data: unknown, label: string): z.output<S> {
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    const problems = parsed.error.issues
      .map((i) => `  - ${i.path.map(String).join('.') || '(root)'}: ${i.message}`)
      .join('\n');
    throw new Error(`${label} is not valid:\n${problems}`);
  }
  return parsed.data;
}

function readContent<S extends z.ZodType>(schema: S, name: string): z.output<S> {
  const label = `content/${name}`;
  let data: unknown;
  try {
    data = JSON.parse(fs.readFileSync(new URL(`../../content/${name}`, import.meta.url), 'utf8'));
  } catch (err) {
    throw new Error(`${label} cannot be read: ${err instanceof Error ? err.message : String(err)}`, { cause: err });
  }
  return validateContent(schema, data, label);
}

let signs: SignList | undefined;
let sectorGuidance: SectorGuidance | undefined;

/**
 * The list of signs, read and validated on the first call and cached after.
 * @throws {Error} naming content/signs.json and every invalid field
 */
export function loadSigns(): SignList {
  signs ??= readContent(signListSchema, 'signs.json');
  return signs;
}

/**
 * The sector guidance on the afwegingskader, read and validated on the first call and cached after.
 * @throws {Error} naming content/afwegingskader.json and every invalid field
 */
export function loadSectorGuidance(): SectorGuidance {
  sectorGuidance ??= readContent(sectorGuidanceSchema, 'afwegingskader.json');
  return sectorGuidance;
}

const SECTOR_OF: Readonly<Record<OrganisationType, Sector>> = {
  school: 'education',
  sportsClub: 'sport',
  childcare: 'childcare',
  healthCare: 'healthCare',
  elderlyCare: 'homeCare',
  homeCare: 'homeCare',
  youthCare: 'youthCare',
  socialTeam: 'socialWork',
  police: 'socialWork',
  veiligThuis: 'socialWork',
  municipality: 'socialWork',
  other: 'socialWork',
};

/**
 * The sector whose afwegingskader guidance fits an organisation type; social work for any type
 * without a sector of its own (also for an unknown type). Home care and elderly care share one
 * sector: their guidance is written for adults and older people who depend on care.
 */
export function sectorFor(organisationType: string): Sector {
  return Object.hasOwn(SECTOR_OF, organisationType) ? SECTOR_OF[organisationType as OrganisationType] : 'socialWork';
}

/** Whether a string (a concern's stored sector) is one of the sectors. */
export function isSector(value: string): value is Sector {
  return (SECTORS as readonly string[]).includes(value);
}
