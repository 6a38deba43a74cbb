// SPDX-License-Identifier: EUPL-1.2
/**
 * Who may do what in the circle (ADR 0031): only professionals of an organisation type with a legal
 * basis register, list, end and see the matches of signals, and only their own organisation's. A
 * signal of another organisation answers as one that does not exist (`hide`, 404); someone of the
 * organisation without the basis (a volunteer) is refused (`deny`, 403).
 */
import type { Policy } from '#src/core/authz.ts';
import { sameOrganisation } from '#src/core/authz.ts';
import { mayRegister } from './legal-basis.ts';

/** A signal as the policy sees it. */
export interface SignalResource {
  readonly organisationId: string;
}

/** The circle's object policy. */
export const circlePolicy: Policy<'register' | 'list' | 'view' | 'end', SignalResource> = {
  register: (actor, s) => (mayRegister(actor) && sameOrganisation(actor, s.organisationId) ? 'allow' : 'deny'),
  list: (actor, s) => (mayRegister(actor) && sameOrganisation(actor, s.organisationId) ? 'allow' : 'deny'),
  view: (actor, s) => (!sameOrganisation(actor, s.organisationId) ? 'hide' : mayRegister(actor) ? 'allow' : 'deny'),
  end: (actor, s) => (!sameOrganisation(actor, s.organisationId) ? 'hide' : mayRegister(actor) ? 'allow' : 'deny'),
};
