import assert from 'node:assert/strict';
import { observationSchema } from '../../../src/shared/observation';
import type { ReviewHint } from '../../../src/core/review/reviewHint';
import {
  conceptsWorthALesson,
  dedupeReviewHints,
  rankReviewHints,
  isReviewFeedback,
  reviewFeedbackObservation,
  reviewHintKey,
  type ReviewFindingRecord,
} from '../../../src/core/review/reviewPolicy';

function hint(conceptId: string, line: number, severity: ReviewHint['severity'] = 'warning', file = 'src/a.ts', detectorId = `${conceptId}.d`): ReviewHint {
  return { conceptId, file, line, message: 'm', severity, detectorId, excerpt: `line ${line}` };
}

describe('review policy', () => {
  it('ranks the weak concept first, then severity', () => {
    const hints = [hint('js.var-let-const', 1, 'info'), hint('promises', 2, 'warning'), hint('injection-safe-queries', 3, 'error')];
    const ranked = rankReviewHints(hints, { mastery: { 'js.var-let-const': 0.05, promises: 0.9, 'injection-safe-queries': 0.9 } });
    assert.deepEqual(
      ranked.shown.map((h) => h.conceptId),
      ['js.var-let-const', 'injection-safe-queries', 'promises'],
    );
    const strong = rankReviewHints(hints, { mastery: { 'js.var-let-const': 0.9, promises: 0.9, 'injection-safe-queries': 0.9 } });
    assert.deepEqual(
      strong.shown.map((h) => h.conceptId),
      ['injection-safe-queries', 'promises', 'js.var-let-const'],
    );
  });

  it('treats unknown concepts as middling and ignores junk mastery values', () => {
    const ranked = rankReviewHints([hint('a', 1), hint('b', 2), hint('c', 3)], { mastery: { a: 0.9, c: Number.NaN } });
    assert.deepEqual(ranked.shown.map((h) => h.conceptId), ['b', 'c', 'a']);
  });

  it('caps the total and per concept, and counts what it held back', () => {
    const many = Array.from({ length: 8 }, (_, i) => hint('promises', i + 1));
    const ranked = rankReviewHints([...many, hint('scope', 20), hint('scope', 21)], { mastery: { promises: 0.1 }, maxHints: 5, maxPerConcept: 3 });
    assert.equal(ranked.shown.length, 5);
    assert.equal(ranked.shown.filter((h) => h.conceptId === 'promises').length, 3);
    assert.deepEqual(ranked.shown.slice(0, 3).map((h) => h.line), [1, 2, 3]);
    assert.equal(ranked.heldBack, 5);
    assert.equal(ranked.filtered, 0);
  });

  it('drops muted concepts, dismissed findings and duplicates', () => {
    const dismissed = hint('promises', 4);
    const hints = [hint('scope', 1), hint('scope', 1, 'error'), hint('closures', 2), dismissed];
    assert.equal(dedupeReviewHints(hints).length, 3);
    assert.equal(dedupeReviewHints(hints).find((h) => h.conceptId === 'scope')?.severity, 'error');
    const ranked = rankReviewHints(hints, {
      mastery: {},
      mutedConcepts: new Set(['closures']),
      // The key survives a line shift: same file, detector and text.
      dismissedKeys: new Set([reviewHintKey({ ...dismissed, line: 40 })]),
    });
    assert.deepEqual(ranked.shown.map((h) => [h.conceptId, h.severity]), [['scope', 'error']]);
    assert.equal(ranked.filtered, 3);
  });

  it('turns feedback into valid review observations', () => {
    const source = hint('ts.unknown-vs-any', 7);
    const accepted = reviewFeedbackObservation(source, 'accepted', 1000);
    const dismissedObs = reviewFeedbackObservation(source, 'dismissed', 1000);
    const fixed = reviewFeedbackObservation(source, 'fixed', 2000);
    for (const observation of [accepted, dismissedObs, fixed]) {
      assert.equal(observationSchema.safeParse(observation).success, true);
      assert.equal(observation.source, 'review');
      assert.equal(observation.evidence.range?.startLine, 6);
      assert.equal(observation.evidence.ruleId, 'ts.unknown-vs-any.d');
    }
    assert.equal(accepted.kind, 'failure');
    assert.equal(fixed.kind, 'recovery');
    assert.equal(dismissedObs.kind, 'success');
    assert.ok(dismissedObs.strength < accepted.strength);
    assert.ok([accepted, dismissedObs, fixed].every(isReviewFeedback), 'the learning outcome can tell feedback from new errors');
    assert.equal(isReviewFeedback({ ...accepted, evidence: { note: 'a review finding' } }), false);
    assert.equal(isReviewFeedback({ ...accepted, source: 'diagnostic' }), false);
  });

  describe('worth a lesson', () => {
    const day = 24 * 60 * 60 * 1000;
    const now = 30 * day;
    const record = (conceptId: string, excerpt: string, at: number, file = 'src/a.ts'): ReviewFindingRecord => ({ conceptId, file, detectorId: 'd', excerpt, at });

    it('flags a concept with several distinct findings over several reviews in the window', () => {
      const records = [record('promises', 'a()', now - 3 * day), record('promises', 'b()', now - 2 * day), record('promises', 'c()', now - day), record('scope', 'x', now - day)];
      assert.deepEqual(conceptsWorthALesson(records, { now }), [{ conceptId: 'promises', findings: 3, reviews: 3, lastAt: now - day }]);
    });

    it('does not count one unfixed line seen in many reviews, one sloppy review, or old findings', () => {
      const same = [1, 2, 3, 4].map((d) => record('promises', 'a()', now - d * day));
      assert.deepEqual(conceptsWorthALesson(same, { now }), []);
      const oneReview = ['a', 'b', 'c', 'd'].map((text) => record('scope', text, now - day));
      assert.deepEqual(conceptsWorthALesson(oneReview, { now }), []);
      const old = ['a', 'b', 'c'].map((text, i) => record('closures', text, now - (20 + i) * day));
      assert.deepEqual(conceptsWorthALesson(old, { now }), []);
      assert.equal(conceptsWorthALesson(old, { now, windowMs: 30 * day }).length, 1);
    });
  });
});
