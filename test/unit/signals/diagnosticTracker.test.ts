import assert from 'node:assert/strict';
import { DiagnosticTracker, diagnosticKey, type DiagnosticEvent, type DiagnosticInput } from '../../../src/core/signals/diagnosticTracker';
import { RealTypeScriptFile } from './realTypeScript';

const T0 = 1_700_000_000_000;
const byType = (events: DiagnosticEvent[], type: DiagnosticEvent['type']) => events.filter((e) => e.type === type);
const diag = (code: string, line: number, message = `problem ${code}`, severity: DiagnosticInput['severity'] = 'error'): DiagnosticInput => ({
  code, source: 'ts', message, severity, range: { startLine: line, startCharacter: 2, endLine: line, endCharacter: 8 },
});
const typing = (line: number) => ({ range: { startLine: line, startCharacter: 0, endLine: line, endCharacter: 0 }, rangeLength: 0, text: 'x' });

const SOURCE = [
  'export function total(prices: number[]): number {',
  '  let sum = 0;',
  '  for (const p of prices) sum += p;',
  '  return sum;',
  '}',
  '',
  'export function label(count: number): string {',
  '  const text: string = `${count} items`;',
  '  return text;',
  '}',
  '',
].join('\n');

describe('diagnostic tracker', () => {
  it('follows a real TypeScript error from introduction through unrelated edits to its fix, with time to fix', () => {
    const file = new RealTypeScriptFile(SOURCE);
    const tracker = new DiagnosticTracker();
    assert.deepEqual(tracker.baseline('main.ts', file.diagnostics(), T0), []);

    tracker.applyChanges('main.ts', [file.replace('let sum = 0;', 'let sum: number = "0";')]);
    const introduced = tracker.update('main.ts', file.diagnostics(), T0 + 1_000);
    assert.equal(introduced.length, 1);
    assert.equal(introduced[0].type, 'introduced');
    assert.equal(introduced[0].diagnostic.code, '2322');
    assert.match(introduced[0].diagnostic.message, /not assignable to type 'number'/);

    // Three lines added above the error: a real tsserver republishes it three lines lower, still the same error.
    tracker.applyChanges('main.ts', [file.replace('export function total', '// totals\n// in cents\n\nexport function total')]);
    const after = tracker.update('main.ts', file.diagnostics(), T0 + 5_000);
    assert.deepEqual(after.map((e) => e.type), ['persisting']);
    assert.equal(after[0].trackId, introduced[0].trackId);
    assert.equal(after[0].diagnostic.range.startLine, introduced[0].diagnostic.range.startLine + 3);

    tracker.applyChanges('main.ts', [file.replace('"0"', '0')]);
    const fixed = tracker.update('main.ts', file.diagnostics(), T0 + 61_000);
    assert.equal(fixed.length, 1);
    const resolved = fixed[0];
    assert.equal(resolved.type, 'resolved');
    assert.equal(resolved.trackId, introduced[0].trackId);
    if (resolved.type === 'resolved') {
      assert.equal(resolved.timeToFixMs, 60_000);
      assert.equal(resolved.swallowed, false);
    }
  });

  it('tells two errors with the same code apart by position when only one is fixed', () => {
    const file = new RealTypeScriptFile(SOURCE);
    const tracker = new DiagnosticTracker();
    tracker.baseline('main.ts', file.diagnostics(), T0);
    tracker.applyChanges('main.ts', [file.replace('let sum = 0;', 'let sum: number = "0";')]);
    tracker.applyChanges('main.ts', [file.replace('const text: string = `${count} items`;', 'const text: string = count;')]);
    const both = tracker.update('main.ts', file.diagnostics(), T0 + 1_000);
    assert.deepEqual(both.map((e) => [e.type, e.diagnostic.code]), [['introduced', '2322'], ['introduced', '2322']]);
    const second = both.find((e) => e.diagnostic.range.startLine === 7);
    assert.ok(second);

    // Fix the second one while shifting the first by an edit on its own line.
    tracker.applyChanges('main.ts', [file.replace('const text: string = count;', 'const text: string = String(count);')]);
    tracker.applyChanges('main.ts', [file.replace('let sum: number', 'let  sum: number')]);
    const events = tracker.update('main.ts', file.diagnostics(), T0 + 2_000);
    const resolved = byType(events, 'resolved');
    assert.equal(resolved.length, 1);
    assert.equal(resolved[0].trackId, second.trackId);
    assert.equal(byType(events, 'persisting').length, 1);
  });

  it('reports a fix by deleting the marked code as swallowed', () => {
    const file = new RealTypeScriptFile(SOURCE);
    const tracker = new DiagnosticTracker();
    tracker.baseline('main.ts', file.diagnostics(), T0);
    tracker.applyChanges('main.ts', [file.replace('  const text: string = `${count} items`;\n  return text;', '  const text: string = count;\n  return text;')]);
    assert.equal(byType(tracker.update('main.ts', file.diagnostics(), T0 + 100), 'introduced').length, 1);
    tracker.applyChanges('main.ts', [file.replace('  const text: string = count;\n  return text;', '  return String(count);')]);
    const [resolved] = tracker.update('main.ts', file.diagnostics(), T0 + 200);
    assert.equal(resolved.type, 'resolved');
    if (resolved.type === 'resolved') assert.equal(resolved.swallowed, true);
  });

  it('counts repeats of the same error per document and across documents within the recent window', () => {
    const tracker = new DiagnosticTracker({ recentWindowMs: 60_000 });
    const cycle = (doc: string, at: number) => {
      tracker.applyChanges(doc, [typing(1)]);
      const [event] = tracker.update(doc, [diag('2532', 3)], at);
      tracker.applyChanges(doc, [typing(1)]);
      tracker.update(doc, [], at + 1);
      return event;
    };
    const first = cycle('a.ts', T0);
    const second = cycle('a.ts', T0 + 10_000);
    const elsewhere = cycle('b.ts', T0 + 20_000);
    const muchLater = cycle('c.ts', T0 + 500_000);
    const counts = [first, second, elsewhere, muchLater].map((e) => (e.type === 'introduced' ? [e.repeatInDocument, e.repeatRecent] : []));
    assert.deepEqual(counts, [[1, 1], [2, 2], [1, 3], [1, 1]]);
  });

  it('marks baseline diagnostics preexisting and does not count them as repeats', () => {
    const tracker = new DiagnosticTracker();
    const base = tracker.baseline('a.ts', [diag('2304', 4)], T0);
    assert.equal(base[0].type === 'introduced' && base[0].preexisting, true);
    tracker.applyChanges('a.ts', [typing(0)]);
    const [event] = tracker.update('a.ts', [diag('2304', 5)], T0 + 1_000);
    assert.equal(event.type, 'persisting');
    assert.equal(event.preexisting, true);
    tracker.applyChanges('a.ts', [typing(0)]);
    const [fresh] = tracker.update('a.ts', [diag('2304', 5), diag('2304', 20)], T0 + 2_000).filter((e) => e.type === 'introduced');
    assert.equal(fresh.type === 'introduced' && fresh.repeatInDocument, 1);
  });

  it('reports a long-persisting diagnostic as stuck exactly once', () => {
    const tracker = new DiagnosticTracker({ stuckAfterMs: 60_000 });
    tracker.update('a.ts', [diag('7006', 2)], T0);
    const stuckFlags = [30_000, 61_000, 90_000, 200_000].map((dt) => {
      const [e] = tracker.update('a.ts', [diag('7006', 2)], T0 + dt);
      return e.type === 'persisting' && e.becameStuck;
    });
    assert.deepEqual(stuckFlags, [false, true, false, false]);
  });

  it("computes Jadud's Error Quotient and Becker's Repeated Error Density over compile events", () => {
    const tracker = new DiagnosticTracker();
    // e1: error 2322 at line 5 after an edit on line 5.
    tracker.update('a.ts', [], T0);
    tracker.applyChanges('a.ts', [typing(5)]);
    tracker.update('a.ts', [diag('2322', 5)], T0 + 1);
    // e2: same error, same line, same edit line → pair score 9/9.
    tracker.applyChanges('a.ts', [typing(5)]);
    tracker.update('a.ts', [diag('2322', 5)], T0 + 2);
    // A republish without edits is not a compile event.
    tracker.update('a.ts', [diag('2322', 5)], T0 + 3);
    // e3: a different error on another line → 2/9.
    tracker.applyChanges('a.ts', [typing(9)]);
    tracker.update('a.ts', [diag('2345', 9)], T0 + 4);
    // e4: clean → 0.
    tracker.applyChanges('a.ts', [typing(9)]);
    tracker.update('a.ts', [], T0 + 5);

    const metrics = tracker.metrics();
    assert.equal(metrics.compileEvents, 5);
    // Pairs: (clean, e1)=0, (e1, e2)=1, (e2, e3)=2/9, (e3, e4)=0.
    assert.ok(metrics.errorQuotient !== undefined);
    assert.equal(metrics.errorQuotientPairs, 4);
    assert.ok(Math.abs(metrics.errorQuotient - (1 + 2 / 9) / 4) < 1e-12);
    // One string of 2322 with one repeat: 1²/2; 2345 has no repeat.
    assert.deepEqual(metrics.repeatedErrorDensity.map((d) => [d.key, d.density, d.occurrences]), [['ts|2322', 0.5, 2], ['ts|2345', 0, 1]]);
    assert.equal(tracker.documentMetrics('a.ts')?.compileEvents, 5);
  });

  it('counts same-line errors as the same location after edits above them moved them', () => {
    const tracker = new DiagnosticTracker();
    tracker.applyChanges('a.ts', []);
    tracker.update('a.ts', [diag('2322', 5)], T0);
    // Two lines inserted above, the same error now on line 7: same location for the Error Quotient.
    tracker.applyChanges('a.ts', [{ range: { startLine: 0, startCharacter: 0, endLine: 0, endCharacter: 0 }, rangeLength: 0, text: '\n\n' }]);
    tracker.update('a.ts', [diag('2322', 7)], T0 + 1);
    // Both in error (2) + same type (3) + same line (3); edit lines differ (first event had none).
    assert.ok(Math.abs((tracker.metrics().errorQuotient ?? -1) - 8 / 9) < 1e-12);
  });

  it('stays bounded: documents beyond the cap are forgotten, diagnostics beyond the cap are counted as dropped', () => {
    const tracker = new DiagnosticTracker({ maxDocuments: 3, maxLivePerDocument: 10 });
    for (let i = 0; i < 8; i++) tracker.update(`doc${i}.ts`, [diag('1005', i)], T0 + i);
    const many = Array.from({ length: 25 }, (_, i) => diag('2304', i));
    tracker.update('big.ts', many, T0 + 100);
    const metrics = tracker.metrics();
    assert.equal(metrics.documents, 3);
    assert.equal(metrics.evictedDocuments, 6);
    assert.equal(metrics.droppedDiagnostics, 15);
    assert.equal(tracker.liveRanges('big.ts').length, 10);
    assert.equal(tracker.documentMetrics('doc0.ts'), undefined);
    assert.equal(tracker.has('doc0.ts'), false);
    assert.equal(tracker.has('big.ts'), true);
    // A forgotten document's cleared diagnostics are not fixes: the next snapshot starts it afresh.
    tracker.forget('big.ts');
    assert.equal(tracker.update('big.ts', [], T0 + 200).length, 0);
  });

  it('keys diagnostics without a code by their message with names blanked', () => {
    const a = diagnosticKey({ source: 'go', message: "undefined: fooBar" });
    assert.equal(diagnosticKey({ source: 'pyright', message: '"x" is not defined' }), diagnosticKey({ source: 'pyright', message: '"yy" is not defined' }));
    assert.notEqual(a, diagnosticKey({ source: 'go', message: 'declared and not used: x' }));
    assert.equal(diagnosticKey({ source: 'ts', code: '2322', message: 'anything' }), 'ts|2322');
  });
});
