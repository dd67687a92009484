// The `skilltrace` command line: `skilltrace eval`, `skilltrace concepts`, `skilltrace server`.
// Each subcommand is loaded only when it runs, so `skilltrace concepts` does not load the server's database.
import { readFileSync } from 'node:fs';
import type { CliCommand, CliIo } from './cliIo';

const USAGE = `Usage: skilltrace <command> [options]

Commands:
  eval       fit and score the skill model on a data set (CSV or ProgSnap2); see skilltrace eval --help
  concepts   the concept catalog: "concepts list" prints it, "concepts map" maps diagnostics read as JSON lines
  server     run the team server (xAPI statements, reports, dashboard); see skilltrace server --help

Options:
  --help     this text
  --version  the version
`;

const commands: Record<string, () => Promise<CliCommand>> = {
  eval: async () => (await import('./evalCommand')).runEvalCommand,
  concepts: async () => (await import('./conceptsCommand')).runConceptsCommand,
  server: async () => (await import('./serverCommand')).runServerCommand,
};

/** Reads standard input to the end as UTF-8. */
function readStdin(): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    process.stdin.on('data', (c: Buffer) => chunks.push(c));
    process.stdin.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    process.stdin.on('error', reject);
  });
}

/** Runs the command line with `argv` (without node and the script) and returns the exit code. */
export async function main(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(USAGE);
    return name ? 0 : 2;
  }
  if (name === '--version') {
    io.stdout(`${readVersion()}\n`);
    return 0;
  }
  const load = commands[name];
  if (!load) {
    io.stderr(`skilltrace: unknown command "${name}"\n\n${USAGE}`);
    return 2;
  }
  const command = await load();
  return command(rest, io);
}

function readVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(`${__dirname}/../package.json`, 'utf8')) as { version?: string };
    return pkg.version ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

if (require.main === module) {
  const io: CliIo = {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    readStdin,
  };
  main(process.argv.slice(2), io).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`skilltrace: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
