/** Output sinks for a command-line subcommand, injected so tests can capture what it prints. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Standard input as text, read lazily (only the commands that need it read it). */
  readStdin(): Promise<string>;
}

/** A `skilltrace <name>` subcommand: takes its own argv (after the name) and returns the exit code. */
export type CliCommand = (argv: string[], io: CliIo) => Promise<number>;
