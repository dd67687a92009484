import { randomBytes } from 'node:crypto';
import { copyFile, link, open, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { writeFileAtomic } from '../storage/atomicFile';
import { z } from 'zod';
import { plannerStateSchema } from '../../core/sync/skillReportPlanner';
import {
  deliveryStateSchema,
  emptyQueueSnapshot,
  quarantinedStatementSchema,
  queuedStatementSchema,
  type QuarantinedStatement,
  type QueuedStatement,
  type SyncQueueSnapshot,
} from '../../core/sync/syncQueue';

/** The queue file's format tag; a future format gets a migration here. */
export const SYNC_QUEUE_FORMAT = 'skilltrace-sync-queue/1';

const headerSchema = z.object({
  format: z.literal(SYNC_QUEUE_FORMAT),
  savedAt: z.number(),
  planner: plannerStateSchema,
  delivery: deliveryStateSchema,
  counts: z.object({ pending: z.number().int().min(0), quarantined: z.number().int().min(0) }),
});

const lineSchema = z.union([z.object({ pending: queuedStatementSchema }), z.object({ quarantined: quarantinedStatementSchema })]);

/** Lines longer than this are damage or tampering: a real statement is about 1 KB. */
const MAX_LINE_LENGTH = 64 * 1024;
/** Files larger than this are not read whole (a runaway or hostile file must not take the editor's memory). */
const MAX_FILE_BYTES = 256 * 1024 * 1024;

/** What loading found: the queue, where it came from, and warnings the engineer must see. */
export interface SyncQueueLoadResult {
  snapshot: SyncQueueSnapshot;
  source: 'current' | 'recovered' | 'new';
  warnings: string[];
  /** Where the damaged file was kept, when there was one. */
  keptAs?: string;
}

interface ParsedFile {
  header?: z.infer<typeof headerSchema>;
  pending: QueuedStatement[];
  quarantined: QuarantinedStatement[];
  badLines: number;
  /** Why the file is not intact ('' when it is). */
  problem: string;
  missing: boolean;
}

/**
 * The sync queue on disk, one JSON object per line (a header, then one statement per line), so a damaged file
 * loses only its broken lines. Writes are atomic (temp file, fsync, rename, directory fsync) and keep the previous
 * file as `<file>.bak`. A damaged file is kept as `<file>.corrupt-<time>` and the queue rebuilt from every intact
 * line of it and of the backup: a statement in either survives (one delivered already is sent again, and the
 * server recognises its id, so nothing is duplicated).
 */
export class SyncQueueFile {
  readonly backupPath: string;

  constructor(
    readonly path: string,
    private readonly clock: () => number = Date.now,
  ) {
    this.backupPath = `${path}.bak`;
  }

  async load(): Promise<SyncQueueLoadResult> {
    const current = await this.parse(this.path);
    if (current.missing) {
      const backup = await this.parse(this.backupPath);
      if (backup.missing) return { snapshot: emptyQueueSnapshot(), source: 'new', warnings: [] };
      // Only a crash between removing and writing can leave the backup alone: use it.
      const merged = merge(backup, undefined);
      await this.save(merged);
      return { snapshot: merged, source: 'recovered', warnings: [`The sync queue ${this.path} was missing; it was restored from ${this.backupPath}.`] };
    }
    if (!current.problem) return { snapshot: snapshotOf(current), source: 'current', warnings: [] };

    const keptAs = await this.setAside();
    const backup = await this.parse(this.backupPath);
    const merged = merge(current, backup.missing ? undefined : backup);
    const warnings = [
      `The sync queue ${this.path} ${current.problem}${keptAs ? `; the damaged file was kept as ${keptAs}` : ''}.`,
      `Recovered ${merged.pending.length} queued and ${merged.quarantined.length} quarantined statement(s) from its intact lines${backup.missing ? '' : ` and the backup ${this.backupPath}`}` +
        (backup.problem && !backup.missing ? ` (the backup ${backup.problem} too)` : '') +
        '; statements already delivered may be sent again and the server keeps one copy of each.',
    ];
    await this.save(merged);
    return { snapshot: merged, source: 'recovered', warnings, keptAs };
  }

  /**
   * Writes the queue atomically; the previous file, when intact, becomes the backup. `previousIntact`: the caller
   * wrote or read that file itself and nothing changed it since, so it need not be parsed again to know.
   */
  async save(snapshot: SyncQueueSnapshot, options: { previousIntact?: boolean } = {}): Promise<void> {
    const header = {
      format: SYNC_QUEUE_FORMAT,
      savedAt: this.clock(),
      planner: snapshot.planner,
      delivery: snapshot.delivery,
      counts: { pending: snapshot.pending.length, quarantined: snapshot.quarantined.length },
    };
    const lines = [JSON.stringify(header), ...snapshot.pending.map((entry) => JSON.stringify({ pending: entry })), ...snapshot.quarantined.map((entry) => JSON.stringify({ quarantined: entry }))];
    const previous = options.previousIntact ? { missing: false, problem: '' } : await this.parse(this.path);
    if (!previous.missing && !previous.problem) await this.keepAsBackup();
    await writeFileAtomic(this.path, lines.join('\n') + '\n');
  }

  /** Makes the current file the backup without copying it (a hard link), or by copying where links fail. */
  private async keepAsBackup(): Promise<void> {
    const temp = this.tempPath(this.backupPath);
    try {
      await link(this.path, temp).catch(async (error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT') throw error;
        await copyFile(this.path, temp);
      });
      await rename(temp, this.backupPath);
    } catch (error) {
      await rm(temp, { force: true });
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }

  /** Removes the queue, its backup and any damaged copies (revocation: nothing about the engineer stays behind). */
  async remove(): Promise<void> {
    const dir = dirname(this.path);
    const name = basename(this.path);
    const names = await readdir(dir).catch(() => [] as string[]);
    // The lock file is the caller's: it holds it while removing.
    const ours = names.filter((f) => f === name || (f.startsWith(`${name}.`) && f !== `${name}.lock`));
    await Promise.all(ours.map((f) => rm(join(dir, f), { force: true })));
  }

  /** Identifies the file's current version cheaply (size, time, inode), to notice another window's write. */
  async stamp(): Promise<string> {
    try {
      const info = await stat(this.path);
      return `${info.ino}:${info.size}:${info.mtimeMs}`;
    } catch {
      return 'missing';
    }
  }

  private async parse(file: string): Promise<ParsedFile> {
    const result: ParsedFile = { pending: [], quarantined: [], badLines: 0, problem: '', missing: false };
    let text: string;
    try {
      const handle = await open(file, 'r');
      try {
        const { size } = await handle.stat();
        if (size > MAX_FILE_BYTES) return { ...result, problem: `is ${size} bytes, more than the ${MAX_FILE_BYTES} a queue can be` };
      } finally {
        await handle.close();
      }
      text = await readFile(file, 'utf8');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') return { ...result, missing: true };
      return { ...result, problem: `cannot be read (${code ?? String(error)})` };
    }
    const lines = text.split('\n');
    if (lines[lines.length - 1] === '') lines.pop();
    const [first, ...rest] = lines;
    const header = first !== undefined && first.length <= MAX_LINE_LENGTH ? headerSchema.safeParse(safeJson(first)) : undefined;
    if (header?.success) result.header = header.data;
    const seen = new Set<string>();
    for (const line of rest) {
      const parsed = line.length <= MAX_LINE_LENGTH ? lineSchema.safeParse(safeJson(line)) : undefined;
      if (!parsed?.success) {
        result.badLines++;
        continue;
      }
      const entry = 'pending' in parsed.data ? parsed.data.pending : parsed.data.quarantined;
      if (seen.has(entry.id)) continue;
      seen.add(entry.id);
      if ('pending' in parsed.data) result.pending.push(parsed.data.pending);
      else result.quarantined.push(parsed.data.quarantined);
    }
    const problems: string[] = [];
    if (!result.header) problems.push(first === undefined ? 'is empty' : 'has no readable header');
    if (result.badLines > 0) problems.push(`has ${result.badLines} unreadable line(s)`);
    if (result.header && (result.header.counts.pending !== result.pending.length || result.header.counts.quarantined !== result.quarantined.length)) {
      problems.push(`holds ${result.pending.length + result.quarantined.length} of the ${result.header.counts.pending + result.header.counts.quarantined} statements it should (truncated?)`);
    }
    result.problem = problems.join(', ');
    return result;
  }

  private async setAside(): Promise<string | undefined> {
    const kept = `${this.path}.corrupt-${this.clock()}`;
    try {
      await rename(this.path, kept);
      return kept;
    } catch {
      return undefined;
    }
  }

  private tempPath(target: string): string {
    return `${target}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`;
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function snapshotOf(file: ParsedFile): SyncQueueSnapshot {
  const empty = emptyQueueSnapshot();
  return {
    planner: file.header?.planner ?? empty.planner,
    delivery: file.header?.delivery ?? empty.delivery,
    pending: file.pending,
    quarantined: file.quarantined,
  };
}

/**
 * Every statement found in either file, each once: where the damaged file still says where a statement is, that
 * wins; the header comes from the damaged file when it is readable, else from the backup.
 */
function merge(current: ParsedFile, backup: ParsedFile | undefined): SyncQueueSnapshot {
  const base = snapshotOf(current.header || !backup ? current : { ...current, header: backup.header });
  const known = new Set([...base.pending, ...base.quarantined].map((entry) => entry.id));
  for (const entry of backup?.pending ?? []) {
    if (known.has(entry.id)) continue;
    known.add(entry.id);
    base.pending.push(entry);
  }
  for (const entry of backup?.quarantined ?? []) {
    if (known.has(entry.id)) continue;
    known.add(entry.id);
    base.quarantined.push(entry);
  }
  base.pending.sort((a, b) => a.enqueuedAt - b.enqueuedAt);
  if (current.header && backup?.header) base.planner = { ...base.planner, reported: replanLost(base, current.header.planner.reported, backup.header.planner.reported) };
  // Delivery resumes promptly after a recovery; a stop for a bad token is kept (the token is still bad).
  base.delivery = { ...base.delivery, failures: 0, nextAttemptAt: 0 };
  return base;
}

/**
 * A report planned since the backup whose statement was in a damaged line is in neither file: forget that it was
 * reported (back to what the backup knew), so the next plan reports the concept again instead of never.
 */
function replanLost(
  merged: SyncQueueSnapshot,
  reported: SyncQueueSnapshot['planner']['reported'],
  before: SyncQueueSnapshot['planner']['reported'],
): SyncQueueSnapshot['planner']['reported'] {
  const surviving = new Set([...merged.pending, ...merged.quarantined].map((entry) => `${entry.conceptId}@${Date.parse(entry.statement.timestamp)}`));
  const out = { ...reported };
  for (const [conceptId, report] of Object.entries(reported)) {
    const old = before[conceptId];
    if (old?.at === report.at || surviving.has(`${conceptId}@${report.at}`)) continue;
    if (old) out[conceptId] = old;
    else delete out[conceptId];
  }
  return out;
}
