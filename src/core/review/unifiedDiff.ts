/**
 * Parses `git diff` / `git show` unified-diff text into files, hunks and numbered lines. The review detectors run on
 * the added lines it yields, the history analysis on both sides, and the LLM review quotes its hunks.
 */

/** What happened to a file in a diff. */
export type DiffFileStatus = 'added' | 'modified' | 'deleted' | 'renamed';

/** One line of a hunk; line numbers are 1-based as in the diff (the editor's are 0-based). */
export interface DiffLine {
  kind: 'add' | 'del' | 'context';
  text: string;
  /** Line in the old file; absent on added lines. */
  oldLine?: number;
  /** Line in the new file; absent on deleted lines. */
  newLine?: number;
}

/** One `@@` hunk. */
export interface DiffHunk {
  oldStart: number;
  oldLines: number;
  newStart: number;
  newLines: number;
  /** The text git prints after the second `@@`, usually the enclosing function's first line. */
  section: string;
  lines: DiffLine[];
}

/** One file of a diff, as the review detectors and the history analysis consume it. */
export interface DiffFile {
  /** Path before the change (undefined for added files). */
  oldPath?: string;
  /** Path after the change (undefined for deleted files). */
  newPath?: string;
  status: DiffFileStatus;
  binary: boolean;
  hunks: DiffHunk[];
}

/** The path a hint about this file should name: the new path, or the old one for a deletion. */
export function diffFilePath(file: DiffFile): string {
  return file.newPath ?? file.oldPath ?? '';
}

/** An added line with its 1-based line number in the new file. */
export interface AddedLine {
  line: number;
  text: string;
}

/** The added lines of a file in order, as the review detectors read them. */
export function addedLines(file: DiffFile): AddedLine[] {
  const result: AddedLine[] = [];
  for (const hunk of file.hunks) {
    for (const line of hunk.lines) if (line.kind === 'add' && line.newLine !== undefined) result.push({ line: line.newLine, text: line.text });
  }
  return result;
}

const HUNK_HEADER = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@ ?(.*)$/;

/** Undoes git's C-style quoting of unusual path names (`"caf\303\251.ts"`), decoding octal escapes as UTF-8 bytes. */
export function unquoteGitPath(raw: string): string {
  if (!raw.startsWith('"') || !raw.endsWith('"') || raw.length < 2) return raw;
  const body = raw.slice(1, -1);
  const bytes: number[] = [];
  const simple: Record<string, number> = { n: 10, t: 9, r: 13, b: 8, f: 12, a: 7, v: 11, '\\': 92, '"': 34 };
  for (let i = 0; i < body.length; i++) {
    const char = body[i];
    if (char !== '\\' || i + 1 >= body.length) {
      bytes.push(...new TextEncoder().encode(char));
      continue;
    }
    const next = body[i + 1];
    const octal = /^[0-7]{3}/.exec(body.slice(i + 1, i + 4));
    if (octal) {
      bytes.push(parseInt(octal[0], 8));
      i += 3;
    } else if (next in simple) {
      bytes.push(simple[next]);
      i += 1;
    } else {
      bytes.push(92);
    }
  }
  return new TextDecoder().decode(new Uint8Array(bytes));
}

function stripPrefix(path: string): string | undefined {
  const unquoted = unquoteGitPath(path.replace(/\t$/, ''));
  if (unquoted === '/dev/null') return undefined;
  return /^[abciwo12]\//.test(unquoted) ? unquoted.slice(2) : unquoted;
}

/** Paths from `diff --git a/x b/y` when the names contain no spaces, or are quoted; the fallback for binary files. */
function pathsFromGitHeader(rest: string): [string | undefined, string | undefined] {
  const quoted = /^("(?:[^"\\]|\\.)*"|\S+) ("(?:[^"\\]|\\.)*"|\S+)$/.exec(rest);
  if (quoted) return [stripPrefix(quoted[1]), stripPrefix(quoted[2])];
  // Unquoted names with spaces: both sides are equal unless renamed, so split in the middle.
  const half = (rest.length - 1) / 2;
  if (Number.isInteger(half) && rest[half] === ' ') return [stripPrefix(rest.slice(0, half)), stripPrefix(rest.slice(half + 1))];
  return [undefined, undefined];
}

interface FileBuilder {
  file: DiffFile;
  sawOldMarker: boolean;
}

function finish(builder: FileBuilder | undefined, files: DiffFile[]): void {
  if (!builder) return;
  const file = builder.file;
  if (file.status === 'modified' && file.oldPath !== undefined && file.newPath !== undefined && file.oldPath !== file.newPath) {
    file.status = 'renamed';
  }
  files.push(file);
}

/**
 * Parses unified-diff text (several files, as `git diff` prints them). Lines it does not understand are skipped, so a
 * truncated diff yields the complete files and the part of the last one that arrived.
 */
export function parseUnifiedDiff(text: string): DiffFile[] {
  const files: DiffFile[] = [];
  let current: FileBuilder | undefined;
  let hunk: DiffHunk | undefined;
  let oldLine = 0;
  let newLine = 0;
  let oldLeft = 0;
  let newLeft = 0;
  const consumeHunkLine = (line: string): boolean => {
    if (!hunk) return false;
    const marker = line[0];
    if (marker === '+' && newLeft > 0) {
      hunk.lines.push({ kind: 'add', text: line.slice(1), newLine });
      newLine++;
      newLeft--;
      return true;
    }
    if (marker === '-' && oldLeft > 0) {
      hunk.lines.push({ kind: 'del', text: line.slice(1), oldLine });
      oldLine++;
      oldLeft--;
      return true;
    }
    // git writes an empty context line as a single space; some tools strip it, so accept an empty line too.
    if ((marker === ' ' || line === '') && oldLeft > 0 && newLeft > 0) {
      hunk.lines.push({ kind: 'context', text: line.slice(1), oldLine, newLine });
      oldLine++;
      newLine++;
      oldLeft--;
      newLeft--;
      return true;
    }
    return marker === '\\';
  };
  const lines = text.split('\n');
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  for (const rawLine of lines) {
    const line = rawLine.endsWith('\r') ? rawLine.slice(0, -1) : rawLine;
    if (hunk) {
      const consumed = consumeHunkLine(line);
      if (oldLeft === 0 && newLeft === 0) hunk = undefined;
      if (consumed) continue;
      hunk = undefined;
    }
    if (line.startsWith('\\')) continue;
    if (line.startsWith('diff --git ')) {
      finish(current, files);
      const [oldPath, newPath] = pathsFromGitHeader(line.slice('diff --git '.length));
      current = { file: { oldPath, newPath, status: 'modified', binary: false, hunks: [] }, sawOldMarker: false };
      hunk = undefined;
      continue;
    }
    if (line.startsWith('--- ') && !hunk) {
      if (!current || current.sawOldMarker || current.file.hunks.length > 0) {
        finish(current, files);
        current = { file: { status: 'modified', binary: false, hunks: [] }, sawOldMarker: false };
      }
      current.sawOldMarker = true;
      current.file.oldPath = stripPrefix(line.slice(4));
      if (current.file.oldPath === undefined) current.file.status = 'added';
      continue;
    }
    if (line.startsWith('+++ ') && current && !hunk) {
      current.file.newPath = stripPrefix(line.slice(4));
      if (current.file.newPath === undefined) current.file.status = 'deleted';
      continue;
    }
    if (!current) continue;
    const header = HUNK_HEADER.exec(line);
    if (header) {
      hunk = {
        oldStart: Number(header[1]),
        oldLines: header[2] === undefined ? 1 : Number(header[2]),
        newStart: Number(header[3]),
        newLines: header[4] === undefined ? 1 : Number(header[4]),
        section: header[5] ?? '',
        lines: [],
      };
      oldLine = hunk.oldStart;
      newLine = hunk.newStart;
      oldLeft = hunk.oldLines;
      newLeft = hunk.newLines;
      current.file.hunks.push(hunk);
      continue;
    }
    if (line.startsWith('new file mode')) {
      current.file.status = 'added';
      current.file.oldPath = undefined;
    } else if (line.startsWith('deleted file mode')) {
      current.file.status = 'deleted';
      current.file.newPath = undefined;
    } else if (line.startsWith('rename from ')) {
      current.file.oldPath = unquoteGitPath(line.slice('rename from '.length));
      current.file.status = 'renamed';
    } else if (line.startsWith('rename to ')) {
      current.file.newPath = unquoteGitPath(line.slice('rename to '.length));
      current.file.status = 'renamed';
    } else if (line.startsWith('Binary files ') || line === 'GIT binary patch') {
      current.file.binary = true;
    }
  }
  finish(current, files);
  return files;
}
