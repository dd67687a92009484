import type { Concept } from './concept';

const JAVA = ['java'] as const;

/** Java-specific concepts (`java.` ids); part of the catalog assembled in conceptCatalog.ts. */
export const javaConcepts: readonly Concept[] = [
  {
    id: 'java.general',
    title: 'Java compilation in general',
    description:
      'javac and the Eclipse compiler check types, definite assignment, reachability and exceptions before anything runs. Messages name the symbol and its location; "cannot find symbol" lists what was looked up where, which usually pinpoints a missing import or a typo.',
    languages: JAVA,
    prerequisites: ['syntax-basics'],
    level: 'foundation',
  },
  {
    id: 'java.generics',
    title: 'Java generics and type erasure',
    description:
      'Java generics are checked at compile time and erased at run time: no `new T()`, no `instanceof List<String>`, raw types bypass checking and unchecked casts warn for a reason. Wildcards (`? extends T` to read, `? super T` to write) express variance.',
    languages: JAVA,
    prerequisites: ['generics', 'variance'],
    level: 'intermediate',
    misconception: 'A raw `List` is the same as `List<Object>`.',
  },
  {
    id: 'java.checked-exceptions',
    title: 'Checked exceptions',
    description:
      'Checked exceptions must be caught or declared with `throws`; "unreported exception … must be caught or declared to be thrown" is the compiler enforcing that contract. Decide where the failure can be handled; wrapping in an unchecked exception is fine when the caller cannot recover, but keep the cause.',
    languages: JAVA,
    prerequisites: ['exceptions'],
    level: 'foundation',
    misconception: 'Catching `Exception` and ignoring it is an acceptable way to satisfy the compiler.',
  },
  {
    id: 'java.try-with-resources',
    title: 'try-with-resources',
    description:
      '`try (var in = open())` closes every `AutoCloseable` in reverse order on every path and records exceptions from `close` as suppressed. It replaces hand-written finally blocks that leak when an exception is thrown between open and close.',
    languages: JAVA,
    prerequisites: ['resource-management', 'java.checked-exceptions'],
    level: 'intermediate',
  },
  {
    id: 'java.optional',
    title: 'Optional',
    description:
      '`Optional<T>` makes absence explicit in return types. Use `map`, `orElse`, `orElseThrow` rather than `get()` without a check; do not use Optional for fields or parameters, and never return `null` from a method declared to return Optional.',
    languages: JAVA,
    prerequisites: ['null-safety', 'java.generics'],
    level: 'intermediate',
    misconception: '`optional.get()` is safe because the value is usually present.',
  },
  {
    id: 'java.streams',
    title: 'Streams and lambdas',
    description:
      'Streams express collection pipelines with lazy intermediate operations and one terminal operation; a stream can be consumed once. Lambdas may only capture effectively final locals, and checked exceptions do not pass through standard functional interfaces.',
    languages: JAVA,
    prerequisites: ['higher-order-functions', 'closures', 'java.generics'],
    level: 'intermediate',
    misconception: 'A lambda can modify a local variable of the enclosing method.',
  },
  {
    id: 'java.equals-hashcode',
    title: 'equals, hashCode and string comparison',
    description:
      '`==` compares references for objects, including `String` and boxed numbers; `equals` compares values. Overriding `equals` requires a consistent `hashCode`, or HashMap and HashSet lose entries; records generate both.',
    languages: JAVA,
    prerequisites: ['hash-equality-contracts'],
    level: 'foundation',
    misconception: '`==` compares the text of two strings.',
  },
  {
    id: 'java.boxing-primitives',
    title: 'Primitives, boxing and unboxing',
    description:
      'Java has primitive types and boxed wrappers; auto-unboxing a null wrapper throws NullPointerException and boxed values compare by reference outside a small cache. Numeric conversions narrow silently with a cast.',
    languages: JAVA,
    prerequisites: ['type-conversion', 'null-safety'],
    level: 'intermediate',
  },
  {
    id: 'java.records-sealed',
    title: 'Records, sealed types and pattern matching',
    description:
      'Records are immutable data carriers with generated accessors, `equals` and `hashCode`; sealed interfaces restrict implementations so switch patterns over them are checked for exhaustiveness. Together they model algebraic data types in modern Java.',
    languages: JAVA,
    prerequisites: ['classes-inheritance', 'pattern-matching', 'exhaustiveness'],
    level: 'advanced',
  },
  {
    id: 'java.concurrency-utilities',
    title: 'java.util.concurrent',
    description:
      'Executors, futures, concurrent collections, atomics and locks replace hand-rolled threads and `synchronized` blocks. Shut executors down, never block on a future inside the pool it runs on, and use `volatile` or proper synchronization for cross-thread visibility.',
    languages: JAVA,
    prerequisites: ['concurrency', 'race-conditions'],
    level: 'advanced',
  },
  {
    id: 'java.static-context',
    title: 'Static context and inner classes',
    description:
      '"Non-static method cannot be referenced from a static context" means code in `main` or another static member tried to use instance state without an instance. Non-static inner classes hold a reference to their outer instance; make nested classes `static` unless they need it.',
    languages: JAVA,
    prerequisites: ['static-members'],
    level: 'foundation',
  },
];
