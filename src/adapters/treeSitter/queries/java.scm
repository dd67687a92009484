; Concept opportunities in Java. Each `@opportunity.<concept-id>` capture marks a construct that exercises that
; catalog concept; captures starting with `_` only feed predicates.

; generics
(type_parameters) @opportunity.java.generics @opportunity.generics
(type_arguments) @opportunity.java.generics
(wildcard) @opportunity.java.generics

; exceptions and resources
(try_statement) @opportunity.error-handling
(catch_clause) @opportunity.error-handling
(throw_statement) @opportunity.error-handling
(throws) @opportunity.java.checked-exceptions
(try_with_resources_statement) @opportunity.resource-management @opportunity.error-handling

; null safety and Optional
(binary_expression [(null_literal)]) @opportunity.null-safety
(generic_type (type_identifier) @_optional (#eq? @_optional "Optional")) @opportunity.java.optional
(method_invocation object: (identifier) @_optional2 (#eq? @_optional2 "Optional")) @opportunity.java.optional
(method_invocation
  name: (identifier) @_require
  (#any-of? @_require "requireNonNull" "orElse" "orElseGet" "orElseThrow" "ifPresent" "isPresent")) @opportunity.null-safety

; narrowing and pattern matching
(instanceof_expression) @opportunity.narrowing
(instanceof_expression name: (identifier)) @opportunity.pattern-matching
(switch_expression) @opportunity.pattern-matching
(record_pattern) @opportunity.pattern-matching
(type_pattern) @opportunity.pattern-matching
(cast_expression) @opportunity.type-conversion

; equality
(binary_expression operator: ["==" "!="]) @opportunity.equality-comparison
(method_invocation name: (identifier) @_equals (#any-of? @_equals "equals" "compareTo" "equalsIgnoreCase")) @opportunity.equality-comparison

; iteration, closures, streams
(for_statement) @opportunity.iteration
(enhanced_for_statement) @opportunity.iteration
(while_statement) @opportunity.iteration
(do_statement) @opportunity.iteration
(lambda_expression) @opportunity.closures
(method_reference) @opportunity.closures
(method_invocation name: (identifier) @_stream (#any-of? @_stream "stream" "map" "filter" "reduce" "forEach" "collect" "flatMap")) @opportunity.iteration

; concurrency
(synchronized_statement) @opportunity.concurrency
(object_creation_expression type: (type_identifier) @_thread (#any-of? @_thread "Thread" "ReentrantLock" "CountDownLatch")) @opportunity.concurrency
(method_invocation name: (identifier) @_async (#any-of? @_async "supplyAsync" "runAsync" "thenApply" "thenCompose" "submit" "newFixedThreadPool" "newVirtualThreadPerTaskExecutor")) @opportunity.concurrency

; classes, interfaces, modules, immutability
(superclass) @opportunity.classes-inheritance
(super_interfaces) @opportunity.interfaces-structural-typing
(interface_declaration) @opportunity.interfaces-structural-typing
(record_declaration) @opportunity.immutability
(modifiers "final" @opportunity.immutability)
(import_declaration) @opportunity.modules-imports

; strings, regular expressions, queries
(method_invocation name: (identifier) @_format (#any-of? @_format "format" "formatted" "printf")) @opportunity.string-formatting
(method_invocation
  object: (identifier) @_pattern
  name: (identifier) @_compile
  (#eq? @_pattern "Pattern")
  (#any-of? @_compile "compile" "matches")) @opportunity.regular-expressions
(method_invocation name: (identifier) @_regex_method (#any-of? @_regex_method "matches" "replaceAll" "split")) @opportunity.regular-expressions
(method_invocation
  name: (identifier) @_execute
  arguments: (argument_list . (binary_expression operator: "+"))
  (#any-of? @_execute "executeQuery" "executeUpdate" "execute" "prepareStatement" "createQuery" "createNativeQuery")) @opportunity.injection-safe-queries
