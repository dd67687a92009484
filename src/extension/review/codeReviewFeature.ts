import * as vscode from 'vscode';
import * as path from 'node:path';
import type { HelpKind } from '../../core/outcome/learningOutcome';
import type { ChangedConstruct, ConstructResolver } from '../../core/review/changedRegions';
import { reviewChanges, type CodeReviewResult } from '../../core/review/codeReview';
import type { DiffTarget, ReviewDiff } from '../../core/review/diffSource';
import { LLM_DETECTOR_ID, type CodeReviewLlm } from '../../core/review/llmReview';
import { editorLanguageForPath, reviewLanguageForPath } from '../../core/review/reviewHint';
import { conceptsWorthALesson, reviewFeedbackObservation, reviewHintKey, type ReviewFeedback } from '../../core/review/reviewPolicy';
import { diffFilePath } from '../../core/review/unifiedDiff';
import type { StructureAnalyzer } from '../../core/structure/structureAnalyzer';
import type { Observation } from '../../shared/observation';
import type { CodeReviewTarget, PanelCodeReview } from '../../shared/webviewProtocol';
import type { Logger } from '../logger';
import { describeReadProgress, explainGitFailure, openRepository, ReviewRunError } from './gitAccess';
import { ReviewHintDecorations } from './reviewHintDecorations';
import { linesOf, relocateHint, ReviewHintActionProvider, ReviewHintsInPlace, type PlacedHint, type ReviewHintCommandArgs } from './reviewHintsInPlace';
import type { ReviewLlmAvailability } from './reviewLlm';
import { ReviewMemory } from './reviewMemory';
import { constructAt, withStructure } from './structureProbe';

/** What the review needs from the rest of the extension; activate() provides it. */
export interface CodeReviewDeps {
  context: vscode.ExtensionContext;
  logger: Logger;
  observe(observation: Observation): void;
  /** Mastery per concept id, from the skill model. */
  mastery(): Record<string, number>;
  conceptTitle(conceptId: string): string;
  mutedConcepts(): ReadonlySet<string>;
  structure(): Promise<StructureAnalyzer>;
  llmAvailability(): ReviewLlmAvailability;
  reviewLlm(): Promise<CodeReviewLlm | undefined>;
  /** Opens a lesson on a concept in the panel (the tutorial when `reveal`, the focus only for a quiet run). */
  openLesson(conceptId: string, reason: string, reveal: boolean): Promise<void>;
  /** "Learn": opens the concept's tutorial in the panel. */
  learn(conceptId: string, reason: string): Promise<void>;
  recordHelp(conceptId: string, kind: HelpKind): void;
  /** A new review finding is an error on its concept, for the learning outcome. */
  recordError(conceptId: string, at: number): void;
  changed(): void;
  now(): number;
}

const LAST_TARGET_KEY = 'skilltrace.review.lastTarget';
const REFRESH_DEBOUNCE_MS = 300;
const ON_SAVE_DEBOUNCE_MS = 1500;
const LESSON_COOLDOWN_MS = 7 * 24 * 60 * 60 * 1000;
const MAX_CONSTRUCT_FILES = 30;
const MAX_CONSTRUCT_BYTES = 512 * 1024;

const TARGETS: readonly { target: CodeReviewTarget; label: string; detail: string }[] = [
  { target: 'working-tree', label: 'Working tree', detail: 'Changes not staged yet, and new files' },
  { target: 'staged', label: 'Staged changes', detail: 'What your next commit holds' },
  { target: 'branch', label: 'Branch vs merge base', detail: 'Everything this branch changed since it left the default branch' },
];

function targetLabel(target: CodeReviewTarget, diff?: ReviewDiff): string {
  if (target === 'branch' && diff?.base) return `This branch vs ${diff.base.ref} (merge base ${diff.base.mergeBase.slice(0, 7)})`;
  return TARGETS.find((t) => t.target === target)?.label ?? target;
}

function diffTarget(target: CodeReviewTarget): DiffTarget {
  if (target !== 'branch') return { kind: target };
  const baseRef = vscode.workspace.getConfiguration('skilltrace.review').get<string>('baseBranch', '').trim();
  return baseRef ? { kind: 'branch', baseRef } : { kind: 'branch' };
}

function isTarget(value: unknown): value is CodeReviewTarget {
  return TARGETS.some((t) => t.target === value);
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/**
 * "Review my changes": the commands (palette, SCM title, on save), the run with progress and cancel, the hints in
 * place (diagnostics with source "Skilltrace review", decorations, optional CodeLens), their Learn / Dismiss / Fixed
 * actions feeding the model, and a lesson in the panel when a concept's findings keep coming back.
 */
export class CodeReviewFeature implements vscode.Disposable {
  readonly hints = new ReviewHintsInPlace();
  private savedMemory: ReviewMemory | undefined;
  private readonly marks: ReviewHintDecorations;
  private readonly disposables: vscode.Disposable[] = [];
  private readonly refreshTimers = new Map<string, ReturnType<typeof setTimeout>>();
  private onSaveTimer: ReturnType<typeof setTimeout> | undefined;
  private running: AbortController | undefined;
  private last: Omit<PanelCodeReview, 'hints'> | undefined;

  /** Dismissed hints and past findings, read and validated on first use (a review), not during activation. */
  private get memory(): ReviewMemory {
    this.savedMemory ??= new ReviewMemory(this.deps.context.workspaceState, (m) => this.deps.logger.warn(m));
    return this.savedMemory;
  }

  constructor(private readonly deps: CodeReviewDeps) {
    this.marks = new ReviewHintDecorations(this.hints, deps.context.extensionUri);
    const files: vscode.DocumentSelector = [{ scheme: 'file' }];
    this.disposables.push(
      this.hints,
      this.marks,
      vscode.languages.registerCodeActionsProvider(files, new ReviewHintActionProvider(this.hints), ReviewHintActionProvider.metadata),
      vscode.languages.registerCodeLensProvider(files, this.marks),
      vscode.commands.registerCommand('skilltrace.reviewChanges', (arg?: unknown) => this.run(parseTargetArg(arg))),
      vscode.commands.registerCommand('skilltrace.reviewStagedChanges', () => this.run('staged')),
      vscode.commands.registerCommand('skilltrace.acceptReviewHint', (args?: ReviewHintCommandArgs) => this.feedback(args, 'accepted')),
      vscode.commands.registerCommand('skilltrace.dismissReviewHint', (args?: ReviewHintCommandArgs) => this.feedback(args, 'dismissed')),
      vscode.commands.registerCommand('skilltrace.fixedReviewHint', (args?: ReviewHintCommandArgs) => this.feedback(args, 'fixed')),
      vscode.workspace.onDidChangeTextDocument((e) => this.scheduleRefresh(e.document)),
      vscode.workspace.onDidSaveTextDocument((doc) => this.onSave(doc)),
      vscode.window.onDidChangeVisibleTextEditors((editors) => {
        for (const editor of editors) if (this.hints.has(editor.document.uri.toString())) this.marks.decorate(editor);
      }),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('skilltrace.review')) this.marks.refresh();
      }),
    );
  }

  /** The Review tab's "Your changes" section. */
  panelState(): PanelCodeReview | undefined {
    if (!this.last) return undefined;
    const hints = this.hints.all().slice(0, 100).map((placed) => ({
      key: placed.key.slice(0, 2400),
      file: placed.uri.toString(),
      label: vscode.workspace.asRelativePath(placed.uri, false),
      line: placed.line,
      conceptId: placed.hint.conceptId,
      title: placed.conceptTitle.slice(0, 200),
      message: placed.hint.message.slice(0, 1200),
      severity: placed.hint.severity,
      origin: placed.hint.detectorId === LLM_DETECTOR_ID ? ('llm' as const) : ('detector' as const),
      accepted: placed.accepted === true,
    }));
    return { ...this.last, hints };
  }

  /** Runs a review; asks which changes when no target is given. Resolves with the panel's view of the result. */
  async run(requested?: CodeReviewTarget, options: { quiet?: boolean } = {}): Promise<PanelCodeReview | undefined> {
    const target = requested ?? (await this.pickTarget());
    if (!target) return undefined;
    if (!options.quiet) await this.deps.context.workspaceState.update(LAST_TARGET_KEY, target);
    const folder = reviewFolder();
    this.running?.abort();
    const abort = new AbortController();
    this.running = abort;
    const at = this.deps.now();
    const base = { target, targetLabel: targetLabel(target), at, heldBack: 0, filesReviewed: 0, addedLinesReviewed: 0, truncated: false, notReviewed: [], notReviewedCount: 0, llm: { status: 'off' as const } };
    this.last = { ...base, status: 'running', message: `Reviewing ${targetLabel(target).toLowerCase()}…` };
    this.deps.changed();
    try {
      if (!folder) throw new ReviewRunError('not-a-repository', 'Open a folder that is under git to review your changes.');
      const result = await vscode.window.withProgress(
        { location: options.quiet ? vscode.ProgressLocation.Window : vscode.ProgressLocation.Notification, title: `Skilltrace: reviewing ${targetLabel(target).toLowerCase()}`, cancellable: !options.quiet },
        (progress, token) => {
          token.onCancellationRequested(() => abort.abort());
          return this.review(folder.uri.fsPath, target, abort.signal, (message) => progress.report({ message }), options.quiet === true);
        },
      );
      if (this.running === abort) this.running = undefined;
      return result;
    } catch (error) {
      if (this.running === abort) this.running = undefined;
      const failure = abort.signal.aborted ? new ReviewRunError('cancelled', 'Cancelled.') : await explainGitFailure(error);
      // A newer run superseded this one: it owns the panel now.
      if (this.running && this.running !== abort) return undefined;
      this.last = { ...base, status: failure.kind === 'cancelled' ? 'cancelled' : 'failed', message: failure.kind === 'cancelled' ? 'Review cancelled; the previous hints are unchanged.' : failure.message.slice(0, 600) };
      this.deps.changed();
      if (failure.kind !== 'cancelled') {
        this.deps.logger.warn(`Review of ${target} failed: ${failure.message}`);
        if (!options.quiet) void vscode.window.showErrorMessage(`Skilltrace review: ${failure.message}`);
      }
      return this.panelState();
    }
  }

  private async pickTarget(): Promise<CodeReviewTarget | undefined> {
    const last = this.deps.context.workspaceState.get<string>(LAST_TARGET_KEY);
    const items = TARGETS.map((t) => ({ label: t.label, detail: t.detail, target: t.target, ...(t.target === last ? { description: 'last used' } : {}) }));
    const quickPick = vscode.window.createQuickPick<(typeof items)[number]>();
    quickPick.title = 'Skilltrace: Review My Changes';
    quickPick.placeholder = 'Which changes should Skilltrace review?';
    quickPick.items = items;
    const lastItem = items.find((item) => item.target === last);
    if (lastItem) quickPick.activeItems = [lastItem];
    return new Promise((resolve) => {
      let picked: CodeReviewTarget | undefined;
      quickPick.onDidAccept(() => {
        picked = quickPick.selectedItems[0]?.target ?? quickPick.activeItems[0]?.target;
        quickPick.hide();
      });
      quickPick.onDidHide(() => {
        quickPick.dispose();
        resolve(picked);
      });
      quickPick.show();
    });
  }

  private async review(folder: string, target: CodeReviewTarget, signal: AbortSignal, report: (message: string) => void, quiet: boolean): Promise<PanelCodeReview | undefined> {
    report('Opening the repository…');
    const { repository, root } = await openRepository(folder, signal);
    const diff = await repository.readDiff(diffTarget(target), { signal, onProgress: (p) => report(describeReadProgress(p)) });
    const availability = this.deps.llmAvailability();
    const llm = availability.use ? await this.deps.reviewLlm().catch((e: unknown) => void this.deps.logger.warn(`The LLM reviewer could not start: ${String(e)}`)) : undefined;
    const resolveConstruct = llm ? await this.constructResolver(root, diff, signal) : undefined;
    const result = await reviewChanges({
      diff,
      mastery: this.deps.mastery(),
      dismissedKeys: this.memory.dismissedKeys(),
      mutedConcepts: this.deps.mutedConcepts(),
      maxHints: Math.max(1, Math.min(100, vscode.workspace.getConfiguration('skilltrace.review').get<number>('maxHints', 20))),
      ...(llm ? { llm } : {}),
      ...(resolveConstruct ? { resolveConstruct } : {}),
      signal,
      onPhase: (phase) => report(phase === 'llm' ? `Asking ${llm?.label ?? 'the LLM'} about the changed code…` : phase === 'detectors' ? 'Running the concept detectors…' : 'Ranking the findings for you…'),
    });
    if (signal.aborted) throw new ReviewRunError('cancelled', 'Cancelled.');
    report('Placing the hints…');
    const placed = await this.place(root, result);
    const now = this.deps.now();
    // A finding the engineer has not been shown before is an error made since: a repeat after help counts as one.
    const known = new Set(this.memory.findings().map((f) => `${f.file}\u0000${f.detectorId}\u0000${f.excerpt}`));
    for (const p of placed) if (!known.has(p.key)) this.deps.recordError(p.hint.conceptId, now);
    await this.memory.recordFindings(
      placed.map((p) => ({ conceptId: p.hint.conceptId, file: p.hint.file, detectorId: p.hint.detectorId, excerpt: p.hint.excerpt, at: now })),
      now,
    );
    const lesson = this.lessonFor(placed, now);
    if (lesson) for (const p of placed) if (p.hint.conceptId === lesson.conceptId) p.lessonFindings = lesson.findings;
    this.hints.replace(placed);
    this.marks.refresh();
    for (const conceptId of new Set(placed.map((p) => p.hint.conceptId))) this.deps.recordHelp(conceptId, 'review-hint');
    const unsupported = [...diff.skipped.map((s) => s.path), ...result.offline.unsupportedFiles];
    this.last = {
      status: 'done',
      target,
      targetLabel: targetLabel(target, diff),
      at: now,
      message: summarize(result, placed.length, availability),
      heldBack: result.ranked.heldBack,
      filesReviewed: result.offline.filesReviewed,
      addedLinesReviewed: result.offline.addedLinesReviewed,
      truncated: result.offline.truncated,
      notReviewed: unsupported.slice(0, 20).map((p) => p.slice(0, 1024)),
      notReviewedCount: unsupported.length,
      llm: {
        status: result.llm.status,
        ...(result.llm.label ? { label: result.llm.label.slice(0, 200) } : {}),
        ...(result.llm.notice ? { notice: result.llm.notice } : !availability.use && availability.note ? { notice: availability.note } : {}),
      },
      ...(lesson ? { lesson: { conceptId: lesson.conceptId, title: this.deps.conceptTitle(lesson.conceptId).slice(0, 200), findings: lesson.findings, reviews: lesson.reviews } } : {}),
    };
    this.deps.logger.info(`Review of ${target}: ${this.last.message}`);
    if (lesson) {
      await this.memory.recordLesson(lesson.conceptId, now);
      this.deps.recordHelp(lesson.conceptId, 'review-lesson');
      const reason = `Your reviews found this ${lesson.findings} times in ${lesson.reviews} reviews lately: a short lesson instead of more hints.`;
      await this.deps.openLesson(lesson.conceptId, reason, !quiet).catch((e: unknown) => this.deps.logger.error('Could not open the review lesson', e));
    }
    this.deps.changed();
    return this.panelState();
  }

  /** A concept this review found again that is worth a lesson and was not offered one in the last week. */
  private lessonFor(placed: readonly PlacedHint[], now: number): { conceptId: string; findings: number; reviews: number } | undefined {
    const found = new Set(placed.map((p) => p.hint.conceptId));
    return conceptsWorthALesson(this.memory.findings(), { now }).find((candidate) => {
      if (!found.has(candidate.conceptId)) return false;
      const offered = this.memory.lessonOpenedAt(candidate.conceptId);
      return offered === undefined || now - offered > LESSON_COOLDOWN_MS;
    });
  }

  /** Puts each ranked hint on its line in the file as it is now (open editor first, else the file on disk). */
  private async place(root: string, result: CodeReviewResult): Promise<PlacedHint[]> {
    const placed: PlacedHint[] = [];
    const texts = new Map<string, ReturnType<typeof linesOf> | undefined>();
    for (const [rank, hint] of result.ranked.shown.entries()) {
      const uri = vscode.Uri.file(path.join(root, ...hint.file.split('/')));
      const key = uri.toString();
      if (!texts.has(key)) {
        const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === key);
        texts.set(key, open ?? (await vscode.workspace.fs.readFile(uri).then((bytes) => linesOf(Buffer.from(bytes).toString('utf8')), () => undefined)));
      }
      const lines = texts.get(key);
      if (!lines) continue;
      const line = relocateHint(lines, hint, hint.line - 1);
      // The line no longer holds the finding (edited since the diff was read): the hint would point at the wrong code.
      if (line === undefined) continue;
      placed.push({ hint, key: reviewHintKey(hint), uri, line, conceptTitle: this.deps.conceptTitle(hint.conceptId), rank });
    }
    return placed;
  }

  /** Tree-sitter's enclosing construct for the first changed line of each hunk, so the LLM sees whole functions. */
  private async constructResolver(root: string, diff: ReviewDiff, signal: AbortSignal): Promise<ConstructResolver | undefined> {
    const analyzer = await this.deps.structure().catch(() => undefined);
    if (!analyzer) return undefined;
    const constructs = new Map<string, Map<number, ChangedConstruct>>();
    for (const file of diff.files.slice(0, MAX_CONSTRUCT_FILES)) {
      if (signal.aborted) break;
      const filePath = diffFilePath(file);
      const language = editorLanguageForPath(filePath);
      if (file.status === 'deleted' || file.binary || !language || !reviewLanguageForPath(filePath)) continue;
      const bytes = await vscode.workspace.fs.readFile(vscode.Uri.file(path.join(root, ...filePath.split('/')))).then((b) => b, () => undefined);
      if (!bytes || bytes.byteLength > MAX_CONSTRUCT_BYTES) continue;
      const found = await withStructure(analyzer, language, Buffer.from(bytes).toString('utf8'), (key) => {
        const byLine = new Map<number, ChangedConstruct>();
        for (const hunk of file.hunks) {
          const first = hunk.lines.find((line) => line.kind === 'add' && line.newLine !== undefined);
          const line = first?.newLine ?? hunk.newStart;
          const character = first ? first.text.length - first.text.trimStart().length : 0;
          const construct = constructAt(analyzer, key, line, character);
          if (construct) byLine.set(line, construct);
        }
        return byLine;
      });
      if (found) constructs.set(filePath, found);
    }
    return (file, line) => constructs.get(file)?.get(line);
  }

  /** Learn / Dismiss / Fixed on a hint: evidence for the model, then the hint's own follow-up. */
  async feedback(args: ReviewHintCommandArgs | undefined, feedback: ReviewFeedback): Promise<void> {
    if (!args || typeof args.uri !== 'string' || typeof args.key !== 'string') return;
    const placed = this.hints.get(args.uri, args.key);
    if (!placed) return;
    const now = this.deps.now();
    if (feedback === 'accepted') {
      if (!placed.accepted) {
        this.deps.observe(reviewFeedbackObservation(placed.hint, 'accepted', now));
        this.hints.markAccepted(args.uri, args.key);
        this.marks.refresh();
      }
      this.deps.changed();
      const where = `${vscode.workspace.asRelativePath(placed.uri, false)}:${placed.line + 1}`;
      await this.deps.learn(placed.hint.conceptId, `From a review hint at ${where}: ${placed.hint.message.slice(0, 160)}`);
      return;
    }
    this.deps.observe(reviewFeedbackObservation(placed.hint, feedback, now));
    if (feedback === 'dismissed') await this.memory.dismiss(args.key);
    this.hints.remove(args.uri, args.key);
    this.marks.refresh();
    this.deps.changed();
  }

  /** Opens a hint's line in its editor (from the panel). */
  async open(uri: string, key: string): Promise<void> {
    const placed = this.hints.get(uri, key);
    if (!placed) return;
    const position = new vscode.Position(placed.line, placed.hint.column ?? 0);
    await vscode.window.showTextDocument(placed.uri, { selection: new vscode.Range(position, position) });
  }

  private scheduleRefresh(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    // Keystroke path: one map lookup for documents without hints.
    if (!this.hints.has(key)) return;
    const pending = this.refreshTimers.get(key);
    if (pending) clearTimeout(pending);
    this.refreshTimers.set(
      key,
      setTimeout(() => {
        this.refreshTimers.delete(key);
        if (document.isClosed) return;
        const dropped = this.hints.refresh(document);
        this.marks.refresh();
        if (dropped.length > 0 || this.last) this.deps.changed();
      }, REFRESH_DEBOUNCE_MS),
    );
  }

  private onSave(document: vscode.TextDocument): void {
    if (vscode.workspace.getConfiguration('skilltrace.review').get<boolean>('onSave', false) !== true) return;
    if (document.uri.scheme !== 'file' || !reviewLanguageForPath(document.uri.path) || !vscode.workspace.getWorkspaceFolder(document.uri)) return;
    if (this.onSaveTimer) clearTimeout(this.onSaveTimer);
    this.onSaveTimer = setTimeout(() => {
      this.onSaveTimer = undefined;
      void this.run('working-tree', { quiet: true });
    }, ON_SAVE_DEBOUNCE_MS);
  }

  dispose(): void {
    this.running?.abort();
    if (this.onSaveTimer) clearTimeout(this.onSaveTimer);
    for (const timer of this.refreshTimers.values()) clearTimeout(timer);
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}

function parseTargetArg(arg: unknown): CodeReviewTarget | undefined {
  if (isTarget(arg)) return arg;
  if (typeof arg === 'object' && arg !== null && 'target' in arg && isTarget((arg as { target: unknown }).target)) return (arg as { target: CodeReviewTarget }).target;
  return undefined;
}

/** The folder to review: the active editor's, else the first one. */
function reviewFolder(): vscode.WorkspaceFolder | undefined {
  const active = vscode.window.activeTextEditor?.document.uri;
  return (active && vscode.workspace.getWorkspaceFolder(active)) || vscode.workspace.workspaceFolders?.[0];
}

function summarize(result: CodeReviewResult, placed: number, availability: ReviewLlmAvailability): string {
  const { offline, llm } = result;
  const scope = `${plural(offline.addedLinesReviewed, 'added line')} in ${plural(offline.filesReviewed, 'file')}`;
  const by = llm.status === 'used' ? `the detectors and ${llm.label ?? 'the LLM'}` : 'the built-in detectors';
  const found = placed === 0 ? `No findings in ${scope}` : `${plural(placed, 'hint')} on ${scope}`;
  const cut = offline.truncated ? ' The review stopped at its line budget: review a smaller change for the rest.' : '';
  const offlineNote = !availability.use && availability.reason === 'no-provider' ? ' (offline)' : '';
  return `${found}, by ${by}${offlineNote}.${cut}`.slice(0, 600);
}
