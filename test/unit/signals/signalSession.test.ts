import assert from 'node:assert/strict';
import { Linter } from 'eslint';
import type { ContentChange } from '../../../src/core/signals/contentChange';
import type { ConceptMapper } from '../../../src/core/signals/diagnosticObservations';
import type { DiagnosticInput } from '../../../src/core/signals/diagnosticTracker';
import { SignalSession } from '../../../src/core/signals/signalSession';
import { EditedSpan } from '../../../src/core/signals/baselinePolicy';
import { RealTypeScriptFile } from './realTypeScript';

const T0 = 1_700_000_000_000;
const mapper: ConceptMapper = (d) => {
  if (d.source === 'ts' && d.code === '2322') return [{ id: 'type-compatibility', weight: 0.7, ruleId: 'ts:2322' }];
  if (d.source === 'eslint' && d.code === 'eqeqeq') return [{ id: 'equality-and-coercion', weight: 0.8, ruleId: 'eslint:eqeqeq' }];
  return [];
};
const doc = (id: string, path: string, languageId = 'typescript') => ({ id, scheme: 'file', path, languageId });

/** Real ESLint over a text, as the ESLint extension would publish it (0-based ranges, rule id as code). */
function eslintDiagnostics(text: string): DiagnosticInput[] {
  const messages = new Linter({ configType: 'flat' }).verify(text, [{ rules: { eqeqeq: 'error', 'prefer-const': 'warn' } }]);
  return messages.map((m) => ({
    code: m.ruleId ?? undefined, source: 'eslint', message: m.message, severity: m.severity === 2 ? 'error' : 'warning',
    range: { startLine: m.line - 1, startCharacter: m.column - 1, endLine: (m.endLine ?? m.line) - 1, endCharacter: (m.endColumn ?? m.column) - 1 },
  }));
}

/** Edits a text the way the editor reports it. */
function replaceIn(text: string, find: string, replacement: string): { text: string; change: ContentChange } {
  const start = text.indexOf(find);
  const pos = (offset: number) => {
    const before = text.slice(0, offset);
    return { line: before.split('\n').length - 1, character: offset - before.lastIndexOf('\n') - 1 };
  };
  const s = pos(start), e = pos(start + find.length);
  return {
    text: text.slice(0, start) + replacement + text.slice(start + find.length),
    change: { range: { startLine: s.line, startCharacter: s.character, endLine: e.line, endCharacter: e.character }, rangeLength: find.length, text: replacement },
  };
}

describe('signal session', () => {
  it('turns a real TypeScript error into a failure and its fix into a recovery with time to fix', () => {
    const session = new SignalSession({ mapToConcepts: mapper });
    const file = new RealTypeScriptFile('export function half(n: number): number {\n  const result = n / 2;\n  return result;\n}\n');
    assert.deepEqual(session.open(doc('file:///w/src/half.ts', 'src/half.ts'), file.diagnostics(), T0), { watched: true });

    session.change('file:///w/src/half.ts', [file.replace('const result = n / 2;', 'const result: number = `${n / 2}`;')], undefined, T0 + 1_000);
    const failed = session.diagnostics('file:///w/src/half.ts', file.diagnostics(), T0 + 1_400);
    assert.deepEqual(failed.observations.map((o) => [o.kind, o.conceptId, o.evidence.diagnosticCode, o.evidence.file]), [['failure', 'type-compatibility', '2322', 'src/half.ts']]);

    session.change('file:///w/src/half.ts', [file.replace('`${n / 2}`', 'n / 2')], undefined, T0 + 40_000);
    const fixed = session.diagnostics('file:///w/src/half.ts', file.diagnostics(), T0 + 40_400);
    assert.equal(fixed.observations.length, 1);
    assert.equal(fixed.observations[0].kind, 'recovery');
    assert.equal(fixed.observations[0].evidence.timeToFixMs, 39_000);
    assert.deepEqual(session.buffer.recent().map((o) => o.kind), ['recovery', 'failure']);
  });

  it('does the same for a real ESLint rule, and counts the rules nobody mapped', () => {
    const session = new SignalSession({ mapToConcepts: mapper });
    let text = 'export function same(a, b) {\n  return a === b;\n}\n';
    session.open(doc('file:///w/src/same.js', 'src/same.js', 'javascript'), eslintDiagnostics(text), T0);
    let edit = replaceIn(text, 'a === b', 'a == b');
    text = edit.text;
    session.change('file:///w/src/same.js', [edit.change], undefined, T0 + 500);
    edit = replaceIn(text, 'export function', 'let unused = 1;\nexport function');
    text = edit.text;
    session.change('file:///w/src/same.js', [edit.change], undefined, T0 + 700);
    const failed = session.diagnostics('file:///w/src/same.js', eslintDiagnostics(text), T0 + 1_000);
    assert.deepEqual(failed.observations.map((o) => [o.kind, o.conceptId]), [['failure', 'equality-and-coercion']]);
    assert.match(failed.observations[0].evidence.messageExcerpt ?? '', /Expected '===' and instead saw '=='/);
    assert.equal(failed.unmapped, 1);
    assert.deepEqual(session.unmappedKeys(), [{ key: 'javascript|eslint|prefer-const', count: 1 }]);

    edit = replaceIn(text, 'a == b', 'a === b');
    session.change('file:///w/src/same.js', [edit.change], undefined, T0 + 5_000);
    const fixed = session.diagnostics('file:///w/src/same.js', eslintDiagnostics(edit.text), T0 + 5_300);
    assert.deepEqual(fixed.observations.map((o) => [o.kind, o.conceptId, o.evidence.timeToFixMs]), [['recovery', 'equality-and-coercion', 4_300]]);
  });

  it('ignores filtered documents entirely and says why', () => {
    const session = new SignalSession({ mapToConcepts: mapper, filter: { ignore: ['**/*.spec.ts'] } });
    const decision = session.open(doc('file:///w/src/a.spec.ts', 'src/a.spec.ts'), [], T0);
    assert.equal(decision.watched, false);
    assert.equal(session.isWatched('file:///w/src/a.spec.ts'), false);
    const change = { range: { startLine: 0, startCharacter: 0, endLine: 0, endCharacter: 0 }, rangeLength: 0, text: 'x' };
    assert.deepEqual(session.change('file:///w/src/a.spec.ts', [change], undefined, T0 + 1), []);
    const d: DiagnosticInput = { code: '2322', source: 'ts', message: 'm', severity: 'error', range: change.range };
    assert.deepEqual(session.diagnostics('file:///w/src/a.spec.ts', [d], T0 + 2).observations, []);
    assert.equal(session.metrics().ignoredDocuments, 1);
    assert.equal(session.metrics().buffer.accepted, 0);
    // A settings change applies to documents opened afterwards.
    session.updateFilter({});
    assert.equal(session.open(doc('file:///w/src/a.spec.ts', 'src/a.spec.ts'), [], T0 + 3).watched, true);
  });

  it('when the first answer comes only after typing began, blames only what sits on the edited lines', () => {
    const session = new SignalSession({ mapToConcepts: mapper });
    const id = 'file:///w/src/late.ts';
    const source = 'export function half(n: number): number {\n  const kept: number = "already broken";\n  return n / 2;\n}\n';
    const file = new RealTypeScriptFile(source);
    // Opened while the language server is still starting: no diagnostics yet.
    session.open(doc(id, 'src/late.ts'), [], T0);
    const span = new EditedSpan();
    const change = file.replace('return n / 2;', 'const r: number = `${n}`;\n  return r;');
    span.apply(change);
    session.change(id, [change], undefined, T0 + 2_000);
    const first = file.diagnostics();
    assert.equal(first.filter((d) => d.code === '2322').length, 2, 'two real TS2322 errors: the old one and the new one');
    const result = session.lateFirstAnswer(id, first, span, T0 + 30_000);
    assert.deepEqual(result.observations.map((o) => [o.kind, o.evidence.range?.startLine]), [['failure', 2]]);
  });
});
