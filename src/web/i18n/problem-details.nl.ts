// SPDX-License-Identifier: EUPL-1.2
/**
 * Dutch texts of the API's RFC 9457 problem details (src/plugins/problem-details.ts), for the
 * developers of source systems: a title per catalogued error code, a longer explanation of some, and
 * the texts of the rules a schema checks (Zod's issue codes) and of the API's own.
 */
import type { ErrorCode } from '#src/core/errors.ts';

export const problemDetailsNl = {
  titles: {
    HTTP_NOT_FOUND: 'Niet gevonden',
    HTTP_METHOD_NOT_ALLOWED: 'Methode niet toegestaan',
    HTTP_PAYLOAD_TOO_LARGE: 'Verzoek te groot',
    HTTP_UNSUPPORTED_MEDIA_TYPE: 'Mediatype niet ondersteund',
    HTTP_RATE_LIMITED: 'Te veel verzoeken',
    REQUEST_VALIDATION: 'Het verzoek is niet geldig',
    AUTH_UNAUTHENTICATED: 'Authenticatie vereist',
    AUTH_FORBIDDEN: 'Niet toegestaan',
    AUTH_CSRF_FAILED: 'Niet toegestaan',
    AUTH_STEP_UP_REQUIRED: 'Authenticatie vereist',
    CONCERN_STEP_NOT_ALLOWED: 'Conflict',
    CONCERN_STEP_NOT_FOR_ROLE: 'Niet toegestaan',
    CIRCLE_TEAM_NOT_YOURS: 'Niet toegestaan',
    REPORT_STEP_NOT_ALLOWED: 'Conflict',
    REPORT_NO_VEILIG_THUIS: 'Dienst niet beschikbaar',
    SERVICE_UNAVAILABLE: 'Dienst niet beschikbaar',
    SERVER_INTERNAL: 'Interne fout',
  } satisfies Record<ErrorCode, string>,
  details: {
    REQUEST_VALIDATION: 'Een of meer velden zijn niet geldig; zie errors.',
    AUTH_UNAUTHENTICATED: 'Stuur een geldige API-sleutel mee: Authorization: Bearer <sleutel>.',
    AUTH_FORBIDDEN: 'De koppeling of de professional die zij noemt mag dit niet.',
    HTTP_NOT_FOUND: 'Deze organisatie heeft zo’n resource niet.',
    HTTP_RATE_LIMITED: 'Deze koppeling stuurde te veel verzoeken; wacht het aantal seconden van Retry-After.',
    SERVER_INTERNAL: 'Er ging aan onze kant iets mis; noem de instance als u het meldt.',
  } satisfies Partial<Record<ErrorCode, string>>,
  rules: {
    invalid_type: 'Ontbreekt, of is van het verkeerde type',
    invalid_format: 'Niet in de verwachte vorm',
    invalid_value: 'Niet een van de toegestane waarden',
    invalid_union: 'Niet een van de toegestane vormen',
    too_big: 'Te lang of te groot',
    too_small: 'Te kort of te klein',
    unrecognized_keys: 'Bevat velden die deze API niet kent',
    custom: 'Niet geldig',
    professionalUnknown: 'Geen actieve professional van uw organisatie heeft dit e-mailadres in Kring',
  },
};
