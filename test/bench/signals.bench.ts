// Signals benchmark: the synchronous work the watchers do per keystroke (edit tracker + moving 200 live diagnostics)
// on a 5,000-line TypeScript file, the debounced snapshot diff, and heap after 100k synthetic events (flat is the goal).
import type { ContentChange } from '../../src/core/signals/contentChange';
import { diagnosticObservations, type ConceptMapper } from '../../src/core/signals/diagnosticObservations';
import { DiagnosticTracker, type DiagnosticInput } from '../../src/core/signals/diagnosticTracker';
import { EditTracker } from '../../src/core/signals/editTracker';
import { ObservationBuffer } from '../../src/core/signals/observationBuffer';
import type { BenchResult } from './benchResult';
import { largeTypeScriptSource } from './fixtures/largeTypeScriptSource';

const group = 'Signals (diagnostic and edit trackers)';
const T0 = 1_700_000_000_000;

function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function percentiles(samples: number[]): { p50: number; p99: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
  return { p50: at(0.5), p99: at(0.99) };
}

const elapsedMs = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e6;

/** Types into a real 5,000-line file the way an engineer does: characters, Enter with indentation, backspaces, jumps. */
class TypingSimulator {
  private readonly lineLengths: number[];
  private line: number;
  private readonly random = seededRandom(11);

  constructor(text: string) {
    this.lineLengths = text.split('\n').map((l) => l.length);
    this.line = 100;
  }

  next(): ContentChange {
    if (this.random() < 0.02) this.line = Math.floor(this.random() * (this.lineLengths.length - 1));
    const character = this.lineLengths[this.line];
    const roll = this.random();
    if (roll < 0.05) {
      this.lineLengths.splice(this.line + 1, 0, 4);
      const change = { range: { startLine: this.line, startCharacter: character, endLine: this.line, endCharacter: character }, rangeLength: 0, text: '\n    ' };
      this.line++;
      return change;
    }
    if (roll < 0.15 && character > 0) {
      this.lineLengths[this.line]--;
      return { range: { startLine: this.line, startCharacter: character - 1, endLine: this.line, endCharacter: character }, rangeLength: 1, text: '' };
    }
    this.lineLengths[this.line]++;
    return { range: { startLine: this.line, startCharacter: character, endLine: this.line, endCharacter: character }, rangeLength: 0, text: 'a' };
  }
}

function liveDiagnostics(count: number, lines: number): DiagnosticInput[] {
  const codes = ['2322', '2345', '2532', '18048', '7006', '2339'];
  return Array.from({ length: count }, (_, i) => {
    const line = Math.floor(((i + 0.5) * lines) / count);
    return {
      code: codes[i % codes.length], source: 'ts', severity: i % 5 === 0 ? 'warning' : 'error',
      message: `Type 'string' is not assignable to type 'number'. (${i})`,
      range: { startLine: line, startCharacter: 4, endLine: line, endCharacter: 12 },
    };
  });
}

function keystrokeBench(): BenchResult[] {
  const text = largeTypeScriptSource(5_000);
  const lineCount = text.split('\n').length;
  const simulator = new TypingSimulator(text);
  const edits = new EditTracker();
  const diagnostics = new DiagnosticTracker();
  const docId = 'file:///bench/large.ts';
  diagnostics.baseline(docId, liveDiagnostics(200, lineCount), T0);

  const keystrokes = 20_000;
  const warmup = 2_000;
  const perKeystroke: number[] = [];
  const floor: number[] = [];
  const snapshot: number[] = [];
  let now = T0;
  let sink = 0;
  for (let i = 0; i < keystrokes + warmup; i++) {
    const change = simulator.next();
    now += 80;
    const changes = [change];
    const emptyStart = process.hrtime.bigint();
    const floorMs = elapsedMs(emptyStart);
    const start = process.hrtime.bigint();
    const events = edits.onChange(docId, changes, undefined, now);
    diagnostics.applyChanges(docId, changes);
    if (edits.isTypingBurst(now)) sink++;
    const ms = elapsedMs(start);
    sink += events.length;
    if (i >= warmup) {
      perKeystroke.push(ms);
      floor.push(floorMs);
    }
    // Every 25 keystrokes (a 2 s pause at this pace) the language server republishes: the same problems, moved.
    if (i % 25 === 24) {
      const republished = diagnostics.liveRanges(docId).map((live, k): DiagnosticInput => ({
        code: live.key.split('|')[1], source: 'ts', severity: k % 5 === 0 ? 'warning' : 'error',
        message: `Type 'string' is not assignable to type 'number'. (${k})`, range: live.range,
      }));
      const snapStart = process.hrtime.bigint();
      sink += diagnostics.update(docId, republished, now + 400).length;
      if (i >= warmup) snapshot.push(elapsedMs(snapStart));
    }
  }
  if (sink < 0) console.log(sink);
  const live = diagnostics.metrics().liveDiagnostics;
  const k = percentiles(perKeystroke);
  const f = percentiles(floor);
  const s = percentiles(snapshot);
  const note = `${keystrokes} keystrokes (chars, Enter, backspace, jumps) on a ${lineCount}-line file with ${live} live diagnostics`;
  return [
    { group, name: 'sync work per keystroke (p50)', value: k.p50, unit: 'ms', baseline: { name: 'timer floor p50', value: f.p50 }, note },
    { group, name: 'sync work per keystroke (p99)', value: k.p99, unit: 'ms', goal: '≤ 0.3 ms', met: k.p99 <= 0.3, baseline: { name: 'timer floor p99', value: f.p99 }, note },
    { group, name: 'snapshot diff, 200 diagnostics (p50)', value: s.p50, unit: 'ms', note: 'debounced path, not per keystroke' },
    { group, name: 'snapshot diff, 200 diagnostics (p99)', value: s.p99, unit: 'ms', note: 'debounced path, not per keystroke' },
  ];
}

function heapMiB(): number {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc) {
    gc();
    gc();
  }
  return process.memoryUsage().heapUsed / 2 ** 20;
}

function memoryBench(): BenchResult[] {
  const random = seededRandom(5);
  const edits = new EditTracker();
  const diagnostics = new DiagnosticTracker();
  const buffer = new ObservationBuffer();
  const mapper: ConceptMapper = (d) => [{ id: `concept-${d.code}`, weight: 0.7 }];
  const before = heapMiB();
  const marks = new Map<number, number>();
  let now = T0;
  for (let event = 1; event <= 100_000; event++) {
    now += 50;
    // 400 documents (twice the trackers' document caps) and 3,000 error codes (three times the key caps).
    const docId = `file:///bench/doc${Math.floor(random() * 400)}.ts`;
    const roll = random();
    if (roll < 0.7) {
      const line = Math.floor(random() * 2_000);
      const change: ContentChange = { range: { startLine: line, startCharacter: 0, endLine: line, endCharacter: 0 }, rangeLength: 0, text: random() < 0.01 ? 'x\n'.repeat(12) : 'x' };
      edits.onChange(docId, [change], random() < 0.03 ? 'undo' : undefined, now);
      diagnostics.applyChanges(docId, [change]);
    } else {
      const count = Math.floor(random() * 20);
      const set = Array.from({ length: count }, (_, i): DiagnosticInput => {
        const line = Math.floor(random() * 2_000);
        return { code: String(Math.floor(random() * 3_000)), source: 'ts', severity: 'error', message: `problem ${i} ${'detail '.repeat(5)}`, range: { startLine: line, startCharacter: 1, endLine: line, endCharacter: 9 } };
      });
      const { observations } = diagnosticObservations(diagnostics.update(docId, set, now), { mapToConcepts: mapper, file: docId, language: 'typescript' });
      buffer.pushAll(observations);
    }
    if (event === 10_000 || event === 50_000 || event === 100_000) marks.set(event, heapMiB());
  }
  const at = (n: number) => marks.get(n) ?? NaN;
  const growth = at(100_000) - at(10_000);
  const note = `${buffer.stats().accepted} observations pushed (ring ${buffer.stats().capacity}), ${diagnostics.metrics().documents} documents tracked; heap before events ${before.toFixed(1)} MiB`;
  return [
    { group, name: 'heap after 10k events', value: at(10_000), unit: 'MiB', baseline: { name: 'before any event', value: before }, note },
    { group, name: 'heap after 50k events', value: at(50_000), unit: 'MiB', baseline: { name: 'after 10k events', value: at(10_000) } },
    { group, name: 'heap after 100k events', value: at(100_000), unit: 'MiB', baseline: { name: 'after 10k events', value: at(10_000) } },
    { group, name: 'heap growth 10k → 100k events', value: growth, unit: 'MiB', goal: 'flat (< 2 MiB)', met: growth < 2 },
  ];
}

/** Entry point for the bench runner. */
export async function run(): Promise<BenchResult[]> {
  return [...keystrokeBench(), ...memoryBench()];
}
