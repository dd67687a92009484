import * as vscode from 'vscode';

/** A concept attached to one diagnostic, as the signal pipeline mapped it. */
export interface MappedConcept {
  id: string;
  weight: number;
}

/** What the hover and code action need to know about a concept. */
export interface InlineConceptInfo {
  title: string;
  misconception?: string;
}

/** The kind of the "why?" action: under its own name, so it never sorts ahead of the real quick fixes. */
export const WHY_ACTION_KIND = vscode.CodeActionKind.Empty.append('skilltrace').append('why');

/**
 * Remembers the concepts of the current diagnostics per document, so hovers and code actions answer with a map
 * lookup (no mapping work on the hover path).
 */
export class MappedDiagnostics {
  private readonly byDocument = new Map<string, { diagnostic: vscode.Diagnostic; concepts: readonly MappedConcept[] }[]>();

  set(uri: vscode.Uri, mapped: readonly { diagnostic: vscode.Diagnostic; concepts: readonly MappedConcept[] }[]): void {
    const kept = mapped.filter((m) => m.concepts.length > 0);
    if (kept.length === 0) this.byDocument.delete(uri.toString());
    else this.byDocument.set(uri.toString(), kept);
  }

  /** The mapped diagnostics whose range contains `range` (or intersects it, for a selection). */
  at(uri: vscode.Uri, range: vscode.Range): { diagnostic: vscode.Diagnostic; concepts: readonly MappedConcept[] }[] {
    const all = this.byDocument.get(uri.toString()) ?? [];
    return all.filter((m) => m.diagnostic.range.intersection(range) !== undefined);
  }

  /** Concepts of a diagnostic object VS Code hands back in a code action context. */
  conceptsOf(uri: vscode.Uri, diagnostic: vscode.Diagnostic): readonly MappedConcept[] {
    const all = this.byDocument.get(uri.toString()) ?? [];
    const found = all.find((m) => m.diagnostic.message === diagnostic.message && m.diagnostic.range.isEqual(diagnostic.range) && String(codeOf(m.diagnostic)) === String(codeOf(diagnostic)));
    return found?.concepts ?? [];
  }

  clear(): void {
    this.byDocument.clear();
  }
}

function codeOf(d: vscode.Diagnostic): string | number | undefined {
  return typeof d.code === 'object' ? d.code.value : d.code;
}

/** Arguments of `skilltrace.learnConcept` when invoked from an inline hint. */
export interface LearnConceptArgs {
  conceptId: string;
  reason?: string;
  /** Start the hint ladder at its first rung. */
  hint?: boolean;
}

/** "Skilltrace: why? (concept)" on mapped diagnostics: opens the panel on the concept, first hint rung. */
export class WhyCodeActionProvider implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = { providedCodeActionKinds: [WHY_ACTION_KIND] };

  constructor(
    private readonly mapped: MappedDiagnostics,
    private readonly info: (conceptId: string) => InlineConceptInfo | undefined,
    private readonly enabled: () => boolean,
  ) {}

  provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext, token: vscode.CancellationToken): vscode.CodeAction[] {
    if (!this.enabled() || token.isCancellationRequested) return [];
    if (context.only && !WHY_ACTION_KIND.intersects(context.only)) return [];
    const seen = new Set<string>();
    const actions: vscode.CodeAction[] = [];
    for (const diagnostic of context.diagnostics) {
      const top = [...this.mapped.conceptsOf(document.uri, diagnostic)].sort((a, b) => b.weight - a.weight)[0];
      if (!top || seen.has(top.id)) continue;
      seen.add(top.id);
      const title = this.info(top.id)?.title ?? top.id;
      const action = new vscode.CodeAction(`Skilltrace: why? (${title})`, WHY_ACTION_KIND);
      action.diagnostics = [diagnostic];
      action.isPreferred = false;
      const args: LearnConceptArgs = { conceptId: top.id, reason: `From the error at line ${diagnostic.range.start.line + 1}: ${diagnostic.message.slice(0, 120)}`, hint: true };
      action.command = { command: 'skilltrace.learnConcept', title: 'Open in the Skilltrace tutor', arguments: [args] };
      actions.push(action);
    }
    return actions;
  }
}

/** Two lines on a mapped diagnostic's hover: the concept and the likely misconception, with a link to the tutorial. */
export class ConceptHoverProvider implements vscode.HoverProvider {
  constructor(
    private readonly mapped: MappedDiagnostics,
    private readonly info: (conceptId: string) => InlineConceptInfo | undefined,
    private readonly enabled: () => boolean,
  ) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position, token: vscode.CancellationToken): vscode.Hover | undefined {
    if (!this.enabled() || token.isCancellationRequested) return undefined;
    const here = this.mapped.at(document.uri, new vscode.Range(position, position));
    const first = here[0];
    if (!first) return undefined;
    const top = [...first.concepts].sort((a, b) => b.weight - a.weight)[0];
    const concept = top && this.info(top.id);
    if (!top || !concept) return undefined;
    const args: LearnConceptArgs = { conceptId: top.id, reason: `From the error at line ${first.diagnostic.range.start.line + 1}`, hint: false };
    const link = `command:skilltrace.learnConcept?${encodeURIComponent(JSON.stringify([args]))}`;
    const md = new vscode.MarkdownString(undefined, true);
    md.isTrusted = { enabledCommands: ['skilltrace.learnConcept'] };
    md.appendMarkdown(`**Skilltrace** · ${escapeMarkdown(concept.title)} — [open the tutorial](${link})\n\n`);
    md.appendMarkdown(escapeMarkdown(concept.misconception ?? 'This error is usually about this concept.'));
    return new vscode.Hover(md, first.diagnostic.range);
  }
}

function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>]/g, (c) => `\\${c}`);
}
