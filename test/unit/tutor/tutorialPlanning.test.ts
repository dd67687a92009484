import assert from 'node:assert/strict';
import { trimCodeContext } from '../../../src/core/tutor/codeWindow';
import { readModelReply } from '../../../src/core/tutor/modelReply';
import { MemoryTutorCache } from '../../../src/core/tutor/tutorialCache';
import { tutorialCacheKey } from '../../../src/core/tutor/tutorialCacheKey';
import { levelForMastery } from '../../../src/core/tutor/tutorialLevel';
import { tutorialSchema } from '../../../src/shared/tutorialSchema';
import { sampleTutorial } from './tutorFixtures';

describe('tutorial planning', () => {
  it('picks the level from mastery, cautiously when uncertain', () => {
    assert.equal(levelForMastery(undefined), 'fundamentals');
    assert.equal(levelForMastery(0.2), 'fundamentals');
    assert.equal(levelForMastery(0.8), 'advanced');
    assert.equal(levelForMastery(0.7, 0.4), 'fundamentals');
    assert.equal(levelForMastery(Number.NaN), 'fundamentals');
  });

  it('keys the cache by concept, level, language and code, ignoring trailing whitespace', () => {
    const code = { before: 'let a = 1;', focus: 'a.foo();', after: '' };
    const key = tutorialCacheKey({ conceptId: 'ts.types', level: 'fundamentals', language: 'typescript', codeContext: code });
    assert.equal(tutorialCacheKey({ conceptId: 'ts.types', level: 'fundamentals', language: 'TypeScript', codeContext: { ...code, before: 'let a = 1;   ' } }), key);
    const others = [
      tutorialCacheKey({ conceptId: 'ts.other', level: 'fundamentals', language: 'typescript', codeContext: code }),
      tutorialCacheKey({ conceptId: 'ts.types', level: 'advanced', language: 'typescript', codeContext: code }),
      tutorialCacheKey({ conceptId: 'ts.types', level: 'fundamentals', language: 'javascript', codeContext: code }),
      tutorialCacheKey({ conceptId: 'ts.types', level: 'fundamentals', language: 'typescript', codeContext: { ...code, focus: 'a.bar();' } }),
      tutorialCacheKey({ conceptId: 'ts.types', level: 'fundamentals', language: 'typescript' }),
    ];
    assert.equal(new Set([key, ...others]).size, 6);
  });

  it('evicts the least recently used entry when full', async () => {
    const cache = new MemoryTutorCache<number>(2);
    await cache.set('a', 1);
    await cache.set('b', 2);
    assert.equal(await cache.get('a'), 1);
    await cache.set('c', 3);
    assert.equal(await cache.get('b'), undefined);
    assert.equal(await cache.get('a'), 1);
    assert.equal(cache.size, 2);
  });

  it('reads a fenced reply, and explains what is wrong with an invalid one', () => {
    const good = readModelReply(`Here it is:\n\`\`\`json\n${JSON.stringify(sampleTutorial())}\n\`\`\``, tutorialSchema);
    assert.equal(good.ok, true);
    const bad = readModelReply(JSON.stringify({ ...sampleTutorial(), quiz: [] }), tutorialSchema);
    assert.equal(bad.ok, false);
    assert.ok(!bad.ok && bad.problem.kind === 'schema' && bad.problem.detail.includes('quiz'), JSON.stringify(bad));
    const broken = readModelReply('{"title": "x",', tutorialSchema);
    assert.ok(!broken.ok && broken.problem.kind === 'no-json');
  });

  it('cuts very long lines and redacts the diagnostic message too', () => {
    const trimmed = trimCodeContext({ before: '', focus: 'x'.repeat(1000), after: '', diagnosticMessage: 'bad token ghp_' + 'a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8' });
    assert.ok(trimmed.focus.length < 260);
    assert.equal(trimmed.truncated, true);
    assert.ok(trimmed.diagnosticMessage!.includes('[REDACTED:api-key]'));
  });
});
