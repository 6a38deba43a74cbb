// SPDX-License-Identifier: EUPL-1.2
/** The adoptable content of this installation (today: the municipality file). */
import { loadMunicipality, type Municipality } from './municipality.ts';

export interface LoadedContent {
  readonly municipality: Municipality;
}

/** Loads and validates content/gemeente.json. */
export async function loadContent(): Promise<LoadedContent> {
  return { municipality: loadMunicipality() };
}
