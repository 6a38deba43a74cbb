// temporary profiling harness (not committed)
import { PGlite } from '@electric-sql/pglite';
import { Kysely } from 'kysely';
import { PGliteDialect } from 'kysely-pglite-dialect';
import { loadConfig } from '#src/config.ts';
import { deriveKey } from '#src/core/secrets.ts';
import { pgliteDir } from '#src/db/create-db.ts';
import type { Database } from '#src/db/database.ts';
import { getConcern } from '#src/modules/concerns/concern.service.ts';
import { resolveSession } from '#src/modules/identity/identity.service.ts';

const [id, token, n = '100'] = process.argv.slice(2);
const config = loadConfig();
const pglite = await PGlite.create(pgliteDir(config.dataDir));
const stats = new Map<string, number[]>();
let on = false;
const db = new Kysely<Database>({
  dialect: new PGliteDialect(pglite),
  log(e) {
    if (!on) return;
    const k = e.query.sql.replace(/\s+/g, ' ').slice(0, 110);
    (stats.get(k) ?? stats.set(k, []).get(k)!).push(e.queryDurationMillis);
  },
});
const keys = { auditKey: config.auditKey, totpKey: deriveKey(config.secretKey, 'totp-secret'), pseudonymKey: deriveKey(config.auditKey, 'subject-pseudonym') };
const base = { db, keys, requestId: 'x', now: new Date(), accessPoint: 'web', actor: null };
const whole: number[] = [];
for (let i = 0; i < Number(n); i++) {
  on = i >= 10;
  const t0 = performance.now();
  const s = await resolveSession({ ...base, now: new Date() }, token!);
  await getConcern({ ...base, actor: s!.actor, now: new Date() }, id!);
  if (on) whole.push(performance.now() - t0);
}
const q = (a: number[], p: number) => [...a].sort((x, y) => x - y)[Math.floor(p * (a.length - 1))]!;
let sumMin = 0, sumMed = 0;
for (const [k, v] of stats) { sumMin += q(v, 0); sumMed += q(v, 0.5); console.log(q(v, 0).toFixed(2).padStart(6), q(v, 0.5).toFixed(2).padStart(6), String(v.length).padStart(4), k); }
console.log('sum of per-query min', sumMin.toFixed(2), 'median', sumMed.toFixed(2), '| whole request min', q(whole, 0).toFixed(2), 'p50', q(whole, 0.5).toFixed(2));
await db.destroy();
