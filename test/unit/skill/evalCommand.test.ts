import assert from 'node:assert/strict';
import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runEvalCommand } from '../../../src/cli/evalCommand';
import { populationParametersSchema } from '../../../src/core/skill/populationParameters';

const FIXTURES = join(__dirname, '../../fixtures/skill');

async function run(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runEvalCommand(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), readStdin: async () => '' });
  return { code, stdout, stderr };
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** Answers from learners of known ability on skills of known difficulty, with learning: a model should rank them well. */
function syntheticCsv(learners: number, seed: number): string {
  let s = seed;
  const rand = () => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648);
  const lines = ['user_id,order_id,skill_name,correct'];
  for (let u = 0; u < learners; u++) {
    const ability = rand() * 3 - 1.5;
    const practice = [0, 0, 0, 0];
    for (let k = 0; k < 30; k++) {
      const skill = Math.floor(rand() * 4);
      const p = sigmoid(ability + (skill - 1.5) + 0.4 * practice[skill]);
      practice[skill]++;
      lines.push(`u${seed}-${u},${k},${skill},${rand() < p ? 1 : 0}`);
    }
  }
  return lines.join('\n') + '\n';
}

describe('skilltrace eval', () => {
  let dir: string;
  beforeEach(async () => (dir = await mkdtemp(join(tmpdir(), 'skilltrace-eval-'))));
  afterEach(async () => rm(dir, { recursive: true, force: true }));

  it('scores Elo on a tiny file exactly as computed by hand', async () => {
    const { code, stdout } = await run('--train', join(FIXTURES, 'elo-train.csv'), '--test', join(FIXTURES, 'elo-test.csv'), '--model', 'elo', '--json');
    assert.equal(code, 0);
    const result = JSON.parse(stdout);
    // Training moves the difficulty of "fractions" to -0.5; the new learner starts at ability 0.
    const p1 = sigmoid(0.5);
    const p2 = sigmoid(0.5 + (1 - p1));
    assert.equal(result.n, 2);
    assert.equal(result.auc, 0, 'the wrong answer was predicted higher than the right one');
    assert.ok(Math.abs(result.rmse - Math.sqrt(((1 - p1) ** 2 + p2 ** 2) / 2)) < 1e-12);
    assert.ok(Math.abs(result.logloss - -(Math.log(p1) + Math.log(1 - p2)) / 2) < 1e-12);
  });

  it('compares the Skilltrace model with the baselines in one run, and it learns from data', async () => {
    const train = join(dir, 'train.csv');
    const test = join(dir, 'test.csv');
    await writeFile(train, syntheticCsv(300, 1));
    await writeFile(test, syntheticCsv(100, 2));
    const { code, stdout } = await run('--train', train, '--test', test, '--json');
    assert.equal(code, 0);
    const result = JSON.parse(stdout);
    assert.equal(result.model, 'skilltrace');
    assert.deepEqual(result.models.map((m: { model: string }) => m.model), ['skilltrace', 'skilltrace-editor', 'skilltrace-free', 'bkt', 'pfa', 'elo']);
    assert.equal(result.n, 3000);
    assert.ok(result.auc > 0.7, `skilltrace AUC ${result.auc}`);
    for (const m of result.models) assert.ok(m.auc > 0.6 && m.firstAttemptAuc > 0.5, `${m.model} AUC ${m.auc}`);
    const table = await run('--train', train, '--test', test);
    assert.match(table.stdout, /^model +n +AUC +RMSE +logloss +first-AUC/);
    assert.match(table.stdout, /\nskilltrace +3000 +0\.\d{4}/);
  });

  it('cross-validates over fold files and writes fitted parameters the extension can load', async () => {
    for (const k of [1, 2]) {
      await writeFile(join(dir, `fold${k}-train.csv`), syntheticCsv(100, 10 + k));
      await writeFile(join(dir, `fold${k}-valid.csv`), syntheticCsv(40, 20 + k));
    }
    const { code, stdout } = await run('--folds', dir, '--model', 'skilltrace,elo', '--json');
    assert.equal(code, 0);
    const result = JSON.parse(stdout);
    assert.equal(result.folds.length, 2);
    assert.equal(result.summary.length, 2);
    assert.ok(Math.abs(result.auc - (result.folds[0].scores[0].auc + result.folds[1].scores[0].auc) / 2) < 1e-12);
    const out = join(dir, 'params.json');
    assert.equal((await run('--train', join(dir, 'fold1-train.csv'), '--fit-out', out)).code, 0);
    const params = populationParametersSchema.parse(JSON.parse(await readFile(out, 'utf8')));
    assert.deepEqual(Object.keys(params.concepts).sort(), ['0', '1', '2', '3']);
  });

  it('reports AUC, calibration and ABROCA per group with --slice-by', async () => {
    const lines = syntheticCsv(120, 5).trim().split('\n');
    const sliced = [lines[0] + ',cohort', ...lines.slice(1).map((l) => `${l},${Number(l.split(',')[0].split('-')[1]) % 2 ? 'odd' : 'even'}`)];
    const test = join(dir, 'sliced.csv');
    await writeFile(test, sliced.join('\n'));
    await copyFile(join(FIXTURES, 'elo-train.csv'), join(dir, 'train.csv'));
    const { code, stdout } = await run('--train', join(dir, 'train.csv'), '--test', test, '--model', 'elo', '--slice-by', 'cohort', '--json');
    assert.equal(code, 0);
    const slices = JSON.parse(stdout).models[0].slices;
    assert.deepEqual(slices.map((s: { group: string }) => s.group).sort(), ['even', 'odd']);
    const reference = slices.find((s: { n: number }) => s.n === Math.max(...slices.map((x: { n: number }) => x.n)));
    assert.equal(reference.abroca, 0);
    for (const s of slices) {
      assert.ok(s.abroca >= 0 && s.abroca < 0.5);
      assert.ok(s.calibration.meanPredicted > 0 && s.calibration.observedRate > 0);
    }
  });

  it('exits 2 with usage on bad arguments and 1 with file and line on bad data', async () => {
    const none = await run();
    assert.equal(none.code, 2);
    assert.match(none.stderr, /--train FILE \(or --folds DIR\) is required[\s\S]*Usage: skilltrace eval/);
    assert.equal((await run('--train', 'a.csv', '--test', 'b.csv', '--model', 'dkt')).code, 2);
    assert.equal((await run('--train', 'a.csv', '--test', 'b.csv', '--format', 'xml')).code, 2);
    assert.equal((await run('--train', 'a.csv', '--bogus')).code, 2);
    const help = await run('--help');
    assert.equal(help.code, 0);
    assert.match(help.stdout, /^Usage: skilltrace eval/);
    const bad = await run('--train', join(FIXTURES, 'elo-train.csv'), '--test', join(FIXTURES, 'bad-correct.csv'));
    assert.equal(bad.code, 1);
    assert.match(bad.stderr, /bad-correct\.csv:3: correct must be 0 or 1/);
    const missing = await run('--train', join(dir, 'none.csv'), '--test', join(dir, 'none.csv'));
    assert.equal(missing.code, 1);
    assert.match(missing.stderr, /none\.csv:0: cannot read the file \(ENOENT\)/);
  });
});
