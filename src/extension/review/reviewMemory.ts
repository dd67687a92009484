import { z } from 'zod';
import type { ReviewFindingRecord } from '../../core/review/reviewPolicy';

/** Where the review memory lives (the workspace's Memento): dismissed hints and past findings are per project. */
export const REVIEW_MEMORY_KEY = 'skilltrace.review.memory';

const MAX_DISMISSED = 500;
const MAX_FINDINGS = 2000;
const KEEP_FINDINGS_MS = 30 * 24 * 60 * 60 * 1000;

const memorySchema = z.object({
  dismissed: z.array(z.string().max(2048)).max(MAX_DISMISSED * 2),
  findings: z
    .array(z.object({ conceptId: z.string().max(128), file: z.string().max(1024), detectorId: z.string().max(256), excerpt: z.string().max(400), at: z.number().int().min(0) }))
    .max(MAX_FINDINGS * 2),
  /** Concept id → when a lesson was last opened for it, so repeated findings open it once. */
  lessons: z.record(z.string().max(128), z.number().int().min(0)),
});

/** What the review remembers between runs: dismissed hints, recent findings, and lessons already offered. */
export type ReviewMemoryData = z.infer<typeof memorySchema>;

/** The slice of a VS Code Memento the memory needs (workspaceState in the extension). */
export interface MementoLike {
  get(key: string): unknown;
  update(key: string, value: unknown): Thenable<void>;
}

/**
 * Keeps the review's memory in the workspace Memento, bounded in size and age. Damaged data is reported and replaced
 * by an empty memory, never thrown: a lost dismissal list costs a repeated hint, not a broken command.
 */
export class ReviewMemory {
  private data: ReviewMemoryData;

  constructor(
    private readonly memento: MementoLike,
    warn: (message: string) => void,
  ) {
    const raw = memento.get(REVIEW_MEMORY_KEY);
    const parsed = raw === undefined ? undefined : memorySchema.safeParse(raw);
    if (parsed && !parsed.success) warn(`The saved review memory was unreadable (${parsed.error.issues[0]?.message ?? 'invalid'}); starting a fresh one.`);
    this.data = parsed?.success ? parsed.data : { dismissed: [], findings: [], lessons: {} };
  }

  dismissedKeys(): ReadonlySet<string> {
    return new Set(this.data.dismissed);
  }

  findings(): readonly ReviewFindingRecord[] {
    return this.data.findings;
  }

  lessonOpenedAt(conceptId: string): number | undefined {
    return Object.hasOwn(this.data.lessons, conceptId) ? this.data.lessons[conceptId] : undefined;
  }

  async dismiss(key: string): Promise<void> {
    this.data.dismissed = [...this.data.dismissed.filter((existing) => existing !== key), key].slice(-MAX_DISMISSED);
    await this.save();
  }

  async recordFindings(records: readonly ReviewFindingRecord[], now: number): Promise<void> {
    this.data.findings = [...this.data.findings, ...records].filter((record) => record.at >= now - KEEP_FINDINGS_MS).slice(-MAX_FINDINGS);
    await this.save();
  }

  async recordLesson(conceptId: string, at: number): Promise<void> {
    this.data.lessons = { ...this.data.lessons, [conceptId]: at };
    await this.save();
  }

  private async save(): Promise<void> {
    await this.memento.update(REVIEW_MEMORY_KEY, this.data);
  }
}
