import type { LibraryEntry } from '../libraryEntry';

/** Offline library entries for TypeScript project setup (tsconfig strictness, definite assignment, declaration files, module resolution, decorators); the library registry serves them when no LLM is available. */
export const typescriptProjectEntries: readonly LibraryEntry[] = [];
