import type { LibraryEntry } from '../libraryEntry';

/** Built-in material for modelling: composition, variance, hashing contracts, closed sets and exceptions. */
export const crossLanguageModelingEntries: readonly LibraryEntry[] = [
  {
    conceptId: 'composition-over-inheritance',
    fundamentals: {
      title: 'Composition over inheritance: has-a before is-a',
      conceptId: 'composition-over-inheritance',
      level: 'fundamentals',
      explanation: `Inheritance says "a \`Manager\` **is an** \`Employee\`, usable anywhere an Employee is". Composition says "a \`ReportService\` **has a** \`Mailer\` and uses it". When the goal is only to reuse code, composition is usually the better tool:

- The collaborator is passed in, so tests can pass a fake.
- Behaviour can be combined freely (a cached, retrying, logging client) without a subclass per combination.
- The class exposes only what it chooses, instead of inheriting the base's entire public API.
- Changes to the collaborator's internals do not break the class (no fragile base class).

\`\`\`ts
interface Mailer { send(to: string, subject: string, body: string): Promise<void> }

class ReportService {
  constructor(private readonly mailer: Mailer, private readonly reports: ReportStore) {}
  async sendWeekly(to: string) {
    const report = await this.reports.latest();
    await this.mailer.send(to, 'Weekly report', report.text);
  }
}
\`\`\`

Inheritance remains right when **substitutability** is the point: a \`PostgresRepository\` that is genuinely a \`Repository\` used polymorphically, or framework base classes designed for extension. The warning sign is inheriting to get one or two helper methods, then overriding or disabling the rest.

Go has no inheritance at all and composes through struct embedding and small interfaces; Rust uses traits and composition; Python and TypeScript mixins are a middle ground with their own ordering pitfalls.`,
      workedExample: {
        language: 'typescript',
        before: `class HttpClient {
  get(url: string) { return fetch(url); }
  post(url: string, body: unknown) { return fetch(url, { method: 'POST', body: JSON.stringify(body) }); }
}

class WeatherService extends HttpClient {
  forecast(city: string) { return this.get(\`https://api.example/forecast?city=\${city}\`); }
}
// WeatherService now also exposes post(), and tests must stub fetch globally`,
        after: `interface HttpGet { get(url: string): Promise<Response> }

class WeatherService {
  constructor(private readonly http: HttpGet) {}
  forecast(city: string) {
    return this.http.get(\`https://api.example/forecast?city=\${encodeURIComponent(city)}\`);
  }
}

const service = new WeatherService({ get: (url) => fetch(url) });`,
        note: 'WeatherService was never an HTTP client; holding one exposes only `forecast`, and tests can hand in any object with a `get` method.',
      },
      pitfalls: [
        'Inheriting to reuse a few helpers exposes the whole base API on the subclass.',
        'Deep hierarchies couple every level to the implementation details of the levels above.',
        'Subclass-per-combination designs explode as features multiply; compose the features instead.',
      ],
      quiz: [
        {
          kind: 'multiple-choice',
          prompt: 'Which relationship is best modelled with inheritance?',
          code: '',
          choices: [
            'A `UserService` that needs to send emails',
            'A `RetryingClient` that adds retries to any HTTP client',
            'A `SavingsAccount` used wherever an `Account` is expected, with the same contract',
            'A `Logger` that needs a file handle',
          ],
          answerIndex: 2,
          explanation: 'Inheritance fits true substitutability. The others "use" or "wrap" something, which composition (and decorators over an interface) expresses without coupling.',
        },
        {
          kind: 'spot-the-bug',
          prompt: 'Which line couples the stack to every method of ArrayList, including ones that break it?',
          code: `public class Stack<T> extends ArrayList<T> {
    public void push(T item) { add(item); }
    public T pop() { return remove(size() - 1); }
}
// callers can still call stack.add(0, x) or stack.remove(0)`,
          bugLine: 1,
          answer: 'Hold a list instead of extending one: `public class Stack<T> { private final List<T> items = new ArrayList<>(); … }`.',
          explanation: 'Extending ArrayList makes every list operation part of the Stack API, so callers can insert at the bottom and break the LIFO contract.',
        },
      ],
    },
    advanced: {
      title: 'Composition: decorators, delegation and dependency injection',
      conceptId: 'composition-over-inheritance',
      level: 'advanced',
      explanation: `Composition scales through a few patterns worth recognising.

**Decorators (wrappers) over an interface.** Each wrapper implements the same interface and adds one concern: \`new LoggingStore(new CachingStore(new SqlStore(db)))\`. Order matters (cache before or after logging?), and each piece is testable alone.

**Delegation with explicit forwarding.** When a class must expose most of a collaborator's API, forward the needed methods explicitly. Kotlin's \`by\` delegation, Go's struct embedding and C#'s default interface methods reduce the boilerplate. Go embedding promotes the inner type's methods, and shadowing one of them does not change calls made inside the embedded type: there is no virtual dispatch back to the outer struct.

**Dependency injection** is composition at the application's root: construct collaborators in one place (\`main\`, \`activate\`, a container) and pass them down. It replaces static singletons and makes configuration explicit.

**Mixins** (Python multiple inheritance, TypeScript class-expression mixins) compose behaviour by inheritance; method resolution order decides which implementation wins, and \`super()\` chains must cooperate. Use them for small, orthogonal capabilities, not state-heavy features.

\`\`\`go
type Logger struct{ prefix string }
func (l Logger) Log(msg string) { fmt.Println(l.prefix + msg) }

type Service struct {
    Logger            // embedded: Service gets Log
    repo Repository
}
\`\`\``,
      workedExample: {
        language: 'typescript',
        before: `class CachedRetryingLoggingUserStore extends RetryingLoggingUserStore {
  // one subclass per combination of features, each overriding get()
}`,
        after: `interface UserStore { get(id: string): Promise<User | undefined> }

class CachingStore implements UserStore {
  private readonly cache = new Map<string, User | undefined>();
  constructor(private readonly inner: UserStore) {}
  async get(id: string) {
    if (!this.cache.has(id)) this.cache.set(id, await this.inner.get(id));
    return this.cache.get(id);
  }
}

class RetryingStore implements UserStore {
  constructor(private readonly inner: UserStore, private readonly attempts = 3) {}
  async get(id: string) {
    for (let i = 1; ; i++) {
      try { return await this.inner.get(id); } catch (err) { if (i >= this.attempts) throw err; }
    }
  }
}

const users: UserStore = new CachingStore(new RetryingStore(new SqlUserStore(db)));`,
        note: 'Each concern is one small class over the same interface; any combination is a line of wiring instead of a new subclass.',
      },
      pitfalls: [
        'The order of wrappers changes behaviour (caching failures, logging cache hits); choose it deliberately.',
        'Go embedding promotes methods but does not make calls inside the embedded type dispatch to the outer type.',
        'Mixins with state and `super` chains depend on method resolution order, which is easy to get wrong.',
      ],
      quiz: [
        {
          kind: 'predict-output',
          prompt: 'What does this Go program print?',
          code: `package main

import "fmt"

type Base struct{}

func (Base) Name() string    { return "base" }
func (b Base) Greet() string { return "hello from " + b.Name() }

type Derived struct{ Base }

func (Derived) Name() string { return "derived" }

func main() {
	d := Derived{}
	fmt.Println(d.Name(), "|", d.Greet())
}`,
          answer: 'derived | hello from base',
          explanation: 'Embedding is composition: `Greet` is promoted, but inside it `b` is the embedded Base, so it calls `Base.Name`. There is no virtual dispatch to the outer struct.',
        },
        {
          kind: 'multiple-choice',
          prompt: 'With `new LoggingStore(new CachingStore(db))`, which calls get logged?',
          code: '',
          choices: [
            'Only cache misses',
            'Every call, including cache hits',
            'Only database errors',
            'None',
          ],
          answerIndex: 1,
          explanation: 'The logging wrapper is outermost, so it sees every call before the cache decides. Swap the order to log only what reaches the database.',
        },
      ],
    },
    hints: {
      nudge: 'Is this class really a kind of its base class, usable everywhere the base is, or does it just want some of its code?',
      concept: 'Composition builds behaviour from collaborators the class holds and calls; inheritance makes the class a substitutable subtype. Use inheritance for true is-a relationships and composition for reuse.',
      analogousExample: 'A `PdfInvoice extends PdfDocument` inherits dozens of drawing methods; an `InvoiceRenderer` that holds a `PdfWriter` exposes only `render(invoice)`.',
      pseudoCode: 'list what the class actually uses from its base\nif it is not substitutable for the base:\n    define an interface with just those operations\n    hold an implementation as a field, passed in the constructor\n    forward or wrap the calls you need',
    },
  },
  {
    conceptId: 'hash-equality-contracts',
    fundamentals: {
      title: 'Equality and hashing: the contract behind sets and maps',
      conceptId: 'hash-equality-contracts',
      level: 'fundamentals',
      explanation: `Hash-based collections (\`HashMap\`, \`HashSet\`, Python \`dict\` and \`set\`, C# \`Dictionary\`, Go maps, Rust \`HashMap\`) find a key in two steps: compute its **hash** to pick a bucket, then compare with **equality** inside the bucket. That only works if:

1. **Equal keys have equal hashes.** If \`a.equals(b)\` then \`a.hashCode() == b.hashCode()\`.
2. **A key's hash does not change while it is in the collection.**

Break rule 1 and lookups miss: two equal objects land in different buckets. Break rule 2 and the entry becomes unreachable.

Per language:

- **Java**: override \`equals\` and \`hashCode\` together (IDEs and records generate both); \`Objects.hash(a, b)\` helps.
- **C#**: override \`Equals\` and \`GetHashCode\` together, or use \`record\`; \`HashCode.Combine\`.
- **Python**: defining \`__eq__\` sets \`__hash__\` to \`None\` (unhashable) unless you define \`__hash__\` too; \`@dataclass(frozen=True)\` generates both.
- **Rust**: \`#[derive(PartialEq, Eq, Hash)]\` keeps them consistent.
- **Go**: map keys must be comparable types; structs compare field by field.
- **JavaScript**: \`Map\` and \`Set\` use identity for objects, with no way to customise; use a string key.

\`\`\`java
record Sku(String code, String region) {} // equals and hashCode from both fields
\`\`\`

Hash only the fields equality uses, and only immutable ones.`,
      workedExample: {
        language: 'java',
        before: `final class Coord {
    final int x, y;
    Coord(int x, int y) { this.x = x; this.y = y; }
    @Override public boolean equals(Object o) {
        return o instanceof Coord c && c.x == x && c.y == y;
    }
}

Set<Coord> visited = new HashSet<>();
visited.add(new Coord(1, 2));
visited.contains(new Coord(1, 2)); // false`,
        after: `record Coord(int x, int y) {}

Set<Coord> visited = new HashSet<>();
visited.add(new Coord(1, 2));
visited.contains(new Coord(1, 2)); // true`,
        note: 'The class defined equality but kept identity hash codes, so equal coordinates landed in different buckets; a record generates both from the same fields.',
      },
      pitfalls: [
        'Overriding equals without hashCode (or `__eq__` without `__hash__`) breaks hash-based collections.',
        'Hashing mutable fields lets a key\'s hash change after insertion.',
        'JavaScript Map and Set compare object keys by identity, with no override.',
      ],
      quiz: [
        {
          kind: 'predict-output',
          prompt: 'What does this Python print?',
          code: `class Tag:
    def __init__(self, name):
        self.name = name
    def __eq__(self, other):
        return isinstance(other, Tag) and other.name == self.name

try:
    print(len({Tag("a"), Tag("a")}))
except TypeError as e:
    print("TypeError")`,
          answer: 'TypeError',
          explanation: 'Defining `__eq__` without `__hash__` makes instances unhashable, so building a set raises TypeError.',
        },
        {
          kind: 'multiple-choice',
          prompt: 'Which statement must hold for any correct equals/hashCode pair?',
          code: '',
          choices: [
            'Equal hash codes imply equal objects.',
            'Equal objects must have equal hash codes.',
            'Different objects must have different hash codes.',
            'hashCode must return a unique id per object.',
          ],
          answerIndex: 1,
          explanation: 'Equality must imply equal hashes. The reverse is not required: collisions between unequal objects are allowed and handled by the equality check.',
        },
      ],
    },
    advanced: {
      title: 'Hashing contracts: mutable keys, inheritance and hash quality',
      conceptId: 'hash-equality-contracts',
      level: 'advanced',
      explanation: `Subtle violations of the contract survive code review because they only fail for some inputs.

**Mutable keys.** Adding an object to a \`HashSet\`, then changing a field used in \`hashCode\`, strands it: \`contains\` looks in the new bucket, the entry sits in the old one, and \`remove\` fails too. Keys should be immutable (records, frozen dataclasses, \`readonly\` fields) or never mutated while stored.

**Inheritance breaks symmetry.** A \`ColorPoint extends Point\` that adds \`color\` to \`equals\` cannot satisfy symmetry with \`Point.equals\` using \`instanceof\`; mixed sets then behave inconsistently. Compare \`getClass()\` exactly, make value classes \`final\`, or prefer composition. Records and data classes are final for this reason.

**Consistency with ordering.** \`TreeMap\`/\`SortedSet\` use \`compareTo\`, not \`equals\`. \`BigDecimal("1.0")\` and \`BigDecimal("1.00")\` are not \`equals\` but compare as 0, so a \`HashSet\` holds two and a \`TreeSet\` holds one.

**Hash quality.** A constant or low-entropy hash (\`return 1;\`, hashing only a boolean) is correct but turns O(1) lookups into O(n). Combine all significant fields with \`Objects.hash\`, \`HashCode.Combine\` or tuple hashing (\`hash((self.a, self.b))\`).

**Floating point.** \`NaN != NaN\` breaks reflexivity; Java's \`Double.equals\` treats NaN as equal to itself and \`0.0\` and \`-0.0\` as different, unlike \`==\`. Avoid floats as keys.

\`\`\`python
s = {frozenset({"a"})}
key = ["a"]          # lists are unhashable precisely because they are mutable
\`\`\``,
      workedExample: {
        language: 'python',
        before: `class Order:
    def __init__(self, order_id: str, status: str):
        self.order_id, self.status = order_id, status
    def __eq__(self, other):
        return isinstance(other, Order) and (self.order_id, self.status) == (other.order_id, other.status)
    def __hash__(self):
        return hash((self.order_id, self.status))

pending = {Order("o1", "new")}
o = next(iter(pending))
o.status = "paid"
print(o in pending)  # False: the hash changed after insertion`,
        after: `from dataclasses import dataclass, replace

@dataclass(frozen=True)
class Order:
    order_id: str
    status: str

pending = {Order("o1", "new")}
paid = replace(next(iter(pending)), status="paid")  # a new value; the set is unchanged
print(paid in pending)  # False, and correctly so: it is a different value`,
        note: 'Hashing a mutable field made the stored key unreachable; a frozen dataclass forces a new value instead of mutating a key in place.',
      },
      pitfalls: [
        'Mutating a field that participates in the hash while the object is in a set or map.',
        'Equality with `instanceof` across a class hierarchy that adds fields breaks symmetry.',
        'Sorted collections use the comparator for equality, which may disagree with `equals`.',
      ],
      quiz: [
        {
          kind: 'predict-output',
          prompt: 'What does this Java snippet print?',
          code: `Set<BigDecimal> hashed = new HashSet<>(List.of(new BigDecimal("1.0"), new BigDecimal("1.00")));
Set<BigDecimal> sorted = new TreeSet<>(List.of(new BigDecimal("1.0"), new BigDecimal("1.00")));
System.out.println(hashed.size() + " " + sorted.size());`,
          answer: '2 1',
          explanation: '`BigDecimal.equals` considers scale, so the hash set keeps both; `compareTo` ignores scale, so the tree set treats them as duplicates.',
        },
        {
          kind: 'spot-the-bug',
          prompt: 'Lookups in a large HashMap keyed by `Account` are very slow. Which line is the cause?',
          code: `final class Account {
    private final String iban;
    Account(String iban) { this.iban = iban; }
    @Override public boolean equals(Object o) { return o instanceof Account a && a.iban.equals(iban); }
    @Override public int hashCode() { return 42; }
}`,
          bugLine: 5,
          answer: 'Hash the field equality uses: `return iban.hashCode();`.',
          explanation: 'A constant hash is legal but puts every key in one bucket, so each lookup compares against all entries.',
        },
      ],
    },
    hints: {
      nudge: 'Is this object used as a key in a map or set? Do its equality and hash use the same fields, and can those fields change?',
      concept: 'Hash-based collections require equal objects to have equal hashes, and a key\'s hash must not change while it is stored. Define equality and hashing together, from immutable fields.',
      analogousExample: 'A `Point` with custom `__eq__` used in a set of visited cells needs `__hash__` on the same (x, y) tuple, or the set cannot be built at all.',
      pseudoCode: 'choose the fields that define identity for the value\nimplement equality on exactly those fields\nimplement hashing from the same fields (or use records / frozen dataclasses / derive)\nnever mutate those fields while the object is a key',
    },
  },
];
