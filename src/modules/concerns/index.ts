// SPDX-License-Identifier: EUPL-1.2
/**
 * The concerns module's public entry: the concern dossier along the meldcode. Other modules read its
 * vocabulary (entries, the afwegingskader's answers, the texts of entries), deliver Veilig Thuis's
 * feedback into a concern, and list the concerns of Mijn Kring.
 */
export type { Answers, Outcome } from './afwegingskader.ts';
export { insertConcern, insertPerson } from './concern.repository.ts';
export { type ConcernNotice, type ConcernNotifier, listConcerns } from './concern.service.ts';
export type { EntryData, EntryDataByKind, NotInformedGround } from './entries.ts';
export { appendEntry, type EntryRow } from './entry.repository.ts';
export { receiveFromVeiligThuis } from './feedback.ts';
export { concernObjectOwners } from './object-owner.repository.ts';
export { type ConcernFact, concernFacts } from './statistics.repository.ts';
export { CheckDateList } from './views/concern-lists.tsx';
export { entryLines, entryMeta } from './views/entry-text.ts';
export { AGE_GROUPS, type AgeGroup, type EntryKind } from './workflow.ts';
