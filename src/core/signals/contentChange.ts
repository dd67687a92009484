import type { Range } from '../../shared/observation';

/**
 * One content change as the editor reports it (VS Code's `TextDocumentContentChangeEvent` shape): `range` is in
 * the coordinates of the text before the change. An event with several changes (multi-cursor) is applied in the
 * order given, as the LSP specifies and VS Code guarantees by sorting them bottom-up. The diagnostic and edit trackers
 * consume these on every keystroke.
 */
export interface ContentChange {
  range: Range;
  /** UTF-16 code units replaced; kept because VS Code reports it, the trackers work from `range`. */
  rangeLength: number;
  text: string;
}

/** Zero-based line and UTF-16 column: the trackers' unit of position. */
export interface Position {
  line: number;
  character: number;
}

/** Where the inserted text of a change ends, in the coordinates of the text after the change. */
export function insertedEnd(change: ContentChange): Position {
  const { text } = change;
  const lastBreak = text.lastIndexOf('\n');
  if (lastBreak < 0) return { line: change.range.startLine, character: change.range.startCharacter + text.length };
  return { line: change.range.startLine + countLineBreaks(text), character: text.length - lastBreak - 1 };
}

/** Number of `\n` in a text; a `\r\n` pair counts once, as the editor counts lines. */
export function countLineBreaks(text: string): number {
  let count = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) count++;
  return count;
}

function before(aLine: number, aChar: number, bLine: number, bChar: number): boolean {
  return aLine < bLine || (aLine === bLine && aChar < bChar);
}

/** The result of moving a range through one change. */
export interface ShiftedRange {
  range: Range;
  /** True when the change replaced the whole range: whatever it marked was deleted or retyped. */
  swallowed: boolean;
}

/**
 * Moves a range through one change so a diagnostic keeps pointing at the same code while the engineer types.
 * Text inserted exactly at the range's start pushes the range right; text inserted at its end does not widen it.
 * Returns the input object itself when the change lies wholly after the range, so the keystroke path allocates little.
 */
export function shiftRange(range: Range, change: ContentChange, end: Position = insertedEnd(change)): ShiftedRange {
  const c = change.range;
  const emptyRange = range.startLine === range.endLine && range.startCharacter === range.endCharacter;
  if (before(range.endLine, range.endCharacter, c.startLine, c.startCharacter) ||
      (!emptyRange && range.endLine === c.startLine && range.endCharacter === c.startCharacter)) {
    return { range, swallowed: false };
  }
  const [startLine, startCharacter] = movePosition(range.startLine, range.startCharacter, c, end, true);
  const [endLine, endCharacter] = movePosition(range.endLine, range.endCharacter, c, end, false);
  const replacedSomething = c.startLine !== c.endLine || c.startCharacter !== c.endCharacter;
  const covered = !before(range.startLine, range.startCharacter, c.startLine, c.startCharacter) &&
    !before(c.endLine, c.endCharacter, range.endLine, range.endCharacter);
  return { range: { startLine, startCharacter, endLine, endCharacter }, swallowed: replacedSomething && covered };
}

/** Moves one position through a change; the mapping is monotonic, so a moved range never turns inside out. */
function movePosition(line: number, character: number, c: Range, end: Position, isStart: boolean): [number, number] {
  if (before(line, character, c.startLine, c.startCharacter)) return [line, character];
  if (!before(line, character, c.endLine, c.endCharacter)) {
    if (line === c.endLine) return [end.line, end.character + (character - c.endCharacter)];
    return [line + end.line - c.endLine, character];
  }
  // Inside the replaced text: the start clings to the change's start, the end to the inserted text's end.
  return isStart ? [c.startLine, c.startCharacter] : [end.line, end.character];
}

/** Moves a single line number through a change (a line inside replaced text lands on the change's start line). */
export function shiftLine(line: number, change: ContentChange, end: Position = insertedEnd(change)): number {
  const c = change.range;
  if (line < c.startLine) return line;
  if (line > c.endLine) return line + end.line - c.endLine;
  return line === c.endLine ? end.line : c.startLine;
}
