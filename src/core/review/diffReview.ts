import { redactSecrets } from '../privacy/secretRedactor';
import { CodeMasker } from './codeMask';
import { reviewDetectors, type DetectorContext, type ReviewDetector, type ViewLine } from './reviewDetectors';
import { isTestPath, reviewLanguageForPath, type ReviewHint, type ReviewLanguage } from './reviewHint';
import { diffFilePath, type DiffFile, type DiffHunk } from './unifiedDiff';

/** Options of one offline review run; the defaults suit "Review my changes". */
export interface DiffReviewOptions {
  detectors?: readonly ReviewDetector[];
  /** Stop reading added lines after this many (large diffs stay bounded); the result says it stopped. */
  maxAddedLines?: number;
}

/** What the offline review found, with what it could not read, for the panel and the progress UI. */
export interface DiffReviewResult {
  hints: ReviewHint[];
  filesReviewed: number;
  addedLinesReviewed: number;
  /** Files with no detector language (docs, config, binaries): listed so the panel can say what was not reviewed. */
  unsupportedFiles: string[];
  /** True when `maxAddedLines` cut the review short. */
  truncated: boolean;
}

const MAX_EXCERPT = 200;

/** A changed line as hints quote it: trimmed, secrets redacted, at most 200 characters. */
export function reviewExcerpt(raw: string): string {
  const trimmed = redactSecrets(raw.trim()).text;
  return trimmed.length > MAX_EXCERPT ? `${trimmed.slice(0, MAX_EXCERPT - 1)}…` : trimmed;
}

/** The new side of a hunk (context and added lines), masked, for the detectors. */
export function hunkNewSide(hunk: DiffHunk, language: ReviewLanguage): ViewLine[] {
  const masker = new CodeMasker(language);
  const view: ViewLine[] = [];
  for (const line of hunk.lines) {
    if (line.kind === 'del' || line.newLine === undefined) continue;
    view.push({ line: line.newLine, raw: line.text, code: masker.mask(line.text), added: line.kind === 'add' });
  }
  return view;
}

/** The old side of a hunk (context and deleted lines), shaped like the new side, so history can review what a commit removed. */
export function hunkOldSide(hunk: DiffHunk, language: ReviewLanguage): ViewLine[] {
  const masker = new CodeMasker(language);
  const view: ViewLine[] = [];
  for (const line of hunk.lines) {
    if (line.kind === 'add' || line.oldLine === undefined) continue;
    view.push({ line: line.oldLine, raw: line.text, code: masker.mask(line.text), added: line.kind === 'del' });
  }
  return view;
}

const ASYNC_DECLARATION = [
  /\basync\s+function\s*\*?\s*([A-Za-z_$][\w$]*)/g,
  /\b([A-Za-z_$][\w$]*)\s*[:=]\s*async\b/g,
  /^\s*(?:(?:public|private|protected|static|override)\s+)*async\s+([A-Za-z_$][\w$]*)\s*[(<]/g,
];

function asyncNames(views: readonly ViewLine[][]): Set<string> {
  const names = new Set<string>();
  for (const view of views) {
    for (const line of view) {
      for (const pattern of ASYNC_DECLARATION) for (const match of line.code.matchAll(pattern)) names.add(match[1]);
    }
  }
  return names;
}

/**
 * Runs the detectors over the lines marked `added` in `views` (hunk sides of one file) and returns their findings.
 * Shared by the review of the working diff and by the history analysis, which also reviews removed lines.
 */
export function detectInViews(
  path: string,
  language: ReviewLanguage,
  views: readonly { lines: ViewLine[]; section: string }[],
  detectors: readonly ReviewDetector[] = reviewDetectors,
  budget: { remaining: number } = { remaining: Number.POSITIVE_INFINITY },
): ReviewHint[] {
  const applicable = detectors.filter((detector) => detector.languages.includes(language));
  const hints: ReviewHint[] = [];
  const context: Omit<DetectorContext, 'lines' | 'index' | 'section'> = {
    language,
    path,
    isTestFile: isTestPath(path),
    asyncFunctionNames: language === 'typescript' || language === 'javascript' ? asyncNames(views.map((view) => view.lines)) : new Set(),
  };
  for (const view of views) {
    for (let index = 0; index < view.lines.length; index++) {
      const line = view.lines[index];
      if (!line.added) continue;
      if (budget.remaining <= 0) return hints;
      budget.remaining--;
      const lineContext: DetectorContext = { ...context, lines: view.lines, index, section: view.section };
      for (const detector of applicable) {
        const finding = detector.detect(lineContext);
        if (!finding) continue;
        hints.push({
          conceptId: finding.conceptId ?? detector.conceptId,
          file: path,
          line: line.line,
          column: finding.column,
          message: finding.message,
          severity: finding.severity ?? detector.severity,
          detectorId: detector.id,
          excerpt: reviewExcerpt(line.raw),
        });
      }
    }
  }
  return hints;
}

/** The offline review of a diff: every detector over every added line of every file in a detector language. */
export function reviewDiff(files: readonly DiffFile[], options: DiffReviewOptions = {}): DiffReviewResult {
  const budget = { remaining: options.maxAddedLines ?? 20_000 };
  const result: DiffReviewResult = { hints: [], filesReviewed: 0, addedLinesReviewed: 0, unsupportedFiles: [], truncated: false };
  for (const file of files) {
    const path = diffFilePath(file);
    const language = reviewLanguageForPath(path);
    if (file.status === 'deleted') continue;
    if (!language || file.binary) {
      result.unsupportedFiles.push(path);
      continue;
    }
    const before = budget.remaining;
    const views = file.hunks.map((hunk) => ({ lines: hunkNewSide(hunk, language), section: hunk.section }));
    result.hints.push(...detectInViews(path, language, views, options.detectors, budget));
    const consumed = before - budget.remaining;
    result.addedLinesReviewed += consumed;
    result.filesReviewed++;
    const addedInFile = views.reduce((sum, view) => sum + view.lines.filter((line) => line.added).length, 0);
    if (consumed < addedInFile) {
      result.truncated = true;
      break;
    }
  }
  return result;
}
