/**
 * The concept ids fixed by the team's id convention, which the catalog must contain; structure tests check that
 * every concept the queries and construct tables emit is one of them.
 */
export const conventionConceptIds: ReadonlySet<string> = new Set([
  'null-safety', 'narrowing', 'type-guards', 'async-await', 'promises', 'concurrency', 'error-handling', 'generics',
  'closures', 'scope', 'iteration', 'immutability', 'recursion', 'resource-management', 'modules-imports',
  'classes-inheritance', 'interfaces-structural-typing', 'pattern-matching', 'string-formatting', 'regular-expressions',
  'injection-safe-queries', 'type-annotations', 'function-signatures', 'equality-comparison', 'collections',
  'unused-code', 'naming-declarations', 'control-flow', 'exhaustiveness', 'type-conversion', 'object-property-access',
  'ts.strict-null-checks', 'ts.no-implicit-any', 'ts.union-types', 'ts.type-assertions', 'ts.optional-chaining',
  'ts.enums', 'ts.readonly', 'ts.unknown-vs-any', 'js.this-binding', 'js.var-let-const', 'py.type-hints', 'py.optional',
  'py.asyncio', 'py.context-managers', 'py.comprehensions', 'java.generics', 'java.checked-exceptions', 'java.optional',
  'go.error-values', 'go.goroutines', 'go.channels', 'go.interfaces', 'go.defer', 'rust.ownership', 'rust.borrowing',
  'rust.lifetimes', 'rust.result-option', 'rust.traits', 'rust.pattern-matching', 'csharp.nullable-reference-types',
  'csharp.async-await', 'csharp.linq', 'csharp.idisposable',
]);
