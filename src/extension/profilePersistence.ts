import * as vscode from 'vscode';
import * as path from 'node:path';
import { mkdir } from 'node:fs/promises';
import { ProfileStore } from '../adapters/storage/profileStore';
import { SkillModel, type SkillModelOptions } from '../core/skill/skillModel';
import type { Logger } from './logger';

const SAVE_DELAY_MS = 5_000;

/**
 * Keeps the skill model on disk: loads it after activation (recovering from the backup with a visible warning),
 * saves a few seconds after changes and on shutdown, and runs the export, import and reset commands.
 */
export class ProfilePersistence implements vscode.Disposable {
  readonly store: ProfileStore;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private saving: Promise<void> = Promise.resolve();

  constructor(
    storageDir: string,
    private readonly options: () => SkillModelOptions,
    private readonly getModel: () => SkillModel,
    private readonly setModel: (model: SkillModel) => void,
    private readonly notify: (notice: string) => void,
    private readonly logger: Logger,
  ) {
    this.store = new ProfileStore(path.join(storageDir, 'profile.json'));
  }

  /** Loads the saved profile into a new model; warnings (a recovery, a file set aside) reach the engineer. */
  async load(): Promise<void> {
    const result = await this.store.load();
    for (const w of result.warnings) this.logger.warn(`Profile: ${w}`);
    if (result.warnings.length > 0) {
      // The full paths go to the log; the engineer gets one readable sentence with the way to the details.
      const text =
        result.source === 'backup'
          ? 'Skilltrace restored your profile from its last good copy; the damaged file was kept aside. Details: Skilltrace: Show Log.'
          : 'Skilltrace could not read your saved profile or its backup and started fresh; the files were kept aside. Details: Skilltrace: Show Log.';
      this.notify(text);
      void vscode.window.showWarningMessage(text, 'Show Log').then((pick) => pick && vscode.commands.executeCommand('skilltrace.showLog'));
    }
    try {
      this.setModel(SkillModel.fromJSON(result.model, this.options()));
    } catch (error) {
      this.logger.error('The saved profile could not be read; starting from the population defaults', error);
      this.notify('Skilltrace could not read the saved profile and started fresh; the file was kept.');
    }
  }

  /** Schedules a save; bursts of observations make one write. */
  scheduleSave(): void {
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.saveNow();
    }, SAVE_DELAY_MS);
  }

  /** Saves now (after any save in flight), logging rather than throwing. */
  saveNow(): Promise<void> {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = undefined;
    }
    this.saving = this.saving
      .then(() => mkdir(path.dirname(this.store.path), { recursive: true }))
      .then(() => this.store.save(this.getModel().toJSON()))
      .catch((error: unknown) => this.logger.error('Could not save the profile', error));
    return this.saving;
  }

  async exportProfile(): Promise<void> {
    const target = await vscode.window.showSaveDialog({ filters: { 'Skilltrace profile': ['json'] }, saveLabel: 'Export profile', defaultUri: vscode.Uri.file(path.join(process.env.HOME ?? '', 'skilltrace-profile.json')) });
    if (!target) return;
    await this.saveNow();
    await this.store.exportTo(target.fsPath);
    void vscode.window.showInformationMessage(`Skilltrace: profile exported to ${target.fsPath}.`);
  }

  async importProfile(): Promise<void> {
    const [source] = (await vscode.window.showOpenDialog({ filters: { 'Skilltrace profile': ['json'] }, canSelectMany: false, openLabel: 'Import profile' })) ?? [];
    if (!source) return;
    try {
      const snapshot = await this.store.importFrom(source.fsPath);
      this.setModel(SkillModel.fromJSON(snapshot, this.options()));
      void vscode.window.showInformationMessage('Skilltrace: profile imported. The previous one is kept as a backup.');
    } catch (error) {
      void vscode.window.showErrorMessage(`Skilltrace: ${source.fsPath} was not imported: ${error instanceof Error ? error.message : String(error)}. Nothing was changed.`);
    }
  }

  async resetProfile(): Promise<void> {
    const choice = await vscode.window.showWarningMessage('Reset your Skilltrace profile? Every estimate starts again from the population defaults. The current profile is kept as a backup.', { modal: true }, 'Reset');
    if (choice !== 'Reset') return;
    await this.store.reset();
    this.setModel(new SkillModel(this.options()));
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
  }
}
