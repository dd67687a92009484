import assert from 'node:assert/strict';
import { insertedEnd, shiftLine, shiftRange, type ContentChange } from '../../../src/core/signals/contentChange';
import type { Range } from '../../../src/shared/observation';

const r = (startLine: number, startCharacter: number, endLine: number, endCharacter: number): Range => ({ startLine, startCharacter, endLine, endCharacter });
const change = (range: Range, text: string): ContentChange => ({ range, rangeLength: 0, text });

/** Applies a change to a text the slow, obvious way, to check shifted ranges against real text. */
function applyText(lines: string[], c: ContentChange): string[] {
  const text = lines.join('\n');
  const offset = (line: number, ch: number) => lines.slice(0, line).reduce((n, l) => n + l.length + 1, 0) + ch;
  const start = offset(c.range.startLine, c.range.startCharacter);
  const end = offset(c.range.endLine, c.range.endCharacter);
  return (text.slice(0, start) + c.text + text.slice(end)).split('\n');
}
const textAt = (lines: string[], range: Range) => {
  const text = lines.join('\n');
  const offset = (line: number, ch: number) => lines.slice(0, line).reduce((n, l) => n + l.length + 1, 0) + ch;
  return text.slice(offset(range.startLine, range.startCharacter), offset(range.endLine, range.endCharacter));
};

describe('content change range shifting', () => {
  it('computes where inserted text ends', () => {
    assert.deepEqual(insertedEnd(change(r(2, 4, 2, 4), 'abc')), { line: 2, character: 7 });
    assert.deepEqual(insertedEnd(change(r(2, 4, 3, 1), 'a\nbc\n')), { line: 4, character: 0 });
  });

  it('keeps a range pointing at the same text through edits before, after and inside it', () => {
    let lines = ['const a = 1;', 'let value: number = "oops";', 'console.log(value);'];
    let range = r(1, 20, 1, 26); // "oops"
    assert.equal(textAt(lines, range), '"oops"');
    const edits = [
      change(r(0, 0, 0, 0), '// header\n\n'), // two lines above
      change(r(3, 0, 3, 3), 'var'), // rename let → var on the diagnostic's line, before it
      change(r(3, 4, 3, 9), 'v'), // shorten the name before the range
    ];
    for (const c of edits) {
      range = shiftRange(range, c).range;
      lines = applyText(lines, c);
    }
    assert.equal(textAt(lines, range), '"oops"');
    // An insertion exactly at the range's end must not widen it.
    const atEnd = change(r(range.endLine, range.endCharacter, range.endLine, range.endCharacter), ' /* end */');
    range = shiftRange(range, atEnd).range;
    lines = applyText(lines, atEnd);
    assert.equal(textAt(lines, range), '"oops"');
    assert.equal(lines[3], 'var v: number = "oops" /* end */;');
  });

  it('pushes a range right when text is inserted at its start, and grows it when typing inside', () => {
    assert.deepEqual(shiftRange(r(0, 5, 0, 9), change(r(0, 5, 0, 5), 'xx')).range, r(0, 7, 0, 11));
    assert.deepEqual(shiftRange(r(0, 5, 0, 9), change(r(0, 7, 0, 7), 'xx')).range, r(0, 5, 0, 11));
    assert.deepEqual(shiftRange(r(0, 5, 0, 9), change(r(0, 9, 0, 9), 'xx')).range, r(0, 5, 0, 9));
  });

  it('reports a range swallowed when its whole text is replaced, and only then', () => {
    const swallowed = shiftRange(r(3, 2, 3, 8), change(r(3, 0, 4, 0), ''));
    assert.equal(swallowed.swallowed, true);
    assert.deepEqual(swallowed.range, r(3, 0, 3, 0));
    assert.equal(shiftRange(r(3, 2, 3, 8), change(r(3, 4, 3, 6), '')).swallowed, false);
    assert.equal(shiftRange(r(3, 2, 3, 8), change(r(3, 2, 3, 2), 'x')).swallowed, false);
  });

  it('moves lines after a multi-line replacement by the line delta and leaves earlier lines alone', () => {
    const c = change(r(5, 0, 7, 0), 'a\nb\nc\nd\n'); // 2 lines replaced by 4
    assert.equal(shiftLine(4, c), 4);
    assert.equal(shiftLine(10, c), 12);
    assert.deepEqual(shiftRange(r(10, 3, 10, 6), c).range, r(12, 3, 12, 6));
  });

  it('never turns a range inside out, whatever the change (randomized)', () => {
    let seed = 42;
    const rand = (n: number) => { seed = (seed * 1103515245 + 12345) % 2 ** 31; return seed % n; };
    for (let i = 0; i < 2000; i++) {
      const sl = rand(5), sc = rand(10), el = sl + rand(3), ec = el === sl ? sc + rand(10) : rand(10);
      const cl = rand(6), cc = rand(10), cel = cl + rand(2), cec = cel === cl ? cc + rand(5) : rand(10);
      const text = ['', 'x', 'ab\n', '\n\nq', 'hello'][rand(5)];
      const out = shiftRange(r(sl, sc, el, ec), change(r(cl, cc, cel, cec), text)).range;
      const ordered = out.startLine < out.endLine || (out.startLine === out.endLine && out.startCharacter <= out.endCharacter);
      assert.ok(ordered, `inside-out: ${JSON.stringify(out)}`);
    }
  });
});
