import assert from 'node:assert/strict';
import { EditedSpan, isBaselineAnswer, splitLateFirstAnswer } from '../../../src/core/signals/baselinePolicy';

describe('baseline policy for a freshly opened document', () => {
  const windowMs = 20_000;

  it('takes a late first answer as the baseline while the engineer has edited nothing since opening', () => {
    // tsserver on a cold, busy machine: the first answer a minute after the file was opened.
    assert.equal(isBaselineAnswer({ openedAt: 1_000, now: 61_000, lastEditAt: undefined, editedSinceOpen: false, windowMs }), true);
    // An edit long before the file was opened says nothing about it.
    assert.equal(isBaselineAnswer({ openedAt: 1_000, now: 61_000, lastEditAt: 500, editedSinceOpen: false, windowMs }), true);
  });

  it('never takes an answer after an edit of the document itself as the baseline', () => {
    assert.equal(isBaselineAnswer({ openedAt: 1_000, now: 2_000, lastEditAt: 1_500, editedSinceOpen: true, windowMs }), false);
  });

  it('after an edit elsewhere, only a prompt answer inside the window is still the baseline', () => {
    assert.equal(isBaselineAnswer({ openedAt: 1_000, now: 15_000, lastEditAt: 5_000, editedSinceOpen: false, windowMs }), true);
    assert.equal(isBaselineAnswer({ openedAt: 1_000, now: 30_000, lastEditAt: 5_000, editedSinceOpen: false, windowMs }), false);
  });
});

describe('late first answer: split by the lines the engineer edited', () => {
  const at = (line: number) => ({ range: { startLine: line, startCharacter: 0, endLine: line, endCharacter: 5 } });

  it('keeps the edited lines in current coordinates as edits above move them', () => {
    const span = new EditedSpan();
    span.apply({ range: { startLine: 20, startCharacter: 0, endLine: 20, endCharacter: 0 }, rangeLength: 0, text: 'const x = 1;\nconst y = 2;' });
    assert.equal(span.touches(at(20).range), true);
    assert.equal(span.touches(at(21).range), true);
    assert.equal(span.touches(at(22).range), false);
    // Three lines inserted at the top push the edited lines down.
    span.apply({ range: { startLine: 0, startCharacter: 0, endLine: 0, endCharacter: 0 }, rangeLength: 0, text: 'a\nb\nc\n' });
    assert.equal(span.touches(at(20).range), false, 'the old coordinates no longer match');
    assert.equal(span.touches(at(23).range), true);
    assert.equal(span.touches(at(0).range), true, 'the new edit is part of the span');
    assert.equal(new EditedSpan().touches(at(0).range), false);
  });

  it('takes problems away from the edit as what the file had, and those on edited lines as the engineer\'s', () => {
    const span = new EditedSpan();
    span.apply({ range: { startLine: 14, startCharacter: 0, endLine: 14, endCharacter: 0 }, rangeLength: 0, text: '\nexport const f = () => g().x;' });
    const { preexisting, engineers } = splitLateFirstAnswer([at(7), at(7), at(15)], span);
    assert.deepEqual(preexisting.map((d) => d.range.startLine), [7, 7]);
    assert.deepEqual(engineers.map((d) => d.range.startLine), [15]);
  });

  it('stays bounded over many scattered edits without losing an edited line', () => {
    const span = new EditedSpan();
    for (let line = 0; line < 400; line += 10) span.apply({ range: { startLine: line, startCharacter: 0, endLine: line, endCharacter: 1 }, rangeLength: 1, text: 'x' });
    for (let line = 0; line < 400; line += 10) assert.equal(span.touches(at(line).range), true, `line ${line}`);
  });
});
