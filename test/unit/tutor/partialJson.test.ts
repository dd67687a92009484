import assert from 'node:assert/strict';
import { parsePartialJson } from '../../../src/core/tutor/partialJson';
import { tutorialDraftFromPartial } from '../../../src/core/tutor/tutorialDraft';
import { sampleTutorial } from './tutorFixtures';

describe('partial JSON while streaming', () => {
  it('parses every prefix of a real tutorial without throwing, and ends with the whole object', () => {
    const json = JSON.stringify(sampleTutorial(), null, 1);
    let lastTitle: string | undefined;
    for (let end = 0; end <= json.length; end++) {
      const value = parsePartialJson(json.slice(0, end));
      const draft = tutorialDraftFromPartial(value);
      if (draft?.title !== undefined) {
        // The title only grows as more arrives.
        if (lastTitle !== undefined) assert.ok(draft.title.startsWith(lastTitle) || lastTitle.startsWith(draft.title));
        lastTitle = draft.title;
      }
    }
    assert.deepEqual(parsePartialJson(json), sampleTutorial());
  });

  it('keeps an unfinished string value, drops an unfinished key and number', () => {
    assert.deepEqual(parsePartialJson('{"title": "Optional cha'), { title: 'Optional cha' });
    assert.deepEqual(parsePartialJson('{"title": "A", "expla'), { title: 'A' });
    assert.deepEqual(parsePartialJson('{"title": "A", "n": 12'), { title: 'A' });
    assert.deepEqual(parsePartialJson('{"pitfalls": ["one", "tw'), { pitfalls: ['one', 'tw'] });
    assert.deepEqual(parsePartialJson('{"a": "x\\'), { a: 'x' });
    assert.equal(parsePartialJson('Sure! Here is'), undefined);
  });

  it('ignores prose before the object and escaped quotes inside strings', () => {
    assert.deepEqual(parsePartialJson('Here you go: {"title": "say \\"hi\\"", "level": "adv'), { title: 'say "hi"', level: 'adv' });
  });

  it('builds drafts with only known, string-typed, length-limited fields', () => {
    const draft = tutorialDraftFromPartial({
      title: 'T'.repeat(500),
      explanation: 42,
      workedExample: { before: 'a', evil: 'b' },
      quiz: [{}, {}],
      extra: '<img src=x>',
    });
    assert.deepEqual(draft, { title: 'T'.repeat(120), workedExample: { before: 'a' }, quizCount: 2 });
    assert.equal(tutorialDraftFromPartial('string'), undefined);
  });
});
