import { mapDiagnostic, type DiagnosticMapping } from '../core/diagnostics/diagnosticMapper';
import type { DiagnosticInput } from '../core/signals/diagnosticTracker';

/**
 * The diagnostic → concept mapping as the signal pipeline calls it: the catalog's rule tables, else the language's
 * generic bucket. The rule id travels with each concept as evidence.
 */
export function mapDiagnosticToConcepts(diagnostic: DiagnosticInput, language: string | undefined): { concepts: { id: string; weight: number; ruleId?: string }[]; mapping: DiagnosticMapping } {
  const mapping = mapDiagnostic({ language: language ?? '', source: diagnostic.source, code: diagnostic.code, message: diagnostic.message });
  return {
    mapping,
    concepts: mapping.concepts.map((c) => ({ id: c.id, weight: c.weight, ...(mapping.rule ? { ruleId: mapping.rule } : { ruleId: `bucket:${mapping.bucket ?? 'none'}` }) })),
  };
}
