import type { Observation } from '../../shared/observation';
import type { ConceptOccurrence, OccurrenceRelation } from './structureAnalyzer';

/**
 * Strength by how the construct relates to the edit: writing a construct says more than editing somewhere inside
 * one. All low, because using a construct is an opportunity, not evidence of mastery or struggle.
 */
const strengthByRelation: Readonly<Record<OccurrenceRelation, number>> = {
  inside: 0.2,
  overlaps: 0.15,
  encloses: 0.05,
};

/** Where and when the occurrences were found. */
export interface OpportunityContext {
  file: string;
  language: string;
  timestamp: number;
}

/**
 * Used by the extension's structure watcher: turns the concept occurrences at an edit site into opportunity
 * observations, one per concept (the most specific occurrence wins), so a burst of typing in one place does not
 * count the same construct many times.
 */
export function opportunitiesToObservations(occurrences: readonly ConceptOccurrence[], context: OpportunityContext): Observation[] {
  const best = new Map<string, ConceptOccurrence>();
  for (const occurrence of occurrences) {
    const current = best.get(occurrence.conceptId);
    if (!current || strengthByRelation[occurrence.relation] > strengthByRelation[current.relation]) {
      best.set(occurrence.conceptId, occurrence);
    }
  }
  return [...best.values()].map((occurrence) => ({
    conceptId: occurrence.conceptId,
    kind: 'opportunity',
    strength: strengthByRelation[occurrence.relation],
    source: 'structure',
    timestamp: Math.max(0, Math.trunc(context.timestamp)),
    evidence: {
      file: context.file.slice(0, 1024),
      language: context.language.slice(0, 64),
      range: occurrence.range,
      nodeKind: occurrence.nodeKind.slice(0, 128),
      ruleId: `structure:${occurrence.captureName}`.slice(0, 256),
      note: `${occurrence.nodeKind} ${occurrence.relation === 'encloses' ? 'encloses' : 'at'} the edit`,
    },
  }));
}
