import assert from 'node:assert/strict';
import { emptyPanelState, hostToPanelSchema, panelStateSchema, panelToHostSchema, type PanelState } from '../../../src/shared/webviewProtocol';

const state: PanelState = {
  ...emptyPanelState(),
  view: 'review',
  codeReview: {
    status: 'done',
    target: 'staged',
    targetLabel: 'Staged changes',
    at: 1000,
    message: '1 hint on 3 added lines in 1 file, by the built-in detectors (offline).',
    hints: [
      {
        key: 'src/a.ts\u0000js.loose-equality\u0000if (a == b) {',
        file: 'file:///ws/src/a.ts',
        label: 'src/a.ts',
        line: 4,
        conceptId: 'equality-comparison',
        title: 'Equality and comparison',
        message: 'Use ===.',
        severity: 'warning',
        origin: 'detector',
        accepted: false,
      },
    ],
    heldBack: 0,
    filesReviewed: 1,
    addedLinesReviewed: 3,
    truncated: false,
    notReviewed: ['logo.png'],
    notReviewedCount: 1,
    llm: { status: 'off' },
    lesson: { conceptId: 'equality-comparison', title: 'Equality and comparison', findings: 3, reviews: 2 },
  },
  fromHistory: {
    analyzedAt: 2000,
    author: 'Alice <alice@example.com>',
    repository: '/ws',
    commits: 2,
    from: 1,
    to: 2,
    truncated: false,
    newEvidence: 5,
    concepts: [{ conceptId: 'py.exceptions', title: 'Exceptions', usedIn: 1, fixedIn: 1, introduced: 0, examples: [{ commit: 'abcdef1234', subject: 'fix except', kind: 'fixed' }] }],
  },
  historyRun: { state: 'failed', message: 'git does not know who you are: set `git config user.email`.' },
  outcomes: {
    headline: 'Across 1 concept you got help on: 80% fewer errors a day after help than before.',
    concepts: [{ conceptId: 'null-safety', title: 'Null safety', verdict: 'fewer', summary: '5 errors in the 7 days before help, 1 in the 7 days after: 80% fewer a day.', helpCount: 2, helpLabel: 'a tutorial and a hint', lastHelpAt: 3, errorsBefore: 5, errorsAfter: 1 }],
  },
  pasteCheck: {
    id: '0123456789abcdef',
    label: 'app/jobs.py',
    lines: 12,
    status: 'question',
    question: {
      conceptId: 'py.context-managers',
      title: 'Context managers',
      reminder: 'Line 3 of the code you pasted deserves a second look.',
      item: { kind: 'multiple-choice', prompt: 'Which concept does this line get wrong?', code: 'f = open(path)', choices: ['Context managers', 'Nothing: the line is fine as it is.'], answerIndex: 0, explanation: 'Use with.' },
      origin: 'detector',
    },
  },
};

describe('panel protocol: review, history, outcome and paste-check sections', () => {
  it('carries every new section in the state snapshot, and an empty state is valid', () => {
    assert.equal(panelStateSchema.safeParse(state).success, true, JSON.stringify(panelStateSchema.safeParse(state).error?.issues));
    assert.equal(hostToPanelSchema.safeParse({ type: 'state/didChange', state }).success, true);
    assert.equal(panelStateSchema.safeParse(emptyPanelState()).success, true);
  });

  it('rejects states that break the bounds (the host logs them and keeps the last good panel)', () => {
    const tooMany = { ...state, codeReview: { ...state.codeReview, hints: Array.from({ length: 101 }, () => state.codeReview?.hints[0]) } };
    assert.equal(panelStateSchema.safeParse(tooMany).success, false);
    const badVerdict = { ...state, outcomes: { headline: '', concepts: [{ ...state.outcomes.concepts[0], verdict: 'great' }] } };
    assert.equal(panelStateSchema.safeParse(badVerdict).success, false);
    const badItem = { ...state, pasteCheck: { ...state.pasteCheck, question: { ...state.pasteCheck?.question, item: { kind: 'multiple-choice', prompt: 'x', code: '', choices: ['a', 'b'], answerIndex: 5, explanation: 'x' } } } };
    assert.equal(panelStateSchema.safeParse(badItem).success, false);
  });

  it('parses the panel\'s new requests and rejects malformed ones', () => {
    for (const message of [
      { type: 'codeReview/run' },
      { type: 'codeReview/run', target: 'branch' },
      { type: 'codeReview/hint', file: 'file:///ws/src/a.ts', key: 'k', action: 'learn' },
      { type: 'history/analyze' },
      { type: 'pasteCheck/start', id: 'abc' },
      { type: 'pasteCheck/answer', id: 'abc', answer: '0' },
      { type: 'pasteCheck/dismiss', id: 'abc' },
    ]) {
      assert.equal(panelToHostSchema.safeParse(message).success, true, JSON.stringify(message));
    }
    for (const message of [
      { type: 'codeReview/run', target: 'everything' },
      { type: 'codeReview/hint', file: 'x', key: 'k', action: 'delete' },
      { type: 'pasteCheck/answer', id: 'x'.repeat(65), answer: '0' },
      { type: 'pasteCheck/answer', id: 'abc', answer: 'x'.repeat(601) },
    ]) {
      assert.equal(panelToHostSchema.safeParse(message).success, false, JSON.stringify(message));
    }
  });
});
