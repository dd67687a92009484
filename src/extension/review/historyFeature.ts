import * as vscode from 'vscode';
import type { GitIdentity, HistoryCommit } from '../../core/history/commitSource';
import { analyzeHistory } from '../../core/history/historyEvidence';
import { fedCommits, readSavedHistory, recordAnalysis, type SavedHistory } from '../../core/history/savedHistory';
import { editorLanguageForPath, reviewLanguageForPath } from '../../core/review/reviewHint';
import { diffFilePath } from '../../core/review/unifiedDiff';
import type { StructureAnalyzer } from '../../core/structure/structureAnalyzer';
import type { Observation } from '../../shared/observation';
import type { PanelFromHistory } from '../../shared/webviewProtocol';
import type { Logger } from '../logger';
import { describeReadProgress, explainGitFailure, openRepository, ReviewRunError } from './gitAccess';
import { conceptsIn, withStructure } from './structureProbe';

/** Where the analysis is remembered (globalState: it is about the engineer, keyed by repository inside). */
export const HISTORY_KEY = 'skilltrace.history';

const DAY_MS = 86_400_000;
/** Files of all commits together that tree-sitter reads (the lexical finder covers the rest). */
const MAX_SYNTAX_FILES = 400;
const MAX_SYNTAX_LINES = 2000;

/** What the history analysis needs from the rest of the extension. */
export interface HistoryDeps {
  context: vscode.ExtensionContext;
  logger: Logger;
  /** Feeds one observation to the model (source history). */
  observe(observation: Observation): void;
  conceptTitle(conceptId: string): string;
  structure(): Promise<StructureAnalyzer>;
  /** Shows the panel on its History tab when a run the engineer started is done. */
  showHistory(): Promise<void>;
  changed(): void;
  now(): number;
}

/** Bounds of one analysis; the command reads them from `skilltrace.history.*` unless a caller passes them. */
export interface HistoryBounds {
  maxCommits?: number;
  /** Only commits from the last this many days (0: no date bound). */
  sinceDays?: number;
}

function describeIdentity(identity: GitIdentity): string {
  if (identity.name && identity.email) return `${identity.name} <${identity.email}>`;
  return identity.email ?? identity.name ?? 'you';
}

/**
 * "Analyze my history": reads the engineer's own commits (author from git config, bounded by count and date, with
 * progress and cancel), finds the concepts they use, fix and slip on (detectors, commit messages, tree-sitter on the
 * added code), feeds that evidence to the model as source history (each commit only once), and keeps a summary for
 * the panel's "From your history".
 */
export class HistoryFeature implements vscode.Disposable {
  private saved: SavedHistory;
  private running: AbortController | undefined;
  private status: { state: 'running' | 'failed'; message: string } | undefined;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly deps: HistoryDeps) {
    const read = readSavedHistory(deps.context.globalState.get(HISTORY_KEY));
    if (read.problem) deps.logger.warn(`History: ${read.problem}.`);
    this.saved = read.saved;
    this.disposables.push(vscode.commands.registerCommand('skilltrace.analyzeHistory', (bounds?: HistoryBounds) => this.analyze(typeof bounds === 'object' && bounds !== null ? bounds : {})));
  }

  /** The panel's "From your history" for the current workspace's repository (or the last analyzed one). */
  panelState(): { fromHistory?: PanelFromHistory; historyRun?: { state: 'running' | 'failed'; message: string } } {
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
    const repository = this.saved.repositories.find((r) => folder !== undefined && (folder === r.root || folder.startsWith(`${r.root}/`))) ?? this.saved.repositories[0];
    const fromHistory: PanelFromHistory | undefined = repository && {
      analyzedAt: repository.analyzedAt,
      author: repository.author,
      repository: repository.root.slice(0, 1024),
      commits: repository.summary.commitsAnalyzed,
      ...(repository.summary.from !== undefined ? { from: repository.summary.from } : {}),
      ...(repository.summary.to !== undefined ? { to: repository.summary.to } : {}),
      truncated: repository.truncated,
      newEvidence: repository.newEvidence,
      concepts: repository.summary.concepts.slice(0, 40).map((c) => ({
        conceptId: c.conceptId,
        title: this.deps.conceptTitle(c.conceptId).slice(0, 200),
        usedIn: c.usedIn,
        fixedIn: c.fixedIn,
        introduced: c.introduced,
        examples: c.examples,
      })),
    };
    return { ...(fromHistory ? { fromHistory } : {}), ...(this.status ? { historyRun: this.status } : {}) };
  }

  /** Runs the analysis with a cancellable progress notification; errors are shown with what to do. */
  async analyze(bounds: HistoryBounds = {}): Promise<PanelFromHistory | undefined> {
    const config = vscode.workspace.getConfiguration('skilltrace.history');
    const maxCommits = Math.max(1, Math.min(2000, Math.floor(bounds.maxCommits ?? config.get<number>('maxCommits', 200))));
    const sinceDays = Math.max(0, Math.floor(bounds.sinceDays ?? config.get<number>('sinceDays', 365)));
    const folder = vscode.workspace.workspaceFolders?.[0];
    this.running?.abort();
    const abort = new AbortController();
    this.running = abort;
    this.status = { state: 'running', message: 'Reading your commits…' };
    this.deps.changed();
    try {
      if (!folder) throw new ReviewRunError('not-a-repository', 'Open a folder that is under git to analyze your history.');
      await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, title: 'Skilltrace: analyzing your commits', cancellable: true },
        (progress, token) => {
          token.onCancellationRequested(() => abort.abort());
          return this.run(folder.uri.fsPath, { maxCommits, sinceDays }, abort.signal, (message) => progress.report({ message }));
        },
      );
      this.status = undefined;
      this.deps.changed();
      await this.deps.showHistory();
      return this.panelState().fromHistory;
    } catch (error) {
      const failure = abort.signal.aborted ? new ReviewRunError('cancelled', 'Cancelled.') : await explainGitFailure(error);
      this.status = failure.kind === 'cancelled' ? undefined : { state: 'failed', message: failure.message.slice(0, 600) };
      this.deps.changed();
      if (failure.kind !== 'cancelled') {
        this.deps.logger.warn(`History analysis failed: ${failure.message}`);
        void vscode.window.showErrorMessage(`Skilltrace history: ${failure.message}`);
      }
      return undefined;
    } finally {
      if (this.running === abort) this.running = undefined;
    }
  }

  private async run(folder: string, bounds: Required<HistoryBounds>, signal: AbortSignal, report: (message: string) => void): Promise<void> {
    const { repository, root } = await openRepository(folder, signal);
    const now = this.deps.now();
    const read = await repository.ownCommits({
      maxCount: bounds.maxCommits,
      ...(bounds.sinceDays > 0 ? { since: now - bounds.sinceDays * DAY_MS } : {}),
      signal,
      onProgress: (p) => report(describeReadProgress(p)),
    });
    const syntax = await this.syntaxUsage(read.commits, signal, report);
    if (signal.aborted) throw new ReviewRunError('cancelled', 'Cancelled.');
    report('Finding the concepts you use and fix…');
    const alreadyFed = fedCommits(this.saved, root);
    const fresh = read.commits.filter((commit) => !alreadyFed.has(commit.hash));
    const options = { syntaxUsage: (hash: string, file: string) => syntax.get(`${hash}\u0000${file}`) ?? [] };
    const all = analyzeHistory(read.commits, options);
    const observations = fresh.length === read.commits.length ? all.observations : analyzeHistory(fresh, options).observations;
    if (signal.aborted) throw new ReviewRunError('cancelled', 'Cancelled.');
    // Oldest first, so the model meets the evidence in the order it happened.
    for (const observation of [...observations].sort((a, b) => a.timestamp - b.timestamp)) this.deps.observe(observation);
    this.saved = recordAnalysis(this.saved, {
      root,
      analyzedAt: now,
      author: describeIdentity(read.author),
      truncated: read.truncated,
      newEvidence: observations.length,
      fedCommits: fresh.map((commit) => commit.hash),
      summary: all.summary,
    });
    await this.deps.context.globalState.update(HISTORY_KEY, this.saved);
    this.deps.logger.info(`History: ${read.commits.length} commits by ${describeIdentity(read.author)} analyzed, ${fresh.length} new, ${observations.length} observations fed to the model.`);
  }

  /** Concepts tree-sitter finds in each commit's added code, per commit and file (bounded). */
  private async syntaxUsage(commits: readonly HistoryCommit[], signal: AbortSignal, report: (message: string) => void): Promise<Map<string, readonly string[]>> {
    const found = new Map<string, readonly string[]>();
    const analyzer = await this.deps.structure().catch((e: unknown) => void this.deps.logger.warn(`History: structure analysis unavailable (${String(e)}); using the lexical finder only.`));
    if (!analyzer) return found;
    const work = commits.flatMap((commit) =>
      commit.files
        .filter((file) => !file.binary && file.status !== 'deleted' && reviewLanguageForPath(diffFilePath(file)) && editorLanguageForPath(diffFilePath(file)))
        .map((file) => ({ commit, file })),
    );
    const bounded = work.slice(0, MAX_SYNTAX_FILES);
    for (const [index, { commit, file }] of bounded.entries()) {
      if (signal.aborted) return found;
      if (index % 20 === 0) report(`Reading the structure of your changes (${index}/${bounded.length} files)…`);
      const path = diffFilePath(file);
      const added = file.hunks.flatMap((hunk) => hunk.lines.filter((line) => line.kind === 'add').map((line) => line.text)).slice(0, MAX_SYNTAX_LINES);
      if (added.length === 0) continue;
      const concepts = await withStructure(analyzer, editorLanguageForPath(path) as string, added.join('\n'), (key) => conceptsIn(analyzer, key, added.length));
      if (concepts && concepts.length > 0) found.set(`${commit.hash}\u0000${path}`, concepts);
    }
    return found;
  }

  dispose(): void {
    this.running?.abort();
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}
