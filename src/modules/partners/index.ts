// SPDX-License-Identifier: EUPL-1.2
/**
 * The partners module's public entry (issue 15, ADR 0036): the network's directory of partner
 * organisations. Its pages are registered in app.ts; other modules need nothing of it yet.
 */
export { partnerPages } from './partners.pages.tsx';
export { seedPartnersDemo } from './partners.seed.ts';
