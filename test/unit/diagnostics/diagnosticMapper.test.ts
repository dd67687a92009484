import assert from 'node:assert/strict';
import { isConceptId } from '../../../src/core/concepts/conceptCatalog';
import { createCatalogConceptMapper } from '../../../src/core/diagnostics/conceptMapperAdapter';
import { allDiagnosticRules, BUCKET_FALLBACK_WEIGHT, mapDiagnostic, NODE_FALLBACK_WEIGHT } from '../../../src/core/diagnostics/diagnosticMapper';
import { conceptWeights } from '../../../src/core/diagnostics/diagnosticRule';
import { goCodeAliases } from '../../../src/core/diagnostics/goRules';
import { messageShape, UnmappedCounter } from '../../../src/core/diagnostics/unmappedCounter';

describe('diagnostic rule tables', () => {
  it('use only catalog concepts, valid weights and unique rule ids', () => {
    const problems: string[] = [];
    const ids = new Set<string>();
    for (const { rule } of allDiagnosticRules()) {
      if (ids.has(rule.id)) problems.push(`duplicate rule id ${rule.id}`);
      ids.add(rule.id);
      if (rule.concepts.length === 0) problems.push(`${rule.id} has no concepts`);
      for (const c of rule.concepts) {
        if (!isConceptId(c.id)) problems.push(`${rule.id} → unknown concept ${c.id}`);
        if (!(c.weight > 0 && c.weight <= 1)) problems.push(`${rule.id} → bad weight ${c.weight}`);
      }
      if (rule.code === undefined && rule.message === undefined) problems.push(`${rule.id} can never match`);
    }
    for (const target of Object.values(goCodeAliases)) if (!ids.has(target)) problems.push(`go alias to missing rule ${target}`);
    assert.deepEqual(problems, []);
  });

  it('cover at least 150 TypeScript codes and the other tools broadly', () => {
    const codes = (tool: string) => new Set(allDiagnosticRules().filter((r) => r.tool === tool && r.rule.code !== undefined).map((r) => r.rule.code));
    const count = (tool: string) => allDiagnosticRules().filter((r) => r.tool === tool).length;
    assert.ok(codes('ts').size >= 150, `ts codes: ${codes('ts').size}`);
    assert.ok(codes('eslint').size >= 250, `eslint rules: ${codes('eslint').size}`);
    assert.ok(codes('pyright').size >= 60, `pyright rules: ${codes('pyright').size}`);
    assert.ok(codes('rustc').size >= 120, `rustc codes: ${codes('rustc').size}`);
    assert.ok(count('go') >= 50 && count('java') >= 60 && count('csharp') >= 40);
  });

  it('parses compact concept specs and rejects bad weights', () => {
    assert.deepEqual(conceptWeights('a b c@0.3'), [{ id: 'a', weight: 1 }, { id: 'b', weight: 0.5 }, { id: 'c', weight: 0.3 }]);
    assert.throws(() => conceptWeights('a@2'), /invalid weight/);
    assert.throws(() => conceptWeights('a@x'), /invalid weight/);
  });
});

describe('mapDiagnostic', () => {
  it('accepts numeric and string codes and tsserver/VS Code source spellings', () => {
    const numeric = mapDiagnostic({ language: 'typescriptreact', source: 'ts', code: 2532, message: "Object is possibly 'undefined'." });
    const text = mapDiagnostic({ language: 'typescript', source: 'TS', code: '2532', message: "Object is possibly 'undefined'." });
    assert.equal(numeric.rule, 'ts/2532');
    assert.deepEqual(numeric, text);
    assert.equal(numeric.concepts[0].id, 'ts.strict-null-checks');
  });

  it('refines a code by its message before the plain code rule', () => {
    const nullish = mapDiagnostic({ language: 'typescript', source: 'ts', code: 2322, message: "Type 'undefined' is not assignable to type 'string'." });
    assert.equal(nullish.rule, 'ts/2322:nullish');
    assert.equal(nullish.concepts[0].id, 'ts.strict-null-checks');
    const plain = mapDiagnostic({ language: 'typescript', source: 'ts', code: 2322, message: "Type 'string' is not assignable to type 'number'." });
    assert.equal(plain.rule, 'ts/2322');
  });

  it('maps ESLint core, typescript-eslint extension and plugin rules by rule name', () => {
    assert.equal(mapDiagnostic({ language: 'javascript', source: 'eslint', code: 'no-var', message: 'Unexpected var, use let or const instead.' }).concepts[0].id, 'js.var-let-const');
    const ext = mapDiagnostic({ language: 'typescript', source: 'eslint', code: '@typescript-eslint/no-unused-vars', message: "'x' is assigned a value but never used." });
    assert.equal(ext.rule, 'eslint/@typescript-eslint/no-unused-vars');
    assert.equal(ext.concepts[0].id, 'unused-code');
    assert.equal(mapDiagnostic({ language: 'typescriptreact', source: 'eslint', code: 'react-hooks/exhaustive-deps', message: 'React Hook useEffect has a missing dependency' }).concepts[0].id, 'closures');
  });

  it('drops concepts that do not apply to the language but keeps the rule', () => {
    const js = mapDiagnostic({ language: 'javascript', source: 'eslint', code: 'no-unsafe-optional-chaining', message: 'Unsafe usage of optional chaining.' });
    assert.deepEqual(js.concepts.map((c) => c.id), ['null-safety']);
    const ts = mapDiagnostic({ language: 'typescript', source: 'eslint', code: 'no-unsafe-optional-chaining', message: 'Unsafe usage of optional chaining.' });
    assert.deepEqual(ts.concepts.map((c) => c.id), ['null-safety', 'ts.optional-chaining']);
  });

  it('infers the tool from the code and language when the source is empty', () => {
    assert.equal(mapDiagnostic({ language: 'rust', code: 'E0382', message: 'borrow of moved value: `s`' }).rule, 'rustc/E0382');
    assert.equal(mapDiagnostic({ language: 'python', source: '', code: 'reportOptionalMemberAccess', message: '"split" is not a known attribute of "None"' }).rule, 'pyright/reportOptionalMemberAccess');
    assert.equal(mapDiagnostic({ language: 'typescript', code: 'no-console', message: 'Unexpected console statement.' }).rule, 'eslint/no-console');
    assert.equal(mapDiagnostic({ language: 'csharp', code: 'CS8602', message: 'Dereference of a possibly null reference.' }).concepts[0].id, 'csharp.nullable-reference-types');
    assert.equal(mapDiagnostic({ language: 'java', source: 'Java', code: '16777384', message: 'Unhandled exception type IOException' }).rule, 'jdt/16777384');
  });

  // Typed from the go/types and cmd/vet sources (Go 1.20+ wording and vet analyzers), not produced by a run: the
  // real-run test (realToolMapping) covers only the installed toolchain's compile errors.
  it('maps Go compiler and vet messages (documented texts)', () => {
    const cases: [string, string, string][] = [
      ['compiler', 'declared and not used: x', 'go/unused-variable'],
      ['compiler', '"os" imported and not used', 'go/unused-import'],
      ['compiler', 'undefined: foo', 'go/undefined'],
      ['compiler', 'assignment mismatch: 1 variable but os.Open returns 2 values', 'go/ignored-error-result'],
      ['compiler', 'cannot use s (variable of type *Square) as Shape value in variable declaration: *Square does not implement Shape (missing method Area)', 'go/missing-method'],
      ['compiler', 'cannot use "x" (untyped string constant) as int value in assignment', 'go/cannot-use'],
      ['compiler', 'missing return', 'go/missing-return'],
      ['compiler', 'invalid operation: cannot close receive-only channel ch (variable of type <-chan int)', 'go/directional-channel'],
      ['go vet', 'fmt.Printf format %d has arg name of wrong type string', 'go/vet-printf'],
      ['go vet', 'the cancel function returned by context.WithTimeout should be called, not discarded, to avoid a context leak', 'go/vet-lostcancel'],
      ['go vet', 'assignment copies lock value to b: sync.Mutex', 'go/vet-copylocks'],
      ['go vet', 'loop variable v captured by func literal', 'go/vet-loopclosure'],
    ];
    for (const [source, message, rule] of cases) {
      assert.equal(mapDiagnostic({ language: 'go', source, message }).rule, rule, message);
    }
    assert.equal(mapDiagnostic({ language: 'go', source: 'compiler', code: 'UnusedVar', message: 'x declared and not used' }).rule, 'go/unused-variable');
    assert.equal(mapDiagnostic({ language: 'go', source: 'compiler', code: 'WrongArgCount', message: 'an unfamiliar wording' }).rule, 'go/argument-count');
  });

  it('falls back to the syntax node, then the language bucket, and never drops', () => {
    const unknown = { language: 'typescript', source: 'ts', code: 99999, message: 'Some future diagnostic.' };
    const byNode = mapDiagnostic(unknown, { nodeKind: 'await_expression' });
    assert.deepEqual(byNode, { concepts: [{ id: 'async-await', weight: NODE_FALLBACK_WEIGHT }], rule: null, bucket: 'node:await_expression' });
    const byBucket = mapDiagnostic(unknown, { nodeKind: 'identifier' });
    assert.deepEqual(byBucket, { concepts: [{ id: 'ts.general', weight: BUCKET_FALLBACK_WEIGHT }], rule: null, bucket: 'ts.general' });
    assert.equal(mapDiagnostic({ language: 'python', message: 'something new' }).bucket, 'py.general');
    assert.deepEqual(mapDiagnostic({ language: 'markdown', source: 'cSpell', message: 'Unknown word' }), { concepts: [], rule: null, bucket: 'unsupported-language' });
  });

  it('does not trust the word "compiler" as Go outside Go documents', () => {
    assert.equal(mapDiagnostic({ language: 'java', source: 'compiler', message: 'missing return statement' }).rule, 'javac/missing-return');
  });

  it('stays fast on a huge message (patterns see a bounded prefix)', () => {
    const huge = `${'x'.repeat(1_000_000)} declared and not used`;
    assert.equal(mapDiagnostic({ language: 'go', source: 'compiler', message: huge }).rule, null);
  });
});

describe('UnmappedCounter', () => {
  it('counts only unmatched diagnostics, grouped by code or message shape', () => {
    const counter = new UnmappedCounter(10);
    const record = (input: { language: string; source?: string; code?: string; message: string }) => counter.record(input, mapDiagnostic(input));
    assert.equal(record({ language: 'typescript', source: 'ts', code: '2532', message: "Object is possibly 'undefined'." }), false);
    record({ language: 'go', source: 'compiler', message: "weird thing 'abc' at 12" });
    record({ language: 'go', source: 'compiler', message: "weird thing 'xyz' at 99" });
    record({ language: 'typescript', source: 'ts', code: '99999', message: 'new' });
    const snapshot = counter.snapshot();
    assert.equal(snapshot.length, 2);
    assert.equal(snapshot[0].count, 2);
    assert.equal(snapshot[0].messageShape, 'weird thing … at N');
    assert.equal(snapshot[0].bucket, 'go.general');
    assert.equal(counter.total, 3);
  });

  it('stays bounded, evicting the least recently seen key', () => {
    const counter = new UnmappedCounter(3);
    const add = (code: string) => counter.record({ language: 'rust', code, message: 'm' }, { concepts: [], rule: null, bucket: 'rust.general' });
    add('A');
    add('B');
    add('A');
    add('C');
    add('D');
    assert.equal(counter.size, 3);
    assert.equal(counter.evicted, 1);
    assert.deepEqual(counter.snapshot().map((e) => e.code).sort(), ['A', 'C', 'D']);
    for (let i = 0; i < 10_000; i++) add(`K${i}`);
    assert.equal(counter.size, 3);
    assert.throws(() => new UnmappedCounter(0), /positive integer/);
  });

  it('keeps no identifiers, numbers or paths from the message', () => {
    assert.equal(messageShape('Cannot open "/home/me/secret/file.txt" (code 42)\nmore'), 'Cannot open … (code N)');
    assert.equal(messageShape('failed at /usr/lib/x/y.so now'), 'failed at <path> now');
  });
});

describe('createCatalogConceptMapper', () => {
  it('gives the signal pipeline rule ids, fallback ids and counts unmapped diagnostics', () => {
    const counter = new UnmappedCounter();
    const mapper = createCatalogConceptMapper(counter);
    const range = { startLine: 0, startCharacter: 0, endLine: 0, endCharacter: 1 };
    const mapped = mapper({ source: 'ts', code: '18048', message: "'x' is possibly 'undefined'.", severity: 'error', range }, 'typescript');
    assert.equal(mapped[0].id, 'ts.strict-null-checks');
    assert.equal(mapped[0].ruleId, 'ts/18048');
    const fallback = mapper({ source: 'ts', code: '99999', message: 'new', severity: 'error', range }, 'typescript');
    assert.deepEqual(fallback, [{ id: 'ts.general', weight: BUCKET_FALLBACK_WEIGHT, ruleId: 'fallback:ts.general' }]);
    assert.equal(counter.total, 1);
  });
});
