import type { ConceptMapper, ConceptWeight } from '../signals/diagnosticObservations';
import { mapDiagnostic } from './diagnosticMapper';
import type { UnmappedCounter } from './unmappedCounter';

/**
 * Used by the extension's signal pipeline: the catalog-backed `ConceptMapper` the diagnostic observation builder
 * expects. Rule matches carry their rule id; fallbacks (syntax node, language bucket) carry `fallback:<bucket>` so
 * evidence stays honest, and every unmatched diagnostic is recorded in the counter when one is given.
 */
export function createCatalogConceptMapper(counter?: UnmappedCounter): ConceptMapper {
  return (diagnostic, language) => {
    const input = { language: language ?? '', source: diagnostic.source, code: diagnostic.code, message: diagnostic.message };
    const mapping = mapDiagnostic(input);
    counter?.record(input, mapping);
    const ruleId = mapping.rule ?? `fallback:${mapping.bucket ?? 'none'}`;
    return mapping.concepts.map((concept): ConceptWeight => ({ id: concept.id, weight: concept.weight, ruleId }));
  };
}
