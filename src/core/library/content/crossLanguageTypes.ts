import type { LibraryEntry } from '../libraryEntry';

/** Built-in material for the cross-language typing concepts; the library registry serves it offline. */
export const crossLanguageTypesEntries: readonly LibraryEntry[] = [
  {
    conceptId: 'null-safety',
    fundamentals: {
      title: 'Null safety: make absence part of the type',
      conceptId: 'null-safety',
      level: 'fundamentals',
      explanation: `A value that may be missing must say so in its type, and every use must deal with the missing case before touching the value. Type checkers that track nullability (TypeScript with \`strictNullChecks\`, Kotlin, C# nullable reference types, Swift, Rust's \`Option\`) turn "might be null" into a compile-time question instead of a production incident.

In TypeScript, \`string | undefined\` is a different type from \`string\`. The compiler rejects \`user.name.length\` when \`name\` may be \`undefined\`, and accepts it once a check has proven otherwise:

\`\`\`ts
function initials(name: string | undefined): string {
  if (name === undefined) return '?';
  return name.slice(0, 1).toUpperCase(); // name: string here
}
\`\`\`

Three honest ways to handle absence:

- **Check and branch**: \`if (x === undefined) …\`, returning early keeps the happy path flat.
- **Supply a default**: \`x ?? fallback\` substitutes only for \`null\`/\`undefined\`, unlike \`||\`, which also replaces \`0\` and \`''\`.
- **Propagate**: \`x?.y\` yields \`undefined\` instead of throwing, and the caller decides.

The dishonest way is the non-null assertion \`x!\` (or \`!!\` in Kotlin, \`.unwrap()\` in Rust): it silences the checker without adding a check. Python's equivalent discipline is \`Optional[T]\` / \`T | None\` checked by mypy or pyright, and Java's is \`Optional<T>\` for return values.`,
      workedExample: {
        language: 'typescript',
        before: `interface User { id: string; email?: string }

function domainOf(user: User): string {
  // error: 'user.email' is possibly 'undefined'
  return user.email.split('@')[1];
}`,
        after: `interface User { id: string; email?: string }

function domainOf(user: User): string | undefined {
  if (user.email === undefined) return undefined;
  return user.email.split('@')[1];
}`,
        note: 'The return type now admits that some users have no domain, so callers are forced to decide what to show instead of crashing.',
      },
      pitfalls: [
        'Using `||` for defaults replaces valid falsy values such as `0`, `false` and `""`; use `??` when only null/undefined should be replaced.',
        'Adding `!` to make the error go away moves the crash to run time; it is only acceptable when an invariant the checker cannot see guarantees a value, and then a comment should say which.',
        'Optional properties (`email?: string`) and properties typed `string | undefined` differ under `exactOptionalPropertyTypes`; pick the one that matches whether the key may be absent.',
      ],
      quiz: [
        {
          kind: 'predict-output',
          prompt: 'What does this print?',
          code: `const count = 0;
const label = null;
console.log(count || 10, count ?? 10, label ?? 'none');`,
          answer: '10 0 none',
          explanation: '`||` falls back for any falsy value, so `0 || 10` is 10. `??` falls back only for null and undefined, so `0 ?? 10` keeps 0, while `null ?? "none"` uses the fallback.',
        },
        {
          kind: 'multiple-choice',
          prompt: 'Under `strictNullChecks`, `map.get(key)` on a `Map<string, number>` returns `number | undefined`. Which handling is the most honest?',
          code: `const prices = new Map<string, number>();
const price = prices.get(sku);`,
          choices: [
            'const total = prices.get(sku)! * qty;',
            'const price = prices.get(sku); if (price === undefined) throw new Error(`unknown sku ${sku}`);',
            'const total = (prices.get(sku) as number) * qty;',
            'const total = Number(prices.get(sku)) * qty;',
          ],
          answerIndex: 1,
          explanation: 'Only the explicit check handles the missing key. `!` and `as number` silence the checker and produce NaN at run time; `Number(undefined)` is NaN too, silently.',
        },
      ],
    },
    advanced: {
      title: 'Null safety at the boundaries: where unchecked values leak in',
      conceptId: 'null-safety',
      level: 'advanced',
      explanation: `Inside a strictly checked codebase, nullability bugs come from the edges: values the checker takes on trust. Knowing those edges is the advanced skill.

- **Indexed access**: \`arr[i]\` and \`record[key]\` are typed as the element type even when out of range. TypeScript's \`noUncheckedIndexedAccess\` adds \`| undefined\`; Python's \`dict[key]\` raises \`KeyError\` while \`dict.get\` returns \`None\`.
- **Deserialized data**: \`JSON.parse\` returns \`any\`; a cast to \`User\` is a promise, not a check. Parse with a schema (zod, pydantic) so absence is discovered at the boundary.
- **Late initialisation**: class fields assigned in an \`init()\` method, or C#'s \`= null!\`, are non-null only by convention. Prefer constructors that establish the invariant.
- **Narrowing that does not survive**: a check on \`this.user\` is forgotten after an \`await\` or a call that could reassign it. Copy to a \`const\` first.

\`\`\`ts
const user = this.user;          // snapshot
if (!user) return;
await audit(user.id);
send(user.email);                // still narrowed: a const cannot change
\`\`\`

Design APIs so absence is rare: return empty collections instead of \`null\`, use distinct result types (\`{ found: false }\`) when "missing" carries meaning, and keep optional parameters at the edges of the call graph. Kotlin's platform types and Java interop, C#'s \`#nullable\` contexts and Python's untyped libraries are the same boundary problem under different names.`,
      workedExample: {
        language: 'typescript',
        before: `type Config = { retries: number; endpoint: string };

function loadConfig(text: string): Config {
  return JSON.parse(text) as Config; // a claim, not a check
}

const cfg = loadConfig('{"endpoint":"https://api"}');
console.log(cfg.retries + 1); // NaN at run time`,
        after: `import { z } from 'zod';

const configSchema = z.object({
  retries: z.number().int().min(0).default(3),
  endpoint: z.string().url(),
});
type Config = z.infer<typeof configSchema>;

function loadConfig(text: string): Config {
  return configSchema.parse(JSON.parse(text)); // fails loudly here, or fills the default
}`,
        note: 'The check moved to the boundary where the untrusted data enters, so the rest of the code can rely on the type.',
      },
      pitfalls: [
        'Without `noUncheckedIndexedAccess`, `items[0].name` compiles on an empty array and throws at run time.',
        'A type guard on a mutable property (`this.x`) is invalidated by any intervening `await` or function call in the engineer\'s mental model, even where the compiler keeps it; snapshot into a `const`.',
        'Casting parsed JSON (`as T`) skips validation entirely; missing fields surface far from where they entered.',
      ],
      quiz: [
        {
          kind: 'spot-the-bug',
          prompt: 'This handler crashes on some requests. Which line is wrong?',
          code: `function firstTag(post: { tags: string[] }): string {
  const tags = post.tags;
  const first = tags[0];
  return first.toUpperCase();
}`,
          bugLine: 4,
          answer: 'An empty `tags` array makes `first` undefined; check it (`if (first === undefined) return ""`) or enable `noUncheckedIndexedAccess` so the compiler flags it.',
          explanation: 'Index access is typed as `string` but can be `undefined` at run time. The crash happens at the dereference on line 4; the fix is to handle the empty case before it.',
        },
        {
          kind: 'multiple-choice',
          prompt: 'Which compiler option makes `record[key]` on a `Record<string, number>` typed `number | undefined`?',
          code: '',
          choices: ['strictNullChecks', 'noUncheckedIndexedAccess', 'exactOptionalPropertyTypes', 'noImplicitAny'],
          answerIndex: 1,
          explanation: '`noUncheckedIndexedAccess` adds `undefined` to index signatures and array element access. `strictNullChecks` is required for it to matter but does not do it alone.',
        },
      ],
    },
    hints: {
      nudge: 'Look at the value the error points at: can it be missing (null, undefined, None) on some path?',
      concept: 'Null safety means absence is part of the type and must be handled before the value is used. The checker only accepts a dereference once a check, a default or an early return has ruled the missing case out.',
      analogousExample: 'Compare: `const port = env.PORT; server.listen(port)` fails the checker because `PORT` may be undefined, while `const port = env.PORT ?? "8080"` or an early `if (!env.PORT) throw …` gives the checker a proof.',
      pseudoCode: 'value = the possibly-missing expression\nif value is missing:\n    decide: return early, use a default, or report an error\nuse value (now known to be present)',
    },
  },
  {
    conceptId: 'narrowing',
    fundamentals: {
      title: 'Narrowing: how checks refine a type',
      conceptId: 'narrowing',
      level: 'fundamentals',
      explanation: `A variable declared with a wide type (\`string | number\`, \`Shape\`, \`unknown\`) gets a narrower type inside code that a check has guarded. The checker follows control flow: after \`if (typeof x === 'string') return\`, the rest of the function knows \`x\` is not a string.

Checks TypeScript understands:

- \`typeof x === 'string' | 'number' | 'bigint' | 'boolean' | 'symbol' | 'undefined' | 'function' | 'object'\`
- \`x instanceof Date\`
- \`'kind' in x\`, and equality on a literal discriminant: \`x.kind === 'circle'\`
- truthiness (\`if (x)\`), equality with \`null\`/\`undefined\`
- user-defined type guards (\`x is Foo\`) and assertion functions (\`asserts x is Foo\`)

\`\`\`ts
function area(s: { kind: 'circle'; r: number } | { kind: 'square'; side: number }) {
  if (s.kind === 'circle') return Math.PI * s.r ** 2; // s is the circle here
  return s.side ** 2;                                  // and the square here
}
\`\`\`

Python type checkers narrow on \`isinstance\`, \`is None\`, \`match\` statements and \`TypeGuard\`/\`TypeIs\` functions; Kotlin calls it smart casts, C# uses \`is\` patterns. The shared idea: write an ordinary runtime check, and the type follows the check. No cast is needed, and none should be added.`,
      workedExample: {
        language: 'typescript',
        before: `function formatId(id: string | number): string {
  // error: Property 'padStart' does not exist on type 'number'
  return id.padStart(8, '0');
}`,
        after: `function formatId(id: string | number): string {
  const text = typeof id === 'number' ? id.toString() : id;
  return text.padStart(8, '0');
}`,
        note: 'The `typeof` check lets the compiler treat `id` as a number in one branch and a string in the other; no cast is involved.',
      },
      pitfalls: [
        '`typeof null === "object"`, so `typeof x === "object"` does not exclude null.',
        'Truthiness narrowing removes `0`, `""` and `NaN` along with null/undefined; use `!== undefined` when those are valid values.',
        'Narrowing is per variable: checking `obj.a` and then reading `getObj().a` does not reuse the check.',
      ],
      quiz: [
        {
          kind: 'predict-output',
          prompt: 'What does this print?',
          code: `function describe(x: unknown): string {
  if (typeof x === 'object') return x === null ? 'null' : 'object';
  return typeof x;
}
console.log([describe(null), describe([]), describe(1n)].join(','));`,
          answer: 'null,object,bigint',
          explanation: '`typeof null` is "object", so null enters the first branch and is singled out; arrays are objects; `1n` is a bigint.',
        },
        {
          kind: 'multiple-choice',
          prompt: 'Inside the `else` branch, what is the type of `v`?',
          code: `declare const v: string | number | boolean;
if (typeof v === 'string' || typeof v === 'boolean') {
  // ...
} else {
  // here
}`,
          choices: ['string | number | boolean', 'number', 'never', 'unknown'],
          answerIndex: 1,
          explanation: 'Both string and boolean are excluded by the condition, leaving only number in the else branch.',
        },
      ],
    },
    advanced: {
      title: 'Narrowing: when the checker forgets, and why',
      conceptId: 'narrowing',
      level: 'advanced',
      explanation: `Control-flow narrowing is sound only as far as the checker can see, and it deliberately gives up in some places. Knowing where keeps you from reaching for casts.

- **Callbacks**: a narrowed \`let\` or a mutable property is reset inside a closure, because the callback may run after reassignment. \`const\` locals keep their narrowing inside closures; TypeScript 5.4+ also preserves it for \`let\` variables not reassigned after the closure is created.
- **Destructured discriminants**: \`const { kind } = shape; if (kind === 'a') shape.a\` narrows \`shape\` since TypeScript 4.6 only when the destructured binding is a \`const\` from a parameter not reassigned.
- **Aliased conditions**: \`const isStr = typeof x === 'string'; if (isStr) x.length\` works (4.4+) only when \`x\` is a \`const\` or readonly, unmodified parameter.
- **Array methods**: \`arr.filter(x => x !== null)\` is \`(T | null)[]\` before TypeScript 5.5; 5.5 infers type predicates for simple arrow functions, older code needs \`(x): x is T => x !== null\`.
- **Generics**: narrowing a value of type \`T extends A | B\` does not narrow \`T\` itself, so a return type written in terms of \`T\` still needs a conditional type or overloads.

When narrowing seems lost, copy the value to a \`const\` first. The same habit helps in Python (pyright does not narrow \`self.x\` across calls that might mutate it) and in Kotlin, where smart casts are refused on \`var\` properties.`,
      workedExample: {
        language: 'typescript',
        before: `class Session {
  user: { id: string } | undefined;

  scheduleRefresh() {
    if (!this.user) return;
    setTimeout(() => {
      // error: 'this.user' is possibly 'undefined'
      refreshToken(this.user.id);
    }, 1000);
  }
}`,
        after: `class Session {
  user: { id: string } | undefined;

  scheduleRefresh() {
    const user = this.user;
    if (!user) return;
    setTimeout(() => refreshToken(user.id), 1000);
  }
}`,
        note: 'A const snapshot cannot be reassigned, so its narrowing survives into the callback; whether refreshing the old user is right is now an explicit decision.',
      },
      pitfalls: [
        'Silencing a lost narrowing with `!` hides a real race: the property may genuinely change before the callback runs.',
        'A type predicate (`x is T`) is trusted blindly; a wrong implementation makes every caller unsound.',
        'Narrowing `x: T` where `T` is a type parameter does not change `T`, so returning the narrowed value as `T`-dependent types still fails.',
      ],
      quiz: [
        {
          kind: 'spot-the-bug',
          prompt: 'Before TypeScript 5.5 this fails to compile: `names` is `(string | undefined)[]`. Which line needs changing?',
          code: `const raw: (string | undefined)[] = ['a', undefined, 'b'];
const names: string[] = raw.filter((n) => n !== undefined);
console.log(names.join());`,
          bugLine: 2,
          answer: 'Give the callback a type predicate: `raw.filter((n): n is string => n !== undefined)`.',
          explanation: '`filter` only narrows its result when the callback is a type predicate. TypeScript 5.5 infers the predicate for this simple arrow; older compilers need it written out.',
        },
        {
          kind: 'multiple-choice',
          prompt: 'Why does TypeScript refuse to keep narrowing of `this.user` inside a `setTimeout` callback?',
          code: '',
          choices: [
            'Callbacks are type-checked in a separate pass without control-flow analysis.',
            'The property may be reassigned before the callback runs, so the earlier check proves nothing about that later moment.',
            'Classes never support narrowing.',
            'Because `setTimeout` returns a number.',
          ],
          answerIndex: 1,
          explanation: 'Narrowing describes one point in time. A mutable property can change between the check and the deferred call; a const snapshot cannot.',
        },
      ],
    },
    hints: {
      nudge: 'The value has a union type here. Which check would tell the compiler which member you are holding at this line?',
      concept: 'Narrowing is the checker following your runtime checks: after `typeof`, `instanceof`, `in`, a discriminant comparison or a null check, the variable has the narrower type inside the guarded code.',
      analogousExample: 'For `input: string | string[]`, writing `const list = Array.isArray(input) ? input : [input]` narrows to `string[]` in one branch and `string` in the other, so both can be handled without a cast.',
      pseudoCode: 'if runtime check identifies variant A:\n    handle A (variable now has type A)\nelse:\n    handle the remaining variants\n# if the check is inside a callback, snapshot the value into a constant first',
    },
  },
  {
    conceptId: 'type-guards',
    fundamentals: {
      title: 'Type guards: runtime checks the type checker trusts',
      conceptId: 'type-guards',
      level: 'fundamentals',
      explanation: `A type guard is a function whose return value tells the checker something about its argument. In TypeScript it has a **type predicate** return type, \`value is T\`:

\`\`\`ts
interface Order { id: string; total: number }

function isOrder(value: unknown): value is Order {
  return typeof value === 'object' && value !== null
    && typeof (value as Record<string, unknown>).id === 'string'
    && typeof (value as Record<string, unknown>).total === 'number';
}

const data: unknown = JSON.parse(body);
if (isOrder(data)) console.log(data.total.toFixed(2)); // data: Order
\`\`\`

Guards matter when the built-in checks (\`typeof\`, \`instanceof\`, \`in\`) cannot express the test in one expression, or when the same test repeats in many places. Assertion functions (\`asserts value is Order\`) are the throwing variant: after the call, the value is narrowed for the rest of the scope.

The checker does **not** verify that the body matches the predicate. A guard that returns \`true\` too eagerly makes the compiler believe a lie, so guards should check every property the rest of the code relies on, or be generated from a schema library such as zod. Python has the same tool as \`TypeGuard[T]\` and, since 3.13 (\`typing_extensions\` before), \`TypeIs[T]\`, which also narrows the negative branch. C# and Kotlin get the effect from pattern matching (\`if (x is Order o)\`).`,
      workedExample: {
        language: 'typescript',
        before: `type Event = { type: 'click'; x: number } | { type: 'key'; code: string };

function handle(raw: unknown) {
  const event = raw as Event; // trusts anything
  if (event.type === 'key') console.log(event.code.toUpperCase());
}`,
        after: `type Event = { type: 'click'; x: number } | { type: 'key'; code: string };

function isKeyEvent(raw: unknown): raw is Extract<Event, { type: 'key' }> {
  return typeof raw === 'object' && raw !== null
    && (raw as { type?: unknown }).type === 'key'
    && typeof (raw as { code?: unknown }).code === 'string';
}

function handle(raw: unknown) {
  if (isKeyEvent(raw)) console.log(raw.code.toUpperCase());
}`,
        note: 'The cast claimed a shape without checking it; the guard checks exactly the fields the handler uses and narrows only when they are there.',
      },
      pitfalls: [
        'A guard whose body checks less than its predicate claims is worse than a cast: it looks verified.',
        'Type predicates must be on a boolean-returning function; an arrow like `x => x.id` returns a string and never narrows.',
        'Guards on `unknown` need `typeof value === "object" && value !== null` before any property access.',
      ],
      quiz: [
        {
          kind: 'multiple-choice',
          prompt: 'What does the compiler check about the body of `function isUser(x: unknown): x is User`?',
          code: '',
          choices: [
            'That every property of User is tested.',
            'Only that it returns a boolean; the predicate itself is trusted.',
            'That it uses `instanceof User`.',
            'Nothing at all: any return type is accepted.',
          ],
          answerIndex: 1,
          explanation: 'The predicate is a promise the author makes. TypeScript checks the function returns boolean and then trusts it at every call site.',
        },
        {
          kind: 'spot-the-bug',
          prompt: 'Callers crash with "Cannot read properties of null". Which line is wrong?',
          code: `function hasId(value: unknown): value is { id: string } {
  return typeof value === 'object'
    && typeof (value as { id?: unknown }).id === 'string';
}`,
          bugLine: 2,
          answer: 'Exclude null: `typeof value === "object" && value !== null && …`.',
          explanation: '`typeof null` is "object", so null passes the first test and the property read on line 3 throws. The missing null check belongs in the condition on line 2.',
        },
      ],
    },
    advanced: {
      title: 'Type guards and assertion functions in practice',
      conceptId: 'type-guards',
      level: 'advanced',
      explanation: `Three refinements separate robust guards from fragile ones.

**Assertion functions** narrow without an \`if\`: after \`assertIsDefined(x)\` returns, \`x\` is non-null. They must be declared with an explicit type annotation when called through a \`const\`, or TypeScript reports "Assertions require every name in the call target to be declared with an explicit type annotation".

\`\`\`ts
function assertIsDefined<T>(v: T, what: string): asserts v is NonNullable<T> {
  if (v === undefined || v === null) throw new Error(\`\${what} is missing\`);
}
\`\`\`

**Generic guards** avoid writing one per type: \`function isOneOf<T extends string>(v: string, options: readonly T[]): v is T\` narrows a string to a literal union using a \`const\` array, which also serves as the runtime list of valid values.

**Schema-derived guards**: writing guards by hand for nested objects drifts from the type over time. A schema (\`z.object({...})\`) gives both the type (\`z.infer\`) and the check (\`schema.safeParse(x).success\`) from one source, which is what boundary code needs.

A subtle trap: a predicate's negative branch. If \`isCat(pet)\` returns false, TypeScript narrows \`pet\` to \`Exclude<Pet, Cat>\`. A guard that returns false for some cats (say, cats without names) therefore makes the else branch unsound. TypeScript 5.5 infers predicates only when the function returns true exactly for the narrowed type; Python's \`TypeIs\` has the same rule, while \`TypeGuard\` never narrows the negative branch.`,
      workedExample: {
        language: 'typescript',
        before: `const levels = ['debug', 'info', 'warn'] as const;
type Level = (typeof levels)[number];

function parseLevel(input: string): Level {
  return input as Level; // "verbose" slips through
}`,
        after: `const levels = ['debug', 'info', 'warn'] as const;
type Level = (typeof levels)[number];

function isLevel(input: string): input is Level {
  return (levels as readonly string[]).includes(input);
}

function parseLevel(input: string): Level {
  if (!isLevel(input)) throw new Error(\`unknown level "\${input}", expected \${levels.join(', ')}\`);
  return input;
}`,
        note: 'The const array is both the type and the runtime list, so the guard cannot drift from the type it narrows to.',
      },
      pitfalls: [
        'A guard that rejects some valid members of the type makes the negative branch unsound, because `else` is narrowed to the remaining types.',
        'Assertion functions called through an unannotated `const` arrow do not narrow; declare them with `function` or an explicit type.',
        'Hand-written guards for nested objects drift from the interface as it evolves; derive both from one schema.',
      ],
      quiz: [
        {
          kind: 'predict-output',
          prompt: 'What does this print?',
          code: `const levels = ['debug', 'info', 'warn'] as const;
type Level = (typeof levels)[number];
const isLevel = (s: string): s is Level => (levels as readonly string[]).includes(s);
console.log(['info', 'verbose', 'WARN'].filter(isLevel).length);`,
          answer: '1',
          explanation: 'Only "info" is in the list; `includes` is case-sensitive, so "WARN" is rejected along with "verbose".',
        },
        {
          kind: 'multiple-choice',
          prompt: 'What is the type of `pet` in the else branch?',
          code: `type Cat = { meow(): void };
type Dog = { bark(): void };
declare function isCat(p: Cat | Dog): p is Cat;
declare const pet: Cat | Dog;
if (isCat(pet)) { pet.meow(); } else { /* here */ }`,
          choices: ['Cat | Dog', 'Dog', 'never', 'unknown'],
          answerIndex: 1,
          explanation: 'A type predicate narrows both ways: false means "not a Cat", so the else branch sees Dog. That is why the guard must be exact.',
        },
      ],
    },
    hints: {
      nudge: 'The compiler cannot tell from this check what the value is. Could the check live in a function that tells it?',
      concept: 'A type guard is a boolean function declared as `value is T`; when it returns true the checker narrows the argument to T. The body is trusted, so it must really check what it claims.',
      analogousExample: 'Instead of `const items = payload as Item[]`, a guard `function isItemArray(x: unknown): x is Item[] { return Array.isArray(x) && x.every(isItem); }` lets `if (isItemArray(payload))` narrow safely.',
      pseudoCode: 'function isT(value) returns "value is T":\n    return value is an object, not null,\n           and every field the code relies on has the expected runtime type\nif isT(input):\n    use input as T',
    },
  },
  {
    conceptId: 'generics',
    fundamentals: {
      title: 'Generics: one implementation, many precise types',
      conceptId: 'generics',
      level: 'fundamentals',
      explanation: `A generic function or type takes a **type parameter**, so the relationship between inputs and outputs is kept instead of being erased to \`any\` or \`object\`.

\`\`\`ts
function first<T>(items: readonly T[]): T | undefined {
  return items[0];
}
const n = first([3, 4]);       // number | undefined
const s = first(['a', 'b']);   // string | undefined
\`\`\`

Without the parameter, \`first(items: unknown[]): unknown\` forces every caller to cast. With it, the compiler infers \`T\` from the argument and the result carries the precise type.

**Constraints** say what a type parameter must support: \`<T extends { id: string }>\` lets the body read \`item.id\` while still returning the caller's full type. \`<K extends keyof T>\` ties a key to an object, which is how a typed \`pluck(obj, key)\` returns \`T[K]\`.

The same idea appears as \`List<T>\` in Java and C#, \`Vec<T>\` in Rust, \`func Map[T, U any]\` in Go 1.18+, and \`def first[T](items: list[T]) -> T\` with Python 3.12's type-parameter syntax. Languages differ in what exists at run time: Java erases type arguments, C# keeps them, Rust and Go (partly) generate specialised code. But the design rule is shared: use a type parameter when it connects two or more places (argument to result, key to value). A parameter used once adds nothing.`,
      workedExample: {
        language: 'typescript',
        before: `function byId(items: { id: string }[]): Map<string, { id: string }> {
  return new Map(items.map((item) => [item.id, item]));
}

const users = byId(loadUsers());
users.get('u1')?.email; // error: Property 'email' does not exist`,
        after: `function byId<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  return new Map(items.map((item) => [item.id, item]));
}

const users = byId(loadUsers());
users.get('u1')?.email; // ok: the map holds full User objects`,
        note: 'The constraint gives the body access to `id`, and the type parameter hands the caller back the full element type instead of the narrow constraint.',
      },
      pitfalls: [
        'A type parameter used only once (`<T>(x: T): void`) adds nothing; use the constraint type directly.',
        'Returning the constraint type (`{ id: string }`) instead of `T` throws away the caller\'s information.',
        'Explicit type arguments (`parse<User>(text)`) on a function that cannot check them are a cast in disguise.',
      ],
      quiz: [
        {
          kind: 'multiple-choice',
          prompt: 'Which signature lets `get(user, "email")` return the type of `user.email`?',
          code: '',
          choices: [
            'function get(obj: object, key: string): unknown',
            'function get<T>(obj: T, key: string): T',
            'function get<T, K extends keyof T>(obj: T, key: K): T[K]',
            'function get<T>(obj: T, key: keyof T): any',
          ],
          answerIndex: 2,
          explanation: '`K extends keyof T` ties the key to the object, and the indexed access type `T[K]` is the property\'s type.',
        },
        {
          kind: 'predict-output',
          prompt: 'What does this print?',
          code: `function pair<A, B>(a: A, b: B): [B, A] {
  return [b, a];
}
const [x, y] = pair(1, 'one');
console.log(typeof x, typeof y);`,
          answer: 'string number',
          explanation: 'The tuple is swapped: the first element is `b` ("one"), the second is `a` (1). The inferred type `[string, number]` matches the runtime values.',
        },
      ],
    },
    advanced: {
      title: 'Generics: variance, inference sites and when not to use them',
      conceptId: 'generics',
      level: 'advanced',
      explanation: `Most generic bugs in mature code are about **where inference happens** and **variance**.

**Inference sites.** TypeScript infers \`T\` from every argument position it appears in and may widen to a union or pick the wrong candidate. \`NoInfer<T>\` (5.4+) marks positions that must not drive inference:

\`\`\`ts
function pick<T extends string>(options: T[], fallback: NoInfer<T>): T { … }
pick(['a', 'b'], 'c'); // error: "c" is not "a" | "b"
\`\`\`

**Variance.** \`Box<Dog>\` is assignable to \`Box<Animal>\` only if \`Box\` uses \`T\` in output positions. Mutable containers are invariant in sound systems: Java's \`List<Dog>\` is not a \`List<Animal>\` (use \`List<? extends Animal>\` to read), C# marks it with \`out T\`/\`in T\`, Rust derives it from usage. TypeScript checks method parameters bivariantly, so \`Array<Dog>\` passes as \`Array<Animal>\` and a push of a \`Cat\` type-checks. Prefer \`readonly T[]\` in parameters you only read: it documents intent and is honestly covariant.

**Const type parameters.** \`<const T>\` (5.0+) infers literal and readonly tuple types from arguments, useful for route tables and config builders.

**When not to.** A generic whose type parameter appears only in the return type (\`function parse<T>(s: string): T\`) lets callers choose any type with no check. That is a cast with better manners. Return \`unknown\` and validate, or take a schema argument from which \`T\` is inferred.`,
      workedExample: {
        language: 'typescript',
        before: `function readJson<T>(text: string): T {
  return JSON.parse(text);
}

const cfg = readJson<{ port: number }>('{"port":"8080"}');
server.listen(cfg.port + 1); // "80801"`,
        after: `import { z, type ZodType } from 'zod';

function readJson<T>(text: string, schema: ZodType<T>): T {
  return schema.parse(JSON.parse(text));
}

const cfg = readJson('{"port":"8080"}', z.object({ port: z.coerce.number() }));
server.listen(cfg.port + 1); // 8081`,
        note: 'T is now inferred from a schema that checks it at run time, instead of being an unchecked promise chosen by the caller.',
      },
      pitfalls: [
        'A type parameter that appears only in the return type is an unchecked cast chosen by the caller.',
        'Mutable arrays are treated covariantly by TypeScript, so writing a subtype-incompatible element through a `Animal[]` view of a `Dog[]` compiles.',
        'Over-constrained generics (`T extends Record<string, any>`) reintroduce `any` inside the body.',
      ],
      quiz: [
        {
          kind: 'spot-the-bug',
          prompt: 'Which line makes this generic API unsound?',
          code: `interface Repo<T> { all(): T[] }
function load<T>(table: string): Repo<T> {
  const rows: unknown[] = query(table);
  return { all: () => rows as T[] };
}`,
          bugLine: 4,
          answer: 'Validate the rows (e.g. accept a schema for T and parse each row) instead of casting `unknown[]` to `T[]`.',
          explanation: 'T is chosen freely by the caller and never checked; the cast on line 4 is where unknown data is passed off as T.',
        },
        {
          kind: 'multiple-choice',
          prompt: 'In Java, which parameter type lets a method read `Number`s from a `List<Integer>` and a `List<Double>`?',
          code: '',
          choices: ['List<Number>', 'List<? extends Number>', 'List<? super Number>', 'List<Object>'],
          answerIndex: 1,
          explanation: 'Generic types are invariant in Java. `? extends Number` is the covariant, read-only view ("producer extends"); `? super` is for writing.',
        },
      ],
    },
    hints: {
      nudge: 'Is the function losing the caller\'s type somewhere, so the result is wider than the input?',
      concept: 'Generics let a type parameter connect inputs to outputs; the compiler infers it per call. Constraints (`T extends …`) say what the body may use while the full type flows through.',
      analogousExample: 'A cache typed `Map<string, unknown>` forces casts on every read, while `class Cache<V> { get(k: string): V | undefined }` keeps the value type per cache instance.',
      pseudoCode: 'declare type parameter T (with the constraint the body needs)\ntype the input in terms of T\ntype the output in terms of T\nlet the compiler infer T at each call site',
    },
  },
];
