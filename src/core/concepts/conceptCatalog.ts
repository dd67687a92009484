import type { Concept } from './concept';
import { crossLanguageConcepts } from './crossLanguageConcepts';
import { csharpConcepts } from './csharpConcepts';
import { goConcepts } from './goConcepts';
import { javaConcepts } from './javaConcepts';
import { javascriptConcepts } from './javascriptConcepts';
import { pythonConcepts } from './pythonConcepts';
import { rustConcepts } from './rustConcepts';
import { typescriptConcepts } from './typescriptConcepts';

/**
 * Every concept Skilltrace can observe and teach. Read by the mapper, the skill model, the tutor and the offline
 * library; ids are stable keys (a test checks the catalog is well formed and its prerequisites form a DAG).
 */
export const conceptCatalog: readonly Concept[] = Object.freeze([
  ...crossLanguageConcepts,
  ...typescriptConcepts,
  ...javascriptConcepts,
  ...pythonConcepts,
  ...javaConcepts,
  ...goConcepts,
  ...rustConcepts,
  ...csharpConcepts,
]);

const byId: ReadonlyMap<string, Concept> = new Map(conceptCatalog.map((concept) => [concept.id, concept]));

/** Used by every consumer that holds a concept id: the concept, or undefined for an unknown id. */
export function getConcept(id: string): Concept | undefined {
  return byId.get(id);
}

/** Used by validators (observations, library entries) to reject ids the catalog does not know. */
export function isConceptId(id: string): boolean {
  return byId.has(id);
}

/** The per-language bucket for diagnostics no rule or construct explains, keyed by VS Code language id. */
const GENERAL_BUCKETS: Readonly<Record<string, string>> = {
  typescript: 'ts.general',
  typescriptreact: 'ts.general',
  javascript: 'js.general',
  javascriptreact: 'js.general',
  python: 'py.general',
  java: 'java.general',
  go: 'go.general',
  rust: 'rust.general',
  csharp: 'csharp.general',
};

/** Used by the diagnostic mapper as the last resort: the language's generic bucket concept, if the language is supported. */
export function generalConceptFor(languageId: string): string | undefined {
  const key = languageId.trim().toLowerCase();
  return Object.hasOwn(GENERAL_BUCKETS, key) ? GENERAL_BUCKETS[key] : undefined;
}
