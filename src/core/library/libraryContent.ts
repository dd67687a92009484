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
import { javascriptIdiomsEntries } from './content/javascriptIdioms';
import { javascriptLanguageEntries } from './content/javascriptLanguage';
import { pythonIdiomsEntries } from './content/pythonIdioms';
import { pythonLanguageEntries } from './content/pythonLanguage';
import { pythonTypingEntries } from './content/pythonTyping';
import { rustOwnershipEntries } from './content/rustOwnership';
import { rustTypesEntries } from './content/rustTypes';
import { typescriptStrictnessEntries } from './content/typescriptStrictness';
import { typescriptTypesEntries } from './content/typescriptTypes';
import { crossLanguageRuntimeEntries } from './content/crossLanguageRuntime';
import { crossLanguagePracticeEntries } from './content/crossLanguagePractice';
import { typescriptTypeLevelEntries } from './content/typescriptTypeLevel';
import { typescriptProjectEntries } from './content/typescriptProject';
import { javascriptObjectModelEntries } from './content/javascriptObjectModel';
import { pythonDataModelEntries } from './content/pythonDataModel';
import { javaPlatformEntries } from './content/javaPlatform';
import { csharpTypesEntries } from './content/csharpTypes';
import { goRuntimeEntries } from './content/goRuntime';
import { rustTraitsEntries } from './content/rustTraits';

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
  ...javascriptIdiomsEntries,
  ...pythonTypingEntries,
  ...pythonLanguageEntries,
  ...pythonIdiomsEntries,
  ...javaLanguageEntries,
  ...goLanguageEntries,
  ...rustOwnershipEntries,
  ...rustTypesEntries,
  ...csharpLanguageEntries,
  ...crossLanguageRuntimeEntries,
  ...crossLanguagePracticeEntries,
  ...typescriptTypeLevelEntries,
  ...typescriptProjectEntries,
  ...javascriptObjectModelEntries,
  ...pythonDataModelEntries,
  ...javaPlatformEntries,
  ...csharpTypesEntries,
  ...goRuntimeEntries,
  ...rustTraitsEntries,
];

const entriesById: ReadonlyMap<string, LibraryEntry> = new Map(libraryEntries.map((entry) => [entry.conceptId, entry]));

/** The library entry for one concept id, for callers that need the raw material (e.g. the walkthrough's sample). */
export function getLibraryEntry(conceptId: string): LibraryEntry | undefined {
  return entriesById.get(conceptId);
}
