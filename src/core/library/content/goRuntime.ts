import type { LibraryEntry } from '../libraryEntry';

/** Offline library entries for Go runtime and language (panic/recover, sync, context, pointers and receivers, slices and maps, zero values, generics, packages, fmt verbs); the library registry serves them when no LLM is available. */
export const goRuntimeEntries: readonly LibraryEntry[] = [];
