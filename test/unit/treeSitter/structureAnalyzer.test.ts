import assert from 'node:assert/strict';
import { mkdtempSync, copyFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createStructureAnalyzer } from '../../../src/adapters/treeSitter/treeSitterStructureAnalyzer';
import type { StructureAnalyzer } from '../../../src/core/structure/structureAnalyzer';
import type { Range } from '../../../src/shared/observation';
import { largeTypeScriptSource } from '../../bench/fixtures/largeTypeScriptSource';
import { treeSitterTestPaths } from './treeSitterTestPaths';

/** The whole line holding `marker` (first occurrence). */
function lineRange(text: string, marker: string): Range {
  const line = text.split('\n').findIndex((l) => l.includes(marker));
  assert.ok(line >= 0, `marker ${marker} not in fixture`);
  return { startLine: line, startCharacter: 0, endLine: line, endCharacter: text.split('\n')[line].length };
}

/** The position of the first character of `marker`. */
function positionOf(text: string, marker: string): { line: number; character: number } {
  const offset = text.indexOf(marker);
  assert.ok(offset >= 0, `marker ${marker} not in fixture`);
  const before = text.slice(0, offset);
  return { line: before.split('\n').length - 1, character: offset - (before.lastIndexOf('\n') + 1) };
}

/** Source snippets per editor language id, with the concepts each marked line must show (and some it must not). */
const fixtures: { languageId: string; text: string; expect: { marker: string; concepts: string[]; not?: string[] }[] }[] = [
  {
    languageId: 'typescript',
    text: [
      'async function load(id: string): Promise<User | null> {',
      '  const user = await repo.find(id);',
      '  return user?.name ?? null;',
      '}',
      'try { risky(); } catch (e: unknown) { log(e); }',
      'const ids = users.map((u) => u.id);',
      'const re = /^[a-z]+$/i;',
      'db.query(`select * from t where id = ${id}`);',
      "function isUser(x: unknown): x is User { return typeof x === 'object'; }",
      'enum Color { Red }',
      'const n = <number>value;',
    ].join('\n'),
    expect: [
      { marker: 'await repo', concepts: ['async-await'], not: ['error-handling'] },
      { marker: 'user?.name', concepts: ['null-safety', 'ts.optional-chaining'] },
      { marker: 'risky()', concepts: ['error-handling', 'ts.unknown-vs-any'] },
      { marker: 'users.map', concepts: ['iteration', 'closures'] },
      { marker: 'const re', concepts: ['regular-expressions'], not: ['async-await'] },
      { marker: 'db.query', concepts: ['injection-safe-queries', 'string-formatting'] },
      { marker: 'isUser', concepts: ['type-guards', 'narrowing', 'equality-comparison'] },
      { marker: 'enum Color', concepts: ['ts.enums'] },
      { marker: '<number>', concepts: ['ts.type-assertions'] },
    ],
  },
  {
    languageId: 'typescriptreact',
    text: ['export function Card({ user }: { user?: User }) {', '  return <div>{user?.name}</div>;', '}'].join('\n'),
    expect: [
      { marker: '<div>', concepts: ['ts.optional-chaining', 'null-safety'] },
      { marker: 'Card', concepts: ['pattern-matching', 'type-annotations'] },
    ],
  },
  {
    languageId: 'javascript',
    text: ['var count = 0;', 'button.addEventListener("click", function () { this.count++; });', 'const data = await fetch(url).then((r) => r.json());'].join('\n'),
    expect: [
      { marker: 'var count', concepts: ['js.var-let-const'] },
      { marker: 'addEventListener', concepts: ['js.this-binding', 'closures'] },
      { marker: 'fetch(url)', concepts: ['async-await', 'promises'] },
    ],
  },
  {
    languageId: 'python',
    text: [
      'async def fetch(session, url: str) -> dict | None:',
      '    async with session.get(url) as response:',
      '        return await response.json()',
      'squares = [x * x for x in range(10)]',
      'match command:',
      '    case ["go", direction]:',
      '        pass',
      'cursor.execute(f"select * from t where id = {uid}")',
      'try:',
      '    risky()',
      'except ValueError as error:',
      '    raise RuntimeError("bad") from error',
    ].join('\n'),
    expect: [
      { marker: 'async def', concepts: ['py.asyncio', 'py.type-hints', 'py.optional'] },
      { marker: 'async with', concepts: ['py.context-managers', 'resource-management'] },
      { marker: 'return await', concepts: ['async-await'] },
      { marker: 'squares', concepts: ['py.comprehensions'], not: ['async-await'] },
      { marker: 'case [', concepts: ['pattern-matching'] },
      { marker: 'cursor.execute', concepts: ['injection-safe-queries', 'string-formatting'] },
      { marker: 'except ValueError', concepts: ['error-handling'] },
    ],
  },
  {
    languageId: 'java',
    text: [
      'class Repo<T> extends Base implements Store {',
      '  Optional<T> find(String id) throws IOException {',
      '    try (var in = open(id)) {',
      '      return Optional.ofNullable(parse(in));',
      '    } catch (IllegalStateException e) {',
      '      return items.stream().filter(x -> x != null).findFirst();',
      '    }',
      '  }',
      '}',
    ].join('\n'),
    expect: [
      { marker: 'class Repo', concepts: ['java.generics', 'classes-inheritance', 'interfaces-structural-typing'] },
      { marker: 'throws IOException', concepts: ['java.checked-exceptions', 'java.optional'] },
      { marker: 'try (var', concepts: ['resource-management'] },
      { marker: 'Optional.ofNullable', concepts: ['java.optional'] },
      { marker: 'items.stream', concepts: ['closures', 'iteration', 'null-safety'] },
    ],
  },
  {
    languageId: 'go',
    text: [
      'package main',
      'func run(ch chan int) error {',
      '\tv, err := load()',
      '\tif err != nil {',
      '\t\treturn fmt.Errorf("load: %w", err)',
      '\t}',
      '\tgo func() { ch <- v }()',
      '\tdefer mu.Unlock()',
      '\treturn nil',
      '}',
    ].join('\n'),
    expect: [
      { marker: 'if err', concepts: ['go.error-values', 'error-handling'] },
      { marker: 'fmt.Errorf', concepts: ['go.error-values', 'string-formatting'] },
      { marker: 'go func', concepts: ['go.goroutines', 'go.channels', 'closures'] },
      { marker: 'defer', concepts: ['go.defer'] },
      { marker: 'func run', concepts: ['go.channels', 'go.error-values'] },
    ],
  },
  {
    languageId: 'rust',
    text: [
      "fn longest<'a>(x: &'a str, y: &'a mut String) -> Result<usize, Error> {",
      '    let n = parse(x)?;',
      '    match n {',
      '        Some(v) if v > 1 => v,',
      '        _ => 0,',
      '    };',
      '    let f = move |s: &str| s.len();',
      '    Ok(n)',
      '}',
    ].join('\n'),
    expect: [
      { marker: 'fn longest', concepts: ['rust.lifetimes', 'rust.borrowing', 'rust.result-option'] },
      { marker: 'parse(x)?', concepts: ['rust.result-option'], not: ['rust.pattern-matching'] },
      { marker: 'Some(v)', concepts: ['rust.pattern-matching'] },
      { marker: 'move |s', concepts: ['rust.ownership', 'closures'] },
    ],
  },
  {
    languageId: 'csharp',
    text: [
      'class Orders : Repository<Order> {',
      '  async Task<int> CountAsync(string? name) {',
      '    using var conn = Open();',
      '    var open = from o in orders where o.IsOpen select o;',
      '    var length = name?.Length ?? 0;',
      '    return await conn.CountAsync($"select count(*) from t where n = {name}");',
      '  }',
      '}',
    ].join('\n'),
    expect: [
      { marker: 'CountAsync(string?', concepts: ['csharp.nullable-reference-types', 'csharp.async-await', 'generics'] },
      { marker: 'using var', concepts: ['csharp.idisposable'] },
      { marker: 'from o', concepts: ['csharp.linq'] },
      { marker: 'name?.Length', concepts: ['null-safety'] },
      { marker: 'return await', concepts: ['csharp.async-await', 'string-formatting'] },
    ],
  },
];

describe('tree-sitter structure analyzer', () => {
  let analyzer: StructureAnalyzer;
  beforeEach(() => {
    analyzer = createStructureAnalyzer(treeSitterTestPaths);
  });
  afterEach(() => analyzer.dispose());

  for (const fixture of fixtures) {
    it(`finds concept opportunities on marked lines of ${fixture.languageId}`, async () => {
      const uri = `file:///fixture.${fixture.languageId}`;
      assert.equal(await analyzer.openDocument(uri, fixture.languageId, fixture.text), true);
      for (const expectation of fixture.expect) {
        const found = new Set(analyzer.opportunitiesAt(uri, lineRange(fixture.text, expectation.marker)).map((o) => o.conceptId));
        for (const concept of expectation.concepts) assert.ok(found.has(concept), `${expectation.marker}: expected ${concept}, found ${[...found].join(', ')}`);
        for (const concept of expectation.not ?? []) assert.ok(!found.has(concept), `${expectation.marker}: did not expect ${concept}`);
      }
    });
  }

  it('loads nothing before the first document and one grammar for concurrent first documents', async () => {
    assert.equal(analyzer.stats().grammarLoads, 0);
    assert.deepEqual(analyzer.stats().loadedLanguages, []);
    const opened = await Promise.all([1, 2, 3, 4, 5].map((i) => analyzer.openDocument(`file:///f${i}.py`, 'python', 'x = 1\n')));
    assert.deepEqual(opened, [true, true, true, true, true]);
    assert.equal(analyzer.stats().grammarLoads, 1);
    assert.deepEqual(analyzer.stats().loadedLanguages, ['python']);
    assert.equal(await analyzer.openDocument('file:///readme.md', 'markdown', '# hi'), false);
    assert.equal(analyzer.supportsLanguage('markdown'), false);
    assert.equal(analyzer.stats().grammarLoads, 1);
  });

  it('reports the smallest node and the interesting construct enclosing a position', async () => {
    const text = 'async function f(xs: number[]) {\n  for (const x of xs) { await g(x.value); }\n  const y = ;\n}\n';
    await analyzer.openDocument('file:///e.ts', 'typescript', text);
    const member = analyzer.enclosingConstruct('file:///e.ts', positionOf(text, 'value'));
    assert.equal(member?.nodeKind, 'property_identifier');
    assert.equal(member?.interestingKind, 'member_expression');
    assert.equal(member?.conceptId, 'object-property-access');
    assert.equal(member?.inSyntaxError, false);

    const loopHead = analyzer.enclosingConstruct('file:///e.ts', positionOf(text, 'xs) {'));
    assert.equal(loopHead?.interestingKind, 'for_in_statement');
    assert.equal(loopHead?.conceptId, 'iteration');
    assert.deepEqual(loopHead?.interestingRange, { startLine: 1, startCharacter: 2, endLine: 1, endCharacter: 43 });

    const broken = analyzer.enclosingConstruct('file:///e.ts', positionOf(text, ';\n}'));
    assert.equal(broken?.inSyntaxError, true);
    assert.equal(analyzer.enclosingConstruct('file:///unknown.ts', { line: 0, character: 0 }), undefined);
  });

  it('follows edits incrementally: new constructs appear, deleted ones disappear', async () => {
    const uri = 'file:///edit.ts';
    let text = 'function f(a: string) {\n  return a;\n}\n';
    await analyzer.openDocument(uri, 'typescript', text);
    const returnLine = lineRange(text, 'return a');
    assert.ok(!analyzer.opportunitiesAt(uri, returnLine).some((o) => o.conceptId === 'async-await'));

    const insertAt = text.indexOf('a;');
    assert.equal(analyzer.applyChanges(uri, [{ rangeOffset: insertAt, rangeLength: 0, text: 'await ' }]), true);
    text = text.slice(0, insertAt) + 'await ' + text.slice(insertAt);
    const afterInsert = analyzer.opportunitiesAt(uri, lineRange(text, 'return await'));
    const awaitOccurrence = afterInsert.find((o) => o.conceptId === 'async-await');
    assert.equal(awaitOccurrence?.nodeKind, 'await_expression');
    assert.equal(awaitOccurrence?.relation, 'inside');
    assert.deepEqual(awaitOccurrence?.range, { startLine: 1, startCharacter: 9, endLine: 1, endCharacter: 16 });

    // Two changes in one event, the second against the text left by the first.
    assert.equal(
      analyzer.applyChanges(uri, [
        { rangeOffset: insertAt, rangeLength: 6, text: '' },
        { rangeOffset: 0, rangeLength: 0, text: '// note\n' },
      ]),
      true,
    );
    text = '// note\n' + text.slice(0, insertAt) + text.slice(insertAt + 6);
    assert.ok(!analyzer.opportunitiesAt(uri, lineRange(text, 'return a')).some((o) => o.conceptId === 'async-await'));
    assert.equal(analyzer.enclosingConstruct(uri, positionOf(text, 'string'))?.interestingKind, 'type_annotation');
  });

  it('coalesces a burst of keystrokes into one reparse at the next query', async () => {
    const uri = 'file:///burst.ts';
    await analyzer.openDocument(uri, 'typescript', 'let s = 1;\n');
    analyzer.opportunitiesAt(uri, lineRange('let s = 1;\n', 'let'));
    const before = analyzer.stats().reparses;
    const typed = ' + compute(s)';
    for (let i = 0; i < typed.length; i++) analyzer.applyChanges(uri, [{ rangeOffset: 9 + i, rangeLength: 0, text: typed[i] }]);
    assert.equal(analyzer.stats().reparses, before, 'no reparse while typing');
    const found = analyzer.opportunitiesAt(uri, { startLine: 0, startCharacter: 0, endLine: 0, endCharacter: 40 });
    assert.equal(analyzer.stats().reparses, before + 1);
    assert.ok(found.some((o) => o.conceptId === 'js.var-let-const'));
    assert.equal(analyzer.enclosingConstruct(uri, { line: 0, character: 14 })?.interestingKind, 'call_expression');
  });

  it('accepts edits while the grammar is still loading', async () => {
    const uri = 'file:///early.go';
    const opening = analyzer.openDocument(uri, 'go', 'package main\n');
    assert.equal(analyzer.applyChanges(uri, [{ rangeOffset: 13, rangeLength: 0, text: 'func f() { defer g() }\n' }]), true);
    await opening;
    const found = analyzer.opportunitiesAt(uri, { startLine: 1, startCharacter: 0, endLine: 1, endCharacter: 30 });
    assert.ok(found.some((o) => o.conceptId === 'go.defer'));
  });

  it('treats a caret (empty range) as the nodes around it, enclosing ones marked so', async () => {
    const text = 'try {\n  step();\n} catch (e) {}\n';
    await analyzer.openDocument('file:///caret.js', 'javascript', text);
    const found = analyzer.opportunitiesAt('file:///caret.js', { startLine: 1, startCharacter: 3, endLine: 1, endCharacter: 3 });
    const tryOccurrence = found.find((o) => o.nodeKind === 'try_statement');
    assert.equal(tryOccurrence?.relation, 'encloses');
  });

  it('refuses changes that do not fit, finds nothing until re-synced, then works again', async () => {
    const uri = 'file:///sync.py';
    const text = 'for x in xs:\n    print(x)\n';
    await analyzer.openDocument(uri, 'python', text);
    assert.equal(analyzer.applyChanges(uri, [{ rangeOffset: 500, rangeLength: 3, text: 'oops' }]), false);
    assert.deepEqual(analyzer.opportunitiesAt(uri, lineRange(text, 'for x')), []);
    assert.equal(analyzer.applyChanges(uri, [{ rangeOffset: 0, rangeLength: 0, text: '#' }]), false);
    await analyzer.openDocument(uri, 'python', text);
    assert.ok(analyzer.opportunitiesAt(uri, lineRange(text, 'for x')).some((o) => o.conceptId === 'iteration'));
    assert.equal(analyzer.applyChanges('file:///never-opened.py', [{ rangeOffset: 0, rangeLength: 0, text: 'x' }]), false);
  });

  it('gives a clear error for a missing grammar and keeps serving the languages that load', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'skilltrace-grammars-'));
    copyFileSync(path.join(treeSitterTestPaths.wasmDir, 'tree-sitter-python.wasm'), path.join(dir, 'tree-sitter-python.wasm'));
    const partial = createStructureAnalyzer({ ...treeSitterTestPaths, wasmDir: dir });
    try {
      await assert.rejects(partial.openDocument('file:///a.rs', 'rust', 'fn main() {}'), (error: Error) => {
        assert.match(error.message, /rust grammar not found at .*tree-sitter-rust\.wasm/);
        assert.match(error.message, /structure analysis is off for rust/);
        return true;
      });
      assert.equal(partial.stats().openDocuments, 0, 'the failed document is not kept');
      await assert.rejects(partial.openDocument('file:///b.rs', 'rust', 'fn main() {}'), /rust grammar not found/);
      assert.equal(await partial.openDocument('file:///a.py', 'python', 'with open(p) as f: pass\n'), true);
      assert.ok(partial.opportunitiesAt('file:///a.py', lineRange('with open(p) as f: pass\n', 'with')).length > 0);
    } finally {
      partial.dispose();
    }
  });

  it('reports a query that does not compile, naming the file', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'skilltrace-queries-'));
    writeFileSync(path.join(dir, 'go.scm'), '(no_such_node) @opportunity.iteration\n');
    const broken = createStructureAnalyzer({ ...treeSitterTestPaths, queryDir: dir });
    try {
      await assert.rejects(broken.openDocument('file:///m.go', 'go', 'package main'), /go queries in .*go\.scm do not compile against the grammar: .*no_such_node/);
    } finally {
      broken.dispose();
    }
  });

  it('frees trees on close: WASM heap stays flat over open/close cycles, but grows when documents stay open', async () => {
    const source = largeTypeScriptSource(2000);
    const cycle = async (round: number, close: boolean) => {
      for (let i = 0; i < 20; i++) {
        const uri = `file:///mem-${close ? 'closed' : 'kept'}-${round}-${i}.ts`;
        await analyzer.openDocument(uri, 'typescript', source);
        analyzer.opportunitiesAt(uri, { startLine: 100, startCharacter: 0, endLine: 101, endCharacter: 0 });
        if (close) analyzer.closeDocument(uri);
      }
    };
    await cycle(0, true);
    const afterFirstCycle = analyzer.stats().wasmHeapBytes;
    for (let round = 1; round <= 3; round++) await cycle(round, true);
    assert.equal(analyzer.stats().liveTrees, 0);
    assert.equal(analyzer.stats().wasmHeapBytes, afterFirstCycle, 'closed trees are reused memory, not new');

    // The same measurement sees a leak: keep the documents open and the heap must grow.
    for (let round = 1; round <= 3; round++) await cycle(round, false);
    assert.equal(analyzer.stats().liveTrees, 60);
    assert.ok(analyzer.stats().wasmHeapBytes > afterFirstCycle, 'kept trees take new memory');
  });
});
