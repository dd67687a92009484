import { changedRegions, type ConstructResolver } from './changedRegions';
import { reviewDiff, type DiffReviewResult } from './diffReview';
import type { ReviewDiff } from './diffSource';
import { acceptLlmFindings, mergeReviewHints, reviewConceptChoices, type CodeReviewLlm } from './llmReview';
import { reviewLanguageForPath, type ReviewLanguage } from './reviewHint';
import { rankReviewHints, type RankedReview } from './reviewPolicy';
import { diffFilePath } from './unifiedDiff';

/**
 * One "Review my changes" run, from a diff read by the git adapter to the ranked hints to place: the detectors always,
 * then (when an LLM is configured and code may be sent) an LLM review of the changed regions aimed at the engineer's
 * weak concepts, merged with the detectors' findings. An LLM failure never loses the detectors' hints.
 */

/** What a review run needs besides the diff; the extension fills it from the model, the settings and the memory. */
export interface CodeReviewInput {
  diff: ReviewDiff;
  mastery: Readonly<Record<string, number>>;
  dismissedKeys?: ReadonlySet<string>;
  mutedConcepts?: ReadonlySet<string>;
  maxHints?: number;
  /** Bound on added lines the detectors read (large diffs stay bounded). */
  maxAddedLines?: number;
  /** Present only when an LLM is configured and the engineer allows sending code. */
  llm?: CodeReviewLlm;
  resolveConstruct?: ConstructResolver;
  signal?: AbortSignal;
  /** Told when the LLM step starts, for the progress notification. */
  onPhase?: (phase: 'detectors' | 'llm' | 'ranking') => void;
}

/** How the LLM took part in a run, for the panel's summary line. */
export interface LlmReviewStatus {
  status: 'off' | 'used' | 'failed' | 'cancelled' | 'nothing-to-send';
  label?: string;
  /** Findings the LLM made that were kept, and those rejected (wrong line, unknown concept, duplicate). */
  kept: number;
  rejected: number;
  regionsSent: number;
  regionsOmitted: number;
  /** Shown to the engineer when the LLM failed: why, and that the detectors' findings stand. */
  notice?: string;
}

/** The outcome of a run: the ranked hints, what the detectors covered, and the LLM's part. */
export interface CodeReviewResult {
  ranked: RankedReview;
  offline: DiffReviewResult;
  llm: LlmReviewStatus;
}

function diffLanguages(diff: ReviewDiff): ReviewLanguage[] {
  const languages = new Set<ReviewLanguage>();
  for (const file of diff.files) {
    const language = reviewLanguageForPath(diffFilePath(file));
    if (language) languages.add(language);
  }
  return [...languages];
}

/** Runs the review. Resolves even when the LLM fails; the caller checks `signal.aborted` to drop a cancelled run. */
export async function reviewChanges(input: CodeReviewInput): Promise<CodeReviewResult> {
  input.onPhase?.('detectors');
  const offline = reviewDiff(input.diff.files, { ...(input.maxAddedLines === undefined ? {} : { maxAddedLines: input.maxAddedLines }) });
  let hints = offline.hints;
  const llm: LlmReviewStatus = { status: 'off', kept: 0, rejected: 0, regionsSent: 0, regionsOmitted: 0 };
  if (input.llm && !input.signal?.aborted) {
    llm.label = input.llm.label;
    const regions = changedRegions(input.diff.files, { hints: offline.hints, ...(input.resolveConstruct ? { resolveConstruct: input.resolveConstruct } : {}) });
    llm.regionsSent = regions.regions.length;
    llm.regionsOmitted = regions.omitted;
    if (regions.regions.length === 0) llm.status = 'nothing-to-send';
    else {
      input.onPhase?.('llm');
      const languages = diffLanguages(input.diff);
      const allowed = reviewConceptChoices(languages, input.mastery);
      const focus = allowed.filter((choice) => choice.mastery !== undefined && choice.mastery < 0.6).slice(0, 12);
      const request = {
        regions: regions.regions,
        omittedRegions: regions.omitted,
        focusConcepts: focus,
        allowedConcepts: allowed,
        detectorFindings: offline.hints.map((hint) => ({ file: hint.file, line: hint.line, conceptId: hint.conceptId })),
      };
      const outcome = await input.llm.reviewChanges(request, { ...(input.signal ? { signal: input.signal } : {}) });
      if (outcome.ok) {
        const accepted = acceptLlmFindings(outcome.value, { files: input.diff.files, allowedConceptIds: new Set(allowed.map((choice) => choice.conceptId)) });
        hints = mergeReviewHints(offline.hints, accepted.hints);
        llm.status = 'used';
        llm.kept = hints.length - offline.hints.length;
        llm.rejected = accepted.rejected + (accepted.hints.length - llm.kept);
      } else if (outcome.kind === 'cancelled' || input.signal?.aborted) {
        llm.status = 'cancelled';
      } else {
        llm.status = 'failed';
        llm.notice = `The LLM review (${input.llm.label}) failed: ${outcome.message}${outcome.action ? ` ${outcome.action}` : ''} Showing the built-in detectors' findings only.`.slice(0, 600);
      }
    }
  }
  input.onPhase?.('ranking');
  const ranked = rankReviewHints(hints, {
    mastery: input.mastery,
    ...(input.maxHints === undefined ? {} : { maxHints: input.maxHints }),
    ...(input.dismissedKeys ? { dismissedKeys: input.dismissedKeys } : {}),
    ...(input.mutedConcepts ? { mutedConcepts: input.mutedConcepts } : {}),
  });
  return { ranked, offline, llm };
}
