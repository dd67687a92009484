/** Language families a concept can apply to; editor language ids map onto these (typescriptreact → typescript). */
export type ConceptLanguage = 'typescript' | 'javascript' | 'python' | 'java' | 'go' | 'rust' | 'csharp';

/** How far along an engineer usually is before the concept matters; the tutor orders lessons by it. */
export type ConceptLevel = 'foundation' | 'intermediate' | 'advanced';

/**
 * One teachable programming concept. Read by the diagnostic mapper, the skill model, the tutor and the offline
 * library, which all key their data by `id` (ids are stable: add new ones, never rename).
 */
export interface Concept {
  /** Lowercase kebab-case; language-specific ids carry a prefix (`ts.`, `js.`, `py.`, `java.`, `go.`, `rust.`, `csharp.`). */
  readonly id: string;
  readonly title: string;
  /** One paragraph written for a professional engineer. */
  readonly description: string;
  /** `'*'` for cross-language concepts. */
  readonly languages: '*' | readonly ConceptLanguage[];
  /** Concepts worth knowing first; together they form a DAG (checked by `findPrerequisiteCycle`). */
  readonly prerequisites: readonly string[];
  readonly level: ConceptLevel;
  /** One short sentence naming the likely misconception, shown in hovers. */
  readonly misconception?: string;
}

const LANGUAGE_FAMILIES: Readonly<Record<string, ConceptLanguage>> = {
  typescript: 'typescript',
  typescriptreact: 'typescript',
  javascript: 'javascript',
  javascriptreact: 'javascript',
  python: 'python',
  java: 'java',
  go: 'go',
  rust: 'rust',
  csharp: 'csharp',
};

/** Used by the mapper and catalog queries to turn a VS Code language id into a concept language (undefined: unsupported). */
export function conceptLanguageOf(languageId: string): ConceptLanguage | undefined {
  const key = languageId.trim().toLowerCase();
  return Object.hasOwn(LANGUAGE_FAMILIES, key) ? LANGUAGE_FAMILIES[key] : undefined;
}

/** Used by the tutor and the mapper to decide whether a concept is relevant in a document of the given language id. */
export function conceptAppliesTo(concept: Concept, languageId: string): boolean {
  if (concept.languages === '*') return true;
  const family = conceptLanguageOf(languageId);
  if (family === undefined) return false;
  // TypeScript is a superset of JavaScript: JavaScript concepts apply to TypeScript code too.
  return concept.languages.includes(family) || (family === 'typescript' && concept.languages.includes('javascript'));
}
