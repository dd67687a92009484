// Activation cost in the real VS Code host: starts code-server several times, each time reading the figures
// the extension measured inside activate() (and from the first line of its bundle), and prints the medians
// as BenchResult JSON on the last line of stdout.
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runInExtensionHost } from '../harness/extensionHost.mjs';

const RUNS = Number(process.env.SKILLTRACE_BENCH_ACTIVATION_RUNS ?? 5);
const samples = [];
for (let i = 0; i < RUNS; i++) {
  const out = path.join(mkdtempSync(path.join(os.tmpdir(), 'skilltrace-act-')), 'activation.json');
  const { exitCode } = await runInExtensionHost({ grep: 'activation benchmark', env: { SKILLTRACE_BENCH_OUT: out }, quiet: true });
  if (exitCode !== 0 || !existsSync(out)) {
    console.error(`activation run ${i + 1} failed`);
    process.exit(1);
  }
  samples.push(JSON.parse(readFileSync(out, 'utf8')));
  process.stderr.write(`[bench] activation run ${i + 1}/${RUNS}: ${samples.at(-1).activationMs.toFixed(2)} ms\n`);
}
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};
const activation = median(samples.map((s) => s.activationMs));
const total = median(samples.map((s) => s.loadAndActivateMs));
const lazyLoaded = samples.some((s) => s.loadedOnActivation.length > 0);
const results = [
  { group: 'Activation (real VS Code host)', name: `time inside activate() (median of ${RUNS} host starts)`, value: activation, unit: 'ms', goal: '< 20 ms', met: activation < 20 },
  { group: 'Activation (real VS Code host)', name: 'bundle load + activate() (median)', value: total, unit: 'ms', note: 'from the first line of dist/extension.js' },
  {
    group: 'Activation (real VS Code host)',
    name: 'heavy parts loaded during activation',
    value: lazyLoaded ? 1 : 0,
    unit: 'parts',
    goal: '0 (grammars and LLM client on first need)',
    met: !lazyLoaded,
    note: lazyLoaded ? samples.find((s) => s.loadedOnActivation.length)?.loadedOnActivation.join(', ') : 'none',
  },
];
console.log(JSON.stringify(results));
