// Entry point the real VS Code extension host calls (extensionTestsPath): runs the mocha suite in the
// host and writes a JSON report where the harness asked for it, as a second witness of the result.
import Mocha from 'mocha';
import { readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

interface TestRecord {
  title: string;
  state: 'passed' | 'failed' | 'pending';
  durationMs?: number;
  error?: string;
}

export async function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', timeout: 90_000, color: false, reporter: 'spec' });
  const grep = process.env.SKILLTRACE_TEST_GREP;
  if (grep) mocha.grep(grep);
  const files = readdirSync(__dirname).filter((f) => f.endsWith('.test.js'));
  for (const f of files.sort()) mocha.addFile(path.join(__dirname, f));
  const records: TestRecord[] = [];
  const failures = await new Promise<number>((resolve) => {
    const runner = mocha.run((count) => resolve(count));
    runner.on('pass', (t) => records.push({ title: t.fullTitle(), state: 'passed', durationMs: t.duration }));
    runner.on('fail', (t, err: Error) => records.push({ title: t.fullTitle(), state: 'failed', error: err?.stack ?? String(err) }));
    runner.on('pending', (t) => records.push({ title: t.fullTitle(), state: 'pending' }));
  });
  const reportPath = process.env.SKILLTRACE_TEST_REPORT;
  if (reportPath) writeFileSync(reportPath, JSON.stringify({ failures, tests: records }, null, 2));
  if (failures > 0) throw new Error(`${failures} integration test(s) failed`);
}
