; Concept opportunities in TypeScript. Each `@opportunity.<concept-id>` capture marks a construct that exercises
; that catalog concept; captures starting with `_` only feed predicates. tsx.scm is this file without the
; angle-bracket type assertion, which TSX does not have (a unit test keeps the two in step).

; async-await, promises, concurrency
(await_expression) @opportunity.async-await
(function_declaration "async" @opportunity.async-await)
(function_expression "async" @opportunity.async-await)
(arrow_function "async" @opportunity.async-await)
(method_definition "async" @opportunity.async-await)
(new_expression constructor: (identifier) @_ctor (#eq? @_ctor "Promise")) @opportunity.promises
(call_expression
  function: (member_expression property: (property_identifier) @_then)
  (#any-of? @_then "then" "catch" "finally")) @opportunity.promises
(call_expression
  function: (member_expression object: (identifier) @_promise property: (property_identifier) @_combinator)
  (#eq? @_promise "Promise")
  (#any-of? @_combinator "all" "allSettled" "race" "any")) @opportunity.concurrency

; null-safety
(member_expression optional_chain: (optional_chain)) @opportunity.null-safety
(subscript_expression optional_chain: (optional_chain)) @opportunity.null-safety
(binary_expression operator: "??") @opportunity.null-safety
(augmented_assignment_expression operator: "??=") @opportunity.null-safety
(binary_expression [(null) (undefined)]) @opportunity.null-safety

; narrowing
(unary_expression operator: "typeof") @opportunity.narrowing
(binary_expression operator: "instanceof") @opportunity.narrowing
(binary_expression operator: "in") @opportunity.narrowing

; equality-comparison
(binary_expression operator: ["==" "!=" "===" "!=="]) @opportunity.equality-comparison

; error-handling
(try_statement) @opportunity.error-handling
(catch_clause) @opportunity.error-handling
(throw_statement) @opportunity.error-handling

; closures and this
(arrow_function) @opportunity.closures
(function_expression) @opportunity.closures
(this) @opportunity.js.this-binding
(call_expression
  function: (member_expression property: (property_identifier) @_bind)
  (#any-of? @_bind "bind" "call" "apply")) @opportunity.js.this-binding

; var-let-const
(variable_declaration) @opportunity.js.var-let-const
(lexical_declaration kind: "let") @opportunity.js.var-let-const

; iteration
(for_statement) @opportunity.iteration
(for_in_statement) @opportunity.iteration
(while_statement) @opportunity.iteration
(do_statement) @opportunity.iteration
(call_expression
  function: (member_expression property: (property_identifier) @_method)
  (#any-of? @_method "map" "filter" "reduce" "forEach" "flatMap" "some" "every" "find" "findIndex")) @opportunity.iteration

; pattern-matching (destructuring) and control-flow
(object_pattern) @opportunity.pattern-matching
(array_pattern) @opportunity.pattern-matching
(switch_statement) @opportunity.control-flow

; classes and modules
(class_heritage) @opportunity.classes-inheritance
(new_expression) @opportunity.classes-inheritance
(import_statement) @opportunity.modules-imports
(export_statement source: (string)) @opportunity.modules-imports
(call_expression function: (import)) @opportunity.modules-imports

; immutability
(call_expression
  function: (member_expression object: (identifier) @_object property: (property_identifier) @_freeze)
  (#eq? @_object "Object")
  (#eq? @_freeze "freeze")) @opportunity.immutability

; strings, regular expressions and queries
(template_string (template_substitution)) @opportunity.string-formatting
(regex) @opportunity.regular-expressions
(new_expression constructor: (identifier) @_regexp (#eq? @_regexp "RegExp")) @opportunity.regular-expressions
(call_expression
  function: (member_expression property: (property_identifier) @_query)
  arguments: (arguments . [(template_string (template_substitution)) (binary_expression operator: "+")])
  (#any-of? @_query "query" "execute" "raw" "exec" "prepare" "$queryRawUnsafe" "$executeRawUnsafe")) @opportunity.injection-safe-queries

; collections and conversions
(new_expression constructor: (identifier) @_collection (#any-of? @_collection "Map" "Set" "WeakMap" "WeakSet")) @opportunity.collections
(spread_element) @opportunity.collections
(call_expression
  function: (identifier) @_convert
  (#any-of? @_convert "Number" "String" "Boolean" "BigInt" "parseInt" "parseFloat")) @opportunity.type-conversion

; TypeScript: types, generics and strictness
(type_annotation) @opportunity.type-annotations
(type_parameters) @opportunity.generics
(type_arguments) @opportunity.generics
(union_type) @opportunity.ts.union-types
(union_type (literal_type [(null) (undefined)])) @opportunity.ts.strict-null-checks
(non_null_expression) @opportunity.null-safety @opportunity.ts.strict-null-checks
(member_expression optional_chain: (optional_chain)) @opportunity.ts.optional-chaining
(subscript_expression optional_chain: (optional_chain)) @opportunity.ts.optional-chaining
(type_predicate) @opportunity.type-guards
(asserts) @opportunity.type-guards
(as_expression) @opportunity.ts.type-assertions
(type_assertion) @opportunity.ts.type-assertions
(satisfies_expression) @opportunity.ts.type-assertions
((predefined_type) @opportunity.ts.unknown-vs-any (#any-of? @opportunity.ts.unknown-vs-any "any" "unknown"))
(required_parameter pattern: (identifier) !type) @opportunity.ts.no-implicit-any
(enum_declaration) @opportunity.ts.enums
(readonly_type) @opportunity.ts.readonly
(public_field_definition "readonly" @opportunity.ts.readonly)
(property_signature "readonly" @opportunity.ts.readonly)
(as_expression "const") @opportunity.immutability
(interface_declaration) @opportunity.interfaces-structural-typing
(implements_clause) @opportunity.interfaces-structural-typing
(abstract_class_declaration) @opportunity.classes-inheritance
(formal_parameters) @opportunity.function-signatures
