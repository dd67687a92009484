import type { LibraryEntry } from '../libraryEntry';

/** Built-in material for annotations, function signatures and structural typing; the library registry serves it offline. */
export const crossLanguageSignaturesEntries: readonly LibraryEntry[] = [
  {
    conceptId: 'type-annotations',
    fundamentals: {
      title: 'Type annotations: where to write types and where to let inference work',
      conceptId: 'type-annotations',
      level: 'fundamentals',
      explanation: `A type annotation states the type of a variable, parameter or return value. Modern checkers infer most local types, so the skill is knowing **where annotations carry their weight**:

- **Function parameters**: always. They cannot be inferred from the body (TypeScript reports "Parameter 'x' implicitly has an 'any' type" under \`noImplicitAny\`; Python checkers treat unannotated parameters as \`Any\`, checking nothing).
- **Exported function return types**: recommended. They document the contract, speed up type checking and turn an accidental change inside the body into an error at the definition instead of at distant call sites.
- **Empty collections and later-assigned variables**: \`const ids: string[] = []\`, \`let timer: NodeJS.Timeout | undefined\`, \`names: list[str] = []\`, because there is nothing to infer from.
- **Locals with an obvious initializer**: usually leave them out; \`const count = 0\` is already \`number\`.

\`\`\`ts
export function average(values: readonly number[]): number {
  if (values.length === 0) return 0;
  return values.reduce((sum, v) => sum + v, 0) / values.length; // sum, v inferred
}
\`\`\`

Syntax differs but placement is the same: \`name: Type\` in TypeScript, Python, Rust and Kotlin; \`Type name\` in Java and C#, where \`var\` opts into local inference; Go uses \`name Type\` and \`:=\` for inference.`,
      workedExample: {
        language: 'python',
        before: `def total_price(items, discount=None):
    subtotal = sum(i.price * i.qty for i in items)
    return subtotal - (discount or 0)

results = []`,
        after: `from collections.abc import Iterable
from decimal import Decimal

def total_price(items: Iterable[LineItem], discount: Decimal | None = None) -> Decimal:
    subtotal = sum((i.price * i.qty for i in items), Decimal(0))
    return subtotal - (discount or Decimal(0))

results: list[Decimal] = []`,
        note: 'Parameters and the return type are annotated because nothing else tells the checker what they are; the empty list needs its element type; the locals in between are inferred.',
      },
      pitfalls: [
        'Unannotated parameters are `any` (TypeScript without `noImplicitAny`) or `Any` (Python), which silently turns checking off.',
        'An empty array or list without an annotation is inferred as `never[]`/`any[]` or `list[Unknown]`.',
        'Annotating a local with a wider type than its initializer (`const mode: string = "dark"`) throws away the literal type.',
      ],
      quiz: [
        {
          kind: 'multiple-choice',
          prompt: 'Which annotation adds the most safety here?',
          code: `export function parseHeader(line) {
  const index = line.indexOf(':');
  const name = line.slice(0, index).trim();
  return { name, value: line.slice(index + 1).trim() };
}`,
          choices: [
            'Annotate `index` as number.',
            'Annotate the parameter: `line: string`.',
            'Annotate `name` as string.',
            'No annotation is needed.',
          ],
          answerIndex: 1,
          explanation: 'Everything else is inferred from `line`. Without a parameter type, `line` is `any` and every derived value is `any` too.',
        },
        {
          kind: 'spot-the-bug',
          prompt: 'With `strictNullChecks` on but `noImplicitAny` off (a half-migrated tsconfig), `ids.push(user.id)` fails with "Argument of type \'string\' is not assignable to parameter of type \'never\'" (TS2345). Which line needs an annotation?',
          code: `function activeIds(users: { id: string; active: boolean }[]) {
  const ids = [];
  for (const user of users) {
    if (user.active) ids.push(user.id);
  }
  return ids;
}`,
          bugLine: 2,
          answer: 'Annotate the empty array: `const ids: string[] = [];`.',
          explanation: 'The error shows on line 4, but the cause is line 2: with noImplicitAny off, an empty array literal is typed never[], so nothing can be pushed. Under full strict (noImplicitAny on) the array instead evolves to string[] as you push, and this compiles.',
        },
      ],
    },
    advanced: {
      title: 'Type annotations: satisfies, literal types and annotations as API',
      conceptId: 'type-annotations',
      level: 'advanced',
      explanation: `Annotations do two jobs: they **check** a value against a type and they **widen** the value's type to the annotation. Sometimes you want only the first.

**\`satisfies\` (TypeScript 4.9+)** checks without widening:

\`\`\`ts
const routes = {
  home: '/',
  user: '/users/:id',
} satisfies Record<string, string>;

routes.user;    // ok, and typed as string
routes.profle;  // error: the keys are still known
\`\`\`

With \`const routes: Record<string, string> = …\`, any key would be accepted and typos would pass.

**Literal types.** \`let\` widens \`'GET'\` to \`string\`; \`const\` keeps \`'GET'\`. \`as const\` keeps literals and makes objects and arrays readonly, which is what union-typed parameters need: \`fetch(url, { method })\` with \`method: string\` does not satisfy \`'GET' | 'POST'\`.

**Annotations as API.** Public functions should state return types: otherwise an internal change (returning \`null\` in one branch) silently changes the published type. \`isolatedDeclarations\` (TS 5.5) enforces explicit types on exports so declaration files can be generated per file.

**Python specifics.** \`from __future__ import annotations\` or Python 3.14's deferred evaluation avoid runtime cost and forward-reference errors; \`Final\` marks constants; \`TypedDict\` and \`Protocol\` type dicts and duck-typed objects without classes. Java's \`var\` and C#'s \`var\` infer locals only; fields and signatures are always explicit there.`,
      workedExample: {
        language: 'typescript',
        before: `const palette: Record<string, string> = {
  primary: '#0a84ff',
  danger: '#ff453a',
};

button.style.color = palette.primry; // undefined at run time, no error`,
        after: `const palette = {
  primary: '#0a84ff',
  danger: '#ff453a',
} satisfies Record<string, \`#\${string}\`>;

button.style.color = palette.primary; // typo would now be a compile error`,
        note: '`satisfies` checks every value is a hex colour string while keeping the exact keys, so misspelled keys are caught.',
      },
      pitfalls: [
        'Annotating an object as `Record<string, T>` forgets its actual keys; use `satisfies` to check without widening.',
        'Values declared with `let` widen literal types, so they no longer match literal unions.',
        'Exported functions without return types can change their public type by accident.',
      ],
      quiz: [
        {
          kind: 'multiple-choice',
          prompt: 'What is the type of `method` in each declaration?',
          code: `let a = 'GET';
const b = 'GET';
const c = { method: 'GET' };
const d = { method: 'GET' } as const;`,
          choices: [
            'a: string, b: "GET", c.method: string, d.method: "GET"',
            'all "GET"',
            'all string',
            'a: "GET", b: string, c.method: "GET", d.method: string',
          ],
          answerIndex: 0,
          explanation: '`let` widens to string; a `const` primitive keeps its literal; object properties are mutable, so they widen; `as const` keeps literals and makes the property readonly.',
        },
        {
          kind: 'predict-output',
          prompt: 'What does this print?',
          code: `const limits = { free: 10, pro: 100 } satisfies Record<string, number>;
const keys: (keyof typeof limits)[] = ['free', 'pro'];
console.log(keys.map((k) => limits[k]).join('+'));`,
          answer: '10+100',
          explanation: '`satisfies` kept the precise keys, so `keyof typeof limits` is `"free" | "pro"` and indexing is type-safe; at run time it is an ordinary object.',
        },
      ],
    },
    hints: {
      nudge: 'Is there a parameter, an empty collection or an exported return value here whose type the checker has to guess?',
      concept: 'Type annotations state a type where inference cannot: parameters, empty collections, variables assigned later, and public return types. Elsewhere, inference is usually more precise than a hand-written type.',
      analogousExample: 'A callback `items.map((item) => item.price)` needs no annotation because `item` is inferred from the array, while `function price(item) { … }` declared separately does.',
      pseudoCode: 'for each parameter: write its type\nfor empty collections and later-assigned variables: write the type at the declaration\nfor exported functions: write the return type\nleave locals with clear initializers to inference (use satisfies to check without widening)',
    },
  },
  {
    conceptId: 'function-signatures',
    fundamentals: {
      title: 'Function signatures: arity, parameter types and return types',
      conceptId: 'function-signatures',
      level: 'fundamentals',
      explanation: `A call type-checks when it matches the function's signature: the right **number** of arguments, each **assignable** to its parameter type, and the result used as the **return type** allows. Errors read like "Expected 2 arguments, but got 1", "Argument of type 'string' is not assignable to parameter of type 'number'", "missing 1 required positional argument" (Python) or "method cannot be applied to given types" (Java).

\`\`\`ts
function createUser(name: string, options: { admin?: boolean } = {}): User { … }

createUser('ada');                     // ok: options has a default
createUser('ada', true);               // error: boolean is not { admin?: boolean }
createUser({ name: 'ada' });           // error: object is not string
\`\`\`

Design signatures that are hard to call wrongly:

- **Optional parameters last**, with defaults in the signature (\`= {}\`), not \`undefined\` checks in the body.
- **An options object** once there are more than two or three parameters, or any two of the same type: \`resize(img, { width: 200, height: 100 })\` cannot swap width and height silently.
- **Keyword-only arguments** in Python (\`def connect(host, *, timeout=5)\`) force call sites to name them.

Callbacks are signatures too. Passing \`parseInt\` to \`['1','2','3'].map(parseInt)\` calls it with \`(value, index)\`, so the index becomes the radix: the result is \`[1, NaN, NaN]\`.`,
      workedExample: {
        language: 'typescript',
        before: `function scheduleJob(name: string, delayMs: number, retries: number, exclusive: boolean) { /* … */ }

scheduleJob('cleanup', 3, 60_000, true); // delay and retries swapped, compiles`,
        after: `interface JobOptions {
  delayMs: number;
  retries?: number;
  exclusive?: boolean;
}

function scheduleJob(name: string, { delayMs, retries = 0, exclusive = false }: JobOptions) { /* … */ }

scheduleJob('cleanup', { delayMs: 60_000, retries: 3, exclusive: true });`,
        note: 'Positional numbers of the same type can be swapped without any error; named options make every argument self-describing and let optional ones have defaults.',
      },
      pitfalls: [
        'Several parameters of the same type invite swapped arguments that still compile.',
        'Passing a function reference as a callback passes all the arguments the caller provides (such as the index in `map`).',
        'In Python, a mutable default (`def f(items=[])`) is shared across calls.',
      ],
      quiz: [
        {
          kind: 'predict-output',
          prompt: 'What does this print?',
          code: `console.log(['10', '10', '10'].map(parseInt).join(' '));`,
          answer: '10 NaN 2',
          explanation: '`map` calls `parseInt(value, index)`. Radix 0 means "decide from the string" (10), radix 1 is invalid (NaN), and "10" in base 2 is 2.',
        },
        {
          kind: 'multiple-choice',
          prompt: 'Which Python signature forces callers to name `timeout`?',
          code: '',
          choices: [
            'def connect(host, timeout=5)',
            'def connect(host, *, timeout=5)',
            'def connect(host, /, timeout=5)',
            'def connect(*host, timeout)',
          ],
          answerIndex: 1,
          explanation: 'Parameters after a bare `*` are keyword-only. A `/` makes the parameters before it positional-only.',
        },
      ],
    },
    advanced: {
      title: 'Function signatures: overloads, callback variance and this parameters',
      conceptId: 'function-signatures',
      level: 'advanced',
      explanation: `Advanced signature errors come from how function types relate to each other.

**Parameter bivariance vs strictness.** Under \`strictFunctionTypes\`, a function type \`(x: Animal) => void\` is assignable to \`(x: Dog) => void\` (it accepts more) but not the reverse. Method-shorthand members (\`handle(x: Dog): void\` in an interface) are still checked bivariantly for compatibility, which lets unsound assignments through; declare callbacks as properties (\`handle: (x: Dog) => void\`) to get the strict check.

**Fewer parameters are fine.** A callback may ignore trailing parameters: passing \`() => 1\` where \`(value: string, index: number) => number\` is expected is allowed. Return types are covariant; a \`void\`-returning callback type accepts functions that return values, and the value is ignored.

**Overloads** describe input-dependent return types:

\`\`\`ts
function read(path: string, encoding: 'utf8'): string;
function read(path: string): Buffer;
function read(path: string, encoding?: 'utf8'): string | Buffer { … }
\`\`\`

Callers see only the overload signatures, tried in order; the implementation signature is invisible. Put specific overloads first. Often a union parameter or a generic with a conditional return type is simpler.

**\`this\` parameters.** \`function onClick(this: HTMLButtonElement, e: MouseEvent)\` types \`this\` for callbacks invoked with a receiver, and detached method references lose it.

In Python, \`typing.overload\`, \`ParamSpec\` (for decorators preserving signatures) and \`Callable[[int], str]\` play the same roles; Java and C# use real overloading resolved at compile time.`,
      workedExample: {
        language: 'typescript',
        before: `function timed(fn: (...args: any[]) => any) {
  return (...args: any[]) => {
    const start = performance.now();
    try { return fn(...args); } finally { log(performance.now() - start); }
  };
}

const fetchUserTimed = timed(fetchUser); // (...args: any[]) => any`,
        after: `function timed<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  return (...args: A): R => {
    const start = performance.now();
    try { return fn(...args); } finally { log(performance.now() - start); }
  };
}

const fetchUserTimed = timed(fetchUser); // same parameters and return type as fetchUser`,
        note: 'Capturing the parameter tuple and return type as type parameters preserves the wrapped function\'s signature, so callers keep checking and completion.',
      },
      pitfalls: [
        'Method-shorthand members are compared bivariantly; use property syntax for callback types to get strict checks.',
        'Only overload signatures are visible to callers; the implementation signature is not callable.',
        'Wrapping functions with `(...args: any[]) => any` erases their signatures for every caller.',
      ],
      quiz: [
        {
          kind: 'spot-the-bug',
          prompt: 'Under `strictFunctionTypes`, which assignment is rejected?',
          code: `type Animal = { name: string };
type Dog = Animal & { bark(): void };
const handleAnimal = (a: Animal) => console.log(a.name);
const handleDog = (d: Dog) => d.bark();
const h1: (d: Dog) => void = handleAnimal;
const h2: (a: Animal) => void = handleDog;`,
          bugLine: 6,
          answer: 'A handler that needs a Dog cannot stand in for one that must accept any Animal; type `h2` as `(d: Dog) => void`, or make `handleDog` accept Animal and narrow inside.',
          explanation: 'Parameters are contravariant: `h1` is fine because a function accepting any Animal accepts Dogs. `h2` would let callers pass a non-dog Animal to a function that calls `bark`.',
        },
        {
          kind: 'multiple-choice',
          prompt: 'Given these overloads, what is the type of `x`?',
          code: `function parse(input: string): number;
function parse(input: string[]): number[];
function parse(input: string | string[]): number | number[] { return 0; }
const x = parse(['1', '2']);`,
          choices: ['number', 'number[]', 'number | number[]', 'unknown'],
          answerIndex: 1,
          explanation: 'The call matches the second overload, whose return type is `number[]`. The implementation signature is not visible to callers.',
        },
      ],
    },
    hints: {
      nudge: 'Compare the call with the function\'s declaration: count the arguments, then check each argument\'s type against its parameter in order.',
      concept: 'A function signature fixes how many arguments a function takes, their types and order, and what it returns. A call type-checks only if it matches; callbacks must match the signature the caller will invoke them with.',
      analogousExample: '`setTimeout(save, 1000, draft)` passes `draft` as `save`\'s first argument; if `save` expects `(doc: Doc, force: boolean)`, the missing `force` is a signature mismatch.',
      pseudoCode: 'read the declaration (or the overloads) of the function being called\nmatch arguments to parameters by position or name\nfor each mismatch: convert the argument, or change the call to the intended overload\nfor callbacks: check the parameters the caller passes, not only the ones you use',
    },
  },
  {
    conceptId: 'interfaces-structural-typing',
    fundamentals: {
      title: 'Interfaces: contracts by shape or by declaration',
      conceptId: 'interfaces-structural-typing',
      level: 'fundamentals',
      explanation: `An interface describes what a value can do (its members) without saying how. Languages disagree on **how a type comes to satisfy one**:

- **Structural** (TypeScript, Go, Python \`Protocol\`): any value with the required members fits, no declaration needed.
- **Nominal** (Java, C#, Rust traits): a type fits only if it declares \`implements\`/\`: IFoo\`/\`impl Trait for T\`.

\`\`\`ts
interface Logger { log(message: string): void }

class ConsoleLogger { log(message: string) { console.log(message); } }

const logger: Logger = new ConsoleLogger(); // ok: the shape matches, no "implements" needed
\`\`\`

Structural typing makes test doubles trivial (\`const fake: Logger = { log: () => {} }\`) and lets you define small interfaces where they are *used*, not where types are declared, which Go turns into an idiom ("accept interfaces, return structs").

Error messages name the missing or mismatched member: "Property 'close' is missing in type 'FileStore' but required in type 'Store'" or, in Go, "FileStore does not implement Store (missing method Close)". Fix the implementation, or question whether the interface asks for more than the consumer needs.

Adding \`implements Logger\` in TypeScript is still worthwhile: it does not change assignability but reports mistakes at the class rather than at each use.`,
      workedExample: {
        language: 'typescript',
        before: `class ReportService {
  constructor(private readonly db: PostgresDatabase) {}
  async monthly() { return this.db.query('SELECT …'); }
}

// tests need a whole PostgresDatabase, or a cast`,
        after: `interface QueryRunner {
  query(sql: string): Promise<unknown[]>;
}

class ReportService {
  constructor(private readonly db: QueryRunner) {}
  async monthly() { return this.db.query('SELECT …'); }
}

const fake: QueryRunner = { query: async () => [{ total: 3 }] };
const service = new ReportService(fake);`,
        note: 'The service declares the one method it needs; the real database satisfies it structurally, and a two-line fake does too.',
      },
      pitfalls: [
        'Wide interfaces copied from an implementation force every implementer (and every fake) to provide methods nobody calls.',
        'Structural typing accepts accidentally compatible types; use branded types when two shapes must not mix (e.g. `UserId` and `OrderId`).',
        'A method with the right name but a different signature does not satisfy the interface, and the error points at the assignment, not the method.',
      ],
      quiz: [
        {
          kind: 'multiple-choice',
          prompt: 'Does this compile in TypeScript?',
          code: `interface Closer { close(): void }
class File { close() { /* ... */ } open() { /* ... */ } }
const c: Closer = new File();`,
          choices: [
            'No: File does not declare `implements Closer`.',
            'Yes: File has a compatible `close` method; extra members are allowed.',
            'No: File has an extra method `open`.',
            'Only with a cast.',
          ],
          answerIndex: 1,
          explanation: 'TypeScript compares shapes. File has every member Closer requires, and extra members do not matter when assigning an instance (only fresh object literals get excess-property checks).',
        },
        {
          kind: 'spot-the-bug',
          prompt: 'Go reports "*Memory does not implement Cache (wrong type for method Get)". Which line is wrong?',
          code: `type Cache interface {
	Get(key string) ([]byte, bool)
}

type Memory struct{ data map[string][]byte }

func (m *Memory) Get(key string) []byte {
	return m.data[key]
}`,
          bugLine: 7,
          answer: 'Match the interface: `func (m *Memory) Get(key string) ([]byte, bool) { v, ok := m.data[key]; return v, ok }`.',
          explanation: 'Structural satisfaction still requires exact method signatures; this Get returns one value where the interface requires two.',
        },
      ],
    },
    advanced: {
      title: 'Structural typing: branded types, protocols and method sets',
      conceptId: 'interfaces-structural-typing',
      level: 'advanced',
      explanation: `Structural typing is convenient until two types with the same shape must not be interchangeable, or until the rules for "has this member" get subtle.

**Branded (nominal-ish) types.** \`type UserId = string\` is just a string; any string fits. A brand makes it distinct at compile time with zero runtime cost:

\`\`\`ts
type UserId = string & { readonly __brand: 'UserId' };
const asUserId = (raw: string): UserId => raw as UserId; // the one sanctioned cast, after validation
function load(id: UserId) { … }
load('123');            // error: string is not UserId
\`\`\`

**Python protocols.** \`typing.Protocol\` gives structural checks to static analysers; \`@runtime_checkable\` enables \`isinstance\`, but it only checks that the methods exist, not their signatures.

**Go method sets.** Methods with pointer receivers belong to \`*T\`, not \`T\`; a \`T\` value does not satisfy an interface whose methods have pointer receivers (\`Memory does not implement Cache (method Get has pointer receiver)\`). A nil pointer stored in an interface makes the interface non-nil, so \`err != nil\` is true for a \`(*MyErr)(nil)\`.

**Optional members and weak types.** TypeScript rejects assigning to a type whose properties are all optional when the source shares none of them ("weak type detection"), which catches passing the wrong options object.

**Nominal languages.** Java and C# have no structural escape; adapters or lambdas for functional interfaces fill the gap. Rust traits must be implemented explicitly, but blanket impls (\`impl<T: Display> ToString for T\`) give much of the convenience.`,
      workedExample: {
        language: 'typescript',
        before: `function transfer(from: string, to: string, amountCents: number) { /* … */ }

const accountId = 'acc_1';
const userId = 'usr_9';
transfer(userId, accountId, 500); // a user id passed as an account: compiles`,
        after: `type AccountId = string & { readonly __brand: 'AccountId' };

function parseAccountId(raw: string): AccountId {
  if (!raw.startsWith('acc_')) throw new Error(\`not an account id: \${raw}\`);
  return raw as AccountId;
}

function transfer(from: AccountId, to: AccountId, amountCents: number) { /* … */ }

transfer(parseAccountId('acc_1'), parseAccountId('acc_2'), 500);`,
        note: 'The brand makes account ids a distinct type; the only way to get one is through the validating parser, so a user id cannot be passed by mistake.',
      },
      pitfalls: [
        'Aliases (`type UserId = string`) add no safety; brand them when mixing values would be a bug.',
        '`@runtime_checkable` protocols check method presence only, not signatures.',
        'In Go, a nil pointer inside an interface value is not a nil interface.',
      ],
      quiz: [
        {
          kind: 'predict-output',
          prompt: 'What does this Go program print?',
          code: `package main

import "fmt"

type MyErr struct{}

func (*MyErr) Error() string { return "boom" }

func find() error {
	var e *MyErr = nil
	return e
}

func main() {
	fmt.Println(find() != nil)
}`,
          answer: 'true',
          explanation: 'The returned interface holds a type (*MyErr) and a nil pointer. An interface is nil only when both its type and value are nil, so the comparison is true. Return a literal `nil` instead.',
        },
        {
          kind: 'multiple-choice',
          prompt: 'Which TypeScript check rejects `configure({ color: "red" })` when `configure` takes `{ timeout?: number; retries?: number }`?',
          code: '',
          choices: [
            'strictNullChecks',
            'Excess property checking (and weak type detection for non-literals)',
            'noImplicitAny',
            'Nothing rejects it: all properties are optional.',
          ],
          answerIndex: 1,
          explanation: 'A fresh literal with an unknown property fails the excess-property check; a non-literal value sharing no properties with an all-optional type fails weak type detection.',
        },
      ],
    },
    hints: {
      nudge: 'Which members does the expected interface require, and does the value you pass have every one of them with the same signature?',
      concept: 'An interface is a contract of members. In structural languages (TypeScript, Go, Python protocols) any value with matching members satisfies it; in nominal ones (Java, C#, Rust) the type must declare that it implements it.',
      analogousExample: 'Passing an `fs.ReadStream` where a function expects `{ on(event: string, cb: (chunk: Buffer) => void): void }` works because the stream has a compatible `on`; no declaration links them.',
      pseudoCode: 'list the members the interface requires\nfor each: find the matching member on the implementation\n    fix a missing member or a signature mismatch on the implementation\nif the interface asks for more than the consumer uses: shrink the interface',
    },
  },
];
