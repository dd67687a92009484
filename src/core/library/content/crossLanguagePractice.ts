import type { LibraryEntry } from '../libraryEntry';

/** Offline library entries for cross-language engineering practice (dependencies, deprecations, input validation, secrets, purity, complexity, style, tests, logging); the library registry serves them when no LLM is available. */
export const crossLanguagePracticeEntries: readonly LibraryEntry[] = [];
