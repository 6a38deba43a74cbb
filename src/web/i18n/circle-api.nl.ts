// SPDX-License-Identifier: EUPL-1.2
/** Dutch texts of the circle's API clients and the API's documentation page (ADR 0033). */

export const circleApiNl = {
  title: 'Koppelingen met de Kring',
  linkHint: 'Bronsystemen die signalen in de Kring registreren, intrekken en opvragen',
  intro: (organisation: string) =>
    `Een koppeling laat een systeem van ${organisation} signalen in de Kring zetten namens een professional van uw organisatie. Elke aanroep wordt gelogd op naam van die professional.`,
  noBasis: 'Uw organisatie heeft geen grondslag om in de Kring te registreren, en dus geen koppelingen.',
  none: 'Er zijn nog geen koppelingen.',
  name: 'Naam',
  nameHint: 'Bijvoorbeeld het leerlingvolgsysteem',
  scopes: 'Wat mag de koppeling?',
  scope: {
    'circle:register': 'Signalen registreren',
    'circle:withdraw': 'Signalen intrekken',
    'circle:read': 'De signalen van de organisatie opvragen',
  },
  created: 'Aangemaakt',
  rotated: 'Nieuwe sleutel',
  status: 'Status',
  active: 'Actief',
  revoked: (date: string) => `Ingetrokken op ${date}`,
  create: 'Koppeling maken',
  rotate: 'Nieuwe sleutel maken',
  revoke: 'Intrekken',
  tokenTitle: 'De sleutel van de koppeling',
  tokenOnce:
    'Kopieer deze sleutel nu naar het bronsysteem: Kring laat hem maar één keer zien en bewaart hem niet. Een vorige sleutel werkt niet meer.',
  revokedNotice: 'De koppeling is ingetrokken: de sleutel werkt niet meer.',
  rotateGone: 'Deze koppeling is ingetrokken en krijgt geen nieuwe sleutel.',
  errors: {
    name: 'Vul een naam in van hoogstens 200 tekens',
    scopes: 'Kies wat de koppeling mag',
  },
  docs: {
    title: 'API van de Kring',
    intro: 'De bewerkingen van de API voor bronsystemen. Het volledige OpenAPI-document:',
    method: 'Methode',
    path: 'Pad',
    summary: 'Wat',
    scope: 'Recht',
  },
};
