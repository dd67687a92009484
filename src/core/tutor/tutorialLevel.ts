import type { TutorialLevel } from '../../shared/tutorialSchema';

/** Mastery at or above which the tutor skips the fundamentals and teaches the advanced tutorial. */
export const ADVANCED_LEVEL_MASTERY = 0.6;

/**
 * Picks the tutorial level from the skill model's mastery estimate; used by the extension before asking a provider.
 * Unknown mastery means we know nothing yet, so the engineer gets the fundamentals (short, and skippable with
 * "I know this"). A wide uncertainty also keeps the fundamentals: a lucky streak is not mastery.
 */
export function levelForMastery(mastery: number | undefined, uncertainty = 0): TutorialLevel {
  if (mastery === undefined || !Number.isFinite(mastery)) return 'fundamentals';
  const cautious = mastery - Math.max(0, uncertainty) / 2;
  return cautious >= ADVANCED_LEVEL_MASTERY ? 'advanced' : 'fundamentals';
}
