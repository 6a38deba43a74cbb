// SPDX-License-Identifier: EUPL-1.2
/**
 * The circle API's wire format (ADR 0033), from which the OpenAPI document is generated. The schemas
 * check shape, types and a hard cap on sizes only; the circle's rules (a valid BSN, an age up to 23,
 * who must be informed, a contact) stay in circle.service.ts and come back as field errors.
 */
import { z } from 'zod';
import { ERROR_CODES } from '#src/core/errors.ts';
import { POSTPONE_REASONS } from './informing.ts';

/** A cap against abuse, above every rule's own maximum (the service reports those). */
const CAP = 1000;
const capped = () => z.string().max(CAP);

const informingChoice = z
  .discriminatedUnion('informing', [
    z.strictObject({ informing: z.literal('informed') }),
    z.strictObject({
      informing: z.literal('postponed'),
      postponedBecause: z.enum(POSTPONE_REASONS).nullable().default(null),
    }),
  ])
  .meta({ description: 'Whether the party was informed, or why informing is postponed' });

/** A registration (POST /signals). No reason and no content: there is no field for them. */
export const registerBody = z
  .strictObject({
    bsn: capped().meta({ description: "The young person's BSN (9 digits; spaces and dots allowed)" }),
    dateOfBirth: capped().meta({ description: 'ISO date, e.g. 2013-04-02', examples: ['2013-04-02'] }),
    parentBsns: z.array(capped()).max(10).optional().meta({ description: "The parents' BSNs (at most two)" }),
    contact: z
      .strictObject({
        name: capped(),
        role: capped(),
        phone: capped().default(''),
        email: capped().min(1).meta({
          description: 'The registering professional: an active member of the organisation in Kring, by e-mail',
        }),
      })
      .meta({ description: 'How others reach the registering professional, who is the one acting' }),
    informing: z.strictObject({
      parents: informingChoice.nullable().optional(),
      youngPerson: informingChoice.nullable().optional(),
    }),
  })
  .meta({ id: 'SignalRegistration' });

/** What a registration answers. */
export const registered = z
  .strictObject({
    id: z.uuid(),
    matches: z.int().min(0).meta({ description: "How many other organisations' signals match it now" }),
  })
  .meta({ id: 'SignalRegistered' });

/** The most signals one bulk registration takes (circle-bulk.service.ts keeps the same limit). */
export const MAX_BATCH_ITEMS = 1000;

/** A bulk registration (POST /signals/batch): up to MAX_BATCH_ITEMS registrations, each as for one. */
export const batchBody = z
  .strictObject({
    signals: z
      .array(registerBody)
      .min(1)
      .max(MAX_BATCH_ITEMS)
      .meta({
        description: `Up to ${MAX_BATCH_ITEMS} registrations, each checked on its own; the answer names them by index`,
      }),
  })
  .meta({ id: 'SignalBatch' });

/** What became of one item of a bulk registration. */
const batchItemResult = z
  .union([
    z.strictObject({
      index: z.int().min(0),
      status: z.literal('created'),
      id: z.uuid(),
      matches: z.int().min(0).meta({ description: "How many other organisations' signals match it now" }),
    }),
    z.strictObject({
      index: z.int().min(0),
      status: z.literal('invalid'),
      errors: z
        .array(z.strictObject({ pointer: z.string(), code: z.string(), detail: z.string() }))
        .meta({ description: 'Per field: a JSON pointer into the request, the rule, a text (never the value)' }),
    }),
  ])
  .meta({ id: 'SignalBatchItem' });

/** What a bulk registration answers: one result per item, in the order of the request. */
export const batchRegistered = z
  .strictObject({
    created: z.int().min(0),
    invalid: z.int().min(0),
    results: z.array(batchItemResult),
  })
  .meta({ id: 'SignalBatchResult' });

/** A withdrawal (POST /signals/{id}/withdrawal). */
export const withdrawalBody = z
  .strictObject({
    professional: capped()
      .min(1)
      .meta({ description: 'The professional withdrawing: an active member of the organisation in Kring, by e-mail' }),
    reason: z
      .enum(['withdrawn', 'death'])
      .default('withdrawn')
      .meta({ description: "withdrawn (unjustified, or the risk has gone) or the young person's death" }),
  })
  .meta({ id: 'SignalWithdrawal' });

export const signalParams = z.strictObject({ id: z.string().max(100) });

/** The header that names the professional on a request without a body. */
export const PROFESSIONAL_HEADER = 'kring-professional';
export const listHeaders = z.looseObject({
  [PROFESSIONAL_HEADER]: capped().min(1).meta({
    description: 'The professional asking: an active member of the organisation in Kring, by e-mail',
  }),
});

/** One of the organisation's signals: no BSN, no pseudonym. */
export const ownSignal = z
  .strictObject({
    id: z.uuid(),
    contactName: z.string(),
    contactRole: z.string(),
    dateOfBirth: z.string(),
    registeredOn: z.string(),
    expiresOn: z.string(),
    active: z.boolean(),
    matches: z.int().min(0),
  })
  .meta({ id: 'OwnSignal' });

export const signalList = z.strictObject({ signals: z.array(ownSignal) }).meta({ id: 'SignalList' });

/** An RFC 9457 problem (src/plugins/problem-details.ts). */
export const problem = z
  .strictObject({
    type: z.string(),
    title: z.string(),
    status: z.int(),
    detail: z.string(),
    instance: z.string(),
    code: z.enum(Object.keys(ERROR_CODES) as [keyof typeof ERROR_CODES, ...(keyof typeof ERROR_CODES)[]]),
    errors: z
      .array(z.strictObject({ pointer: z.string(), code: z.string(), detail: z.string() }))
      .optional()
      .meta({ description: 'Per field, for 400: a JSON pointer into the request, the rule, a text' }),
  })
  .meta({ id: 'Problem' });

/** The errors every operation may answer. */
export const problems = { 400: problem, 401: problem, 403: problem, 429: problem, 500: problem } as const;
