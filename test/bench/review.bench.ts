// Review benchmark: the offline review (diff parse + every detector + ranking) of a 500-added-line diff across
// TypeScript, Python, Go and Java, against parsing alone as the baseline measured in the same run; plus the same
// review with the diff read from a real git repository by the git adapter (git processes included). Also: the
// history cold start over 200 own commits of a real repository, the learning-outcome computation the panel runs on
// every state change (at its size bounds), and the explain-back candidates of a 200-line paste.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { GitRepository } from '../../src/adapters/git/gitRepository';
import { analyzeHistory } from '../../src/core/history/historyEvidence';
import { LearningOutcomeLog } from '../../src/core/outcome/learningOutcome';
import { explainBackCandidates } from '../../src/core/review/explainBack';
import { reviewDiff } from '../../src/core/review/diffReview';
import { rankReviewHints } from '../../src/core/review/reviewPolicy';
import { parseUnifiedDiff } from '../../src/core/review/unifiedDiff';
import type { BenchResult } from './benchResult';

const group = 'Code review (detectors only)';

const templates: Record<string, (i: number) => string[]> = {
  'src/service.ts': (i) => [
    `export async function load${i}(id: string): Promise<Item | undefined> {`,
    `  const rows = await db.query("SELECT * FROM items WHERE id = $1", [id]);`,
    i % 7 === 0 ? `  if (rows.length == 0) return undefined;` : `  if (rows.length === 0) return undefined;`,
    `  return rows[0]${i % 11 === 0 ? '!' : ''}.item as Item;`,
    `}`,
  ],
  'app/jobs.py': (i) => [
    `def job_${i}(path, retries=${i % 9 === 0 ? '[]' : 'None'}):`,
    `    with open(path) as f:`,
    `        data = [line.strip() for line in f if line]`,
    `    return {"count": len(data), "name": f"job-${i}"}`,
    ``,
  ],
  'cmd/worker.go': (i) => [
    `func work${i}(p string) (int, error) {`,
    i % 8 === 0 ? `\tn, _ := strconv.Atoi(p)` : `\tn, err := strconv.Atoi(p)`,
    i % 8 === 0 ? `\treturn n, nil` : `\tif err != nil {\n\t\treturn 0, err\n\t}\n\treturn n, nil`,
    `}`,
  ],
  'src/main/java/Store.java': (i) => [
    `  String name${i}(Connection c, String id) throws SQLException {`,
    `    try (PreparedStatement st = c.prepareStatement("SELECT name FROM t WHERE id = ?")) {`,
    `      st.setString(1, id);`,
    `      return st.executeQuery().getString(1);`,
    `    }`,
    `  }`,
  ],
};

/** A new-file diff per language whose added lines add up to `totalLines`. */
function buildFiles(totalLines: number): Map<string, string[]> {
  const files = new Map<string, string[]>();
  const names = Object.keys(templates);
  let count = 0;
  for (let i = 0; count < totalLines; i++) {
    const name = names[i % names.length];
    const lines = templates[name](i).join('\n').split('\n');
    const take = lines.slice(0, totalLines - count);
    files.set(name, [...(files.get(name) ?? []), ...take]);
    count += take.length;
  }
  return files;
}

function toDiff(files: Map<string, string[]>): string {
  let text = '';
  for (const [path, lines] of files) {
    text += [`diff --git a/${path} b/${path}`, 'new file mode 100644', '--- /dev/null', `+++ b/${path}`, `@@ -0,0 +1,${lines.length} @@`, ...lines.map((l) => `+${l}`), ''].join('\n');
  }
  return text;
}

function stats(samples: number[]): { median: number; p95: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number): number => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
  return { median: at(0.5), p95: at(0.95) };
}

function time(iterations: number, body: () => void): number[] {
  const samples: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const start = performance.now();
    body();
    samples.push(performance.now() - start);
  }
  return samples;
}

const round = (value: number): number => Math.round(value * 1000) / 1000;

export async function run(): Promise<BenchResult[]> {
  const files = buildFiles(500);
  const diff = toDiff(files);
  const mastery = { 'equality-comparison': 0.2, 'go.error-values': 0.3 };
  const review = (): number => rankReviewHints(reviewDiff(parseUnifiedDiff(diff)).hints, { mastery }).shown.length;
  for (let i = 0; i < 30; i++) review();
  const hints = reviewDiff(parseUnifiedDiff(diff)).hints.length;
  const parseOnly = stats(time(300, () => parseUnifiedDiff(diff)));
  const full = stats(time(300, review));

  const root = mkdtempSync(join(tmpdir(), 'skilltrace-review-bench-'));
  let fromGit: { median: number; p95: number };
  try {
    const git = (...args: string[]): string => execFileSync('git', args, { cwd: root, encoding: 'utf8' });
    git('init', '-q', '-b', 'main');
    git('config', 'user.email', 'bench@example.com');
    git('config', 'user.name', 'Bench');
    git('commit', '-q', '--allow-empty', '-m', 'start');
    for (const [path, lines] of files) {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), `${lines.join('\n')}\n`);
    }
    git('add', '-A');
    const repository = new GitRepository(root);
    const samples: number[] = [];
    for (let i = 0; i < 25; i++) {
      const start = performance.now();
      const read = await repository.readDiff({ kind: 'staged' });
      rankReviewHints(reviewDiff(read.files).hints, { mastery });
      samples.push(performance.now() - start);
    }
    fromGit = stats(samples.slice(5));
  } finally {
    rmSync(root, { recursive: true, force: true });
  }

  const history = await historyBench();
  const outcome = outcomeBench();
  const paste = stats(time(200, () => explainBackCandidates({ file: 'src/service.ts', language: 'typescript', startLine: 0, text: templates['src/service.ts'](1).concat(...Array.from({ length: 39 }, (_, i) => templates['src/service.ts'](i + 2))).join('\n') })));

  const note = `500 added lines in 4 files (TS, Python, Go, Java), ${hints} findings, 21 detectors`;
  return [
    { group, name: 'history: read + analyze 200 own commits (median of 3)', value: round(history.total), unit: 'ms', goal: '< 10 s', met: history.total < 10_000, baseline: { name: 'git read alone', value: round(history.read) }, note: `${history.observations} history observations; Bob's 50 commits in the same repository skipped` },
    { group, name: 'learning outcome recomputed (median)', value: round(outcome.median), unit: 'ms', goal: '< 5 ms', met: outcome.median < 5, note: `p95 ${round(outcome.p95)} ms; 300 concepts × 400 error times, 2,000 help events (the log's size bounds); the panel reuses it until the log or the minute changes` },
    { group, name: 'explain-back candidates, 200-line paste (median)', value: round(paste.median), unit: 'ms', goal: '< 20 ms', met: paste.median < 20, note: 'detectors and the lexical concept finder (tree-sitter runs in the extension on top)' },
    { group, name: 'review of a 500-line diff (median)', value: round(full.median), unit: 'ms', goal: '< 50 ms', met: full.median < 50, baseline: { name: 'parse only', value: round(parseOnly.median) }, note },
    { group, name: 'review of a 500-line diff (p95)', value: round(full.p95), unit: 'ms', goal: '< 100 ms', met: full.p95 < 100, baseline: { name: 'parse only', value: round(parseOnly.p95) }, note },
    { group, name: 'git read + review, staged 500 lines (median)', value: round(fromGit.median), unit: 'ms', goal: '< 500 ms', met: fromGit.median < 500, note: 'GitRepository.readDiff (numstat + diff processes) then review and ranking' },
    { group, name: 'git read + review, staged 500 lines (p95)', value: round(fromGit.p95), unit: 'ms', goal: '< 1000 ms', met: fromGit.p95 < 1000 },
  ];
}

/** 250 commits, 200 by the engineer and 50 by someone else, each adding a small file; the analysis reads the engineer's. */
async function historyBench(): Promise<{ total: number; read: number; observations: number }> {
  const root = mkdtempSync(join(tmpdir(), 'skilltrace-history-bench-'));
  try {
    const git = (args: string[], env: Record<string, string> = {}): string => execFileSync('git', args, { cwd: root, encoding: 'utf8', env: { ...process.env, ...env } });
    git(['init', '-q', '-b', 'main']);
    git(['config', 'user.email', 'alice@example.com']);
    git(['config', 'user.name', 'Alice']);
    for (let i = 0; i < 250; i++) {
      const bob = i % 5 === 4;
      const name = Object.keys(templates)[i % 4];
      const path = name.replace(/(\.[a-z]+)$/, `${i}$1`);
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), `${templates[name](i).join('\n')}\n`);
      git(['add', '-A']);
      const date = new Date(Date.UTC(2026, 0, 1) + i * 3_600_000).toISOString();
      const who = bob ? ['-c', 'user.email=bob@example.com', '-c', 'user.name=Bob'] : [];
      git([...who, 'commit', '-q', '-m', i % 10 === 0 ? `fix null check ${i}` : `work ${i}`], { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date });
    }
    const repository = new GitRepository(root);
    const totals: number[] = [];
    const reads: number[] = [];
    let observations = 0;
    for (let run = 0; run < 3; run++) {
      const start = performance.now();
      const { commits } = await repository.ownCommits({ maxCount: 200 });
      reads.push(performance.now() - start);
      observations = analyzeHistory(commits).observations.length;
      totals.push(performance.now() - start);
    }
    return { total: stats(totals).median, read: stats(reads).median, observations };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

function outcomeBench(): { median: number; p95: number } {
  const now = Date.UTC(2026, 5, 1);
  const log = new LearningOutcomeLog(now - 100 * 86_400_000);
  for (let c = 0; c < 300; c++) {
    for (let k = 0; k < 400; k++) log.recordError(`concept-${c}`, now - ((c * 7919 + k * 104_729) % (90 * 86_400_000)));
  }
  for (let h = 0; h < 2000; h++) log.recordHelp(`concept-${h % 300}`, h % 2 ? 'tutorial' : 'hint', now - ((h * 15_485_863) % (90 * 86_400_000)));
  for (let i = 0; i < 5; i++) log.outcomes(now);
  return stats(time(100, () => log.outcomes(now)));
}
