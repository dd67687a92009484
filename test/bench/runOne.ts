// Runs one benchmark module in its own process (so heap figures are not polluted by other benches)
// and writes its results as JSON to the file named by the second argument.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { BenchModule } from './benchResult';

async function main(): Promise<void> {
  const [modulePath, outFile] = process.argv.slice(2);
  if (!modulePath || !outFile) throw new Error('usage: runOne <bench module> <out.json>');
  const mod = (await import(path.resolve(modulePath))) as BenchModule;
  const results = await mod.run();
  writeFileSync(outFile, JSON.stringify(results, null, 2));
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
