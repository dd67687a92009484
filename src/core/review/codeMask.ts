import type { ReviewLanguage } from './reviewHint';

/**
 * Blanks comments and string contents out of source lines so the review detectors' patterns only see code: `==`
 * inside a string or `var` in a comment must not raise a hint. Columns are kept (blanked characters become spaces,
 * quotes stay), and the state of an unterminated block comment or multi-line string carries to the next line.
 */

type MaskState =
  | { kind: 'code' }
  | { kind: 'block-comment' }
  | { kind: 'string'; close: string; escapes: boolean };

/** Masks consecutive lines of one language; make one per run of contiguous lines (a hunk side). */
export class CodeMasker {
  private state: MaskState = { kind: 'code' };

  constructor(private readonly language: ReviewLanguage) {}

  /** Returns `line` with comments and string contents blanked. */
  mask(line: string): string {
    const out = line.split('');
    let i = 0;
    const blank = (from: number, to: number): void => {
      for (let k = from; k < to && k < out.length; k++) out[k] = ' ';
    };
    while (i < line.length) {
      const state = this.state;
      if (state.kind === 'block-comment') {
        const end = line.indexOf('*/', i);
        if (end < 0) {
          blank(i, line.length);
          return out.join('');
        }
        blank(i, end + 2);
        i = end + 2;
        this.state = { kind: 'code' };
        continue;
      }
      if (state.kind === 'string') {
        if (state.escapes && line[i] === '\\') {
          blank(i, i + 2);
          i += 2;
          continue;
        }
        if (line.startsWith(state.close, i)) {
          i += state.close.length;
          this.state = { kind: 'code' };
          continue;
        }
        out[i] = ' ';
        i++;
        continue;
      }
      const opened = this.openAt(line, i);
      if (opened === 'line-comment') {
        blank(i, line.length);
        return out.join('');
      }
      if (opened) {
        i = opened.next;
        continue;
      }
      i++;
    }
    // Ordinary quotes do not span lines; only block comments, triple quotes, template and raw strings do.
    if (this.state.kind === 'string' && (this.state.close === '"' || this.state.close === "'")) this.state = { kind: 'code' };
    return out.join('');
  }

  private openAt(line: string, i: number): 'line-comment' | { next: number } | undefined {
    const char = line[i];
    const python = this.language === 'python';
    if (python ? char === '#' : line.startsWith('//', i)) return 'line-comment';
    if (!python && line.startsWith('/*', i)) {
      this.state = { kind: 'block-comment' };
      return { next: i + 2 };
    }
    if (python && (line.startsWith('"""', i) || line.startsWith("'''", i))) {
      this.state = { kind: 'string', close: line.slice(i, i + 3), escapes: true };
      return { next: i + 3 };
    }
    if (char === '`' && (this.language === 'typescript' || this.language === 'javascript' || this.language === 'go')) {
      this.state = { kind: 'string', close: '`', escapes: this.language !== 'go' };
      return { next: i + 1 };
    }
    if (char === '"') {
      const verbatim = this.language === 'csharp' && line[i - 1] === '@';
      const rawRust = this.language === 'rust' && /r#*$/.test(line.slice(Math.max(0, i - 4), i));
      if (rawRust) {
        const hashes = /#*$/.exec(line.slice(0, i))?.[0] ?? '';
        this.state = { kind: 'string', close: `"${hashes}`, escapes: false };
      } else {
        this.state = { kind: 'string', close: '"', escapes: !verbatim };
      }
      return { next: i + 1 };
    }
    if (char === "'") {
      // Rust lifetimes ('a) and generics share the quote with char literals: only a closed char literal is a string.
      if (this.language === 'rust' && !/^'(?:\\.[^']*|[^'\\])'/.test(line.slice(i))) return undefined;
      this.state = { kind: 'string', close: "'", escapes: true };
      return { next: i + 1 };
    }
    return undefined;
  }
}
