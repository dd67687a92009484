import { Edit, type Parser, type Tree } from 'web-tree-sitter';
import { LineIndex } from '../../core/structure/lineIndex';
import type { TextChange, TextPosition } from '../../core/structure/structureAnalyzer';

/**
 * One open document's text and syntax tree, used by the structure analyzer. Changes edit the tree at once
 * (`tree.edit`, cheap) and the reparse waits for the next query, so a burst of keystrokes costs one reparse.
 * The tree lives in WASM memory the garbage collector cannot free: `close()` must be called.
 */
export class IncrementalDocument {
  private text: string;
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
    this.text = text;
    this.lines = new LineIndex(text);
  }

  get hasTree(): boolean {
    return this.tree !== undefined;
  }

  get currentText(): string {
    return this.text;
  }

  /** Attaches the parser once the grammar has loaded (documents can be edited while it loads). */
  attachParser(parser: Parser): void {
    this.parser = parser;
  }

  /** Replaces the whole text (a re-sync); the next query parses from scratch. */
  reset(text: string): void {
    this.text = text;
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
      this.text = this.text.slice(0, change.rangeOffset) + change.text + this.text.slice(change.rangeOffset + change.rangeLength);
      this.tree?.edit(
        new Edit({
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
    const next = this.parser.parse(this.text, this.tree ?? null);
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

  private dropTree(): void {
    this.tree?.delete();
    this.tree = undefined;
  }
}

function toPoint(position: TextPosition): { row: number; column: number } {
  return { row: position.line, column: position.character };
}
