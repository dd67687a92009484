import type { LibraryEntry } from '../libraryEntry';

/**
 * Offline library entries for the TypeScript checker itself (reading its errors, the general fallback entry) and its
 * strictness flags and escape hatches (`strictNullChecks`, `noImplicitAny`, `unknown` vs `any`, type assertions); the
 * library registry serves them when no LLM is available.
 */
export const typescriptStrictnessEntries: readonly LibraryEntry[] = [
  {
    conceptId: 'ts.strict-null-checks',
    fundamentals: {
      title: 'strictNullChecks: null and undefined are types of their own',
      conceptId: 'ts.strict-null-checks',
      level: 'fundamentals',
      explanation: `With \`strictNullChecks\` (part of \`strict\`), \`null\` and \`undefined\` are no longer silently members of every type. A \`string\` is a string; a value that might be missing is \`string | undefined\`, and the compiler makes you deal with the missing case before you dereference it.

Many standard APIs return optional results, and the errors you see come from them: \`Map.get\`, \`Array.prototype.find\`, \`document.querySelector\`, optional properties (\`name?: string\`) and optional parameters.

~~~ts
const ports = new Map<string, number>([['http', 80]]);
const p = ports.get('https'); // number | undefined
p.toFixed();                  // TS18048: 'p' is possibly 'undefined'.

if (p !== undefined) p.toFixed(); // narrowed to number
const q = ports.get('https') ?? 443; // number
~~~

There are three honest ways out: **narrow** (\`if\`, early \`return\`, \`throw\`), **default** (\`??\`), or **propagate** (return \`T | undefined\` and let the caller decide). The non-null assertion \`p!\` compiles, but it is a promise to the compiler, not a check: if you are wrong you get the same \`TypeError\` at runtime that the flag exists to prevent.

Treat each "possibly undefined" error as a question the code has not answered yet: what should happen when the value is missing?`,
      workedExample: {
        language: 'typescript',
        before: `interface User { id: string; email: string }

function emailFor(users: User[], id: string): string {
  const user = users.find((u) => u.id === id);
  return user.email; // TS18048: 'user' is possibly 'undefined'.
}`,
        after: `interface User { id: string; email: string }

function emailFor(users: User[], id: string): string {
  const user = users.find((u) => u.id === id);
  if (!user) {
    throw new Error(\`No user with id \${id}\`);
  }
  return user.email; // narrowed to User
}`,
        note: 'find() returns User | undefined. The fix decides what a missing user means (here, a caller error with a useful message) instead of asserting it away with user!.email.',
      },
      pitfalls: [
        'Reaching for `!` to silence the error: it removes the check but not the crash, and it hides the decision about the missing case from reviewers.',
        'Using `||` for defaults: `count || 10` replaces a legitimate `0` (and `""`); `??` only replaces `null` and `undefined`.',
        'Assuming array indexing is checked: `arr[5]` is typed `T`, not `T | undefined`, unless `noUncheckedIndexedAccess` is on.',
      ],
      quiz: [
        {
          kind: 'multiple-choice',
          prompt: 'With strictNullChecks on, what is the type of `found`?',
          code: `const ids = [3, 7, 11];
const found = ids.find((n) => n > 10);`,
          choices: ['number', 'number | undefined', 'number | null', 'any'],
          answerIndex: 1,
          explanation:
            'Array.prototype.find returns undefined when nothing matches, so its result is T | undefined. null is never produced by find; that distinction matters when you compare with === null.',
        },
        {
          kind: 'predict-output',
          prompt: 'What does this print?',
          code: `const configuredRetries: number | undefined = 0;
console.log(configuredRetries || 3, configuredRetries ?? 3);`,
          answer: '3 0',
          explanation:
            '|| falls back on any falsy value, so the configured 0 is replaced by 3. ?? falls back only on null or undefined, so 0 is kept. Prefer ?? for defaults of numbers, strings and booleans.',
        },
      ],
    },
    advanced: {
      title: 'Null safety that holds: callbacks, index access and definite assignment',
      conceptId: 'ts.strict-null-checks',
      level: 'advanced',
      explanation: `Once the basics are in place, the remaining \`undefined\` bugs hide where narrowing does not reach.

**Narrowing and callbacks.** A check on a mutable property does not carry into a callback, because the callback may run after the property changed. Copy the value into a \`const\` first; a narrowed \`const\` stays narrowed inside closures.

~~~ts
if (this.session) {
  queue.push(() => this.session.close()); // TS2532: possibly 'undefined'
  const s = this.session;
  queue.push(() => s.close());            // ok
}
~~~

**Index access.** \`record[key]\` on a \`Record<string, T>\` and \`arr[i]\` are typed \`T\` by default. \`noUncheckedIndexedAccess\` adds \`| undefined\` to them; it is noisy in loops that use \`for...of\`-able arrays by index, but it catches the most common unchecked lookups in dictionaries.

**Definite assignment.** \`strictPropertyInitialization\` requires class fields to be assigned in the constructor. \`field!: T\` opts out; use it only when a framework truly initialises the field (dependency injection, \`ngOnInit\`), otherwise initialise in the constructor or type the field as optional.

**Type predicates and filter.** Since TypeScript 5.5, \`items.filter((x) => x !== undefined)\` narrows \`(T | undefined)[]\` to \`T[]\` because the predicate is inferred; \`items.filter(Boolean)\` still does not narrow.`,
      workedExample: {
        language: 'typescript',
        before: `const limits: Record<string, number> = { free: 10, pro: 100 };

function limitFor(plan: string): number {
  // compiles without noUncheckedIndexedAccess; returns undefined for "team"
  return limits[plan] * 2;
}`,
        after: `const limits: Record<string, number> = { free: 10, pro: 100 };

function limitFor(plan: string): number {
  const limit = limits[plan]; // number | undefined with noUncheckedIndexedAccess
  if (limit === undefined) {
    throw new Error(\`Unknown plan "\${plan}"\`);
  }
  return limit * 2;
}`,
        note: 'Without noUncheckedIndexedAccess the original returns NaN for unknown plans with no compile error. With the flag, the lookup is typed number | undefined and the missing case must be handled.',
      },
      pitfalls: [
        'Expecting an `if (this.x)` check to hold inside `setTimeout` or `.then` callbacks: copy the narrowed value into a `const` first.',
        'Using definite-assignment `field!: T` to quiet `strictPropertyInitialization` when nothing actually initialises the field before use.',
        'Trusting `Record<string, T>` lookups: the type claims every key exists. Use `Map`, `noUncheckedIndexedAccess`, or `Partial<Record<K, T>>`.',
      ],
      quiz: [
        {
          kind: 'spot-the-bug',
          prompt: 'This compiles under strict mode, yet can throw at runtime. Which line is the problem?',
          code: `class Uploader {
  private client!: StorageClient;

  async upload(file: Blob): Promise<void> {
    await this.client.put(file);
  }

  connect(client: StorageClient): void {
    this.client = client;
  }
}`,
          bugLine: 2,
          answer:
            'The definite-assignment assertion `!` tells the compiler the field is always set, but upload() may run before connect(). Take the client in the constructor, or type it `StorageClient | undefined` and check it in upload().',
          explanation:
            'field!: T disables strictPropertyInitialization for that field. The crash then surfaces at line 5 as "Cannot read properties of undefined", but the lie is on line 2.',
        },
        {
          kind: 'predict-output',
          prompt: 'With default compiler flags (no noUncheckedIndexedAccess), this compiles. What does it print?',
          code: `const weights: Record<string, number> = { a: 1, b: 2 };
const total = ['a', 'b', 'c'].reduce((sum, key) => sum + weights[key], 0);
console.log(total);`,
          answer: 'NaN',
          explanation:
            'weights["c"] is undefined at runtime although its static type is number; 3 + undefined is NaN. noUncheckedIndexedAccess would have typed the lookup as number | undefined and flagged the addition.',
        },
      ],
    },
    hints: {
      nudge: 'Look at where the value comes from: which call or property on that line can produce `undefined` or `null`?',
      concept:
        'With `strictNullChecks`, a possibly-missing value has type `T | undefined` (or `T | null`). You must handle the missing case before using it as `T`: narrow it, give it a default, or pass the optionality on to the caller.',
      analogousExample:
        'A similar case: `const el = document.querySelector("#save");` is `Element | null`. Code that calls `el.addEventListener(...)` first checks `if (!el) return;` (or throws with a clear message), after which `el` is `Element`.',
      pseudoCode:
        'value = lookup(...)\nif value is missing:\n    decide: return early / throw a descriptive error / use a sensible default\n// from here on the compiler knows value is present\nuse(value)',
    },
  },
  {
    conceptId: 'ts.no-implicit-any',
    fundamentals: {
      title: 'noImplicitAny: say what goes in at the boundaries',
      conceptId: 'ts.no-implicit-any',
      level: 'fundamentals',
      explanation: `When TypeScript cannot infer a type and you did not write one, it falls back to \`any\`. \`noImplicitAny\` (part of \`strict\`) turns that silent fallback into error TS7006 ("Parameter 'x' implicitly has an 'any' type") or TS7005/TS7034 for variables.

The fix is almost never to write \`: any\`. It is to state the contract at the boundary where inference has nothing to go on: function parameters, empty collections, and values from untyped sources.

~~~ts
// TS7006 on both parameters
function total(items, taxRate) { ... }

function total(items: readonly LineItem[], taxRate: number): number { ... }

const seen = [];                 // evolves, but is any[] if it escapes
const seen: string[] = [];       // explicit element type
~~~

Inside a function body you rarely need annotations: return types, locals and callback parameters are inferred from context (\`orders.map((o) => o.total)\` knows \`o\`). Annotate parameters and exported function return types; let inference do the rest.

For JavaScript libraries without types, install \`@types/<name>\` if it exists, or declare a minimal module in a \`.d.ts\` file with only the members you use. A single \`declare module 'legacy-lib';\` makes everything from it \`any\`, which moves the problem rather than solving it.`,
      workedExample: {
        language: 'typescript',
        before: `// TS7006: Parameter 'rows' implicitly has an 'any' type.
export function toCsv(rows, separator = ',') {
  return rows.map((r) => r.join(separator)).join('\\n');
}`,
        after: `export function toCsv(rows: readonly (readonly string[])[], separator = ','): string {
  return rows.map((r) => r.join(separator)).join('\\n');
}`,
        note: 'separator already had a type from its default value; only rows needed an annotation. The callback parameter r is inferred from the annotated array, and the explicit return type documents the exported contract.',
      },
      pitfalls: [
        'Silencing TS7006 with `: any`: the error goes away and so does every check on that value and everything derived from it.',
        'Annotating every local variable: it adds noise and can widen types that inference would have kept precise (a literal union becomes `string`).',
        'Writing `declare module "x";` for an untyped package instead of declaring the few functions you call with real types.',
      ],
      quiz: [
        {
          kind: 'multiple-choice',
          prompt: 'Under noImplicitAny, which of these lines is reported?',
          code: `const names = ['ada', 'linus'];
const upper = names.map((n) => n.toUpperCase());
function greet(person) { return 'hi ' + person; }
const count = names.length;`,
          choices: ['Line 1', 'Line 2', 'Line 3', 'Line 4'],
          answerIndex: 2,
          explanation:
            'Function declaration parameters have no context to infer from, so person is implicitly any (TS7006). The callback parameter n on line 2 is contextually typed from string[].map.',
        },
        {
          kind: 'spot-the-bug',
          prompt: 'The team enabled noImplicitAny and someone "fixed" the error. Which line defeats the purpose?',
          code: `interface Invoice { id: string; cents: number }

function sumCents(invoices: any[]): number {
  return invoices.reduce((acc, inv) => acc + inv.amount, 0);
}`,
          bugLine: 3,
          answer: 'Type the parameter as `readonly Invoice[]`; the compiler then reports that `amount` does not exist (the field is `cents`).',
          explanation:
            'With any[], inv.amount is accepted and evaluates to undefined at runtime, so the sum becomes NaN. A real parameter type turns the typo into a compile error.',
        },
      ],
    },
    advanced: {
      title: 'Where any still leaks in under strict mode',
      conceptId: 'ts.no-implicit-any',
      level: 'advanced',
      explanation: `\`noImplicitAny\` only reports places where the compiler *fell back* to \`any\`. Plenty of explicit \`any\` flows in from APIs and then spreads silently, because anything derived from \`any\` is also \`any\`.

Common sources in strict codebases:

- \`JSON.parse\` returns \`any\`; so does \`response.json()\` in the DOM typings.
- \`catch (e)\` is \`unknown\` only with \`useUnknownInCatchVariables\` (included in \`strict\` since 4.4); older configs still give \`any\`.
- Untyped dependencies declared as \`declare module 'x'\`.
- Shared helpers that return \`any\`, often through an \`as any\` cast inside, which leaks to every caller.

~~~ts
const body = await res.json();          // any
const id: number = body.user.id;        // no check at all
const parsed: unknown = await res.json();
const user = userSchema.parse(parsed);   // validated and typed
~~~

Contain \`any\` at the edge: annotate the result as \`unknown\` and validate it (zod, a type guard), so the rest of the code works with checked types. Turn on the typescript-eslint rules \`no-unsafe-assignment\`, \`no-unsafe-member-access\` and \`no-unsafe-return\` to find where \`any\` already escaped; \`no-explicit-any\` stops new ones.`,
      workedExample: {
        language: 'typescript',
        before: `async function loadFlags(url: string) {
  const res = await fetch(url);
  const flags = await res.json(); // any
  return flags.enabled as string[];
}`,
        after: `import { z } from 'zod';

const flagsSchema = z.object({ enabled: z.array(z.string()) });

async function loadFlags(url: string): Promise<string[]> {
  const res = await fetch(url);
  const flags: unknown = await res.json();
  return flagsSchema.parse(flags).enabled;
}`,
        note: 'The `as string[]` cast asserted a shape nobody checked. Annotating as unknown forces validation; a malformed response now fails at the boundary with a clear error instead of deep in a caller.',
      },
      pitfalls: [
        'Believing `strict` means "no any": explicit and library-provided `any` is allowed and contagious.',
        'Casting the result of `JSON.parse` with `as Config`: that is an unchecked claim, not validation.',
        'Old tsconfigs without `useUnknownInCatchVariables` still type `catch (e)` as `any`.',
      ],
      quiz: [
        {
          kind: 'multiple-choice',
          prompt: 'With `strict: true`, what is the type of `retries`?',
          code: `const config = JSON.parse('{"retries": "3"}');
const retries = config.retries;`,
          choices: ['number', 'string', 'unknown', 'any'],
          answerIndex: 3,
          explanation:
            'JSON.parse is declared to return any, and any member access on any is any. noImplicitAny does not report it because the any is explicit in the library declaration.',
        },
        {
          kind: 'predict-output',
          prompt: 'This compiles under strict mode. What does it print?',
          code: `const config = JSON.parse('{"retries": "3"}');
const maxAttempts: number = config.retries + 1;
console.log(maxAttempts);`,
          answer: '31',
          explanation:
            'retries is the string "3" at runtime, so + concatenates to "31". The annotation : number was accepted because config.retries is any; validating the parsed JSON would have caught the string.',
        },
      ],
    },
    hints: {
      nudge: 'Which parameter or variable has no type written on it, and nothing nearby the compiler could infer one from?',
      concept:
        'Under `noImplicitAny`, every value whose type cannot be inferred needs an explicit type. Parameters of declared functions are the usual case: write the type the function actually expects, not `any`.',
      analogousExample:
        'Similar: `function formatPrice(amount, currency) { ... }` reports TS7006 twice. Looking at how it is used (`formatPrice(1999, "EUR")`) gives the contract: `amount: number, currency: string`, and the body then gets checked against it.',
      pseudoCode:
        'for each parameter the error names:\n    look at the call sites and the body to see what it must be\n    write that type (an existing interface if one fits)\nfor data from JSON or an untyped library:\n    type it unknown and validate before use',
    },
  },
  {
    conceptId: 'ts.unknown-vs-any',
    fundamentals: {
      title: 'unknown vs any: the safe top type',
      conceptId: 'ts.unknown-vs-any',
      level: 'fundamentals',
      explanation: `Both \`any\` and \`unknown\` accept every value. The difference is what you may do with the value afterwards.

- \`any\` switches the checker off: every property access, call and assignment is allowed, and the result is \`any\` again.
- \`unknown\` allows nothing until you narrow it: \`typeof\`, \`instanceof\`, \`in\`, \`Array.isArray\`, a type guard or a schema parse.

~~~ts
function describe(value: unknown): string {
  if (typeof value === 'string') return value.toUpperCase();
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return \`\${value.length} items\`;
  return String(value);
}

const a: any = 42;
a.toUpperCase();   // compiles, throws TypeError at runtime
const u: unknown = 42;
u.toUpperCase();   // TS18046: 'u' is of type 'unknown'
~~~

Use \`unknown\` for anything whose shape you have not verified: parsed JSON, \`catch\` variables, message payloads, values from \`postMessage\`, \`localStorage\`, or a plugin API. Narrow it once, close to where it enters, and hand typed data to the rest of the program.

\`any\` still has rare legitimate uses: gradually migrating JavaScript, or test doubles where the type is irrelevant. When you write it, scope it as tightly as possible and leave a comment explaining why.`,
      workedExample: {
        language: 'typescript',
        before: `window.addEventListener('message', (event: MessageEvent<any>) => {
  if (event.data.type === 'resize') {
    resize(event.data.width, event.data.height);
  }
});`,
        after: `interface ResizeMessage { type: 'resize'; width: number; height: number }

function isResizeMessage(data: unknown): data is ResizeMessage {
  if (typeof data !== 'object' || data === null) return false;
  const m = data as Record<string, unknown>;
  return m.type === 'resize' && typeof m.width === 'number' && typeof m.height === 'number';
}

window.addEventListener('message', (event: MessageEvent<unknown>) => {
  if (isResizeMessage(event.data)) resize(event.data.width, event.data.height);
});`,
        note: 'Any page can post a message to your window, so event.data is untrusted. Typing it unknown forces a check; the guard validates every field the handler uses.',
      },
      pitfalls: [
        'Replacing `unknown` with `any` because narrowing feels verbose: the verbosity is the validation you would otherwise skip.',
        'Narrowing with `typeof x === "object"` and forgetting that `null` is also an object.',
        'Casting `unknown` straight to a type (`data as Config`): it compiles but checks nothing.',
      ],
      quiz: [
        {
          kind: 'multiple-choice',
          prompt: 'Which line fails to compile?',
          code: `function handle(input: unknown) {
  const s = String(input);
  const n = input.length;
  const ok = input === 'yes';
}`,
          choices: ['Line 2', 'Line 3', 'Line 4', 'None of them'],
          answerIndex: 1,
          explanation:
            'Accessing a property on unknown is an error (TS18046). Passing unknown to a function that accepts unknown (String) and comparing it with === are both allowed.',
        },
        {
          kind: 'predict-output',
          prompt: 'What does this print?',
          code: `function kind(value: unknown): string {
  if (typeof value === 'object') return value === null ? 'null' : 'object';
  return typeof value;
}
console.log(kind(null), kind([]), kind(undefined));`,
          answer: 'null object undefined',
          explanation:
            'typeof null is "object", which is why the guard needs the extra null check. Arrays are objects too; use Array.isArray to tell them apart.',
        },
      ],
    },
    advanced: {
      title: 'unknown in practice: catch clauses, guards and generic defaults',
      conceptId: 'ts.unknown-vs-any',
      level: 'advanced',
      explanation: `**catch variables.** Under \`strict\` (\`useUnknownInCatchVariables\`), \`catch (e)\` is \`unknown\`, because anything can be thrown: strings, objects, \`undefined\`. Narrow before reading \`message\`:

~~~ts
try { await deploy(); }
catch (e) {
  const message = e instanceof Error ? e.message : String(e);
  log.error(\`deploy failed: \${message}\`, { cause: e });
}
~~~

**Type guards are unchecked claims.** A \`value is T\` function is trusted by the compiler; if its body checks less than \`T\` promises, the type lies. Keep guards next to the type, test them, or derive both from one schema (\`z.infer<typeof schema>\`).

**Generic defaults.** For a generic that callers may not specify, prefer \`<T = unknown>\` over \`<T = any>\`: callers who skip the argument must narrow, rather than silently getting unchecked access.

**unknown is assignable to nothing but unknown and any.** You can store it and pass it on, but not assign it to \`string\`. \`never\` is the opposite end: assignable to everything, nothing assignable to it.

**Double assertions.** \`x as unknown as T\` compiles for any \`T\`; it is the loudest way to tell the checker to stand aside. In production code, a double assertion should be rare enough to need a comment.

**Narrowing objects.** Since TypeScript 4.9, \`'key' in value\` narrows an \`object\` to \`object & Record<'key', unknown>\`, so you can validate properties without first casting to \`Record<string, unknown>\`.`,
      workedExample: {
        language: 'typescript',
        before: `function retryable(error: any): boolean {
  return error.code === 'ECONNRESET' || error.response.status >= 500;
}`,
        after: `function retryable(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  if ('code' in error && error.code === 'ECONNRESET') return true;
  if ('response' in error && typeof error.response === 'object' && error.response !== null
      && 'status' in error.response && typeof error.response.status === 'number') {
    return error.response.status >= 500;
  }
  return false;
}`,
        note: 'The any version throws its own TypeError when an error has no response (a DNS failure, a thrown string), turning a retry decision into a crash. The unknown version answers false for shapes it does not recognise.',
      },
      pitfalls: [
        'Writing `catch (e: any)` to get at `e.message` quickly: non-Error throwables then crash the error handler itself.',
        'Type guards that check one field and promise the whole interface.',
        'Defaulting generics to `any`: every caller that omits the argument silently loses checking.',
      ],
      quiz: [
        {
          kind: 'spot-the-bug',
          prompt: 'This guard compiles. Which line makes it lie to the compiler?',
          code: `interface Job { id: string; attempts: number }

function isJob(value: unknown): value is Job {
  return typeof value === 'object' && value !== null && 'id' in value;
}`,
          bugLine: 4,
          answer: 'Also check `typeof value.id === "string"` and `"attempts" in value && typeof value.attempts === "number"`; the guard must verify everything Job promises.',
          explanation:
            'After isJob(x) returns true, callers use x.attempts as a number. The guard only checked that id exists, so { id: 1 } passes and attempts is undefined.',
        },
        {
          kind: 'predict-output',
          prompt: 'What does this print?',
          code: `function describeError(e: unknown): string {
  return e instanceof Error ? e.message : \`non-error: \${String(e)}\`;
}
try { throw 'disk full'; } catch (e) { console.log(describeError(e)); }`,
          answer: 'non-error: disk full',
          explanation:
            'A string was thrown, not an Error, so instanceof Error is false. Code that assumed e.message would have printed undefined.',
        },
      ],
    },
    hints: {
      nudge: 'What is the declared type of the value on that line, and what has the code verified about it before using it?',
      concept:
        '`unknown` means "not yet checked": you can pass it around but not use it until you narrow it with `typeof`, `instanceof`, `in`, `Array.isArray`, a type guard or a schema. `any` skips checking entirely, so prefer `unknown` for anything untrusted.',
      analogousExample:
        'Similar: reading `localStorage.getItem("prefs")` and `JSON.parse`-ing it yields data you did not write. Code that types it `unknown` and checks `typeof prefs === "object" && prefs !== null && "theme" in prefs` before reading `theme` stays correct even when the stored value is stale or tampered with.',
      pseudoCode:
        'raw: unknown = value from outside\nif raw does not have the shape you need (check each field you use):\n    handle the bad input (error, default, ignore)\nelse:\n    use the narrowed, typed value',
    },
  },
  {
    conceptId: 'ts.type-assertions',
    fundamentals: {
      title: 'Type assertions: telling the compiler, not checking',
      conceptId: 'ts.type-assertions',
      level: 'fundamentals',
      explanation: `\`value as T\` (and the older \`<T>value\`) changes the static type of an expression and nothing else. No code is emitted: there is no runtime conversion and no check. The compiler only refuses assertions between types that do not overlap at all (TS2352), which is why \`as unknown as T\` "works" for anything.

Assertions are appropriate when you know more than the compiler and the knowledge is local and certain:

~~~ts
const canvas = document.getElementById('chart') as HTMLCanvasElement;
const routes = ['home', 'settings'] as const; // literal types, readonly
~~~

They are wrong when they stand in for a check you should make:

~~~ts
const user = JSON.parse(body) as User;  // nothing verified
const n = input as unknown as number;    // "3" stays a string
~~~

Prefer, in order: a type annotation (\`const u: User = ...\` is checked, unlike \`as User\`), \`satisfies\` when you want checking without widening, narrowing with a runtime check, and only then an assertion. The non-null assertion \`x!\` is the same idea applied to \`null | undefined\`.

\`as const\` is a different tool that happens to share the keyword: it asks for the narrowest literal, readonly type and is always safe.`,
      workedExample: {
        language: 'typescript',
        before: `interface Settings { theme: 'light' | 'dark'; fontSize: number }

// fontSize forgotten, not reported
const defaults = {
  theme: 'dark',
} as Settings;`,
        after: `interface Settings { theme: 'light' | 'dark'; fontSize: number }

const defaults = {
  theme: 'dark',
  fontSize: 14, // without it: TS1360, property 'fontSize' is missing
} satisfies Settings;`,
        note: '`as` only rejects types that do not overlap at all, and an object missing a property still overlaps, so the forgotten fontSize compiled and is undefined at runtime. `satisfies` checks the object against Settings while keeping the literal type of theme.',
      },
      pitfalls: [
        'Believing `x as number` converts a value: it does not; use `Number(x)` or `parseInt` and check the result.',
        'Using `as T` on object literals instead of `: T` or `satisfies T`, which check excess and mistyped properties.',
        'Asserting DOM lookups (`as HTMLInputElement`) on elements whose id is shared or renamed: the cast hides the `null` case too.',
      ],
      quiz: [
        {
          kind: 'predict-output',
          prompt: 'This compiles. What does it print?',
          code: `const raw: unknown = '41';
const n = raw as number;
console.log(n + 1);`,
          answer: '411',
          explanation:
            'The assertion changed only the static type. At runtime n is still the string "41", and "41" + 1 concatenates. Convert with Number(raw) and validate instead.',
        },
        {
          kind: 'multiple-choice',
          prompt: 'Which declaration is reported as an error?',
          code: `interface Style { color: string; weight: number }
const a = { color: 'red' } as Style;
const b: Style = { color: 'red' };`,
          choices: ['Only a', 'Only b', 'Both', 'Neither'],
          answerIndex: 1,
          explanation:
            'The annotation on b is checked: TS2741 reports that weight is missing. The assertion on a is accepted because { color: string } and Style overlap; `as` only fails (TS2352) when neither type is comparable to the other, so a.weight is undefined at runtime.',
        },
      ],
    },
    advanced: {
      title: 'Assertions, satisfies and assertion functions',
      conceptId: 'ts.type-assertions',
      level: 'advanced',
      explanation: `Three tools that look alike and do different things:

| form | checks? | resulting type |
|---|---|---|
| \`const x: T = v\` | yes | \`T\` (widened) |
| \`const x = v satisfies T\` | yes | type of \`v\` (kept narrow) |
| \`const x = v as T\` | only that types overlap | \`T\` |

\`satisfies\` (TypeScript 4.9) is the right choice for configuration objects and lookup tables: you get excess-property and value checks while keeping literal keys for autocomplete and \`keyof typeof\`.

~~~ts
const routes = {
  home: '/',
  user: '/users/:id',
} satisfies Record<string, \`/\${string}\`>;
type RouteName = keyof typeof routes; // 'home' | 'user', not string
~~~

**Assertion functions** (\`asserts value is T\`) turn a runtime check into narrowing for the rest of the scope. Unlike \`as\`, they do check, as long as their body throws whenever the claim is false:

~~~ts
function assertDefined<T>(v: T, what: string): asserts v is NonNullable<T> {
  if (v === undefined || v === null) throw new Error(\`\${what} is missing\`);
}
~~~

Assertion functions must be called through an explicitly typed reference (a declared function, or a \`const\` with a type annotation), otherwise TS2775 reports them.

Where assertions remain: DOM element types after a lookup you control, test fixtures, and interop with badly typed libraries. Keep each one next to a comment saying why it is true.`,
      workedExample: {
        language: 'typescript',
        before: `const handlers = {
  created: (e: Event) => audit(e),
  deleted: (e: Event) => purge(e),
} as Record<string, (e: Event) => void>;

handlers.renamed(event); // compiles, throws at runtime`,
        after: `const handlers = {
  created: (e: Event) => audit(e),
  deleted: (e: Event) => purge(e),
} satisfies Record<string, (e: Event) => void>;

// handlers.renamed(event); // TS2339: Property 'renamed' does not exist
type HandledEvent = keyof typeof handlers; // 'created' | 'deleted'`,
        note: 'The assertion widened the keys to string, so any name compiled. satisfies checks every value against the handler type yet keeps the exact keys, so typos are caught and the key union is derivable.',
      },
      pitfalls: [
        'Writing an assertion function whose body does not throw on every failing input: the narrowing is then as unchecked as `as`.',
        'Using `as` on a lookup table and losing its literal keys, when `satisfies` would keep them.',
        'Chaining `as unknown as T` to get past TS2352: the compiler was pointing at a real mismatch.',
      ],
      quiz: [
        {
          kind: 'multiple-choice',
          prompt: 'What is the type of `Level` here?',
          code: `const levels = { debug: 10, info: 20, warn: 30 } satisfies Record<string, number>;
type Level = keyof typeof levels;`,
          choices: ['string', "'debug' | 'info' | 'warn'", 'number', 'Record<string, number>'],
          answerIndex: 1,
          explanation:
            'satisfies checks the object against Record<string, number> but leaves its inferred type alone, so the keys stay literal. With `as Record<string, number>` or an annotation, Level would be string.',
        },
        {
          kind: 'spot-the-bug',
          prompt: 'Which line makes this assertion function unsound?',
          code: `function assertPort(value: unknown): asserts value is number {
  if (typeof value !== 'number') throw new TypeError('port must be a number');
  if (value < 1 || value > 65535) console.warn('port out of range');
}`,
          bugLine: 3,
          answer: 'Throw instead of warning: `if (value < 1 || value > 65535) throw new RangeError(...)`, or narrow to a branded Port type only after the range check.',
          explanation:
            'The name promises a valid port. Line 3 lets out-of-range numbers through after only a warning, so callers proceed with 0 or 70000 believing it was checked.',
        },
      ],
    },
    hints: {
      nudge: 'Find the `as` (or `!`) on or near that line: what would have to be true at runtime for it to be correct?',
      concept:
        'A type assertion changes only what the compiler believes; it performs no runtime check or conversion. Prefer an annotation or `satisfies` (both checked), narrowing with a real check, or an assertion function that throws when the claim is false.',
      analogousExample:
        'Similar: `const port = process.env.PORT as number` compiles, but the variable holds a string (or undefined). Code that reads the variable, converts it with `Number(...)`, and rejects `NaN` and out-of-range values gets a real number.',
      pseudoCode:
        'instead of: value as T\nif value is a literal you are writing: annotate it or add satisfies T\nelse if it comes from outside: check its shape at runtime, then use it\nelse if you are certain (local DOM lookup you control): keep the assertion and say why in a comment',
    },
  },
  {
    conceptId: 'ts.general',
    fundamentals: {
      title: 'Reading TypeScript errors: what the checker is claiming',
      conceptId: 'ts.general',
      level: 'fundamentals',
      explanation: `TypeScript checks your code against static types and then erases them: nothing in a type annotation exists at runtime. A compile error is a claim about **every value that can reach that line**, not only the one you tested with.

Long messages are a chain. The first line names the mismatch; each indented line below it goes one level deeper and the **last** line usually names the exact property or member that breaks:

~~~text
error TS2345: Argument of type '{ id: string; tags: string[] | undefined; }'
  is not assignable to parameter of type 'Post'.
  Types of property 'tags' are incompatible.
    Type 'string[] | undefined' is not assignable to type 'string[]'.
      Type 'undefined' is not assignable to type 'string[]'.
~~~

Here the real problem is that \`tags\` may be \`undefined\`.

Habits that help:

- Hover the expression to see what type TypeScript inferred; it is often wider than you assumed (\`string\` rather than \`'asc' | 'desc'\`).
- Search by the code (\`TS2345\`, \`TS18048\`): codes are stable across versions.
- Fix the first error in a file first; later ones are often consequences.
- Prefer fixing the types over silencing them with \`as\`, \`!\`, \`any\` or \`// @ts-ignore\`. If you must suppress, use \`// @ts-expect-error\` with a reason: it fails when the error goes away.

Because types are erased, data from outside the program (JSON, environment, user input) must be validated at runtime; the checker cannot do that for you.`,
      workedExample: {
        language: 'typescript',
        before: `type SortOrder = 'asc' | 'desc';
function sortBy(order: SortOrder) { /* ... */ }

const options = { order: 'asc' };
sortBy(options.order);
// TS2345: Argument of type 'string' is not assignable to parameter of type 'SortOrder'.`,
        after: `type SortOrder = 'asc' | 'desc';
function sortBy(order: SortOrder) { /* ... */ }

const options: { order: SortOrder } = { order: 'asc' };
sortBy(options.order);`,
        note: 'Object properties are mutable, so TypeScript widened the literal "asc" to string. Annotating the object (or writing `as const`, or `satisfies`) keeps the literal union, and the call type-checks without a cast.',
      },
      pitfalls: [
        'Reading only the first line of a long error; the last elaboration line usually names the culprit.',
        'Silencing errors with `@ts-ignore`, which also hides future, unrelated errors on that line.',
        'Assuming types protect runtime data that came from JSON, storage or the network.',
      ],
      quiz: [
        {
          kind: 'multiple-choice',
          prompt: 'Why does the call fail to compile?',
          code: `function setMode(mode: 'light' | 'dark') {}
let mode = 'dark';
setMode(mode);`,
          choices: [
            "'dark' is misspelled",
            'let widens the literal to string, which is not assignable to the union',
            'setMode must be declared before mode',
            'Function parameters cannot be literal unions',
          ],
          answerIndex: 1,
          explanation:
            'A let variable can be reassigned, so TypeScript infers string. const mode = "dark" keeps the literal type "dark", or annotate the variable with the union.',
        },
        {
          kind: 'predict-output',
          prompt: 'This compiles. What does it print?',
          code: `interface Config { port: number }
const raw = '{"port": "8080"}';
const config: Config = JSON.parse(raw);
console.log(typeof config.port, config.port + 1);`,
          answer: 'string 80801',
          explanation:
            'JSON.parse returns any, so the annotation is not checked, and types are erased at runtime: port is the string "8080", and + concatenates. Validate parsed data before trusting its type.',
        },
      ],
    },
    advanced: {
      title: 'Working with the checker: configuration, inference limits and suppression',
      conceptId: 'ts.general',
      level: 'advanced',
      explanation: `**Know your tsconfig.** The same code produces different errors under different flags. \`strict\` enables \`strictNullChecks\`, \`noImplicitAny\`, \`strictFunctionTypes\`, \`strictBindCallApply\`, \`strictPropertyInitialization\`, \`useUnknownInCatchVariables\`, \`alwaysStrict\` and \`noImplicitThis\`. Worth adding on top: \`noUncheckedIndexedAccess\`, \`exactOptionalPropertyTypes\`, \`noImplicitOverride\`, \`noFallthroughCasesInSwitch\`. When an error "only happens in CI", compare the tsconfig each side uses (\`tsc --showConfig\`).

**Inference has limits.** TypeScript infers from left to right and from declarations, not from later usage. An empty array literal, a variable initialised to \`null\`, or a callback passed before its generic parameter is fixed can end up wider than you intend. Give the type at the declaration:

~~~ts
const pending: Job[] = [];
const cache = new Map<string, Promise<User>>();
~~~

**Excess property checks** only apply to fresh object literals; an object stored in a variable first is checked structurally, so extra (misspelled) keys pass.

**Suppression.** \`// @ts-expect-error: reason\` is preferable to \`@ts-ignore\`: it errors when the suppressed error disappears, so stale suppressions get cleaned up. Pair a \`typescript-eslint\` rule like \`ban-ts-comment\` with a required description.

**Performance.** Deeply nested conditional types and huge unions slow the checker and the editor; \`tsc --extendedDiagnostics\` and \`--generateTrace\` show where time goes.

**Project references** (\`composite\`, \`tsc -b\`) let large repos check incrementally, with each package's declarations as its contract.`,
      workedExample: {
        language: 'typescript',
        before: `interface RetryOptions { attempts?: number; backoffMs?: number }

const defaults = { attempts: 3, backofMs: 200 }; // typo, not reported
function withRetry(opts: RetryOptions = defaults) { /* ... */ }`,
        after: `interface RetryOptions { attempts?: number; backoffMs?: number }

const defaults = { attempts: 3, backoffMs: 200 } satisfies RetryOptions;
function withRetry(opts: RetryOptions = defaults) { /* ... */ }`,
        note: 'Excess-property checks run only on fresh object literals, and defaults was a plain variable, so the misspelled key slipped through and backoffMs silently fell back. `satisfies` checks the literal where it is written (it would report backofMs) while keeping its precise type.',
      },
      pitfalls: [
        'Comparing errors between machines without comparing the tsconfig (and TypeScript version) in use.',
        'Letting `[]` or `null` initialisers decide a variable\'s type.',
        'Using `@ts-ignore` instead of `@ts-expect-error` with a reason.',
      ],
      quiz: [
        {
          kind: 'multiple-choice',
          prompt: 'Which assignment reports the misspelled property?',
          code: `interface Point { x: number; y: number }
const p1: Point = { x: 1, y: 2, z: 3 };
const tmp = { x: 1, y: 2, z: 3 };
const p2: Point = tmp;`,
          choices: ['Both', 'Only p1', 'Only p2', 'Neither'],
          answerIndex: 1,
          explanation:
            'Excess-property checking applies to fresh object literals assigned to a typed target. tmp is structurally compatible with Point (it has x and y), so the extra z is allowed.',
        },
        {
          kind: 'spot-the-bug',
          prompt: 'After a refactor, `legacyId` was removed from `User`, but this file still compiles and crashes at runtime. Which line hides the error?',
          code: `import type { User } from './user';

export function exportId(user: User): string {
  // @ts-ignore
  return user.legacyId.toString();
}`,
          bugLine: 4,
          answer: 'Remove the suppression and fix the code (use `user.id`), or at least use `// @ts-expect-error: <reason>` so a change in the error is noticed.',
          explanation:
            '@ts-ignore suppresses whatever error occurs on the next line, including new ones introduced by refactors. The crash on line 5 was reported by the checker and silenced by line 4.',
        },
      ],
    },
    hints: {
      nudge: 'Read the whole error message down to its last indented line: which property or member does it finally name?',
      concept:
        'TypeScript errors describe every value that can reach the line. Hover to see the inferred type, read the elaboration chain to the end, and fix the type (annotate, narrow, or validate data) rather than silencing it.',
      analogousExample:
        'Similar: `TS2322: Type \'{ name: string; age: string; }\' is not assignable to type \'Person\'` ends with `Type \'string\' is not assignable to type \'number\'` under `age`; the form value needs `Number(...)` and validation before building the Person.',
      pseudoCode:
        'read the error code and the last line of its elaboration\nhover the expression: what type was inferred?\nif the inferred type is too wide: annotate the declaration / as const / satisfies\nif the value can be missing or wrong at runtime: narrow or validate\nsuppress only with @ts-expect-error and a reason',
    },
  },
];
