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
  {
    conceptId: 'variance',
    fundamentals: {
      title: 'Variance: when a container of Cat is a container of Animal',
      conceptId: 'variance',
      level: 'fundamentals',
      explanation: `If \`Cat\` is a subtype of \`Animal\`, is \`Box<Cat>\` a subtype of \`Box<Animal>\`? It depends on what the box lets you do with its contents:

- **Covariant** (yes): the box only **produces** values. A read-only list of cats can be read as a read-only list of animals: everything you read out is an animal.
- **Contravariant** (reversed): the box only **consumes** values. A function that accepts any animal can be used where a function accepting cats is expected.
- **Invariant** (neither): the box both reads and writes. A mutable list of cats is not a list of animals, because someone could add a dog to it.

\`\`\`java
List<Cat> cats = new ArrayList<>();
List<Animal> animals = cats;          // compile error: List is invariant
List<? extends Animal> readable = cats; // ok: read Animals, cannot add
\`\`\`

Languages expose it differently: Java uses wildcards at use sites (\`? extends T\` to read, \`? super T\` to write: "producer extends, consumer super"); C# and Kotlin declare it on the type (\`IEnumerable<out T>\`, \`Action<in T>\`); Python's \`TypeVar(covariant=True)\` and the inference of 3.12 type parameters; TypeScript checks structurally and lets you annotate \`in\`/\`out\` (4.7+).

When the checker rejects \`List<Cat>\` as \`List<Animal>\`, the fix is almost never a cast: accept a read-only type (\`readonly Animal[]\`, \`Sequence[Animal]\`, \`IEnumerable<Animal>\`, \`List<? extends Animal>\`) if you only read.`,
      workedExample: {
        language: 'python',
        before: `class Animal: ...
class Cat(Animal): ...

def count_animals(animals: list[Animal]) -> int:
    return len(animals)

cats: list[Cat] = [Cat()]
count_animals(cats)  # error: list[Cat] is not assignable to list[Animal] (list is invariant)`,
        after: `from collections.abc import Sequence

class Animal: ...
class Cat(Animal): ...

def count_animals(animals: Sequence[Animal]) -> int:
    return len(animals)

cats: list[Cat] = [Cat()]
count_animals(cats)  # ok: Sequence is read-only, hence covariant`,
        note: 'The function only reads, so it can ask for a covariant read-only type; a mutable `list[Animal]` parameter would let it append a Dog to the caller\'s list of cats.',
      },
      pitfalls: [
        'Casting `List<Cat>` to `List<Animal>` lets code insert a Dog into a list of cats.',
        'Asking for a mutable collection parameter when the function only reads rejects valid callers.',
        'Java arrays are covariant at compile time and fail at run time with `ArrayStoreException`.',
      ],
      quiz: [
        {
          kind: 'multiple-choice',
          prompt: 'Which Java parameter type lets a method add `Integer`s to a `List<Number>` or a `List<Object>`?',
          code: '',
          choices: ['List<Integer>', 'List<? extends Integer>', 'List<? super Integer>', 'List<?>'],
          answerIndex: 2,
          explanation: '"Consumer super": `? super Integer` accepts lists of Integer or any supertype, into which an Integer can be safely written.',
        },
        {
          kind: 'spot-the-bug',
          prompt: 'This compiles but throws ArrayStoreException. Which line fails at run time?',
          code: `String[] names = new String[2];
Object[] objects = names;
objects[0] = "ada";
objects[1] = Integer.valueOf(1);`,
          bugLine: 4,
          answer: 'Do not write through a covariant array view; use `List<String>` (invariant, checked at compile time).',
          explanation: 'Java arrays are covariant, so the assignment on line 2 compiles, but the runtime array is still a String[]; storing an Integer on line 4 throws.',
        },
      ],
    },
    advanced: {
      title: 'Variance: declaration-site annotations, function types and unsound corners',
      conceptId: 'variance',
      level: 'advanced',
      explanation: `Variance follows from **where a type parameter appears**: in output positions only (return types, readonly properties) it can be covariant; in input positions only (parameters) contravariant; in both, invariant. Compilers that infer or check variance apply exactly this rule.

**Function types.** \`(a: Animal) => void\` is assignable to \`(c: Cat) => void\`; the reverse is not (parameters are contravariant), and return types are covariant. TypeScript enforces this under \`strictFunctionTypes\` for function-typed properties but checks **method** parameters bivariantly, which is why \`Array<Cat>\` is assignable to \`Array<Animal>\` and \`animals.push(dog)\` then type-checks.

**Declaration-site annotations.** C# \`interface IProducer<out T>\` and Kotlin \`class Box<out T>\` are checked: the compiler rejects \`T\` in an input position. TypeScript's \`in\`/\`out\` (4.7+) declare and check the intended variance and speed up comparisons of large generic types:

\`\`\`ts
interface Source<out T> { read(): T }
interface Sink<in T> { write(value: T): void }
\`\`\`

**Rust** infers variance for lifetimes and types; \`&'a T\` is covariant in \`'a\`, \`&mut T\` is invariant in \`T\`, which is what prevents writing a short-lived reference through a long-lived one. \`PhantomData\` lets you choose the variance of unused parameters.

**Python** requires explicit \`covariant=True\`/\`contravariant=True\` on old-style \`TypeVar\`s, while PEP 695 type parameters (3.12) have their variance inferred.`,
      workedExample: {
        language: 'typescript',
        before: `interface Handler<T> {
  handle(event: T): void; // method syntax: checked bivariantly
}

const clickOnly: Handler<MouseEvent> = { handle: (e) => console.log(e.clientX) };
const anyEvent: Handler<Event> = clickOnly; // accepted
anyEvent.handle(new KeyboardEvent('keydown')); // e.clientX is undefined at run time`,
        after: `interface Handler<in T> {
  handle: (event: T) => void; // property syntax: checked contravariantly
}

const clickOnly: Handler<MouseEvent> = { handle: (e) => console.log(e.clientX) };
const anyEvent: Handler<Event> = clickOnly; // error: Event is not assignable to MouseEvent`,
        note: 'Property syntax and the `in` annotation make the consumer contravariant, so a mouse-only handler can no longer pose as a handler for every event.',
      },
      pitfalls: [
        'TypeScript method-syntax members are compared bivariantly, allowing unsound assignments.',
        'Mutable containers are sound only if invariant; TypeScript arrays are not.',
        'Declaring `out T` on a type that uses T as a parameter is rejected; declaring nothing may hide the problem.',
      ],
      quiz: [
        {
          kind: 'multiple-choice',
          prompt: 'A generic type uses `T` only as a method return type and in readonly properties. What variance can it safely have?',
          code: '',
          choices: ['Contravariant', 'Covariant', 'Only invariant', 'Bivariant'],
          answerIndex: 1,
          explanation: 'T appears only in output positions, so a `Producer<Cat>` can safely stand in for a `Producer<Animal>`.',
        },
        {
          kind: 'predict-output',
          prompt: 'This compiles in TypeScript. What does it print?',
          code: `type Animal = { name: string };
type Cat = Animal & { meow(): string };
const cats: Cat[] = [{ name: 'tom', meow: () => 'meow' }];
const animals: Animal[] = cats;
animals.push({ name: 'rex' });
console.log(cats.length, typeof cats[1].meow);`,
          answer: '2 undefined',
          explanation: 'Arrays are treated covariantly, so the push through the `Animal[]` view compiles; at run time `cats` now holds an object without `meow`, despite its type.',
        },
      ],
    },
    hints: {
      nudge: 'Does the code that receives this container only read from it, only write to it, or both?',
      concept: 'Variance decides when `Container<Sub>` may be used as `Container<Base>`: read-only producers are covariant, write-only consumers contravariant, and mutable containers invariant.',
      analogousExample: 'A function `printAll(items: Shape[])` cannot take `Circle[]` in a sound checker if it could push a Square; typing it `readonly Shape[]` (or `Iterable<Shape>`) states it only reads.',
      pseudoCode: 'check how the callee uses the generic value\nif it only reads: accept a read-only / covariant type (readonly T[], Sequence, ? extends T, IEnumerable<out T>)\nif it only writes: accept a contravariant type (? super T, in T)\nif it reads and writes: the element types must match exactly',
    },
  },
  {
    conceptId: 'enums-closed-sets',
    fundamentals: {
      title: 'Enumerations: modelling a fixed set of values',
      conceptId: 'enums-closed-sets',
      level: 'fundamentals',
      explanation: `When a value can only be one of a few options (an order status, a log level, a region), model it as a **closed set** so the checker rejects anything else and can verify that every case is handled.

Options per language:

- TypeScript: a union of string literals (\`type Status = 'open' | 'closed'\`), often derived from a \`const\` array so the values exist at run time too. \`enum\` also works but generates runtime code and numeric enums accept surprising values.
- Python: \`enum.Enum\` / \`StrEnum\` (3.11+), or \`Literal['open', 'closed']\` for type checking only.
- Java: \`enum\` types, which can carry fields and methods.
- C#: \`enum\` (an integer underneath; any integer can be cast in).
- Go: typed constants with \`iota\`; nothing prevents other values of the underlying type.
- Rust: \`enum\`, which can also carry data per variant.

\`\`\`ts
const statuses = ['draft', 'published', 'archived'] as const;
type Status = (typeof statuses)[number];
function isStatus(s: string): s is Status { return (statuses as readonly string[]).includes(s); }
\`\`\`

Prefer closed sets over raw strings or booleans: \`setVisibility('publc')\` compiles with a \`string\` parameter and fails silently; with \`Visibility\` it does not compile. Two booleans (\`isDraft\`, \`isArchived\`) allow an impossible fourth combination; one enum does not.`,
      workedExample: {
        language: 'python',
        before: `def shipping_cost(speed: str) -> int:
    if speed == "standard":
        return 5
    if speed == "express":
        return 15
    return 0  # "Express" or "expres" ship for free`,
        after: `from enum import StrEnum

class Speed(StrEnum):
    STANDARD = "standard"
    EXPRESS = "express"

def shipping_cost(speed: Speed) -> int:
    match speed:
        case Speed.STANDARD:
            return 5
        case Speed.EXPRESS:
            return 15

shipping_cost(Speed("express"))  # Speed("expres") raises ValueError at the boundary`,
        note: 'Parsing the input into the enum rejects unknown values at the boundary with an error, instead of a typo silently becoming free shipping.',
      },
      pitfalls: [
        'Free-form strings for a fixed set of options let typos through silently.',
        'Several booleans modelling one state allow impossible combinations.',
        'C# and Go enums accept any value of the underlying integer type; validate on input.',
      ],
      quiz: [
        {
          kind: 'predict-output',
          prompt: 'What does this Python print?',
          code: `from enum import Enum

class Level(Enum):
    LOW = 1
    HIGH = 2

print(Level(2).name, Level["LOW"].value, Level.HIGH == 2)`,
          answer: 'HIGH 1 False',
          explanation: 'Calling the enum looks up by value, indexing looks up by name. A plain `Enum` member is not equal to its value (IntEnum or StrEnum would be).',
        },
        {
          kind: 'multiple-choice',
          prompt: 'Which TypeScript declaration gives both a type and a runtime list of the allowed values without an `enum`?',
          code: '',
          choices: [
            "type Role = string;",
            "const roles = ['admin', 'member'] as const; type Role = (typeof roles)[number];",
            "type Role = 'admin' | 'member';",
            "let roles = ['admin', 'member']; type Role = (typeof roles)[number];",
          ],
          answerIndex: 1,
          explanation: '`as const` keeps the literal types, and indexing the tuple type yields the union. A bare union has no runtime list; without `as const` the element type widens to string.',
        },
      ],
    },
    advanced: {
      title: 'Closed sets across boundaries: persistence, versioning and numeric enums',
      conceptId: 'enums-closed-sets',
      level: 'advanced',
      explanation: `A closed set is closed only inside one build of one program. At the boundaries (databases, APIs, message queues, other services) it is open again.

**Persist names, not ordinals.** Storing a Java \`ordinal()\`, a C# enum's integer or a TypeScript numeric enum value ties the data to declaration order; inserting a member shifts every later value. Store stable strings (\`'archived'\`) or explicit codes that never change.

**Numeric enums are loose.** TypeScript numeric enums have reverse mappings (\`Color[0] === 'Red'\`) and, before 5.0, accepted any number; C# allows \`(Status)42\`; Go allows any value of the underlying type. Validate on input (\`Enum.IsDefined\`, a switch with default error).

**Unknown values from newer versions.** A client receiving \`"refunded"\` from a newer server should not crash. Parse into an explicit \`unknown\` variant or keep the raw string alongside, and make exhaustive switches handle it deliberately. Protobuf keeps unknown enum values for this reason; Rust's \`#[non_exhaustive]\` signals that more variants may come.

**Enums that carry data** (Rust enums, Java enums with fields, sealed hierarchies, discriminated unions) keep per-case data next to the case, so there is no separate lookup table to forget to update:

\`\`\`java
enum Plan {
    FREE(1, 0), PRO(5, 1500), TEAM(50, 9900);
    final int seats; final int priceCents;
    Plan(int seats, int priceCents) { this.seats = seats; this.priceCents = priceCents; }
}
\`\`\``,
      workedExample: {
        language: 'typescript',
        before: `enum Status { Draft, Published, Archived }

await db.insert({ id, status: Status.Archived }); // stores 2
// later someone adds Status.Review after Draft: every stored 2 now reads as Published`,
        after: `const statuses = ['draft', 'review', 'published', 'archived'] as const;
type Status = (typeof statuses)[number];

function parseStatus(raw: string): Status {
  if ((statuses as readonly string[]).includes(raw)) return raw as Status;
  throw new Error(\`unknown status "\${raw}" (expected one of \${statuses.join(', ')})\`);
}

await db.insert({ id, status: 'archived' satisfies Status });`,
        note: 'Stored values are stable names, so reordering or adding statuses cannot change the meaning of existing rows, and unknown names fail clearly on the way in.',
      },
      pitfalls: [
        'Persisting ordinals or numeric enum values couples stored data to declaration order.',
        'Values from other services or newer versions may be outside the set; parse them, do not cast.',
        'Numeric enums in TypeScript and C# accept integers that are not members.',
      ],
      quiz: [
        {
          kind: 'predict-output',
          prompt: 'What does this print?',
          code: `enum Color { Red, Green }
console.log(Color.Green, Color[0], Object.keys(Color).length);`,
          answer: '1 Red 4',
          explanation: 'Numeric enum members count from 0, and TypeScript emits a reverse mapping, so the runtime object has keys "0", "1", "Red" and "Green".',
        },
        {
          kind: 'spot-the-bug',
          prompt: 'After adding a new enum constant, old database rows show the wrong plan. Which line caused it?',
          code: `enum Plan { FREE, PRO, TEAM }

void save(Account a) {
    jdbc.update("UPDATE accounts SET plan = ? WHERE id = ?", a.plan().ordinal(), a.id());
}`,
          bugLine: 4,
          answer: 'Store the stable name (`a.plan().name()`) or an explicit code field, never the ordinal.',
          explanation: 'Ordinals follow declaration order; inserting a constant renumbers everything after it, so stored numbers decode to different plans.',
        },
      ],
    },
    hints: {
      nudge: 'Can this value only be one of a few known options? Does its type say so, or is it a plain string, number or pair of booleans?',
      concept: 'A closed set of values (literal union, enum, sealed hierarchy) lets the checker reject anything outside it and verify that every case is handled. At boundaries, parse raw values into the set.',
      analogousExample: 'A `theme: string` setting accepts "drak"; `type Theme = "light" | "dark" | "high-contrast"` rejects it at compile time, and a parser rejects it in a settings file.',
      pseudoCode: 'list the allowed values once (const array, enum)\nderive the type from that list\nparse external input into the type, rejecting unknown values with a clear error\nstore and send stable names, not positions',
    },
  },
  {
    conceptId: 'exceptions',
    fundamentals: {
      title: 'Exceptions: throw real errors, catch narrowly',
      conceptId: 'exceptions',
      level: 'fundamentals',
      explanation: `An exception unwinds the call stack until a matching handler catches it. Three habits make exceptions useful instead of mysterious:

**Throw error objects, not strings.** \`throw 'not found'\` has no stack trace and no type. Throw \`Error\` subclasses (or the language's exception types) with a message that says what failed and with which input:

\`\`\`ts
class NotFoundError extends Error {
  constructor(readonly resource: string, readonly id: string) {
    super(\`\${resource} \${id} not found\`);
    this.name = 'NotFoundError';
  }
}
\`\`\`

**Catch the narrowest type you can handle.** \`except KeyError\`, \`catch (FileNotFoundException e)\`, or in TypeScript \`if (err instanceof NotFoundError)\` inside the \`catch\` (TypeScript has no typed catch clauses), rethrowing anything else. A bare \`except:\` in Python also catches \`KeyboardInterrupt\` and \`SystemExit\`; use \`except Exception\` at most.

**Never swallow silently.** An empty \`catch {}\` turns a crash you would have seen into wrong behaviour you will not. If ignoring is really right, say why in a comment and log at debug level.

Do not use exceptions for ordinary control flow (loop termination, expected "not found" lookups in hot paths); return a value (\`undefined\`, \`Optional\`, a result type) instead. Python is the exception here by design: EAFP code such as \`try: d[k] except KeyError\` is idiomatic.`,
      workedExample: {
        language: 'python',
        before: `def load_port(path: str) -> int:
    try:
        with open(path) as f:
            return int(f.read())
    except:
        return 8080`,
        after: `def load_port(path: str) -> int:
    try:
        with open(path) as f:
            text = f.read()
    except FileNotFoundError:
        return 8080  # no config file: use the default
    try:
        return int(text)
    except ValueError as err:
        raise ValueError(f"{path} must contain a port number, got {text!r}") from err`,
        note: 'Only a missing file falls back to the default; a corrupt file now fails with a message naming the file and content, and Ctrl+C is no longer swallowed by a bare except.',
      },
      pitfalls: [
        'Throwing strings loses the stack trace and makes `instanceof` checks impossible.',
        'A bare `except:` catches `KeyboardInterrupt` and `SystemExit`.',
        'Empty catch blocks hide the bug they were written around.',
      ],
      quiz: [
        {
          kind: 'predict-output',
          prompt: 'What does this print?',
          code: `class NotFoundError extends Error {
  constructor(id: string) { super(\`item \${id} not found\`); this.name = 'NotFoundError'; }
}
try {
  throw new NotFoundError('42');
} catch (err) {
  console.log(err instanceof NotFoundError, err instanceof Error, (err as Error).message);
}`,
          answer: 'true true item 42 not found',
          explanation: 'The subclass is both a NotFoundError and an Error, and the message passed to `super` is kept, so handlers can test the type and report the message.',
        },
        {
          kind: 'multiple-choice',
          prompt: 'Which Python handler is the safest default for "anything that went wrong in this task"?',
          code: '',
          choices: ['except:', 'except BaseException:', 'except Exception:', 'except Exception: pass'],
          answerIndex: 2,
          explanation: '`Exception` excludes `KeyboardInterrupt`, `SystemExit` and `GeneratorExit`, which should propagate; and the handler should do something, not pass.',
        },
      ],
    },
    advanced: {
      title: 'Exceptions: hierarchies, translation at layers and checked exceptions',
      conceptId: 'exceptions',
      level: 'advanced',
      explanation: `Exception design is API design: callers catch by type, so the types you throw are part of your contract.

**A small hierarchy per library or layer.** One base (\`PaymentError\`) with a few meaningful subclasses (\`CardDeclined\`, \`GatewayUnavailable\`) lets callers choose how specific to be. Do not leak implementation exceptions (\`SQLException\`, \`requests.ConnectionError\`) through a domain API; translate at the layer boundary and chain the cause.

\`\`\`python
try:
    row = repo.fetch(order_id)
except psycopg.OperationalError as err:
    raise OrderStoreUnavailable(order_id) from err
\`\`\`

**Checked vs unchecked.** Java's checked exceptions force handling or declaration; they fit recoverable conditions callers must consider, and fit poorly in lambdas and streams. Kotlin, C# and Scala have none; wrap or use result types where callers must decide.

**Exceptions in \`finally\` and cleanup.** An exception thrown while closing a resource can replace the original; Java's try-with-resources attaches it as *suppressed* (\`getSuppressed()\`), Python chains it as context. Make cleanup code not throw where possible.

**Async and threads.** Exceptions do not cross thread or task boundaries by themselves: a failed \`Future\`, \`Task\` or promise holds the exception until someone awaits it. Unobserved ones are lost or crash the process (Node's unhandled rejections).

**Cost.** Creating exceptions captures stack traces, which is expensive in hot loops; another reason not to use them for ordinary control flow.`,
      workedExample: {
        language: 'typescript',
        before: `export async function chargeCard(orderId: string): Promise<void> {
  await stripe.charges.create({ /* … */ }); // throws Stripe-specific errors to every caller
}`,
        after: `export class PaymentError extends Error {}
export class CardDeclinedError extends PaymentError {}
export class PaymentUnavailableError extends PaymentError {}

export async function chargeCard(orderId: string): Promise<void> {
  try {
    await stripe.charges.create({ /* … */ });
  } catch (err) {
    if (isStripeCardError(err)) throw new CardDeclinedError(\`card declined for order \${orderId}\`, { cause: err });
    throw new PaymentUnavailableError(\`payment provider failed for order \${orderId}\`, { cause: err });
  }
}`,
        note: 'Callers depend on the domain\'s own error types and can distinguish a declined card from an outage, while the provider\'s original error stays attached as the cause.',
      },
      pitfalls: [
        'Letting infrastructure exceptions escape a domain API couples every caller to the library behind it.',
        'An exception thrown during cleanup can replace the original one.',
        'Exceptions inside tasks, futures and promises are lost unless the result is awaited.',
      ],
      quiz: [
        {
          kind: 'predict-output',
          prompt: 'What does this print?',
          code: `function close(): void { throw new Error('close failed'); }
function work(): string {
  try {
    throw new Error('work failed');
  } finally {
    close();
  }
}
try { work(); } catch (e) { console.log((e as Error).message); }`,
          answer: 'close failed',
          explanation: 'The exception thrown in `finally` replaces the one from the `try` block, which is lost entirely; JavaScript has no suppressed-exception mechanism.',
        },
        {
          kind: 'spot-the-bug',
          prompt: 'Callers of `findUser` must now import the database driver to handle its errors. Which line leaks it?',
          code: `def find_user(user_id: str) -> User:
    try:
        return repo.get(user_id)
    except psycopg.OperationalError:
        raise`,
          bugLine: 5,
          answer: 'Translate and chain: `raise UserStoreUnavailable(user_id) from err` (with `except psycopg.OperationalError as err:`).',
          explanation: 'The bare `raise` re-throws the driver\'s exception type through the domain API, so every caller depends on psycopg.',
        },
      ],
    },
    hints: {
      nudge: 'Which exception types can reach this point, and which of them can this code actually handle?',
      concept: 'Exceptions unwind to the nearest matching handler. Throw typed error objects with useful messages, catch only what you can handle, rethrow the rest with its cause, and never swallow errors silently.',
      analogousExample: 'A CSV importer that catches `ValueError` for one malformed row and reports the line number, while letting `PermissionError` propagate, handles the expected failure without hiding the unexpected one.',
      pseudoCode: 'throw an error object of a specific type with context in the message\nin the caller: catch the narrowest type you can handle\nhandle it (fallback, retry, user message) or add context and rethrow with the cause\nlet everything else propagate to a boundary handler',
    },
  },
];
