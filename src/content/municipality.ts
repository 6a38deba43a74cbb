// SPDX-License-Identifier: EUPL-1.2
/**
 * The municipality-specific content (content/gemeente.json): names, addresses, numbers and the
 * region's Veilig Thuis. Validated once at start; a broken file stops Kring with a clear message.
 */
import fs from 'node:fs';
import { z } from 'zod';

const localized = z.object({ nl: z.string().min(1), en: z.string().min(1) });
const phone = z.object({
  /** As shown to people: "0800-2000". */
  display: z.string().min(1),
  /** As dialled in a tel: link: digits and a leading + only. */
  tel: z.string().regex(/^\+?\d{3,15}$/, 'digits only, optionally starting with +'),
});
const address = z.object({ street: z.string().min(1), postcode: z.string().min(1), city: z.string().min(1) });

export const municipalitySchema = z.object({
  $comment: z.string().optional(),
  name: localized,
  shortName: z.string().min(1),
  visitingAddress: address,
  postalAddress: address,
  phone,
  email: z.email(),
  website: z.url(),
  openingHours: localized,
  socialTeam: z.object({ name: localized, phone }),
  veiligThuis: z.object({
    name: z.string().min(1),
    phone,
    chatUrl: z.url(),
    chatHours: localized,
    website: z.url(),
  }),
  emergency: phone,
  policeNonUrgent: phone,
  /** Where the quick exit goes: a neutral site that raises no suspicion. */
  quickExitUrl: z.url().refine((u) => u.startsWith('https://'), 'must be an https:// address'),
});

/** The municipality's content. */
export type Municipality = z.infer<typeof municipalitySchema>;

/**
 * Reads and validates the municipality file.
 * @param file path or URL of the JSON file; content/gemeente.json by default
 * @throws {Error} naming every invalid field
 */
export function loadMunicipality(
  file: string | URL = new URL('../../content/gemeente.json', import.meta.url),
): Municipality {
  const parsed = municipalitySchema.safeParse(JSON.parse(fs.readFileSync(file, 'utf8')));
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `  - ${i.path.join('.')}: ${i.message}`).join('\n');
    throw new Error(`content/gemeente.json is not valid:\n${problems}`);
  }
  return parsed.data;
}
