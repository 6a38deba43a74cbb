// SPDX-License-Identifier: EUPL-1.2
/** English texts of the circle (issue 14, ADR 0031); the Dutch (circle.nl.ts) is the source. */
import type { circleNl } from './circle.nl.ts';

export const circleEn: typeof circleNl = {
  errors: {
    bsnRequired: "Enter the young person's citizen service number (BSN)",
    bsnInvalid: 'This is not a valid citizen service number: check the 9 digits',
    bsnAlreadyRegistered: 'Your organisation has already registered this young person',
    bsn: 'Do not put a citizen service number here',
    parentBsnInvalid: "This is not a valid parent's citizen service number: check the 9 digits",
    parentBsnSameAsYoungPerson: "The parent's number is the same as the young person's",
    parentBsnTwice: "You entered the same parent's number twice",
    parentBsnTooMany: 'Enter at most two parents',
    dateOfBirthInvalid: 'Enter a real date of birth, for example 14 3 2012',
    dateOfBirthFuture: 'The date of birth cannot be in the future',
    dateOfBirthTooOld: 'The circle is for young people up to 23',
    contactNameRequired: 'Enter your name, so others know who you are',
    contactRoleRequired: 'Enter your role',
    contactPhoneOrEmailRequired: 'Enter a phone number or e-mail address where others can reach you',
    contactEmailInvalid: 'Enter an e-mail address like name@organisation.nl',
    contactTooLong: 'This is too long: use at most 200 characters',
    informingRequired: 'Choose whether you informed them, or why that happens later',
    informingReasonRequired: 'Choose why informing happens later',
  },
};
