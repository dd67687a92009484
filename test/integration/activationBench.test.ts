import { writeFileSync } from 'node:fs';
import { strict as assert } from 'node:assert';
import { skilltrace } from './testHost';

// Runs only under `npm run bench` (which sets SKILLTRACE_BENCH_OUT): records what activate() measured.
describe('activation benchmark', () => {
  it('records the activation figures of this host start', async function () {
    const out = process.env.SKILLTRACE_BENCH_OUT;
    if (!out) this.skip();
    const api = await skilltrace();
    assert.ok(api.activationMs > 0);
    writeFileSync(
      out as string,
      JSON.stringify({ activationMs: api.activationMs, loadAndActivateMs: api.loadAndActivateMs, loadedOnActivation: api.loadedOnActivation }),
    );
  });
});
