// SPDX-License-Identifier: EUPL-1.2
/**
 * `npm run audit:verify`: checks the audit log's hash chain with KRING_AUDIT_KEY and says whether it
 * is intact, or which row is the first that was changed, removed or moved (BIO2 8.15.06: the logs are
 * checked periodically for changes); then checks the end of the log against the latest signed
 * checkpoint in KRING_AUDIT_ANCHOR, so that rows cut off the end are found too (ADR 0024).
 * Exit 0 intact, 2 broken, 3 intact but without a checkpoint to check the end against, 1 could not
 * check. On the embedded database, stop Kring first (one process per data directory).
 */
import { ConfigError, loadConfig } from '#src/config.ts';
import { openDatabase } from '#src/db/create-db.ts';
import { DataDirLockedError } from '#src/db/data-dir-lock.ts';
import { type AuditLogCheck, verifyAuditTrail } from './anchor.ts';
import { sealAuditLog } from './audit-sealer.ts';

/** What the check found, in a sentence or two, and the exit code. */
function report(result: AuditLogCheck, anchorFile: string): { text: string; code: number } {
  const incident = 'Report this as a security incident (BIO2 8.15.05).\n';
  if (result.ok) {
    const pending = result.pending
      ? `${result.pending.count} rows are not chained yet (pending since ${result.pending.oldest?.toISOString()}).\n`
      : '';
    const intact = `The audit log is intact: ${result.checked} rows checked.\n${pending}`;
    if (result.anchor) {
      const { at, seq } = result.anchor;
      return { text: `${intact}Its end matches the checkpoint of ${at.toISOString()} (row ${seq}).\n`, code: 0 };
    }
    if (result.checked === 0) return { text: intact, code: 0 };
    return {
      text: `${intact}WARNING: no checkpoint in ${anchorFile}, so rows cut off the end cannot be found.\n`,
      code: 3,
    };
  }
  switch (result.reason) {
    case 'content':
    case 'link': {
      const what = result.reason === 'content' ? 'its content was changed' : 'a row before it was removed or moved';
      return {
        text: `The audit log is BROKEN at row ${result.brokenAt} (${what}); ${result.checked} rows before it are intact.\n${incident}`,
        code: 2,
      };
    }
    case 'truncated':
    case 'mismatch': {
      const at = result.checkpoint.at.toISOString();
      const what =
        result.reason === 'truncated'
          ? `the end of the log was removed: the checkpoint of ${at} names row ${result.brokenAt}, which is missing`
          : `the checkpoint of ${at} names row ${result.brokenAt} with another hash`;
      return {
        text: `The audit log is BROKEN at row ${result.brokenAt} (${what}); the ${result.checked} rows left form an intact chain.\n${incident}`,
        code: 2,
      };
    }
    case 'forged':
      return {
        text: `The audit log is BROKEN: the latest checkpoint is not genuine (its signature does not match) in ${anchorFile}.\n${incident}`,
        code: 2,
      };
  }
}

try {
  const config = loadConfig();
  const database = await openDatabase(config);
  try {
    // The rows written pending by the hot paths are chained first (ADR 0034); what is still pending
    // then (its transaction had not committed yet) is reported, not counted as a break.
    await sealAuditLog(database.db, config.auditKey);
    const result = await verifyAuditTrail(database.db, config.auditKey, config.auditAnchor);
    const { text, code } = report(result, config.auditAnchor);
    process.stdout.write(text);
    process.exitCode = code;
  } finally {
    await database.close();
  }
} catch (err) {
  const known = err instanceof ConfigError || err instanceof DataDirLockedError;
  process.stderr.write(`${known ? (err as Error).message : `Could not check the audit log: ${String(err)}`}\n`);
  process.exitCode = 1;
}
