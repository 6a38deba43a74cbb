// SPDX-License-Identifier: EUPL-1.2
/** Dutch texts of the circle (issue 14, ADR 0031): registering who is involved with a young person. */

export const circleNl = {
  /** Errors next to the fields of a registration; the keys are what the circle's service reports. */
  errors: {
    bsnRequired: 'Vul het burgerservicenummer (BSN) van de jongere in',
    bsnInvalid: 'Dit is geen geldig burgerservicenummer: controleer de 9 cijfers',
    bsnAlreadyRegistered: 'Uw organisatie heeft deze jongere al aangemeld',
    bsn: 'Zet hier geen burgerservicenummer in',
    parentBsnInvalid: 'Dit is geen geldig burgerservicenummer van een ouder: controleer de 9 cijfers',
    parentBsnSameAsYoungPerson: 'Het nummer van de ouder is hetzelfde als dat van de jongere',
    parentBsnTwice: 'U vulde hetzelfde nummer van een ouder twee keer in',
    parentBsnTooMany: 'Vul hoogstens twee ouders in',
    dateOfBirthInvalid: 'Vul een echte geboortedatum in, bijvoorbeeld 14 3 2012',
    dateOfBirthFuture: 'De geboortedatum kan niet in de toekomst liggen',
    dateOfBirthTooOld: 'De Kring is voor jongeren tot 23 jaar',
    contactNameRequired: 'Vul uw naam in, zodat anderen weten wie u bent',
    contactRoleRequired: 'Vul uw functie in',
    contactPhoneOrEmailRequired: 'Vul een telefoonnummer of e-mailadres in waarop anderen u bereiken',
    contactEmailInvalid: 'Vul een e-mailadres in zoals naam@organisatie.nl',
    contactTooLong: 'Dit is te lang: gebruik hoogstens 200 tekens',
    informingRequired: 'Kies of u hen heeft geïnformeerd, of waarom dat later gebeurt',
    informingReasonRequired: 'Kies waarom het informeren later gebeurt',
  },
};
