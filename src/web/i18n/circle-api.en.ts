// SPDX-License-Identifier: EUPL-1.2
/** English texts of the circle's API clients and the API's documentation page (same shape as the Dutch). */
import type { circleApiNl } from './circle-api.nl.ts';

export const circleApiEn: typeof circleApiNl = {
  title: 'Connections to the circle',
  linkHint: 'Source systems that register, withdraw and list signals in the circle',
  intro: (organisation: string) =>
    `A connection lets a system of ${organisation} put signals in the circle on behalf of a professional of your organisation. Every call is logged in that professional's name.`,
  noBasis: 'Your organisation has no legal basis to register in the circle, and so no connections.',
  none: 'There are no connections yet.',
  name: 'Name',
  nameHint: 'For example the student information system',
  scopes: 'What may the connection do?',
  scope: {
    'circle:register': 'Register signals',
    'circle:withdraw': 'Withdraw signals',
    'circle:read': "List the organisation's signals",
  },
  created: 'Created',
  rotated: 'New key',
  status: 'Status',
  active: 'Active',
  revoked: (date: string) => `Revoked on ${date}`,
  create: 'Create connection',
  rotate: 'Make a new key',
  revoke: 'Revoke',
  tokenTitle: "The connection's key",
  tokenOnce:
    'Copy this key into the source system now: Kring shows it only once and does not keep it. A previous key no longer works.',
  revokedNotice: 'The connection is revoked: its key no longer works.',
  rotateGone: 'This connection is revoked and gets no new key.',
  errors: {
    name: 'Enter a name of at most 200 characters',
    scopes: 'Choose what the connection may do',
  },
  docs: {
    title: 'The circle API',
    intro: 'The operations of the API for source systems. The full OpenAPI document:',
    method: 'Method',
    path: 'Path',
    summary: 'What',
    scope: 'Scope',
  },
};
