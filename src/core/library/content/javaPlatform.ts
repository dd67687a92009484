import type { LibraryEntry } from '../libraryEntry';

/** Offline library entries for the Java platform (try-with-resources, streams, equals/hashCode, boxing, records and sealed types, java.util.concurrent, static context); the library registry serves them when no LLM is available. */
export const javaPlatformEntries: readonly LibraryEntry[] = [];
