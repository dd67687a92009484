// Structure benchmark: incremental reparse of a 5,000-line TypeScript file by web-tree-sitter (WASM, what the
// extension ships) against native node tree-sitter (the baseline, dev only) on the same edits; the synchronous
// cost per keystroke in the analyzer; one opportunitiesAt query at the edit site; WASM memory over 50 documents.
import path from 'node:path';
import NativeParser from 'tree-sitter';
import nativeTypeScript from 'tree-sitter-typescript';
import type { Tree } from 'web-tree-sitter';
import { TreeSitterRuntime } from '../../src/adapters/treeSitter/treeSitterRuntime';
import { createStructureAnalyzer } from '../../src/adapters/treeSitter/treeSitterStructureAnalyzer';
import { webTreeSitter } from '../../src/adapters/treeSitter/webTreeSitterModule';
import { LineIndex, type EditPositions } from '../../src/core/structure/lineIndex';
import type { TextChange } from '../../src/core/structure/structureAnalyzer';
import type { BenchResult } from './benchResult';
import { largeTypeScriptSource } from './fixtures/largeTypeScriptSource';

const repoRoot = path.resolve(__dirname, '../..');
const paths = {
  wasmDir: path.join(repoRoot, 'node_modules/@vscode/tree-sitter-wasm/wasm'),
  queryDir: path.join(repoRoot, 'src/adapters/treeSitter/queries'),
  runtimeWasmPath: path.join(repoRoot, 'node_modules/web-tree-sitter/web-tree-sitter.wasm'),
};
const group = 'Structure (tree-sitter)';
const fileLines = 5000;

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

function summary(samples: number[]): { p50: number; p99: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p99: percentile(sorted, 99) };
}

/** Deterministic pseudo-random numbers, so both engines see the same edits run after run. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/**
 * Keystroke-like edits: at 40 places in the file, type a statement character by character, then delete it with
 * backspace, as an engineer would. Each change applies to the text left by the previous one.
 */
function typingSession(source: string): TextChange[] {
  const random = seededRandom(42);
  const changes: TextChange[] = [];
  const lines = source.split('\n');
  const statement = '\n        const extra = await this.load(`${id}-x`, retries - 1);';
  for (let site = 0; site < 40; site++) {
    // Insert after a line inside a method body (the `const parsed` line of a random block).
    const block = Math.floor(random() * Math.floor((fileLines - 2) / 29));
    const lineNumber = 2 + block * 29 + 13;
    const offset = lines.slice(0, lineNumber + 1).reduce((sum, line) => sum + line.length + 1, 0) - 1;
    for (let i = 0; i < statement.length; i++) changes.push({ rangeOffset: offset + i, rangeLength: 0, text: statement[i] });
    for (let i = statement.length; i > 0; i -= 3) {
      const length = Math.min(3, i);
      changes.push({ rangeOffset: offset + i - length, rangeLength: length, text: '' });
    }
  }
  return changes;
}

function toNativeEdit(edit: EditPositions): NativeParser.Edit {
  return {
    startIndex: edit.startIndex,
    oldEndIndex: edit.oldEndIndex,
    newEndIndex: edit.newEndIndex,
    startPosition: { row: edit.startPosition.line, column: edit.startPosition.character },
    oldEndPosition: { row: edit.oldEndPosition.line, column: edit.oldEndPosition.character },
    newEndPosition: { row: edit.newEndPosition.line, column: edit.newEndPosition.character },
  };
}

async function reparseComparison(source: string, changes: readonly TextChange[]): Promise<BenchResult[]> {
  const runtime = new TreeSitterRuntime(paths);
  const { parser: wasmParser } = await runtime.load('typescript');
  const nativeParser = new NativeParser();
  nativeParser.setLanguage(nativeTypeScript.typescript);
  const bufferSize = source.length * 2; // one read of the whole string by the native binding

  const fullWasm: number[] = [];
  const fullNative: number[] = [];
  for (let i = 0; i < 5; i++) {
    let start = performance.now();
    wasmParser.parse(source)?.delete();
    fullWasm.push(performance.now() - start);
    start = performance.now();
    nativeParser.parse(source, undefined, { bufferSize });
    fullNative.push(performance.now() - start);
  }

  let wasmTree: Tree | null = wasmParser.parse(source);
  let nativeTree = nativeParser.parse(source, undefined, { bufferSize });
  const lines = new LineIndex(source);
  let text = source;
  const wasmTimes: number[] = [];
  const nativeTimes: number[] = [];
  const warmup = 30;
  for (const [index, change] of changes.entries()) {
    const positions = lines.applyChange(change);
    text = text.slice(0, change.rangeOffset) + change.text + text.slice(change.rangeOffset + change.rangeLength);
    // Alternate which engine goes first so neither always runs on a warmer cache.
    const runWasm = () => {
      const start = performance.now();
      wasmTree?.edit(
        new webTreeSitter.Edit({
          ...positions,
          startPosition: { row: positions.startPosition.line, column: positions.startPosition.character },
          oldEndPosition: { row: positions.oldEndPosition.line, column: positions.oldEndPosition.character },
          newEndPosition: { row: positions.newEndPosition.line, column: positions.newEndPosition.character },
        }),
      );
      const next = wasmParser.parse(text, wasmTree);
      const elapsed = performance.now() - start;
      wasmTree?.delete();
      wasmTree = next;
      if (index >= warmup) wasmTimes.push(elapsed);
    };
    const runNative = () => {
      const start = performance.now();
      nativeTree.edit(toNativeEdit(positions));
      nativeTree = nativeParser.parse(text, nativeTree, { bufferSize: text.length * 2 });
      const elapsed = performance.now() - start;
      if (index >= warmup) nativeTimes.push(elapsed);
    };
    if (index % 2 === 0) {
      runWasm();
      runNative();
    } else {
      runNative();
      runWasm();
    }
  }
  if (wasmTree?.rootNode.toString() !== nativeTree.rootNode.toString()) throw new Error('WASM and native trees differ after the edits');
  wasmTree?.delete();
  runtime.dispose();

  const wasm = summary(wasmTimes);
  const native = summary(nativeTimes);
  const ratio = wasm.p50 / native.p50;
  const note = `${wasmTimes.length} keystroke edits (typing and deleting a statement at 40 sites), ${fileLines}-line file; edit + reparse`;
  return [
    { group, name: 'incremental reparse, web-tree-sitter (p50)', value: wasm.p50, unit: 'ms', baseline: { name: 'native tree-sitter p50', value: native.p50 }, note },
    { group, name: 'incremental reparse, web-tree-sitter (p99)', value: wasm.p99, unit: 'ms', baseline: { name: 'native tree-sitter p99', value: native.p99 } },
    { group, name: 'incremental reparse, native tree-sitter (p50)', value: native.p50, unit: 'ms', note: 'baseline, dev-only native binding' },
    { group, name: 'incremental reparse, native tree-sitter (p99)', value: native.p99, unit: 'ms' },
    { group, name: 'incremental reparse ratio WASM / native (p50)', value: ratio, unit: '×', goal: '≤ 3×', met: ratio <= 3 },
    {
      group,
      name: 'full parse of the file, web-tree-sitter (median of 5)',
      value: summary(fullWasm).p50,
      unit: 'ms',
      baseline: { name: 'native tree-sitter', value: summary(fullNative).p50 },
      note: 'what a reparse would cost without tree.edit',
    },
  ];
}

async function analyzerCosts(source: string, changes: readonly TextChange[]): Promise<BenchResult[]> {
  const analyzer = createStructureAnalyzer(paths);
  const uri = 'file:///bench/large.ts';
  await analyzer.openDocument(uri, 'typescript', source);
  analyzer.opportunitiesAt(uri, { startLine: 0, startCharacter: 0, endLine: 0, endCharacter: 1 });
  const keystroke: number[] = [];
  const reparseAndQuery: number[] = [];
  const queryOnly: number[] = [];
  const lines = new LineIndex(source);
  for (const [index, change] of changes.entries()) {
    const positions = lines.applyChange(change);
    let start = performance.now();
    analyzer.applyChanges(uri, [change]);
    keystroke.push(performance.now() - start);
    // Query the edit site every 10th keystroke, as a debounced watcher would.
    if (index % 10 === 9) {
      const line = positions.newEndPosition.line;
      const site = { startLine: line, startCharacter: 0, endLine: line, endCharacter: positions.newEndPosition.character };
      start = performance.now();
      analyzer.opportunitiesAt(uri, site);
      reparseAndQuery.push(performance.now() - start);
      start = performance.now();
      analyzer.opportunitiesAt(uri, site);
      queryOnly.push(performance.now() - start);
    }
  }
  analyzer.dispose();
  const k = summary(keystroke);
  const r = summary(reparseAndQuery);
  const q = summary(queryOnly);
  return [
    { group, name: 'synchronous work per keystroke in the analyzer (p50)', value: k.p50, unit: 'ms', note: 'line index + one-line text update + tree.edit; the reparse waits for the next query' },
    { group, name: 'synchronous work per keystroke in the analyzer (p99)', value: k.p99, unit: 'ms', goal: '≤ 0.3 ms', met: k.p99 <= 0.3 },
    { group, name: 'opportunitiesAt at the edit site, tree current (p50)', value: q.p50, unit: 'ms' },
    { group, name: 'opportunitiesAt at the edit site, tree current (p99)', value: q.p99, unit: 'ms' },
    { group, name: 'opportunitiesAt after 10 keystrokes, incl. reparse (p50)', value: r.p50, unit: 'ms' },
    { group, name: 'opportunitiesAt after 10 keystrokes, incl. reparse (p99)', value: r.p99, unit: 'ms' },
  ];
}

async function memoryOverDocuments(): Promise<BenchResult[]> {
  const analyzer = createStructureAnalyzer(paths);
  const source = largeTypeScriptSource(1000);
  await analyzer.openDocument('file:///bench/warm.ts', 'typescript', 'let warm = 1;');
  analyzer.opportunitiesAt('file:///bench/warm.ts', { startLine: 0, startCharacter: 0, endLine: 0, endCharacter: 3 });
  analyzer.closeDocument('file:///bench/warm.ts');
  const mib = (bytes: number) => bytes / 2 ** 20;
  const before = analyzer.stats().wasmHeapBytes;
  const openAll = async (round: number) => {
    for (let i = 0; i < 50; i++) {
      const uri = `file:///bench/doc-${round}-${i}.ts`;
      await analyzer.openDocument(uri, 'typescript', source);
      analyzer.opportunitiesAt(uri, { startLine: 10, startCharacter: 0, endLine: 11, endCharacter: 0 });
    }
  };
  const closeAll = (round: number) => {
    for (let i = 0; i < 50; i++) analyzer.closeDocument(`file:///bench/doc-${round}-${i}.ts`);
  };
  await openAll(0);
  const open = analyzer.stats().wasmHeapBytes;
  closeAll(0);
  const liveAfterClose = analyzer.stats().liveTrees;
  for (let round = 1; round <= 3; round++) {
    await openAll(round);
    closeAll(round);
  }
  const afterCycles = analyzer.stats().wasmHeapBytes;
  analyzer.dispose();
  const note = '50 documents of 1,000 lines; the WASM heap never shrinks, so "freed" shows as no growth on reopening';
  return [
    { group, name: 'WASM heap before opening documents', value: mib(before), unit: 'MiB', note },
    { group, name: 'WASM heap with 50 documents open', value: mib(open), unit: 'MiB' },
    { group, name: 'live trees after closing the 50 documents', value: liveAfterClose, unit: 'trees', goal: '0', met: liveAfterClose === 0 },
    {
      group,
      name: 'WASM heap after 3 more open/close cycles of 50 documents',
      value: mib(afterCycles),
      unit: 'MiB',
      goal: 'no growth over the first cycle',
      met: afterCycles <= open,
      baseline: { name: 'after the first cycle', value: mib(open) },
    },
  ];
}

/** Entry point for the bench runner. */
export async function run(): Promise<BenchResult[]> {
  const source = largeTypeScriptSource(fileLines);
  const changes = typingSession(source);
  return [...(await reparseComparison(source, changes)), ...(await analyzerCosts(source, changes)), ...(await memoryOverDocuments())];
}
