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
  {
    conceptId: 'java.records-sealed',
    fundamentals: {
      title: 'Records and sealed interfaces: data carriers and closed hierarchies on Java 17',
      conceptId: 'java.records-sealed',
      level: 'fundamentals',
      explanation: `A **record** (final since Java 16) is a transparent, shallowly immutable data carrier. \`record Money(long cents, String currency) {}\` generates a private final field and an accessor per component (\`cents()\`, not \`getCents()\`), a canonical constructor, and \`equals\`, \`hashCode\` and \`toString\` (\`Money[cents=1999, currency=EUR]\`) from the components. Records are implicitly \`final\`, cannot extend a class, and cannot declare instance fields (\`field declaration must be static\`), but they can implement interfaces and add methods and static members.

Validate and normalise in a **compact constructor**, which runs before the fields are assigned:

~~~java
record Money(long cents, String currency) {
    Money {
        if (cents < 0) throw new IllegalArgumentException("negative amount: " + cents);
        currency = currency.toUpperCase(Locale.ROOT);
    }
}
~~~

Immutability is shallow: a \`List\` component still changes through the caller's reference, so copy it in the compact constructor (\`items = List.copyOf(items);\`).

A **sealed** interface or class (final since Java 17) names its permitted subtypes, for example \`sealed interface PaymentResult permits Approved, Declined, NeedsReview {}\`. Each permitted subclass must be \`final\` (records already are), \`sealed\` or \`non-sealed\`, or javac reports \`sealed, non-sealed or final modifiers expected\`; an unlisted class gets \`class is not allowed to extend sealed class: PaymentResult (as it is not listed in its permits clause)\`.

On Java 17, consume such a hierarchy with \`instanceof\` patterns (final since 16): \`if (r instanceof Declined d) return d.reason();\`. **Pattern matching for \`switch\`**, where the compiler checks that every permitted subtype is handled, is only a preview feature in 17 (it needs \`--enable-preview\`) and became final in Java 21, together with record deconstruction patterns such as \`case Approved(var code, var cents)\`.`,
      workedExample: {
        language: 'java',
        before: `final class PaymentResult {
    String status;        // "APPROVED", "DECLINED" or "REVIEW"
    String authCode;      // only when approved
    String declineReason; // only when declined
    String caseId;        // only when in review
}

String describe(PaymentResult r) {
    if (r.status.equals("APPROVED")) return "approved " + r.authCode;
    if (r.status.equals("DECLINED")) return "declined: " + r.declineReason;
    return "review " + r.caseId;   // also reached for a misspelled status
}`,
        after: `sealed interface PaymentResult permits Approved, Declined, NeedsReview {}
record Approved(String authCode, long cents) implements PaymentResult {}
record Declined(String reason) implements PaymentResult {}
record NeedsReview(String caseId) implements PaymentResult {}

String describe(PaymentResult r) {
    if (r instanceof Approved a) return "approved " + a.authCode();
    if (r instanceof Declined d) return "declined: " + d.reason();
    if (r instanceof NeedsReview n) return "review " + n.caseId();
    throw new AssertionError("unknown result " + r);   // Java 17: no exhaustive switch without preview
}`,
        note: 'The stringly typed class allowed impossible states (an approval without an auth code, a typo in status) and every reader had to know which field goes with which status. Each record carries exactly its own data, and the sealed interface makes the set of outcomes closed. On Java 21 the if-chain becomes a switch that the compiler checks for completeness.',
      },
      pitfalls: [
        'Assuming record components are deeply immutable: copy `List`, `Map` and array components in the compact constructor.',
        'Expecting an exhaustive `switch` over a sealed interface on Java 17 without `--enable-preview`; it is final only from Java 21.',
        'Using records for entities that need mutable state, identity or a no-argument constructor (JPA entities, for example).',
      ],
      quiz: [
        {
          kind: 'predict-output',
          prompt: 'What does this print?',
          code: `import java.util.*;

public class Main {
    record Money(long cents, String currency) {
        Money {
            if (cents < 0) throw new IllegalArgumentException("negative amount: " + cents);
            currency = currency.toUpperCase(Locale.ROOT);
        }
    }

    record Cart(String id, List<String> skus) {}

    public static void main(String[] args) {
        Money m = new Money(1999, "eur");
        System.out.println(m + " " + m.equals(new Money(1999, "EUR")));
        List<String> skus = new ArrayList<>(List.of("A1"));
        Cart cart = new Cart("c-1", skus);
        skus.add("B2");
        System.out.println(cart.skus());
    }
}`,
          answer: 'Money[cents=1999, currency=EUR] true\n[A1, B2]',
          explanation:
            'The compact constructor normalised the currency before the field was assigned, so both Money values have the same components and are equal. Cart stores the caller\'s list itself, so adding to skus afterwards changes the "immutable" record; List.copyOf in a compact constructor would prevent that.',
        },
        {
          kind: 'multiple-choice',
          prompt: 'With a plain Java 17 compiler (no preview flags), which line compiles? `Declined` is a record implementing the sealed `PaymentResult`.',
          code: '',
          choices: [
            'if (result instanceof Declined d) log(d.reason());',
            'switch (result) { case Declined d -> log(d.reason()); default -> {} }',
            'if (result instanceof Declined(String reason)) log(reason);',
            'switch (result) { case Declined d when d.reason().isEmpty() -> {} default -> {} }',
          ],
          answerIndex: 0,
          explanation:
            'Type patterns in instanceof are final since Java 16. Patterns in switch are a preview feature in 17 ("patterns in switch statements are a preview feature and are disabled by default"); record patterns and when guards do not exist in 17 even with preview and are final in Java 21.',
        },
      ],
    },
    advanced: {
      title: 'Algebraic data types in modern Java: sealed hierarchies, switch patterns and which release has what',
      conceptId: 'java.records-sealed',
      level: 'advanced',
      explanation: `Sealed interfaces plus records give Java sum types: a closed set of variants, each a transparent record. Their payoff is **exhaustiveness**, and what you get depends on the release:

- **Java 17:** a switch *expression* over an \`enum\` must cover every constant (\`the switch expression does not cover all possible input values\`); the same check for sealed types comes only with \`--enable-preview --release 17\`, and that preview is not what 21 shipped: guards are written \`case Circle c && c.r() > 10\`, and neither \`when\` nor record patterns exist yet.
- **Java 21:** pattern matching for \`switch\` (JEP 441) and record patterns (JEP 440) are final: \`case Approved(var code, var cents) when cents > 100_000 ->\` deconstructs and guards, and \`case null\` is allowed. Without \`case null\`, a \`null\` selector throws \`NullPointerException\`.

Leave \`default\` out of switches over sealed types: adding a variant to \`permits\` then turns every incomplete switch into a compile error, which is the whole point. A \`default\` branch silences that check.

**Separate compilation.** A switch compiled against an older hierarchy can meet a new variant at runtime, so javac adds a throwing fallback. On 17 an exhaustive enum switch expression meeting a new constant throws \`IncompatibleClassChangeError\`; code compiled for 21 throws \`MatchException\`.

**Records, further.** The canonical constructor is also what Java serialization and Jackson (2.12+) use to create records, so compact-constructor validation guards every path, including "withers" such as \`withTo(int)\` that call \`new\`. Accessors can be overridden but keep the component's type. Array components compare by identity in the generated \`equals\`.

**Sealed rules.** Permitted subclasses live in the same module, or the same package in the unnamed module; \`permits\` may be omitted when they are all in the same file. \`non-sealed\` reopens one branch on purpose, and exhaustiveness then covers that branch as a whole.`,
      workedExample: {
        language: 'java',
        before: `// Java 17: an if-chain with a hand-written fallback
static String describe(PaymentResult r) {
    if (r instanceof Approved a) {
        return a.cents() > 100_000 ? "large approval " + a.authCode() : "approved " + a.authCode();
    }
    if (r instanceof Declined d) return "declined: " + d.reason();
    if (r instanceof NeedsReview n) return "review " + n.caseId();
    throw new AssertionError("unhandled " + r);   // a new variant is found in production, not by javac
}`,
        after: `// Java 21: the compiler checks that every permitted subtype is handled
static String describe(PaymentResult r) {
    return switch (r) {
        case Approved(var code, var cents) when cents > 100_000 -> "large approval " + code;
        case Approved a -> "approved " + a.authCode();
        case Declined d -> "declined: " + d.reason();
        case NeedsReview n -> "review " + n.caseId();
    };
}`,
        note: 'The if-chain compiles no matter how many variants it forgets, and only the AssertionError reveals a new one, at runtime. The Java 21 switch has no default, so adding a permitted subtype makes it a compile error until it is handled; the record pattern with a when guard replaces the nested conditional. On Java 17 this needs --enable-preview, with && instead of when and no record patterns.',
      },
      pitfalls: [
        'Adding `default` to a switch over a sealed type, which disables the compile-time completeness check you wanted.',
        'Writing Java 21 syntax (`when`, record patterns) for a Java 17 build, or relying on 17 preview features in production code.',
        'Declaring a permitted subclass without `final`, `sealed` or `non-sealed`, or outside the sealed type\'s package or module.',
      ],
      quiz: [
        {
          kind: 'predict-output',
          prompt: 'What does this print?',
          code: `public class Main {
    record Range(int from, int to) {
        Range {
            if (from > to) {
                int t = from;
                from = to;
                to = t;
            }
        }

        Range withTo(int newTo) {
            return new Range(from, newTo);
        }
    }

    public static void main(String[] args) {
        Range r = new Range(5, 1);
        System.out.println(r + " " + r.withTo(0) + " " + r.equals(new Range(1, 5)));
    }
}`,
          answer: 'Range[from=1, to=5] Range[from=0, to=1] true',
          explanation:
            'The compact constructor runs for every construction, including the one inside withTo, so both ranges are normalised before their fields are assigned. equals compares components, and (5, 1) was stored as (1, 5).',
        },
        {
          kind: 'spot-the-bug',
          prompt: 'javac 17 rejects this hierarchy. Which line?',
          code: `sealed interface Shipment permits Parcel, Freight {}
record Parcel(double kg) implements Shipment {}
class Freight implements Shipment {
    double tonnes;
}`,
          bugLine: 3,
          answer: 'Declare the permitted subclass `final class Freight` (or `sealed`/`non-sealed`), or make it a record like Parcel.',
          explanation:
            'javac reports "sealed, non-sealed or final modifiers expected": every permitted subclass must state whether the hierarchy stays closed below it. Parcel is a record and therefore implicitly final.',
        },
        {
          kind: 'multiple-choice',
          prompt:
            'A Java 21 switch over the sealed `PaymentResult` handles Approved, Declined and NeedsReview and has no `default`. A teammate adds `Refunded` to the `permits` clause and recompiles everything. What happens?',
          code: '',
          choices: [
            'The switch no longer compiles until it handles Refunded',
            'It compiles, and Refunded values make the switch return null',
            'It compiles, and Refunded values fall into the first case',
            'javac prints a warning but compiles it',
          ],
          answerIndex: 0,
          explanation:
            'Without a default, the switch is exhaustive only over the permitted subtypes the compiler knows, so a new one is "the switch expression does not cover all possible input values". Code that is not recompiled throws MatchException when it meets a Refunded value.',
        },
      ],
    },
    hints: {
      nudge: 'Which Java release does this build target, and which of the features used here (records, sealed types, switch patterns, record patterns) are final in it?',
      concept:
        'Records are immutable-by-default data carriers with generated accessors, `equals`, `hashCode` and `toString`; sealed types close a hierarchy with `permits`. On Java 17 use `instanceof` patterns; exhaustive pattern `switch` and record patterns are final only in Java 21.',
      analogousExample:
        'Similar: an `Event` hierarchy modelled as one class with a `type` string and nullable fields becomes `sealed interface Event permits Created, Shipped, Cancelled` with one record per event, and each handler then reads only the fields its variant actually has.',
      pseudoCode:
        'sealed interface Result permits VariantA, VariantB {}\nrecord VariantA(fields...) implements Result { compact constructor: validate, copy collections }\nrecord VariantB(fields...) implements Result {}\nJava 17:  if (r instanceof VariantA a) ... else if ...\nJava 21:  switch (r) { case VariantA a -> ...; case VariantB b -> ...; }   // no default',
    },
  },
  {
    conceptId: 'java.concurrency-utilities',
    fundamentals: {
      title: 'java.util.concurrent: executors, futures and atomic updates instead of raw threads',
      conceptId: 'java.concurrency-utilities',
      level: 'fundamentals',
      explanation: `A \`new Thread(...)\` per task and \`synchronized\` around shared maps are the hand-rolled version of what \`java.util.concurrent\` does better:

- **Executors** own a pool of threads and a queue: \`Future<Quote> f = pool.submit(() -> pricing.quote(sku));\`. \`f.get()\` waits and wraps a task's exception in \`ExecutionException\` (the original is \`getCause()\`); \`get(2, TimeUnit.SECONDS)\` keeps a stuck dependency from hanging the caller forever.
- **Shut pools down.** Pool threads are non-daemon: a \`main\` that forgets \`pool.shutdown()\` prints its result and never exits. Call \`shutdown()\` in \`finally\`, then \`awaitTermination(...)\` where you must wait. In Java 17 \`ExecutorService\` is not \`AutoCloseable\`; try-with-resources on it compiles only from Java 19.
- **Concurrent collections and atomics.** \`ConcurrentHashMap.merge(key, 1, Integer::sum)\` and \`compute\` update one entry atomically; \`get\` followed by \`put\` is a race even on a concurrent map, because another thread can act between the two calls. \`AtomicLong\` and \`LongAdder\` (faster under heavy contention) replace \`synchronized\` counters:

~~~java
ConcurrentHashMap<String, LongAdder> hitsByRoute = new ConcurrentHashMap<>();
hitsByRoute.computeIfAbsent(route, r -> new LongAdder()).increment();
~~~

- **CompletableFuture** composes asynchronous steps: \`supplyAsync(() -> fetch(id), ioPool).thenApply(this::parse).orTimeout(2, TimeUnit.SECONDS)\`. Pass your own executor for blocking work; the default, \`ForkJoinPool.commonPool()\`, is sized for CPU-bound tasks and shared by the whole JVM.

Threads also need **visibility**, not only atomicity: a plain \`boolean running\` field written by one thread may never be seen by another thread looping on it, because the JIT may hoist the read out of the loop. Declare such flags \`volatile\` or use an \`AtomicBoolean\`; better still, stop tasks by cancelling their \`Future\` or interrupting them.`,
      workedExample: {
        language: 'java',
        before: `Map<String, Integer> stockBySku = new HashMap<>();

void restock(List<Delivery> deliveries) throws InterruptedException {
    List<Thread> threads = new ArrayList<>();
    for (Delivery d : deliveries) {
        Thread t = new Thread(() -> {
            Integer current = stockBySku.get(d.sku());
            stockBySku.put(d.sku(), (current == null ? 0 : current) + d.quantity());
        });
        threads.add(t);
        t.start();
    }
    for (Thread t : threads) t.join();
}`,
        after: `private final ConcurrentHashMap<String, Integer> stockBySku = new ConcurrentHashMap<>();
private final ExecutorService pool = Executors.newFixedThreadPool(4);

void restock(List<Delivery> deliveries) throws InterruptedException, ExecutionException {
    List<Future<?>> pending = new ArrayList<>();
    for (Delivery d : deliveries) {
        pending.add(pool.submit(() -> stockBySku.merge(d.sku(), d.quantity(), Integer::sum)));
    }
    for (Future<?> f : pending) f.get();   // rethrows a failed delivery as ExecutionException
}

void shutdown() {
    pool.shutdown();
}`,
        note: 'One thread per delivery does not scale, concurrent puts can corrupt a HashMap, and get-then-put loses updates when two deliveries of one SKU interleave. merge does the read-modify-write atomically per key, the bounded pool reuses threads, and waiting on the futures surfaces failures instead of losing them in an uncaught-exception handler.',
      },
      pitfalls: [
        'Read-then-write on a `ConcurrentHashMap` (`get` then `put`, `containsKey` then `put`) instead of `merge`, `compute` or `computeIfAbsent`.',
        'Forgetting `shutdown()`, which keeps the JVM alive, or calling `Future.get()` without a timeout on a remote dependency.',
        'Plain fields as cross-thread flags: without `volatile` or other synchronization, a loop may never see the update.',
        'Blocking I/O in `CompletableFuture.supplyAsync` without an executor argument, which starves the shared common pool.',
      ],
      quiz: [
        {
          kind: 'predict-output',
          prompt: 'What does this print?',
          code: `import java.util.*;
import java.util.concurrent.*;

public class Main {
    public static void main(String[] args) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            Future<Integer> quantity = pool.submit(() -> Integer.parseInt("12x"));
            try {
                quantity.get();
            } catch (ExecutionException e) {
                System.out.println(e.getCause().getClass().getSimpleName());
            }
            ConcurrentHashMap<String, Integer> hits = new ConcurrentHashMap<>();
            List<Callable<Void>> tasks = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                tasks.add(() -> {
                    for (int i = 0; i < 10_000; i++) hits.merge("/checkout", 1, Integer::sum);
                    return null;
                });
            }
            pool.invokeAll(tasks);
            System.out.println(hits);
        } finally {
            pool.shutdown();
        }
    }
}`,
          answer: 'NumberFormatException\n{/checkout=40000}',
          explanation:
            'The task\'s exception is stored in the future and rethrown by get() wrapped in ExecutionException. merge is atomic per key, so four threads adding 10,000 each always reach 40,000; invokeAll waits for all tasks before returning.',
        },
        {
          kind: 'spot-the-bug',
          prompt: 'Two parallel first requests for the same user each open a session, and one of them leaks. Which line starts the race?',
          code: `private final ConcurrentHashMap<String, Session> sessions = new ConcurrentHashMap<>();

Session sessionFor(String userId) {
    if (!sessions.containsKey(userId)) {
        sessions.put(userId, Session.open(userId));
    }
    return sessions.get(userId);
}`,
          bugLine: 4,
          answer: 'Make check and insert one atomic operation: `return sessions.computeIfAbsent(userId, Session::open);`.',
          explanation:
            'Each call on the map is thread-safe, but the sequence is not: both threads can see "absent" before either puts, so both open a session and the second put overwrites the first. computeIfAbsent runs the function at most once per absent key.',
        },
      ],
    },
    advanced: {
      title: 'Concurrency utilities in depth: pool starvation, exception paths, visibility and bounded pools',
      conceptId: 'java.concurrency-utilities',
      level: 'advanced',
      explanation: `**Never block on a future inside the pool that has to run it.** A task that submits subtasks to its own bounded pool and calls \`get()\` holds a worker while it waits. Once every worker does that, nothing is left to run the subtasks: a deadlock that appears only under load (with \`newSingleThreadExecutor\`, on the first call). Compose with \`thenCombine\` and \`thenCompose\` instead of blocking, or run subtasks on a different pool.

**Exception paths differ.** \`Future.get()\` throws the checked \`ExecutionException\`; \`CompletableFuture.join()\` throws the unchecked \`CompletionException\`. Inside a chain, \`exceptionally\` and \`handle\` receive a \`CompletionException\` wrapping the original when an async task threw or an earlier stage failed, so unwrap \`getCause()\` before matching on types. Tasks started with \`execute\` report exceptions to the thread's uncaught-exception handler; tasks started with \`submit\` keep them in the future, silent until someone calls \`get\`.

**Mapping functions must not touch the map.** A \`computeIfAbsent\` function that updates the same \`ConcurrentHashMap\` can fail with \`IllegalStateException: Recursive update\`; keep it free of side effects.

**Visibility.** Only happens-before edges guarantee that one thread sees another's writes: \`Thread.start()\`, \`Future.get()\` returning, a \`volatile\` write then read, unlock then lock, a handoff through a concurrent collection. HotSpot 17 really does hoist a non-\`volatile\` \`while (running)\` read out of the loop: the worker never stops.

**Interruption is how cancellation works.** \`shutdownNow()\` and \`cancel(true)\` interrupt workers. Code that catches \`InterruptedException\` should stop, and if it cannot rethrow, restore the flag with \`Thread.currentThread().interrupt()\`; swallowing it makes shutdown hang.

**Bound everything.** \`newFixedThreadPool\` has an unbounded queue and \`newCachedThreadPool\` unbounded threads. In services, build a \`ThreadPoolExecutor\` with an \`ArrayBlockingQueue\` and a rejection policy (\`CallerRunsPolicy\` for back-pressure). Virtual threads (\`Executors.newVirtualThreadPerTaskExecutor()\`) are final in Java 21, not available in 17.`,
      workedExample: {
        language: 'java',
        before: `private final ExecutorService pool = Executors.newFixedThreadPool(8);

Future<Invoice> buildInvoice(Order order) {
    return pool.submit(() -> {
        Future<Tax> tax = pool.submit(() -> taxService.compute(order));
        Future<Shipping> shipping = pool.submit(() -> carrier.quote(order));
        return Invoice.of(order, tax.get(), shipping.get());   // blocks a worker of the same pool
    });
}`,
        after: `private final ExecutorService ioPool = Executors.newFixedThreadPool(8);

CompletableFuture<Invoice> buildInvoice(Order order) {
    CompletableFuture<Tax> tax = CompletableFuture.supplyAsync(() -> taxService.compute(order), ioPool);
    CompletableFuture<Shipping> shipping = CompletableFuture.supplyAsync(() -> carrier.quote(order), ioPool);
    return tax.thenCombine(shipping, (t, s) -> Invoice.of(order, t, s))
              .orTimeout(3, TimeUnit.SECONDS);
}`,
        note: 'With eight invoices in flight, all eight workers sat in get() waiting for subtasks queued behind them, and the service froze. The combined future holds no thread while it waits, so the pool only runs real work; orTimeout (Java 9+) turns a stuck dependency into a TimeoutException instead of a hang.',
      },
      pitfalls: [
        'Calling `get()` or `join()` inside a task on the same bounded pool that must run the awaited subtasks.',
        'Catching `InterruptedException` and carrying on, which makes `shutdownNow()` and cancellation ineffective.',
        'Unbounded queues (`newFixedThreadPool`) or thread counts (`newCachedThreadPool`) in services that can be flooded with work.',
      ],
      quiz: [
        {
          kind: 'predict-output',
          prompt: 'What does this print?',
          code: `import java.util.concurrent.*;

public class Main {
    public static void main(String[] args) throws Exception {
        ExecutorService pool = Executors.newSingleThreadExecutor();
        Future<String> outer = pool.submit(() -> {
            Future<String> inner = pool.submit(() -> "priced");
            return inner.get();
        });
        try {
            System.out.println(outer.get(1, TimeUnit.SECONDS));
        } catch (TimeoutException e) {
            System.out.println("timeout");
        }
        pool.shutdownNow();
    }
}`,
          answer: 'timeout',
          explanation:
            'The only worker runs outer and blocks in inner.get(); inner waits in the queue behind it and can never start. Without the timeout, main would wait forever. shutdownNow interrupts the blocked worker so the JVM can exit.',
        },
        {
          kind: 'multiple-choice',
          prompt: 'What does the function passed to `exceptionally` receive here?',
          code: `CompletableFuture<String> label = CompletableFuture
    .supplyAsync(() -> { throw new IllegalStateException("pricing down"); }, pool)
    .thenApply(price -> "EUR " + price)
    .exceptionally(ex -> fallbackLabel(ex));`,
          choices: [
            'The IllegalStateException itself',
            'A CompletionException whose cause is the IllegalStateException',
            'An ExecutionException whose cause is the IllegalStateException',
            'null, because thenApply never ran',
          ],
          answerIndex: 1,
          explanation:
            'Exceptions thrown in async tasks and propagated through dependent stages arrive wrapped in CompletionException, so `ex instanceof IllegalStateException` is false; test ex.getCause(). ExecutionException only comes from Future.get().',
        },
      ],
    },
    hints: {
      nudge: 'Which threads touch this state or wait on this future, and what could another thread do between two of these calls?',
      concept:
        'Use executors instead of raw threads and shut them down; make read-modify-write one atomic call (`merge`, `compute`, atomics); never block on a future from inside the pool that must complete it; share flags through `volatile` or atomics; unwrap `ExecutionException` and `CompletionException` to see the real failure.',
      analogousExample:
        'Similar: a cache that does `if (map.get(k) == null) map.put(k, load(k))` on a `ConcurrentHashMap` loads the same expensive value several times at start-up; `map.computeIfAbsent(k, this::load)` loads it once per key.',
      pseudoCode:
        'pool = bounded executor, created once, shut down in finally\nshared update: map.merge / map.compute / atomic.incrementAndGet\ndependent async work: supplyAsync(step, pool).thenCombine(...).orTimeout(...)\nwaiting: get(timeout) outside the pool, unwrap getCause()\ncross-thread flag: volatile or AtomicBoolean; honour interrupts',
    },
  },
  {
    conceptId: 'java.static-context',
    fundamentals: {
      title: '"Cannot be referenced from a static context": static members versus instances',
      conceptId: 'java.static-context',
      level: 'fundamentals',
      explanation: `A \`static\` field or method belongs to the class: there is exactly one, and it exists without any object. An instance field or method belongs to each object created with \`new\`. Code in a static method, \`main\` included, runs with **no \`this\`**, so it cannot use instance members directly, and javac says so:

~~~
error: non-static variable rows cannot be referenced from a static context
error: non-static method sum() cannot be referenced from a static context
error: non-static variable this cannot be referenced from a static context
~~~

The third message appears for \`new Row()\` when \`Row\` is a non-static inner class: creating one needs an enclosing instance.

There are two honest fixes, and the choice is a design decision:

- **Create an instance and call through it.** If the method works with the object's state (its data, a repository, configuration), \`main\` builds the object and calls \`report.sum()\`. For application code this is almost always right: \`main\` wires objects together and delegates.
- **Make the member \`static\`** only if it genuinely uses no instance state, like a pure helper \`static long toCents(BigDecimal amount)\`.

Making everything \`static\` until the compiler is quiet turns fields into global mutable state shared by every caller and every test, and rules out two instances with different configurations.

Access static members through the class name (\`Parser.name()\`), not through a variable: \`javac -Xlint:static\` warns \`static method should be qualified by type name, Parser, instead of by an expression\`, because calling through an instance suggests a dynamic dispatch that does not happen.

For nested classes, default to \`static class Row\`: it behaves like a top-level class that merely lives inside another. Drop \`static\` only when the nested class really needs its outer instance.`,
      workedExample: {
        language: 'java',
        before: `public class InvoiceReport {
    private final List<Invoice> invoices = new ArrayList<>();

    class Line { String text; }

    long totalCents() {
        return invoices.stream().mapToLong(Invoice::cents).sum();
    }

    public static void main(String[] args) {
        invoices.addAll(InvoiceStore.load(args[0]));   // non-static variable invoices cannot be referenced from a static context
        System.out.println(totalCents());               // non-static method totalCents() cannot be referenced from a static context
        Line header = new Line();                       // non-static variable this cannot be referenced from a static context
    }
}`,
        after: `public class InvoiceReport {
    private final List<Invoice> invoices;

    static class Line { String text; }

    InvoiceReport(List<Invoice> invoices) {
        this.invoices = List.copyOf(invoices);
    }

    long totalCents() {
        return invoices.stream().mapToLong(Invoice::cents).sum();
    }

    public static void main(String[] args) {
        InvoiceReport report = new InvoiceReport(InvoiceStore.load(args[0]));
        System.out.println(report.totalCents());
        Line header = new Line();
    }
}`,
        note: 'main had no InvoiceReport to work on. Creating one (with its data passed to the constructor) gives totalCents a this; Line needs nothing from the report, so it becomes a static nested class that main can create directly. Nothing was made static just to silence the compiler.',
      },
      pitfalls: [
        'Making fields and methods `static` to silence the error, which turns per-object state into global state.',
        'Declaring nested classes without `static` by default, so they need an outer instance to be created.',
        'Calling static methods through instance variables, which reads like overriding but is resolved at compile time.',
      ],
      quiz: [
        {
          kind: 'predict-output',
          prompt: 'What does this print?',
          code: `public class Main {
    static class Parser {
        static String name() { return "base"; }
        String kind() { return "base"; }
    }

    static class CsvParser extends Parser {
        static String name() { return "csv"; }
        @Override String kind() { return "csv"; }
    }

    public static void main(String[] args) {
        Parser p = new CsvParser();
        System.out.println(p.name() + " " + p.kind());
    }
}`,
          answer: 'base csv',
          explanation:
            'Static methods are chosen at compile time from the declared type, Parser, so CsvParser.name() only hides it. kind() is an instance method and dispatches on the runtime class. javac -Xlint:static warns about calling name() through p.',
        },
        {
          kind: 'spot-the-bug',
          prompt: 'javac reports "non-static variable client cannot be referenced from a static context". Which line?',
          code: `public class PriceCheck {
    private final PriceClient client = new PriceClient();

    public static void main(String[] args) {
        for (String sku : args) {
            System.out.println(sku + ": " + client.price(sku));
        }
    }
}`,
          bugLine: 6,
          answer: 'Create an instance and work through it, for example `new PriceCheck().run(args)` with the loop moved into an instance method `void run(String[] skus)` that uses `client`.',
          explanation:
            'client is an instance field: it exists once per PriceCheck object, and main has no object. Making client static would compile but turns it into global state; giving main an instance keeps the design testable.',
        },
      ],
    },
    advanced: {
      title: 'Static context in depth: hidden outer references, initialization order and static state',
      conceptId: 'java.static-context',
      level: 'advanced',
      explanation: `**Inner classes capture their outer instance.** javac 17 gives every non-static inner class, and every anonymous class declared in an instance method, a synthetic \`final Outer this$0\` field (see \`javap -p\`). Each such object keeps its outer object reachable: a listener or \`Runnable\` handed to a long-lived scheduler keeps a whole controller alive, caches and buffers included. Since JDK 18, javac drops the field when the inner class never uses the outer instance (serializable classes keep it), but the constructor still receives it, and any use of an outer member keeps it. A lambda captures \`this\` only when its body uses instance members. Making the nested class \`static\` removes the hidden reference and makes dependencies explicit constructor parameters; needing the odd \`outer.new Inner()\` syntax is another hint that it should be static.

**Static initialization order.** Static field initializers and \`static {}\` blocks run once, in textual order, when the class is first initialized. A \`static final Config INSTANCE = new Config();\` declared *before* \`static int defaultPort = 8080;\` runs the constructor while \`defaultPort\` is still \`0\`. A static initializer that throws produces \`ExceptionInInitializerError\` on first use and \`NoClassDefFoundError\` on every later use, far from the original cause; keep static initialization trivial and move I/O into explicit factories.

**Static methods are not polymorphic.** They are bound at compile time by the declared type; a subclass method with the same signature *hides* the parent's and cannot carry \`@Override\`.

**Mutable static state** is shared by every thread, every test in the JVM and every tenant: a static \`SimpleDateFormat\` is a race (the class is not thread-safe), a static cache leaks data between tests. Inject instances where they are needed; if a static must hold state, make it immutable or thread-safe (\`DateTimeFormatter\`, \`ConcurrentHashMap\`).

**Java 16 relaxed one rule:** inner classes may declare static members (JEP 395; before that, \`Illegal static declaration in inner class\`). Nested records, enums and interfaces are implicitly static.`,
      workedExample: {
        language: 'java',
        before: `public class ReportScreen {
    private final byte[] chartBuffer = new byte[8 * 1024 * 1024];

    void scheduleRefresh(ScheduledExecutorService scheduler, String reportId) {
        scheduler.scheduleAtFixedRate(new Runnable() {
            @Override public void run() {
                ReportCache.refresh(reportId);
            }
        }, 0, 1, TimeUnit.MINUTES);
    }
}`,
        after: `public class ReportScreen {
    private final byte[] chartBuffer = new byte[8 * 1024 * 1024];

    void scheduleRefresh(ScheduledExecutorService scheduler, String reportId) {
        scheduler.scheduleAtFixedRate(new RefreshTask(reportId), 0, 1, TimeUnit.MINUTES);
    }

    private static final class RefreshTask implements Runnable {
        private final String reportId;
        RefreshTask(String reportId) { this.reportId = reportId; }
        @Override public void run() { ReportCache.refresh(reportId); }
    }
}`,
        note: 'Compiled with javac 17, the anonymous Runnable held a this$0 reference to its ReportScreen, so every closed screen stayed reachable from the scheduler with its 8 MiB buffer. The static nested class carries only the report id; a lambda using only reportId would also capture no this.',
      },
      pitfalls: [
        'Handing inner or anonymous class instances to long-lived schedulers, caches or listeners, which keeps the outer object alive.',
        'Static fields initialised from other static fields declared further down, or static initializers doing I/O that can fail.',
        'Mutable static state (formatters, caches, counters) shared by threads and tests.',
      ],
      quiz: [
        {
          kind: 'predict-output',
          prompt: 'What does this print?',
          code: `public class Main {
    static class Config {
        static final Config INSTANCE = new Config();
        static int defaultPort = 8080;
        final int port;

        Config() {
            port = defaultPort;
        }
    }

    public static void main(String[] args) {
        System.out.println(Config.INSTANCE.port + " " + Config.defaultPort);
    }
}`,
          answer: '0 8080',
          explanation:
            'Static initializers run in textual order. INSTANCE is created first, while defaultPort still has its default value 0; only afterwards is defaultPort set to 8080. Moving INSTANCE below defaultPort, or avoiding the eager singleton, fixes it.',
        },
        {
          kind: 'spot-the-bug',
          prompt: 'Under load, invoice headers occasionally show impossible dates or the request fails with NumberFormatException. Which line?',
          code: `public final class InvoiceFormatter {
    private static final SimpleDateFormat DATE = new SimpleDateFormat("yyyy-MM-dd");

    public static String header(Invoice inv) {
        return "Invoice " + inv.number() + " of " + DATE.format(inv.issuedOn());
    }
}`,
          bugLine: 2,
          answer: 'Use an immutable, thread-safe formatter: `private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");` with a `LocalDate` issue date (or create a SimpleDateFormat per call).',
          explanation:
            'SimpleDateFormat keeps intermediate state in its fields, and this single static instance is shared by every request thread, so concurrent format and parse calls corrupt each other. final only fixes the reference, not the object\'s state.',
        },
      ],
    },
    hints: {
      nudge: 'Is the code on that line running inside a static method, and does it need a particular object to work on?',
      concept:
        'Static members belong to the class and run without `this`; instance members need an object. Give static code an instance to call through, make a member static only when it uses no instance state, and declare nested classes `static` unless they need their outer instance.',
      analogousExample:
        'Similar: a JUnit helper `static Order sampleOrder()` that reads the test instance\'s `clock` field fails with "non-static variable clock cannot be referenced from a static context"; making the helper an instance method (or passing the clock in) fixes the design instead of making the clock global.',
      pseudoCode:
        'in static code (main, static helpers):\n    obj = new TheClass(dependencies)\n    obj.instanceMethod()\nmember uses no instance state?  it may be static\nnested class does not need the outer object?  static class Nested',
    },
  },
];
