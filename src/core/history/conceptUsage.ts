import type { ReviewLanguage } from '../review/reviewHint';

/**
 * Which concepts a piece of added code exercises, from its masked text (comments and strings blanked). The history
 * analysis uses it for "concepts you use" when no syntax tree is at hand; a tree-sitter based finder can replace it.
 */

/** Finds the concept ids a file's added code uses; the history analysis accepts any implementation. */
export type ConceptUsageFinder = (path: string, language: ReviewLanguage, maskedAddedLines: readonly string[]) => string[];

type UsageTable = readonly (readonly [RegExp, string])[];

const shared: UsageTable = [
  [/\b(?:try|catch|finally|throw|raise|except)\b/, 'error-handling'],
  [/\b(?:await|async)\b/, 'async-await'],
  [/\b(?:for|while)\b/, 'iteration'],
  [/\bclass\s+\w+[^{:]*(?:\bextends\b|\(\s*\w)/, 'classes-inheritance'],
];

const javaScriptLike: UsageTable = [
  [/\.then\(|\bPromise\b/, 'promises'],
  [/\?\./, 'ts.optional-chaining'],
  [/\bswitch\s*\(/, 'control-flow'],
  [/=>/, 'closures'],
  [/\b(?:import|export)\b/, 'modules-imports'],
  [/(?:^|[=(,:]\s*)\/(?![/*])(?:\\.|[^/\n])+\/[gimsuy]*/, 'regular-expressions'],
  [/\b(?:const|let)\s+[{[]/, 'destructuring'],
];

const typeScriptOnly: UsageTable = [
  [/\binterface\s+\w+/, 'interfaces-structural-typing'],
  [/\b(?:function|class|interface|type)\s+\w+\s*<\s*[A-Z]/, 'generics'],
  [/:\s*[\w[\]<>]+\s*\|\s*[\w[\]<>'"]+/, 'ts.union-types'],
  [/\breadonly\b/, 'ts.readonly'],
  [/\benum\s+\w+/, 'ts.enums'],
  [/\bunknown\b/, 'ts.unknown-vs-any'],
  [/\)\s*:\s*\w+\s+is\s+\w+/, 'type-guards'],
  [/\bas\s+(?!const\b)[A-Z]\w*/, 'ts.type-assertions'],
];

const byLanguage: Readonly<Record<ReviewLanguage, UsageTable>> = {
  typescript: [...shared, ...javaScriptLike, ...typeScriptOnly],
  javascript: [...shared, ...javaScriptLike, [/\b(?:let|const)\s+\w/, 'js.var-let-const'], [/\bthis\./, 'js.this-binding']],
  python: [
    ...shared,
    [/^\s*(?:async\s+)?with\s+/, 'py.context-managers'],
    [/[[{(][^\]})]*\bfor\b[^\]})]*\bin\b/, 'py.comprehensions'],
    [/\bOptional\[|\|\s*None\b/, 'py.optional'],
    [/\bdef\s+\w+\([^)]*\w\s*:\s*\w|\)\s*->\s*\w/, 'py.type-hints'],
    [/\basyncio\./, 'py.asyncio'],
    [/\bmatch\s+\w[^:]*:\s*$/, 'pattern-matching'],
    [/\bre\.(?:compile|match|search|sub|findall)\(/, 'regular-expressions'],
  ],
  java: [
    ...shared,
    [/\bOptional</, 'java.optional'],
    [/\bthrows\s+\w/, 'java.checked-exceptions'],
    [/\b(?:class|interface)\s+\w+\s*<|\b(?:List|Map|Set)<\w/, 'java.generics'],
    [/\btry\s*\(/, 'java.try-with-resources'],
    [/\binterface\s+\w+/, 'interfaces-structural-typing'],
    [/\.stream\(\)/, 'java.streams'],
  ],
  go: [
    ...shared,
    [/^\s*go\s+[\w.]+\(|^\s*go\s+func\b/, 'go.goroutines'],
    [/\bchan\b|<-/, 'go.channels'],
    [/^\s*defer\b/, 'go.defer'],
    [/\berr\s*!=\s*nil\b/, 'go.error-values'],
    [/\binterface\s*\{/, 'go.interfaces'],
  ],
  rust: [
    [/\b(?:for|while|loop)\b/, 'iteration'],
    [/&mut\s|&self\b|&\w/, 'rust.borrowing'],
    [/\b(?:Result|Option)</, 'rust.result-option'],
    [/\?\s*[;.)]/, 'rust.error-propagation'],
    [/\btrait\s+\w+|\bimpl\b[^{]*\bfor\b/, 'rust.traits'],
    [/<'\w+|&'\w+/, 'rust.lifetimes'],
    [/\bmatch\b[^{]*\{?\s*$/, 'rust.pattern-matching'],
    [/\b(?:async|await)\b/, 'rust.async'],
  ],
  csharp: [
    ...shared,
    [/^\s*using\s*(?:\(|var\b)/, 'csharp.idisposable'],
    [/\.(?:Where|Select|OrderBy|GroupBy|Any|First(?:OrDefault)?)\(/, 'csharp.linq'],
    [/\b\w+\?\s+\w+\s*[;=)]/, 'csharp.nullable-reference-types'],
    [/\b(?:async|await)\b/, 'csharp.async-await'],
    [/\binterface\s+I\w+/, 'interfaces-structural-typing'],
  ],
};

/** The built-in lexical finder: each concept whose pattern matches any added line, once. */
export const lexicalConceptUsage: ConceptUsageFinder = (_path, language, maskedAddedLines) => {
  const found = new Set<string>();
  for (const [pattern, conceptId] of byLanguage[language]) {
    if (maskedAddedLines.some((line) => pattern.test(line))) found.add(conceptId);
  }
  return [...found];
};

/** Every concept id the lexical finder can report, for the catalog test. */
export function lexicalUsageConceptIds(): string[] {
  return [...new Set(Object.values(byLanguage).flatMap((table) => table.map(([, id]) => id)))].sort();
}
