; Concept opportunities in Rust. Each `@opportunity.<concept-id>` capture marks a construct that exercises that
; catalog concept; captures starting with `_` only feed predicates.

; ownership, borrowing, lifetimes
(reference_expression) @opportunity.rust.borrowing
(reference_type) @opportunity.rust.borrowing
(mutable_specifier) @opportunity.rust.borrowing
(self_parameter) @opportunity.rust.borrowing
(lifetime) @opportunity.rust.lifetimes
(lifetime_parameter) @opportunity.rust.lifetimes
(closure_expression "move" @opportunity.rust.ownership)
(call_expression
  function: (field_expression field: (field_identifier) @_clone)
  (#any-of? @_clone "clone" "to_owned" "to_string" "into")) @opportunity.rust.ownership
(generic_type type: (type_identifier) @_smart (#any-of? @_smart "Box" "Rc" "Arc" "RefCell" "Cell")) @opportunity.rust.ownership

; Result, Option, errors
(try_expression) @opportunity.rust.result-option @opportunity.error-handling
(generic_type type: (type_identifier) @_result (#any-of? @_result "Result" "Option")) @opportunity.rust.result-option
(call_expression
  function: (field_expression field: (field_identifier) @_unwrap)
  (#any-of? @_unwrap "unwrap" "expect" "unwrap_or" "unwrap_or_else" "ok_or" "map_err" "and_then" "ok")) @opportunity.rust.result-option
(call_expression function: (identifier) @_ctor (#any-of? @_ctor "Some" "Ok" "Err")) @opportunity.rust.result-option

; pattern matching
(match_expression) @opportunity.rust.pattern-matching @opportunity.pattern-matching
(match_arm) @opportunity.rust.pattern-matching
(let_condition) @opportunity.rust.pattern-matching
(tuple_struct_pattern) @opportunity.rust.pattern-matching

; traits and generics
(impl_item trait: (_)) @opportunity.rust.traits
(trait_item) @opportunity.rust.traits @opportunity.interfaces-structural-typing
(trait_bounds) @opportunity.rust.traits @opportunity.generics
(dynamic_type) @opportunity.rust.traits
(abstract_type) @opportunity.rust.traits
(type_parameters) @opportunity.generics
(where_clause) @opportunity.generics

; async, concurrency
(await_expression) @opportunity.async-await
(async_block) @opportunity.async-await
(function_modifiers "async" @opportunity.async-await)
(call_expression
  function: (scoped_identifier path: (identifier) @_thread name: (identifier) @_spawn)
  (#any-of? @_thread "thread" "tokio" "task")
  (#eq? @_spawn "spawn")) @opportunity.concurrency
(unsafe_block) @opportunity.rust.ownership

; iteration, closures, collections, conversions
(for_expression) @opportunity.iteration
(while_expression) @opportunity.iteration
(loop_expression) @opportunity.iteration
(call_expression
  function: (field_expression field: (field_identifier) @_iter)
  (#any-of? @_iter "iter" "into_iter" "iter_mut" "map" "filter" "fold" "collect")) @opportunity.iteration
(closure_expression) @opportunity.closures
(macro_invocation macro: (identifier) @_vec (#eq? @_vec "vec")) @opportunity.collections
(type_cast_expression) @opportunity.type-conversion

; modules, strings, regular expressions
(use_declaration) @opportunity.modules-imports
(mod_item) @opportunity.modules-imports
(macro_invocation macro: (identifier) @_format (#any-of? @_format "format" "println" "print" "eprintln" "write" "writeln" "panic")) @opportunity.string-formatting
(scoped_identifier path: (identifier) @_regex name: (identifier) @_new (#eq? @_regex "Regex") (#eq? @_new "new")) @opportunity.regular-expressions
(let_declaration (mutable_specifier)) @opportunity.immutability
