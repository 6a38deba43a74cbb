// SPDX-License-Identifier: EUPL-1.2
/** English texts of the public guidance site; same shape as guidance.nl.ts. */
import type { guidanceNl } from './guidance.nl.ts';

type Shape<T> = T extends string ? string : T extends (...a: infer A) => string ? (...a: A) => string : T extends readonly (infer U)[] ? readonly Shape<U>[] : { readonly [K in keyof T]: Shape<T[K]> };

export const guidanceEn: Shape<typeof guidanceNl> = {
  nav: {
    home: 'Home',
    signs: 'Signs',
    whatCanIDo: 'What can I do?',
    professionals: 'For professionals',
    contact: 'Contact',
    safeBrowsing: 'Browse safely',
  },
  home: {
    title: "Don't look away",
    description: 'Worried about a child, a partner or an older person? Don\'t look away. Call 112 in immediate danger, or Veilig Thuis 0800-2000 for advice or to report.',
    heading: "Don't look away",
    lead: 'Are you worried about a child, a partner or an older person near you? You do not have to be sure to do something.',
    dangerTitle: 'Is someone in danger right now?',
    dangerText: 'Call 112 straight away. For example when you hear or see violence now.',
    dangerCall: (n: string) => `Call ${n}`,
    worryTitle: 'Worries, advice or a report?',
    worryText: 'Call Veilig Thuis (Safe at Home). You can ask for advice first, even without giving your name.',
    worryCall: (n: string) => `Call ${n}`,
    worryFree: 'Free, day and night.',
    chatLink: 'Chat with Veilig Thuis',
    chatHours: (hours: string) => `(${hours}).`,
    nextTitle: 'Read more',
  },
};
