import type { LibraryEntry } from '../libraryEntry';

/** Offline library entries for cross-language runtime concepts (generators, event loops, races, cancellation, memory, numbers, text, time, serialization, complexity); the library registry serves them when no LLM is available. */
export const crossLanguageRuntimeEntries: readonly LibraryEntry[] = [];
