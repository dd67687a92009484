import * as vscode from 'vscode';
import * as path from 'node:path';
import { randomUUID } from 'node:crypto';
import { mkdir, rm } from 'node:fs/promises';
import { z } from 'zod';
import type { SkillModel, SkillModelOptions } from '../../core/skill/skillModel';
import { conceptEstimatesFromModel } from '../../core/sync/modelEstimates';
import { skillModelVersion } from '../../core/sync/skillReportPlanner';
import type { PanelFocus } from '../../shared/webviewProtocol';
import type { Observation } from '../../shared/observation';
import { engineerAgentSchema, type EngineerAgent, type SkillReportStatement } from '../../shared/syncSchemas';
import type { FlushResult, OutboxEvent, PlanInput, SyncOutbox } from '../../adapters/sync/syncOutbox';
import type { ServerIdentity, XapiSyncClient } from '../../adapters/sync/xapiSyncClient';
import type { Logger } from '../logger';
import { readSyncSettings, SYNC_SECTION, updateSyncSetting, type SyncSettings } from './syncSettings';
import { VsCodeSyncPrompts, type SyncPrompts } from './syncPrompts';

/** Where the engineer's sync token is kept in SecretStorage (never in settings, never logged). */
export const SYNC_TOKEN_SECRET = 'skilltrace.sync.token';
const MUTED_KEY = 'skilltrace.sync.mutedProblems';

/** How often reports are planned and sent while sync is on; natural breaks (focus lost, a save) come sooner. */
const SYNC_INTERVAL_MS = 5 * 60_000;
const FIRST_SYNC_DELAY_MS = 15_000;
const BREAK_DELAY_MS = 2_000;
const SAVE_DELAY_MS = 30_000;
const ANSWER_DELAY_MS = 60_000;

/** What the engineer agreed to: this server, as this identity, at this time. */
const consentSchema = z.object({
  serverUrl: z.string(),
  agent: engineerAgentSchema,
  engineer: z.string(),
  team: z.string().optional(),
  minGroupSize: z.number(),
  consentedAt: z.number(),
});
type Consent = z.infer<typeof consentSchema>;
const revocationSchema = z.object({ serverUrl: z.string(), agent: engineerAgentSchema, since: z.number(), lastError: z.string().optional() });
type Revocation = z.infer<typeof revocationSchema>;
/**
 * Consent and a revocation still to finish, kept in a file next to the queue rather than in globalState: they
 * belong with the statements they govern, and must survive a crash (globalState is flushed lazily, and in
 * code-server it lives in the browser profile).
 */
const consentFileSchema = z.object({ consent: consentSchema.optional(), revocation: revocationSchema.optional() });
type ConsentFile = z.infer<typeof consentFileSchema>;

/** Where team sync stands, as "Show Sync Status" and the integration tests read it. */
export interface SyncStatus {
  state: 'off' | 'needs-consent' | 'needs-token' | 'blocked' | 'paused' | 'active' | 'revocation-pending';
  /** One sentence saying what is going on and, when needed, what to do. */
  summary: string;
  serverUrl?: string;
  engineer?: string;
  team?: string;
  pending: number;
  quarantined: { conceptId: string; reason: string }[];
  deliveredTotal: number;
  lastDeliveredAt?: number;
  lastError?: string;
  nextAttemptAt?: number;
  excluded: string[];
  /** Warnings from the last recovery of a damaged queue file in this session. */
  warnings: string[];
}

/** Team sync as the extension API exposes it to integration tests (and other extensions). */
export interface TeamSyncApi {
  status(): Promise<SyncStatus>;
  /** Plans and sends now, as a natural break would (ignores the backoff schedule). */
  syncNow(): Promise<FlushResult | undefined>;
  /** The text "Preview What Sync Sends" shows. */
  previewText(): Promise<string>;
  readonly queuePath: string;
  /** Opens the queue file again, as at start-up; returns the warnings of the last recovery in this session. */
  reloadQueue(): Promise<string[]>;
  /** Answers the prompts in the test extension host (VS Code's dialogs cannot be clicked from there). */
  usePromptsForTests(prompts: SyncPrompts): void;
}

/** What team sync needs from the rest of the extension. */
export interface TeamSyncDeps {
  context: vscode.ExtensionContext;
  logger: Logger;
  /** Resolves once the saved profile is loaded; nothing sync does starts before. */
  ready: Promise<unknown>;
  model(): SkillModel;
  modelOptions(): SkillModelOptions;
  conceptTitle(conceptId: string): string | undefined;
  /** The concept in focus in the tutor panel, to tell when its tutorial's quiz is complete. */
  focus(): PanelFocus | undefined;
}

/**
 * The extension side of team sync: the commands, the settings, the token in SecretStorage, consent, and the
 * schedule (after start-up, on a timer and on natural breaks) that plans reports into the outbox and sends them.
 * Off until the engineer turns it on for a server and consents to the exact statements; nothing runs on the
 * activation path or the keystroke path.
 */
export class TeamSync implements vscode.Disposable {
  private readonly vsCodePrompts = new VsCodeSyncPrompts();
  private prompts: SyncPrompts = this.vsCodePrompts;
  private outbox: SyncOutbox | undefined;
  private opening: Promise<SyncOutbox> | undefined;
  private warnings: string[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private timerAt = Number.POSITIVE_INFINITY;
  private interval: ReturnType<typeof setInterval> | undefined;
  private inFlight: AbortController | undefined;
  private running: Promise<FlushResult | undefined> | undefined;
  private disposed = false;
  private started = false;
  private readonly notes: { conceptId: string; completed: boolean }[] = [];
  private modelVersion: string | undefined;
  /** Problem kinds already shown in this session. */
  private readonly shown = new Set<string>();
  private readonly disposables: vscode.Disposable[] = [];
  readonly queuePath: string;
  private readonly consentPath: string;
  private saved: ConsentFile = {};
  private loadingSaved: Promise<void> | undefined;

  constructor(private readonly deps: TeamSyncDeps) {
    this.queuePath = path.join(deps.context.globalStorageUri.fsPath, 'sync', 'sync-queue.jsonl');
    this.consentPath = path.join(deps.context.globalStorageUri.fsPath, 'sync', 'sync-consent.json');
  }

  /** Registers the commands; the schedule starts once the profile is loaded. */
  register(): vscode.Disposable[] {
    const command = (id: string, run: () => Promise<unknown>): vscode.Disposable =>
      vscode.commands.registerCommand(id, () =>
        this.loadSaved()
          .then(run)
          .catch((error: unknown) => this.deps.logger.error(`Team sync: ${id} failed`, error)),
      );
    this.disposables.push(
      this.vsCodePrompts.register(),
      command('skilltrace.sync.turnOn', () => this.turnOn()),
      command('skilltrace.sync.preview', () => this.preview()),
      command('skilltrace.sync.excludeConcepts', () => this.excludeConcepts()),
      command('skilltrace.sync.togglePause', () => this.togglePause()),
      command('skilltrace.sync.revoke', () => this.revoke()),
      command('skilltrace.sync.showStatus', () => this.showStatus()),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration(SYNC_SECTION)) void this.loadSaved().then(() => this.settingsChanged());
      }),
      vscode.window.onDidChangeWindowState((state) => {
        if (!state.focused) this.schedule(BREAK_DELAY_MS);
      }),
      vscode.workspace.onDidSaveTextDocument(() => this.schedule(SAVE_DELAY_MS)),
    );
    void this.deps.ready.then(() => this.loadSaved()).then(() => this.start());
    return [this, ...this.disposables];
  }

  /** The API the extension exports. */
  api(): TeamSyncApi {
    return {
      status: () => this.loadSaved().then(() => this.status()),
      syncNow: () => this.loadSaved().then(() => this.syncOnce({ force: true })),
      previewText: () => this.loadSaved().then(() => this.previewText()),
      queuePath: this.queuePath,
      reloadQueue: async () => {
        await this.running?.catch(() => undefined);
        this.outbox = undefined;
        this.opening = undefined;
        await this.ensureOutbox();
        return [...this.warnings];
      },
      usePromptsForTests: (prompts) => {
        if (this.deps.context.extensionMode !== vscode.ExtensionMode.Test) throw new Error('usePromptsForTests is only accepted in the test extension host');
        this.prompts = prompts;
      },
    };
  }

  /** Every observation passes here (cheap: it only notes quiz answers for the next report's verb). */
  noteObservation(observation: Observation): void {
    if (observation.source !== 'quiz') return;
    const settings = readSyncSettings();
    if (!settings.enabled || settings.excludedConcepts.includes(observation.conceptId)) return;
    const note = { conceptId: observation.conceptId, completed: this.tutorialCompleted(observation.conceptId) };
    if (this.outbox) this.outbox.noteQuizAnswer(note.conceptId, note.completed);
    else this.notes.push(note);
    this.schedule(note.completed ? BREAK_DELAY_MS : ANSWER_DELAY_MS);
  }

  /** Writes noted quiz answers before the extension host goes away. */
  async flushOnDeactivate(): Promise<void> {
    this.inFlight?.abort();
    await this.outbox?.save().catch((error: unknown) => this.deps.logger.error('Team sync: could not save the queue', error));
  }

  dispose(): void {
    this.disposed = true;
    this.inFlight?.abort();
    if (this.timer) clearTimeout(this.timer);
    if (this.interval) clearInterval(this.interval);
  }

  private start(): void {
    if (this.disposed || this.started) return;
    this.started = true;
    this.interval = setInterval(() => this.schedule(0), SYNC_INTERVAL_MS);
    if (this.pendingRevocation()) {
      void this.finishRevocation(false);
      return;
    }
    if (readSyncSettings().enabled) {
      void this.ensureOutbox().then(() => this.schedule(FIRST_SYNC_DELAY_MS), (error: unknown) => this.deps.logger.error('Team sync: could not open the queue', error));
    }
  }

  // ---- the schedule ------------------------------------------------------------------------------------------

  /** Runs a sync in `delayMs` unless one is already due sooner. */
  private schedule(delayMs: number): void {
    if (this.disposed || !this.started) return;
    const at = Date.now() + delayMs;
    if (this.timer && this.timerAt <= at) return;
    if (this.timer) clearTimeout(this.timer);
    this.timerAt = at;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.timerAt = Number.POSITIVE_INFINITY;
      if (this.pendingRevocation()) void this.finishRevocation(false);
      else void this.syncOnce({ force: false });
    }, Math.max(0, delayMs));
  }

  /** Plans and (unless paused) sends; one run at a time, a request during a run waits for it and runs again. */
  private async syncOnce(options: { force: boolean }): Promise<FlushResult | undefined> {
    while (this.running) await this.running.catch(() => undefined);
    const run = this.runSync(options);
    this.running = run;
    try {
      return await run;
    } finally {
      if (this.running === run) this.running = undefined;
    }
  }

  private async runSync(options: { force: boolean }): Promise<FlushResult | undefined> {
    const settings = readSyncSettings();
    const consent = this.consent();
    if (!settings.enabled || !consent || consent.serverUrl !== settings.serverUrl) return undefined;
    const token = await this.deps.context.secrets.get(SYNC_TOKEN_SECRET);
    if (!token) {
      this.report('needs-token', `Team sync has no token for ${host(consent.serverUrl)}: run "Skilltrace: Turn On Team Sync…" to enter one.`, ['Enter Token']);
      return undefined;
    }
    const outbox = await this.ensureOutbox();
    const planned = await outbox.plan(this.planInput(consent.agent, settings));
    if (planned.added > 0) this.deps.logger.info(`Team sync: queued ${planned.added} skill report(s).`);
    for (const skipped of planned.skipped) this.deps.logger.warn(`Team sync: not reporting ${skipped.conceptId}: ${skipped.reason}`);
    if (settings.paused) return undefined;
    const client = await this.client(consent.serverUrl, token);
    this.inFlight = new AbortController();
    try {
      const result = await outbox.flush(client, { signal: this.inFlight.signal, force: options.force });
      if (result.outcome === 'retrying' || result.outcome === 'waiting') {
        const wait = Math.max(1000, (result.nextAttemptAt ?? Date.now() + SYNC_INTERVAL_MS) - Date.now());
        this.schedule(Math.min(wait, SYNC_INTERVAL_MS * 12));
      }
      return result;
    } finally {
      this.inFlight = undefined;
    }
  }

  private planInput(actor: EngineerAgent, settings: SyncSettings): PlanInput {
    const now = Date.now();
    this.modelVersion ??= skillModelVersion('skilltrace-skill-model/1', JSON.stringify(this.deps.modelOptions().parameters));
    return {
      estimates: conceptEstimatesFromModel(this.deps.model(), now, (id) => this.deps.conceptTitle(id)),
      actor,
      modelVersion: this.modelVersion,
      excluded: new Set(settings.excludedConcepts),
      newId: randomUUID,
    };
  }

  private tutorialCompleted(conceptId: string): boolean {
    const focus = this.deps.focus();
    if (focus?.conceptId !== conceptId || focus.tutorial.status !== 'ready') return false;
    return focus.tutorial.answers.length >= focus.tutorial.tutorial.quiz.length;
  }

  private async ensureOutbox(): Promise<SyncOutbox> {
    if (this.outbox) return this.outbox;
    this.opening ??= (async () => {
      const { SyncOutbox } = await import('../../adapters/sync/syncOutbox');
      const { outbox, load } = await SyncOutbox.open(this.queuePath, { onEvent: (event) => this.onOutboxEvent(event) });
      if (load.warnings.length > 0) this.recovered(load.warnings);
      for (const note of this.notes.splice(0)) outbox.noteQuizAnswer(note.conceptId, note.completed);
      this.outbox = outbox;
      return outbox;
    })();
    try {
      return await this.opening;
    } finally {
      this.opening = undefined;
    }
  }

  private async client(serverUrl: string, token: string): Promise<XapiSyncClient> {
    const { XapiSyncClient } = await import('../../adapters/sync/xapiSyncClient');
    return new XapiSyncClient({ serverUrl, token });
  }

  private onOutboxEvent(event: OutboxEvent): void {
    const log = this.deps.logger;
    switch (event.type) {
      case 'delivered':
        log.info(`Team sync: delivered ${event.count} statement(s).`);
        return;
      case 'quarantined':
        log.warn(`Team sync: ${event.count} statement(s) set aside, not retried: ${event.reason}. See "Skilltrace: Show Sync Status".`);
        return;
      case 'retrying':
        log.warn(`Team sync: ${event.reason}; retrying in ${Math.round(event.delayMs / 1000)} s. Nothing is lost meanwhile.`);
        return;
      case 'blocked': {
        log.error(`Team sync stopped: ${event.reason}`);
        const consent = this.consent();
        const where = consent ? host(consent.serverUrl) : 'the team server';
        if (event.problem === 'auth') this.report('auth', `Skilltrace team sync stopped: ${where} refused your token. Reports wait on this machine until you enter a new one.`, ['Enter New Token', 'Show Log']);
        else this.report('config', `Skilltrace team sync stopped: ${where} does not accept skill reports at this URL (${event.reason}). Check the server URL.`, ['Change Server URL', 'Show Log']);
        return;
      }
      case 'recovered':
        this.recovered(event.warnings);
        return;
      case 'note':
        log.info(`Team sync: ${event.message}`);
        return;
    }
  }

  /** A damaged queue was rebuilt: the details go to the log and the status, the engineer gets one sentence. */
  private recovered(warnings: string[]): void {
    this.warnings = warnings;
    for (const warning of warnings) this.deps.logger.warn(`Team sync: ${warning}`);
    this.report('recovered', 'Skilltrace recovered its team sync queue from a damaged file; the damaged copy was kept. Details: Skilltrace: Show Log.', ['Show Log']);
  }

  // ---- commands ----------------------------------------------------------------------------------------------

  private async turnOn(): Promise<void> {
    const { normalizeServerUrl, isLoopbackUrl, checkToken, SyncClientError } = await import('../../adapters/sync/xapiSyncClient');
    const settings = readSyncSettings();
    const answer = await this.prompts.serverUrl(settings.serverUrl || this.consent()?.serverUrl || '');
    if (answer === undefined) return;
    let serverUrl: string;
    try {
      serverUrl = normalizeServerUrl(answer);
    } catch (error) {
      this.problemNow(`Skilltrace: ${errorText(error)}.`, []);
      return;
    }
    if (new URL(serverUrl).protocol === 'http:' && !isLoopbackUrl(serverUrl) && !(await this.prompts.confirmInsecure(serverUrl))) return;
    const previous = this.consent();
    const stored = previous?.serverUrl === serverUrl ? await this.deps.context.secrets.get(SYNC_TOKEN_SECRET) : undefined;
    const typed = await this.prompts.token(serverUrl, stored !== undefined);
    if (typed === undefined) return;
    let token: string;
    try {
      token = typed.trim() === '' && stored ? stored : checkToken(typed);
    } catch (error) {
      this.problemNow(`Skilltrace: ${errorText(error)}.`, []);
      return;
    }
    let identity: ServerIdentity;
    try {
      identity = await (await this.client(serverUrl, token)).me();
    } catch (error) {
      const kind = error instanceof SyncClientError ? error.kind : 'network';
      const advice = kind === 'auth' ? 'Check the token (your admin can issue a new one).' : kind === 'network' || kind === 'timeout' ? 'Check the URL and your connection.' : '';
      this.problemNow(`Skilltrace could not turn on team sync: ${errorText(error)}. ${advice}`.trim(), []);
      return;
    }

    const outbox = await this.ensureOutbox();
    const sameIdentity = outbox.pending().every((entry) => JSON.stringify(entry.statement.actor) === JSON.stringify(identity.agent));
    if (!sameIdentity) await outbox.retarget(identity.agent);
    const input = this.planInput(identity.agent, { ...settings, serverUrl });
    const draft = outbox.draft(input);
    const statements = [...outbox.pending().map((entry) => entry.statement), ...draft.statements];
    const consented = await this.prompts.consent({
      serverUrl,
      engineer: identity.name,
      team: identity.team?.name,
      minGroupSize: identity.minGroupSize,
      statementCount: statements.length,
      document: consentDocument(serverUrl, identity, statements, settings.excludedConcepts),
    });
    if (!consented) {
      this.deps.logger.info('Team sync was not turned on: the engineer did not consent. Nothing was sent or stored.');
      return;
    }
    await this.deps.context.secrets.store(SYNC_TOKEN_SECRET, token);
    const consent: Consent = { serverUrl, agent: identity.agent, engineer: identity.name, team: identity.team?.name, minGroupSize: identity.minGroupSize, consentedAt: Date.now() };
    await this.save({ ...this.saved, consent });
    this.shown.clear();
    await outbox.unblock();
    const committed = await outbox.commit(draft);
    if (committed.stale) this.deps.logger.warn('Team sync: the queue changed while you were deciding; the next plan reports what changed since.');
    await updateSyncSetting('serverUrl', serverUrl);
    await updateSyncSetting('paused', false);
    await updateSyncSetting('enabled', true);
    this.deps.logger.info(`Team sync turned on for ${serverUrl} as ${identity.name}${identity.team ? ` (team ${identity.team.name})` : ''}.`);
    const result = await this.syncOnce({ force: true });
    vscode.window.setStatusBarMessage(`$(cloud-upload) Skilltrace team sync is on${result?.delivered ? `: ${result.delivered} report(s) sent` : ''}`, 8000);
  }

  private async preview(): Promise<void> {
    await this.prompts.showDocument('What team sync sends.json', await this.previewText());
  }

  private async previewText(): Promise<string> {
    const settings = readSyncSettings();
    const consent = this.consent();
    const active = settings.enabled && consent?.serverUrl === settings.serverUrl;
    if (!active || !consent) {
      const placeholder = { objectType: 'Agent', account: { homePage: '(the server names your account when you turn sync on)', name: '(you)' } } as unknown as EngineerAgent;
      const outbox = await this.ensureOutbox();
      const draft = outbox.draft(this.planInput(placeholder, settings));
      return JSON.stringify(
        {
          note: 'Team sync is off: nothing is sent. If you turned it on now, these statements would be sent first (the server then fills in your account). Ids are assigned when they are queued.',
          excludedConcepts: settings.excludedConcepts,
          statements: draft.statements.map(({ id: _id, ...statement }) => statement),
        },
        null,
        2,
      );
    }
    const outbox = await this.ensureOutbox();
    await outbox.plan(this.planInput(consent.agent, settings));
    return JSON.stringify(
      {
        note: `Exactly what Skilltrace sends to ${consent.serverUrl} as ${consent.engineer}, in this order, when it next syncs${settings.paused ? ' (paused: nothing is sent until you resume)' : ''}. Statements already delivered are not listed.`,
        server: consent.serverUrl,
        excludedConcepts: settings.excludedConcepts,
        pending: outbox.pending().map((entry) => entry.statement),
        setAside: outbox.quarantined().map((entry) => ({ reason: entry.reason, statement: entry.statement })),
      },
      null,
      2,
    );
  }

  private async excludeConcepts(): Promise<void> {
    const settings = readSyncSettings();
    const ids = [...new Set([...this.deps.model().concepts(), ...settings.excludedConcepts])];
    const choices = ids
      .map((conceptId) => ({ conceptId, title: this.deps.conceptTitle(conceptId) ?? conceptId, excluded: settings.excludedConcepts.includes(conceptId) }))
      .sort((a, b) => a.title.localeCompare(b.title));
    const picked = await this.prompts.exclusions(choices);
    if (picked === undefined) return;
    const added = picked.filter((id) => !settings.excludedConcepts.includes(id));
    await updateSyncSetting('excludedConcepts', [...picked].sort());
    const dropped = await this.applyExclusions(new Set(added));
    this.deps.logger.info(`Team sync: excluded ${picked.length} concept(s)${dropped ? `; ${dropped} unsent report(s) discarded` : ''}.`);
    const consent = this.consent();
    const token = consent ? await this.deps.context.secrets.get(SYNC_TOKEN_SECRET) : undefined;
    if (added.length === 0 || !consent || !token || !(await this.prompts.withdraw(added.map((id) => this.deps.conceptTitle(id) ?? id)))) return;
    const { conceptActivityIdPrefix } = await import('../../shared/syncSchemas');
    const client = await this.client(consent.serverUrl, token);
    try {
      let voided = 0;
      for (const conceptId of added) {
        const sent = await client.listSkillReportIds({ activityId: `${conceptActivityIdPrefix}${encodeURIComponent(conceptId)}` });
        voided += await client.voidStatements(consent.agent, sent, randomUUID);
      }
      this.deps.logger.info(`Team sync: withdrew ${voided} report(s) already sent about ${added.join(', ')}.`);
      vscode.window.setStatusBarMessage(`$(check) Skilltrace: withdrew ${voided} sent report(s)`, 8000);
    } catch (error) {
      this.problemNow(`Skilltrace could not withdraw the reports already sent: ${errorText(error)}. Future reports on those concepts are held back either way.`, []);
    }
  }

  private async applyExclusions(added: ReadonlySet<string>): Promise<number> {
    if (added.size === 0 || (!this.outbox && !readSyncSettings().enabled)) return 0;
    const outbox = await this.ensureOutbox();
    return outbox.dropConcepts(added);
  }

  private async togglePause(): Promise<void> {
    const paused = !readSyncSettings().paused;
    await updateSyncSetting('paused', paused);
    vscode.window.setStatusBarMessage(paused ? '$(debug-pause) Skilltrace team sync paused: reports wait on this machine' : '$(debug-continue) Skilltrace team sync resumed', 6000);
  }

  private async revoke(): Promise<void> {
    const consent = this.consent();
    const settings = readSyncSettings();
    const serverUrl = consent?.serverUrl ?? settings.serverUrl;
    if (!consent || !serverUrl) {
      await this.discardLocal();
      vscode.window.setStatusBarMessage('Skilltrace: team sync was never turned on for a server; unsent reports on this machine were discarded', 8000);
      return;
    }
    if (!(await this.prompts.confirmRevoke(serverUrl, consent.engineer))) return;
    // Stop first: from here on nothing is sent, whatever happens on the network.
    await this.save({ ...this.saved, revocation: { serverUrl, agent: consent.agent, since: Date.now() } });
    this.inFlight?.abort();
    await this.running?.catch(() => undefined);
    await updateSyncSetting('enabled', false);
    await this.discardLocal();
    await this.finishRevocation(true);
  }

  /** Voids and deletes on the server; retried on the timer until it works (the token is kept until then). */
  private async finishRevocation(interactive: boolean): Promise<boolean> {
    const pending = this.pendingRevocation();
    if (!pending) return true;
    const token = await this.deps.context.secrets.get(SYNC_TOKEN_SECRET);
    if (!token) {
      await this.forgetServer();
      this.deps.logger.warn(`Team sync: revocation for ${pending.serverUrl} cannot reach the server without a token; ask your admin to delete your data there.`);
      return false;
    }
    const client = await this.client(pending.serverUrl, token);
    try {
      const sent = await client.listSkillReportIds();
      const voided = await client.voidStatements(pending.agent, sent, randomUUID);
      const deleted = await client.deleteMyData();
      await this.forgetServer();
      this.deps.logger.info(`Team sync revoked: ${voided} report(s) voided and ${deleted} statement(s) deleted on ${pending.serverUrl}; the token was removed.`);
      vscode.window.setStatusBarMessage(`$(check) Skilltrace: your team sync data was deleted on ${host(pending.serverUrl)}`, 8000);
      return true;
    } catch (error) {
      await this.save({ ...this.saved, revocation: { ...pending, lastError: errorText(error) } });
      this.deps.logger.error(`Team sync: could not delete your data on ${pending.serverUrl} yet; retrying every ${SYNC_INTERVAL_MS / 60_000} minutes`, error);
      if (interactive) {
        this.problemNow(`Skilltrace stopped team sync, but could not delete your data on ${host(pending.serverUrl)} yet (${errorText(error)}). It retries until the server answers.`, ['Try Again'], (action) => {
          if (action === 'Try Again') void this.finishRevocation(true);
        });
      }
      return false;
    }
  }

  private async forgetServer(): Promise<void> {
    await this.deps.context.secrets.delete(SYNC_TOKEN_SECRET);
    await this.save({});
  }

  private async discardLocal(): Promise<void> {
    const outbox = await this.ensureOutbox();
    await outbox.clear();
  }

  private async showStatus(): Promise<void> {
    const status = await this.status();
    const lines = [
      `# Skilltrace team sync: ${status.state}`,
      '',
      status.summary,
      '',
      `- Server: ${status.serverUrl ?? '(none)'}${status.engineer ? ` as ${status.engineer}${status.team ? ` (team ${status.team})` : ''}` : ''}`,
      `- Waiting to be sent: ${status.pending}`,
      `- Delivered so far: ${status.deliveredTotal}${status.lastDeliveredAt ? ` (last ${new Date(status.lastDeliveredAt).toLocaleString()})` : ''}`,
      `- Excluded concepts: ${status.excluded.length ? status.excluded.join(', ') : 'none'}`,
      ...(status.lastError ? [`- Last problem: ${status.lastError}`] : []),
      ...(status.nextAttemptAt ? [`- Next attempt: ${new Date(status.nextAttemptAt).toLocaleString()}`] : []),
      ...(status.quarantined.length ? ['', '## Set aside (refused by the server, not retried)', ...status.quarantined.map((q) => `- ${q.conceptId}: ${q.reason}`)] : []),
      ...(status.warnings.length ? ['', '## Warnings', ...status.warnings.map((w) => `- ${w}`)] : []),
      '',
      'Commands: Skilltrace: Preview What Sync Sends · Exclude Concepts From Sync… · Pause/Resume Team Sync · Revoke and Delete My Synced Data · Show Log',
    ];
    await this.prompts.showDocument('Team sync status.md', lines.join('\n'));
  }

  private async status(): Promise<SyncStatus> {
    const settings = readSyncSettings();
    const consent = this.consent();
    const revocation = this.pendingRevocation();
    const outbox = this.outbox ?? (settings.enabled || consent ? await this.ensureOutbox().catch(() => undefined) : undefined);
    const delivery = outbox?.delivery();
    const base = {
      serverUrl: consent?.serverUrl ?? (settings.serverUrl || undefined),
      engineer: consent?.engineer,
      team: consent?.team,
      pending: outbox?.pending().length ?? 0,
      quarantined: (outbox?.quarantined() ?? []).map((q) => ({ conceptId: q.conceptId, reason: q.reason })),
      deliveredTotal: delivery?.deliveredTotal ?? 0,
      lastDeliveredAt: delivery?.lastDeliveredAt,
      lastError: delivery?.lastError ?? revocation?.lastError,
      nextAttemptAt: delivery && delivery.nextAttemptAt > Date.now() ? delivery.nextAttemptAt : undefined,
      excluded: settings.excludedConcepts,
      warnings: [...this.warnings],
    };
    const where = base.serverUrl ? host(base.serverUrl) : 'a server';
    if (revocation) return { ...base, state: 'revocation-pending', summary: `Sync is off. Deleting your data on ${host(revocation.serverUrl)} has not worked yet; Skilltrace keeps trying.` };
    if (!settings.enabled) return { ...base, state: 'off', summary: 'Team sync is off: nothing leaves this machine. Turn it on with "Skilltrace: Turn On Team Sync…".' };
    if (!consent || consent.serverUrl !== settings.serverUrl) return { ...base, state: 'needs-consent', summary: `Team sync is enabled but not set up for ${where}: run "Skilltrace: Turn On Team Sync…". Nothing is sent until you consent.` };
    if (!(await this.deps.context.secrets.get(SYNC_TOKEN_SECRET)) || delivery?.blocked?.problem === 'auth') {
      return { ...base, state: 'needs-token', summary: `${where} needs a valid token: run "Skilltrace: Turn On Team Sync…" and enter a new one. Reports wait on this machine.` };
    }
    if (delivery?.blocked) return { ...base, state: 'blocked', summary: `Sync stopped: ${delivery.blocked.reason}. Check the server URL with "Skilltrace: Turn On Team Sync…".` };
    if (settings.paused) return { ...base, state: 'paused', summary: `Paused: reports wait on this machine (${base.pending}) until you resume.` };
    return { ...base, state: 'active', summary: `Syncing to ${where} as ${consent.engineer}${base.pending ? `; ${base.pending} report(s) waiting` : ''}.` };
  }

  private async settingsChanged(): Promise<void> {
    const settings = readSyncSettings();
    const consent = this.consent();
    if (!settings.enabled || settings.paused || consent?.serverUrl !== settings.serverUrl) this.inFlight?.abort();
    if (this.outbox || settings.enabled) await this.applyExclusions(new Set(settings.excludedConcepts)).catch(() => 0);
    if (settings.enabled && this.started && (!consent || consent.serverUrl !== settings.serverUrl)) {
      this.report('consent', `Skilltrace team sync is enabled for ${settings.serverUrl || 'no server'} but you have not consented to sending there. Nothing is sent until you do.`, ['Turn On Team Sync…']);
      return;
    }
    if (settings.enabled && !settings.paused) this.schedule(BREAK_DELAY_MS);
  }

  // ---- state -------------------------------------------------------------------------------------------------

  private consent(): Consent | undefined {
    return this.saved.consent;
  }

  private pendingRevocation(): Revocation | undefined {
    return this.saved.revocation;
  }

  private loadSaved(): Promise<void> {
    this.loadingSaved ??= (async () => {
      const { readJsonFile } = await import('../../adapters/storage/atomicFile');
      const parsed = consentFileSchema.safeParse(await readJsonFile(this.consentPath));
      this.saved = parsed.success ? parsed.data : {};
    })();
    return this.loadingSaved;
  }

  private async save(next: ConsentFile): Promise<void> {
    const { writeFileAtomic } = await import('../../adapters/storage/atomicFile');
    this.saved = next;
    if (!next.consent && !next.revocation) {
      await rm(this.consentPath, { force: true });
      return;
    }
    await mkdir(path.dirname(this.consentPath), { recursive: true });
    await writeFileAtomic(this.consentPath, JSON.stringify(next, null, 2) + '\n');
  }

  /**
   * Tells the engineer about a problem that needs them: once per kind and session (retries only log), never again
   * for a kind they muted with "Don't Show Again".
   */
  private report(kind: string, message: string, actions: string[]): void {
    const muted = this.deps.context.globalState.get<string[]>(MUTED_KEY, []);
    if (muted.includes(kind) || this.shown.has(kind)) {
      this.deps.logger.warn(message);
      return;
    }
    this.shown.add(kind);
    this.problemNow(message, [...actions, "Don't Show Again"], (action) => {
      if (action === "Don't Show Again") void this.deps.context.globalState.update(MUTED_KEY, [...new Set([...this.deps.context.globalState.get<string[]>(MUTED_KEY, []), kind])]);
    });
  }

  private problemNow(message: string, actions: string[], after?: (action: string | undefined) => void): void {
    this.deps.logger.warn(message);
    // Never awaited: a notification nobody answers must not hold up sync.
    void this.prompts.problem(message, actions).then((action) => {
      if (action === 'Enter New Token' || action === 'Enter Token' || action === 'Change Server URL' || action === 'Turn On Team Sync…') void vscode.commands.executeCommand('skilltrace.sync.turnOn');
      else if (action === 'Show Log') void vscode.commands.executeCommand('skilltrace.showLog');
      after?.(action);
    });
  }
}

/** The JSON document shown before consent: what is sent, to whom, and the statements themselves. */
function consentDocument(serverUrl: string, identity: ServerIdentity, statements: readonly SkillReportStatement[], excluded: readonly string[]): string {
  return JSON.stringify(
    {
      note:
        `These are exactly the statements Skilltrace will send to ${serverUrl} if you agree, as ${identity.name}` +
        `${identity.team ? ` of team ${identity.team.name}` : ''}. They carry per-concept estimates only: no code, file names, diagnostics or messages.`,
      teamLeadSees: `aggregates of at least ${identity.minGroupSize} engineers${identity.shareIndividual ? ', and your own rows (you chose to share them on the server)' : ''}`,
      excludedConcepts: excluded,
      statements,
    },
    null,
    2,
  );
}

function host(serverUrl: string): string {
  try {
    return new URL(serverUrl).host;
  } catch {
    return serverUrl;
  }
}

function errorText(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).replace(/\.$/, '');
}

/** Creates team sync, registers its commands and returns what the extension API exposes of it. */
export function registerTeamSync(deps: TeamSyncDeps): { sync: TeamSync; api: TeamSyncApi } {
  const sync = new TeamSync(deps);
  deps.context.subscriptions.push(...sync.register());
  return { sync, api: sync.api() };
}
