import assert from 'node:assert/strict';
import type { ContentChange } from '../../../src/core/signals/contentChange';
import { EditTracker, type EditEvent } from '../../../src/core/signals/editTracker';

const T0 = 1_700_000_000_000;
const at = (line: number, character: number, text: string, endLine = line, endCharacter = character, rangeLength = 0): ContentChange => ({
  range: { startLine: line, startCharacter: character, endLine, endCharacter }, rangeLength, text,
});
const ofType = <T extends EditEvent['type']>(events: readonly EditEvent[], type: T) => events.filter((e): e is Extract<EditEvent, { type: T }> => e.type === type);

describe('edit tracker', () => {
  it('detects a typing burst while keys come fast and lets it end after a pause', () => {
    const tracker = new EditTracker({ typingBurstKeys: 4, typingBurstWindowMs: 3_000, typingIdleMs: 1_500 });
    let t = T0;
    assert.equal(tracker.isTypingBurst(t), false);
    for (let i = 0; i < 3; i++) tracker.onChange('a.ts', [at(4, i, 'a')], undefined, (t += 150));
    assert.equal(tracker.isTypingBurst(t), false, 'three keys are not a burst yet');
    tracker.onChange('a.ts', [at(4, 3, 'b')], undefined, (t += 150));
    assert.equal(tracker.isTypingBurst(t + 100), true);
    assert.equal(tracker.isTypingBurst(t + 1_400), true);
    assert.equal(tracker.isTypingBurst(t + 1_600), false, 'idle for longer than typingIdleMs');
    // Slow keys (one every 2 s) never make a burst.
    const slow = new EditTracker();
    for (let i = 0; i < 10; i++) slow.onChange('a.ts', [at(1, i, 'x')], undefined, T0 + i * 2_000);
    assert.equal(slow.isTypingBurst(T0 + 18_100), false);
  });

  it('counts Enter with auto-indentation and auto-closed pairs as keystrokes, but not a paste or an undo', () => {
    const tracker = new EditTracker({ typingBurstKeys: 3 });
    tracker.onChange('a.ts', [at(1, 0, '\n    ')], undefined, T0);
    tracker.onChange('a.ts', [at(2, 4, '()')], undefined, T0 + 100);
    tracker.onChange('a.ts', [at(2, 5, 'x')], undefined, T0 + 200);
    assert.equal(tracker.isTypingBurst(T0 + 300), true);
    const other = new EditTracker({ typingBurstKeys: 3 });
    other.onChange('a.ts', [at(1, 0, 'const x = 1;\nconst y = 2;\n')], undefined, T0);
    other.onChange('a.ts', [at(1, 0, 'x')], 'undo', T0 + 100);
    other.onChange('a.ts', [at(1, 0, 'y')], undefined, T0 + 200);
    assert.equal(other.isTypingBurst(T0 + 300), false);
  });

  it('reports a large paste with the range it occupies afterwards, and not a same-size reformat or an undo', () => {
    const tracker = new EditTracker({ largeInsertionLines: 8 });
    const block = Array.from({ length: 12 }, (_, i) => `  const v${i} = compute(${i});`).join('\n');
    const [paste] = ofType(tracker.onChange('a.ts', [at(10, 2, block)], undefined, T0), 'large-insertion');
    assert.ok(paste);
    assert.equal(paste.lines, 12);
    assert.equal(paste.chars, block.length);
    assert.deepEqual(paste.range, { startLine: 10, startCharacter: 2, endLine: 21, endCharacter: block.split('\n')[11].length });

    const reformat = at(10, 0, block, 21, 30, block.length - 3);
    assert.deepEqual(ofType(tracker.onChange('a.ts', [reformat], undefined, T0 + 10), 'large-insertion'), []);
    assert.deepEqual(ofType(tracker.onChange('a.ts', [at(10, 2, block)], 'undo', T0 + 20), 'large-insertion'), []);
    const long = 'x'.repeat(500);
    assert.equal(ofType(tracker.onChange('a.ts', [at(1, 0, long)], undefined, T0 + 30), 'large-insertion').length, 1, 'a long single line counts by characters');
  });

  it('reports one undo burst per burst, with the lines it touched, and re-arms after a pause', () => {
    const tracker = new EditTracker({ undoBurstCount: 4, undoBurstWindowMs: 5_000 });
    const bursts: EditEvent[] = [];
    for (let i = 0; i < 8; i++) bursts.push(...tracker.onChange('a.ts', [at(20 + i, 0, '', 20 + i, 5, 5)], 'undo', T0 + i * 300));
    const found = ofType(bursts, 'undo-burst');
    assert.equal(found.length, 1);
    assert.equal(found[0].steps, 4);
    assert.equal(found[0].startLine, 20);
    assert.equal(found[0].endLine, 23);
    // After a pause, a new burst is reported again; three steps are not enough.
    const later: EditEvent[] = [];
    for (let i = 0; i < 3; i++) later.push(...tracker.onChange('a.ts', [at(5, 0, 'x')], 'redo', T0 + 60_000 + i * 100));
    assert.equal(ofType(later, 'undo-burst').length, 0);
    later.push(...tracker.onChange('a.ts', [at(5, 0, 'x')], 'redo', T0 + 60_400));
    assert.equal(ofType(later, 'undo-burst').length, 1);
  });

  it('flags a region rewritten over and over as a hotspot once, and not a region where new code is typed', () => {
    const tracker = new EditTracker({ regionLines: 10, hotspotRework: 12, touchMergeMs: 2_000 });
    let t = T0;
    const events: EditEvent[] = [];
    // Writing 30 new lines, keystroke by keystroke: touches, no rework.
    for (let line = 40; line < 70; line++) for (let c = 0; c < 20; c++) events.push(...tracker.onChange('a.ts', [at(line, c, 'x')], undefined, (t += 100)));
    assert.equal(ofType(events, 'churn-hotspot').length, 0);
    // Selecting lines 3..5 and retyping them, twenty times.
    for (let i = 0; i < 20; i++) events.push(...tracker.onChange('a.ts', [at(3, 0, 'retyped\nagain\nmore', 5, 10, 40)], undefined, (t += 3_000)));
    const hot = ofType(events, 'churn-hotspot');
    assert.equal(hot.length, 1);
    assert.deepEqual([hot[0].startLine, hot[0].endLine], [0, 9]);
    const [top] = tracker.hotRegions('a.ts', t);
    assert.equal(top.startLine, 0);
    assert.ok(top.rework > tracker.churnAt('a.ts', 50, t).rework);
    // One large deletion elsewhere is a single act, not a hotspot.
    const fresh = new EditTracker({ regionLines: 25, hotspotRework: 20 });
    assert.deepEqual(ofType(fresh.onChange('a.ts', [at(100, 0, '', 200, 0, 4_000)], undefined, t), 'churn-hotspot'), []);
    // Churn decays: an hour later, the region has cooled down.
    assert.ok(tracker.churnAt('a.ts', 4, t + 3_600_000).rework < 1);
  });

  it('stays bounded in documents and regions however long the session', () => {
    const tracker = new EditTracker({ maxDocuments: 5, maxRegionsPerDocument: 50, regionLines: 1 });
    for (let i = 0; i < 20_000; i++) tracker.onChange(`doc${i % 9}.ts`, [at(i % 997, 0, 'x')], undefined, T0 + i);
    const size = tracker.size();
    assert.equal(size.documents, 5);
    assert.ok(size.regions <= 5 * 50, `regions: ${size.regions}`);
  });

  it('rejects nonsensical options with a clear error', () => {
    assert.throws(() => new EditTracker({ regionLines: 0 }), /regionLines must be a positive number/);
  });
});
