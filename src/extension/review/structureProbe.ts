import type { Range } from '../../shared/observation';
import type { ChangedConstruct } from '../../core/review/changedRegions';
import type { StructureAnalyzer } from '../../core/structure/structureAnalyzer';

let probes = 0;

/**
 * Parses text that is not an open editor (a changed file, a commit's added code, a pasted block) with the structure
 * analyzer under a private key, hands the key to `use`, and frees the tree afterwards. Undefined when the language
 * has no grammar or the analyzer fails (structure is a bonus: the review and history work without it).
 */
export async function withStructure<T>(analyzer: StructureAnalyzer, editorLanguage: string, text: string, use: (key: string) => T): Promise<T | undefined> {
  if (!analyzer.supportsLanguage(editorLanguage)) return undefined;
  const key = `skilltrace-probe:${++probes}`;
  try {
    if (!(await analyzer.openDocument(key, editorLanguage, text))) return undefined;
    return use(key);
  } catch {
    return undefined;
  } finally {
    analyzer.closeDocument(key);
  }
}

/** Concepts whose constructs appear anywhere in the probed text. */
export function conceptsIn(analyzer: StructureAnalyzer, key: string, lineCount: number): string[] {
  const everything: Range = { startLine: 0, startCharacter: 0, endLine: Math.max(0, lineCount), endCharacter: 0 };
  return [...new Set(analyzer.opportunitiesAt(key, everything).map((occurrence) => occurrence.conceptId))];
}

/** The construct (function, class, try block…) enclosing a 1-based line, as the changed-regions resolver wants it. */
export function constructAt(analyzer: StructureAnalyzer, key: string, line: number, character: number): ChangedConstruct | undefined {
  const found = analyzer.enclosingConstruct(key, { line: Math.max(0, line - 1), character });
  const range = found?.interestingRange ?? found?.range;
  if (!found || !range) return undefined;
  return { nodeKind: found.interestingKind ?? found.nodeKind, startLine: range.startLine + 1, endLine: range.endLine + 1 };
}
