// SPDX-License-Identifier: EUPL-1.2
/**
 * The administration's forms: an invitation, a new organisation, another role. The rules the admin
 * pages check the forms with and admin.service.ts checks its input with. Which organisations an
 * administrator may invite into, whether the person is already a member and which roles go together
 * are the service's to know.
 */
import { z } from 'zod';
import { choice, uuid } from '#src/core/field-rules.ts';
import { ORGANISATION_TYPES, ROLES } from '#src/core/roles.ts';
import { accountEmail } from './sign-in.schemas.ts';

/** The longest name of a person or an organisation. */
export const NAME_MAX = 200;

/** A required name (`key`) of at most NAME_MAX characters (`<key>TooLong:200`), trimmed. */
function name(key: 'personName' | 'organisationName') {
  return z
    .string({ error: key })
    .trim()
    .min(1, { error: key })
    .max(NAME_MAX, { error: `${key}TooLong:${NAME_MAX}` });
}

/** A role from the list. */
export const role = choice(ROLES, 'chooseRole');

/** An invitation into an organisation with a role. */
export const invitationInput = z.object({
  displayName: name('personName'),
  email: accountEmail,
  organisationId: uuid('chooseOrganisation'),
  role,
});

/** A new organisation. */
export const organisationInput = z.object({
  name: name('organisationName'),
  type: choice(ORGANISATION_TYPES, 'organisationType'),
});

/** Another role for a membership. */
export const roleChangeInput = z.object({ role });
