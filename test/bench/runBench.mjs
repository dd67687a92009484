// `npm run bench [-- name…]`: runs the benchmarks and rewrites BENCHMARKS.md.
// Each test/bench/<name>.bench.ts runs in its own Node process; "activation" runs inside the real VS Code
// host (code-server). Results of each module are kept in test/bench/results/<name>.json with the machine
// and date, so running a subset updates only its sections.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const benchDir = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(benchDir, '..', '..');
const resultsDir = path.join(benchDir, 'results');
const only = process.argv.slice(2);
const wanted = (name) => only.length === 0 || only.some((o) => name.includes(o));

function machine() {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model?.trim() ?? 'unknown',
    cores: cpus.length,
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    os: `${os.type()} ${os.release()}`,
    date: new Date().toISOString().slice(0, 10),
  };
}

function save(name, results) {
  writeFileSync(path.join(resultsDir, `${name}.json`), JSON.stringify({ machine: machine(), results }, null, 2) + '\n');
}

let failed = 0;
const modules = readdirSync(benchDir).filter((f) => f.endsWith('.bench.ts')).sort();
for (const file of modules) {
  const name = file.replace(/\.bench\.ts$/, '');
  if (!wanted(name)) continue;
  const out = path.join(mkdtempSync(path.join(os.tmpdir(), 'skilltrace-bench-')), 'out.json');
  process.stdout.write(`[bench] ${name}…\n`);
  const r = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', path.join(benchDir, 'runOne.ts'), path.join(benchDir, file), out], {
    cwd: repoRoot,
    stdio: 'inherit',
  });
  if (r.status !== 0 || !existsSync(out)) {
    failed++;
    process.stderr.write(`[bench] ${name} failed (exit ${r.status})\n`);
    continue;
  }
  save(name, JSON.parse(readFileSync(out, 'utf8')));
}

if (wanted('activation')) {
  process.stdout.write('[bench] activation (real VS Code host)…\n');
  const r = spawnSync(process.execPath, [path.join(benchDir, 'activationBench.mjs')], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });
  const line = r.stdout.trim().split('\n').pop() ?? '';
  if (r.status === 0 && line.startsWith('[')) save('activation', JSON.parse(line));
  else {
    failed++;
    process.stderr.write(`[bench] activation failed (exit ${r.status})\n${r.stdout}\n`);
  }
}

// Rewrite BENCHMARKS.md from every stored result.
const groups = new Map();
const machines = new Map();
for (const f of readdirSync(resultsDir).filter((x) => x.endsWith('.json')).sort()) {
  const { machine: m, results } = JSON.parse(readFileSync(path.join(resultsDir, f), 'utf8'));
  machines.set(f.replace(/\.json$/, ''), m);
  for (const res of results) {
    if (!groups.has(res.group)) groups.set(res.group, []);
    groups.get(res.group).push({ ...res, module: f.replace(/\.json$/, '') });
  }
}
const fmt = (v) => (Math.abs(v) >= 100 ? v.toFixed(0) : Math.abs(v) >= 1 ? v.toFixed(2) : v.toPrecision(3));
let md = `# Benchmarks

Produced by \`npm run bench\` (or \`npm run bench -- <name>\` for one module); do not edit by hand.
Targets live here, never in timed unit tests. Each module states the machine and date it ran on.

`;
for (const [group, rows] of groups) {
  md += `## ${group}\n\n| measure | value | goal | met | baseline (same run) | note |\n|---|---|---|---|---|---|\n`;
  for (const r of rows) {
    const base = r.baseline ? `${r.baseline.name}: ${fmt(r.baseline.value)} ${r.unit}` : '';
    const met = r.met === undefined ? '' : r.met ? 'yes' : '**no**';
    md += `| ${r.name} | ${fmt(r.value)} ${r.unit} | ${r.goal ?? ''} | ${met} | ${base} | ${r.note ?? ''} |\n`;
  }
  const mods = [...new Set(rows.map((r) => r.module))];
  md += `\n_Machine: ${mods.map((m) => { const x = machines.get(m); return `${x.cpu}, ${x.cores} cores, ${x.memoryGiB} GiB, Node ${x.node}, ${x.os}, ${x.date}`; }).join('; ')}._\n\n`;
}
writeFileSync(path.join(repoRoot, 'BENCHMARKS.md'), md);
process.stdout.write(`[bench] wrote BENCHMARKS.md (${groups.size} sections)\n`);
execFileSync('true');
process.exit(failed ? 1 : 0);
