import assert from 'node:assert/strict';
import { conceptForConstruct, constructConceptIds, interestingAncestor } from '../../../src/core/structure/constructConcepts';
import { structureLanguageFor, structureLanguages } from '../../../src/core/structure/structureAnalyzer';
import { conventionConceptIds } from './conventionConceptIds';

describe('construct concepts', () => {
  it('picks the nearest ancestor that stands for a concept', () => {
    const found = interestingAncestor('typescript', ['identifier', 'member_expression', 'await_expression', 'lexical_declaration']);
    assert.deepEqual(found, { index: 1, kind: 'member_expression', conceptId: 'object-property-access' });
  });

  it('does not cross a body: an error inside a try block is not blamed on error handling', () => {
    assert.equal(interestingAncestor('typescript', ['identifier', 'expression_statement', 'statement_block', 'try_statement']), undefined);
    assert.equal(interestingAncestor('python', ['identifier', 'expression_statement', 'block', 'with_statement']), undefined);
    assert.deepEqual(interestingAncestor('python', ['identifier', 'with_item', 'with_clause', 'with_statement']), {
      index: 3,
      kind: 'with_statement',
      conceptId: 'py.context-managers',
    });
  });

  it('keeps TypeScript-only concepts out of JavaScript', () => {
    assert.equal(conceptForConstruct('typescript', 'as_expression'), 'ts.type-assertions');
    assert.equal(conceptForConstruct('javascript', 'as_expression'), undefined);
    assert.equal(conceptForConstruct('javascript', 'await_expression'), 'async-await');
  });

  it('uses only concept ids the catalog convention fixes', () => {
    const unknown = constructConceptIds().filter((id) => !conventionConceptIds.has(id));
    assert.deepEqual(unknown, []);
  });

  it('maps editor language ids onto grammars and nothing else', () => {
    assert.equal(structureLanguageFor('typescriptreact'), 'tsx');
    assert.equal(structureLanguageFor('javascriptreact'), 'javascript');
    assert.equal(structureLanguageFor('csharp'), 'csharp');
    assert.equal(structureLanguageFor('markdown'), undefined);
    assert.equal(structureLanguageFor('constructor'), undefined);
    assert.equal(structureLanguages.length, 8);
  });
});
