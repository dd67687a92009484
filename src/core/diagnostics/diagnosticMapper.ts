import { conceptAppliesTo } from '../concepts/concept';
import { generalConceptFor, getConcept } from '../concepts/conceptCatalog';
import { conceptForConstruct } from '../structure/constructConcepts';
import type { StructureLanguage } from '../structure/structureAnalyzer';
import type { DiagnosticRule, DiagnosticTool, WeightedConcept } from './diagnosticRule';
import { csharpRules } from './csharpRules';
import { eslintRules } from './eslintRules';
import { goCodeAliases, goRules } from './goRules';
import { javaRules } from './javaRules';
import { pyrightRules } from './pyrightRules';
import { rustcRules } from './rustcRules';
import { typescriptRules } from './typescriptRules';

/** A diagnostic as the mapper needs it: what VS Code (or the CLI) knows about it. */
export interface DiagnosticToMap {
  /** VS Code language id of the document (typescript, typescriptreact, python, …). */
  language: string;
  /** The diagnostic's `source` as the tool reports it ('ts', 'eslint', 'Pylance', 'rustc', 'Java', 'compiler', …). */
  source?: string;
  code?: string | number;
  message: string;
}

/** Extra knowledge the caller may have about the diagnostic's position. */
export interface DiagnosticMappingContext {
  /** tree-sitter node type at the diagnostic's range, used when no rule matches. */
  nodeKind?: string;
}

/**
 * The concepts a diagnostic speaks about and why: the rule id that matched, or `rule: null` with the fallback
 * `bucket` used (`node:<kind>` for the syntax node, the language's generic concept id, or `unsupported-language`).
 * Read by the diagnostic observation builder, the `skilltrace concepts map` CLI and the unmapped counter.
 */
export interface DiagnosticMapping {
  concepts: WeightedConcept[];
  rule: string | null;
  bucket?: string;
}

/** How strongly a syntax-node fallback or a language bucket speaks about its concept, compared with a rule. */
export const NODE_FALLBACK_WEIGHT = 0.4;
export const BUCKET_FALLBACK_WEIGHT = 0.2;
/** Longest message text matched against patterns, so a huge message cannot make matching slow. */
const MAX_MESSAGE_CHARS = 4000;

interface ToolIndex {
  byCode: Map<string, DiagnosticRule[]>;
  messageOnly: DiagnosticRule[];
  byId: Map<string, DiagnosticRule>;
}

const TABLES: Readonly<Record<DiagnosticTool, readonly DiagnosticRule[]>> = {
  ts: typescriptRules,
  eslint: eslintRules,
  pyright: pyrightRules,
  rustc: rustcRules,
  go: goRules,
  java: javaRules,
  csharp: csharpRules,
};

function buildIndex(rules: readonly DiagnosticRule[]): ToolIndex {
  const index: ToolIndex = { byCode: new Map(), messageOnly: [], byId: new Map() };
  for (const rule of rules) {
    index.byId.set(rule.id, rule);
    if (rule.code === undefined) {
      index.messageOnly.push(rule);
      continue;
    }
    const list = index.byCode.get(rule.code) ?? [];
    list.push(rule);
    index.byCode.set(rule.code, list);
  }
  return index;
}

const INDEXES = new Map<DiagnosticTool, ToolIndex>(
  (Object.keys(TABLES) as DiagnosticTool[]).map((tool) => [tool, buildIndex(TABLES[tool])]),
);

const SOURCE_TOOLS: Readonly<Record<string, DiagnosticTool>> = {
  ts: 'ts',
  tsc: 'ts',
  typescript: 'ts',
  tsserver: 'ts',
  js: 'ts',
  eslint: 'eslint',
  pylance: 'pyright',
  pyright: 'pyright',
  basedpyright: 'pyright',
  rustc: 'rustc',
  'rust-analyzer': 'rustc',
  clippy: 'rustc',
  cargo: 'rustc',
  java: 'java',
  javac: 'java',
  jdt: 'java',
  jdtls: 'java',
  'go vet': 'go',
  vet: 'go',
  gopls: 'go',
  go: 'go',
  staticcheck: 'go',
  'golangci-lint': 'go',
  errcheck: 'go',
  ineffassign: 'go',
  csharp: 'csharp',
  'c#': 'csharp',
  roslyn: 'csharp',
};

const LANGUAGE_TOOLS: Readonly<Record<string, readonly DiagnosticTool[]>> = {
  typescript: ['ts', 'eslint'],
  typescriptreact: ['ts', 'eslint'],
  javascript: ['ts', 'eslint'],
  javascriptreact: ['ts', 'eslint'],
  python: ['pyright'],
  rust: ['rustc'],
  go: ['go'],
  java: ['java'],
  csharp: ['csharp'],
};

const STRUCTURE_LANGUAGES: Readonly<Record<string, StructureLanguage>> = {
  typescript: 'typescript',
  typescriptreact: 'tsx',
  javascript: 'javascript',
  javascriptreact: 'javascript',
  python: 'python',
  java: 'java',
  go: 'go',
  rust: 'rust',
  csharp: 'csharp',
};

/** Which tools' tables to try, most likely first: the reported source, else what the code's shape and language suggest. */
function candidateTools(language: string, source: string, code: string): DiagnosticTool[] {
  const fromSource = Object.hasOwn(SOURCE_TOOLS, source) ? SOURCE_TOOLS[source] : undefined;
  // 'compiler' is gopls's source for type errors but a generic word elsewhere: trust it for Go only.
  if (source === 'compiler' && language === 'go') return ['go'];
  if (fromSource) return [fromSource];
  const tools: DiagnosticTool[] = [];
  if (/^E\d{4}$/.test(code) || code.startsWith('clippy::')) tools.push('rustc');
  if (/^(?:CS|CA|IDE)\d{4}$/.test(code)) tools.push('csharp');
  if (/^report[A-Z]/.test(code)) tools.push('pyright');
  if (code.startsWith('@typescript-eslint/') || /^[a-z]+(?:-[a-z]+)+$/.test(code)) tools.push('eslint');
  for (const tool of Object.hasOwn(LANGUAGE_TOOLS, language) ? LANGUAGE_TOOLS[language] : []) {
    if (!tools.includes(tool)) tools.push(tool);
  }
  return tools;
}

function matchInTool(tool: DiagnosticTool, code: string, message: string): DiagnosticRule | undefined {
  const index = INDEXES.get(tool);
  if (!index) return undefined;
  if (code !== '') {
    for (const rule of index.byCode.get(code) ?? []) {
      if (rule.message === undefined || rule.message.test(message)) return rule;
    }
  }
  for (const rule of index.messageOnly) {
    if (rule.message?.test(message)) return rule;
  }
  if (tool === 'go' && Object.hasOwn(goCodeAliases, code)) return index.byId.get(goCodeAliases[code]);
  return undefined;
}

/** Drops concepts that do not apply to the document's language, unless that would leave none. */
function applicableConcepts(concepts: readonly WeightedConcept[], language: string): WeightedConcept[] {
  const applicable = concepts.filter((weighted) => {
    const concept = getConcept(weighted.id);
    return concept !== undefined && conceptAppliesTo(concept, language);
  });
  return (applicable.length > 0 ? applicable : concepts).map((weighted) => ({ ...weighted }));
}

/**
 * Used by the diagnostic watcher's observation builder and the `skilltrace concepts map` CLI: maps one diagnostic
 * to concepts by the first matching rule of the tool's table, else by the syntax node at its range, else by the
 * language's generic bucket. Never throws and never drops: unsupported languages get no concepts and a bucket.
 */
export function mapDiagnostic(input: DiagnosticToMap, context: DiagnosticMappingContext = {}): DiagnosticMapping {
  const language = (input.language ?? '').trim().toLowerCase();
  const source = (input.source ?? '').trim().toLowerCase();
  const code = input.code === undefined || input.code === null ? '' : String(input.code).trim();
  const message = String(input.message ?? '').slice(0, MAX_MESSAGE_CHARS);

  for (const tool of candidateTools(language, source, code)) {
    const rule = matchInTool(tool, code, message);
    if (rule) return { concepts: applicableConcepts(rule.concepts, language), rule: rule.id };
  }

  const structureLanguage = Object.hasOwn(STRUCTURE_LANGUAGES, language) ? STRUCTURE_LANGUAGES[language] : undefined;
  const nodeKind = context.nodeKind?.trim();
  if (structureLanguage && nodeKind) {
    const conceptId = conceptForConstruct(structureLanguage, nodeKind);
    if (conceptId && getConcept(conceptId)) {
      return { concepts: [{ id: conceptId, weight: NODE_FALLBACK_WEIGHT }], rule: null, bucket: `node:${nodeKind}` };
    }
  }

  const general = generalConceptFor(language);
  if (general) return { concepts: [{ id: general, weight: BUCKET_FALLBACK_WEIGHT }], rule: null, bucket: general };
  return { concepts: [], rule: null, bucket: 'unsupported-language' };
}

/** Used by tests and audits: every rule of every table, with the tool it belongs to. */
export function allDiagnosticRules(): { tool: DiagnosticTool; rule: DiagnosticRule }[] {
  return (Object.keys(TABLES) as DiagnosticTool[]).flatMap((tool) => TABLES[tool].map((rule) => ({ tool, rule })));
}
