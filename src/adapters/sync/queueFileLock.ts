import { randomBytes } from 'node:crypto';
import { open, readFile, rename, rm, stat, utimes } from 'node:fs/promises';

/** Thrown when the lock stays taken longer than the caller is willing to wait. */
export class LockTimeoutError extends Error {}

/**
 * A lock file next to the sync queue, so several VS Code windows (one extension host each, one shared global
 * storage) take turns reading and writing it instead of overwriting each other's statements. Created with O_EXCL;
 * the holder touches it while it works, and a lock nobody touched for `staleMs` (a crashed editor) is taken over.
 */
export class QueueFileLock {
  private readonly owner = `${process.pid}-${randomBytes(6).toString('hex')}`;

  constructor(
    readonly path: string,
    private readonly options: { staleMs?: number; pollMs?: number; heartbeatMs?: number } = {},
  ) {}

  /** Waits for the lock (at most `timeoutMs`), runs `work` holding it, and releases it. */
  async run<T>(timeoutMs: number, work: () => Promise<T>): Promise<T> {
    await this.acquire(timeoutMs);
    const heartbeat = setInterval(() => {
      const now = new Date();
      void utimes(this.path, now, now).catch(() => undefined);
    }, this.options.heartbeatMs ?? 5_000);
    try {
      return await work();
    } finally {
      clearInterval(heartbeat);
      await this.release();
    }
  }

  private async acquire(timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    const staleMs = this.options.staleMs ?? 30_000;
    for (;;) {
      try {
        const handle = await open(this.path, 'wx');
        try {
          await handle.writeFile(`${this.owner}\n`);
        } finally {
          await handle.close();
        }
        return;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
      await this.takeOverIfStale(staleMs);
      if (Date.now() > deadline) throw new LockTimeoutError(`the sync queue is busy in another VS Code window (${this.path})`);
      await new Promise((resolve) => setTimeout(resolve, this.options.pollMs ?? 50));
    }
  }

  private async takeOverIfStale(staleMs: number): Promise<void> {
    let seen: string;
    try {
      const info = await stat(this.path);
      if (Date.now() - info.mtimeMs < staleMs) return;
      seen = await readFile(this.path, 'utf8');
    } catch {
      return;
    }
    // Rename is atomic: of several windows taking over, one wins. If what it moved is not the stale lock it saw
    // (someone took over and locked in between), it puts that lock back.
    const aside = `${this.path}.stale-${randomBytes(4).toString('hex')}`;
    try {
      await rename(this.path, aside);
    } catch {
      return;
    }
    const moved = await readFile(aside, 'utf8').catch(() => '');
    if (moved !== seen) await rename(aside, this.path).catch(() => undefined);
    else await rm(aside, { force: true });
  }

  private async release(): Promise<void> {
    const holder = await readFile(this.path, 'utf8').catch(() => '');
    if (holder.trim() === this.owner) await rm(this.path, { force: true });
  }
}
