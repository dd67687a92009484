import type { Range } from '../../shared/observation';

/** The grammars structure analysis supports; the extension maps editor language ids onto these. */
export const structureLanguages = ['typescript', 'tsx', 'javascript', 'python', 'java', 'go', 'rust', 'csharp'] as const;
export type StructureLanguage = (typeof structureLanguages)[number];

const editorLanguageToStructure: Readonly<Record<string, StructureLanguage>> = {
  typescript: 'typescript',
  typescriptreact: 'tsx',
  javascript: 'javascript',
  javascriptreact: 'javascript',
  python: 'python',
  java: 'java',
  go: 'go',
  rust: 'rust',
  csharp: 'csharp',
};

/** Used by the extension to decide whether a document's editor language id has a grammar; undefined when not. */
export function structureLanguageFor(editorLanguageId: string): StructureLanguage | undefined {
  return Object.hasOwn(editorLanguageToStructure, editorLanguageId) ? editorLanguageToStructure[editorLanguageId] : undefined;
}

/** Zero-based row and UTF-16 column, as in the editor; the structure analyzer's unit of position. */
export interface TextPosition {
  line: number;
  character: number;
}

/**
 * One content change as the editor reports it (VS Code's `TextDocumentContentChangeEvent` shape):
 * `rangeOffset` and `rangeLength` count UTF-16 code units of the text before the change.
 */
export interface TextChange {
  rangeOffset: number;
  rangeLength: number;
  text: string;
}

/** How a concept occurrence lies relative to the range asked about; the observation mapper weighs them differently. */
export type OccurrenceRelation = 'inside' | 'encloses' | 'overlaps';

/** A place in the code where a concept is exercised ("opportunity" evidence), found by a query capture. */
export interface ConceptOccurrence {
  conceptId: string;
  /** The syntax node kind the capture matched, e.g. `await_expression`. */
  nodeKind: string;
  range: Range;
  /** The query capture that found it, e.g. `opportunity.async-await`. */
  captureName: string;
  relation: OccurrenceRelation;
}

/** The syntax around a position, used to map a diagnostic that no rule matched. */
export interface EnclosingConstruct {
  /** Kind of the smallest named node at the position. */
  nodeKind: string;
  range: Range;
  /** The nearest ancestor (or the node itself) whose kind says something about a concept, e.g. `try_statement`. */
  interestingKind?: string;
  interestingRange?: Range;
  /** The concept that construct stands for, when the language table names one. */
  conceptId?: string;
  /** True when the position lies inside a syntax error (ERROR or MISSING node). */
  inSyntaxError: boolean;
}

/** Counters the extension logs and the tests and benchmarks read. */
export interface StructureAnalyzerStats {
  grammarLoads: number;
  loadedLanguages: StructureLanguage[];
  openDocuments: number;
  liveTrees: number;
  reparses: number;
  /** Bytes of the WebAssembly heap (it only grows; stays flat when freed memory is reused). */
  wasmHeapBytes: number;
}

/**
 * What the extension's structure watcher and the diagnostic mapper depend on to see code structure.
 * Implemented by the tree-sitter adapter; every method on an unknown document is a harmless no-op.
 */
export interface StructureAnalyzer {
  /** Whether the editor language id has a grammar. */
  supportsLanguage(editorLanguageId: string): boolean;
  /**
   * Starts tracking a document (or re-syncs it with `text` if already open). Loads its grammar on first need.
   * Resolves false for unsupported languages; rejects with an actionable error when the grammar or query cannot load.
   */
  openDocument(uri: string, editorLanguageId: string, text: string): Promise<boolean>;
  /**
   * Applies content changes in order, each against the text left by the previous one; cheap and synchronous
   * (the tree is edited now and reparsed on the next query). Returns false when the changes do not fit the
   * tracked text; the document is then out of sync until `openDocument` is called again.
   */
  applyChanges(uri: string, changes: readonly TextChange[]): boolean;
  /** Concept occurrences whose syntax nodes intersect `range`, smallest first. */
  opportunitiesAt(uri: string, range: Range): ConceptOccurrence[];
  /** The construct enclosing `position`, or undefined when the document is not tracked. */
  enclosingConstruct(uri: string, position: TextPosition): EnclosingConstruct | undefined;
  /** Stops tracking a document and frees its syntax tree. */
  closeDocument(uri: string): void;
  stats(): StructureAnalyzerStats;
  /** Frees every tree, parser, query and language. */
  dispose(): void;
}
