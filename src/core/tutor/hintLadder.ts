import { hintRungSchema, type HintRung } from '../../shared/tutorialSchema';

/** The rungs in climbing order: each gives away a little more than the one before. */
export const HINT_RUNGS: readonly HintRung[] = hintRungSchema.options;

/** What each rung asks of the hint writer; the prompt builder quotes it and the offline library follows it. */
export const RUNG_GUIDANCE: Record<HintRung, string> = {
  nudge: 'One or two sentences that point the engineer at where to look and what question to ask themselves. No code, no answer.',
  concept: 'Name and explain the underlying concept in a short paragraph, in general terms, without referring to the exact change needed.',
  'analogous-example':
    'Show a small example of the same concept in a different setting (different names, different data) and explain it. It must not be the engineer\'s code or its fix.',
  'pseudo-code':
    'Describe the steps of the fix in plain-language pseudo-code, without writing it in the real language and without the real identifiers combined into the corrected line.',
  fix: 'Give the corrected code for the focus lines in `code` and explain in a few sentences why it fixes the error.',
};

/** How the engineer asked for help: climbing the ladder, or "just fix it". */
export type HintMode = 'ladder' | 'just-fix';

/** Where the engineer is on the ladder for one error; kept by the extension per diagnostic. */
export interface HintLadderState {
  /** Rungs shown so far, lowest first. */
  shown: HintRung[];
}

/** The ladder's start. */
export function emptyHintLadder(): HintLadderState {
  return { shown: [] };
}

/** Position of a rung on the ladder, 0 for the nudge. */
export function rungIndex(rung: HintRung): number {
  return HINT_RUNGS.indexOf(rung);
}

/**
 * The next rung to offer, or undefined at the top. Climbing stops below the fix: the fix rung needs an explicit
 * request (`fixRequested`), and "just fix it" jumps straight to it.
 */
export function nextHintRung(state: HintLadderState, mode: HintMode, fixRequested = false): HintRung | undefined {
  if (mode === 'just-fix') return state.shown.includes('fix') ? undefined : 'fix';
  const highest = state.shown.reduce((top, rung) => Math.max(top, rungIndex(rung)), -1);
  const next = HINT_RUNGS[highest + 1];
  if (next === 'fix' && !fixRequested) return undefined;
  return next;
}

/** True when the engineer may see `rung` now: one rung at a time, and the fix only when asked for. */
export function mayShowRung(state: HintLadderState, rung: HintRung, mode: HintMode, fixRequested = false): boolean {
  if (rung === 'fix') return mode === 'just-fix' || fixRequested;
  const highest = state.shown.reduce((top, shown) => Math.max(top, rungIndex(shown)), -1);
  return rungIndex(rung) <= highest + 1;
}

/** Records that a rung was shown, keeping the list ordered and without repeats. */
export function recordHintShown(state: HintLadderState, rung: HintRung): HintLadderState {
  if (state.shown.includes(rung)) return state;
  return { shown: [...state.shown, rung].sort((a, b) => rungIndex(a) - rungIndex(b)) };
}
