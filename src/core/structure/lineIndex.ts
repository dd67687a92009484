import type { TextChange, TextPosition } from './structureAnalyzer';

/** Start, old end and new end of one edit, in offsets and positions: what tree-sitter's `tree.edit` needs. */
export interface EditPositions {
  startIndex: number;
  oldEndIndex: number;
  newEndIndex: number;
  startPosition: TextPosition;
  oldEndPosition: TextPosition;
  newEndPosition: TextPosition;
}

/**
 * Line-start offsets of a text, kept up to date edit by edit, so the incremental parser can turn the editor's
 * offset-based changes into positions without rescanning the document on every keystroke.
 * Lines end at `\n` (a `\r\n` pair keeps its `\r` at the end of the line), as tree-sitter counts rows.
 */
export class LineIndex {
  /** Offset where each line starts; `starts[0]` is always 0. */
  private starts: number[];
  private length: number;

  constructor(text: string) {
    this.starts = [0, ...newlineFollowers(text, 0)];
    this.length = text.length;
  }

  /** Text length in UTF-16 code units. */
  get textLength(): number {
    return this.length;
  }

  get lineCount(): number {
    return this.starts.length;
  }

  /** Position of an offset; throws RangeError outside the text. */
  positionAt(offset: number): TextPosition {
    if (!Number.isInteger(offset) || offset < 0 || offset > this.length) {
      throw new RangeError(`offset ${offset} is outside the text (length ${this.length})`);
    }
    const line = this.lineOf(offset);
    return { line, character: offset - this.starts[line] };
  }

  /** Offset of a position, clamped: a column past the end of its line lands before the line break. */
  offsetAt(position: TextPosition): number {
    const line = Math.min(Math.max(position.line, 0), this.starts.length - 1);
    const lineEnd = line + 1 < this.starts.length ? this.starts[line + 1] - 1 : this.length;
    return Math.min(this.starts[line] + Math.max(position.character, 0), lineEnd);
  }

  /**
   * Records one change and returns its positions in the text before and after it.
   * Throws RangeError (leaving the index untouched) when the change does not fit the text.
   */
  applyChange(change: TextChange): EditPositions {
    const { rangeOffset, rangeLength, text } = change;
    if (!Number.isInteger(rangeLength) || rangeLength < 0 || rangeOffset + rangeLength > this.length) {
      throw new RangeError(
        `change at offset ${rangeOffset} replacing ${rangeLength} code units does not fit the text (length ${this.length})`,
      );
    }
    const startPosition = this.positionAt(rangeOffset);
    const oldEndIndex = rangeOffset + rangeLength;
    const oldEndPosition = this.positionAt(oldEndIndex);
    const newEndIndex = rangeOffset + text.length;

    const inserted = newlineFollowers(text, rangeOffset);
    const lastBreak = text.lastIndexOf('\n');
    const newEndPosition: TextPosition =
      lastBreak < 0
        ? { line: startPosition.line, character: startPosition.character + text.length }
        : { line: startPosition.line + inserted.length, character: text.length - lastBreak - 1 };

    // Lines that started inside the replaced text are gone; the inserted text brings its own.
    const firstRemoved = startPosition.line + 1;
    const removedCount = oldEndPosition.line - startPosition.line;
    const delta = text.length - rangeLength;
    for (let i = firstRemoved + removedCount; i < this.starts.length; i++) this.starts[i] += delta;
    if (inserted.length < 10_000) {
      this.starts.splice(firstRemoved, removedCount, ...inserted);
    } else {
      // Spreading a huge paste's line starts into splice would overflow the argument limit.
      this.starts = this.starts.slice(0, firstRemoved).concat(inserted, this.starts.slice(firstRemoved + removedCount));
    }
    this.length += delta;

    return { startIndex: rangeOffset, oldEndIndex, newEndIndex, startPosition, oldEndPosition, newEndPosition };
  }

  private lineOf(offset: number): number {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.starts[mid] <= offset) low = mid;
      else high = mid - 1;
    }
    return low;
  }
}

/** Offsets (shifted by `base`) of the characters that follow each `\n` in `text`. */
function newlineFollowers(text: string, base: number): number[] {
  const result: number[] = [];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) result.push(base + i + 1);
  return result;
}
