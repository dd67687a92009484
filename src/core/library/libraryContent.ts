import type { LibraryEntry } from './libraryEntry';
import { crossLanguageAsyncEntries } from './content/crossLanguageAsync';
import { crossLanguageControlEntries } from './content/crossLanguageControl';
import { crossLanguageDataEntries } from './content/crossLanguageData';
import { crossLanguageFoundationsEntries } from './content/crossLanguageFoundations';
import { crossLanguageModelingEntries } from './content/crossLanguageModeling';
import { crossLanguageObjectsEntries } from './content/crossLanguageObjects';
import { crossLanguageSignaturesEntries } from './content/crossLanguageSignatures';
import { crossLanguageStructureEntries } from './content/crossLanguageStructure';
import { crossLanguageTextEntries } from './content/crossLanguageText';
import { crossLanguageTypesEntries } from './content/crossLanguageTypes';
import { csharpLanguageEntries } from './content/csharpLanguage';
import { goLanguageEntries } from './content/goLanguage';
import { javaLanguageEntries } from './content/javaLanguage';
import { javascriptLanguageEntries } from './content/javascriptLanguage';
import { pythonLanguageEntries } from './content/pythonLanguage';
import { pythonTypingEntries } from './content/pythonTyping';
import { rustOwnershipEntries } from './content/rustOwnership';
import { rustTypesEntries } from './content/rustTypes';
import { typescriptStrictnessEntries } from './content/typescriptStrictness';
import { typescriptTypesEntries } from './content/typescriptTypes';

/** Every built-in library entry, in one list: the offline tutor and the library's tests read it. */
export const libraryEntries: readonly LibraryEntry[] = [
  ...crossLanguageTypesEntries,
  ...crossLanguageAsyncEntries,
  ...crossLanguageStructureEntries,
  ...crossLanguageControlEntries,
  ...crossLanguageDataEntries,
  ...crossLanguageSignaturesEntries,
  ...crossLanguageTextEntries,
  ...crossLanguageFoundationsEntries,
  ...crossLanguageObjectsEntries,
  ...crossLanguageModelingEntries,
  ...typescriptStrictnessEntries,
  ...typescriptTypesEntries,
  ...javascriptLanguageEntries,
  ...pythonTypingEntries,
  ...pythonLanguageEntries,
  ...javaLanguageEntries,
  ...goLanguageEntries,
  ...rustOwnershipEntries,
  ...rustTypesEntries,
  ...csharpLanguageEntries,
];

const entriesById: ReadonlyMap<string, LibraryEntry> = new Map(libraryEntries.map((entry) => [entry.conceptId, entry]));

/** The library entry for one concept id, for callers that need the raw material (e.g. the walkthrough's sample). */
export function getLibraryEntry(conceptId: string): LibraryEntry | undefined {
  return entriesById.get(conceptId);
}
