import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

/**
 * Runs short example programs with the real toolchains (node, python3, javac + java, go, rustc) and returns what they
 * print, so tests can hold quiz answers to the truth. Compilations are batched where the tool allows it (one JVM for
 * every Java snippet, one `go build` for every Go snippet), everything else runs in a small pool, and identical
 * snippets run once per runner.
 */

/** The languages this runner can execute. */
export type RunnableLanguage = 'javascript' | 'typescript' | 'python' | 'java' | 'go' | 'rust';

/** One program to run, with the few things its question pins down about how it is run. */
export interface Snippet {
  language: RunnableLanguage;
  /** The program exactly as the reader sees it; Java statements without a class, and Rust without `fn main`, get one. */
  code: string;
  /** Extra environment, e.g. `TZ` when the question names a time zone. */
  env?: Record<string, string>;
  /** Python only: several files, each headed `# path/name.py`, run as the `pythonArgs` command line from the root. */
  pythonArgs?: string[];
  /** Capture stderr too, interleaved with stdout, for questions about what appears on the terminal. */
  terminal?: boolean;
}

/** What a snippet printed; `failure` says why it did not run cleanly (compile error, exit code, timeout). */
export interface SnippetRun {
  output: string;
  failure?: string;
}

/** The executables each language needs, for skipping a language whose toolchain is missing. */
export const TOOLS_BY_LANGUAGE: Record<RunnableLanguage, readonly string[]> = {
  javascript: [],
  typescript: [],
  python: ['python3'],
  java: ['javac', 'java'],
  go: ['go'],
  rust: ['rustc'],
};

const RUN_TIMEOUT_MS = 30_000;
const COMPILE_TIMEOUT_MS = 120_000;
const POOL_SIZE = 2;
const JAVA_BATCH_COMPILER = path.join(__dirname, 'JavaBatchCompiler.java');
/** Short-lived JVMs: the client compiler alone and the serial GC start faster (measured: about half the batch time). */
const JVM_FLAGS = ['-XX:TieredStopAtLevel=1', '-XX:+UseSerialGC'];

/** Imports a bare Java statement list gets, as JShell would have them. */
const JAVA_WRAPPER_IMPORTS = [
  'java.io.*',
  'java.math.*',
  'java.time.*',
  'java.util.*',
  'java.util.concurrent.*',
  'java.util.concurrent.atomic.*',
  'java.util.function.*',
  'java.util.stream.*',
].map((name) => `import ${name};`);

interface ProcessResult {
  stdout: string;
  stderr: string;
  code: number | null;
  timedOut: boolean;
}

interface ProcessOptions {
  cwd: string;
  env?: Record<string, string>;
  terminal?: boolean;
  timeoutMs?: number;
}

function runProcess(command: string, args: readonly string[], options: ProcessOptions): Promise<ProcessResult> {
  // For terminal questions both streams must share one pipe, or their order is lost.
  const [file, argv] = options.terminal ? ['sh', ['-c', 'exec "$@" 2>&1', 'sh', command, ...args]] : [command, [...args]];
  return new Promise((resolve) => {
    const child = spawn(file, argv, { cwd: options.cwd, env: snippetEnvironment(options.env), stdio: ['ignore', 'pipe', 'pipe'] });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, options.timeoutMs ?? RUN_TIMEOUT_MS);
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    child.on('error', (error) => {
      clearTimeout(timer);
      resolve({ stdout: '', stderr: error.message, code: -1, timedOut });
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ stdout: Buffer.concat(stdout).toString('utf8'), stderr: Buffer.concat(stderr).toString('utf8'), code, timedOut });
    });
  });
}

function snippetEnvironment(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, TZ: 'UTC', LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8', PYTHONIOENCODING: 'utf-8', PYTHONDONTWRITEBYTECODE: '1' };
  // The mocha process may carry loader flags (tsx); a snippet runs on plain node.
  delete env.NODE_OPTIONS;
  return { ...env, ...extra };
}

/** True when `command` starts and answers a version flag. */
export async function commandAvailable(command: string): Promise<boolean> {
  for (const flag of ['--version', '-version', 'version']) {
    const result = await runProcess(command, [flag], { cwd: process.cwd(), timeoutMs: 20_000 });
    if (result.code === 0) return true;
  }
  return false;
}

/** Runs `task` over `items` with at most `size` running at once, keeping the order of results. */
async function inPool<T, R>(items: readonly T[], size: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(size, items.length) }, worker));
  return results;
}

function describeFailure(what: string, result: ProcessResult): string {
  if (result.timedOut) return `${what} timed out`;
  const detail = result.stderr.trim().split('\n').slice(0, 12).join('\n');
  return `${what} exited with ${result.code}${detail ? `: ${detail}` : ''}`;
}

function runOutcome(result: ProcessResult): SnippetRun {
  const ok = !result.timedOut && result.code === 0;
  return ok ? { output: result.stdout } : { output: result.stdout, failure: describeFailure('the program', result) };
}

/** A Java program's sources: the snippet itself when it declares a class with `main`, else wrapped in one. */
function javaProgram(code: string): { fileName: string; mainClass: string; source: string } {
  if (/\bstatic\s+void\s+main\s*\(/.test(code)) {
    const publicClass = /^public\s+(?:final\s+)?class\s+(\w+)/m.exec(code)?.[1];
    const firstClass = /^(?:final\s+)?class\s+(\w+)/m.exec(code)?.[1];
    const mainClass = publicClass ?? firstClass ?? 'Main';
    return { fileName: `${mainClass}.java`, mainClass, source: code };
  }
  const lines = code.split('\n');
  const imports = lines.filter((line) => /^import\s/.test(line));
  const body = lines.filter((line) => !/^import\s/.test(line));
  const source = [
    ...JAVA_WRAPPER_IMPORTS,
    ...imports,
    'public class Main {',
    '  public static void main(String[] args) throws Exception {',
    ...body,
    '  }',
    '}',
  ].join('\n');
  return { fileName: 'Main.java', mainClass: 'Main', source };
}

function rustProgram(code: string): string {
  return /\bfn\s+main\s*\(/.test(code) ? code : `fn main() {\n${code}\n}\n`;
}

/**
 * Splits `# dir/name.py` headed sections into files (a header with nothing under it makes an empty file, e.g. an
 * `__init__.py`); a snippet without headers is one file, main.py.
 */
function pythonFiles(code: string): Map<string, string> {
  const files = new Map<string, string>();
  let current = 'main.py';
  let headed = false;
  let lines: string[] = [];
  const flush = (): void => {
    const text = lines.join('\n').trim();
    if (text.length > 0 || headed) files.set(current, text.length > 0 ? `${text}\n` : '');
  };
  for (const line of code.split('\n')) {
    const header = /^# ([\w./-]+\.py)\s*$/.exec(line);
    if (header) {
      flush();
      current = header[1];
      headed = true;
      lines = [];
    } else {
      lines.push(line);
    }
  }
  flush();
  return files;
}

/** Runs snippets in one working directory; create one per test run and reuse it. */
export class SnippetRunner {
  private readonly cache = new Map<string, Promise<SnippetRun>>();
  private python: Promise<string> | undefined;
  private goVersion: Promise<string> | undefined;

  constructor(private readonly workDir: string) {}

  /** Runs every snippet and returns what each printed, in order. */
  async runAll(snippets: readonly Snippet[]): Promise<SnippetRun[]> {
    const fresh = new Map<string, Snippet>();
    const keys = snippets.map((snippet) => {
      const key = createHash('sha256').update(JSON.stringify(snippet)).digest('hex').slice(0, 16);
      if (!this.cache.has(key) && !fresh.has(key)) fresh.set(key, snippet);
      return key;
    });
    const byLanguage = new Map<RunnableLanguage, [string, Snippet][]>();
    for (const entry of fresh) byLanguage.set(entry[1].language, [...(byLanguage.get(entry[1].language) ?? []), entry]);
    for (const [language, entries] of byLanguage) {
      const batch = this.runBatch(language, entries);
      entries.forEach(([key], index) => this.cache.set(key, batch.then((runs) => runs[index])));
    }
    return Promise.all(keys.map((key) => this.cache.get(key) as Promise<SnippetRun>));
  }

  private dirFor(key: string, language: RunnableLanguage): string {
    const dir = path.join(this.workDir, language, `q${key}`);
    mkdirSync(dir, { recursive: true });
    return dir;
  }

  private runBatch(language: RunnableLanguage, entries: readonly [string, Snippet][]): Promise<SnippetRun[]> {
    switch (language) {
      case 'javascript':
      case 'typescript':
        return inPool(entries, POOL_SIZE, ([key, snippet]) => this.runNode(key, snippet));
      case 'python':
        return inPool(entries, POOL_SIZE, ([key, snippet]) => this.runPython(key, snippet));
      case 'rust':
        return inPool(entries, POOL_SIZE, ([key, snippet]) => this.runRust(key, snippet));
      case 'java':
        return this.runJava(entries);
      case 'go':
        return this.runGo(entries);
      default: {
        const unreachable: never = language;
        throw new Error(`No runner for ${String(unreachable)}`);
      }
    }
  }

  private async runNode(key: string, snippet: Snippet): Promise<SnippetRun> {
    const dir = this.dirFor(key, snippet.language);
    let source = snippet.code;
    if (snippet.language === 'typescript') {
      // What tsc emits for a strict ES2022 project (standard decorators, define semantics for class fields).
      const emitted = ts.transpileModule(snippet.code, {
        compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.CommonJS, strict: true, esModuleInterop: true },
        reportDiagnostics: true,
      });
      const syntaxErrors = (emitted.diagnostics ?? []).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
      if (syntaxErrors.length > 0) return { output: '', failure: `TypeScript could not transpile it: ${syntaxErrors.join('; ')}` };
      source = emitted.outputText;
    }
    // .cjs: a CommonJS script wherever the directory is, so require and __filename work as the snippets expect.
    writeFileSync(path.join(dir, 'main.cjs'), source);
    return runOutcome(await runProcess(process.execPath, ['main.cjs'], { cwd: dir, env: snippet.env, terminal: snippet.terminal }));
  }

  private async runPython(key: string, snippet: Snippet): Promise<SnippetRun> {
    // The real interpreter, not a version-manager shim: a shim costs more than most snippets take to run.
    this.python ??= runProcess('python3', ['-c', 'import sys; print(sys.executable)'], { cwd: this.workDir }).then((r) => r.stdout.trim() || 'python3');
    const python = await this.python;
    const dir = this.dirFor(key, 'python');
    for (const [name, text] of pythonFiles(snippet.code)) {
      mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
      writeFileSync(path.join(dir, name), text);
    }
    const args = snippet.pythonArgs ?? ['main.py'];
    return runOutcome(await runProcess(python, args, { cwd: dir, env: snippet.env, terminal: snippet.terminal }));
  }

  private async runRust(key: string, snippet: Snippet): Promise<SnippetRun> {
    const dir = this.dirFor(key, 'rust');
    writeFileSync(path.join(dir, 'main.rs'), rustProgram(snippet.code));
    const compiled = await runProcess('rustc', ['--edition', '2021', '-A', 'warnings', '-o', 'main', 'main.rs'], { cwd: dir, timeoutMs: COMPILE_TIMEOUT_MS });
    if (compiled.code !== 0) return { output: '', failure: describeFailure('rustc', compiled) };
    return runOutcome(await runProcess(path.join(dir, 'main'), [], { cwd: dir, env: snippet.env, terminal: snippet.terminal }));
  }

  private async runJava(entries: readonly [string, Snippet][]): Promise<SnippetRun[]> {
    const programs = entries.map(([key, snippet]) => {
      const dir = this.dirFor(key, 'java');
      const program = javaProgram(snippet.code);
      writeFileSync(path.join(dir, program.fileName), program.source);
      return { dir, mainClass: program.mainClass, snippet };
    });
    // Two JVMs, one per core: javac is mostly single-threaded.
    const halves = [programs.filter((_, i) => i % 2 === 0), programs.filter((_, i) => i % 2 === 1)].filter((half) => half.length > 0);
    const batches = await inPool(halves, POOL_SIZE, (half) =>
      runProcess('java', [...JVM_FLAGS, JAVA_BATCH_COMPILER, ...half.map((p) => p.dir)], { cwd: this.workDir, timeoutMs: COMPILE_TIMEOUT_MS }),
    );
    const batchFailure = batches.find((b) => b.code !== 0);
    return inPool(programs, POOL_SIZE, async ({ dir, mainClass, snippet }) => {
      const statusFile = path.join(dir, 'javac.status');
      if (!existsSync(statusFile)) return { output: '', failure: describeFailure('the Java batch compiler', batchFailure ?? batches[0]) };
      if (readFileSync(statusFile, 'utf8').trim() !== '0') {
        return { output: '', failure: `javac failed: ${readFileSync(path.join(dir, 'javac.log'), 'utf8').trim().split('\n').slice(0, 12).join('\n')}` };
      }
      const classes = path.join(dir, 'classes');
      return runOutcome(await runProcess('java', [...JVM_FLAGS, '-cp', classes, mainClass], { cwd: dir, env: snippet.env, terminal: snippet.terminal }));
    });
  }

  private async runGo(entries: readonly [string, Snippet][]): Promise<SnippetRun[]> {
    this.goVersion ??= runProcess('go', ['env', 'GOVERSION'], { cwd: this.workDir }).then((r) => /go(\d+\.\d+)/.exec(r.stdout)?.[1] ?? '1.19');
    const moduleDir = path.join(this.workDir, 'go');
    mkdirSync(moduleDir, { recursive: true });
    // Without a go directive the module would build at Go 1.16's language level (no generics).
    writeFileSync(path.join(moduleDir, 'go.mod'), `module snippets\n\ngo ${await this.goVersion}\n`);
    const goEnv = { GOFLAGS: '-mod=mod', GOPROXY: 'off', GOWORK: 'off', GOTOOLCHAIN: 'local', GO111MODULE: 'on' };
    const packages = entries.map(([key, snippet]) => {
      const dir = this.dirFor(key, 'go');
      writeFileSync(path.join(dir, 'main.go'), snippet.code);
      return { name: `q${key}`, dir, snippet };
    });
    const build = (names: readonly string[]): Promise<ProcessResult> =>
      runProcess('go', ['build', '-o', `${path.join(moduleDir, 'bin')}${path.sep}`, ...names.map((n) => `./${n}`)], { cwd: moduleDir, env: goEnv, timeoutMs: COMPILE_TIMEOUT_MS });
    const together = await build(packages.map((p) => p.name));
    // One broken snippet fails the batch; only then pay for building each alone, to say which one.
    const alone = together.code === 0 ? undefined : await inPool(packages, POOL_SIZE, (p) => build([p.name]));
    return inPool(packages, POOL_SIZE, async ({ name, dir, snippet }) => {
      const own = alone?.[packages.findIndex((p) => p.name === name)];
      if (own && own.code !== 0) return { output: '', failure: describeFailure('go build', own) };
      return runOutcome(await runProcess(path.join(moduleDir, 'bin', name), [], { cwd: dir, env: snippet.env, terminal: snippet.terminal }));
    });
  }
}
