; Concept opportunities in Go. Each `@opportunity.<concept-id>` capture marks a construct that exercises that
; catalog concept; captures starting with `_` only feed predicates.

; error values
(if_statement
  condition: (binary_expression left: (identifier) @_err right: (nil))
  (#eq? @_err "err")) @opportunity.go.error-values @opportunity.error-handling
(call_expression
  function: (selector_expression operand: (identifier) @_pkg field: (field_identifier) @_fn)
  (#any-of? @_pkg "errors" "fmt")
  (#any-of? @_fn "New" "Is" "As" "Unwrap" "Join" "Errorf")) @opportunity.go.error-values
(parameter_list (parameter_declaration type: (type_identifier) @_error (#eq? @_error "error"))) @opportunity.go.error-values
([(function_declaration result: (type_identifier) @opportunity.go.error-values)
  (method_declaration result: (type_identifier) @opportunity.go.error-values)
  (func_literal result: (type_identifier) @opportunity.go.error-values)]
  (#eq? @opportunity.go.error-values "error"))

; goroutines, channels, defer, concurrency
(go_statement) @opportunity.go.goroutines @opportunity.concurrency
(send_statement) @opportunity.go.channels
(receive_statement) @opportunity.go.channels
(unary_expression operator: "<-") @opportunity.go.channels
(channel_type) @opportunity.go.channels
(select_statement) @opportunity.go.channels @opportunity.concurrency
(defer_statement) @opportunity.go.defer @opportunity.resource-management
(qualified_type package: (package_identifier) @_sync name: (type_identifier) @_mutex
  (#eq? @_sync "sync")
  (#any-of? @_mutex "Mutex" "RWMutex" "WaitGroup" "Once")) @opportunity.concurrency

; interfaces, narrowing
(interface_type) @opportunity.go.interfaces @opportunity.interfaces-structural-typing
(type_assertion_expression) @opportunity.narrowing @opportunity.go.interfaces
(type_switch_statement) @opportunity.narrowing @opportunity.pattern-matching
(binary_expression [(nil)]) @opportunity.null-safety

; generics
(type_parameter_list) @opportunity.generics
(type_arguments) @opportunity.generics

; iteration, closures, collections
(for_statement) @opportunity.iteration
(range_clause) @opportunity.iteration
(func_literal) @opportunity.closures
(composite_literal type: [(map_type) (slice_type) (array_type)]) @opportunity.collections
(call_expression function: (identifier) @_builtin (#any-of? @_builtin "make" "append" "copy" "delete" "len")) @opportunity.collections
(type_conversion_expression) @opportunity.type-conversion

; modules, control flow, equality
(import_declaration) @opportunity.modules-imports
(expression_switch_statement) @opportunity.control-flow
(binary_expression operator: ["==" "!="]) @opportunity.equality-comparison

; strings, regular expressions, queries
(call_expression
  function: (selector_expression operand: (identifier) @_fmt field: (field_identifier) @_printf)
  (#eq? @_fmt "fmt")
  (#any-of? @_printf "Sprintf" "Printf" "Fprintf" "Errorf")) @opportunity.string-formatting
(call_expression
  function: (selector_expression operand: (identifier) @_regexp field: (field_identifier))
  (#eq? @_regexp "regexp")) @opportunity.regular-expressions
(call_expression
  function: (selector_expression field: (field_identifier) @_query)
  arguments: (argument_list . [(binary_expression operator: "+") (call_expression function: (selector_expression operand: (identifier) @_fmt2 field: (field_identifier) @_sprintf))])
  (#any-of? @_query "Query" "QueryRow" "Exec" "QueryContext" "ExecContext" "QueryRowContext")) @opportunity.injection-safe-queries
