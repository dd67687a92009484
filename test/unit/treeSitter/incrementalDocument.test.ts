import assert from 'node:assert/strict';
import { IncrementalDocument } from '../../../src/adapters/treeSitter/incrementalDocument';
import { TreeSitterRuntime } from '../../../src/adapters/treeSitter/treeSitterRuntime';
import { largeTypeScriptSource } from '../../bench/fixtures/largeTypeScriptSource';
import { treeSitterTestPaths } from './treeSitterTestPaths';

/** Deterministic pseudo-random numbers, so a failing sequence can be replayed. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

describe('IncrementalDocument', () => {
  const runtime = new TreeSitterRuntime(treeSitterTestPaths);
  after(() => runtime.dispose());

  for (const [language, seed] of [['typescript', 1], ['python', 2], ['rust', 3]] as const) {
    it(`keeps a tree equal to a fresh parse over random edits (${language})`, async () => {
      const { parser } = await runtime.load(language);
      const sources = {
        typescript: largeTypeScriptSource(120),
        python: 'def f(xs):\n    for x in xs:\n        if x:\n            yield x * 2\n\nclass A:\n    pass\n'.repeat(6),
        rust: 'fn f(x: &str) -> usize {\n    match x.len() { 0 => 1, n => n }\n}\n'.repeat(8),
      };
      let text = sources[language];
      let reparses = 0;
      const document = new IncrementalDocument(text, parser, () => reparses++);
      const random = seededRandom(seed);
      const snippets = ['', 'x', ' ', '\n', '(', '}', 'await ', 'if (a) {\n  b();\n}\n', '😀', '\r\n', ': number'];
      for (let step = 0; step < 300; step++) {
        const offset = Math.floor(random() * (text.length + 1));
        const length = Math.floor(random() * Math.min(10, text.length - offset + 1));
        const insert = snippets[Math.floor(random() * snippets.length)];
        assert.equal(document.applyChanges([{ rangeOffset: offset, rangeLength: length, text: insert }]), true);
        text = text.slice(0, offset) + insert + text.slice(offset + length);
        if (step % 25 === 24) {
          const incremental = document.currentTree();
          const fresh = parser.parse(text);
          assert.ok(incremental && fresh);
          assert.equal(document.currentText, text);
          assert.equal(incremental.rootNode.toString(), fresh.rootNode.toString(), `step ${step}`);
          assert.equal(incremental.rootNode.endIndex, text.length);
          fresh.delete();
        }
      }
      assert.equal(reparses, 12);
      document.close();
      assert.equal(document.hasTree, false);
      assert.equal(document.currentTree(), undefined);
      assert.equal(document.applyChanges([{ rangeOffset: 0, rangeLength: 0, text: 'x' }]), false);
    });
  }

  it('takes a paste of more lines than the argument limit allows', async () => {
    const { parser } = await runtime.load('python');
    const document = new IncrementalDocument('a = 1\nb = 2\n', parser, () => undefined);
    const paste = 'x = 0\n'.repeat(50_000);
    assert.equal(document.applyChanges([{ rangeOffset: 6, rangeLength: 0, text: paste }]), true);
    assert.equal(document.currentText, 'a = 1\n' + paste + 'b = 2\n');
    assert.equal(document.currentTree()?.rootNode.namedChildCount, 50_002);
    document.close();
  });
});
