import type { Concept } from './concept';

/** Concepts that apply in every supported language; part of the catalog assembled in conceptCatalog.ts. */
export const crossLanguageConcepts: readonly Concept[] = [
  {
    id: 'syntax-basics',
    title: 'Syntax and grammar of the language',
    description:
      'Parsers stop at the first token that cannot continue the grammar and often report the error later than the real mistake: an unclosed bracket, a missing separator or a stray keyword upstream. Reading the parser message as "what I expected here" rather than "what is wrong here", and checking the line above, finds most of these quickly.',
    languages: '*',
    prerequisites: [],
    level: 'foundation',
    misconception: 'The error is always on the line the parser reports.',
  },
  {
    id: 'naming-declarations',
    title: 'Declarations and names',
    description:
      'Every name must be declared before it is used, exactly once in its scope, and spelled the same everywhere. Compilers resolve names statically, so a typo, a missing import or a redeclaration is reported as "cannot find name" or "duplicate identifier" long before the code runs.',
    languages: '*',
    prerequisites: ['syntax-basics'],
    level: 'foundation',
    misconception: 'A name declared somewhere in the project is visible everywhere.',
  },
  {
    id: 'scope',
    title: 'Scope and name resolution',
    description:
      'Scope decides which declaration a name refers to: block, function, module or global. Shadowing an outer name, reading a variable before its declaration or expecting a loop variable to survive the loop are common sources of subtle bugs; linters flag shadowing and use-before-define because the code compiles but means something else.',
    languages: '*',
    prerequisites: ['naming-declarations'],
    level: 'foundation',
    misconception: 'An inner variable with the same name updates the outer one.',
  },
  {
    id: 'unused-code',
    title: 'Unused and unreachable code',
    description:
      'Unused variables, imports, parameters and unreachable statements are usually symptoms: a refactor left something behind, a result was computed but never used, or control flow never reaches the code the author thought it did. Treat the warning as a question about intent before deleting.',
    languages: '*',
    prerequisites: ['naming-declarations'],
    level: 'foundation',
    misconception: 'An unused-variable warning is only cosmetic.',
  },
  {
    id: 'type-annotations',
    title: 'Type annotations',
    description:
      'Annotations state the contract of variables, parameters and return values so the checker can verify callers and implementations against it. Annotate public boundaries (exported functions, parameters, fields) and let inference handle locals; an annotation that disagrees with the value is a bug in one of the two.',
    languages: '*',
    prerequisites: ['naming-declarations'],
    level: 'foundation',
  },
  {
    id: 'type-inference',
    title: 'Type inference',
    description:
      'Checkers infer types from initializers, returns and context. Inference is only as good as its input: an empty array, a null initializer or an untyped library call can infer a type that is too wide or too narrow, and the error then surfaces far away from where the type was decided.',
    languages: '*',
    prerequisites: ['type-annotations'],
    level: 'intermediate',
    misconception: 'The inferred type is whatever the value will be at run time.',
  },
  {
    id: 'type-compatibility',
    title: 'Type compatibility and assignability',
    description:
      'Assignability asks whether every value of the source type is acceptable where the target type is expected. Errors like "type X is not assignable to type Y" list the path to the first incompatible member; read them from the bottom up to find the member that actually differs.',
    languages: '*',
    prerequisites: ['type-annotations'],
    level: 'foundation',
    misconception: 'Two types with similar names or shapes are interchangeable in every direction.',
  },
  {
    id: 'type-conversion',
    title: 'Type conversion and coercion',
    description:
      'Converting between strings, numbers, booleans and domain types should be explicit and checked: parsing can fail, narrowing numeric conversions can lose data and implicit coercions hide intent. Prefer a parse function that reports failure over a cast that silently produces garbage.',
    languages: '*',
    prerequisites: ['type-compatibility'],
    level: 'foundation',
    misconception: 'A cast converts the value; in most languages it only changes what the checker believes.',
  },
  {
    id: 'function-signatures',
    title: 'Function signatures and calls',
    description:
      'A call must match the callee\'s signature: number, order and types of arguments, and what the return value is. Arity errors and argument type mismatches often mean the callee changed or the wrong overload was picked; read the expected signature in the message before changing the call.',
    languages: '*',
    prerequisites: ['type-annotations'],
    level: 'foundation',
  },
  {
    id: 'optional-default-parameters',
    title: 'Optional, default and rest parameters',
    description:
      'Optional and default parameters let one function serve several call shapes; rest parameters take a variable number of arguments. Defaults are evaluated per call (or once, in some languages), optional parameters must come after required ones, and an omitted argument is a distinct state the body must handle.',
    languages: '*',
    prerequisites: ['function-signatures'],
    level: 'intermediate',
  },
  {
    id: 'function-overloads',
    title: 'Overloads',
    description:
      'Overloading gives one name several signatures. The compiler picks one at compile time from the argument types; when none matches, the error usually names only the last candidate tried. Prefer a union parameter or separate names when the overloads do different things.',
    languages: '*',
    prerequisites: ['function-signatures', 'generics'],
    level: 'advanced',
  },
  {
    id: 'higher-order-functions',
    title: 'Higher-order functions and callbacks',
    description:
      'Functions that take or return functions (map, filter, sort comparators, event handlers, middleware) separate what to do from when and how often to do it. The callback\'s parameter and return types are part of the contract: a comparator that returns a boolean or a callback that forgets to return breaks silently.',
    languages: '*',
    prerequisites: ['function-signatures'],
    level: 'intermediate',
    misconception: 'The callback runs right away, in the order it appears in the code.',
  },
  {
    id: 'closures',
    title: 'Closures and captured variables',
    description:
      'A closure captures variables from its defining scope by reference (or by value, depending on the language), not a snapshot of their values. Capturing a loop variable, a mutable accumulator or `this` is where surprises come from: all callbacks may see the last value, or a value that changed later.',
    languages: '*',
    prerequisites: ['scope', 'higher-order-functions'],
    level: 'intermediate',
    misconception: 'A closure copies the values of the variables it uses when it is created.',
  },
  {
    id: 'recursion',
    title: 'Recursion',
    description:
      'A recursive function needs a base case that is always reached and a step that makes the problem smaller. Deep recursion can overflow the stack in languages without tail-call elimination; an explicit stack or iteration is the usual fix for inputs of unbounded depth.',
    languages: '*',
    prerequisites: ['function-signatures', 'control-flow'],
    level: 'intermediate',
    misconception: 'Every recursive call shares the same local variables.',
  },
  {
    id: 'control-flow',
    title: 'Control flow',
    description:
      'Branches, loops, early returns and breaks decide which statements run. Checkers analyse control flow to find code paths that fall through without returning, unreachable statements and switch cases that fall into the next one; those findings usually point at a missing branch, not a checker quirk.',
    languages: '*',
    prerequisites: ['syntax-basics'],
    level: 'foundation',
    misconception: 'If the common path returns, the function always returns.',
  },
  {
    id: 'iteration',
    title: 'Iteration and loops',
    description:
      'Loops and iterator protocols walk collections, ranges and streams. Off-by-one bounds, mutating a collection while iterating it, iterating keys when values were meant (or the reverse) and awaiting inside a loop that should run concurrently are the classic mistakes.',
    languages: '*',
    prerequisites: ['control-flow', 'collections'],
    level: 'foundation',
    misconception: 'Modifying a collection while looping over it is safe.',
  },
  {
    id: 'generators-iterators',
    title: 'Generators and lazy sequences',
    description:
      'Generators and iterators produce values on demand, so a pipeline can work on large or infinite sequences without materializing them. A lazy sequence can usually be consumed only once, and work inside it runs when it is consumed, not when it is defined.',
    languages: '*',
    prerequisites: ['iteration', 'closures'],
    level: 'advanced',
    misconception: 'A generator can be iterated as many times as a list.',
  },
  {
    id: 'collections',
    title: 'Collections: arrays, lists, maps and sets',
    description:
      'Choosing the collection shapes both correctness and cost: lists keep order and allow duplicates, sets give membership tests, maps associate keys with values. Indexing past the end, looking up a missing key and assuming an order that a hash-based collection does not keep are the usual bugs.',
    languages: '*',
    prerequisites: ['naming-declarations'],
    level: 'foundation',
    misconception: 'Looking up a missing key returns a safe default.',
  },
  {
    id: 'object-property-access',
    title: 'Objects, fields and property access',
    description:
      'Accessing a member requires that the static type declares it and, at run time, that the object is not null and actually has it. "Property does not exist on type" usually means the value\'s type is wider than assumed (a union, a base class, an untyped response) or the member is misspelled.',
    languages: '*',
    prerequisites: ['type-annotations'],
    level: 'foundation',
    misconception: 'If the object has the property at run time, the checker should allow it.',
  },
  {
    id: 'null-safety',
    title: 'Null safety',
    description:
      'Null and undefined (None, nil) are values that many types silently include. Null-safe code makes absence explicit in the type and handles it where it can arise: after a lookup, a parse, an optional field or an external call. Checkers that track nullability turn run-time crashes into compile-time errors at the dereference.',
    languages: '*',
    prerequisites: ['type-annotations', 'control-flow'],
    level: 'foundation',
    misconception: 'A value that was not null when I tested it is non-null everywhere after that.',
  },
  {
    id: 'narrowing',
    title: 'Narrowing',
    description:
      'Checks like `if (x !== null)`, `typeof`, `instanceof`, `in` and pattern tests narrow a variable\'s type inside the guarded branch. Narrowing is lost across function boundaries, after awaits or callbacks for mutable variables, and when the check is stored in a separate boolean the checker does not follow.',
    languages: '*',
    prerequisites: ['null-safety', 'control-flow'],
    level: 'intermediate',
    misconception: 'Checking a property once narrows it for the rest of the function, even inside callbacks.',
  },
  {
    id: 'type-guards',
    title: 'Type guards and runtime type checks',
    description:
      'A type guard is a runtime check the checker understands, from `typeof` and `instanceof` to user-defined predicates and schema validation. A user-defined guard is trusted blindly by the checker, so it must actually check what it claims; validate untyped input (JSON, environment, messages) at the boundary with a real check.',
    languages: '*',
    prerequisites: ['narrowing'],
    level: 'intermediate',
    misconception: 'A type annotation on parsed JSON validates the data.',
  },
  {
    id: 'equality-comparison',
    title: 'Equality and comparison',
    description:
      'Languages distinguish identity (same object) from value equality, and some add loose equality with coercion. Comparing strings or boxed numbers by reference, floats with `==`, NaN with anything, or objects without a defined equality gives answers that look right in tests and fail in production.',
    languages: '*',
    prerequisites: ['type-conversion'],
    level: 'foundation',
    misconception: 'Two objects with the same contents are equal with `==`.',
  },
  {
    id: 'hash-equality-contracts',
    title: 'Equality and hashing contracts',
    description:
      'Types used as map keys or set members must keep equality and hashing consistent: equal values must have equal hashes, and a key must not change while it is in the collection. Overriding one without the other, or hashing mutable fields, makes lookups miss entries that are there.',
    languages: '*',
    prerequisites: ['equality-comparison', 'collections'],
    level: 'intermediate',
    misconception: 'Overriding equality alone is enough for a type to work as a map key.',
  },
  {
    id: 'immutability',
    title: 'Immutability',
    description:
      'Immutable values cannot change after construction, so they can be shared, cached and read from several threads without defensive copies. Language support ranges from `const`/`final` bindings (the name is fixed, the object is not) to deeply immutable types; knowing which one you have avoids false confidence.',
    languages: '*',
    prerequisites: ['naming-declarations'],
    level: 'intermediate',
    misconception: 'A constant binding makes the object it points to immutable.',
  },
  {
    id: 'value-reference-semantics',
    title: 'Value and reference semantics, copying',
    description:
      'Assigning or passing a value either copies it or shares a reference to the same object. Mutating a shared object through one reference changes it for every holder; shallow copies share nested objects. Know which types copy (numbers, structs in some languages) and which share (objects, arrays, slices).',
    languages: '*',
    prerequisites: ['immutability'],
    level: 'intermediate',
    misconception: 'Passing an object to a function gives the function its own copy.',
  },
  {
    id: 'classes-inheritance',
    title: 'Classes and inheritance',
    description:
      'Classes bundle state with behaviour; inheritance lets a subclass reuse and override a base class. Overrides must keep the base contract (signature, exceptions, invariants), constructors must initialize the base first, and deep hierarchies couple code tightly; prefer composition unless there is a real is-a relationship.',
    languages: '*',
    prerequisites: ['object-property-access', 'function-signatures'],
    level: 'foundation',
    misconception: 'A subclass can change an overridden method\'s contract freely.',
  },
  {
    id: 'access-modifiers',
    title: 'Encapsulation and visibility',
    description:
      'Visibility modifiers (private, protected, internal, package, module-private) limit who can touch a member, so invariants are enforced in one place. "Is private" or "not visible" errors mean the design wants you to go through a public operation instead of reaching inside.',
    languages: '*',
    prerequisites: ['classes-inheritance'],
    level: 'foundation',
  },
  {
    id: 'abstract-classes',
    title: 'Abstract classes and members',
    description:
      'An abstract class declares operations its subclasses must implement and cannot be instantiated itself. Errors about unimplemented abstract members list exactly what a concrete subclass still owes; an abstract base is the right tool when subclasses share state and code, an interface when they share only a contract.',
    languages: '*',
    prerequisites: ['classes-inheritance', 'interfaces-structural-typing'],
    level: 'intermediate',
  },
  {
    id: 'constructors-initialization',
    title: 'Constructors and initialization',
    description:
      'A constructor must leave the object in a valid state: every field assigned, the base constructor called first, no overridable calls on a half-built object. Checkers flag fields that may be read before assignment and `this` used before `super`, because those are real run-time bugs.',
    languages: '*',
    prerequisites: ['classes-inheritance'],
    level: 'intermediate',
    misconception: 'Fields without an initializer start with a harmless default.',
  },
  {
    id: 'static-members',
    title: 'Static and instance members',
    description:
      'Static members belong to the type, instance members to each object. Calling an instance method from a static context, or keeping per-request state in a static field, are typical mistakes; static mutable state is shared by every caller and every thread.',
    languages: '*',
    prerequisites: ['classes-inheritance'],
    level: 'foundation',
  },
  {
    id: 'interfaces-structural-typing',
    title: 'Interfaces and structural typing',
    description:
      'Interfaces describe what a value can do, independently of how it is implemented. Nominal systems (Java, C#) require a declared `implements`; structural systems (TypeScript, Go, Python protocols) accept any value with the right shape. Either way, program against the smallest interface the code needs.',
    languages: '*',
    prerequisites: ['type-annotations', 'function-signatures'],
    level: 'intermediate',
    misconception: 'A value must explicitly declare an interface to satisfy it, in every language.',
  },
  {
    id: 'composition-over-inheritance',
    title: 'Composition over inheritance',
    description:
      'Building behaviour from small collaborating objects (passed in, not inherited) keeps classes independent and testable. Reach for inheritance when substitutability is the point; reach for composition and interfaces when the goal is only code reuse.',
    languages: '*',
    prerequisites: ['classes-inheritance', 'interfaces-structural-typing'],
    level: 'advanced',
  },
  {
    id: 'generics',
    title: 'Generics',
    description:
      'Generic types and functions are parameterized by types, so one implementation works for many element types while keeping them checked. Constraints (bounds) say what a type parameter must support; errors inside generic code usually mean the constraint is missing, and errors at call sites that inference picked a different type than intended.',
    languages: '*',
    prerequisites: ['type-annotations', 'function-signatures'],
    level: 'intermediate',
    misconception: 'A type parameter can be used as if it were any specific type.',
  },
  {
    id: 'variance',
    title: 'Variance',
    description:
      'Variance says when `Container<Sub>` may be used as `Container<Base>`. Read-only producers are covariant, write-only consumers contravariant, mutable containers invariant; that is why a list of cats is not a list of animals when someone can add a dog to it.',
    languages: '*',
    prerequisites: ['generics', 'type-compatibility'],
    level: 'advanced',
    misconception: 'If Cat is an Animal, a List of Cat is a List of Animal.',
  },
  {
    id: 'pattern-matching',
    title: 'Pattern matching',
    description:
      'Pattern matching destructures values and branches on their shape in one construct: switch expressions, `match`, destructuring assignments. Patterns are checked in order, so a general pattern before a specific one hides it; combined with exhaustiveness checking it replaces chains of type tests and casts.',
    languages: '*',
    prerequisites: ['control-flow', 'narrowing'],
    level: 'intermediate',
  },
  {
    id: 'destructuring',
    title: 'Destructuring and unpacking',
    description:
      'Destructuring binds several names from a structure at once: tuple unpacking, object and array destructuring, struct patterns. The shape on the left must match the value; missing fields give undefined or an error depending on the language, and defaults apply only to absent values.',
    languages: '*',
    prerequisites: ['collections', 'object-property-access'],
    level: 'foundation',
  },
  {
    id: 'exhaustiveness',
    title: 'Exhaustiveness checking',
    description:
      'An exhaustive switch or match handles every variant of a closed type (enum, union, sealed hierarchy). Letting the compiler check exhaustiveness, with a `never`/default-throw arm or a language-level check, turns "a new variant was added" into a compile error at every place that must handle it.',
    languages: '*',
    prerequisites: ['pattern-matching'],
    level: 'intermediate',
    misconception: 'A default branch is always the safe choice.',
  },
  {
    id: 'enums-closed-sets',
    title: 'Enumerations and closed sets of values',
    description:
      'Enumerations and literal unions model a fixed set of values so the checker can reject anything else and check exhaustiveness. Representations differ (numbers, strings, objects), which matters when values are persisted or sent over the wire.',
    languages: '*',
    prerequisites: ['type-annotations'],
    level: 'foundation',
  },
  {
    id: 'error-handling',
    title: 'Error handling',
    description:
      'Decide where each error is handled: recover where there is enough context, add context and propagate otherwise, and never swallow silently. Catch specific errors, keep the original cause, clean up in finally/defer blocks, and make failure visible in signatures (checked exceptions, Result, error returns) where the language allows.',
    languages: '*',
    prerequisites: ['control-flow'],
    level: 'foundation',
    misconception: 'Catching every exception and logging it is safe error handling.',
  },
  {
    id: 'exceptions',
    title: 'Exceptions: throwing, catching, rethrowing',
    description:
      'Exceptions unwind the stack to the nearest matching handler. Throw objects that carry a type and a message (not strings), catch the narrowest type, rethrow with the cause attached, and do not use exceptions for ordinary control flow; an empty catch block hides the bug it was meant to handle.',
    languages: '*',
    prerequisites: ['error-handling', 'classes-inheritance'],
    level: 'intermediate',
    misconception: 'An empty catch block is harmless if the code usually works.',
  },
  {
    id: 'resource-management',
    title: 'Resource management',
    description:
      'Files, sockets, locks, transactions and database connections must be released on every path, including errors. Use the language construct that ties release to scope (try-with-resources, `using`, `with`, `defer`, RAII, `try/finally`) instead of a release call that an early return or exception can skip.',
    languages: '*',
    prerequisites: ['error-handling'],
    level: 'intermediate',
    misconception: 'The garbage collector closes files and connections soon enough.',
  },
  {
    id: 'modules-imports',
    title: 'Modules and imports',
    description:
      'Modules give code a namespace and a public surface; imports connect them. "Cannot find module" and "has no exported member" errors come from the resolver (paths, package exports, missing dependencies, default vs named exports), and import cycles cause half-initialized modules at run time.',
    languages: '*',
    prerequisites: ['naming-declarations'],
    level: 'foundation',
    misconception: 'A default export and a named export can be imported the same way.',
  },
  {
    id: 'dependency-management',
    title: 'Dependencies and their type information',
    description:
      'Third-party packages must be declared, installed and, for typed languages, come with type information (bundled types, stubs, `@types` packages). Missing types turn every use into an untyped value; pinned versions and lockfiles keep builds reproducible.',
    languages: '*',
    prerequisites: ['modules-imports'],
    level: 'intermediate',
  },
  {
    id: 'deprecated-apis',
    title: 'Deprecated and legacy APIs',
    description:
      'Deprecation marks an API that still works but is going away or has a known flaw. The deprecation note usually names the replacement; migrating when you touch the code is cheaper than a forced migration later.',
    languages: '*',
    prerequisites: ['modules-imports'],
    level: 'foundation',
  },
  {
    id: 'string-formatting',
    title: 'String formatting and interpolation',
    description:
      'Template literals, f-strings, format strings and string builders assemble text. Format verbs and placeholders must match their arguments, values need explicit formatting (numbers, dates, locales), and building text for another interpreter (SQL, HTML, shell) needs escaping, not interpolation.',
    languages: '*',
    prerequisites: ['type-conversion'],
    level: 'foundation',
    misconception: 'Any value interpolates into a string in a readable way.',
  },
  {
    id: 'text-encoding',
    title: 'Text encoding and Unicode',
    description:
      'Strings are sequences of code units, code points or bytes depending on the language. Length, indexing and slicing can split a character; converting between bytes and text needs an explicit encoding, usually UTF-8, on every boundary.',
    languages: '*',
    prerequisites: ['string-formatting'],
    level: 'intermediate',
    misconception: 'One string index is one user-visible character.',
  },
  {
    id: 'regular-expressions',
    title: 'Regular expressions',
    description:
      'Regular expressions match text patterns; they are compact and easy to get subtly wrong. Anchor patterns that validate, escape metacharacters in literal text, beware of catastrophic backtracking on nested quantifiers, and prefer a parser when the input has nesting.',
    languages: '*',
    prerequisites: ['string-formatting'],
    level: 'intermediate',
    misconception: 'A pattern without anchors validates the whole string.',
  },
  {
    id: 'numeric-precision',
    title: 'Numbers, precision and overflow',
    description:
      'Binary floating point cannot represent most decimal fractions exactly, integers overflow or lose precision past their range, and integer division truncates. Use integer minor units or decimal types for money, compare floats with a tolerance, and check conversions between numeric widths.',
    languages: '*',
    prerequisites: ['type-conversion'],
    level: 'intermediate',
    misconception: '0.1 + 0.2 equals 0.3 in floating point.',
  },
  {
    id: 'operators-precedence',
    title: 'Operators and precedence',
    description:
      'Operator precedence and associativity decide how an expression groups: mixing `&&` with `||`, bitwise with comparison operators, or negation with `in`/`instanceof` often groups differently than it reads. Parentheses make intent explicit; linters flag the ambiguous cases.',
    languages: '*',
    prerequisites: ['syntax-basics'],
    level: 'foundation',
  },
  {
    id: 'async-await',
    title: 'async/await',
    description:
      '`async` functions return a pending result (promise, task, future, coroutine) and `await` suspends until it settles. Forgetting `await` gives you the pending object instead of the value and loses its errors; awaiting in a loop serializes work that could run concurrently; awaiting in a non-async context is a syntax or type error.',
    languages: '*',
    prerequisites: ['promises', 'function-signatures'],
    level: 'intermediate',
    misconception: 'Calling an async function runs it to completion before the next line.',
  },
  {
    id: 'promises',
    title: 'Promises, futures and tasks',
    description:
      'A promise (future, task) is a value that will settle later with a result or an error. Every promise should be awaited, returned or explicitly handled; a floating promise loses its error, and combinators (all, allSettled, race) express concurrency with clear failure semantics.',
    languages: '*',
    prerequisites: ['higher-order-functions', 'error-handling'],
    level: 'intermediate',
    misconception: 'A rejected promise nobody awaits will still show its error somewhere useful.',
  },
  {
    id: 'event-loop',
    title: 'Event loops and non-blocking I/O',
    description:
      'Single-threaded runtimes (Node.js, asyncio, UI threads) run callbacks from an event loop. Blocking it with synchronous I/O or a long computation stalls every other request; offload CPU work to workers and keep handlers short.',
    languages: '*',
    prerequisites: ['async-await'],
    level: 'advanced',
    misconception: 'Async code runs on another thread.',
  },
  {
    id: 'concurrency',
    title: 'Concurrency',
    description:
      'Concurrent code interleaves work from several tasks or threads, so any shared mutable state becomes a potential race. Prefer message passing or immutable data, confine mutation to one owner, and use the language\'s synchronization primitives when sharing is unavoidable.',
    languages: '*',
    prerequisites: ['async-await', 'immutability'],
    level: 'advanced',
    misconception: 'A single line of code like `count++` runs atomically.',
  },
  {
    id: 'race-conditions',
    title: 'Race conditions and synchronization',
    description:
      'A race condition makes the result depend on timing: check-then-act, read-modify-write and lazy initialization are the usual shapes. Locks, atomics and transactions make such sequences atomic; holding locks in inconsistent order causes deadlocks.',
    languages: '*',
    prerequisites: ['concurrency'],
    level: 'advanced',
    misconception: 'If the tests pass, the code has no races.',
  },
  {
    id: 'cancellation-timeouts',
    title: 'Cancellation and timeouts',
    description:
      'Every call that waits on something external needs a deadline and a way to be cancelled (AbortSignal, CancellationToken, context.Context, task cancellation). Without them, a slow dependency ties up resources indefinitely and retries pile up.',
    languages: '*',
    prerequisites: ['async-await', 'error-handling'],
    level: 'advanced',
    misconception: 'A request that is no longer needed stops on its own.',
  },
  {
    id: 'injection-safe-queries',
    title: 'Injection-safe queries and commands',
    description:
      'Building SQL, shell commands, HTML or LDAP filters by concatenating untrusted input lets the input change the statement\'s meaning. Use parameterized queries, argument arrays instead of a shell string, and context-aware escaping in templates; validation alone is not a substitute.',
    languages: '*',
    prerequisites: ['string-formatting'],
    level: 'intermediate',
    misconception: 'Escaping quotes by hand makes a concatenated query safe.',
  },
  {
    id: 'input-validation',
    title: 'Validating untrusted input',
    description:
      'Data from users, files, environment variables and other services is untrusted until checked. Validate shape, ranges and sizes at the boundary, reject rather than repair, and keep the validated type distinct from the raw one so unchecked data cannot leak into the core.',
    languages: '*',
    prerequisites: ['type-guards'],
    level: 'intermediate',
  },
  {
    id: 'secrets-handling',
    title: 'Handling secrets and credentials',
    description:
      'Keys, tokens and passwords belong in a secret store or environment, never in source, logs, error messages or URLs. Hard-coded credentials end up in version history, and logs are read by more people than the code is.',
    languages: '*',
    prerequisites: ['string-formatting'],
    level: 'intermediate',
    misconception: 'A secret in a private repository is safe.',
  },
  {
    id: 'serialization',
    title: 'Serialization and data formats',
    description:
      'Turning objects into JSON, bytes or rows and back loses type information: dates become strings, big integers lose precision, class instances become plain data. Define the wire format explicitly and validate on the way in.',
    languages: '*',
    prerequisites: ['type-conversion', 'collections'],
    level: 'intermediate',
    misconception: 'Parsing JSON gives back the same objects that were serialized.',
  },
  {
    id: 'dates-times',
    title: 'Dates, times and time zones',
    description:
      'Instants, local date-times and durations are different things. Store instants in UTC, convert to a zone only for display, use monotonic clocks for measuring elapsed time, and never do calendar arithmetic by adding seconds.',
    languages: '*',
    prerequisites: ['type-conversion'],
    level: 'intermediate',
    misconception: 'A day always has 24 hours.',
  },
  {
    id: 'side-effects-purity',
    title: 'Side effects and pure functions',
    description:
      'A pure function\'s result depends only on its inputs and it changes nothing else, which makes it trivially testable and safe to cache or reorder. Push I/O and mutation to the edges and keep the decision logic pure.',
    languages: '*',
    prerequisites: ['function-signatures', 'immutability'],
    level: 'intermediate',
  },
  {
    id: 'code-complexity',
    title: 'Complexity and readability',
    description:
      'Deep nesting, long functions, many parameters and clever one-liners make code hard to review and change. Early returns, extracted functions with good names and explicit intermediate values keep the cognitive load low; lint rules about complexity are heuristics pointing at code worth restructuring.',
    languages: '*',
    prerequisites: ['control-flow', 'function-signatures'],
    level: 'intermediate',
  },
  {
    id: 'code-style-consistency',
    title: 'Consistent style and idioms',
    description:
      'Consistent naming, formatting and idioms let readers focus on behaviour. Formatter and style-rule findings are cheap to fix automatically; the team agreement matters more than the particular choice.',
    languages: '*',
    prerequisites: ['syntax-basics'],
    level: 'foundation',
  },
  {
    id: 'algorithmic-complexity',
    title: 'Algorithmic complexity',
    description:
      'How running time and memory grow with input size decides whether code survives production data. Nested loops over the same collection, repeated linear searches and string concatenation in a loop are the usual quadratic traps; a map or set lookup often fixes them.',
    languages: '*',
    prerequisites: ['iteration', 'collections'],
    level: 'intermediate',
    misconception: 'Code that is fast on test data is fast on production data.',
  },
  {
    id: 'memory-management',
    title: 'Memory management and leaks',
    description:
      'Garbage-collected languages still leak: caches without bounds, listeners never removed, closures holding large objects and global registries keep memory alive. Manual and ownership-based languages add use-after-free and double-free; bound every cache and pair every subscription with its disposal.',
    languages: '*',
    prerequisites: ['resource-management', 'closures'],
    level: 'advanced',
    misconception: 'A garbage collector makes memory leaks impossible.',
  },
  {
    id: 'testing-assertions',
    title: 'Tests and assertions',
    description:
      'A good test states one behaviour, fails when it breaks and says why. Assertions on real outputs beat assertions on mocks; async tests must await what they check, and a test that can never fail is worse than none because it gives false confidence.',
    languages: '*',
    prerequisites: ['function-signatures'],
    level: 'intermediate',
    misconception: 'A test that runs without errors proves the behaviour.',
  },
  {
    id: 'logging-observability',
    title: 'Logging and observability',
    description:
      'Logs, metrics and traces are how you understand code you cannot debug live. Log at boundaries with structured context, keep levels meaningful, never log secrets or personal data, and prefer a logger over stray console prints left from debugging.',
    languages: '*',
    prerequisites: ['error-handling'],
    level: 'intermediate',
  },
];
