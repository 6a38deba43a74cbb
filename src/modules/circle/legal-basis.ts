// SPDX-License-Identifier: EUPL-1.2
/**
 * Who may register a signal in the circle (docs/domain.md §11, ADR 0031): organisations whose type
 * has a legal basis for the BSN as *meldingsbevoegde* under the municipality's convenant (Jeugdwet
 * §7.1), acting through a professional. Consent never gives a basis; volunteers, sports clubs and
 * residents never register. The statutory list is not confirmed (docs/domain.md §8), so this is a
 * table a municipality's convenant can change; every organisation type must be decided here (the
 * `satisfies` makes a new type a compile error until it is).
 */
import type { OrganisationType, Role } from '#src/core/roles.ts';

/** The ground on which an organisation type registers, or null: no basis. */
export type LegalGround =
  | 'youthCare'
  | 'youthHealthCare'
  | 'education'
  | 'police'
  | 'neighbourhoodTeam'
  | 'veiligThuis';

/** Organisation type → its ground for registering in the circle, or null. */
export const CIRCLE_LEGAL_BASIS = {
  // Jeugdhulp: named in every convenant; must use the BSN in youth care (docs/domain.md §5).
  youthCare: 'youthCare',
  // Youth health care (JGZ) and other care providers, which must use the BSN (Wabvpz).
  healthCare: 'youthHealthCare',
  // Onderwijs: schools signal (in Zorg voor Jeugd they only signal, docs/domain.md §4).
  school: 'education',
  police: 'police',
  // Maatschappelijk werk, the neighbourhood (social) team.
  socialTeam: 'neighbourhoodTeam',
  // Veilig Thuis, the advice and reporting centre for domestic violence and child abuse.
  veiligThuis: 'veiligThuis',
  // No basis for the BSN: clubs and volunteers (docs/domain.md §5).
  sportsClub: null,
  // Childcare is not named among the meldingsbevoegden in the sources (docs/domain.md §4); a
  // convenant that names it changes this line.
  childcare: null,
  // The municipality runs the register and its circle coordinator oversees it; it does not signal.
  municipality: null,
  // Not about young people.
  elderlyCare: null,
  homeCare: null,
  other: null,
} as const satisfies Record<OrganisationType, LegalGround | null>;

/** The roles that register for their organisation: its professionals, never volunteers. */
export const REGISTERING_ROLES: readonly Role[] = ['professional', 'safeguardingLead', 'intakeWorker'];

/** The ground of an organisation type, or null when it has no basis. */
export function legalGround(type: OrganisationType): LegalGround | null {
  return CIRCLE_LEGAL_BASIS[type];
}

/**
 * Whether someone acting for an organisation of this type, in this role, may register signals.
 * @param who the organisation's type and the role the person acts in
 */
export function mayRegister(who: { readonly organisationType: OrganisationType; readonly role: Role }): boolean {
  return legalGround(who.organisationType) !== null && REGISTERING_ROLES.includes(who.role);
}
