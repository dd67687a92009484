import type { LibraryEntry } from '../libraryEntry';

/** Offline library entries for Python classes, typing and runtime (protocols, TypeVar, dunder methods, imports, self, the GIL); the library registry serves them when no LLM is available. */
export const pythonDataModelEntries: readonly LibraryEntry[] = [];
