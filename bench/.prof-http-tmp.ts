// temporary profiling harness (not committed)
import { monitorEventLoopDelay, performance as perf } from 'node:perf_hooks';
import { buildApp } from '#src/app.ts';
import { loadConfig } from '#src/config.ts';
import { openDatabase } from '#src/db/create-db.ts';
import { PGliteDialect } from 'kysely-pglite-dialect';
if (process.env.YIELD === '1') {
  const proto = PGliteDialect.prototype as unknown as { createDriver(): unknown };
  const orig = proto.createDriver;
  proto.createDriver = function (this: unknown) {
    const d = orig.call(this) as { queue: Array<(c: unknown) => void>; connection: unknown; releaseConnection(c: unknown): Promise<void> };
    d.releaseConnection = async (c) => {
      if (c !== d.connection) throw new Error('Invalid connection');
      const next = d.queue.shift();
      if (next === undefined) { d.connection = undefined; return; }
      setImmediate(() => next(d.connection));
    };
    return d;
  };
  console.log('yielding hand-off');
}
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
