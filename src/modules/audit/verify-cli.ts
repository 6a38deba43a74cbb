// SPDX-License-Identifier: EUPL-1.2
/**
 * `npm run audit:verify`: checks the audit log's hash chain with KRING_AUDIT_KEY and says whether it
 * is intact, or which row is the first that was changed, removed or moved (BIO2 8.15.06: the logs are
 * checked periodically for changes). Exit 0 intact, 2 broken, 1 could not check. On the embedded
 * database, stop Kring first (one process per data directory).
 */
import { ConfigError, loadConfig } from '#src/config.ts';
import { openDatabase } from '#src/db/create-db.ts';
import { DataDirLockedError } from '#src/db/data-dir-lock.ts';
import { verifyAuditLog } from './record-audit-event.ts';

try {
  const config = loadConfig();
  const database = await openDatabase(config);
  try {
    const result = await verifyAuditLog(database.db, config.auditKey);
    if (result.ok) {
      process.stdout.write(`The audit log is intact: ${result.checked} rows checked.\n`);
    } else {
      const what = result.reason === 'content' ? 'its content was changed' : 'a row before it was removed or moved';
      process.stdout.write(
        `The audit log is BROKEN at row ${result.brokenAt} (${what}); ${result.checked} rows before it are intact.\n` +
          'Report this as a security incident (BIO2 8.15.05).\n',
      );
      process.exitCode = 2;
    }
  } finally {
    await database.close();
  }
} catch (err) {
  const known = err instanceof ConfigError || err instanceof DataDirLockedError;
  process.stderr.write(`${known ? (err as Error).message : `Could not check the audit log: ${String(err)}`}\n`);
  process.exitCode = 1;
}
