import type { StructureLanguage } from './structureAnalyzer';

/** Node kind → concept id for the constructs that say something about a concept. */
type ConstructTable = Readonly<Record<string, string>>;

const javaScript: ConstructTable = {
  await_expression: 'async-await',
  try_statement: 'error-handling',
  catch_clause: 'error-handling',
  finally_clause: 'error-handling',
  throw_statement: 'error-handling',
  for_statement: 'iteration',
  for_in_statement: 'iteration',
  while_statement: 'iteration',
  do_statement: 'iteration',
  switch_statement: 'control-flow',
  switch_case: 'control-flow',
  if_statement: 'control-flow',
  ternary_expression: 'control-flow',
  arrow_function: 'closures',
  function_expression: 'closures',
  call_expression: 'function-signatures',
  arguments: 'function-signatures',
  formal_parameters: 'function-signatures',
  return_statement: 'function-signatures',
  new_expression: 'classes-inheritance',
  class_heritage: 'classes-inheritance',
  member_expression: 'object-property-access',
  subscript_expression: 'object-property-access',
  import_statement: 'modules-imports',
  export_statement: 'modules-imports',
  template_string: 'string-formatting',
  regex: 'regular-expressions',
  lexical_declaration: 'naming-declarations',
  variable_declaration: 'js.var-let-const',
  array: 'collections',
  object: 'object-property-access',
};

/** TSX: TypeScript without the angle-bracket assertion, which JSX syntax takes over. */
const tsx: ConstructTable = {
  ...javaScript,
  non_null_expression: 'ts.strict-null-checks',
  as_expression: 'ts.type-assertions',
  satisfies_expression: 'ts.type-assertions',
  type_predicate: 'type-guards',
  type_annotation: 'type-annotations',
  union_type: 'ts.union-types',
  type_arguments: 'generics',
  type_parameters: 'generics',
  generic_type: 'generics',
  interface_declaration: 'interfaces-structural-typing',
  object_type: 'interfaces-structural-typing',
  enum_declaration: 'ts.enums',
};

const typeScript: ConstructTable = { ...tsx, type_assertion: 'ts.type-assertions' };

const python: ConstructTable = {
  await: 'async-await',
  try_statement: 'error-handling',
  except_clause: 'error-handling',
  finally_clause: 'error-handling',
  raise_statement: 'error-handling',
  with_statement: 'py.context-managers',
  for_statement: 'iteration',
  while_statement: 'iteration',
  list_comprehension: 'py.comprehensions',
  dictionary_comprehension: 'py.comprehensions',
  set_comprehension: 'py.comprehensions',
  generator_expression: 'py.comprehensions',
  lambda: 'closures',
  match_statement: 'pattern-matching',
  case_clause: 'pattern-matching',
  if_statement: 'control-flow',
  conditional_expression: 'control-flow',
  call: 'function-signatures',
  argument_list: 'function-signatures',
  parameters: 'function-signatures',
  return_statement: 'function-signatures',
  attribute: 'object-property-access',
  subscript: 'collections',
  list: 'collections',
  dictionary: 'collections',
  type: 'py.type-hints',
  import_statement: 'modules-imports',
  import_from_statement: 'modules-imports',
  interpolation: 'string-formatting',
  comparison_operator: 'equality-comparison',
  global_statement: 'scope',
  nonlocal_statement: 'scope',
};

const java: ConstructTable = {
  try_statement: 'error-handling',
  try_with_resources_statement: 'resource-management',
  catch_clause: 'error-handling',
  finally_clause: 'error-handling',
  throw_statement: 'error-handling',
  throws: 'java.checked-exceptions',
  for_statement: 'iteration',
  enhanced_for_statement: 'iteration',
  while_statement: 'iteration',
  do_statement: 'iteration',
  switch_expression: 'pattern-matching',
  instanceof_expression: 'type-guards',
  if_statement: 'control-flow',
  ternary_expression: 'control-flow',
  lambda_expression: 'closures',
  method_reference: 'closures',
  method_invocation: 'function-signatures',
  argument_list: 'function-signatures',
  formal_parameters: 'function-signatures',
  return_statement: 'function-signatures',
  object_creation_expression: 'classes-inheritance',
  superclass: 'classes-inheritance',
  super_interfaces: 'interfaces-structural-typing',
  field_access: 'object-property-access',
  array_access: 'collections',
  cast_expression: 'type-conversion',
  type_arguments: 'java.generics',
  type_parameters: 'java.generics',
  generic_type: 'java.generics',
  import_declaration: 'modules-imports',
  synchronized_statement: 'concurrency',
  local_variable_declaration: 'naming-declarations',
};

const go: ConstructTable = {
  go_statement: 'go.goroutines',
  defer_statement: 'go.defer',
  send_statement: 'go.channels',
  receive_statement: 'go.channels',
  select_statement: 'go.channels',
  channel_type: 'go.channels',
  for_statement: 'iteration',
  range_clause: 'iteration',
  if_statement: 'control-flow',
  expression_switch_statement: 'control-flow',
  type_switch_statement: 'type-guards',
  type_assertion_expression: 'type-guards',
  func_literal: 'closures',
  call_expression: 'function-signatures',
  argument_list: 'function-signatures',
  parameter_list: 'function-signatures',
  return_statement: 'function-signatures',
  selector_expression: 'object-property-access',
  index_expression: 'collections',
  composite_literal: 'collections',
  interface_type: 'go.interfaces',
  type_arguments: 'generics',
  type_parameter_list: 'generics',
  type_conversion_expression: 'type-conversion',
  import_declaration: 'modules-imports',
  short_var_declaration: 'naming-declarations',
  var_declaration: 'naming-declarations',
};

const rust: ConstructTable = {
  await_expression: 'async-await',
  try_expression: 'rust.result-option',
  match_expression: 'rust.pattern-matching',
  match_arm: 'rust.pattern-matching',
  if_expression: 'control-flow',
  let_condition: 'rust.pattern-matching',
  for_expression: 'iteration',
  while_expression: 'iteration',
  loop_expression: 'iteration',
  closure_expression: 'closures',
  call_expression: 'function-signatures',
  arguments: 'function-signatures',
  parameters: 'function-signatures',
  return_expression: 'function-signatures',
  reference_expression: 'rust.borrowing',
  reference_type: 'rust.borrowing',
  lifetime: 'rust.lifetimes',
  field_expression: 'object-property-access',
  index_expression: 'collections',
  impl_item: 'rust.traits',
  trait_bounds: 'rust.traits',
  type_arguments: 'generics',
  type_parameters: 'generics',
  type_cast_expression: 'type-conversion',
  use_declaration: 'modules-imports',
  let_declaration: 'naming-declarations',
  unsafe_block: 'rust.ownership',
  macro_invocation: 'function-signatures',
};

const cSharp: ConstructTable = {
  await_expression: 'csharp.async-await',
  try_statement: 'error-handling',
  catch_clause: 'error-handling',
  finally_clause: 'error-handling',
  throw_statement: 'error-handling',
  throw_expression: 'error-handling',
  using_statement: 'csharp.idisposable',
  for_statement: 'iteration',
  foreach_statement: 'iteration',
  while_statement: 'iteration',
  do_statement: 'iteration',
  switch_expression: 'pattern-matching',
  is_pattern_expression: 'pattern-matching',
  switch_statement: 'control-flow',
  if_statement: 'control-flow',
  conditional_expression: 'control-flow',
  lambda_expression: 'closures',
  invocation_expression: 'function-signatures',
  argument_list: 'function-signatures',
  parameter_list: 'function-signatures',
  return_statement: 'function-signatures',
  object_creation_expression: 'classes-inheritance',
  base_list: 'classes-inheritance',
  conditional_access_expression: 'csharp.nullable-reference-types',
  nullable_type: 'csharp.nullable-reference-types',
  member_access_expression: 'object-property-access',
  element_access_expression: 'collections',
  cast_expression: 'type-conversion',
  as_expression: 'type-conversion',
  type_argument_list: 'generics',
  type_parameter_list: 'generics',
  query_expression: 'csharp.linq',
  interpolated_string_expression: 'string-formatting',
  using_directive: 'modules-imports',
  lock_statement: 'concurrency',
  local_declaration_statement: 'naming-declarations',
};

const constructTables: Readonly<Record<StructureLanguage, ConstructTable>> = {
  typescript: typeScript,
  tsx,
  javascript: javaScript,
  python,
  java,
  go,
  rust,
  csharp: cSharp,
};

/**
 * Node kinds that delimit a body (block, class body, file): the search for an interesting ancestor stops there,
 * so an error deep inside a `try` block's body is not blamed on error handling.
 */
const bodyBoundaries: Readonly<Record<StructureLanguage, ReadonlySet<string>>> = {
  typescript: new Set(['statement_block', 'class_body', 'switch_body', 'interface_body', 'enum_body', 'program']),
  tsx: new Set(['statement_block', 'class_body', 'switch_body', 'interface_body', 'enum_body', 'program']),
  javascript: new Set(['statement_block', 'class_body', 'switch_body', 'program']),
  python: new Set(['block', 'module']),
  java: new Set(['block', 'class_body', 'constructor_body', 'interface_body', 'enum_body', 'switch_block', 'program']),
  go: new Set(['block', 'statement_list', 'field_declaration_list', 'source_file']),
  rust: new Set(['block', 'declaration_list', 'field_declaration_list', 'match_block', 'source_file']),
  csharp: new Set(['block', 'declaration_list', 'switch_body', 'compilation_unit']),
};

/** Which ancestor was chosen by `interestingAncestor`, and the concept its kind stands for. */
export interface InterestingAncestor {
  /** Index into the kinds passed in (0 is the node itself). */
  index: number;
  kind: string;
  conceptId: string;
}

/**
 * Used by the structure analyzer (and through it the diagnostic mapper) to pick the construct that explains a
 * position: given node kinds from the smallest node outwards, the first one with a concept, not crossing a body.
 */
export function interestingAncestor(language: StructureLanguage, kindsInnermostFirst: readonly string[]): InterestingAncestor | undefined {
  const table = constructTables[language];
  const boundaries = bodyBoundaries[language];
  for (let index = 0; index < kindsInnermostFirst.length; index++) {
    const kind = kindsInnermostFirst[index];
    if (boundaries.has(kind)) return undefined;
    if (Object.hasOwn(table, kind)) return { index, kind, conceptId: table[kind] };
  }
  return undefined;
}

/** The concept a node kind stands for in a language, for callers that already know the construct. */
export function conceptForConstruct(language: StructureLanguage, nodeKind: string): string | undefined {
  const table = constructTables[language];
  return Object.hasOwn(table, nodeKind) ? table[nodeKind] : undefined;
}

/** Every concept id the construct tables use; a test checks each exists in the catalog. */
export function constructConceptIds(): string[] {
  return [...new Set(Object.values(constructTables).flatMap((table) => Object.values(table)))].sort();
}

/** Every node kind the construct tables and boundaries name for a language; a test checks each exists in the grammar. */
export function constructNodeKinds(language: StructureLanguage): string[] {
  return [...Object.keys(constructTables[language]), ...bodyBoundaries[language]];
}
