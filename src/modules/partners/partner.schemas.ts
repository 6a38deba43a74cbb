// SPDX-License-Identifier: EUPL-1.2
/**
 * The partner directory's form (issue 15, ADR 0036): the rules the editor's page checks the form with
 * and partner.service.ts checks its input with. A partner must be reachable: at least a phone number,
 * an e-mail address or a website. A website is an https address (never `javascript:`, `http:` or
 * another scheme: it becomes a link on a public page).
 */
import { z } from 'zod';
import { choice, EVERY_TIME, isPhone, text } from '#src/core/field-rules.ts';
import { PARTNER_AUDIENCES, PARTNER_TYPES } from './partner.table.ts';

/** The longest name. */
export const PARTNER_NAME_MAX = 200;
/** The longest description (each language). */
export const DESCRIPTION_MAX = 2000;
/** The longest website address. */
export const WEBSITE_MAX = 300;

/** Whether a text is a website address a public page may link to: https, a host with a dot, no user name. */
export function isWebsite(value: string): boolean {
  if (value.length > WEBSITE_MAX || /\s/.test(value)) return false;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && url.hostname.includes('.') && !url.username && !url.password;
  } catch {
    return false;
  }
}

/** A Dutch postcode: four digits (not starting with 0), two letters, with or without a space. */
export function isPostcode(value: string): boolean {
  return /^[1-9][0-9]{3} ?[A-Za-z]{2}$/.test(value);
}

/** An optional value (empty is fine) that must otherwise keep a rule. */
function optional(max: number, rule: (value: string) => boolean, key: string) {
  return z
    .string({ error: key })
    .trim()
    .max(max, { error: key })
    .refine((v) => v === '' || rule(v), { error: key });
}

/** A partner as the editor enters it. */
export const partnerInput = z
  .object({
    name: text(PARTNER_NAME_MAX, 'partnerName'),
    type: choice(PARTNER_TYPES, 'partnerType'),
    audiences: z.array(choice(PARTNER_AUDIENCES, 'partnerAudiences')).min(1, { error: 'partnerAudiences' }),
    descriptionNl: text(DESCRIPTION_MAX, 'partnerDescription'),
    descriptionEn: text(DESCRIPTION_MAX),
    phone: optional(30, isPhone, 'phone'),
    email: optional(254, (v) => z.email().safeParse(v).success, 'email'),
    webAddress: optional(WEBSITE_MAX, isWebsite, 'partnerWebsite'),
    street: text(200),
    postcode: optional(7, isPostcode, 'postcode'),
    city: text(100),
    hasSafeguardingLead: z.boolean(),
    hasConfidentialContact: z.boolean(),
    published: z.boolean(),
  })
  .superRefine((p, ctx) => {
    const given = (v: unknown) => typeof v === 'string' && v.trim() !== '';
    if (!given(p.phone) && !given(p.email) && !given(p.webAddress)) {
      ctx.addIssue({ code: 'custom', path: ['phone'], message: 'partnerReach' });
    }
  }, EVERY_TIME);

/** A partner's values, parsed. */
export type PartnerInput = z.output<typeof partnerInput>;
