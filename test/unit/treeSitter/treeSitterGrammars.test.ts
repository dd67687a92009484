import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { LANGUAGE_VERSION, MIN_COMPATIBLE_VERSION } from 'web-tree-sitter';
import { grammarFiles } from '../../../src/adapters/treeSitter/treeSitterGrammars';
import { TreeSitterRuntime } from '../../../src/adapters/treeSitter/treeSitterRuntime';
import { constructNodeKinds } from '../../../src/core/structure/constructConcepts';
import { structureLanguages } from '../../../src/core/structure/structureAnalyzer';
import { conventionConceptIds } from '../structure/conventionConceptIds';
import { treeSitterTestPaths } from './treeSitterTestPaths';

describe('tree-sitter grammars and queries', () => {
  const runtime = new TreeSitterRuntime(treeSitterTestPaths);
  after(() => runtime.dispose());

  for (const language of structureLanguages) {
    describe(language, () => {
      it('loads its @vscode/tree-sitter-wasm grammar in the web-tree-sitter runtime with a compatible ABI', async () => {
        const grammar = await runtime.load(language);
        assert.ok(
          grammar.language.abiVersion >= MIN_COMPATIBLE_VERSION && grammar.language.abiVersion <= LANGUAGE_VERSION,
          `ABI ${grammar.language.abiVersion} outside ${MIN_COMPATIBLE_VERSION}..${LANGUAGE_VERSION}`,
        );
        const tree = grammar.parser.parse('x');
        assert.ok(tree, 'the parser produces a tree');
        tree.delete();
      });

      it('has queries whose captures all name catalog concepts', async () => {
        const { query } = await runtime.load(language);
        assert.ok(query.patternCount() >= 20, `only ${query.patternCount()} patterns`);
        const bad = query.captureNames.filter(
          (name) => !name.startsWith('_') && !(name.startsWith('opportunity.') && conventionConceptIds.has(name.slice('opportunity.'.length))),
        );
        assert.deepEqual(bad, []);
      });

      it('names only node kinds the grammar has in its construct table', async () => {
        const { language: tsLanguage } = await runtime.load(language);
        const missing = constructNodeKinds(language).filter(
          (kind) => tsLanguage.idForNodeType(kind, true) === null && tsLanguage.idForNodeType(kind, false) === null,
        );
        assert.deepEqual(missing, []);
      });
    });
  }

  it('keeps tsx.scm equal to typescript.scm apart from the header and the angle-bracket assertion', () => {
    const read = (file: string) =>
      readFileSync(path.join(treeSitterTestPaths.queryDir, file), 'utf8')
        .split('\n')
        .filter((line) => !line.startsWith(';'));
    const typescript = read(grammarFiles.typescript.queryFile).filter((line) => !line.startsWith('(type_assertion)'));
    assert.deepEqual(read(grammarFiles.tsx.queryFile), typescript);
  });
});
