import assert from 'node:assert/strict';
import path from 'node:path';
import { mapDiagnostic } from '../../../src/core/diagnostics/diagnosticMapper';
import {
  eslintDiagnostics,
  expectations,
  FIXTURES,
  goDiagnostics,
  hasCommand,
  javacDiagnostics,
  pyrightDiagnostics,
  rustcDiagnostics,
  typescriptDiagnostics,
  type ToolDiagnostic,
} from './realToolDiagnostics';

/**
 * For every `expect:` line, some diagnostic the real tool reported on that line maps to the expected concept through
 * a rule; and every diagnostic the tool reported maps through a rule (a fallback would mean the table has a gap).
 */
function checkMapping(language: string, file: string, diagnostics: readonly ToolDiagnostic[]): void {
  assert.ok(diagnostics.length > 0, `the tool reported nothing for ${file}`);
  const mapped = diagnostics.map((d) => ({ d, m: mapDiagnostic({ language, source: d.source, code: d.code, message: d.message }) }));
  const failures: string[] = [];
  for (const [line, concept] of expectations(file)) {
    const onLine = mapped.filter(({ d }) => d.line === line && path.resolve(d.file) === path.resolve(file));
    if (onLine.length === 0) {
      failures.push(`line ${line}: the tool reported no diagnostic (expected ${concept})`);
    } else if (!onLine.some(({ m }) => m.rule !== null && m.concepts.some((c) => c.id === concept))) {
      failures.push(`line ${line}: expected ${concept}, got ${onLine.map(({ d, m }) => `[${d.code}] ${d.message.split('\n')[0]} → ${m.rule} ${m.concepts.map((c) => c.id).join(',')}`).join(' | ')}`);
    }
  }
  for (const { d, m } of mapped) {
    if (m.rule === null) failures.push(`line ${d.line}: unmapped [${d.source} ${d.code}] ${d.message.split('\n')[0]}`);
  }
  assert.deepEqual(failures, []);
}

async function requireCommand(context: Mocha.Context, command: string): Promise<void> {
  if (!(await hasCommand(command))) {
    console.warn(`      NOTICE: ${command} is not installed on this machine; the ${command} mapping test is skipped.`);
    context.skip();
  }
}

describe('diagnostic mapping with real tools', function () {
  this.timeout(120_000);

  it('maps the TypeScript compiler diagnostics of a strict fixture project', () => {
    const dir = path.join(FIXTURES, 'typescript');
    checkMapping('typescript', path.join(dir, 'errors.ts'), typescriptDiagnostics(dir));
  });

  it('maps ESLint core and typescript-eslint diagnostics', async () => {
    const dir = path.join(FIXTURES, 'eslint');
    const file = path.join(dir, 'lint.ts');
    checkMapping('typescript', file, await eslintDiagnostics(dir, [file]));
  });

  it('maps Pyright diagnostics (--outputjson)', async () => {
    const dir = path.join(FIXTURES, 'python');
    checkMapping('python', path.join(dir, 'mistakes.py'), await pyrightDiagnostics(dir));
  });

  it('maps rustc diagnostics (JSON error format)', async function () {
    await requireCommand(this, 'rustc');
    const file = path.join(FIXTURES, 'rust', 'mistakes.rs');
    checkMapping('rust', file, await rustcDiagnostics(file));
  });

  it('maps javac diagnostics', async function () {
    await requireCommand(this, 'javac');
    for (const name of ['Mistakes.java', 'FlowMistakes.java']) {
      const file = path.join(FIXTURES, 'java', name);
      checkMapping('java', file, await javacDiagnostics(file));
    }
  });

  it('maps Go compiler diagnostics from go build', async function () {
    await requireCommand(this, 'go');
    const dir = path.join(FIXTURES, 'go');
    checkMapping('go', path.join(dir, 'mistakes.go'), await goDiagnostics(dir));
  });
});
