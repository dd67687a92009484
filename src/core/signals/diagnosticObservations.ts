import type { Evidence, Observation } from '../../shared/observation';
import type { DiagnosticEvent, DiagnosticInput, DiagnosticSeverity } from './diagnosticTracker';

/** A concept a diagnostic points at, with how sure the mapping is (0..1). Produced by the diagnostic mapper. */
export interface ConceptWeight {
  id: string;
  weight: number;
  /** The mapping rule that matched, kept as evidence. */
  ruleId?: string;
}

/**
 * The diagnostic → concept mapping, injected so this module does not depend on the catalog (another module owns it).
 * Called once per introduced or resolved event.
 */
export type ConceptMapper = (diagnostic: DiagnosticInput, language: string | undefined) => readonly ConceptWeight[];

/** Where the events came from, for the evidence the engineer is shown. */
export interface DiagnosticObservationContext {
  mapToConcepts: ConceptMapper;
  /** Workspace-relative path (preferred) or URI of the document. */
  file?: string;
  /** Editor language id. */
  language?: string;
}

/** The observations for a batch of events, plus what could not be turned into any, so nothing is lost silently. */
export interface DiagnosticObservationResult {
  observations: Observation[];
  /** Events whose diagnostic no rule mapped to a concept (the catalog can grow from these). */
  unmapped: DiagnosticEvent[];
  /** Readable problems (a mapper that threw, an invalid concept id); the events concerned produce no observation. */
  problems: string[];
}

const SEVERITY_FACTOR: Readonly<Record<DiagnosticSeverity, number>> = { error: 1, warning: 0.7, info: 0.4, hint: 0.25 };
/** Fixes this fast say the engineer knew the concept: the error was a slip. */
export const QUICK_FIX_MS = 10_000;
/** Fixes this slow or slower say the engineer struggled before getting there. */
export const SLOW_FIX_MS = 10 * 60_000;
const EXCERPT_MAX = 200;

/**
 * Strength of a failure: the mapping weight, scaled by severity, rising with repeats (the first slip says little,
 * the fourth of the same kind says a lot). Exported for the nudge policy's tests and the skill model's tuning.
 */
export function failureStrength(weight: number, severity: DiagnosticSeverity, repeats: number): number {
  const repeatFactor = 1 - 0.4 * Math.pow(0.6, Math.max(0, repeats - 1));
  return clamp01(weight * SEVERITY_FACTOR[severity] * repeatFactor);
}

/**
 * Strength of a recovery: full for a quick fix (evidence the engineer knows the concept), falling on a log scale to
 * 0.35 for a fix that took ten minutes or more (they got there, but it was a struggle); halved when the code was
 * deleted or retyped wholesale rather than repaired.
 */
export function recoveryStrength(weight: number, timeToFixMs: number, swallowed: boolean): number {
  let speed: number;
  if (timeToFixMs <= QUICK_FIX_MS) speed = 1;
  else if (timeToFixMs >= SLOW_FIX_MS) speed = 0.35;
  else speed = 1 - 0.65 * (Math.log(timeToFixMs / QUICK_FIX_MS) / Math.log(SLOW_FIX_MS / QUICK_FIX_MS));
  return clamp01(weight * speed * (swallowed ? 0.5 : 1));
}

/**
 * Turns diagnostic tracker events into observations for the skill model: introduced → failure, resolved → recovery
 * with its time to fix, persisting → nothing except one weak failure when a diagnostic has been stuck for a while.
 * Diagnostics already there when the document was opened produce no failure, stuck or not (they are not the
 * engineer's doing); fixing one still counts as a recovery.
 */
export function diagnosticObservations(events: readonly DiagnosticEvent[], context: DiagnosticObservationContext): DiagnosticObservationResult {
  const result: DiagnosticObservationResult = { observations: [], unmapped: [], problems: [] };
  for (const event of events) {
    if (event.type === 'introduced' && event.preexisting) continue;
    if (event.type === 'persisting' && (!event.becameStuck || event.preexisting)) continue;
    let concepts: readonly ConceptWeight[];
    try {
      concepts = context.mapToConcepts(event.diagnostic, context.language);
    } catch (error) {
      result.problems.push(`concept mapping failed for ${event.key}: ${error instanceof Error ? error.message : String(error)}`);
      continue;
    }
    const valid = concepts.filter((c) => {
      const ok = typeof c.id === 'string' && c.id.length > 0 && c.id.length <= 128 && Number.isFinite(c.weight);
      if (!ok) result.problems.push(`ignored an invalid concept weight for ${event.key}: ${JSON.stringify(c).slice(0, 120)}`);
      return ok;
    });
    if (valid.length === 0) {
      result.unmapped.push(event);
      continue;
    }
    for (const concept of valid) result.observations.push(observationFor(event, concept, context));
  }
  return result;
}

function observationFor(event: DiagnosticEvent, concept: ConceptWeight, context: DiagnosticObservationContext): Observation {
  const weight = clamp01(concept.weight);
  const evidence: Evidence = {
    range: event.diagnostic.range,
    messageExcerpt: excerpt(event.diagnostic.message),
  };
  if (context.file !== undefined) evidence.file = context.file.slice(-1024);
  if (context.language !== undefined) evidence.language = context.language.slice(0, 64);
  if (event.diagnostic.source) evidence.diagnosticSource = event.diagnostic.source.slice(0, 128);
  if (event.diagnostic.code) evidence.diagnosticCode = event.diagnostic.code.slice(0, 128);
  if (concept.ruleId) evidence.ruleId = concept.ruleId.slice(0, 256);
  const base = { conceptId: concept.id, source: 'diagnostic' as const, timestamp: Math.max(0, Math.round(event.at)) };

  switch (event.type) {
    case 'introduced': {
      const repeats = Math.max(event.repeatInDocument, event.repeatRecent);
      evidence.repeatCount = Math.max(0, repeats - 1);
      return { ...base, kind: 'failure', strength: failureStrength(weight, event.diagnostic.severity, repeats), evidence };
    }
    case 'persisting':
      evidence.note = `still unresolved after ${Math.round(event.ageMs / 1000)} s`;
      return { ...base, kind: 'failure', strength: clamp01(0.25 * weight * SEVERITY_FACTOR[event.diagnostic.severity]), evidence };
    case 'resolved': {
      evidence.timeToFixMs = event.timeToFixMs;
      const notes: string[] = [];
      if (event.timeToFixMs <= QUICK_FIX_MS) notes.push('fixed quickly: likely a slip');
      if (event.swallowed) notes.push('the marked code was deleted or retyped');
      if (event.preexisting) notes.push('was already there when the file was opened');
      if (notes.length > 0) evidence.note = notes.join('; ');
      return { ...base, kind: 'recovery', strength: recoveryStrength(weight, event.timeToFixMs, event.swallowed), evidence };
    }
  }
}

function excerpt(message: string): string {
  const oneLine = message.replace(/\s+/g, ' ').trim();
  return oneLine.length <= EXCERPT_MAX ? oneLine : `${oneLine.slice(0, EXCERPT_MAX - 1)}…`;
}

function clamp01(value: number): number {
  return Number.isFinite(value) ? Math.min(1, Math.max(0, value)) : 0;
}
