import type { LibraryEntry } from '../libraryEntry';

/** Built-in material for object-oriented design: values vs references, visibility, construction and composition. */
export const crossLanguageObjectsEntries: readonly LibraryEntry[] = [
  {
    conceptId: 'value-reference-semantics',
    fundamentals: {
      title: 'Values and references: copying versus sharing',
      conceptId: 'value-reference-semantics',
      level: 'fundamentals',
      explanation: `Assigning or passing a value either **copies** it or **shares a reference** to the same object. Which one happens depends on the type, not on the syntax.

- Copied: numbers, booleans and strings in JavaScript (strings are immutable, so sharing is invisible); Go structs and arrays; C# structs; Rust types that implement \`Copy\`.
- Shared: JavaScript objects and arrays, Python objects (every Python name is a reference), Java and C# class instances, Go slices, maps and pointers.

\`\`\`ts
const defaults = { retries: 3, tags: ['api'] };
const custom = defaults;        // same object, not a copy
custom.retries = 5;
console.log(defaults.retries);  // 5
\`\`\`

Passing an object to a function shares it: the function can mutate the caller's object. (Reassigning the parameter, \`param = {…}\`, does not affect the caller, because only the reference was copied.)

Making copies:

- Shallow: \`{ ...obj }\`, \`[...arr]\`, \`arr.slice()\`, Python \`list(x)\`/\`dict(x)\`/\`copy.copy\`. Nested objects are still shared.
- Deep: \`structuredClone(obj)\` (Node 17+, browsers), Python \`copy.deepcopy\`. Deep copies cost time and do not copy functions or class identity in every case.

Python's \`[[0] * 3] * 3\` creates three references to one inner list, a common grid bug; use \`[[0] * 3 for _ in range(3)]\`.`,
      workedExample: {
        language: 'python',
        before: `grid = [[0] * 3] * 3
grid[0][0] = 1
print(grid)  # [[1, 0, 0], [1, 0, 0], [1, 0, 0]]`,
        after: `grid = [[0] * 3 for _ in range(3)]
grid[0][0] = 1
print(grid)  # [[1, 0, 0], [0, 0, 0], [0, 0, 0]]`,
        note: 'Multiplying a list of lists repeats the reference to one inner list; the comprehension creates a new inner list per row.',
      },
      pitfalls: [
        'Assigning an object to a new variable does not copy it.',
        'Spread and `slice` copy one level; nested objects remain shared.',
        '`[[x] * n] * m` in Python shares one inner list across all rows.',
      ],
      quiz: [
        {
          kind: 'predict-output',
          prompt: 'What does this print?',
          code: `function rename(user: { name: string }) {
  user.name = 'changed';
  user = { name: 'replaced' };
}
const u = { name: 'original' };
rename(u);
console.log(u.name);`,
          answer: 'changed',
          explanation: 'The function receives a copy of the reference: mutating through it changes the caller\'s object, but reassigning the parameter only redirects the local copy.',
        },
        {
          kind: 'multiple-choice',
          prompt: 'In Go, what does assigning one struct variable to another do?',
          code: `type Point struct{ X, Y int }
a := Point{1, 2}
b := a
b.X = 10`,
          choices: ['Both a.X and b.X are 10', 'Only b.X is 10: structs are copied', 'It does not compile', 'a becomes nil'],
          answerIndex: 1,
          explanation: 'Go structs are values; assignment copies every field. A pointer (`b := &a`) would share.',
        },
      ],
    },
    advanced: {
      title: 'Values and references: aliasing across APIs, slices and structs',
      conceptId: 'value-reference-semantics',
      level: 'advanced',
      explanation: `Aliasing bugs in real systems cross API boundaries, where ownership of a shared object is not obvious.

**Returning internal state.** A getter that returns \`this.items\` hands callers the live array; they can mutate your invariants. Return a copy, a readonly view (\`ReadonlyArray\`, \`Collections.unmodifiableList\`, \`IReadOnlyList\`), or an immutable type.

**Storing arguments.** A constructor that keeps a caller's array shares it: later mutations by the caller change your object. Copy defensively at the boundary when you must own the data.

**Go slices** are a header (pointer, length, capacity) copied by value over a shared array. \`append\` may write into the shared array when capacity allows, or allocate a new one when it does not, so two slices may or may not see each other's writes. Use full slice expressions (\`s[:n:n]\`) or \`slices.Clone\` when handing out sub-slices.

**C# structs and mutable value types.** Calling a mutating method on a struct returned from a property modifies a temporary copy; the change is lost. Keep structs immutable (\`readonly struct\`).

**Rust** makes aliasing explicit: shared references (\`&T\`) forbid mutation, and a mutable reference (\`&mut T\`) is exclusive. The borrow checker turns this section's runtime bugs into compile errors.

\`\`\`go
base := make([]int, 3, 10)
a := append(base, 1) // writes into base's array
b := append(base, 2) // overwrites the same slot
fmt.Println(a[3], b[3]) // 2 2
\`\`\``,
      workedExample: {
        language: 'typescript',
        before: `class Team {
  constructor(private members: string[]) {}
  getMembers(): string[] { return this.members; }
}

const names = ['ada'];
const team = new Team(names);
names.push('intruder');             // changes the team
team.getMembers().length = 0;       // so does this`,
        after: `class Team {
  private readonly members: readonly string[];
  constructor(members: readonly string[]) { this.members = [...members]; }
  getMembers(): readonly string[] { return this.members; }
}`,
        note: 'Copying on the way in and exposing only a readonly view means neither the caller\'s array nor the getter\'s result can change the team.',
      },
      pitfalls: [
        'Returning an internal mutable collection lets callers break your invariants.',
        'Go `append` on a sub-slice may overwrite elements visible through another slice.',
        'Mutating a C# struct obtained from a property changes a temporary copy.',
      ],
      quiz: [
        {
          kind: 'predict-output',
          prompt: 'What does this Go program print?',
          code: `package main

import "fmt"

func main() {
	base := make([]int, 3, 10)
	a := append(base, 1)
	b := append(base, 2)
	fmt.Println(a[3], b[3], len(base))
}`,
          answer: '2 2 3',
          explanation: '`base` has spare capacity, so both appends write index 3 of the same underlying array; the second overwrites the first. `base` itself keeps length 3.',
        },
        {
          kind: 'spot-the-bug',
          prompt: 'Callers report the cache being emptied unexpectedly. Which line leaks internal state?',
          code: `class TagCache {
  private tags: string[] = [];
  add(tag: string) { if (!this.tags.includes(tag)) this.tags.push(tag); }
  all(): string[] { return this.tags; }
}`,
          bugLine: 4,
          answer: 'Return a copy or readonly view: `all(): readonly string[] { return [...this.tags]; }`.',
          explanation: 'Returning the live array lets any caller mutate it (`cache.all().length = 0`), bypassing the class.',
        },
      ],
    },
    hints: {
      nudge: 'Is this object shared with another variable, caller or collection, so that a change here shows up somewhere else?',
      concept: 'Some types are copied on assignment (numbers, structs in Go and C#), others are shared by reference (objects, arrays, slices). Mutating a shared object changes it for every holder, and shallow copies share nested objects.',
      analogousExample: 'Passing `defaultHeaders` into `request(url, defaultHeaders)` and adding an auth header inside mutates the module-level defaults for every later request; copying with `{ ...defaultHeaders }` first keeps them clean.',
      pseudoCode: 'find every holder of the object (variables, parameters, fields, collections)\nif one of them must change it independently: copy first (deep if nested data changes)\nat API boundaries: copy inputs you store and return readonly views or copies',
    },
  },
  {
    conceptId: 'access-modifiers',
    fundamentals: {
      title: 'Visibility: private, protected and public members',
      conceptId: 'access-modifiers',
      level: 'fundamentals',
      explanation: `Visibility modifiers limit who may use a member, so an object's invariants are enforced in one place. When the compiler says "Property 'balance' is private and only accessible within class 'Account'", the design is telling you to use a public operation instead of reaching inside.

| | TypeScript | Java | C# | Python |
|---|---|---|---|---|
| class only | \`private\`, \`#field\` | \`private\` | \`private\` | \`_name\` (convention), \`__name\` (mangled) |
| subclasses | \`protected\` | \`protected\` (also package) | \`protected\` | convention |
| same package/assembly | — | default (no modifier) | \`internal\` | module-level \`_name\` |

Go uses capitalisation: \`Name\` is exported from the package, \`name\` is not. Rust items are private to their module unless marked \`pub\` (or \`pub(crate)\`).

\`\`\`ts
class Account {
  #balance = 0;                   // runtime-private
  deposit(amount: number) {
    if (amount <= 0) throw new RangeError('deposit must be positive');
    this.#balance += amount;
  }
  get balance() { return this.#balance; }
}
\`\`\`

TypeScript's \`private\` is compile-time only: the field is an ordinary property at run time and visible to \`JSON.stringify\` and \`obj['field']\`. The \`#\` syntax is enforced by the JavaScript engine.

Fix visibility errors by adding the operation the caller actually needs (\`deposit\`, not a public setter for \`balance\`), rather than widening the modifier.`,
      workedExample: {
        language: 'typescript',
        before: `class Inventory {
  private stock = new Map<string, number>();
}

const inv = new Inventory();
inv.stock.set('A1', -5); // error: 'stock' is private`,
        after: `class Inventory {
  private stock = new Map<string, number>();

  remove(sku: string, qty: number): void {
    const current = this.stock.get(sku) ?? 0;
    if (qty > current) throw new Error(\`only \${current} of \${sku} in stock\`);
    this.stock.set(sku, current - qty);
  }
}

new Inventory().remove('A1', 5);`,
        note: 'Instead of exposing the map, the class offers the operation callers need and enforces the rule that stock never goes negative.',
      },
      pitfalls: [
        'Making a field public to fix a visibility error moves the invariant check to every caller.',
        'TypeScript `private` is not enforced at run time; use `#private` fields when that matters.',
        'Python double-underscore names are mangled, not private, and break when subclasses expect to access them.',
      ],
      quiz: [
        {
          kind: 'predict-output',
          prompt: 'What does this print?',
          code: `class Secret {
  private token = 'abc';
  #hidden = 'xyz';
}
const s = new Secret();
console.log(JSON.stringify(s), Object.keys(s).length);`,
          answer: '{"token":"abc"} 1',
          explanation: 'TypeScript `private` is erased at compile time, so `token` is an ordinary property. `#hidden` is a true private field, invisible to JSON and `Object.keys`.',
        },
        {
          kind: 'multiple-choice',
          prompt: 'In Go, which identifier can another package use?',
          code: `package billing
type invoice struct{}
type Invoice struct{ total int }
func newInvoice() *Invoice { return nil }
func Total(i *Invoice) int { return i.total }`,
          choices: ['invoice', 'Invoice.total', 'newInvoice', 'Total'],
          answerIndex: 3,
          explanation: 'Only identifiers starting with an upper-case letter are exported. `Invoice` the type is exported too, but its lower-case field `total` is not.',
        },
      ],
    },
    advanced: {
      title: 'Visibility: module boundaries, friend access and testing',
      conceptId: 'access-modifiers',
      level: 'advanced',
      explanation: `Class-level privacy is the smallest boundary; most codebases need larger ones too.

**Module and package boundaries.** Export only what other modules should use. In TypeScript, a package's \`exports\` map hides internal files from consumers; within a monorepo, an ESLint boundary rule or \`@internal\` with API Extractor enforces layers. Java modules (\`module-info.java\`) export packages explicitly; C# \`internal\` plus \`InternalsVisibleTo\` for tests; Rust \`pub(crate)\` and \`pub(super)\`; Go \`internal/\` directories are importable only from their parent tree.

**Protected is a public API for subclasses.** Anything \`protected\` becomes a contract with every subclass, including subclasses in other packages; changing it later is a breaking change. Prefer private plus a small set of documented extension points.

**Testing private code.** Needing to call a private method from a test usually means it is a separate unit: extract it into its own function or class and test that publicly. Reflection or \`// @ts-expect-error\` access ties tests to implementation details.

**Encapsulation is more than modifiers.** A private field exposed through a getter that returns a mutable reference (a list, a map) is not encapsulated. Return copies or readonly views.

\`\`\`ts
// package.json
"exports": {
  ".": "./dist/index.js",
  "./testing": "./dist/testing.js"
}
// importing "my-lib/dist/internal/cache.js" now fails for consumers
\`\`\``,
      workedExample: {
        language: 'typescript',
        before: `export class PriceService {
  private applyTax(cents: number, region: string): number { /* 40 lines of rules */ return cents; }
  quote(cents: number, region: string) { return this.applyTax(cents, region); }
}

// test: (service as any).applyTax(1000, 'DE')`,
        after: `// taxRules.ts
export function applyTax(cents: number, region: string): number { /* 40 lines of rules */ return cents; }

// priceService.ts
import { applyTax } from './taxRules';
export class PriceService {
  quote(cents: number, region: string) { return applyTax(cents, region); }
}

// test: applyTax(1000, 'DE')`,
        note: 'The private method was a unit of its own; extracting it gives it a public, testable interface, and the test no longer bypasses the type system.',
      },
      pitfalls: [
        '`protected` members are an API that every subclass may depend on.',
        'Tests that reach private members through casts or reflection break on every refactoring.',
        'A private field returned by reference from a getter is not encapsulated.',
      ],
      quiz: [
        {
          kind: 'multiple-choice',
          prompt: 'In Go, who can import `example.com/app/internal/auth`?',
          code: '',
          choices: [
            'Any package anywhere',
            'Only packages rooted at `example.com/app/…`',
            'Only the `auth` package itself',
            'Only the `main` package',
          ],
          answerIndex: 1,
          explanation: 'A package under an `internal` directory can be imported only by code in the tree rooted at the parent of `internal`.',
        },
        {
          kind: 'spot-the-bug',
          prompt: 'Callers can empty the order\'s lines without going through the class. Which line breaks encapsulation?',
          code: `public final class Order {
    private final List<Line> lines = new ArrayList<>();
    public void add(Line line) { lines.add(line); }
    public List<Line> getLines() { return lines; }
}`,
          bugLine: 4,
          answer: 'Return an unmodifiable view or copy: `return List.copyOf(lines);` (or `Collections.unmodifiableList(lines)`).',
          explanation: 'The field is private, but the getter returns the live list, so `order.getLines().clear()` bypasses every rule in the class.',
        },
      ],
    },
    hints: {
      nudge: 'The member is hidden on purpose. Which public operation should this code call instead of reaching inside?',
      concept: 'Visibility modifiers restrict which code may use a member, so an object\'s rules are enforced in one place. Access errors are a hint to go through a public operation, not to widen the modifier.',
      analogousExample: 'A `Queue` whose `items` array is private offers `enqueue` and `dequeue`; code that wants `queue.items.shift()` should call `queue.dequeue()`.',
      pseudoCode: 'identify what the caller wants to achieve with the hidden member\nadd (or find) a public method expressing that operation\nenforce the class\'s rules inside that method\nkeep the field private; return copies or readonly views',
    },
  },
  {
    conceptId: 'constructors-initialization',
    fundamentals: {
      title: 'Constructors: leave every object valid',
      conceptId: 'constructors-initialization',
      level: 'fundamentals',
      explanation: `A constructor's job is to establish the object's invariants: when it returns, every field has a meaningful value and the object can be used safely.

Compilers help:

- TypeScript \`strictPropertyInitialization\`: "Property 'client' has no initializer and is not definitely assigned in the constructor".
- C# nullable reference types: "Non-nullable property must contain a non-null value when exiting constructor".
- Java \`final\` fields must be assigned exactly once in every constructor; Kotlin and Swift require all properties to be initialised.
- Python checkers flag attributes used but assigned only in methods other than \`__init__\`.

\`\`\`ts
class ApiClient {
  private readonly baseUrl: string;
  private readonly timeoutMs: number;

  constructor(baseUrl: string, timeoutMs = 5000) {
    if (!baseUrl.startsWith('https://')) throw new Error(\`baseUrl must use https: \${baseUrl}\`);
    this.baseUrl = baseUrl;
    this.timeoutMs = timeoutMs;
  }
}
\`\`\`

Validate arguments in the constructor and throw early, rather than creating an object that fails later. Avoid \`init()\` methods that callers must remember to call: an object between construction and \`init\` is half-built.

Go has no constructors: a \`NewThing(...)\` function plays the role, and every type should also have a useful zero value where possible. Rust uses associated functions (\`Thing::new\`) that return the fully built value or a \`Result\`.`,
      workedExample: {
        language: 'typescript',
        before: `class ReportJob {
  private db!: Database;
  private outputDir!: string;

  configure(db: Database, outputDir: string) {
    this.db = db;
    this.outputDir = outputDir;
  }

  run() { return this.db.query(\`-- writes to \${this.outputDir}\`); } // crashes if configure was skipped
}`,
        after: `class ReportJob {
  constructor(
    private readonly db: Database,
    private readonly outputDir: string,
  ) {}

  run() { return this.db.query(\`-- writes to \${this.outputDir}\`); }
}`,
        note: 'The definite-assignment assertions (`!`) hid that the object could exist without its dependencies; taking them in the constructor makes a half-configured job impossible.',
      },
      pitfalls: [
        'Definite-assignment assertions (`field!: T`) silence the initialisation check without initialising anything.',
        'Separate `init()` or `configure()` methods leave a window where the object is unusable.',
        'Python attributes first assigned outside `__init__` may not exist when other methods read them.',
      ],
      quiz: [
        {
          kind: 'spot-the-bug',
          prompt: 'Under `strict`, which line is reported because the field may be unassigned?',
          code: `class Session {
  userId: string;
  startedAt = Date.now();
  constructor(token?: string) {
    if (token) this.userId = decode(token).sub;
  }
}`,
          bugLine: 2,
          answer: 'Assign `userId` on every path (require the token, or throw when it is missing), or type it `string | undefined` if absence is valid.',
          explanation: 'When no token is passed, the constructor returns without assigning `userId`, so the declaration on line 2 is reported: the field is not definitely assigned.',
        },
        {
          kind: 'multiple-choice',
          prompt: 'Where should argument validation for a required configuration value happen?',
          code: '',
          choices: [
            'In every method that uses the value.',
            'In the constructor (or factory), throwing before the object exists.',
            'In a separate validate() method callers must call.',
            'Nowhere: let the first use fail.',
          ],
          answerIndex: 1,
          explanation: 'Validating at construction means no invalid object ever exists, and the error points at the code that supplied the bad value.',
        },
      ],
    },
    advanced: {
      title: 'Initialization order, async setup and factories',
      conceptId: 'constructors-initialization',
      level: 'advanced',
      explanation: `Initialization order is language-specific and explains the hardest construction bugs.

**TypeScript/JavaScript.** Base constructor first, then the derived class's field initialisers, then the rest of the derived constructor. A base constructor that calls an overridden method sees derived fields still \`undefined\`. With \`useDefineForClassFields\` (default for ES2022 targets), a field redeclared in a subclass without an initialiser is reset to \`undefined\` after \`super()\`; use \`declare field: T\` to redeclare only the type.

**Java.** Static initialisers run once per class on first use; instance initialisers and field initialisers run in textual order before the constructor body; \`final\` fields are visible as default values if \`this\` escapes the constructor (registering a listener in the constructor publishes a half-built object to other threads).

**Python.** \`__init__\` is an ordinary method; \`super().__init__()\` must be called explicitly and in cooperative multiple inheritance every class must call it.

**Async setup.** Constructors cannot be \`async\`. Use a static factory that does the I/O, then calls a private constructor with the results:

\`\`\`ts
class Store {
  private constructor(private readonly db: Connection) {}
  static async open(url: string): Promise<Store> {
    const db = await connect(url);
    return new Store(db);
  }
}
\`\`\`

Factories also help when construction can fail in expected ways (return a \`Result\` instead of throwing) or when the concrete class depends on input.`,
      workedExample: {
        language: 'typescript',
        before: `class Cache {
  private entries!: Map<string, string>;
  constructor(private readonly path: string) {
    this.load(); // async: the constructor returns before entries exist
  }
  private async load() {
    this.entries = new Map(Object.entries(JSON.parse(await readFile(this.path, 'utf8'))));
  }
  get(key: string) { return this.entries.get(key); } // TypeError if called too early
}`,
        after: `class Cache {
  private constructor(private readonly entries: ReadonlyMap<string, string>) {}

  static async load(path: string): Promise<Cache> {
    const data: Record<string, string> = JSON.parse(await readFile(path, 'utf8'));
    return new Cache(new Map(Object.entries(data)));
  }

  get(key: string) { return this.entries.get(key); }
}

const cache = await Cache.load('cache.json');`,
        note: 'A static async factory finishes the I/O before constructing, so every Cache instance is complete; load errors reject the factory\'s promise instead of surfacing later as unhandled rejections.',
      },
      pitfalls: [
        'Calling an async method from a constructor returns before initialization finishes and loses its errors.',
        'Redeclaring a base field in a subclass without `declare` can reset it to undefined under ES2022 class fields.',
        'Letting `this` escape a Java constructor (listeners, threads) publishes a partially built object.',
      ],
      quiz: [
        {
          kind: 'predict-output',
          prompt: 'What does this print?',
          code: `class Base {
  greeting = 'base';
  constructor() { console.log('base sees', this.describe()); }
  describe() { return this.greeting; }
}
class Derived extends Base {
  extra = 'derived';
  override describe() { return this.greeting + '/' + this.extra; }
}
new Derived();`,
          answer: 'base sees base/undefined',
          explanation: 'Base fields are initialised before the Base constructor body, derived fields only after `super()` returns, so the override reads `extra` too early.',
        },
        {
          kind: 'multiple-choice',
          prompt: 'Why use a static async factory (`static async create()`) instead of doing I/O in the constructor?',
          code: '',
          choices: [
            'Constructors cannot take parameters.',
            'Constructors cannot be async, so awaited setup would finish after the object is returned; the factory returns only a complete object.',
            'Static methods run faster.',
            'It avoids the need for `new`.',
          ],
          answerIndex: 1,
          explanation: 'A constructor must return synchronously. A factory awaits the setup, then constructs, so callers cannot observe a half-initialised instance.',
        },
      ],
    },
    hints: {
      nudge: 'When the constructor returns, is every field set to a valid value on every path, including when optional arguments are missing?',
      concept: 'A constructor establishes the object\'s invariants: every field assigned, arguments validated, base class initialised first. Anything that must be awaited belongs in a factory that constructs only when the data is ready.',
      analogousExample: 'A `Logger` whose `file` field is opened in a later `start()` crashes if `log()` runs first; opening the file in a factory and passing it to the constructor removes that state.',
      pseudoCode: 'take every required dependency as a constructor parameter\nvalidate the arguments and throw early\nassign every field on every path\nfor asynchronous setup: await in a static factory, then call the constructor',
    },
  },
  {
    conceptId: 'abstract-classes',
    fundamentals: {
      title: 'Abstract classes: shared code with obligations for subclasses',
      conceptId: 'abstract-classes',
      level: 'fundamentals',
      explanation: `An abstract class cannot be instantiated. It can hold state and implemented methods, and declares **abstract** members that every concrete subclass must implement.

\`\`\`ts
abstract class Exporter {
  constructor(protected readonly rows: Row[]) {}
  abstract readonly extension: string;
  protected abstract formatRow(row: Row): string;

  render(): string {                      // shared algorithm
    return this.rows.map((r) => this.formatRow(r)).join('\\n');
  }
}

class CsvExporter extends Exporter {
  readonly extension = 'csv';
  protected formatRow(row: Row) { return [row.id, row.name].join(','); }
}
\`\`\`

The compiler errors are precise: "Non-abstract class 'JsonExporter' does not implement inherited abstract member 'formatRow'" (TypeScript), "is not abstract and does not override abstract method" (Java), "does not implement inherited abstract member" (C#), and Python raises \`TypeError: Can't instantiate abstract class … with abstract method …\` at instantiation for classes using \`abc.ABC\` and \`@abstractmethod\`. Each lists exactly what the subclass still owes.

Choose an abstract class when subclasses share **state and code** (the \`render\` algorithm above); choose an interface (or protocol, or trait) when they share only a **contract**. A class can implement many interfaces but extend only one class in TypeScript, Java and C#. Go and Rust have no abstract classes: interfaces or traits with default methods plus composition cover the same needs.`,
      workedExample: {
        language: 'python',
        before: `class Notifier:
    def send(self, user, message):
        raise NotImplementedError

class EmailNotifier(Notifier):
    def sned(self, user, message):  # typo: never overrides send
        ...

EmailNotifier().send(user, "hi")  # NotImplementedError at run time`,
        after: `from abc import ABC, abstractmethod

class Notifier(ABC):
    @abstractmethod
    def send(self, user, message) -> None: ...

class EmailNotifier(Notifier):
    def send(self, user, message) -> None:
        ...

EmailNotifier().send(user, "hi")`,
        note: 'With `ABC` and `@abstractmethod`, the misspelled version could not even be instantiated, and type checkers report the missing `send` before running.',
      },
      pitfalls: [
        'Raising `NotImplementedError` in a plain base class defers the error to the first call instead of the first instantiation.',
        'Using an abstract class only for a contract prevents subclasses from extending anything else; an interface would not.',
        'Calling an abstract method from the base constructor runs the subclass implementation before the subclass is initialised.',
      ],
      quiz: [
        {
          kind: 'multiple-choice',
          prompt: 'What does TypeScript report for `new Shape()` when `Shape` is declared `abstract class Shape { abstract area(): number }`?',
          code: '',
          choices: [
            'Nothing; it returns a Shape whose area() throws.',
            'Cannot create an instance of an abstract class.',
            'area is not defined.',
            'A runtime error only.',
          ],
          answerIndex: 1,
          explanation: 'Abstract classes cannot be instantiated directly; only concrete subclasses that implement every abstract member can.',
        },
        {
          kind: 'predict-output',
          prompt: 'What does this Python print?',
          code: `from abc import ABC, abstractmethod

class Base(ABC):
    @abstractmethod
    def run(self): ...
    def describe(self):
        return "base"

class Partial(Base):
    pass

try:
    Partial()
    print("created")
except TypeError:
    print("refused")`,
          answer: 'refused',
          explanation: '`Partial` does not implement `run`, so it is still abstract and instantiating it raises `TypeError`, even though it inherits `describe`.',
        },
      ],
    },
    advanced: {
      title: 'Abstract classes: template methods, hooks and their limits',
      conceptId: 'abstract-classes',
      level: 'advanced',
      explanation: `The classic use of an abstract class is the **template method**: the base fixes an algorithm and subclasses fill in steps. It works well when the steps are few and stable, and degrades as hooks accumulate.

**Make the algorithm non-overridable.** If subclasses can override \`render()\` itself, the base's guarantees (validation, logging, ordering) are optional. Mark it \`final\` (Java, Kotlin by default), \`sealed override\` or non-virtual (C#); in TypeScript and Python, document it and keep the overridable steps \`protected\` and clearly named.

**Distinguish abstract steps from hooks.** Abstract members must be implemented; hooks have a default (often empty) and may be overridden. Too many hooks make the base class a framework nobody can change.

**Abstract constructors and statics.** TypeScript's \`abstract new () => T\` types let a function accept "some concrete subclass" (\`function create<T>(ctor: new () => T)\`); static members cannot be abstract in TypeScript or Java, but C# 11 supports \`static abstract\` members in interfaces for generic math.

**Prefer strategies when steps vary independently.** If subclasses multiply as combinations (\`CsvGzipExporter\`, \`JsonGzipExporter\`…), the varying steps should become objects passed in (a formatter, a compressor) rather than subclasses.

\`\`\`java
public abstract class Job {
    public final void execute() {        // subclasses cannot skip the timing and error handling
        long start = System.nanoTime();
        try { doWork(); } finally { metrics.record(getClass(), System.nanoTime() - start); }
    }
    protected abstract void doWork();
}
\`\`\``,
      workedExample: {
        language: 'typescript',
        before: `abstract class Exporter {
  abstract format(rows: Row[]): string;
  abstract compress(data: string): Uint8Array;
}
class CsvGzipExporter extends Exporter { /* … */ }
class CsvPlainExporter extends Exporter { /* … */ }
class JsonGzipExporter extends Exporter { /* … */ }
class JsonPlainExporter extends Exporter { /* … */ }`,
        after: `interface Formatter { format(rows: Row[]): string }
interface Compressor { compress(data: string): Uint8Array }

class Exporter {
  constructor(private readonly formatter: Formatter, private readonly compressor: Compressor) {}
  export(rows: Row[]): Uint8Array {
    return this.compressor.compress(this.formatter.format(rows));
  }
}

const exporter = new Exporter(csvFormatter, gzipCompressor);`,
        note: 'Two independent variation points as abstract members forced a subclass per combination; passing them in as strategies needs one class and any pairing.',
      },
      pitfalls: [
        'An overridable template method lets subclasses bypass the base\'s guarantees.',
        'Abstract members for independent variation points cause a combinatorial explosion of subclasses.',
        'Hooks with empty defaults accumulate until the base class cannot change without breaking someone.',
      ],
      quiz: [
        {
          kind: 'spot-the-bug',
          prompt: 'A subclass skipped the metrics by overriding the wrong method. Which line should prevent that?',
          code: `public abstract class Job {
    public void execute() {
        long start = System.nanoTime();
        try { doWork(); } finally { record(System.nanoTime() - start); }
    }
    protected abstract void doWork();
}`,
          bugLine: 2,
          answer: 'Declare the template method final: `public final void execute()`.',
          explanation: 'Without `final`, a subclass can override `execute` and drop the timing and error handling the base class promised; only `doWork` is meant to vary.',
        },
        {
          kind: 'multiple-choice',
          prompt: 'Which TypeScript parameter type accepts any concrete subclass constructor of `abstract class Plugin`, so the function can call `new`?',
          code: '',
          choices: [
            'typeof Plugin',
            'new () => Plugin',
            'abstract new () => Plugin',
            'Plugin',
          ],
          answerIndex: 1,
          explanation: '`new () => Plugin` describes a concrete constructor. `typeof Plugin` and `abstract new () => Plugin` include the abstract class itself, which cannot be instantiated; `Plugin` is the instance type.',
        },
      ],
    },
    hints: {
      nudge: 'Which abstract members does the compiler list as missing, and does the subclass define each with exactly the same name and signature?',
      concept: 'An abstract class shares state and code with subclasses and declares abstract members they must implement; it cannot be instantiated itself. The compiler lists what a concrete subclass still owes.',
      analogousExample: 'A `Repository<T>` base with an abstract `tableName` and a shared `findById` forces each repository to name its table, while the query code lives once in the base.',
      pseudoCode: 'read the list of unimplemented abstract members\nfor each: implement it in the subclass with the same signature (mark it override)\nif the base is only a contract with no shared code: use an interface instead',
    },
  },
  {
    conceptId: 'static-members',
    fundamentals: {
      title: 'Static and instance members',
      conceptId: 'static-members',
      level: 'fundamentals',
      explanation: `A **static** member belongs to the class itself; an **instance** member belongs to each object. Static methods have no \`this\` (no \`self\`), so they cannot read instance fields without an object.

\`\`\`ts
class Temperature {
  static readonly absoluteZeroC = -273.15;           // one value for the class
  constructor(readonly celsius: number) {}
  static fromFahrenheit(f: number) {                 // factory: no instance yet
    return new Temperature(((f - 32) * 5) / 9);
  }
  toFahrenheit() { return (this.celsius * 9) / 5 + 32; } // needs an instance
}
Temperature.fromFahrenheit(212).toFahrenheit();
\`\`\`

Typical compiler errors: "Property 'x' does not exist on type 'typeof Foo'" (calling an instance member on the class), "Property 'x' is a static member of type 'Foo'" (the reverse), Java's "non-static method cannot be referenced from a static context" (usually from \`main\`) and C#'s "An object reference is required for the non-static field".

Fix by deciding where the member belongs: if it uses per-object state, create or pass an instance; if it does not, make it static (or a plain module-level function, which in TypeScript, Python, Go and Rust is often simpler than a static method).

Python distinguishes \`@staticmethod\` (no class or instance) from \`@classmethod\` (receives the class, useful for alternative constructors that work with subclasses).`,
      workedExample: {
        language: 'java',
        before: `public class Report {
    private final List<String> lines = new ArrayList<>();

    public static void main(String[] args) {
        lines.add("header"); // non-static field lines cannot be referenced from a static context
        print();
    }

    void print() { lines.forEach(System.out::println); }
}`,
        after: `public class Report {
    private final List<String> lines = new ArrayList<>();

    public static void main(String[] args) {
        Report report = new Report();
        report.lines.add("header");
        report.print();
    }

    void print() { lines.forEach(System.out::println); }
}`,
        note: '`main` runs without any Report object; creating one gives the instance fields and methods something to belong to.',
      },
      pitfalls: [
        'Instance fields cannot be used from static methods (including `main`) without an object.',
        'A static method that needs instance state is really an instance method, or should take the instance as a parameter.',
        'Python `@staticmethod` alternative constructors ignore subclasses; use `@classmethod`.',
      ],
      quiz: [
        {
          kind: 'predict-output',
          prompt: 'What does this print?',
          code: `class Counter {
  static created = 0;
  id: number;
  constructor() { this.id = ++Counter.created; }
}
const a = new Counter();
const b = new Counter();
console.log(a.id, b.id, Counter.created);`,
          answer: '1 2 2',
          explanation: 'The static counter is shared by the class, so each construction increments the same value; each instance stores its own `id`.',
        },
        {
          kind: 'predict-output',
          prompt: 'What does this Python print?',
          code: `class Shape:
    @classmethod
    def make(cls):
        return cls()

    @staticmethod
    def make_static():
        return Shape()

class Circle(Shape):
    pass

print(type(Circle.make()).__name__, type(Circle.make_static()).__name__)`,
          answer: 'Circle Shape',
          explanation: 'A classmethod receives the class it was called on, so the subclass is constructed. The staticmethod hard-codes `Shape`.',
        },
      ],
    },
    advanced: {
      title: 'Static state: shared mutability, initialization and testability',
      conceptId: 'static-members',
      level: 'advanced',
      explanation: `Static **methods** are harmless; static **mutable state** is global state with a class name.

**Shared by every caller and thread.** A static \`currentUser\` or \`requestId\` field in a web server is shared across concurrent requests: one request sees another's data. Per-request data belongs in the request context (\`AsyncLocalStorage\` in Node, \`contextvars\` in Python, \`ThreadLocal\` or scoped values in Java, \`AsyncLocal<T>\` in C#), or simply in parameters.

**Initialization order.** Static initialisers run at class load (Java), at module evaluation (TypeScript, Python) or on first access (C# with \`beforefieldinit\` nuances, Kotlin \`companion object\` and \`lazy\`). Static fields that read configuration or open connections at import time make startup fragile and tests order-dependent. Cycles between static initialisers can observe default values.

**Testability.** Static calls cannot be replaced by test doubles without mocking frameworks that patch classes. \`Clock.now()\` or \`Database.instance\` hard-wired into code forces tests to share state. Pass collaborators in (a clock, a repository) and keep statics for pure helpers and constants.

**Caches.** A static \`Map\` used as a cache grows forever unless bounded, a classic memory leak.

\`\`\`ts
import { AsyncLocalStorage } from 'node:async_hooks';
const requestContext = new AsyncLocalStorage<{ requestId: string }>();
// per request: requestContext.run({ requestId }, () => handle(req));
// anywhere below: requestContext.getStore()?.requestId
\`\`\``,
      workedExample: {
        language: 'typescript',
        before: `class Audit {
  static currentUser: string | undefined;
  static log(action: string) { console.log(\`\${Audit.currentUser} did \${action}\`); }
}

app.use(async (req, _res, next) => {
  Audit.currentUser = req.user.id; // overwritten by concurrent requests
  await next();
});`,
        after: `import { AsyncLocalStorage } from 'node:async_hooks';

const auditContext = new AsyncLocalStorage<{ userId: string }>();

function audit(action: string) {
  const userId = auditContext.getStore()?.userId ?? 'anonymous';
  console.log(\`\${userId} did \${action}\`);
}

app.use((req, _res, next) => auditContext.run({ userId: req.user.id }, next));`,
        note: 'The static field was one slot shared by all in-flight requests; async-local storage gives each request\'s call chain its own value.',
      },
      pitfalls: [
        'Static mutable fields in servers leak data between concurrent requests.',
        'Static initialisers with I/O make imports slow and tests order-dependent.',
        'Unbounded static caches are memory leaks.',
      ],
      quiz: [
        {
          kind: 'multiple-choice',
          prompt: 'Where should a per-request correlation id live in a Node.js server?',
          code: '',
          choices: [
            'A static field on a Logger class',
            'A module-level `let` variable',
            'AsyncLocalStorage (or passed explicitly as a parameter)',
            'process.env',
          ],
          answerIndex: 2,
          explanation: 'Static fields and module variables are shared by all concurrent requests. AsyncLocalStorage keeps a value per asynchronous call chain.',
        },
        {
          kind: 'spot-the-bug',
          prompt: 'Tests pass alone but fail when run together. Which line introduces shared state?',
          code: `export class PriceList {
  private static overrides = new Map<string, number>();
  static override(sku: string, cents: number) { PriceList.overrides.set(sku, cents); }
  price(sku: string, base: number) { return PriceList.overrides.get(sku) ?? base; }
}`,
          bugLine: 2,
          answer: 'Make the overrides an instance field (`private overrides = new Map<string, number>()`) so each PriceList, and each test, has its own.',
          explanation: 'A static map is shared by every instance and every test in the process; one test\'s override leaks into the next.',
        },
      ],
    },
    hints: {
      nudge: 'Does this member belong to the class as a whole, or to one object? Is there an object in scope here?',
      concept: 'Static members belong to the class and are shared by everyone; instance members belong to each object and need an instance. Static methods have no `this`, and static mutable fields are global state.',
      analogousExample: 'Calling `User.fullName()` fails because `fullName` reads `this.first`; `user.fullName()` on an instance works, while a `User.fromJson(data)` factory is naturally static.',
      pseudoCode: 'decide whether the member uses per-object state\nif yes: make it an instance member and call it on an object (create or pass one)\nif no: make it static or a module-level function\nmove per-request or per-test mutable data out of static fields',
    },
  },
];
