import type { LibraryEntry } from '../libraryEntry';

/** Offline library entries for the JavaScript object model and syntax (hoisting and the TDZ, prototypes, spread and rest); the library registry serves them when no LLM is available. */
export const javascriptObjectModelEntries: readonly LibraryEntry[] = [];
