// SPDX-License-Identifier: EUPL-1.2
/**
 * What a concern's pages say depends on whom it is about and where it is kept (issue 12, item 3;
 * ADR 0028). Pure: the pages, the service and the tests all ask here.
 *
 * - **The subject kind** (a child, an adult, an older person of 65 or more) picks the variant of the
 *   texts that would otherwise speak of children: the afwegingskader's questions and hints
 *   ("huiselijk geweld of kindermishandeling" for a child, "huiselijk geweld" for an adult,
 *   "huiselijk geweld of ouderenmishandeling" for an older person; docs/domain.md §0, §1.3), the household
 *   page, the prompt for the checks of step 1 and the question whether the person was told of a
 *   report.
 * - **The checks of step 1** (domain.md §1.8): the kindcheck for a child (other children in the
 *   family) and for an adult (children who depend on them, a pregnancy); the carer check
 *   (mantelzorgcheck: a mantelzorger who may be overburdened, someone who depends on the person) for
 *   an adult and an older person. An older person is never asked about a pregnancy.
 * - **The sector guidance** next to the questions is the concern's sector's, when that guidance is
 *   written for the subject kind (content/afwegingskader.json, `subjects`); otherwise social work's,
 *   which is written for everyone, with a sentence saying so (an older person in a school's concern
 *   does not read about pupils).
 */
import {
  FALLBACK_SECTOR,
  isSector,
  loadSectorGuidance,
  type Sector,
  type SectorGuidance,
} from '#src/content/meldcode-content.ts';
import type { Locale } from '#src/web/i18n/locale.ts';
import type { Messages } from '#src/web/i18n/messages.ts';
import type { Question } from './afwegingskader.ts';
import type { AgeGroup } from './workflow.ts';

/** The checks of step 1, each an entry kind of its own. */
export const STEP_ONE_CHECKS = ['kindcheck', 'carerCheck'] as const;
/** One check of step 1. */
export type StepOneCheck = (typeof STEP_ONE_CHECKS)[number];

/** Which checks of step 1 apply to whom (domain.md §1.8). */
const CHECKS: Readonly<Record<AgeGroup, readonly StepOneCheck[]>> = {
  child: ['kindcheck'],
  adult: ['kindcheck', 'carerCheck'],
  older: ['carerCheck'],
};

/** What a concern's texts follow. */
export interface TextChoice {
  /** The variant of the texts: whom the concern is about. */
  readonly subject: AgeGroup;
  /** The concern's own sector (an unknown one read as social work). */
  readonly sector: Sector;
  /** The sector whose afwegingskader guidance is shown. */
  readonly guidanceSector: Sector;
  /** The checks of step 1 that apply, in the order the household page shows them. */
  readonly checks: readonly StepOneCheck[];
}

/**
 * The variant of the texts, the guidance and the checks for a concern.
 * @param subject whom the concern is about (the person's age group)
 * @param sector the concern's sector as stored
 * @param guidance the sector guidance (the content file by default)
 */
export function textChoice(
  subject: AgeGroup,
  sector: string,
  guidance: SectorGuidance = loadSectorGuidance(),
): TextChoice {
  const own: Sector = isSector(sector) ? sector : FALLBACK_SECTOR;
  const writtenFor = guidance.sectors[own]?.subjects ?? [];
  return {
    subject,
    sector: own,
    guidanceSector: writtenFor.includes(subject) ? own : FALLBACK_SECTOR,
    checks: CHECKS[subject],
  };
}

/**
 * Whether a check of step 1 applies to whom a concern is about.
 * @param subject the person's age group
 * @param check the check asked for
 */
export function checkApplies(subject: AgeGroup, check: StepOneCheck): boolean {
  return CHECKS[subject].includes(check);
}

/** The texts of one concern, in one language. */
export interface SubjectTexts {
  readonly choice: TextChoice;
  /** The afwegingskader's five questions. */
  readonly questions: Readonly<Record<Question, string>>;
  readonly hints: Readonly<Record<Question, string>>;
  /** The link from the concern page to the household page, and that page's title. */
  readonly householdLink: string;
  readonly householdTitle: string;
  readonly householdIntro: string;
  readonly relationHint: string;
  /** The prompt on the concern page while no check of step 1 is recorded, and its link. */
  readonly checksPrompt: string;
  readonly checksLink: string;
  /** The question whether the person was told of the report (step 5), and its hint. */
  readonly informed: string;
  readonly informedHint: string;
  /** The hint of "what the person said" on the signal page. */
  readonly quoteHint: string;
  /** The guidance shown next to the questions: its sector's name and its text per question. */
  readonly guidance: { readonly name: string; readonly questions: Readonly<Record<`${Question}`, string>> };
  /** When the guidance is not the concern's own sector's: a sentence saying whose it is and why. */
  readonly guidanceNote: string | null;
}

/**
 * A concern's texts in the reader's language.
 * @param t the reader's messages
 * @param locale the reader's language (for the sector guidance)
 * @param subject whom the concern is about
 * @param sector the concern's sector as stored
 */
export function subjectTexts(t: Messages, locale: Locale, subject: AgeGroup, sector: string): SubjectTexts {
  const guidance = loadSectorGuidance();
  const choice = textChoice(subject, sector, guidance);
  const texts = t.concerns.subjects[subject];
  const w = t.concerns.weighing;
  const shown = guidance.sectors[choice.guidanceSector][locale];
  const own = guidance.sectors[choice.sector][locale];
  return {
    choice,
    questions: texts.questions,
    hints: texts.hints,
    householdLink: texts.householdLink,
    householdTitle: texts.householdTitle,
    householdIntro: texts.householdIntro,
    relationHint: texts.relationHint,
    checksPrompt: texts.checksPrompt,
    checksLink: texts.checksLink,
    informed: texts.informed,
    informedHint: texts.informedHint,
    quoteHint: texts.quoteHint,
    guidance: shown,
    guidanceNote:
      choice.guidanceSector === choice.sector
        ? null
        : w.guidanceFallback(own.name.toLowerCase(), w.guidanceWhom[subject], shown.name.toLowerCase()),
  };
}
