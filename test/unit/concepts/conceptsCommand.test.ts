import assert from 'node:assert/strict';
import { runConceptsCommand } from '../../../src/cli/conceptsCommand';
import type { CliIo } from '../../../src/cli/cliIo';
import { conceptCatalog } from '../../../src/core/concepts/conceptCatalog';

function capture(stdin = ''): { io: CliIo; out: () => string; err: () => string } {
  let out = '';
  let err = '';
  return {
    io: { stdout: (t) => void (out += t), stderr: (t) => void (err += t), readStdin: async () => stdin },
    out: () => out,
    err: () => err,
  };
}

describe('skilltrace concepts', () => {
  it('list prints the whole catalog as JSON', async () => {
    const c = capture();
    assert.equal(await runConceptsCommand(['list'], c.io), 0);
    const printed = JSON.parse(c.out()) as { id: string }[];
    assert.deepEqual(printed.map((x) => x.id), conceptCatalog.map((x) => x.id));
  });

  it('list --language keeps only concepts that apply, and rejects unknown languages', async () => {
    const c = capture();
    assert.equal(await runConceptsCommand(['list', '--language', 'rust'], c.io), 0);
    const ids = (JSON.parse(c.out()) as { id: string }[]).map((x) => x.id);
    assert.ok(ids.includes('rust.borrowing') && ids.includes('closures'));
    assert.ok(!ids.some((id) => id.startsWith('py.') || id.startsWith('ts.')));
    const bad = capture();
    assert.equal(await runConceptsCommand(['list', '--language=cobol'], bad.io), 2);
    assert.match(bad.err(), /unsupported language "cobol"/);
  });

  it('map writes one line per input, an error line for malformed lines, and exits 1', async () => {
    const stdin = [
      JSON.stringify({ language: 'typescript', source: 'ts', code: 2532, message: "Object is possibly 'undefined'." }),
      '',
      '{not json',
      JSON.stringify({ language: 'python', message: 'x' , code: { bad: true } }),
      JSON.stringify({ language: 'go', source: '', code: '', message: 'declared and not used: x' }),
      JSON.stringify({ language: 'typescript', message: 'brand new', nodeKind: 'await_expression' }),
    ].join('\n');
    const c = capture(stdin);
    assert.equal(await runConceptsCommand(['map'], c.io), 1);
    const lines = c.out().trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    assert.equal(lines.length, 5);
    assert.equal(lines[0].rule, 'ts/2532');
    assert.deepEqual(lines[0].input, { language: 'typescript', source: 'ts', code: 2532, message: "Object is possibly 'undefined'." });
    assert.equal(lines[1].line, 3);
    assert.match(String(lines[1].error), /not JSON/);
    assert.equal(lines[2].line, 4);
    assert.match(String(lines[2].error), /code/);
    assert.equal(lines[3].rule, 'go/unused-variable');
    assert.equal(lines[4].rule, null);
    assert.equal(lines[4].bucket, 'node:await_expression');
    assert.match(c.err(), /2 malformed line/);
  });

  it('map exits 0 when every line is valid, and handles empty input', async () => {
    const c = capture(`${JSON.stringify({ language: 'rust', source: 'rustc', code: 'E0499', message: 'cannot borrow `v` as mutable more than once at a time' })}\r\n`);
    assert.equal(await runConceptsCommand(['map'], c.io), 0);
    assert.equal((JSON.parse(c.out()) as { concepts: { id: string }[] }).concepts[0].id, 'rust.borrowing');
    const empty = capture('');
    assert.equal(await runConceptsCommand(['map'], empty.io), 0);
    assert.equal(empty.out(), '');
  });

  it('rejects unknown subcommands with usage and exit 2', async () => {
    const c = capture();
    assert.equal(await runConceptsCommand(['frobnicate'], c.io), 2);
    assert.match(c.err(), /unknown subcommand "frobnicate"[\s\S]*Usage/);
    const none = capture();
    assert.equal(await runConceptsCommand([], none.io), 2);
    const help = capture();
    assert.equal(await runConceptsCommand(['--help'], help.io), 0);
    assert.match(help.out(), /concepts map/);
  });
});
