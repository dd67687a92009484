import assert from 'node:assert/strict';
import { LineIndex } from '../../../src/core/structure/lineIndex';
import type { TextChange, TextPosition } from '../../../src/core/structure/structureAnalyzer';

/** Position of an offset computed the slow, obviously right way. */
function naivePosition(text: string, offset: number): TextPosition {
  const before = text.slice(0, offset);
  const line = before.split('\n').length - 1;
  return { line, character: offset - (before.lastIndexOf('\n') + 1) };
}

/** Deterministic pseudo-random numbers, so a failing sequence can be replayed. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

describe('LineIndex', () => {
  it('maps offsets to positions across LF and CRLF line ends and surrogate pairs', () => {
    const text = 'ab\r\ncd😀e\n\nf';
    const index = new LineIndex(text);
    assert.equal(index.lineCount, 4);
    for (let offset = 0; offset <= text.length; offset++) {
      assert.deepEqual(index.positionAt(offset), naivePosition(text, offset), `offset ${offset}`);
    }
    assert.deepEqual(index.positionAt(text.indexOf('e')), { line: 1, character: 4 });
  });

  it('converts positions back to offsets, clamping past line ends', () => {
    const index = new LineIndex('abc\nde\n');
    assert.equal(index.offsetAt({ line: 1, character: 1 }), 5);
    assert.equal(index.offsetAt({ line: 0, character: 99 }), 3);
    assert.equal(index.offsetAt({ line: 9, character: 0 }), 7);
  });

  it('reports the start, old end and new end of an edit that spans lines', () => {
    const index = new LineIndex('one\ntwo\nthree\nfour');
    const edit = index.applyChange({ rangeOffset: 6, rangeLength: 7, text: 'X\nY\nZZ' });
    assert.deepEqual(edit.startPosition, { line: 1, character: 2 });
    assert.deepEqual(edit.oldEndPosition, { line: 2, character: 5 });
    assert.deepEqual(edit.newEndPosition, { line: 3, character: 2 });
    assert.equal(edit.startIndex, 6);
    assert.equal(edit.oldEndIndex, 13);
    assert.equal(edit.newEndIndex, 12);
  });

  it('stays equal to a fresh index over a long random edit sequence', () => {
    const random = seededRandom(7);
    let text = 'function f() {\n  return 1;\n}\n';
    const index = new LineIndex(text);
    const pieces = ['', 'x', '\n', 'ab\ncd', '\r\n', '  if (a) {\n    b();\n  }\n', '😀'];
    for (let step = 0; step < 2000; step++) {
      const offset = Math.floor(random() * (text.length + 1));
      const length = Math.floor(random() * Math.min(12, text.length - offset + 1));
      const change: TextChange = { rangeOffset: offset, rangeLength: length, text: pieces[Math.floor(random() * pieces.length)] };
      const edit = index.applyChange(change);
      const next = text.slice(0, offset) + change.text + text.slice(offset + length);
      assert.deepEqual(edit.startPosition, naivePosition(text, offset));
      assert.deepEqual(edit.oldEndPosition, naivePosition(text, offset + length));
      assert.deepEqual(edit.newEndPosition, naivePosition(next, offset + change.text.length));
      text = next;
      assert.equal(index.textLength, text.length);
    }
    const fresh = new LineIndex(text);
    assert.equal(index.lineCount, fresh.lineCount);
    for (let offset = 0; offset <= text.length; offset += 17) assert.deepEqual(index.positionAt(offset), fresh.positionAt(offset));
  });

  it('handles a paste of more lines than the argument limit allows', () => {
    const index = new LineIndex('a\nb');
    const paste = 'x\n'.repeat(200_000);
    index.applyChange({ rangeOffset: 1, rangeLength: 0, text: paste });
    assert.equal(index.lineCount, 200_002);
    assert.deepEqual(index.positionAt(1 + paste.length + 1), { line: 200_001, character: 0 });
  });

  it('rejects a change that does not fit the text and leaves the index as it was', () => {
    const index = new LineIndex('abc\ndef');
    assert.throws(() => index.applyChange({ rangeOffset: 5, rangeLength: 10, text: '' }), /does not fit the text \(length 7\)/);
    assert.throws(() => index.applyChange({ rangeOffset: -1, rangeLength: 0, text: 'x' }), RangeError);
    assert.equal(index.textLength, 7);
    assert.deepEqual(index.positionAt(7), { line: 1, character: 3 });
  });
});
