import assert from 'node:assert/strict';
import { changedTokenSpan, checkFixLeak } from '../../../src/core/tutor/fixLeakChecker';

const context = { original: 'const n = user.name.length;', fix: 'const n = user?.name.length ?? 0;' };
const hint = (text: string, code = '') => ({ text, code });

describe('fix-leak checker', () => {
  it('finds the changed span of the fix with one token of context', () => {
    assert.deepEqual(changedTokenSpan(context), { left: 'user', core: ['?.', 'name', '.', 'length', '??', '0'], right: ';' });
  });

  it('flags a hint that contains the corrected line, even reformatted', () => {
    const verdict = checkFixLeak(hint('Try this:\n```ts\nconst n=user?.name.length??0;\n```'), context);
    assert.equal(verdict.leaked, true);
    assert.ok(verdict.reasons.some((reason) => reason.includes('corrected line')), verdict.reasons.join());
  });

  it('flags a hint that contains only the changed expression', () => {
    assert.equal(checkFixLeak(hint('Write `user?.name.length ?? 0` instead.'), context).leaked, true);
    assert.equal(checkFixLeak(hint('Change it as shown.', 'user?.name.length ?? 0'), context).leaked, true);
  });

  it('lets a concept hint name the operator and quote the broken line', () => {
    const concept = hint(
      'Optional chaining (`?.`) stops at `undefined`, and `??` supplies a default. Your line `const n = user.name.length;` assumes `user` is always there.',
    );
    assert.deepEqual(checkFixLeak(concept, context), { leaked: false, reasons: [] });
  });

  it('lets an analogous example with other names through', () => {
    const analogy = hint('For example:', 'const city = order?.address.city ?? "unknown";');
    assert.equal(checkFixLeak(analogy, context).leaked, false);
  });

  it('flags a near copy with renamed formatting on a multi-line fix', () => {
    const multi = {
      original: 'for (let i = 0; i <= items.length; i++) {\n  total += items[i].price;\n}',
      fix: 'for (let i = 0; i < items.length; i++) {\n  total += items[i].price;\n}',
    };
    assert.equal(checkFixLeak(hint('Look at the loop bound.'), multi).leaked, false);
    assert.equal(checkFixLeak(hint('Use `i < items.length` as the condition.'), multi).leaked, true);
  });

  it('never flags anything when the fix is unknown or identical to the original', () => {
    assert.equal(checkFixLeak(hint('anything'), { original: 'a', fix: '' }).leaked, false);
    assert.equal(checkFixLeak(hint('x = 1'), { original: 'x = 1', fix: 'x  =  1' }).leaked, false);
  });
});
