; Concept opportunities in C#. Each `@opportunity.<concept-id>` capture marks a construct that exercises that
; catalog concept; captures starting with `_` only feed predicates.

; nullable reference types and null safety
(nullable_type) @opportunity.csharp.nullable-reference-types
(conditional_access_expression) @opportunity.csharp.nullable-reference-types @opportunity.null-safety
(binary_expression operator: "??") @opportunity.null-safety
(assignment_expression operator: "??=") @opportunity.null-safety
(postfix_unary_expression "!") @opportunity.csharp.nullable-reference-types
(binary_expression [(null_literal)]) @opportunity.null-safety

; async
(await_expression) @opportunity.csharp.async-await @opportunity.async-await
(method_declaration (modifier) @opportunity.csharp.async-await (#eq? @opportunity.csharp.async-await "async"))
(lambda_expression (modifier) @opportunity.csharp.async-await (#eq? @opportunity.csharp.async-await "async"))
(invocation_expression
  function: (member_access_expression expression: (identifier) @_task name: (identifier) @_when)
  (#eq? @_task "Task")
  (#any-of? @_when "WhenAll" "WhenAny" "Run")) @opportunity.concurrency
(lock_statement) @opportunity.concurrency

; disposal and errors
(using_statement) @opportunity.csharp.idisposable @opportunity.resource-management
(local_declaration_statement "using") @opportunity.csharp.idisposable @opportunity.resource-management
(try_statement) @opportunity.error-handling
(catch_clause) @opportunity.error-handling
(catch_filter_clause) @opportunity.error-handling
(throw_statement) @opportunity.error-handling
(throw_expression) @opportunity.error-handling

; LINQ, iteration, closures
(query_expression) @opportunity.csharp.linq
(invocation_expression
  function: (member_access_expression name: (identifier) @_linq)
  (#any-of? @_linq "Where" "Select" "SelectMany" "OrderBy" "GroupBy" "Aggregate" "Any" "All" "First" "FirstOrDefault" "ToList")) @opportunity.csharp.linq @opportunity.iteration
(for_statement) @opportunity.iteration
(foreach_statement) @opportunity.iteration
(while_statement) @opportunity.iteration
(do_statement) @opportunity.iteration
(yield_statement) @opportunity.iteration
(lambda_expression) @opportunity.closures
(anonymous_method_expression) @opportunity.closures

; pattern matching and narrowing
(is_pattern_expression) @opportunity.pattern-matching @opportunity.narrowing
(switch_expression) @opportunity.pattern-matching
(recursive_pattern) @opportunity.pattern-matching
(declaration_pattern) @opportunity.narrowing
(switch_statement) @opportunity.control-flow

; types, generics, classes
(type_parameter_list) @opportunity.generics
(type_argument_list) @opportunity.generics
(type_parameter_constraints_clause) @opportunity.generics
(base_list) @opportunity.classes-inheritance
(interface_declaration) @opportunity.interfaces-structural-typing
(record_declaration) @opportunity.immutability
(modifier) @opportunity.immutability (#eq? @opportunity.immutability "readonly")
(cast_expression) @opportunity.type-conversion
(as_expression) @opportunity.type-conversion
(using_directive) @opportunity.modules-imports

; strings, regular expressions, queries, equality
(interpolated_string_expression) @opportunity.string-formatting
(object_creation_expression type: (identifier) @_regex (#eq? @_regex "Regex")) @opportunity.regular-expressions
(invocation_expression
  function: (member_access_expression expression: (identifier) @_regex2)
  (#eq? @_regex2 "Regex")) @opportunity.regular-expressions
(object_creation_expression
  type: (identifier) @_command
  arguments: (argument_list . (argument [(interpolated_string_expression) (binary_expression operator: "+")]))
  (#any-of? @_command "SqlCommand" "NpgsqlCommand" "MySqlCommand" "SqliteCommand")) @opportunity.injection-safe-queries
(invocation_expression
  function: (member_access_expression name: (identifier) @_raw)
  arguments: (argument_list . (argument [(interpolated_string_expression) (binary_expression operator: "+")]))
  (#any-of? @_raw "FromSqlRaw" "ExecuteSqlRaw" "Query" "Execute")) @opportunity.injection-safe-queries
(binary_expression operator: ["==" "!="]) @opportunity.equality-comparison
