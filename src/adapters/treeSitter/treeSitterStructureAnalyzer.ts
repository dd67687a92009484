import type { Node, Point, QueryCapture } from 'web-tree-sitter';
import type { Range } from '../../shared/observation';
import { interestingAncestor } from '../../core/structure/constructConcepts';
import {
  structureLanguageFor,
  type ConceptOccurrence,
  type EnclosingConstruct,
  type OccurrenceRelation,
  type StructureAnalyzer,
  type StructureAnalyzerStats,
  type StructureLanguage,
  type TextChange,
  type TextPosition,
} from '../../core/structure/structureAnalyzer';
import { IncrementalDocument } from './incrementalDocument';
import { TreeSitterRuntime, wasmHeapBytes, type TreeSitterPaths } from './treeSitterRuntime';

/** Options of the tree-sitter structure analyzer: its file locations and where to report errors of synchronous calls. */
export interface StructureAnalyzerOptions extends TreeSitterPaths {
  /** Called when a query or reparse fails; the call then answers empty instead of throwing. */
  onError?: (error: Error) => void;
  /** Upper bound on query matches per call, so a huge selection cannot stall the extension host. */
  matchLimit?: number;
}

const opportunityPrefix = 'opportunity.';
/** Ancestors examined above a position; deeper nesting than this says nothing more about the construct. */
const maxAncestorDepth = 64;

interface TrackedDocument {
  language: StructureLanguage;
  document: IncrementalDocument;
}

/**
 * Used by the extension's activation: builds the web-tree-sitter structure analyzer. Nothing loads until the first
 * supported document opens; each grammar and its query load once.
 */
export function createStructureAnalyzer(options: StructureAnalyzerOptions): StructureAnalyzer {
  const runtime = new TreeSitterRuntime(options);
  const documents = new Map<string, TrackedDocument>();
  const matchLimit = options.matchLimit ?? 256;
  let reparses = 0;
  const countReparse = (): void => {
    reparses++;
  };
  const report = (error: unknown): void => {
    options.onError?.(error instanceof Error ? error : new Error(String(error)));
  };

  return {
    supportsLanguage(editorLanguageId: string): boolean {
      return structureLanguageFor(editorLanguageId) !== undefined;
    },

    async openDocument(uri: string, editorLanguageId: string, text: string): Promise<boolean> {
      const language = structureLanguageFor(editorLanguageId);
      if (!language) return false;
      let tracked = documents.get(uri);
      if (tracked && tracked.language === language) {
        tracked.document.reset(text);
      } else {
        tracked?.document.close();
        tracked = { language, document: new IncrementalDocument(text, runtime.loadedGrammar(language)?.parser, countReparse) };
        documents.set(uri, tracked);
      }
      const entry = tracked;
      try {
        const grammar = await runtime.load(language);
        if (documents.get(uri) === entry) entry.document.attachParser(grammar.parser);
        return true;
      } catch (error) {
        if (documents.get(uri) === entry) {
          entry.document.close();
          documents.delete(uri);
        }
        throw error;
      }
    },

    applyChanges(uri: string, changes: readonly TextChange[]): boolean {
      const tracked = documents.get(uri);
      return tracked ? tracked.document.applyChanges(changes) : false;
    },

    opportunitiesAt(uri: string, range: Range): ConceptOccurrence[] {
      const tracked = documents.get(uri);
      const grammar = tracked && runtime.loadedGrammar(tracked.language);
      if (!tracked || !grammar) return [];
      try {
        const tree = tracked.document.currentTree();
        if (!tree) return [];
        const start: Point = { row: range.startLine, column: range.startCharacter };
        const end: Point = { row: range.endLine, column: range.endCharacter };
        const emptyRange = comparePoints(start, end) >= 0;
        // An empty range is a caret: widen it by one character so the nodes around the caret intersect it.
        const queryEnd = emptyRange ? { row: start.row, column: start.column + 1 } : end;
        const captures = grammar.query.captures(tree.rootNode, { startPosition: start, endPosition: queryEnd, matchLimit });
        return occurrencesFrom(captures, start, emptyRange ? start : end);
      } catch (error) {
        report(error);
        return [];
      }
    },

    enclosingConstruct(uri: string, position: TextPosition): EnclosingConstruct | undefined {
      const tracked = documents.get(uri);
      if (!tracked) return undefined;
      try {
        const tree = tracked.document.currentTree();
        if (!tree) return undefined;
        const point: Point = { row: position.line, column: position.character };
        const node = tree.rootNode.namedDescendantForPosition(point);
        if (!node) return undefined;
        const chain: Node[] = [];
        let inSyntaxError = node.hasError && hasErrorChildOnRow(node, point.row);
        for (let current: Node | null = node; current && chain.length < maxAncestorDepth; current = current.parent) {
          chain.push(current);
          if (current.isError || current.isMissing) inSyntaxError = true;
        }
        const found = interestingAncestor(
          tracked.language,
          chain.map((n) => n.type),
        );
        const interesting = found ? chain[found.index] : undefined;
        return {
          nodeKind: node.type,
          range: rangeOf(node),
          interestingKind: found?.kind,
          interestingRange: interesting ? rangeOf(interesting) : undefined,
          conceptId: found?.conceptId,
          inSyntaxError,
        };
      } catch (error) {
        report(error);
        return undefined;
      }
    },

    closeDocument(uri: string): void {
      documents.get(uri)?.document.close();
      documents.delete(uri);
    },

    stats(): StructureAnalyzerStats {
      let liveTrees = 0;
      for (const tracked of documents.values()) if (tracked.document.hasTree) liveTrees++;
      return {
        grammarLoads: runtime.grammarLoads,
        loadedLanguages: runtime.loadedLanguages,
        openDocuments: documents.size,
        liveTrees,
        reparses,
        wasmHeapBytes: wasmHeapBytes(),
      };
    },

    dispose(): void {
      for (const tracked of documents.values()) tracked.document.close();
      documents.clear();
      runtime.dispose();
    },
  };
}

function occurrencesFrom(captures: readonly QueryCapture[], start: Point, end: Point): ConceptOccurrence[] {
  const seen = new Set<string>();
  const found: { occurrence: ConceptOccurrence; size: number }[] = [];
  for (const capture of captures) {
    if (!capture.name.startsWith(opportunityPrefix)) continue;
    const conceptId = capture.name.slice(opportunityPrefix.length);
    const node = capture.node;
    const key = `${conceptId}@${node.startIndex}:${node.endIndex}`;
    if (seen.has(key)) continue;
    seen.add(key);
    found.push({
      occurrence: { conceptId, nodeKind: node.type, range: rangeOf(node), captureName: capture.name, relation: relationTo(node, start, end) },
      size: node.endIndex - node.startIndex,
    });
  }
  found.sort((a, b) => a.size - b.size);
  return found.map((f) => f.occurrence);
}

/** Whether a direct child of `node` on the given row is a syntax error: parsers often attach the ERROR beside the token a diagnostic points at. */
function hasErrorChildOnRow(node: Node, row: number): boolean {
  for (let i = 0; i < node.childCount; i++) {
    const child = node.child(i);
    if (child && (child.isError || child.isMissing) && child.startPosition.row <= row && child.endPosition.row >= row) return true;
  }
  return false;
}

function relationTo(node: Node, start: Point, end: Point): OccurrenceRelation {
  const startsAfter = comparePoints(node.startPosition, start) >= 0;
  const endsBefore = comparePoints(node.endPosition, end) <= 0;
  if (startsAfter && endsBefore) return 'inside';
  if (!startsAfter && !endsBefore) return 'encloses';
  if (comparePoints(node.startPosition, start) <= 0 && comparePoints(node.endPosition, end) >= 0) return 'encloses';
  return 'overlaps';
}

function comparePoints(a: Point, b: Point): number {
  return a.row === b.row ? a.column - b.column : a.row - b.row;
}

function rangeOf(node: Node): Range {
  return {
    startLine: node.startPosition.row,
    startCharacter: node.startPosition.column,
    endLine: node.endPosition.row,
    endCharacter: node.endPosition.column,
  };
}
