// SPDX-License-Identifier: EUPL-1.2
/** The adoptable content of this installation (today: the municipality file). */
import { loadSectorGuidance, loadSigns } from './meldcode-content.ts';
import { loadMunicipality, type Municipality } from './municipality.ts';

export interface LoadedContent {
  readonly municipality: Municipality;
}

/**
 * Loads and validates content/gemeente.json, and the meldcode content (signs.json,
 * afwegingskader.json) so that a broken file stops Kring at start, not on first use.
 */
export async function loadContent(): Promise<LoadedContent> {
  loadSigns();
  loadSectorGuidance();
  return { municipality: loadMunicipality() };
}
