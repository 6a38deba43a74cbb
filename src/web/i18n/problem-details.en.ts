// SPDX-License-Identifier: EUPL-1.2
/** English texts of the API's RFC 9457 problem details (same shape as the Dutch). */
import type { problemDetailsNl } from './problem-details.nl.ts';

export const problemDetailsEn: typeof problemDetailsNl = {
  titles: {
    HTTP_NOT_FOUND: 'Not found',
    HTTP_METHOD_NOT_ALLOWED: 'Method not allowed',
    HTTP_PAYLOAD_TOO_LARGE: 'Request body too large',
    HTTP_UNSUPPORTED_MEDIA_TYPE: 'Unsupported media type',
    HTTP_RATE_LIMITED: 'Too many requests',
    REQUEST_VALIDATION: 'The request is not valid',
    AUTH_UNAUTHENTICATED: 'Authentication required',
    AUTH_FORBIDDEN: 'Forbidden',
    AUTH_CSRF_FAILED: 'Forbidden',
    AUTH_STEP_UP_REQUIRED: 'Authentication required',
    CONCERN_STEP_NOT_ALLOWED: 'Conflict',
    CONCERN_STEP_NOT_FOR_ROLE: 'Forbidden',
    CIRCLE_TEAM_NOT_YOURS: 'Forbidden',
    REPORT_STEP_NOT_ALLOWED: 'Conflict',
    REPORT_NO_VEILIG_THUIS: 'Service unavailable',
    SERVICE_UNAVAILABLE: 'Service unavailable',
    SERVER_INTERNAL: 'Internal error',
  },
  details: {
    REQUEST_VALIDATION: 'One or more fields are not valid; see errors.',
    AUTH_UNAUTHENTICATED: 'Send a current API token: Authorization: Bearer <token>.',
    AUTH_FORBIDDEN: 'The API client or the professional it names may not do this.',
    HTTP_NOT_FOUND: 'There is no such resource for this organisation.',
    HTTP_RATE_LIMITED: 'This API client sent too many requests; wait for Retry-After seconds.',
    SERVER_INTERNAL: 'Something went wrong on our side; quote the instance when you report it.',
  },
  rules: {
    invalid_type: 'Missing, or of the wrong type',
    invalid_format: 'Not in the expected format',
    invalid_value: 'Not one of the allowed values',
    invalid_union: 'Not one of the allowed shapes',
    too_big: 'Too long or too large',
    too_small: 'Too short or too small',
    unrecognized_keys: 'Has fields this API does not know',
    custom: 'Not valid',
    professionalUnknown: 'No active professional of your organisation has this e-mail address in Kring',
  },
};
