// temporary profiling harness (not committed)
import { buildApp } from '#src/app.ts';
import { loadConfig } from '#src/config.ts';
import { openDatabase } from '#src/db/create-db.ts';
import { getConcern } from '#src/modules/concerns/concern.service.ts';
import { toHtml } from '#src/web/html.ts';

const [url, cookie, n = '40'] = process.argv.slice(2);
const config = loadConfig();
const database = await openDatabase(config);
const app = await buildApp({ config, database, closeDatabaseOnClose: true });
await app.ready();
for (let i = 0; i < 20; i++) await app.inject({ method: 'GET', url: url!, headers: { cookie: cookie! } });
const cpu0 = process.cpuUsage();
const w0 = performance.now();
const times: number[] = [];
for (let i = 0; i < Number(n); i++) {
  const t0 = performance.now();
  const res = await app.inject({ method: 'GET', url: url!, headers: { cookie: cookie! } });
  times.push(performance.now() - t0);
  if (res.statusCode !== 200) throw new Error(String(res.statusCode));
}
const cpu = process.cpuUsage(cpu0);
console.log('cpu ms/request', ((cpu.user + cpu.system) / 1000 / Number(n)).toFixed(2), 'wall ms/request', ((performance.now() - w0) / Number(n)).toFixed(2));
times.sort((a, b) => a - b);
console.log('inject ms: min', times[0]!.toFixed(1), 'p50', times[Math.floor(times.length / 2)]!.toFixed(1), 'max', times.at(-1)!.toFixed(1));
await app.close();
