import assert from 'node:assert/strict';
import { join } from 'node:path';
import { parseCsv } from '../../../src/adapters/datasets/csvParser';
import { readProgSnap2 } from '../../../src/adapters/datasets/progSnap2Reader';
import { DatasetError, parseResponseCsv, readResponseCsv } from '../../../src/adapters/datasets/responseCsvReader';

const FIXTURES = join(__dirname, '../../fixtures/skill');

function records(text: string): [string[], number][] {
  const out: [string[], number][] = [];
  parseCsv(text, (fields, line) => out.push([fields, line]));
  return out;
}

describe('dataset readers', () => {
  it('parses CSV with quotes, doubled quotes, CRLF, embedded newlines and blank lines, with start line numbers', () => {
    const text = '\ufeffa,b,c\r\n1,"x, ""y""",3\r\n\r\n2,"multi\nline",\n4,5,6';
    assert.deepEqual(records(text), [
      [['a', 'b', 'c'], 1],
      [['1', 'x, "y"', '3'], 2],
      [['2', 'multi\nline', ''], 4],
      [['4', '5', '6'], 6],
    ]);
    assert.throws(() => records('a,b\n1,"open'), /unterminated quoted field/);
  });

  it('reads the pyBKT layout, orders each learner by order_id, and keeps a slice column', () => {
    const log = parseResponseCsv('user_id,order_id,skill_name,correct,sex\nu1,2,s1,1,f\nu2,0,s2,0,m\nu1,1,s2,0,f\n', 'mem.csv', 'sex');
    assert.deepEqual(log.learners, ['u1', 'u2']);
    assert.deepEqual([...log.learner], [0, 0, 1]);
    assert.deepEqual([...log.concept].map((c) => log.concepts[c]), ['s2', 's1', 's2']);
    assert.deepEqual([...log.correct], [0, 1, 0]);
    assert.deepEqual([...log.group!].map((g) => log.groups![g]), ['f', 'f', 'm']);
  });

  it('keeps answers without a skill under one concept and says so', () => {
    const log = parseResponseCsv('user_id,order_id,skill_name,correct\nu,1,s,1\nu,2,,0\nu,3,,1\n', 'gaps.csv');
    assert.deepEqual(log.concepts, ['s', '(no skill)']);
    assert.equal(log.correct.length, 3);
    assert.deepEqual(log.notes, ['gaps.csv: 2 answer(s) without a skill_name (first at line 3) were kept as the concept "(no skill)"']);
  });

  it('accepts a timestamp column instead of order_id', () => {
    const log = parseResponseCsv('user_id,timestamp,skill_name,correct\nu,2024-01-02T00:00:00Z,b,1\nu,2024-01-01T00:00:00Z,a,0\n', 'mem.csv');
    assert.deepEqual(log.concepts, ['b', 'a']);
    assert.deepEqual([...log.concept], [1, 0]);
    assert.equal(log.time[1] - log.time[0], 86_400_000);
  });

  it('names the file and line of bad data', async () => {
    await assert.rejects(readResponseCsv(join(FIXTURES, 'bad-correct.csv')), (e: unknown) => e instanceof DatasetError && /bad-correct\.csv:3: correct must be 0 or 1, got "yes"/.test(e.message));
    assert.throws(() => parseResponseCsv('user,skill_name\nu,s\n', 'x.csv'), /x\.csv:1: missing column\(s\) correct, order_id or timestamp/);
    assert.throws(() => parseResponseCsv('user_id,order_id,skill_name,correct\n', 'x.csv'), /x\.csv:2: no answers/);
    assert.throws(() => parseResponseCsv('user_id,order_id,skill_name,correct\nu,1,s,1\n', 'x.csv', 'gender'), /no column "gender"/);
    await assert.rejects(readResponseCsv(join(FIXTURES, 'nope.csv')), /nope\.csv:0: cannot read the file \(ENOENT\)/);
  });

  it('maps ProgSnap2 events to answers: scored submissions per problem, compile results per problem', async () => {
    const log = await readProgSnap2(join(FIXTURES, 'progsnap2-MainTable.csv'));
    const rows = [...log.correct].map((c, i) => `${log.learners[log.learner[i]]} ${log.concepts[log.concept[i]]} ${c}`);
    assert.deepEqual(rows, ['s1 P1:compile 0', 's1 P1:compile 1', 's1 P1 0', 's1 P1 1', 's2 P2 1']);
  });
});
