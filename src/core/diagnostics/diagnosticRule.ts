/** The tools whose diagnostics the mapper has rule tables for; the matcher normalizes `source` onto these. */
export type DiagnosticTool = 'ts' | 'eslint' | 'pyright' | 'rustc' | 'go' | 'java' | 'csharp';

/** A concept a rule points at, with how strongly (0..1). Produced by the mapper, read by the observation builder. */
export interface WeightedConcept {
  readonly id: string;
  readonly weight: number;
}

/**
 * One mapping rule of a tool's table. Rules with a `code` match that code (and `message`, when given, refines it);
 * rules without a code match by `message` alone. The first matching rule in table order wins.
 */
export interface DiagnosticRule {
  /** Stable id shown as evidence and counted by audits, e.g. `ts/2322`, `go/unused-variable`. */
  readonly id: string;
  readonly code?: string;
  readonly message?: RegExp;
  readonly concepts: readonly WeightedConcept[];
}

/**
 * Used by the rule tables to write concepts compactly: `"ts.strict-null-checks null-safety@0.6"` gives the first
 * concept weight 1 and later ones 0.5 unless `@weight` says otherwise.
 */
export function conceptWeights(spec: string): WeightedConcept[] {
  return spec
    .trim()
    .split(/\s+/)
    .map((part, index) => {
      const at = part.indexOf('@');
      if (at < 0) return { id: part, weight: index === 0 ? 1 : 0.5 };
      const weight = Number(part.slice(at + 1));
      if (!Number.isFinite(weight) || weight <= 0 || weight > 1) throw new Error(`invalid weight in concept spec "${part}"`);
      return { id: part.slice(0, at), weight };
    });
}

/** Used by the code-keyed tables: one rule per `[code, spec]` row, with ids `${prefix}/${code}`. */
export function codeRules(prefix: string, rows: readonly (readonly [string | number, string])[]): DiagnosticRule[] {
  return rows.map(([code, spec]) => ({ id: `${prefix}/${code}`, code: String(code), concepts: conceptWeights(spec) }));
}

/** Used by the tables whose tools have no codes (Go, javac): one rule per `[name, pattern, spec]` row. */
export function messageRules(prefix: string, rows: readonly (readonly [string, RegExp, string])[]): DiagnosticRule[] {
  return rows.map(([name, message, spec]) => ({ id: `${prefix}/${name}`, message, concepts: conceptWeights(spec) }));
}

/** Used by the tables to refine one code by message: `[code, suffix, pattern, spec]` rows with ids `${prefix}/${code}:${suffix}`. */
export function refinedCodeRules(prefix: string, rows: readonly (readonly [string | number, string, RegExp, string])[]): DiagnosticRule[] {
  return rows.map(([code, suffix, message, spec]) => ({
    id: `${prefix}/${code}:${suffix}`,
    code: String(code),
    message,
    concepts: conceptWeights(spec),
  }));
}
