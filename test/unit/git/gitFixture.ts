import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** An author for test commits. */
export interface TestAuthor {
  name: string;
  email: string;
}

export const alice: TestAuthor = { name: 'Alice Engineer', email: 'alice@example.com' };
export const bob: TestAuthor = { name: 'Bob Other', email: 'bob@example.com' };

/**
 * A real git repository in a temp dir, made by the test. Identity is set in the repository's own config (never the
 * global one); each commit can name its author and date.
 */
export class TestRepo {
  readonly root: string;

  constructor() {
    this.root = mkdtempSync(join(tmpdir(), 'skilltrace-git-'));
    this.git('init', '-q', '-b', 'main');
    this.git('config', 'user.name', alice.name);
    this.git('config', 'user.email', alice.email);
    this.git('config', 'commit.gpgsign', 'false');
  }

  git(...args: string[]): string {
    return execFileSync('git', args, { cwd: this.root, encoding: 'utf8', env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1' } });
  }

  write(path: string, content: string | Buffer): void {
    const absolute = join(this.root, path);
    mkdirSync(dirname(absolute), { recursive: true });
    writeFileSync(absolute, content);
  }

  /** Stages everything and commits as `author` at `date` (ISO); returns the commit hash. */
  commit(message: string, author: TestAuthor = alice, date = '2025-01-10T12:00:00Z'): string {
    this.git('add', '-A');
    execFileSync('git', ['-c', `user.name=${author.name}`, '-c', `user.email=${author.email}`, 'commit', '-q', '--allow-empty', '-m', message], {
      cwd: this.root,
      env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date },
    });
    return this.git('rev-parse', 'HEAD').trim();
  }

  dispose(): void {
    rmSync(this.root, { recursive: true, force: true });
  }
}
