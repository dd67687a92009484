import type { DiagnosticMapping, DiagnosticToMap } from './diagnosticMapper';

/** One kind of diagnostic no rule matched, with how often it was seen; maintainers grow the rule tables from these. */
export interface UnmappedEntry {
  /** `language|source|code`, or `language|source|~message-shape` when there is no code. */
  key: string;
  language: string;
  source: string;
  code: string;
  /** A short, number- and quote-free shape of the last message, never the identifiers the engineer wrote. */
  messageShape: string;
  count: number;
  /** Which fallback was used (`node:<kind>`, a bucket concept id, `unsupported-language`). */
  bucket: string;
}

/** Longest message shape kept per entry. */
const MAX_SHAPE_CHARS = 120;

/** Strips quoted names, numbers and paths so counts group by kind of message and keep no code from the engineer. */
export function messageShape(message: string): string {
  return message
    .split('\n')[0]
    .replace(/'[^']*'|"[^"]*"|`[^`]*`|‘[^’]*’|“[^”]*”/g, '…')
    .replace(/\b\d+(?:\.\d+)?\b/g, 'N')
    .replace(/(?:[A-Za-z]:)?(?:[\\/][\w.-]+){2,}/g, '<path>')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, MAX_SHAPE_CHARS);
}

/**
 * Counts diagnostics no rule mapped, so the catalog can grow. Pure and bounded: at most `capacity` distinct keys;
 * when full, the least recently seen key is evicted (and counted in `evicted`). Used by the signal session and the CLI.
 */
export class UnmappedCounter {
  private readonly entries = new Map<string, UnmappedEntry>();
  private evictedCount = 0;
  private totalCount = 0;

  constructor(private readonly capacity = 500) {
    if (!Number.isInteger(capacity) || capacity < 1) throw new Error(`UnmappedCounter capacity must be a positive integer, got ${capacity}`);
  }

  /** Records the mapping of one diagnostic; does nothing when a rule matched. Returns whether it was counted. */
  record(input: DiagnosticToMap, mapping: DiagnosticMapping): boolean {
    if (mapping.rule !== null) return false;
    const language = input.language.trim().toLowerCase();
    const source = (input.source ?? '').trim();
    const code = input.code === undefined ? '' : String(input.code).trim();
    const shape = messageShape(input.message);
    const key = `${language}|${source}|${code !== '' ? code : `~${shape}`}`;
    const existing = this.entries.get(key);
    this.totalCount++;
    if (existing) {
      // Re-insert so Map order is least-recently-seen first.
      this.entries.delete(key);
      this.entries.set(key, { ...existing, count: existing.count + 1, messageShape: shape, bucket: mapping.bucket ?? '' });
      return true;
    }
    if (this.entries.size >= this.capacity) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
      this.evictedCount++;
    }
    this.entries.set(key, { key, language, source, code, messageShape: shape, count: 1, bucket: mapping.bucket ?? '' });
    return true;
  }

  /** Entries, most frequent first (ties: most recently seen first). */
  snapshot(): UnmappedEntry[] {
    return [...this.entries.values()].reverse().sort((a, b) => b.count - a.count).map((entry) => ({ ...entry }));
  }

  /** Distinct keys evicted because the counter was full. */
  get evicted(): number {
    return this.evictedCount;
  }

  /** Every unmapped diagnostic recorded, evicted ones included. */
  get total(): number {
    return this.totalCount;
  }

  get size(): number {
    return this.entries.size;
  }
}
