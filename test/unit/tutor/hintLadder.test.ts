import assert from 'node:assert/strict';
import { emptyHintLadder, mayShowRung, nextHintRung, recordHintShown } from '../../../src/core/tutor/hintLadder';

describe('hint ladder', () => {
  it('climbs one rung at a time and stops below the fix until it is requested', () => {
    let state = emptyHintLadder();
    const seen: string[] = [];
    for (let rung = nextHintRung(state, 'ladder'); rung !== undefined; rung = nextHintRung(state, 'ladder')) {
      seen.push(rung);
      state = recordHintShown(state, rung);
    }
    assert.deepEqual(seen, ['nudge', 'concept', 'analogous-example', 'pseudo-code']);
    assert.equal(nextHintRung(state, 'ladder', true), 'fix');
  });

  it('goes straight to the fix under "just fix it"', () => {
    assert.equal(nextHintRung(emptyHintLadder(), 'just-fix'), 'fix');
    assert.equal(mayShowRung(emptyHintLadder(), 'fix', 'just-fix'), true);
    assert.equal(nextHintRung(recordHintShown(emptyHintLadder(), 'fix'), 'just-fix'), undefined);
  });

  it('refuses to skip rungs or show the fix unasked', () => {
    const afterNudge = recordHintShown(emptyHintLadder(), 'nudge');
    assert.equal(mayShowRung(afterNudge, 'concept', 'ladder'), true);
    assert.equal(mayShowRung(afterNudge, 'pseudo-code', 'ladder'), false);
    assert.equal(mayShowRung(afterNudge, 'fix', 'ladder'), false);
    assert.equal(mayShowRung(afterNudge, 'fix', 'ladder', true), true);
  });

  it('records rungs in ladder order without repeats', () => {
    const state = recordHintShown(recordHintShown(recordHintShown(emptyHintLadder(), 'concept'), 'nudge'), 'concept');
    assert.deepEqual(state.shown, ['nudge', 'concept']);
  });
});
