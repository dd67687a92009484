import { readFile, rename } from 'node:fs/promises';
import { z } from 'zod';
import { emptySkillModelSnapshot, skillModelSnapshotSchema, type SkillModelSnapshot } from '../../core/skill/skillModel';
import { writeFileAtomic } from './atomicFile';

/** The profile file's current schema version; older versions are migrated on load and import. */
export const PROFILE_SCHEMA_VERSION = 2;

/** The profile file as stored: a versioned envelope around the skill model's snapshot. */
export const profileDocumentSchema = z.object({
  schemaVersion: z.literal(PROFILE_SCHEMA_VERSION),
  savedAt: z.number(),
  model: skillModelSnapshotSchema,
});
export type ProfileDocument = z.infer<typeof profileDocumentSchema>;

/** What loading found: the snapshot (empty when there was none), where it came from, and warnings to show the engineer. */
export interface ProfileLoadResult {
  model: SkillModelSnapshot;
  source: 'current' | 'backup' | 'new';
  /** Readable warnings (a recovery from backup, a file kept aside); empty when all was well. */
  warnings: string[];
}

/**
 * Migrations from each older schema version to the next. Version 1 is the bare skill-model snapshot (what
 * `SkillModel.toJSON()` returns, as written by the first builds and by hand-made exports), without the envelope.
 */
const MIGRATIONS: Readonly<Record<number, (data: unknown) => unknown>> = {
  1: (data) => ({ schemaVersion: 2, savedAt: 0, model: data }),
};

/** Brings a parsed profile of any known version to the current one; throws a readable error otherwise. */
export function migrateProfile(data: unknown): ProfileDocument {
  let current = data;
  for (let guard = 0; guard < 10; guard++) {
    const version = versionOf(current);
    if (version === PROFILE_SCHEMA_VERSION) break;
    if (version > PROFILE_SCHEMA_VERSION) throw new Error(`schema version ${version} is newer than this build understands (${PROFILE_SCHEMA_VERSION}); update Skilltrace`);
    const migrate = MIGRATIONS[version];
    if (!migrate) throw new Error(`unknown schema version ${version}`);
    current = migrate(current);
  }
  const parsed = profileDocumentSchema.safeParse(current);
  if (!parsed.success) throw new Error(`does not match the profile schema: ${z.prettifyError(parsed.error).split('\n').slice(0, 4).join('; ')}`);
  return parsed.data;
}

function versionOf(data: unknown): number {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new Error('is not a JSON object');
  const record = data as Record<string, unknown>;
  if (typeof record.schemaVersion === 'number') return record.schemaVersion;
  if (record.format === 'skilltrace-skill-model/1') return 1;
  throw new Error('has no schemaVersion: not a Skilltrace profile');
}

function describe(error: unknown): string {
  if (error instanceof SyntaxError) return `is not valid JSON (${error.message})`;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code) return `cannot be read (${code})`;
  return error instanceof Error ? error.message : String(error);
}

/**
 * The engineer's profile on disk, used by the extension to persist the skill model. Writes are atomic (temp file,
 * fsync, rename) and keep the last good copy as `<file>.bak`; an unreadable file is set aside as
 * `<file>.corrupt-<time>` and recovered from the backup with a warning, never silently reset.
 */
export class ProfileStore {
  readonly backupPath: string;

  constructor(
    readonly path: string,
    private readonly clock: () => number = Date.now,
  ) {
    this.backupPath = `${path}.bak`;
  }

  /** Loads the profile, recovering from the backup when the file is missing or unreadable. */
  async load(): Promise<ProfileLoadResult> {
    const current = await this.tryRead(this.path);
    if (current.document) return { model: current.document.model, source: 'current', warnings: [] };
    const warnings: string[] = [];
    if (current.problem !== 'missing') {
      const kept = await this.setAside();
      warnings.push(`The Skilltrace profile ${this.path} ${current.problem}${kept ? `; it was kept as ${kept}` : ''}.`);
    }
    const backup = await this.tryRead(this.backupPath);
    if (backup.document) {
      warnings.push(
        `Restored the profile from the last good copy ${this.backupPath}${backup.document.savedAt ? ` (saved ${new Date(backup.document.savedAt).toISOString()})` : ''}; evidence gathered after it is lost.`,
      );
      await this.writeAtomic(this.path, backup.document);
      return { model: backup.document.model, source: 'backup', warnings };
    }
    if (current.problem === 'missing' && backup.problem === 'missing') return { model: emptySkillModelSnapshot(), source: 'new', warnings: [] };
    if (backup.problem !== 'missing') warnings.push(`The backup ${this.backupPath} ${backup.problem} too.`);
    warnings.push('Starting with an empty profile.');
    return { model: emptySkillModelSnapshot(), source: 'new', warnings };
  }

  /** Saves the model atomically; the previous file, if readable, becomes the backup. */
  async save(model: SkillModelSnapshot): Promise<void> {
    const document: ProfileDocument = { schemaVersion: PROFILE_SCHEMA_VERSION, savedAt: this.clock(), model: skillModelSnapshotSchema.parse(model) };
    const previous = await this.tryRead(this.path);
    // The last good copy becomes the backup (atomically too, so a crash never leaves a half-written backup).
    if (previous.document) await this.writeAtomic(this.backupPath, previous.document);
    await this.writeAtomic(this.path, document);
  }

  /** Writes the current profile to `file` as JSON (the "export profile" command). */
  async exportTo(file: string): Promise<void> {
    const loaded = await this.load();
    await this.writeAtomic(file, { schemaVersion: PROFILE_SCHEMA_VERSION, savedAt: this.clock(), model: loaded.model });
  }

  /**
   * Replaces the profile with the one in `file` (the "import profile" command), after validating and migrating it.
   * Throws an Error naming the file and the problem; the current profile is untouched then.
   */
  async importFrom(file: string): Promise<SkillModelSnapshot> {
    let document: ProfileDocument;
    try {
      document = migrateProfile(JSON.parse(await readFile(file, 'utf8')));
    } catch (error) {
      throw new Error(`Cannot import ${file}: it ${describe(error)}.`);
    }
    await this.save(document.model);
    return document.model;
  }

  /** Empties the profile (the "reset profile" command); the previous profile stays in the backup. */
  async reset(): Promise<void> {
    await this.save(emptySkillModelSnapshot());
  }

  private async tryRead(file: string): Promise<{ document?: ProfileDocument; problem: string }> {
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { problem: 'missing' };
      return { problem: describe(error) };
    }
    try {
      return { document: migrateProfile(JSON.parse(text)), problem: '' };
    } catch (error) {
      return { problem: describe(error) };
    }
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

  private async writeAtomic(target: string, document: ProfileDocument): Promise<void> {
    await writeFileAtomic(target, JSON.stringify(document) + '\n');
  }
}
