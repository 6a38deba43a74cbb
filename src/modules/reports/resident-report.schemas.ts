// SPDX-License-Identifier: EUPL-1.2
/**
 * What a resident sends (a report or a request for advice, with the receipt code's answers later):
 * the rules the resident's pages check the forms with and resident.service.ts checks its input with.
 * Only the description is required; nothing may hold a BSN (a resident has no legal basis to give
 * one, docs/domain.md §5).
 */
import { z } from 'zod';
import { choice, email, isPhone, text, withoutBsn } from '#src/core/field-rules.ts';
import { RESIDENT_AGE_GROUPS, RESIDENT_RELATIONS } from './snapshot.ts';

/** A Dutch postcode as people write it (`3841 AB`, `3841ab`). */
export const POSTCODE = /^[1-9][0-9]{3} ?[a-zA-Z]{2}$/;

/** A free text of the resident's: at most `max` characters, no BSN. */
const residentText = (max: number, required?: string) => withoutBsn(text(max, required));

/** The longest answer to a question of the intake. */
export const ANSWER_MAX = 2000;

/** A resident's report or request for advice. The field names are the form's (`snapshot.address.street` → `street`). */
export const residentInput = z.object({
  kind: choice(['advice', 'report'], 'residentKind'),
  snapshot: z.object({
    type: z.literal('resident'),
    whatHappened: residentText(5000, 'whatHappened'),
    when: residentText(500),
    ageGroup: choice(RESIDENT_AGE_GROUPS, 'residentAgeGroup'),
    names: residentText(500),
    address: z.object({
      street: residentText(200),
      postcode: residentText(10).refine((value) => value === '' || POSTCODE.test(value), { error: 'postcode' }),
      place: residentText(100),
    }),
    relation: z.union([z.literal(''), choice(RESIDENT_RELATIONS, 'residentRelation')], { error: 'residentRelation' }),
  }),
  contact: z.object({
    name: residentText(200),
    phone: z
      .string()
      .trim()
      .refine((value) => value === '' || isPhone(value), { error: 'phone' }),
    email: z.union([z.literal(''), email('email')], { error: 'email' }),
  }),
});

/** A resident's answer to a question of the intake: required, no BSN. */
export const residentAnswer = residentText(ANSWER_MAX, 'answer');
