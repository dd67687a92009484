import type { LibraryEntry } from '../libraryEntry';

/** Offline library entries for C# types and members (value types, properties and records, delegates and events, extension methods, generic constraints); the library registry serves them when no LLM is available. */
export const csharpTypesEntries: readonly LibraryEntry[] = [];
