import type { LibraryEntry } from '../libraryEntry';

/**
 * Offline library entries for Java (the general fallback entry, generics, checked exceptions, Optional); the library
 * registry serves them when no LLM is available.
 */
export const javaLanguageEntries: readonly LibraryEntry[] = [
  {
    conceptId: 'java.generics',
    fundamentals: {
      title: 'Java generics: type parameters, wildcards and erasure',
      conceptId: 'java.generics',
      level: 'fundamentals',
      explanation: `Generics let a class or method work over a type chosen by the caller while the compiler checks it: \`List<Invoice>\` only accepts invoices, and \`get\` returns an \`Invoice\` without a cast.

~~~java
static <T extends Comparable<? super T>> T max(List<? extends T> items) {
    T best = items.get(0);
    for (T item : items) if (item.compareTo(best) > 0) best = item;
    return best;
}
~~~

Three rules explain most compiler errors:

- **Generic types are invariant.** \`List<Integer>\` is not a \`List<Number>\`, even though \`Integer\` is a \`Number\`; otherwise you could add a \`Double\` to a list of integers.
- **Wildcards restore flexibility.** \`List<? extends Number>\` accepts lists of any subtype, for *reading* (producer). \`List<? super Integer>\` accepts lists you can *add* integers to (consumer). Remember PECS: Producer Extends, Consumer Super.
- **Raw types turn checking off.** \`List list = new ArrayList()\` compiles with an "unchecked" warning and fails later with \`ClassCastException\`. Never ignore unchecked warnings.

Use the diamond (\`new HashMap<>()\`) and \`var\` where the type is obvious. Generic types cannot be primitives: \`List<int>\` is illegal, and \`List<Integer>\` boxes each element.`,
      workedExample: {
        language: 'java',
        before: `static double total(List<Number> amounts) {
    double sum = 0;
    for (Number n : amounts) sum += n.doubleValue();
    return sum;
}

List<Integer> cents = List.of(199, 250);
total(cents); // error: List<Integer> cannot be converted to List<Number>`,
        after: `static double total(List<? extends Number> amounts) {
    double sum = 0;
    for (Number n : amounts) sum += n.doubleValue();
    return sum;
}

List<Integer> cents = List.of(199, 250);
total(cents); // ok`,
        note: 'total only reads from the list, so it is a producer: ? extends Number accepts List<Integer>, List<Long> and List<BigDecimal> while still letting the loop treat elements as Number.',
      },
      pitfalls: [
        'Expecting `List<Sub>` to be assignable to `List<Super>`: generic types are invariant.',
        'Using raw types (`List`, `Map`) and suppressing unchecked warnings.',
        'Choosing `? extends` for a parameter you need to add to (use `? super`).',
      ],
      quiz: [
        {
          kind: 'multiple-choice',
          prompt: 'Which line does not compile?',
          code: `List<? extends Number> nums = new ArrayList<Integer>(List.of(1, 2));
Number first = nums.get(0);
nums.add(3);
int size = nums.size();`,
          choices: ['Line 1', 'Line 2', 'Line 3', 'Line 4'],
          answerIndex: 2,
          explanation:
            'With ? extends Number the compiler does not know the exact element type (it might be List<Double>), so it forbids adding anything but null. Reading as Number is safe.',
        },
        {
          kind: 'predict-output',
          prompt: 'What does this print?',
          code: `import java.util.*;

public class Main {
    public static void main(String[] args) {
        List<String> names = new ArrayList<>();
        List<Integer> ids = new ArrayList<>();
        System.out.println(names.getClass() == ids.getClass());
    }
}`,
          answer: 'true',
          explanation:
            'Type arguments are erased at runtime: both are plain ArrayList objects. This is why you cannot write `new T()`, `instanceof List<String>` or overload on List<String> vs List<Integer>.',
        },
      ],
    },
    advanced: {
      title: 'Generics in depth: PECS in APIs, erasure limits and heap pollution',
      conceptId: 'java.generics',
      level: 'advanced',
      explanation: `**PECS in signatures.** \`Collections.copy(List<? super T> dest, List<? extends T> src)\` is the model: read from producers, write to consumers. Return types should not use wildcards, which push complexity to every caller.

~~~java
static <T> void drainTo(Queue<? extends T> from, Collection<? super T> to) {
    for (T item; (item = from.poll()) != null; ) to.add(item);
}
~~~

**Erasure consequences.** At runtime \`T\` is its bound (\`Object\` by default). So: no \`new T()\` or \`new T[]\` (pass a \`Class<T>\` or \`Supplier<T>\`), no \`instanceof List<String>\`, and two methods \`process(List<String>)\` and \`process(List<Integer>)\` clash ("same erasure"). Since Java 16, pattern matching allows \`instanceof List<?> list\`.

**Heap pollution.** Generic varargs (\`<T> void addAll(T... items)\`) create a generic array; storing something of the wrong type into it corrupts a typed collection and throws \`ClassCastException\` far away. Mark safe methods \`@SafeVarargs\` only when they neither store into nor expose the array.

**Recursive bounds.** \`<T extends Comparable<? super T>>\` accepts types comparable to a supertype (e.g. \`java.sql.Timestamp\` via \`Date\`). Builder hierarchies use \`abstract class Builder<B extends Builder<B>>\` to return the subclass from fluent methods.

**Wildcard capture.** A method taking \`List<?>\` cannot put elements back into the list; delegate to a private generic helper \`<T> void swapHelper(List<T> l, ...)\` to "capture" the wildcard.`,
      workedExample: {
        language: 'java',
        before: `@SuppressWarnings("unchecked")
static <T> T[] toArray(List<T> list) {
    return (T[]) list.toArray();   // actually an Object[]
}

String[] names = toArray(List.of("a", "b")); // ClassCastException here`,
        after: `static <T> T[] toArray(List<T> list, IntFunction<T[]> newArray) {
    return list.toArray(newArray.apply(0));
}

String[] names = toArray(List.of("a", "b"), String[]::new);`,
        note: 'Because of erasure, the cast to T[] is unchecked and the array really is Object[], so assigning it to String[] fails at the call site. Passing an array constructor gives the method the runtime type it cannot get from T.',
      },
      pitfalls: [
        'Casting to `T` or `T[]` under `@SuppressWarnings("unchecked")`: the failure moves to an innocent caller.',
        'Wildcards in return types, forcing every caller to deal with capture.',
        'Overloads that differ only in type arguments (same erasure).',
      ],
      quiz: [
        {
          kind: 'spot-the-bug',
          prompt: 'This compiles with an unchecked warning and throws ClassCastException on line 4. Which earlier line corrupts the list?',
          code: `List<String> names = new ArrayList<>();
List raw = names;
raw.add(42);
String first = names.get(0);`,
          bugLine: 3,
          answer: 'It adds an Integer to what is really a List<String>. Drop the raw alias on line 2 and keep the type `List<String>` (or `List<?>`), so this add no longer compiles.',
          explanation:
            'The raw List alias disables type checking, so the add is accepted with only an unchecked warning. The ClassCastException appears at line 4, where the compiler inserted a cast to String, far from the cause.',
        },
        {
          kind: 'multiple-choice',
          prompt: 'A method copies elements from `src` into `dst`. Which signature is the most flexible correct one?',
          code: '',
          choices: [
            '<T> void copy(List<T> dst, List<T> src)',
            '<T> void copy(List<? extends T> dst, List<? super T> src)',
            '<T> void copy(List<? super T> dst, List<? extends T> src)',
            'void copy(List<?> dst, List<?> src)',
          ],
          answerIndex: 2,
          explanation:
            'src produces Ts (extends), dst consumes them (super). Option 2 reverses PECS and cannot add to dst; option 4 cannot add anything but null.',
        },
      ],
    },
    hints: {
      nudge: 'Compare the exact generic types on both sides of that assignment or call, including the type arguments.',
      concept:
        'Java generics are invariant: `List<Integer>` is not a `List<Number>`. Use `? extends T` for parameters you only read from and `? super T` for ones you write to (PECS). Type arguments are erased at runtime, so casts to `T` are unchecked.',
      analogousExample:
        'Similar: `void printAll(Collection<Object> items)` rejects a `Set<String>`. Declaring it `Collection<?> items` (read-only, any element type) accepts every collection.',
      pseudoCode:
        'for each generic parameter:\n    if the method only reads from it: use ? extends T\n    if it only writes into it: use ? super T\n    if both: use exactly T\nremove raw types and unchecked casts',
    },
  },
  {
    conceptId: 'java.checked-exceptions',
    fundamentals: {
      title: 'Checked exceptions: declare, handle or translate',
      conceptId: 'java.checked-exceptions',
      level: 'fundamentals',
      explanation: `Java splits exceptions into **checked** (subclasses of \`Exception\` but not \`RuntimeException\`, e.g. \`IOException\`, \`SQLException\`) and **unchecked** (\`RuntimeException\`, \`Error\`). For checked ones the compiler enforces "catch or declare": "unreported exception IOException; must be caught or declared to be thrown".

~~~java
String read(Path p) throws IOException {        // declare: caller decides
    return Files.readString(p);
}

String readOrEmpty(Path p) {
    try {
        return Files.readString(p);
    } catch (NoSuchFileException e) {
        return "";                                  // handle: a real decision
    } catch (IOException e) {
        throw new UncheckedIOException("Cannot read " + p, e); // translate
    }
}
~~~

Choose based on who can act on the failure. If this method can recover, catch it. If the caller can, declare it. If nobody up the stack can do anything specific, wrap it in an unchecked exception that keeps the **cause**, so the stack trace still shows the origin.

Never swallow: \`catch (IOException e) {}\` or a bare \`e.printStackTrace()\` hides failures and leaves the program in an unknown state. Catch the most specific type you can handle; \`catch (Exception e)\` also catches bugs such as \`NullPointerException\`.

Multi-catch (\`catch (IOException | SQLException e)\`) shares handling without a common supertype.`,
      workedExample: {
        language: 'java',
        before: `Properties loadConfig(Path path) {
    Properties props = new Properties();
    try {
        props.load(Files.newBufferedReader(path));
    } catch (IOException e) {
        e.printStackTrace();
    }
    return props; // silently empty on failure
}`,
        after: `Properties loadConfig(Path path) {
    Properties props = new Properties();
    try (BufferedReader reader = Files.newBufferedReader(path)) {
        props.load(reader);
    } catch (IOException e) {
        throw new UncheckedIOException("Cannot load config from " + path.toAbsolutePath(), e);
    }
    return props;
}`,
        note: 'The original printed a trace and returned empty properties, so the app started with defaults and failed somewhere unrelated. Translating with the cause reports where and why; try-with-resources also closes the reader, which the original leaked.',
      },
      pitfalls: [
        'Empty catch blocks or `printStackTrace()` as "handling".',
        'Wrapping without passing the cause (`new RuntimeException(e.getMessage())`), which loses the original stack trace.',
        'Catching `Exception` broadly and hiding programming errors along with I/O failures.',
      ],
      quiz: [
        {
          kind: 'multiple-choice',
          prompt: 'Which of these must be caught or declared?',
          code: '',
          choices: ['IllegalArgumentException', 'NullPointerException', 'java.io.FileNotFoundException', 'ArithmeticException'],
          answerIndex: 2,
          explanation:
            'FileNotFoundException extends IOException, which is checked. The others extend RuntimeException and are unchecked.',
        },
        {
          kind: 'predict-output',
          prompt: 'What does this print?',
          code: `import java.io.*;

public class Main {
    static void load() throws IOException { throw new FileNotFoundException("app.yml"); }

    public static void main(String[] args) {
        try {
            try { load(); }
            catch (IOException e) { throw new UncheckedIOException("config", e); }
        } catch (UncheckedIOException e) {
            System.out.println(e.getMessage() + " <- " + e.getCause().getMessage());
        }
    }
}`,
          answer: 'config <- app.yml',
          explanation:
            'The checked exception is translated into an unchecked one that keeps it as the cause, so the outer handler can still see the original message (and its stack trace).',
        },
      ],
    },
    advanced: {
      title: 'Checked exceptions with lambdas, streams and resource cleanup',
      conceptId: 'java.checked-exceptions',
      level: 'advanced',
      explanation: `**Lambdas.** \`Function\`, \`Consumer\` and the other \`java.util.function\` interfaces declare no checked exceptions, so \`paths.stream().map(Files::readString)\` does not compile. Options:

- handle inside the lambda and translate (\`UncheckedIOException\`), unwrapping at the stream's end if callers expect the checked type;
- use a loop, which is often clearer than a stream with try/catch inside;
- define your own functional interface with \`throws\` for internal APIs.

~~~java
List<String> texts = paths.stream().map(p -> {
    try { return Files.readString(p); }
    catch (IOException e) { throw new UncheckedIOException(e); }
}).toList();
~~~

**Suppressed exceptions.** In try-with-resources, if the body throws and \`close()\` also throws, the close failure is added as *suppressed* to the primary exception (\`getSuppressed()\`), not lost. Hand-written \`finally { r.close(); }\` instead replaces the original exception.

**Precise rethrow.** \`catch (Exception e) { log(e); throw e; }\` in a method that only throws \`IOException\` compiles with \`throws IOException\`, because \`e\` is effectively final and the compiler tracks the precise types.

**InterruptedException** is special: catching it clears the interrupt flag. Either rethrow it or call \`Thread.currentThread().interrupt()\` before returning.

**Sneaky throws** (rethrowing checked exceptions through generics tricks or Lombok) compiles but surprises callers who cannot catch what the signature hides.`,
      workedExample: {
        language: 'java',
        before: `void awaitShutdown(ExecutorService pool) {
    try {
        pool.awaitTermination(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
        log.warn("interrupted while waiting", e);
    }
}`,
        after: `void awaitShutdown(ExecutorService pool) {
    try {
        if (!pool.awaitTermination(30, TimeUnit.SECONDS)) {
            pool.shutdownNow();
        }
    } catch (InterruptedException e) {
        pool.shutdownNow();
        Thread.currentThread().interrupt(); // preserve the request to stop
    }
}`,
        note: 'Catching InterruptedException clears the thread\'s interrupt flag, so code up the stack no longer knows it was asked to stop. Restoring the flag (or rethrowing) keeps cancellation working; the timeout result is no longer ignored either.',
      },
      pitfalls: [
        'Swallowing `InterruptedException` without restoring the interrupt flag.',
        'Closing resources in `finally` by hand and losing the primary exception when `close()` throws.',
        'Wrapping checked exceptions inside stream lambdas and never unwrapping them for callers that expect the checked type.',
      ],
      quiz: [
        {
          kind: 'predict-output',
          prompt: 'What does this print?',
          code: `public class Main {
    static class Res implements AutoCloseable {
        public void close() { throw new IllegalStateException("close failed"); }
    }

    public static void main(String[] args) {
        try (Res r = new Res()) {
            throw new RuntimeException("body failed");
        } catch (RuntimeException e) {
            System.out.println(e.getMessage() + " / " + e.getSuppressed()[0].getMessage());
        }
    }
}`,
          answer: 'body failed / close failed',
          explanation:
            'The body exception is primary; the exception from close() is attached to it as suppressed instead of replacing it.',
        },
        {
          kind: 'spot-the-bug',
          prompt: 'This worker ignores shutdown requests. Which line is responsible?',
          code: `while (!Thread.currentThread().isInterrupted()) {
    try {
        Job job = queue.take();
        job.run();
    } catch (InterruptedException e) {
        log.debug("take interrupted");
    }
}`,
          bugLine: 6,
          answer: 'Restore the flag and stop: `Thread.currentThread().interrupt(); break;` (or return).',
          explanation:
            'take() throws InterruptedException and clears the interrupt flag, so the loop condition sees false and the worker keeps running.',
        },
      ],
    },
    hints: {
      nudge: 'Which call on that line throws a checked exception, and who, this method or its caller, can actually do something about the failure?',
      concept:
        'Checked exceptions must be caught or declared. Catch where you can recover, declare (`throws`) where the caller can, and otherwise wrap in an unchecked exception with the original as cause. Never swallow them.',
      analogousExample:
        'Similar: a method calling `new URI(text)` must handle `URISyntaxException`. If bad input is the caller\'s fault, translating it to `IllegalArgumentException("Invalid URI: " + text, e)` keeps the cause and tells the caller what went wrong.',
      pseudoCode:
        'try:\n    call that throws a checked exception\ncatch the specific exception:\n    if you can recover here: recover\n    else: throw an unchecked exception with context and the cause\nor: add throws ... to the method signature and let the caller decide',
    },
  },
  {
    conceptId: 'java.optional',
    fundamentals: {
      title: 'Optional: return types that admit absence',
      conceptId: 'java.optional',
      level: 'fundamentals',
      explanation: `\`Optional<T>\` is a container that either holds a value or is empty. Its job is to make "may not exist" visible in a **return type**, so callers cannot forget the empty case the way they forget to check for \`null\`.

~~~java
Optional<User> findByEmail(String email);

String name = repo.findByEmail(email)
    .map(User::displayName)
    .orElse("guest");

User user = repo.findByEmail(email)
    .orElseThrow(() -> new NotFoundException("No user " + email));
~~~

Use the combinators instead of unpacking: \`map\`, \`flatMap\` (when the function itself returns an Optional), \`filter\`, \`orElse\`, \`orElseGet\` (lazy default), \`orElseThrow\`, \`ifPresent\`, \`ifPresentOrElse\`.

\`get()\` (and \`orElseThrow()\` without arguments) throws \`NoSuchElementException\` when empty; \`if (opt.isPresent()) opt.get()\` is null-checking with more steps.

Guidelines from the JDK authors: use \`Optional\` for return values; do not use it for fields, method parameters or collection elements (return an empty collection instead of \`Optional<List<T>>\`). Never return \`null\` from a method declared to return \`Optional\`. For primitives, \`OptionalInt\`, \`OptionalLong\` and \`OptionalDouble\` avoid boxing.`,
      workedExample: {
        language: 'java',
        before: `Discount discountFor(Customer c) {
    Optional<Coupon> coupon = coupons.activeFor(c.id());
    if (coupon.isPresent()) {
        return coupon.get().discount();
    }
    return null;
}`,
        after: `Discount discountFor(Customer c) {
    return coupons.activeFor(c.id())
        .map(Coupon::discount)
        .orElse(Discount.NONE);
}`,
        note: 'The original unpacked the Optional and then returned null, reintroducing the problem Optional solved. map/orElse expresses the same logic and returns a null-object default instead of null.',
      },
      pitfalls: [
        'Calling `get()` without checking; use `orElseThrow` with a message, or a combinator.',
        'Using `Optional` for fields, parameters or collections.',
        'Returning `null` from a method whose return type is `Optional`.',
      ],
      quiz: [
        {
          kind: 'predict-output',
          prompt: 'What does this print?',
          code: `import java.util.Optional;

public class Main {
    public static void main(String[] args) {
        Optional<String> email = Optional.of("Ada@Example.com");
        Optional<String> none = Optional.empty();
        System.out.println(email.map(String::toLowerCase).orElse("none") + " " + none.map(String::toLowerCase).orElse("none"));
    }
}`,
          answer: 'ada@example.com none',
          explanation:
            'map applies the function only when a value is present; on an empty Optional it stays empty and orElse supplies the default.',
        },
        {
          kind: 'multiple-choice',
          prompt: '`findManager` returns `Optional<Employee>`, and `Employee.manager()` also returns `Optional<Employee>`. How do you get the manager\'s manager as `Optional<Employee>`?',
          code: '',
          choices: [
            'findManager(id).map(Employee::manager)',
            'findManager(id).flatMap(Employee::manager)',
            'findManager(id).get().manager()',
            'findManager(id).filter(Employee::manager)',
          ],
          answerIndex: 1,
          explanation:
            'map would produce Optional<Optional<Employee>>. flatMap is for functions that already return an Optional. get() throws when the first lookup is empty.',
        },
      ],
    },
    advanced: {
      title: 'Optional done well: laziness, streams and API design',
      conceptId: 'java.optional',
      level: 'advanced',
      explanation: `**orElse is eager.** The argument to \`orElse\` is evaluated even when the Optional has a value. \`orElse(loadDefaultFromDb())\` hits the database on every call; use \`orElseGet(this::loadDefaultFromDb)\`.

**Chaining alternatives.** \`or(() -> otherSource())\` (Java 9) falls back to another Optional-returning lookup without unpacking:

~~~java
Optional<Config> cfg = fromEnv().or(this::fromFile).or(this::fromDefaults);
~~~

**Streams.** \`Optional.stream()\` (Java 9) turns an Optional into a stream of zero or one element, so \`ids.stream().map(repo::find).flatMap(Optional::stream).toList()\` keeps only the found entities.

**Identity.** Optional is a value-based class: do not compare with \`==\` or synchronise on it. \`Optional.equals\` compares contents.

**ofNullable at boundaries.** Wrap nullable legacy or library results with \`Optional.ofNullable(map.get(key))\`. \`Optional.of(null)\` throws \`NullPointerException\` immediately, which is sometimes what you want.

**Cost.** Each Optional is an allocation (escape analysis often removes it). In hot loops over primitives, \`OptionalInt\` or a sentinel may be justified; measure first.

**API design.** Returning Optional from a getter of a JPA entity or a record component is debated; returning it from finder and lookup methods is the mainstream idiom. Parameters of type Optional force callers to wrap; overload or accept a nullable parameter annotated \`@Nullable\` instead.`,
      workedExample: {
        language: 'java',
        before: `Locale localeFor(User user) {
    return Optional.ofNullable(user.preferredLocale())
        .orElse(geoIpService.lookupLocale(user.lastIp())); // remote call every time
}`,
        after: `Locale localeFor(User user) {
    return Optional.ofNullable(user.preferredLocale())
        .orElseGet(() -> geoIpService.lookupLocale(user.lastIp()));
}`,
        note: 'orElse evaluates its argument before the call, so the GeoIP lookup ran even for users with a preferred locale. orElseGet takes a Supplier and only calls it when the Optional is empty.',
      },
      pitfalls: [
        'Expensive or side-effecting expressions passed to `orElse` instead of `orElseGet`.',
        '`Optional.of(x)` where x may be null: use `ofNullable`.',
        'Optional parameters and fields, which add wrapping without adding safety.',
      ],
      quiz: [
        {
          kind: 'predict-output',
          prompt: 'What does this print?',
          code: `import java.util.Optional;

public class Main {
    static int calls = 0;
    static String fallback() { calls++; return "fallback"; }

    public static void main(String[] args) {
        Optional<String> present = Optional.of("value");
        present.orElse(fallback());
        present.orElseGet(Main::fallback);
        System.out.println(calls);
    }
}`,
          answer: '1',
          explanation:
            'orElse(fallback()) evaluates fallback() before orElse runs, even though the value is present. orElseGet calls its supplier only when empty, so it adds nothing.',
        },
        {
          kind: 'spot-the-bug',
          prompt: 'This throws NullPointerException for users without a nickname. Which line?',
          code: `record User(String name, String nickname) {}

static String label(User u) {
    return Optional.of(u.nickname())
        .map(n -> n + " (" + u.name() + ")")
        .orElse(u.name());
}`,
          bugLine: 4,
          answer: 'Use `Optional.ofNullable(u.nickname())`.',
          explanation:
            'Optional.of requires a non-null value and throws NullPointerException immediately when nickname is null; ofNullable produces an empty Optional instead.',
        },
      ],
    },
    hints: {
      nudge: 'Is an `Optional` being unpacked with `get()` or compared with `null` on that line, instead of handling the empty case?',
      concept:
        '`Optional<T>` makes absence explicit in return types. Transform it with `map`/`flatMap`/`filter` and end with `orElse`, `orElseGet` (lazy) or `orElseThrow` (with a message). Use `ofNullable` when wrapping values that may be null.',
      analogousExample:
        'Similar: `String city = repo.findAddress(id).get().city();` throws when no address exists. `repo.findAddress(id).map(Address::city).orElse("unknown")` handles both cases in one expression.',
      pseudoCode:
        'result = lookup()              // Optional<T>\n    .map(transform)             // only if present\n    .filter(condition)          // optional\n    .orElseGet(default supplier) or .orElseThrow(descriptive exception)',
    },
  },
  {
    conceptId: 'java.general',
    fundamentals: {
      title: 'Reading javac errors: symbols, types and definite assignment',
      conceptId: 'java.general',
      level: 'fundamentals',
      explanation: `javac (and the Eclipse compiler behind many IDEs) checks types, definite assignment, reachability and checked exceptions before anything runs. Its messages are precise once you know the shapes:

~~~text
OrderService.java:42: error: cannot find symbol
        var total = order.getTotl();
                         ^
  symbol:   method getTotl()
  location: variable order of type Order
~~~

**cannot find symbol** lists what was looked up (\`symbol\`) and where (\`location\`). Usually it is a typo, a missing import, a method that exists only on a subtype, or a dependency missing from the build (the IDE sees it, Maven/Gradle does not).

Other frequent ones:

- **incompatible types: X cannot be converted to Y**: often a generic mismatch (\`List<Object>\` vs \`List<String>\`) or a lossy primitive conversion (\`long\` to \`int\` needs a cast, and a decision about overflow).
- **variable might not have been initialized**: some path reaches the use without assigning; initialise on every branch or restructure with a \`switch\` expression.
- **unreported exception X; must be caught or declared to be thrown**: a checked exception.
- **missing return statement** / **unreachable statement**: control flow analysis.
- **non-static variable cannot be referenced from a static context**: using an instance member from \`main\` or another static method.

Fix the **first** error first: one missing import can produce dozens of follow-on errors. Run the build tool (\`./gradlew build\`, \`mvn compile\`) when the IDE and CI disagree.`,
      workedExample: {
        language: 'java',
        before: `String label;
switch (status) {
    case ACTIVE: label = "Active"; break;
    case SUSPENDED: label = "Suspended"; break;
}
System.out.println(label); // error: variable label might not have been initialized`,
        after: `String label = switch (status) {
    case ACTIVE -> "Active";
    case SUSPENDED -> "Suspended";
    case CLOSED -> "Closed";
};
System.out.println(label);`,
        note: 'The statement switch had no path assigning label for other enum constants, so definite assignment failed. A switch expression over an enum must be exhaustive, so the compiler forces every constant (here CLOSED) to produce a value.',
      },
      pitfalls: [
        'Chasing the 40th error in the list instead of the first one.',
        'Trusting the IDE over the build tool: a dependency can be on the IDE classpath but not in the build file.',
        'Silencing "incompatible types" between numeric types with a cast without considering overflow or truncation.',
      ],
      quiz: [
        {
          kind: 'multiple-choice',
          prompt: 'What does javac report here?',
          code: `public class Main {
    private int count = 0;
    public static void main(String[] args) {
        count++;
    }
}`,
          choices: [
            'cannot find symbol',
            'non-static variable count cannot be referenced from a static context',
            'variable count might not have been initialized',
            'Nothing; it compiles',
          ],
          answerIndex: 1,
          explanation:
            'count is an instance field and main is static: there is no instance. Create one (new Main().count++) or make the field static if it is truly shared.',
        },
        {
          kind: 'predict-output',
          prompt: 'This compiles (with an explicit cast). What does it print?',
          code: `public class Main {
    public static void main(String[] args) {
        long bytes = 3_000_000_000L;
        int asInt = (int) bytes;
        System.out.println(asInt);
    }
}`,
          answer: '-1294967296',
          explanation:
            'The cast keeps the low 32 bits: 3,000,000,000 - 2^32 = -1,294,967,296. javac requires the cast because the conversion is lossy; Math.toIntExact would throw instead of wrapping.',
        },
      ],
    },
    advanced: {
      title: 'Beyond javac: warnings, lint, annotation processing and build-level errors',
      conceptId: 'java.general',
      level: 'advanced',
      explanation: `**Turn on the warnings.** \`-Xlint:all -Werror\` (or selective \`-Xlint:unchecked,rawtypes,deprecation\`) makes javac report raw types, unchecked casts, deprecated APIs, fallthrough and missing \`serialVersionUID\`. Without it, unchecked conversions only produce a one-line "Note: Some input files use unchecked or unsafe operations."

~~~kotlin
tasks.withType<JavaCompile>().configureEach {
    options.compilerArgs.addAll(listOf("-Xlint:all", "-Werror"))
}
~~~

**Static analysis** adds more: Error Prone (runs as a javac plugin), SpotBugs, and NullAway for null safety with \`@Nullable\` annotations (JSpecify).

**Annotation processors** (Lombok, MapStruct, Dagger, record builders) generate code at compile time. When they fail, you see "cannot find symbol" for generated classes or methods; the real error is earlier in the output, or the processor is missing from \`annotationProcessor\` configuration.

**Module system.** With \`module-info.java\`, "package X is not visible" or "does not read module Y" means a missing \`requires\`, or a package the other module does not \`exports\`. Reflection-based frameworks need \`opens\`.

**Release level.** \`--release 21\` compiles against the Java 21 API; \`-source/-target\` alone can compile code that calls APIs missing at runtime (\`NoSuchMethodError\`). Preview features need \`--enable-preview\` at both compile and run time.

**Runtime linkage errors** (\`NoClassDefFoundError\`, \`NoSuchMethodError\`) mean the classpath at runtime differs from compile time, usually a dependency version conflict; \`gradle dependencies\` or \`mvn dependency:tree\` shows which version won.`,
      workedExample: {
        language: 'java',
        before: `// build.gradle.kts
java { toolchain { languageVersion = JavaLanguageVersion.of(21) } }
tasks.withType<JavaCompile>().configureEach {
    options.compilerArgs.addAll(listOf("-source", "11", "-target", "11"))
}
// compiles against JDK 21 APIs; fails on Java 11 servers with NoSuchMethodError`,
        after: `// build.gradle.kts
java { toolchain { languageVersion = JavaLanguageVersion.of(21) } }
tasks.withType<JavaCompile>().configureEach {
    options.release = 11
    options.compilerArgs.addAll(listOf("-Xlint:all", "-Werror"))
}
// calls to APIs added after Java 11 are now compile errors`,
        note: '-source/-target only control language level and bytecode version; the code still compiled against the JDK 21 class library, so a call to a newer API (say List.getFirst) passed and failed at runtime. --release also restricts the API to Java 11.',
      },
      pitfalls: [
        'Ignoring the "unchecked or unsafe operations" note instead of compiling with `-Xlint`.',
        'Using `-source`/`-target` instead of `--release` when targeting an older runtime.',
        'Debugging "cannot find symbol" on generated code without checking the annotation processor configuration.',
      ],
      quiz: [
        {
          kind: 'multiple-choice',
          prompt: 'The app compiles, but production throws `NoSuchMethodError: com.fasterxml.jackson...`. What is the most likely cause?',
          code: '',
          choices: [
            'A typo in the method name',
            'A different version of the dependency is on the runtime classpath than at compile time',
            'The method is private',
            'javac was run without -Werror',
          ],
          answerIndex: 1,
          explanation:
            'javac verified the call against the compile-time version. At runtime another version (often pulled in transitively) lacks that method. Inspect the dependency tree and align versions.',
        },
        {
          kind: 'spot-the-bug',
          prompt: 'With `-Xlint:all -Werror`, this file fails to compile. Which line triggers the warning?',
          code: `import java.util.*;

class Registry {
    private final Map<String, List<String>> byOwner = new HashMap<>();

    void add(String owner, String item) {
        List items = byOwner.computeIfAbsent(owner, k -> new ArrayList<>());
        items.add(item);
    }
}`,
          bugLine: 7,
          answer: 'Use the parameterised type: `List<String> items = byOwner.computeIfAbsent(...)`.',
          explanation:
            'The raw List type produces a rawtypes warning on line 7 and an unchecked warning for add on line 8; both disappear once the variable has its type argument.',
        },
      ],
    },
    hints: {
      nudge: 'Look at the first compiler error only: what symbol or type does it name, and at which location?',
      concept:
        'javac reports typos and missing imports as "cannot find symbol", type mismatches as "incompatible types", and flow problems as definite-assignment or missing-return errors. Fix the first error first; compare with the build tool\'s output when the IDE disagrees.',
      analogousExample:
        'Similar: `cannot find symbol: class LocalDate` with location `class Invoice` means the import is missing: adding `import java.time.LocalDate;` resolves it and often dozens of follow-on errors in the same file.',
      pseudoCode:
        'take the first error in the output\nread symbol/location (or found/required) lines\nif a name is unknown: check spelling, imports, and build dependencies\nif types mismatch: check generics and numeric conversions\nif a variable is not definitely assigned: assign on every path or use a switch expression\nrebuild and repeat',
    },
  },
];
