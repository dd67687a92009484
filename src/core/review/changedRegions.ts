import type { Redaction } from '../privacy/redaction';
import { redactSecrets } from '../privacy/secretRedactor';
import { reviewLanguageForPath, type ReviewHint, type ReviewLanguage } from './reviewHint';
import { diffFilePath, type DiffFile, type DiffHunk } from './unifiedDiff';

/** The construct around a changed line, as tree-sitter sees it (1-based lines of the new file). */
export interface ChangedConstruct {
  nodeKind: string;
  startLine: number;
  endLine: number;
}

/**
 * Finds the construct (function, method, class) enclosing a 1-based line of the new file; the extension implements it
 * with the structure analyzer on the open document. Returning undefined keeps the plain hunk.
 */
export type ConstructResolver = (file: string, line: number) => ChangedConstruct | undefined;

/** One changed place, ready to quote in an LLM review prompt or to list in the panel. */
export interface ChangedRegion {
  file: string;
  language?: ReviewLanguage;
  /** 1-based range of the new file the region covers. */
  startLine: number;
  endLine: number;
  /** git's section header for the hunk (often the enclosing function's first line). */
  section: string;
  /** The enclosing construct, when a resolver was given and found one. */
  construct?: ChangedConstruct;
  /** 1-based new-file lines that were added. */
  addedLines: number[];
  removedLineCount: number;
  /** The hunk(s) in unified form (`+`, `-`, space prefixes), secrets redacted, possibly cut to the size budget. */
  excerpt: string;
  /** Hints from the offline review that fall inside the region. */
  hints: ReviewHint[];
  /** What redaction took out of the excerpt, for the "what was sent" view (never the secrets themselves). */
  redactions: Redaction[];
}

/** Options: size bounds for a prompt, an optional construct resolver, and the offline hints to attach. */
export interface ChangedRegionOptions {
  maxRegions?: number;
  /** Budget for all excerpts together (default 12,000 characters). */
  maxTotalChars?: number;
  /** Budget per excerpt (default 3,000 characters). */
  maxRegionChars?: number;
  resolveConstruct?: ConstructResolver;
  hints?: readonly ReviewHint[];
}

/** The regions that fit the budget and how many did not, so a prompt can say it is partial. */
export interface ChangedRegionsResult {
  regions: ChangedRegion[];
  omitted: number;
}

function hunkText(hunk: DiffHunk): string {
  return hunk.lines.map((line) => `${line.kind === 'add' ? '+' : line.kind === 'del' ? '-' : ' '}${line.text}`).join('\n');
}

function newRange(hunk: DiffHunk): [number, number] {
  const start = hunk.newStart;
  return [start, Math.max(start, start + hunk.newLines - 1)];
}

/**
 * The changed places of a diff, one per hunk, merged when they fall in the same construct; regions holding offline
 * findings come first, then in file order. This is what the LLM review aimed at weak concepts quotes.
 */
export function changedRegions(files: readonly DiffFile[], options: ChangedRegionOptions = {}): ChangedRegionsResult {
  const maxRegions = options.maxRegions ?? 40;
  const maxTotal = options.maxTotalChars ?? 12_000;
  const maxRegion = options.maxRegionChars ?? 3_000;
  const all: ChangedRegion[] = [];
  for (const file of files) {
    if (file.binary || file.status === 'deleted') continue;
    const path = diffFilePath(file);
    const language = reviewLanguageForPath(path);
    let previous: ChangedRegion | undefined;
    for (const hunk of file.hunks) {
      const added = hunk.lines.filter((line) => line.kind === 'add' && line.newLine !== undefined).map((line) => line.newLine as number);
      const removed = hunk.lines.filter((line) => line.kind === 'del').length;
      if (added.length === 0 && removed === 0) continue;
      const [startLine, endLine] = newRange(hunk);
      const construct = options.resolveConstruct?.(path, added[0] ?? startLine);
      if (previous && construct && previous.construct && previous.construct.startLine === construct.startLine && previous.construct.endLine === construct.endLine) {
        previous.endLine = Math.max(previous.endLine, endLine);
        previous.addedLines.push(...added);
        previous.removedLineCount += removed;
        previous.excerpt += `\n${hunkText(hunk)}`;
        continue;
      }
      previous = { file: path, language, startLine, endLine, section: hunk.section, construct, addedLines: added, removedLineCount: removed, excerpt: hunkText(hunk), hints: [], redactions: [] };
      all.push(previous);
    }
  }
  for (const hint of options.hints ?? []) {
    const region = all.find((candidate) => candidate.file === hint.file && hint.line >= candidate.startLine && hint.line <= candidate.endLine);
    region?.hints.push(hint);
  }
  const ordered = all
    .map((region, order) => ({ region, order }))
    .sort((a, b) => Number(b.region.hints.length > 0) - Number(a.region.hints.length > 0) || a.order - b.order)
    .map((entry) => entry.region);
  const regions: ChangedRegion[] = [];
  let used = 0;
  for (const region of ordered) {
    if (regions.length >= maxRegions) break;
    const redacted = redactSecrets(region.excerpt);
    let excerpt = redacted.text;
    if (excerpt.length > maxRegion) excerpt = `${excerpt.slice(0, maxRegion)}\n… (cut)`;
    if (used + excerpt.length > maxTotal) continue;
    used += excerpt.length;
    regions.push({ ...region, excerpt, redactions: redacted.redactions });
  }
  return { regions, omitted: all.length - regions.length };
}
