import assert from 'node:assert/strict';
import { conceptAppliesTo, conceptLanguageOf, type Concept } from '../../../src/core/concepts/concept';
import { conceptCatalog, generalConceptFor, getConcept, isConceptId } from '../../../src/core/concepts/conceptCatalog';
import { buildConceptGraph, conceptGraph, findPrerequisiteCycle, validateConcepts } from '../../../src/core/concepts/conceptGraph';
import { constructConceptIds } from '../../../src/core/structure/constructConcepts';
import { conventionConceptIds } from '../structure/conventionConceptIds';

function concept(id: string, prerequisites: string[] = []): Concept {
  return { id, title: id, description: 'x'.repeat(100), languages: '*', prerequisites, level: 'foundation' };
}

describe('concept catalog', () => {
  it('is well formed: unique kebab-case ids, real descriptions, known prerequisites, no cycles', () => {
    assert.deepEqual(validateConcepts(conceptCatalog), []);
  });

  it('has at least 120 concepts, both cross-language and for every supported language', () => {
    assert.ok(conceptCatalog.length >= 120, `only ${conceptCatalog.length} concepts`);
    for (const prefix of ['ts.', 'js.', 'py.', 'java.', 'go.', 'rust.', 'csharp.']) {
      const count = conceptCatalog.filter((c) => c.id.startsWith(prefix)).length;
      assert.ok(count >= 8, `${prefix} has only ${count} concepts`);
    }
    assert.ok(conceptCatalog.filter((c) => c.languages === '*').length >= 40);
  });

  it('contains every id fixed by the team convention and every id the construct tables emit', () => {
    const missing = [...conventionConceptIds, ...constructConceptIds()].filter((id) => !isConceptId(id));
    assert.deepEqual(missing, []);
  });

  it('prefixes language-specific ids and lists exactly that language', () => {
    const prefixLanguage: Record<string, string> = { ts: 'typescript', js: 'javascript', py: 'python', java: 'java', go: 'go', rust: 'rust', csharp: 'csharp' };
    for (const c of conceptCatalog) {
      const dot = c.id.indexOf('.');
      if (dot < 0) {
        assert.equal(c.languages, '*', `${c.id} has no prefix but is not cross-language`);
      } else {
        assert.deepEqual(c.languages, [prefixLanguage[c.id.slice(0, dot)]], c.id);
      }
    }
  });

  it('keeps misconceptions to one short sentence', () => {
    for (const c of conceptCatalog) {
      if (c.misconception === undefined) continue;
      assert.ok(c.misconception.length <= 120, `${c.id} misconception too long`);
      assert.match(c.misconception, /^[^\n]+[.?]$/, c.id);
    }
  });

  it('looks concepts up by id and rejects unknown ids', () => {
    assert.equal(getConcept('rust.borrowing')?.title, 'Borrowing and references');
    assert.equal(getConcept('no-such-concept'), undefined);
    assert.equal(isConceptId('ts.general'), true);
    assert.equal(isConceptId('TS.GENERAL'), false);
  });

  it('has a general bucket for every supported VS Code language id', () => {
    for (const language of ['typescript', 'typescriptreact', 'javascript', 'javascriptreact', 'python', 'java', 'go', 'rust', 'csharp']) {
      const bucket = generalConceptFor(language);
      assert.ok(bucket && isConceptId(bucket), language);
      assert.ok(conceptAppliesTo(getConcept(bucket)!, language), `${bucket} applies to ${language}`);
    }
    assert.equal(generalConceptFor('cobol'), undefined);
  });

  it('maps editor language ids to concept languages; JavaScript concepts apply to TypeScript but not the reverse', () => {
    assert.equal(conceptLanguageOf('typescriptreact'), 'typescript');
    assert.equal(conceptLanguageOf('JavaScriptReact'), 'javascript');
    assert.equal(conceptLanguageOf('markdown'), undefined);
    assert.equal(conceptAppliesTo(getConcept('js.this-binding')!, 'typescript'), true);
    assert.equal(conceptAppliesTo(getConcept('ts.enums')!, 'javascript'), false);
    assert.equal(conceptAppliesTo(getConcept('closures')!, 'markdown'), true);
    assert.equal(conceptAppliesTo(getConcept('go.defer')!, 'rust'), false);
  });
});

describe('concept graph', () => {
  it('answers prerequisites and dependents of the catalog consistently', () => {
    assert.deepEqual([...conceptGraph.prerequisitesOf('rust.borrowing')], ['rust.ownership']);
    assert.ok(conceptGraph.dependentsOf('rust.ownership').includes('rust.borrowing'));
    for (const c of conceptCatalog) {
      for (const p of conceptGraph.prerequisitesOf(c.id)) assert.ok(conceptGraph.dependentsOf(p).includes(c.id));
    }
    assert.deepEqual([...conceptGraph.prerequisitesOf('unknown')], []);
    assert.deepEqual([...conceptGraph.dependentsOf('unknown')], []);
  });

  it('lists transitive prerequisites nearest first, each once', () => {
    const all = conceptGraph.allPrerequisitesOf('rust.lifetimes');
    assert.equal(all[0], 'rust.borrowing');
    assert.ok(all.includes('rust.ownership') && all.includes('syntax-basics'));
    assert.equal(new Set(all).size, all.length);
    assert.ok(!all.includes('rust.lifetimes'));
  });

  it('finds a cycle and reports it as a path', () => {
    const concepts = [concept('a', ['b']), concept('b', ['c']), concept('c', ['a']), concept('d')];
    const cycle = findPrerequisiteCycle(concepts);
    assert.ok(cycle);
    assert.equal(cycle[0], cycle[cycle.length - 1]);
    assert.deepEqual(new Set(cycle), new Set(['a', 'b', 'c']));
    assert.equal(findPrerequisiteCycle([concept('a', ['b']), concept('b'), concept('c', ['a', 'b'])]), undefined);
  });

  it('does not overflow on a very long prerequisite chain', () => {
    const chain = Array.from({ length: 50_000 }, (_, i) => concept(`c${i}`, i > 0 ? [`c${i - 1}`] : []));
    assert.equal(findPrerequisiteCycle(chain), undefined);
    chain[0] = concept('c0', ['c49999']);
    assert.equal(findPrerequisiteCycle(chain)?.length, 50_001);
  });

  it('validation names duplicates, bad ids, unknown and self prerequisites', () => {
    const problems = validateConcepts([concept('a', ['a']), concept('a'), concept('Bad_Id'), concept('b', ['ghost'])]);
    assert.ok(problems.some((p) => p.includes('duplicate concept id "a"')));
    assert.ok(problems.some((p) => p.includes('"Bad_Id" is not lowercase')));
    assert.ok(problems.some((p) => p.includes('lists itself')));
    assert.ok(problems.some((p) => p.includes('unknown prerequisite "ghost"')));
  });

  it('builds graphs for other concept lists', () => {
    const graph = buildConceptGraph([concept('x'), concept('y', ['x'])]);
    assert.deepEqual([...graph.dependentsOf('x')], ['y']);
  });
});
