// temporary profiling harness (not committed)
import { monitorEventLoopDelay, performance as perf } from 'node:perf_hooks';
import { buildApp } from '#src/app.ts';
import { loadConfig } from '#src/config.ts';
import { openDatabase } from '#src/db/create-db.ts';
const config = loadConfig();
const database = await openDatabase(config);
const app = await buildApp({ config, database, closeDatabaseOnClose: true });
const server: number[] = [];
const h = monitorEventLoopDelay({ resolution: 5 });
h.enable();
let elu = perf.eventLoopUtilization();
let cpu = process.cpuUsage();
app.server.prependListener('request', (_req, res) => {
  const t0 = performance.now();
  res.on('finish', () => server.push(performance.now() - t0));
});
process.on('SIGUSR2', () => {
  const q = (a: number[], p: number) => [...a].sort((x, y) => x - y)[Math.floor(p * (a.length - 1))]!.toFixed(1);
  console.log('server-side n', server.length, 'p50', q(server, 0.5), 'p90', q(server, 0.9), 'p99', q(server, 0.99), 'max', q(server, 1));
  console.log('loop delay ms p50', (h.percentile(50) / 1e6).toFixed(1), 'p99', (h.percentile(99) / 1e6).toFixed(1), 'max', (h.max / 1e6).toFixed(1), 'ELU', perf.eventLoopUtilization(elu).utilization.toFixed(2), 'cpu', JSON.stringify(process.cpuUsage(cpu)));
  h.reset();
  elu = perf.eventLoopUtilization();
  cpu = process.cpuUsage();
  server.length = 0;
});
await app.listen({ port: 3999, host: '127.0.0.1' });
console.log('ready');
