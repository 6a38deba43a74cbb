// SPDX-License-Identifier: EUPL-1.2
/**
 * `npm run circle:rotate-key`: re-keys every pseudonym of the circle to the newest version in
 * KRING_CIRCLE_KEY (ADR 0031), from the stored pseudonyms alone (no BSN is needed or seen). Run it
 * after adding a new key version in front of the old ones; keep the old versions configured. Running
 * it again at the newest version changes nothing. Audited (circle.keys.rotate) with the counts.
 * Exit 0 done, 1 could not rotate (the message names versions only). On the embedded database, stop
 * Kring first (one process per data directory).
 */
import { ConfigError, loadConfig } from '#src/config.ts';
import { serviceKeys } from '#src/core/keys.ts';
import { openDatabase } from '#src/db/create-db.ts';
import { DataDirLockedError } from '#src/db/data-dir-lock.ts';
import { systemContext } from './circle-jobs.ts';
import { rotatePseudonyms } from './circle-upkeep.service.ts';

try {
  const config = loadConfig();
  const database = await openDatabase(config);
  try {
    const ctx = systemContext({ db: database.db, now: new Date(), keys: serviceKeys(config) }, 'cli');
    const result = await rotatePseudonyms(ctx, { keys: config.circleKeys, maxMonths: config.circleMonths });
    process.stdout.write(
      result.from === result.to && result.signals === 0 && result.parents === 0
        ? `The circle's pseudonyms are at key version ${result.to} already: nothing to do.\n`
        : `The circle's pseudonyms went from key version ${result.from} to ${result.to}: ${result.signals} signals and ${result.parents} parents re-keyed.\n`,
    );
  } finally {
    await database.close();
  }
} catch (err) {
  const known = err instanceof ConfigError || err instanceof DataDirLockedError;
  process.stderr.write(
    `${known ? (err as Error).message : `Could not rotate the circle's keys: ${(err as Error).message}`}\n`,
  );
  process.exitCode = 1;
}
