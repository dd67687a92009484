import type { LibraryEntry } from '../libraryEntry';

/** Offline library entries for Rust traits, memory and concurrency (Copy/Clone, mutability, ?, trait objects, smart pointers, interior mutability, Send/Sync, strings, iterators, modules, async, unsafe); the library registry serves them when no LLM is available. */
export const rustTraitsEntries: readonly LibraryEntry[] = [];
