import assert from 'node:assert/strict';
import { MAX_EXPLANATION_LENGTH, reportExplanation, scrubExplanation } from '../../../src/core/sync/reportExplanation';

describe('sync: the explanation a report carries', () => {
  it('keeps plain sentences about the concept', () => {
    const text = 'Engineers in general get this concept right about 55% of the time. Practised recently: nothing forgotten yet.';
    assert.equal(scrubExplanation(text), text);
  });

  it('removes file paths, URIs and source file names', () => {
    for (const path of ['src/billing/invoice.ts:12', '/home/ada/work/app.py', 'C:\\Users\\ada\\proj\\Main.java', 'file:///work/x.ts', './lib/a', '~/notes/todo', 'orders.ts', 'https://git.internal/acme/repo']) {
      const out = scrubExplanation(`A failure in ${path} lowered the estimate by 5 points.`);
      assert.ok(!out.includes(path) && !/[/\\]/.test(out), `${path} → ${out}`);
    }
  });

  it('drops quoted diagnostic text and sentences that look like code', () => {
    assert.equal(scrubExplanation('A failure "Type \'string\' is not assignable to type \'number\'" lowered it. Fine words here.'), 'A failure lowered it. Fine words here.');
    for (const code of ['Use const x = foo(bar); to fix it.', 'Then if (a && b) { return } works.', 'Call user.profile.name safely.', 'Map<string, number> is generic.']) {
      assert.equal(scrubExplanation(code), '', code);
    }
    assert.equal(scrubExplanation('The template `${x}` is wrong.'), 'The template is wrong.', 'inline code goes, the words stay');
  });

  it('redacts secrets by the same rules as LLM requests', () => {
    const out = scrubExplanation('Your key ghp_abcdefghijklmnopqrstuvwxyz0123456789AB was seen. Keep practising.');
    assert.ok(!out.includes('ghp_'), out);
    assert.match(out, /Keep practising\./);
    assert.ok(!scrubExplanation('password=hunter2hunter2 appeared in the text.').includes('hunter2'));
  });

  it('strips control characters and keeps a numeric sentence readable', () => {
    assert.equal(scrubExplanation('Up\u0000 from\n48% to 62%.'), 'Up from 48% to 62%.');
  });

  it('builds whole sentences within the length limit, and drops factor text that leaks', () => {
    const long = Array.from({ length: 40 }, (_, i) => `Engineers in general improve with practice number ${i}.`);
    const text = reportExplanation({ verb: 'answered', mastery: 0.62, uncertainty: 0.11, evidence: 3.24, trend: 'rising', previousMastery: 0.48, quizAnswers: 1, factors: long });
    assert.ok(text.length <= MAX_EXPLANATION_LENGTH, String(text.length));
    assert.ok(text.startsWith('Answered 1 quiz or review question on this concept (up from 48%). Estimated success chance 62% ± 11% (rising), from 3.2 weighted observations.'), text);
    assert.ok(text.endsWith('.'));
    const leaky = reportExplanation({ verb: 'attempted', mastery: 0.3, uncertainty: 0.2, evidence: 1, trend: 'steady', quizAnswers: 0, factors: ['Largest single effect: a failure in src/app/secret.ts.'] });
    assert.ok(!leaky.includes('secret'), leaky);
  });
});
