import { z } from 'zod';
import { conceptAppliesTo, conceptLanguageOf } from '../core/concepts/concept';
import { conceptCatalog } from '../core/concepts/conceptCatalog';
import { mapDiagnostic } from '../core/diagnostics/diagnosticMapper';
import type { CliCommand, CliIo } from './cliIo';

const USAGE = `Usage:
  skilltrace concepts list [--language <vscode-language-id>]
      Print the concept catalog as JSON (optionally only the concepts that apply to one language).
  skilltrace concepts map
      Read JSON lines {"language","source","code","message"[,"nodeKind"]} on stdin (source and code may be empty)
      and write one JSON line per input: {"input","concepts","rule"[,"bucket"]}. A malformed line gets
      {"line","error"} instead; the exit code is 1 if any line was malformed.
`;

/** One line of `concepts map` input; source, code and nodeKind are optional, as the issue's contract says. */
const mapInputSchema = z.object({
  language: z.string().max(64),
  source: z.string().max(128).optional().nullable(),
  code: z.union([z.string().max(128), z.number()]).optional().nullable(),
  message: z.string().max(100_000),
  nodeKind: z.string().max(128).optional().nullable(),
});

async function runMap(io: CliIo): Promise<number> {
  const text = await io.readStdin();
  let malformed = 0;
  const lines = text.split(/\r?\n/);
  for (let index = 0; index < lines.length; index++) {
    const raw = lines[index].trim();
    if (raw === '') continue;
    const lineNumber = index + 1;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (error) {
      malformed++;
      io.stdout(`${JSON.stringify({ line: lineNumber, error: `not JSON: ${(error as Error).message}` })}\n`);
      continue;
    }
    const parsed = mapInputSchema.safeParse(value);
    if (!parsed.success) {
      malformed++;
      const detail = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(line)'}: ${issue.message}`).join('; ');
      io.stdout(`${JSON.stringify({ line: lineNumber, error: `expected {"language","source","code","message"}: ${detail}` })}\n`);
      continue;
    }
    const input = parsed.data;
    const mapping = mapDiagnostic(
      { language: input.language, source: input.source ?? undefined, code: input.code ?? undefined, message: input.message },
      { nodeKind: input.nodeKind ?? undefined },
    );
    io.stdout(`${JSON.stringify({ input: value, ...mapping })}\n`);
  }
  if (malformed > 0) io.stderr(`skilltrace concepts map: ${malformed} malformed line(s); each got an {"line","error"} output line.\n`);
  return malformed > 0 ? 1 : 0;
}

function runList(argv: string[], io: CliIo): number {
  let language: string | undefined;
  for (let index = 0; index < argv.length; index++) {
    if (argv[index] === '--language' && index + 1 < argv.length) language = argv[++index];
    else if (argv[index].startsWith('--language=')) language = argv[index].slice('--language='.length);
    else {
      io.stderr(`skilltrace concepts list: unknown argument "${argv[index]}".\n${USAGE}`);
      return 2;
    }
  }
  if (language !== undefined && conceptLanguageOf(language) === undefined) {
    io.stderr(`skilltrace concepts list: unsupported language "${language}" (use a VS Code language id such as typescript, python, java, go, rust, csharp).\n`);
    return 2;
  }
  const concepts = language === undefined ? conceptCatalog : conceptCatalog.filter((concept) => conceptAppliesTo(concept, language));
  io.stdout(`${JSON.stringify(concepts, null, 2)}\n`);
  return 0;
}

/** `skilltrace concepts`: lets maintainers and auditors inspect the catalog and check how diagnostics map. */
export const runConceptsCommand: CliCommand = async (argv, io) => {
  const [subcommand, ...rest] = argv;
  switch (subcommand) {
    case 'map':
      if (rest.length > 0) {
        io.stderr(`skilltrace concepts map takes no arguments.\n${USAGE}`);
        return 2;
      }
      return runMap(io);
    case 'list':
      return runList(rest, io);
    case '--help':
    case '-h':
    case 'help':
      io.stdout(USAGE);
      return 0;
    default:
      io.stderr(`${subcommand === undefined ? 'skilltrace concepts: missing subcommand.' : `skilltrace concepts: unknown subcommand "${subcommand}".`}\n${USAGE}`);
      return 2;
  }
};
