// SPDX-License-Identifier: EUPL-1.2
/** The concerns module's public entry: the concern dossier along the meldcode. */
export { concernObjectOwners } from './object-owner.repository.ts';
