import ts from 'typescript';
import type { ContentChange } from '../../../src/core/signals/contentChange';
import type { DiagnosticInput } from '../../../src/core/signals/diagnosticTracker';

/**
 * One TypeScript file checked by the real TypeScript language service, edited in memory: the tests get real
 * diagnostics (codes, messages, ranges) after real edits, as the editor's tsserver would report them.
 */
export class RealTypeScriptFile {
  private text: string;
  private version = 0;
  private readonly service: ts.LanguageService;
  private readonly fileName = '/project/main.ts';

  constructor(text: string) {
    this.text = text;
    const host: ts.LanguageServiceHost = {
      getCompilationSettings: () => ({ strict: true, target: ts.ScriptTarget.ES2022, lib: ['lib.es2022.d.ts'], noEmit: true, types: [] }),
      getScriptFileNames: () => [this.fileName],
      getScriptVersion: (name) => (name === this.fileName ? String(this.version) : '0'),
      getScriptSnapshot: (name) => {
        if (name === this.fileName) return ts.ScriptSnapshot.fromString(this.text);
        const content = ts.sys.readFile(name);
        return content === undefined ? undefined : ts.ScriptSnapshot.fromString(content);
      },
      getCurrentDirectory: () => '/project',
      getDefaultLibFileName: (options) => ts.getDefaultLibFilePath(options),
      fileExists: (name) => name === this.fileName || ts.sys.fileExists(name),
      readFile: (name) => (name === this.fileName ? this.text : ts.sys.readFile(name)),
    };
    this.service = ts.createLanguageService(host, ts.createDocumentRegistry());
  }

  get content(): string {
    return this.text;
  }

  /** Replaces the first occurrence of `find` (after `from`, an earlier occurrence to skip) and returns the editor-style change. */
  replace(find: string, replacement: string, from = 0): ContentChange {
    const start = this.text.indexOf(find, from);
    if (start < 0) throw new Error(`"${find}" not in the file`);
    const startPos = this.position(start);
    const endPos = this.position(start + find.length);
    this.text = this.text.slice(0, start) + replacement + this.text.slice(start + find.length);
    this.version++;
    return {
      range: { startLine: startPos.line, startCharacter: startPos.character, endLine: endPos.line, endCharacter: endPos.character },
      rangeLength: find.length,
      text: replacement,
    };
  }

  diagnostics(): DiagnosticInput[] {
    const all = [...this.service.getSyntacticDiagnostics(this.fileName), ...this.service.getSemanticDiagnostics(this.fileName)];
    return all.map((d) => {
      const start = this.position(d.start ?? 0);
      const end = this.position((d.start ?? 0) + (d.length ?? 0));
      return {
        code: String(d.code),
        source: 'ts',
        message: ts.flattenDiagnosticMessageText(d.messageText, '\n'),
        severity: d.category === ts.DiagnosticCategory.Error ? 'error' : d.category === ts.DiagnosticCategory.Warning ? 'warning' : 'info',
        range: { startLine: start.line, startCharacter: start.character, endLine: end.line, endCharacter: end.character },
      };
    });
  }

  private position(offset: number): { line: number; character: number } {
    const before = this.text.slice(0, offset);
    const line = before.split('\n').length - 1;
    return { line, character: offset - (before.lastIndexOf('\n') + 1) };
  }
}
