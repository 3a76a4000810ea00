import { parseArgs } from 'node:util';
import { generateProvince } from '../generator';

/** Command-line entry of the generator (benchmarks, hand runs); the hub's own CLI has `hub gen`. */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { orgs: { type: 'string', default: '300' }, seed: { type: 'string', default: '1' }, out: { type: 'string' }, noise: { type: 'string', default: 'default' } },
  });
  if (!values.out) throw new Error('--out is required');
  let shown = 0;
  const summary = await generateProvince({
    orgs: Number(values.orgs), seed: Number(values.seed), outDir: values.out, noise: values.noise as 'default',
    onProgress: (done, total) => {
      if (Date.now() - shown > 2000 || done === total) {
        shown = Date.now();
        const m = process.memoryUsage();
        process.stderr.write(`${done}/${total} rss=${Math.round(m.rss / 1e6)}MB heap=${Math.round(m.heapUsed / 1e6)}MB\n`);
      }
    },
  });
  process.stdout.write(`${JSON.stringify({ ...summary, files: summary.files.length }, null, 1)}\n`);
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.stack ?? err.message : String(err)}\n`);
  process.exit(1);
});
