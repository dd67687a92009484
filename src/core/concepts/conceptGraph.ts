import type { Concept } from './concept';
import { conceptCatalog } from './conceptCatalog';

/** Prerequisite relations between concepts, read by the tutor to order lessons and by the skill model to propagate. */
export interface ConceptGraph {
  /** Direct prerequisites of a concept (empty for unknown ids). */
  prerequisitesOf(id: string): readonly string[];
  /** Concepts that list this one as a direct prerequisite (empty for unknown ids). */
  dependentsOf(id: string): readonly string[];
  /** Every concept reachable through prerequisites, nearest first, without the concept itself. */
  allPrerequisitesOf(id: string): readonly string[];
}

/** Used by `buildConceptGraph` callers and tests: builds the graph of any concept list (duplicate ids: last wins). */
export function buildConceptGraph(concepts: readonly Concept[]): ConceptGraph {
  const prerequisites = new Map<string, readonly string[]>();
  const dependents = new Map<string, string[]>();
  for (const concept of concepts) prerequisites.set(concept.id, concept.prerequisites);
  for (const concept of concepts) {
    for (const prerequisite of concept.prerequisites) {
      const list = dependents.get(prerequisite) ?? [];
      list.push(concept.id);
      dependents.set(prerequisite, list);
    }
  }
  const empty: readonly string[] = Object.freeze([]);
  return {
    prerequisitesOf: (id) => prerequisites.get(id) ?? empty,
    dependentsOf: (id) => dependents.get(id) ?? empty,
    allPrerequisitesOf(id) {
      const seen = new Set<string>([id]);
      const order: string[] = [];
      let frontier = [...(prerequisites.get(id) ?? [])];
      while (frontier.length > 0) {
        const next: string[] = [];
        for (const candidate of frontier) {
          if (seen.has(candidate)) continue;
          seen.add(candidate);
          order.push(candidate);
          next.push(...(prerequisites.get(candidate) ?? []));
        }
        frontier = next;
      }
      return order;
    },
  };
}

/** The prerequisite graph of the built-in catalog. */
export const conceptGraph: ConceptGraph = buildConceptGraph(conceptCatalog);

/**
 * Used by the catalog test (and anyone loading extra concepts) to prove prerequisites form a DAG: returns one cycle
 * as a list of ids (first id repeated at the end), or undefined when there is none.
 */
export function findPrerequisiteCycle(concepts: readonly Concept[]): string[] | undefined {
  const prerequisites = new Map(concepts.map((concept) => [concept.id, concept.prerequisites]));
  const state = new Map<string, 'visiting' | 'done'>();
  const path: string[] = [];
  // Iterative depth-first search so a long chain cannot overflow the stack.
  for (const root of prerequisites.keys()) {
    if (state.has(root)) continue;
    const stack: { id: string; next: number }[] = [{ id: root, next: 0 }];
    state.set(root, 'visiting');
    path.push(root);
    while (stack.length > 0) {
      const frame = stack[stack.length - 1];
      const edges = prerequisites.get(frame.id) ?? [];
      if (frame.next >= edges.length) {
        state.set(frame.id, 'done');
        stack.pop();
        path.pop();
        continue;
      }
      const target = edges[frame.next++];
      if (!prerequisites.has(target)) continue;
      const targetState = state.get(target);
      if (targetState === 'visiting') return [...path.slice(path.indexOf(target)), target];
      if (targetState === 'done') continue;
      state.set(target, 'visiting');
      path.push(target);
      stack.push({ id: target, next: 0 });
    }
  }
  return undefined;
}

/**
 * Used by the catalog test and by loaders of extra concepts: every readable problem with a concept list (bad ids,
 * duplicates, unknown or self prerequisites, missing text, cycles). Empty when the list is well formed.
 */
export function validateConcepts(concepts: readonly Concept[]): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  const idPattern = /^(?:(?:ts|js|py|java|go|rust|csharp)\.)?[a-z0-9]+(?:-[a-z0-9]+)*$/;
  for (const concept of concepts) {
    if (ids.has(concept.id)) problems.push(`duplicate concept id "${concept.id}"`);
    ids.add(concept.id);
    if (!idPattern.test(concept.id)) problems.push(`concept id "${concept.id}" is not lowercase kebab-case with an optional language prefix`);
    if (concept.title.trim() === '') problems.push(`concept "${concept.id}" has an empty title`);
    if (concept.description.trim().length < 80) problems.push(`concept "${concept.id}" needs a real one-paragraph description`);
    if (concept.description.includes('\n\n')) problems.push(`concept "${concept.id}" description must be one paragraph`);
    if (concept.languages !== '*' && concept.languages.length === 0) problems.push(`concept "${concept.id}" lists no languages`);
  }
  for (const concept of concepts) {
    for (const prerequisite of concept.prerequisites) {
      if (prerequisite === concept.id) problems.push(`concept "${concept.id}" lists itself as a prerequisite`);
      else if (!ids.has(prerequisite)) problems.push(`concept "${concept.id}" has unknown prerequisite "${prerequisite}"`);
    }
  }
  const cycle = findPrerequisiteCycle(concepts);
  if (cycle) problems.push(`prerequisite cycle: ${cycle.join(' → ')}`);
  return problems;
}
