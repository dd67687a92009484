import type { LibraryEntry } from '../libraryEntry';

/** Offline library entries for the Java platform (try-with-resources, streams, equals/hashCode, boxing, records and sealed types, java.util.concurrent, static context); the library registry serves them when no LLM is available. */
export const javaPlatformEntries: readonly LibraryEntry[] = [
  {
    conceptId: 'java.try-with-resources',
    fundamentals: {
      title: 'try-with-resources: close everything, on every path',
      conceptId: 'java.try-with-resources',
      level: 'fundamentals',
      explanation: `Anything that holds an OS or pool resource (a file, a socket, a JDBC \`Connection\`, \`PreparedStatement\` or \`ResultSet\`, a \`Stream\` from \`Files.lines\`) must be closed, including when an exception is thrown halfway. Hand-written \`finally\` blocks get this wrong in predictable ways: a \`NullPointerException\` in \`finally\` because the first resource never opened, a second \`close()\` that never runs because the first one threw, an exception from \`close()\` that replaces the real error.

Resources declared in \`try (...)\` are closed automatically:

~~~java
try (Connection conn = dataSource.getConnection();
     PreparedStatement ps = conn.prepareStatement("SELECT status FROM orders WHERE id = ?")) {
    ps.setLong(1, orderId);
    try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getString(1) : null;
    }
}
~~~

The rules:

- A resource must implement \`AutoCloseable\` (or \`Closeable\`); otherwise javac reports \`incompatible types: try-with-resources not applicable to variable type\`.
- Resources close in **reverse order** of declaration, when the block ends, and before any \`catch\` or \`finally\` of the same statement runs.
- Only resources that were initialised are closed; a resource that is \`null\` is skipped.
- When the body throws and \`close()\` throws too, the body's exception propagates and the close failure is attached to it as **suppressed** (\`getSuppressed()\`, shown as \`Suppressed:\` in stack traces).
- Since Java 9 an effectively final variable can be listed directly: \`try (in) { ... }\`.

\`AutoCloseable.close()\` is declared \`throws Exception\`, so a resource type that keeps that declaration forces callers to handle \`Exception\`: \`unreported exception Exception; must be caught or declared to be thrown\`, noted as \`exception thrown from implicit call to close() on resource variable 'tx'\`. When you write a resource class, declare \`close()\` with the narrowest exception it really throws, or none.`,
      workedExample: {
        language: 'java',
        before: `BufferedReader reader = null;
BufferedWriter writer = null;
try {
    reader = Files.newBufferedReader(input);
    writer = Files.newBufferedWriter(output);
    copyValidRows(reader, writer);
} finally {
    reader.close();   // NPE if newBufferedReader threw; if this throws, writer is never closed
    writer.close();
}`,
        after: `try (BufferedReader reader = Files.newBufferedReader(input);
     BufferedWriter writer = Files.newBufferedWriter(output)) {
    copyValidRows(reader, writer);
}`,
        note: 'With a missing input file, the manual version threw a NullPointerException from finally that hid the NoSuchFileException; an exception from reader.close() skipped writer.close(), leaving the output unflushed and its handle open. The try-with-resources closes writer, then reader, on every path, and keeps the first exception with any close failures suppressed.',
      },
      pitfalls: [
        'Closing resources by hand in `finally`, where one failing `close()` skips the next and an exception thrown from `finally` replaces the real one.',
        'Returning a lazily consumed object (a `Stream`, an `Iterator`, a `ResultSet`) from inside the `try` that closes its source.',
        'Forgetting that `Files.lines`, `Files.list` and `Files.walk` return streams holding open file handles that need their own try-with-resources.',
      ],
      quiz: [
        {
          kind: 'predict-output',
          prompt: 'What does this print?',
          code: `public class Main {
    static final class Res implements AutoCloseable {
        private final String name;
        private final boolean failOnClose;

        Res(String name, boolean failOnClose) {
            this.name = name;
            this.failOnClose = failOnClose;
            System.out.println("open " + name);
        }

        @Override
        public void close() {
            System.out.println("close " + name);
            if (failOnClose) throw new IllegalStateException("close " + name + " failed");
        }
    }

    public static void main(String[] args) {
        try (Res conn = new Res("conn", true); Res stmt = new Res("stmt", false)) {
            throw new RuntimeException("query failed");
        } catch (RuntimeException e) {
            System.out.println(e.getMessage() + " / suppressed: " + e.getSuppressed()[0].getMessage());
        }
    }
}`,
          answer: 'open conn\nopen stmt\nclose stmt\nclose conn\nquery failed / suppressed: close conn failed',
          explanation:
            'Resources open in declaration order and close in reverse, before the catch block runs. The body\'s exception is the one caught; the exception thrown by conn.close() did not replace it but was recorded as suppressed.',
        },
        {
          kind: 'spot-the-bug',
          prompt: 'The caller fails with `IllegalStateException: source already consumed or closed`. Which line hands out something that is already closed when the caller uses it?',
          code: `static Stream<String> activeUsers(Path csv) throws IOException {
    try (Stream<String> lines = Files.lines(csv)) {
        return lines.filter(line -> line.endsWith(",active"));
    }
}

long count = activeUsers(Path.of("users.csv")).count();`,
          bugLine: 3,
          answer: 'Do not return a lazy stream from inside the try that closes it: either consume it there (`return lines.filter(...).toList();`), or return `Files.lines(csv).filter(...)` without the try and let the caller close it with try-with-resources.',
          explanation:
            'filter only builds a pipeline; the file is read when count() runs. By then the try block has exited and closed the stream, so the terminal operation finds a closed source.',
        },
      ],
    },
    advanced: {
      title: 'try-with-resources in depth: suppressed exceptions, wrapped resources and ownership',
      conceptId: 'java.try-with-resources',
      level: 'advanced',
      explanation: `**What the compiler generates.** For \`try (R r = init()) body\`, javac initialises \`r\`, runs \`body\`, and on a throwable \`t\` calls \`r.close()\` in its own try, adding any close failure with \`t.addSuppressed(...)\` before rethrowing \`t\`; on normal completion it calls \`close()\` and lets its exception propagate. Logging only \`e.getMessage()\` therefore hides close failures: log the exception object so the \`Suppressed:\` sections appear.

**Wrapping constructors leak.** In \`try (Writer out = new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(p))))\` only the outermost object is a resource. The \`GZIPOutputStream\` constructor writes the gzip header and can throw \`IOException\` (disk full, closed pipe); then the file stream was opened but never closed. Declare each layer as its own resource. Closing a wrapper closes what it wraps, and \`Closeable.close()\` on an already closed JDK stream has no effect, so the extra close is harmless.

**Ownership.** Whoever opens a resource closes it. A method returning \`Stream<String>\` over \`Files.lines\` transfers that duty to its caller: say so in the Javadoc, and the caller uses try-with-resources (\`Stream\` is \`AutoCloseable\`; \`onClose\` handlers run on \`close()\`).

**Not everything closeable is a resource in 17.** \`ExecutorService\` became \`AutoCloseable\` in Java 19 (its \`close()\` waits for submitted tasks); on 17, \`try (ExecutorService pool = ...)\` fails with the "not applicable to variable type" error, so call \`shutdown()\` in \`finally\`. A \`Lock\` is never a resource: \`lock()\`, then \`try { ... } finally { unlock(); }\`.

**Scope-only resources.** For resources opened only for their side effect (tracing spans, MDC scopes), \`javac -Xlint:try\` warns \`auto-closeable resource span is never referenced in body of corresponding try statement\`. Suppress it with \`@SuppressWarnings("try")\` on 17; Java 22 allows the unnamed variable \`try (var _ = tracer.span("sync"))\`.`,
      workedExample: {
        language: 'java',
        before: `void exportOrders(Path target, List<Order> orders) throws IOException {
    try (Writer out = new OutputStreamWriter(
            new GZIPOutputStream(Files.newOutputStream(target)), StandardCharsets.UTF_8)) {
        for (Order o : orders) out.write(o.toCsvLine());
    }
}`,
        after: `void exportOrders(Path target, List<Order> orders) throws IOException {
    try (OutputStream file = Files.newOutputStream(target);
         GZIPOutputStream gzip = new GZIPOutputStream(file);
         Writer out = new OutputStreamWriter(gzip, StandardCharsets.UTF_8)) {
        for (Order o : orders) out.write(o.toCsvLine());
    }
}`,
        note: 'If the GZIPOutputStream constructor failed while writing its header, the nested version never closed the file handle, because only the outermost writer was a declared resource. Declared one by one, every layer that was opened is closed, in reverse order; the repeated close of an already closed stream is a no-op.',
      },
      pitfalls: [
        'Nesting constructors in one resource declaration (`new A(new B(open()))`), so the inner resource leaks when an outer constructor throws.',
        'Logging `e.getMessage()` only, which drops the suppressed close failures; log the exception itself.',
        'Trying try-with-resources on an `ExecutorService` in Java 17 (`AutoCloseable` only from 19) or on a `Lock` (never).',
      ],
      quiz: [
        {
          kind: 'predict-output',
          prompt: 'What does this print?',
          code: `public class Main {
    static class Span implements AutoCloseable {
        final String name;

        Span(String name) {
            if (name.isEmpty()) throw new IllegalArgumentException("empty span name");
            this.name = name;
            System.out.println("start " + name);
        }

        @Override
        public void close() {
            System.out.println("end " + name);
        }
    }

    public static void main(String[] args) {
        try (Span outer = new Span("request"); Span none = null; Span inner = new Span("")) {
            System.out.println("body");
        } catch (IllegalArgumentException e) {
            System.out.println("caught " + e.getMessage());
        } finally {
            System.out.println("finally");
        }
    }
}`,
          answer: 'start request\nend request\ncaught empty span name\nfinally',
          explanation:
            'The third resource\'s constructor throws, so the body never runs. Only resources that were initialised are closed: outer is, none is null and skipped, inner never existed. Closing happens before the catch clause, and finally runs last.',
        },
        {
          kind: 'multiple-choice',
          prompt: 'On Java 17, which of these can be declared as a resource in try-with-resources?',
          code: '',
          choices: [
            'An `ExecutorService` from `Executors.newFixedThreadPool(4)`',
            'A `ReentrantLock`',
            'A `Stream<Path>` from `Files.list(dir)`',
            'A `CompletableFuture<Void>`',
          ],
          answerIndex: 2,
          explanation:
            'Every Stream is AutoCloseable (BaseStream extends it), and Files.list holds a directory handle that must be closed. ExecutorService gained AutoCloseable only in Java 19; locks and futures never implement it.',
        },
      ],
    },
    hints: {
      nudge: 'Follow each resource opened here along every path, including the exceptional ones: where is it closed, and by whom?',
      concept:
        'Declare every `AutoCloseable` in `try (...)`: resources close in reverse order on every path, only if they were opened, and close failures are attached as suppressed exceptions instead of replacing the real one. Declare wrapped layers separately, and never return a lazy object from inside the `try` that closes its source.',
      analogousExample:
        'Similar: a method that opens a `Socket`, then an `ObjectOutputStream` on it, and closes both at the end of the method leaks the socket whenever the stream constructor or a write throws; two resources in one `try (...)` close both in every case.',
      pseudoCode:
        'try (FirstResource a = open();\n     SecondResource b = wrap(a)) {   // each layer declared on its own\n    use a and b\n}   // b closed, then a; on failure the first exception wins, close errors suppressed\nif a caller must keep using it: return it unclosed and document that the caller closes it',
    },
  },
  {
    conceptId: 'java.streams',
    fundamentals: {
      title: 'Streams and lambdas: one pipeline, one terminal operation, no mutated locals',
      conceptId: 'java.streams',
      level: 'fundamentals',
      explanation: `A stream is a one-shot pipeline over a source: **lazy intermediate operations** (\`filter\`, \`map\`, \`sorted\`) followed by one **terminal operation** (\`toList\`, \`collect\`, \`sum\`, \`count\`, \`forEach\`) that pulls elements through. Nothing runs before the terminal operation, and a stream can be consumed only once: a second terminal call throws \`IllegalStateException: stream has already been operated upon or closed\`. Keep the collection and call \`.stream()\` again.

~~~java
long paidCents = orders.stream()
    .filter(o -> o.status() == Status.PAID)
    .mapToLong(Order::cents)
    .sum();
~~~

The misconception is that a lambda can update a local variable of the enclosing method, as a loop body can. It cannot: lambdas capture only **effectively final** locals, so \`orders.forEach(o -> total += o.cents());\` fails with \`local variables referenced from a lambda expression must be final or effectively final\`. Do not smuggle the update out through a one-element array or an \`AtomicLong\`; make the result the value of the pipeline (\`sum\`, \`count\`, \`reduce\`, \`collect(Collectors.groupingBy(...))\`). Fields and collection elements *can* be mutated from lambdas, which is exactly why side effects inside pipelines are fragile, and outright races once someone adds \`.parallel()\`.

**Checked exceptions** do not pass through \`Function\`, \`Predicate\` and the other standard functional interfaces, whose methods declare none: \`paths.stream().map(p -> Files.readString(p))\` fails with \`unreported exception IOException; must be caught or declared to be thrown\`. Catch inside the lambda and rethrow as \`UncheckedIOException\` (unwrapping at the call site if callers expect \`IOException\`), or write a plain loop when the error handling is the main point.

Prefer \`Stream.toList()\` (Java 16+) for results, method references such as \`Order::cents\` where they read better, and a \`for\` loop when the logic needs early exits, several accumulators or checked exceptions.`,
      workedExample: {
        language: 'java',
        before: `Map<String, Long> revenueByCustomer = new HashMap<>();
long total = 0;
orders.forEach(o -> {
    revenueByCustomer.merge(o.customerId(), o.cents(), Long::sum);
    total += o.cents();   // error: local variables referenced from a lambda expression must be final or effectively final
});`,
        after: `Map<String, Long> revenueByCustomer = orders.stream()
    .collect(Collectors.groupingBy(Order::customerId, Collectors.summingLong(Order::cents)));
long total = revenueByCustomer.values().stream().mapToLong(Long::longValue).sum();`,
        note: 'The forEach version used the stream API as a loop with side effects, and the compiler refused the captured local. Expressed as a collector, the grouping is the result of the pipeline, and the total is derived from it without any shared mutable state.',
      },
      pitfalls: [
        'Keeping a `Stream` in a variable or field and running two terminal operations on it.',
        'Working around "effectively final" with `AtomicLong`, one-element arrays or external collections mutated in `forEach`, instead of returning the result from the pipeline.',
        'Expecting `peek`, `map` or `filter` to run when no terminal operation follows.',
      ],
      quiz: [
        {
          kind: 'predict-output',
          prompt: 'What does this print?',
          code: `import java.util.stream.Stream;

public class Main {
    public static void main(String[] args) {
        Stream.of("a", "b", "c")
            .peek(s -> System.out.print(s))
            .filter(s -> s.equals("b"))
            .findFirst();
        System.out.println();
        Stream.of("x", "y").map(s -> { System.out.print(s); return s; });
        System.out.println("done");
    }
}`,
          answer: 'ab\ndone',
          explanation:
            'Elements travel one at a time, and findFirst stops pulling as soon as "b" passes the filter, so "c" is never seen. The second pipeline has no terminal operation, so its map never runs.',
        },
        {
          kind: 'spot-the-bug',
          prompt: 'This throws `IllegalStateException: stream has already been operated upon or closed`. Which line?',
          code: `Stream<Order> pending = orders.stream().filter(o -> o.status() == Status.PENDING);
long count = pending.count();
List<String> ids = pending.map(Order::id).toList();
log.info("{} pending orders: {}", count, ids);`,
          bugLine: 3,
          answer: 'Build a new stream for the second result, or collect once and derive both: `List<String> ids = orders.stream().filter(...).map(Order::id).toList(); long count = ids.size();`.',
          explanation:
            'count() is a terminal operation and consumes the stream. Streams are not collections: they cannot be rewound, so the second pipeline on the same object fails.',
        },
      ],
    },
    advanced: {
      title: 'Streams in depth: collectors that throw, laziness, parallelism and boxing',
      conceptId: 'java.streams',
      level: 'advanced',
      explanation: `**Collectors with sharp edges.** \`Collectors.toMap(Order::customer, Order::cents)\` throws \`IllegalStateException: Duplicate key ada (attempted merging values 5 and 7)\` when two elements share a key: pass a merge function (\`Long::sum\`, "keep the oldest") or use \`groupingBy\`. \`toMap\` also throws \`NullPointerException\` for a \`null\` value, because it is built on \`Map.merge\`.

**Which list you get.** \`Stream.toList()\` returns an unmodifiable list (\`add\` throws \`UnsupportedOperationException\`) that accepts \`null\` elements; \`Collectors.toList()\` promises nothing about mutability (an \`ArrayList\` today); \`Collectors.toUnmodifiableList()\` rejects \`null\`. Choose deliberately when callers modify results.

**Laziness is per element.** Each element flows through the whole pipeline before the next one starts, so side effects in \`filter\` and \`map\` interleave, and short-circuiting operations (\`findFirst\`, \`anyMatch\`, \`limit\`) stop early. Stateful operations (\`sorted\`, \`distinct\`) are barriers: \`sorted\` consumes every upstream element before emitting the first.

**Boxing costs.** \`Stream<Integer>\` allocates per element outside the small Integer cache; \`mapToInt\`, \`mapToLong\`, \`IntStream.range\` and \`summaryStatistics()\` keep primitives in hot paths.

**Parallel streams** run on the JVM-wide \`ForkJoinPool.commonPool()\` (by default one thread fewer than there are cores), which \`CompletableFuture.supplyAsync\` without an executor also uses. They pay off only for large, CPU-bound, cheaply splittable sources (arrays, \`ArrayList\`, ranges); blocking I/O in them stalls every other user of the pool, and \`forEach\` side effects race (\`forEachOrdered\` keeps encounter order). Measure with JMH before switching.

**Resource-backed streams** (\`Files.lines\`, \`Files.walk\`, JDBC-backed streams) must be closed with try-with-resources.`,
      workedExample: {
        language: 'java',
        before: `Map<String, Customer> byEmail = customers.stream()
    .collect(Collectors.toMap(Customer::email, c -> c));
// IllegalStateException: Duplicate key ada@example.com (attempted merging values Customer[...] and Customer[...])`,
        after: `Map<String, Customer> byEmail = customers.stream()
    .collect(Collectors.toMap(
        c -> c.email().toLowerCase(Locale.ROOT),
        c -> c,
        (first, second) -> first.createdAt().isBefore(second.createdAt()) ? first : second));`,
        note: 'Real customer data has duplicate emails (re-registrations, case variants), and two-argument toMap turns each one into a crash. The merge function states the business rule explicitly (keep the oldest account), and normalising the key makes Ada@Example.com and ada@example.com the same customer.',
      },
      pitfalls: [
        '`Collectors.toMap` without a merge function on keys that can repeat, or with values that can be `null`.',
        'Parallel streams over small inputs or with blocking I/O or `forEach` side effects; they share the common pool with the whole JVM.',
        'Boxed `Stream<Integer>` and `Stream<Long>` arithmetic in hot paths where `IntStream` and `LongStream` avoid allocation.',
      ],
      quiz: [
        {
          kind: 'predict-output',
          prompt: 'What does this print?',
          code: `import java.util.*;
import java.util.stream.*;

public class Main {
    public static void main(String[] args) {
        List<String> log = new ArrayList<>();
        Stream.of(3, 1, 2)
            .map(x -> { log.add("m" + x); return x; })
            .sorted()
            .forEach(x -> log.add("f" + x));
        System.out.println(log);
        try {
            Stream.of("ada", "bob", "ada").collect(Collectors.toMap(s -> s, String::length));
        } catch (IllegalStateException e) {
            System.out.println(e.getMessage());
        }
    }
}`,
          answer: '[m3, m1, m2, f1, f2, f3]\nDuplicate key ada (attempted merging values 3 and 3)',
          explanation:
            'sorted is a barrier: it must see every element before emitting the smallest, so all map calls happen first. toMap without a merge function throws on the second "ada", even though both values are equal.',
        },
        {
          kind: 'multiple-choice',
          prompt: 'Which statement about `Stream.toList()` (Java 16+) is true?',
          code: '',
          choices: [
            'It returns an ArrayList that callers may add to',
            'It returns an unmodifiable list that may contain null elements',
            'It behaves exactly like Collectors.toUnmodifiableList()',
            'It returns a lazily evaluated view of the stream',
          ],
          answerIndex: 1,
          explanation:
            'toList() collects eagerly into an unmodifiable list and, unlike Collectors.toUnmodifiableList(), allows nulls. Code that used to add to the result of collect(Collectors.toList()) fails with UnsupportedOperationException after switching.',
        },
      ],
    },
    hints: {
      nudge: 'Where does the value you are trying to build end up: as the result of the pipeline, or in a variable outside the lambda?',
      concept:
        'A stream is lazy, runs once per terminal operation and can be consumed only once. Lambdas read effectively final locals but cannot assign them; results come out of the pipeline (`sum`, `collect`, `reduce`). Checked exceptions must be handled inside the lambda.',
      analogousExample:
        'Similar: `int[] max = {0}; prices.forEach(p -> max[0] = Math.max(max[0], p));` compiles but hides the intent and breaks under `parallel()`; `prices.stream().mapToInt(Integer::intValue).max()` returns an `OptionalInt` that says what happens for an empty list.',
      pseudoCode:
        'result = source.stream()\n    .filter(keep?)\n    .map(transform)\n    .collect(or sum / count / reduce / toList)   // exactly one terminal operation\nneed the data twice? collect once, then reuse the collection\nchecked exception inside? catch in the lambda and wrap, or use a for loop',
    },
  },
  {
    conceptId: 'java.equals-hashcode',
    fundamentals: {
      title: '== versus equals, and why hashCode must follow equals',
      conceptId: 'java.equals-hashcode',
      level: 'fundamentals',
      explanation: `For objects, \`==\` asks "are these the same object?" and \`equals\` asks "do these represent the same value?". That includes \`String\` and boxed numbers. The belief that \`==\` compares the text of two strings survives because it often seems to work: string literals are interned, so \`"PAID" == "PAID"\` is \`true\`, and constant expressions such as \`"PA" + "ID"\` are folded into the same literal at compile time. Strings built at runtime (read from a database or a request, built with \`StringBuilder\`, \`substring\` or concatenation with a variable) are new objects:

~~~java
String status = row.getString("status");   // "PAID"
if (status == "PAID") { ... }              // false: a different object
if ("PAID".equals(status)) { ... }         // true, and safe when status is null
~~~

Use \`equals\`, \`Objects.equals(a, b)\` when both may be \`null\`, and \`equalsIgnoreCase\` for case-insensitive codes. Enums are the exception: each constant is a single instance, so \`==\` is correct and null-safe.

When you override \`equals\`, override \`hashCode\` consistently: **equal objects must have equal hash codes**. \`HashMap\` and \`HashSet\` locate the bucket by hash first and only then call \`equals\`; with the inherited identity hash, an equal key is looked up in another bucket and \`contains\` returns \`false\`.

~~~java
@Override public boolean equals(Object o) {
    return o instanceof Sku other && code.equals(other.code);
}
@Override public int hashCode() { return code.hashCode(); }
~~~

Two mechanical mistakes are common. Declaring \`equals(Sku other)\` instead of \`equals(Object o)\` *overloads* the method, and collections never call the overload; always write \`@Override\`, which turns the mistake into \`method does not override or implement a method from a supertype\`. And \`hashCode\` must use only fields that \`equals\` compares. Records generate both methods from their components: for value types, prefer them.`,
      workedExample: {
        language: 'java',
        before: `final class Sku {
    private final String code;
    Sku(String code) { this.code = code; }

    public boolean equals(Sku other) {          // an overload, not an override
        return other != null && code.equals(other.code);
    }
}

Set<Sku> discontinued = new HashSet<>(List.of(new Sku("A1")));
boolean blocked = discontinued.contains(new Sku("A1"));   // false`,
        after: `record Sku(String code) {}

Set<Sku> discontinued = new HashSet<>(List.of(new Sku("A1")));
boolean blocked = discontinued.contains(new Sku("A1"));   // true`,
        note: 'HashSet calls equals(Object) and hashCode(), and the class overrode neither: the lookup used identity, so a discontinued SKU could still be ordered. A record derives both from its components; for a hand-written class, @Override on equals(Object) plus a matching hashCode does the same.',
      },
      pitfalls: [
        'Comparing `String` or boxed values with `==` because it happened to work with literals or small numbers in a test.',
        'Overriding `equals` without `hashCode`, or hashing different fields than `equals` compares, so hash-based collections lose entries.',
        'Declaring `equals(MyType)` instead of `equals(Object)`; `@Override` catches it at compile time.',
      ],
      quiz: [
        {
          kind: 'predict-output',
          prompt: 'What does this print?',
          code: `public class Main {
    public static void main(String[] args) {
        String status = "PAID";
        String fromDb = new StringBuilder("PA").append("ID").toString();
        String prefix = "PA";
        final String constPrefix = "PA";
        System.out.println(status == fromDb);
        System.out.println(status.equals(fromDb));
        System.out.println(status == prefix + "ID");
        System.out.println(status == constPrefix + "ID");
    }
}`,
          answer: 'false\ntrue\nfalse\ntrue',
          explanation:
            'fromDb is built at runtime, so it is a distinct object with the same text. prefix is a plain variable, so prefix + "ID" is also computed at runtime. constPrefix is a final variable initialised with a constant, which makes constPrefix + "ID" a compile-time constant, folded into the interned literal "PAID".',
        },
        {
          kind: 'multiple-choice',
          prompt:
            '`OrderKey` overrides `equals(Object)` to compare order ids but does not override `hashCode`. What does `set.contains(new OrderKey("o-1"))` return after `set.add(new OrderKey("o-1"))` on a `HashSet`?',
          code: '',
          choices: [
            'true: HashSet decides membership with equals',
            'Almost always false: the two keys have different identity hash codes, so the lookup searches another bucket',
            'It does not compile: overriding equals requires overriding hashCode',
            'It throws UnsupportedOperationException',
          ],
          answerIndex: 1,
          explanation:
            'HashSet compares hash codes before it ever calls equals. The inherited Object.hashCode is identity-based, so two equal keys practically never share one. The compiler does not enforce the contract; linters and IDE inspections do.',
        },
      ],
    },
    advanced: {
      title: 'The equals contract in depth: inheritance, mutable keys, BigDecimal and arrays',
      conceptId: 'java.equals-hashcode',
      level: 'advanced',
      explanation: `\`equals\` must be reflexive, symmetric, transitive and consistent, and \`x.equals(null)\` must be \`false\`. The hard cases:

**Inheritance breaks symmetry.** If \`Point.equals\` tests \`instanceof Point\` and \`ColorPoint extends Point\` adds its colour to \`equals\`, then \`point.equals(colorPoint)\` is \`true\` while \`colorPoint.equals(point)\` is \`false\`. Make value classes \`final\` (records are), or compare \`getClass() == o.getClass()\` and accept that subclass instances never equal parent instances. Composition (a \`ColorPoint\` that *has* a \`Point\`) avoids the dilemma.

**Mutable key fields.** Changing a field that feeds \`hashCode\` after the object became a \`HashMap\` key or \`HashSet\` element strands the entry: \`get\`, \`contains\` and \`remove\` search the new bucket and miss, yet iteration still finds it. Keys must be immutable.

**Equal, but not \`equals\`.** \`BigDecimal.equals\` compares scale: \`new BigDecimal("1.0").equals(new BigDecimal("1.00"))\` is \`false\`, while \`compareTo\` returns \`0\`. A \`HashSet\` keeps both values and a \`TreeSet\`, which uses \`compareTo\`, keeps one. Normalise map keys with \`stripTrailingZeros()\` and compare amounts with \`compareTo\`.

**Arrays compare by identity.** \`int[].equals\` is \`==\`; use \`Arrays.equals\` or \`Arrays.deepEquals\`. Records inherit this for array components: two \`Line("A1", new int[] {2})\` are not equal. Use \`List.copyOf(...)\` components instead.

**Floating-point components.** A record compares \`double\` components the way \`Double.compare\` does, so a \`NaN\` component equals another \`NaN\` and \`0.0\` differs from \`-0.0\`, the opposite of \`==\` in both cases.

**Cost and ordering.** \`Objects.hash(a, b, c)\` allocates a varargs array per call; for hot keys, compute \`31 * a.hashCode() + b.hashCode()\` or use a record. Keep \`compareTo\` consistent with \`equals\` for objects stored in sorted collections.`,
      workedExample: {
        language: 'java',
        before: `Map<BigDecimal, TaxBand> bandsByRate = new HashMap<>();
bandsByRate.put(new BigDecimal("0.20"), TaxBand.STANDARD);

BigDecimal rate = new BigDecimal("0.2");          // parsed from a partner feed
TaxBand band = bandsByRate.get(rate);             // null: scale 1 is not scale 2`,
        after: `Map<BigDecimal, TaxBand> bandsByRate = new HashMap<>();
bandsByRate.put(new BigDecimal("0.20").stripTrailingZeros(), TaxBand.STANDARD);

BigDecimal rate = new BigDecimal("0.2");
TaxBand band = bandsByRate.get(rate.stripTrailingZeros());   // STANDARD`,
        note: 'BigDecimal.equals and hashCode include the scale, so 0.2 and 0.20 are different keys. Normalising every key on the way in and on lookup makes numerically equal rates collide as intended; a TreeMap, which orders by compareTo, would also treat them as one key.',
      },
      pitfalls: [
        '`instanceof`-based `equals` in a hierarchy whose subclasses add state to `equals`, which breaks symmetry.',
        'Mutating objects while they are `HashMap` keys or `HashSet` elements.',
        'Keying maps by `BigDecimal`, or comparing amounts with `equals`, where scale makes `2.0` and `2.00` different.',
        'Records or hand-written `equals` over array fields, which compare the arrays by identity.',
      ],
      quiz: [
        {
          kind: 'predict-output',
          prompt: 'What does this print?',
          code: `import java.math.BigDecimal;
import java.util.*;

public class Main {
    record Line(String sku, int[] quantities) {}

    public static void main(String[] args) {
        List<BigDecimal> amounts = List.of(new BigDecimal("1.0"), new BigDecimal("1.00"));
        System.out.println(new HashSet<>(amounts).size() + " " + new TreeSet<>(amounts).size());
        System.out.println(new Line("A1", new int[] {2}).equals(new Line("A1", new int[] {2})));
    }
}`,
          answer: '2 1\nfalse',
          explanation:
            'HashSet uses equals and hashCode, which include the scale, so both amounts stay; TreeSet uses compareTo, which finds them equal. The record compares its int[] component with the array\'s own equals, which is identity.',
        },
        {
          kind: 'spot-the-bug',
          prompt: 'After this code runs, the cart is still in the map but `carts.get(key)` returns null. Which line strands the entry?',
          code: `final class CartKey {
    private String customerId;
    private String currency;
    // constructor, getters and setCurrency(...) omitted
    @Override public boolean equals(Object o) {
        return o instanceof CartKey k && customerId.equals(k.customerId) && currency.equals(k.currency);
    }
    @Override public int hashCode() { return Objects.hash(customerId, currency); }
}

carts.put(key, cart);
key.setCurrency("USD");
Cart same = carts.get(key);`,
          bugLine: 12,
          answer: 'Never mutate a key while it is in a map: make CartKey immutable (final fields, or `record CartKey(String customerId, String currency)`), and to change the currency remove the entry and put it under a new key.',
          explanation:
            'The entry was stored in the bucket for the old hash. After setCurrency the key hashes differently, so get searches another bucket and misses, although iterating the map still shows the cart.',
        },
      ],
    },
    hints: {
      nudge: 'Is this comparison asking whether two references point to the same object, or whether two objects hold the same value?',
      concept:
        '`==` compares references for objects (strings and wrappers included); `equals` compares values. Overriding `equals(Object)` requires a `hashCode` computed from the same immutable fields, or hash-based collections lose entries. Records generate both.',
      analogousExample:
        'Similar: `if (request.getMethod() == "POST")` passes in a unit test with a literal and fails behind a real servlet container, where the method string is parsed from the socket; `"POST".equals(request.getMethod())` works for both.',
      pseudoCode:
        'compare values:  a.equals(b)  or  Objects.equals(a, b) when either may be null\nenums:           a == b\nown value class:  @Override equals(Object) and hashCode() over the same final fields\n                  or declare it as a record',
    },
  },
  {
    conceptId: 'java.boxing-primitives',
    fundamentals: {
      title: 'Primitives and wrappers: unboxing null, cached Integers and silent narrowing',
      conceptId: 'java.boxing-primitives',
      level: 'fundamentals',
      explanation: `Java has eight primitive types (\`int\`, \`long\`, \`double\`, \`boolean\`, ...) and a wrapper class for each (\`Integer\`, \`Long\`, ...). Generics and collections need objects, so the compiler converts silently: **boxing** (\`int\` to \`Integer\`) and **unboxing** (\`Integer\` to \`int\`). The conversions are invisible, and so are their failure modes:

- **Unboxing \`null\` throws.** \`int left = stock.get("B2");\` compiles; when the key is missing, \`get\` returns \`null\` and Java 17's helpful message points at it: \`Cannot invoke "java.lang.Integer.intValue()" because the return value of "java.util.Map.get(Object)" is null\`. Use \`getOrDefault(key, 0)\`, check for \`null\`, or keep an \`Integer\` until you have decided what absence means.
- **\`==\` on wrappers compares references.** \`Integer.valueOf\`, which autoboxing uses, caches -128 to 127 by default, so \`Integer a = 127, b = 127; a == b\` is \`true\`, while with \`128\` it is \`false\`. Tests with small ids pass and production ids fail. Compare with \`equals\`, or unbox first.
- **Casts narrow silently.** \`(int) 3_000_000_000L\` is \`-1294967296\`, \`(byte) 200\` is \`-56\`, \`(int) 3.99\` is \`3\`. Arithmetic overflows silently too: \`24 * 60 * 60 * 1000 * 30\` is computed in \`int\` and yields \`-1702967296\` even when assigned to a \`long\`; write \`30L * 24 * 60 * 60 * 1000\`. Where overflow must be an error, \`Math.toIntExact\`, \`Math.addExact\` and \`Math.multiplyExact\` throw \`ArithmeticException: integer overflow\`.

Use primitives for fields, counters and arithmetic, and wrappers only where generics force them or where \`null\` deliberately means "absent" (and then consider \`OptionalInt\` or an explicit default).`,
      workedExample: {
        language: 'java',
        before: `Map<String, Integer> reserved = new HashMap<>();

int available(String sku, int onHand) {
    int held = reserved.get(sku);        // NullPointerException for every SKU nobody reserved yet
    return onHand - held;
}

boolean sameWarehouse(Integer a, Integer b) {
    return a == b;                       // true only for ids up to 127
}`,
        after: `Map<String, Integer> reserved = new HashMap<>();

int available(String sku, int onHand) {
    int held = reserved.getOrDefault(sku, 0);
    return onHand - held;
}

boolean sameWarehouse(Integer a, Integer b) {
    return Objects.equals(a, b);
}`,
        note: 'Both bugs hide behind autoboxing: the missing-key null was unboxed into an int, and == compared two Integer objects, which happens to work inside the cache. getOrDefault states the default, and Objects.equals compares values (and tolerates null).',
      },
      pitfalls: [
        'Assigning a `Map.get` result, a nullable field or a JSON- or JPA-mapped `Integer` to an `int` without handling `null`.',
        'Comparing `Integer`, `Long` or other wrappers with `==`, which only works inside the -128..127 cache.',
        'Computing large values (milliseconds, byte sizes, cents) in `int` arithmetic before widening to `long`.',
      ],
      quiz: [
        {
          kind: 'predict-output',
          prompt: 'What does this print (default JVM settings)?',
          code: `public class Main {
    public static void main(String[] args) {
        Integer a = 127, b = 127, c = 128, d = 128;
        System.out.println((a == b) + " " + (c == d) + " " + c.equals(d));
        long millis = 24 * 60 * 60 * 1000 * 30;
        System.out.println(millis + " " + (byte) 200);
    }
}`,
          answer: 'true false true\n-1702967296 -56',
          explanation:
            '127 comes from the Integer cache, so both variables hold the same object; 128 is boxed into two distinct objects, equal in value. The product is computed in int and overflows before it is widened to long, and (byte) 200 keeps only the low 8 bits.',
        },
        {
          kind: 'spot-the-bug',
          prompt: 'Jobs of a newly added type crash the scheduler with a NullPointerException mentioning `Integer.intValue()`. Which line?',
          code: `Map<String, Integer> retries = loadRetryPolicy();

void schedule(Job job) {
    int maxRetries = retries.get(job.type());
    for (int attempt = 1; attempt <= maxRetries; attempt++) {
        if (job.runOnce()) return;
    }
    deadLetter(job);
}`,
          bugLine: 4,
          answer: 'Decide the default for unknown types explicitly: `int maxRetries = retries.getOrDefault(job.type(), DEFAULT_RETRIES);`.',
          explanation:
            'The policy has no entry for the new type, so get returns null, and assigning it to an int calls intValue() on null. The compiler inserts that call silently.',
        },
      ],
    },
    advanced: {
      title: 'Boxing in depth: overloads, conditional expressions, mixed wrappers and precision',
      conceptId: 'java.boxing-primitives',
      level: 'advanced',
      explanation: `**Overload resolution prefers no boxing.** \`List<Integer>.remove(1)\` calls \`remove(int index)\`, not \`remove(Object)\`: it removes the element at position 1. Write \`ids.remove(Integer.valueOf(10))\` to remove by value. The same rule picks \`log(long)\` over \`log(Integer)\` for an \`int\` argument.

**The conditional operator unboxes.** In \`Integer pct = vip ? discounts.get(user) : 0;\` one operand is \`int\`, so the whole expression has type \`int\`: the \`Integer\` from \`get\` is unboxed and throws for a missing key, although the target is an \`Integer\`. Give both operands the same wrapper type or pick the default with \`getOrDefault\`.

**Different wrapper types are never equal.** \`Long.valueOf(1).equals(1)\` is \`false\` (the argument boxes to \`Integer\`), and \`Map<Long, User>.get(1)\` returns \`null\` even though key \`1L\` exists: \`get\` takes \`Object\`, so the compiler accepts the \`Integer\`. javac does not warn; IntelliJ inspections and Error Prone's \`CollectionIncompatibleType\` check do.

**Widening can lose precision.** \`long\` to \`double\` and \`int\` to \`float\` need no cast yet are inexact: \`(float) 16_777_217\` is \`1.6777216E7\`, and \`(double) Long.MAX_VALUE == (double) (Long.MAX_VALUE - 1)\` is \`true\`. Casting an out-of-range \`double\` to \`long\` saturates at \`Long.MAX_VALUE\`, and \`NaN\` becomes \`0\`. Money belongs in \`long\` cents or \`BigDecimal\`, never \`double\`.

**Allocation.** Every boxed value outside the cache is an object: a \`Map<Integer, Integer>\` counter or a \`Stream<Long>\` sum allocates per element and loads the garbage collector. Use \`int[]\`, \`LongStream\`, \`mapToLong(...).sum()\` or a primitive-collections library in hot paths. The wrapper constructors (\`new Integer(5)\`) are deprecated for removal since Java 16; \`valueOf\` reuses cached instances.`,
      workedExample: {
        language: 'java',
        before: `List<Integer> pendingIds = new ArrayList<>(List.of(1001, 1002, 3));

void markShipped(int orderId) {
    pendingIds.remove(orderId);   // remove(int index): IndexOutOfBoundsException, or removes another order
}`,
        after: `List<Integer> pendingIds = new ArrayList<>(List.of(1001, 1002, 3));

void markShipped(int orderId) {
    pendingIds.remove(Integer.valueOf(orderId));   // remove(Object): by value
}`,
        note: 'With an int argument, overload resolution picks remove(int index) because it needs no boxing: markShipped(1001) throws IndexOutOfBoundsException and markShipped(1) silently removes order 1002. Boxing explicitly selects remove(Object). A Set<Integer> would avoid the ambiguity, and make removal O(1).',
      },
      pitfalls: [
        '`List<Integer>.remove(int)` removing by index when you meant by value.',
        'A conditional expression mixing `Integer` and `int`, which unboxes and can throw even when assigned to an `Integer`.',
        'Looking up a `Map<Long, V>` with an `int` or `Integer` key, which compiles and always misses.',
      ],
      quiz: [
        {
          kind: 'predict-output',
          prompt: 'What does this print?',
          code: `import java.util.*;

public class Main {
    public static void main(String[] args) {
        List<Integer> ids = new ArrayList<>(List.of(10, 20, 30));
        ids.remove(1);
        ids.remove(Integer.valueOf(10));
        System.out.println(ids);
        Map<Long, String> users = new HashMap<>(Map.of(1L, "ada"));
        System.out.println(users.get(1) + " " + users.get(1L));
    }
}`,
          answer: '[30]\nnull ada',
          explanation:
            'remove(1) removes the element at index 1 (20); remove(Integer.valueOf(10)) removes the value 10. users.get(1) boxes the argument to an Integer, which never equals the Long key 1L.',
        },
        {
          kind: 'spot-the-bug',
          prompt: 'VIP customers outside any campaign crash with a NullPointerException, although the method returns `Integer`. Which line?',
          code: `Integer discountPercent(Customer c, Map<String, Integer> campaignDiscounts) {
    return c.isVip() ? campaignDiscounts.get(c.campaign()) : 0;
}`,
          bugLine: 2,
          answer: 'Decide the default explicitly: `c.isVip() ? campaignDiscounts.getOrDefault(c.campaign(), 0) : 0`; if null is a legitimate result, make both operands Integer (`Integer.valueOf(0)`).',
          explanation:
            'Because the third operand is the int 0, the conditional expression has type int: the null returned by get is unboxed before the result is boxed again for the return.',
        },
      ],
    },
    hints: {
      nudge: 'Is there a wrapper (`Integer`, `Long`, ...) on this line that could be `null`, or two wrappers being compared with `==`?',
      concept:
        'Autoboxing converts between primitives and wrappers silently. Unboxing `null` throws; `==` compares wrapper references (equal only inside the -128..127 cache); casts and `int` arithmetic narrow or overflow without an error; overloads prefer the unboxed signature.',
      analogousExample:
        'Similar: a JSON DTO with `Boolean newsletterOptIn` is unboxed by `if (dto.getNewsletterOptIn())` and throws for requests that omit the field; `Boolean.TRUE.equals(dto.getNewsletterOptIn())` treats absence as "no" deliberately.',
      pseudoCode:
        'wrapper may be null?  decide the default: getOrDefault / explicit null check\ncomparing wrappers?   equals or Objects.equals, never ==\nlarge arithmetic?     do it in long from the first operand, or use Math.*Exact\nremoving from List<Integer>?  remove(Integer.valueOf(x)) for by-value',
    },
  },
];
