import type { Tutorial } from '../../shared/tutorialSchema';

/**
 * One concept's built-in teaching material, used when no LLM is configured or reachable. Written by hand for
 * professional engineers; validated against the shared tutorial schema by the library's tests.
 */
export interface LibraryEntry {
  conceptId: string;
  /** Level 'fundamentals': for an engineer new to the concept. */
  fundamentals: Tutorial;
  /** Level 'advanced': for an engineer who knows the basics and keeps tripping on the edge cases. */
  advanced: Tutorial;
  /**
   * Generic hints for the first four rungs of the hint ladder. The library never writes the fix rung: it does
   * not know the engineer's code, and a generic "fix" would be a guess.
   */
  hints: { nudge: string; concept: string; analogousExample: string; pseudoCode: string };
}
