import type { Parser, Tree } from 'web-tree-sitter';
import { LineIndex } from '../../core/structure/lineIndex';
import type { TextChange, TextPosition } from '../../core/structure/structureAnalyzer';
import { webTreeSitter } from './webTreeSitterModule';

/**
 * One open document's text and syntax tree, used by the structure analyzer. Changes edit the tree at once
 * (`tree.edit`, cheap) and the reparse waits for the next query, so a burst of keystrokes costs one reparse.
 * The text is kept as an array of lines, so a keystroke rewrites one short line instead of copying the whole
 * document (the copy happens once, at the reparse). The tree lives in WASM memory the garbage collector cannot
 * free: `close()` must be called.
 */
export class IncrementalDocument {
  /** The document's lines without their `\n` (a CRLF line keeps its `\r`). */
  private textLines: string[];
  /** The joined text, until the next change. */
  private joined: string | undefined;
  private lines: LineIndex;
  private tree: Tree | undefined;
  private stale = true;
  private inSync = true;
  private closed = false;

  constructor(
    text: string,
    private parser: Parser | undefined,
    private readonly onReparse: () => void,
  ) {
    this.textLines = text.split('\n');
    this.joined = text;
    this.lines = new LineIndex(text);
  }

  get hasTree(): boolean {
    return this.tree !== undefined;
  }

  get currentText(): string {
    this.joined ??= this.textLines.join('\n');
    return this.joined;
  }

  /** Attaches the parser once the grammar has loaded (documents can be edited while it loads). */
  attachParser(parser: Parser): void {
    this.parser = parser;
  }

  /** Replaces the whole text (a re-sync); the next query parses from scratch. */
  reset(text: string): void {
    this.textLines = text.split('\n');
    this.joined = text;
    this.lines = new LineIndex(text);
    this.dropTree();
    this.stale = true;
    this.inSync = true;
  }

  /**
   * Applies changes in order. On a change that does not fit the text nothing more is applied and false is
   * returned; the text is then unreliable, so the tree is dropped and queries find nothing until `reset`.
   */
  applyChanges(changes: readonly TextChange[]): boolean {
    if (this.closed || !this.inSync) return false;
    for (const change of changes) {
      let edit;
      try {
        edit = this.lines.applyChange(change);
      } catch {
        this.dropTree();
        this.inSync = false;
        return false;
      }
      this.replaceLines(edit.startPosition, edit.oldEndPosition, change.text);
      this.tree?.edit(
        new webTreeSitter.Edit({
          startIndex: edit.startIndex,
          oldEndIndex: edit.oldEndIndex,
          newEndIndex: edit.newEndIndex,
          startPosition: toPoint(edit.startPosition),
          oldEndPosition: toPoint(edit.oldEndPosition),
          newEndPosition: toPoint(edit.newEndPosition),
        }),
      );
      this.stale = true;
    }
    return true;
  }

  /** The up-to-date tree, reparsing incrementally if edits are pending; undefined until a parser is attached. */
  currentTree(): Tree | undefined {
    if (this.closed || !this.inSync || !this.parser) return undefined;
    if (!this.stale && this.tree) return this.tree;
    const next = this.parser.parse(this.currentText, this.tree ?? null);
    if (!next) throw new Error('tree-sitter returned no tree (parse cancelled)');
    this.tree?.delete();
    this.tree = next;
    this.stale = false;
    this.onReparse();
    return next;
  }

  /** Offset of an editor position in the current text. */
  offsetAt(position: TextPosition): number {
    return this.lines.offsetAt(position);
  }

  close(): void {
    this.closed = true;
    this.dropTree();
  }

  private replaceLines(start: TextPosition, oldEnd: TextPosition, text: string): void {
    const head = this.textLines[start.line].slice(0, start.character);
    const tail = this.textLines[oldEnd.line].slice(oldEnd.character);
    const replacement = text.includes('\n') ? (head + text + tail).split('\n') : [head + text + tail];
    const removed = oldEnd.line - start.line + 1;
    if (replacement.length < 10_000) {
      this.textLines.splice(start.line, removed, ...replacement);
    } else {
      // Spreading a huge paste's lines into splice would overflow the argument limit.
      this.textLines = this.textLines.slice(0, start.line).concat(replacement, this.textLines.slice(start.line + removed));
    }
    this.joined = undefined;
  }

  private dropTree(): void {
    this.tree?.delete();
    this.tree = undefined;
  }
}

function toPoint(position: TextPosition): { row: number; column: number } {
  return { row: position.line, column: position.character };
}
