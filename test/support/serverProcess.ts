// `skilltrace server` as its own process, for tests that must kill it (SIGKILL mid-batch) and start it again.
import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';

const root = resolve(__dirname, '../..');

/** A running server process: its URL once it listens, and everything it printed so far. */
export interface ServerProcess {
  child: ChildProcess;
  url: string;
  output: () => string;
}

/** Starts the server command from the sources with `args` and extra environment; resolves once it listens. */
export async function spawnServerProcess(args: string[], env: NodeJS.ProcessEnv): Promise<ServerProcess> {
  const child = spawn(
    process.execPath,
    ['-r', 'tsx/cjs', '-e', `require('./src/cli/serverCommand').runServerCommand(process.argv.slice(1), { stdout: (t) => process.stdout.write(t), stderr: (t) => process.stderr.write(t), readStdin: async () => '' }).then((code) => process.exit(code))`, '--', ...args],
    { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const url = await new Promise<string>((done, fail) => {
    const timer = setInterval(() => {
      const match = /listening on (http:\/\/\S+)/.exec(output);
      if (match) {
        clearInterval(timer);
        done(match[1]!);
      }
    }, 50);
    child.on('exit', () => {
      clearInterval(timer);
      fail(new Error(`server exited: ${output}`));
    });
  });
  return { child, url, output: () => output };
}
