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
];
