; Concept opportunities in Python. Each `@opportunity.<concept-id>` capture marks a construct that exercises that
; catalog concept; captures starting with `_` only feed predicates.

; async
(await) @opportunity.async-await
(function_definition "async" @opportunity.py.asyncio)
(with_statement "async" @opportunity.py.asyncio)
(for_statement "async" @opportunity.py.asyncio)
(call
  function: (attribute object: (identifier) @_asyncio attribute: (identifier) @_fn)
  (#eq? @_asyncio "asyncio")
  (#any-of? @_fn "run" "gather" "create_task" "wait_for" "TaskGroup" "Queue" "Lock")) @opportunity.py.asyncio
(call
  function: (attribute object: (identifier) @_asyncio2 attribute: (identifier) @_fn2)
  (#eq? @_asyncio2 "asyncio")
  (#any-of? @_fn2 "gather" "create_task" "TaskGroup")) @opportunity.concurrency

; typing
(type) @opportunity.py.type-hints
(type (binary_operator right: (none))) @opportunity.py.optional
(type (binary_operator left: (none))) @opportunity.py.optional
(generic_type (identifier) @_optional (#eq? @_optional "Optional")) @opportunity.py.optional
(subscript value: (identifier) @_optional2 (#eq? @_optional2 "Optional")) @opportunity.py.optional
(type_parameter) @opportunity.generics
(call function: (identifier) @_isinstance (#any-of? @_isinstance "isinstance" "issubclass")) @opportunity.narrowing
(comparison_operator (none)) @opportunity.null-safety
(comparison_operator ["==" "!=" "is" "is not"]) @opportunity.equality-comparison

; errors and resources
(try_statement) @opportunity.error-handling
(except_clause) @opportunity.error-handling
(raise_statement) @opportunity.error-handling
(with_statement) @opportunity.py.context-managers @opportunity.resource-management
(decorated_definition
  (decorator (_) @_cm)
  (#match? @_cm "contextmanager$")) @opportunity.py.context-managers

; iteration, comprehensions, closures, scope
(for_statement) @opportunity.iteration
(while_statement) @opportunity.iteration
(list_comprehension) @opportunity.py.comprehensions
(dictionary_comprehension) @opportunity.py.comprehensions
(set_comprehension) @opportunity.py.comprehensions
(generator_expression) @opportunity.py.comprehensions
(yield) @opportunity.iteration
(lambda) @opportunity.closures
(global_statement) @opportunity.scope
(nonlocal_statement) @opportunity.scope @opportunity.closures

; pattern matching
(match_statement) @opportunity.pattern-matching
(case_clause) @opportunity.pattern-matching
(pattern_list) @opportunity.pattern-matching

; classes, modules
(class_definition superclasses: (argument_list)) @opportunity.classes-inheritance
(import_statement) @opportunity.modules-imports
(import_from_statement) @opportunity.modules-imports

; strings, regular expressions, queries
(string (interpolation)) @opportunity.string-formatting
(binary_operator left: (string) operator: "%") @opportunity.string-formatting
(call
  function: (attribute object: (identifier) @_re attribute: (identifier) @_re_fn)
  (#eq? @_re "re")
  (#any-of? @_re_fn "compile" "match" "search" "fullmatch" "findall" "finditer" "sub" "split")) @opportunity.regular-expressions
(call
  function: (attribute attribute: (identifier) @_execute)
  arguments: (argument_list . [(string (interpolation)) (binary_operator left: (string)) (call function: (attribute object: (string)))])
  (#any-of? @_execute "execute" "executemany" "executescript" "raw" "text")) @opportunity.injection-safe-queries

; immutability and collections
(call function: (identifier) @_frozen (#any-of? @_frozen "frozenset" "tuple")) @opportunity.immutability
(decorator (call function: (identifier) @_dataclass arguments: (argument_list (keyword_argument name: (identifier) @_frozen_kw)))
  (#eq? @_dataclass "dataclass") (#eq? @_frozen_kw "frozen")) @opportunity.immutability
(dictionary) @opportunity.collections
(call function: (identifier) @_convert (#any-of? @_convert "int" "float" "str" "bool")) @opportunity.type-conversion
