// SPDX-License-Identifier: EUPL-1.2
/**
 * The concern dossier's pages (issue 4): /zorgen (my concerns), /zorgen/nieuw (open one), and per
 * concern /zorgen/:id with its forms, one plugin per step of the meldcode: signals and injuries,
 * attachments, household and kindcheck, consultation, conversation, afwegingskader, decision,
 * colleagues.
 *
 * The routes check the shape and the values of the input and show errors next to their fields with
 * what was typed kept (400); the service decides who may (another organisation's concern is 404) and
 * whether the step is allowed now (409). After every change: 303 to the concern with a notice from a
 * fixed list.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { attachmentPages } from './attachment.pages.tsx';
import { consultationPages } from './consultation.pages.tsx';
import { conversationPages } from './conversation.pages.tsx';
import { decisionPages } from './decision.pages.tsx';
import { dossierPages } from './dossier.pages.tsx';
import { householdPages } from './household.pages.tsx';
import { membersPages } from './members.pages.tsx';
import { signalPages } from './signal.pages.tsx';
import type { ConcernPagesOptions } from './step-route.ts';
import { weighingPages } from './weighing.pages.tsx';

export type { ConcernPagesOptions } from './step-route.ts';

/** The plugins of the concern pages, in the order their routes are registered. */
const STEP_PAGES = [
  dossierPages,
  signalPages,
  attachmentPages,
  householdPages,
  consultationPages,
  conversationPages,
  weighingPages,
  decisionPages,
  membersPages,
] as const;

export const concernPages: FastifyPluginAsyncZod<ConcernPagesOptions> = async (app, options) => {
  // Every plugin gets the pages' own options; Fastify's (the prefix) apply to this plugin already.
  const { locale, web, notifier, attachments, limits, circle } = options;
  for (const pages of STEP_PAGES) await app.register(pages, { locale, web, notifier, attachments, limits, circle });
};
