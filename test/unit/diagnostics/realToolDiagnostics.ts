import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { devNull, tmpdir } from 'node:os';
import path from 'node:path';
import ts from 'typescript';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';

/** One diagnostic as a real tool reported it, with the 1-based line it points at. */
export interface ToolDiagnostic {
  file: string;
  line: number;
  source: string;
  code: string;
  message: string;
}

export const FIXTURES = path.resolve(__dirname, '../../fixtures/diagnostics');

/** Lines carrying an `expect: <concept-id>` comment, by 1-based line number. */
export function expectations(file: string): Map<number, string> {
  const result = new Map<number, string>();
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((text, index) => {
      const match = /(?:\/\/|#) expect: ([a-z.-]+)\s*$/.exec(text);
      if (match) result.set(index + 1, match[1]);
    });
  return result;
}

function run(command: string, args: string[], cwd: string): Promise<{ stdout: string; stderr: string; code: number }> {
  return new Promise((resolve) => {
    execFile(command, args, { cwd, maxBuffer: 32 * 1024 * 1024, timeout: 60_000 }, (error, stdout, stderr) => {
      const code = error && typeof error.code === 'number' ? error.code : error ? -1 : 0;
      resolve({ stdout, stderr, code });
    });
  });
}

/** Whether a command exists on this machine (rustc, javac, go). */
export async function hasCommand(command: string): Promise<boolean> {
  // rustc takes --version, javac -version, go the `version` subcommand.
  for (const args of [['--version'], ['-version'], ['version']]) {
    if ((await run(command, args, tmpdir())).code === 0) return true;
  }
  return false;
}

/** The TypeScript compiler over the fixture project, as `tsc --noEmit` would report (source `ts`, numeric code). */
export function typescriptDiagnostics(projectDir: string): ToolDiagnostic[] {
  const config = ts.readConfigFile(path.join(projectDir, 'tsconfig.json'), ts.sys.readFile);
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, projectDir);
  const program = ts.createProgram(parsed.fileNames, parsed.options);
  return ts.getPreEmitDiagnostics(program).map((d) => ({
    file: d.file?.fileName ?? '',
    line: d.file ? d.file.getLineAndCharacterOfPosition(d.start ?? 0).line + 1 : 0,
    source: 'ts',
    code: String(d.code),
    // The editor shows the whole chain; the first line is the headline the mapper most depends on.
    message: ts.flattenDiagnosticMessageText(d.messageText, '\n'),
  }));
}

/** ESLint with core and typescript-eslint recommended (type-checked) rules plus a few extra, over the given files. */
export async function eslintDiagnostics(dir: string, files: string[]): Promise<ToolDiagnostic[]> {
  const eslint = new ESLint({
    cwd: dir,
    overrideConfigFile: true,
    overrideConfig: [
      ...tseslint.configs.recommendedTypeChecked,
      {
        languageOptions: { parserOptions: { project: './tsconfig.json', tsconfigRootDir: dir } },
        rules: {
          eqeqeq: 'error',
          'no-var': 'error',
          'prefer-const': 'error',
          'no-console': 'error',
          'no-shadow': 'error',
          'no-throw-literal': 'error',
          'no-template-curly-in-string': 'error',
          'no-await-in-loop': 'error',
          '@typescript-eslint/no-non-null-assertion': 'error',
          '@typescript-eslint/prefer-optional-chain': 'error',
          '@typescript-eslint/switch-exhaustiveness-check': 'error',
          '@typescript-eslint/strict-boolean-expressions': 'off',
        },
      },
    ],
  });
  const results = await eslint.lintFiles(files);
  return results.flatMap((result) =>
    result.messages.map((m) => ({ file: result.filePath, line: m.line, source: 'eslint', code: m.ruleId ?? '', message: m.message })),
  );
}

interface PyrightJson {
  generalDiagnostics: { file: string; message: string; rule?: string; range: { start: { line: number } } }[];
}

/** Pyright's CLI with `--outputjson` over the fixture directory (source `Pyright`, code = rule). */
export async function pyrightDiagnostics(dir: string): Promise<ToolDiagnostic[]> {
  const cli = require.resolve('pyright/index.js');
  const result = await run(process.execPath, [cli, '--outputjson', '-p', path.join(dir, 'pyrightconfig.json')], dir);
  const parsed = JSON.parse(result.stdout) as PyrightJson;
  return parsed.generalDiagnostics.map((d) => ({
    file: d.file,
    line: d.range.start.line + 1,
    source: 'Pyright',
    code: d.rule ?? '',
    message: d.message,
  }));
}

interface RustcJson {
  $message_type?: string;
  message: string;
  code: { code: string } | null;
  level: string;
  spans: { file_name: string; line_start: number; is_primary: boolean }[];
}

/** rustc with JSON diagnostics over one file (source `rustc`, code = error code or lint name). */
export async function rustcDiagnostics(file: string): Promise<ToolDiagnostic[]> {
  const out = mkdtempSync(path.join(tmpdir(), 'skilltrace-rustc-'));
  try {
    const result = await run('rustc', ['--edition=2021', '--crate-type=lib', '--error-format=json', '--emit=metadata', '--out-dir', out, file], path.dirname(file));
    return result.stderr
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as RustcJson)
      .filter((d) => d.$message_type === 'diagnostic' && (d.level === 'error' || d.level === 'warning') && d.spans.length > 0)
      .map((d) => {
        const span = d.spans.find((s) => s.is_primary) ?? d.spans[0];
        return { file: span.file_name, line: span.line_start, source: 'rustc', code: d.code?.code ?? '', message: d.message };
      });
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

/** javac over one file; parses `File.java:LINE: error: message` plus its continuation lines (source `javac`, no code). */
export async function javacDiagnostics(file: string): Promise<ToolDiagnostic[]> {
  const out = mkdtempSync(path.join(tmpdir(), 'skilltrace-javac-'));
  try {
    const result = await run('javac', ['-Xlint:all', '-Xmaxerrs', '500', '-d', out, file], path.dirname(file));
    const diagnostics: ToolDiagnostic[] = [];
    for (const line of result.stderr.split('\n')) {
      const match = /^(.*\.java):(\d+): (?:error|warning): (.*)$/.exec(line);
      if (match) {
        diagnostics.push({ file: match[1], line: Number(match[2]), source: 'javac', code: '', message: match[3] });
      } else if (diagnostics.length > 0 && /^\s+(?:symbol|location|required|found|reason):/.test(line)) {
        diagnostics[diagnostics.length - 1].message += `\n${line}`;
      }
    }
    return diagnostics;
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

/**
 * `go build -gcflags=-e` over the fixture module: every compile error as `file:line:col: message` (source `compiler`).
 * (go vet stops at the first type error, so it would report only one.)
 */
export async function goDiagnostics(dir: string): Promise<ToolDiagnostic[]> {
  const result = await run('go', ['build', '-gcflags=-e', '-o', devNull, './...'], dir);
  const diagnostics: ToolDiagnostic[] = [];
  for (const line of `${result.stdout}\n${result.stderr}`.split('\n')) {
    const match = /^(?:vet: )?(\.?\/?[^:\s]+\.go):(\d+):(?:\d+:)? (.*)$/.exec(line.trim());
    if (match) diagnostics.push({ file: path.resolve(dir, match[1]), line: Number(match[2]), source: 'compiler', code: '', message: match[3] });
  }
  return diagnostics;
}
