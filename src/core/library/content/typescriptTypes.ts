import type { LibraryEntry } from '../libraryEntry';

/**
 * Offline library entries for TypeScript type-system features engineers trip over in everyday code (unions, optional
 * chaining, enums, readonly); the library registry serves them when no LLM is available.
 */
export const typescriptTypesEntries: readonly LibraryEntry[] = [
  {
    conceptId: 'ts.union-types',
    fundamentals: {
      title: 'Union types: a value that is one of several shapes',
      conceptId: 'ts.union-types',
      level: 'fundamentals',
      explanation: `A union \`A | B\` says the value is an \`A\` *or* a \`B\`, and you do not know which until you check. On an unnarrowed union you may only use what **every** member has; that is why \`(string | number).toUpperCase()\` fails with TS2339.

~~~ts
function pad(value: string | number, width: number): string {
  // value.padStart(...)  // TS2339 on number
  const text = typeof value === 'number' ? value.toFixed(0) : value;
  return text.padStart(width);
}
~~~

For object unions, give every member a common literal field (a *discriminant*) and switch on it. TypeScript narrows each branch to the matching member:

~~~ts
type Result =
  | { status: 'ok'; data: Order[] }
  | { status: 'error'; message: string };

function render(r: Result) {
  if (r.status === 'error') return showError(r.message);
  return showOrders(r.data);
}
~~~

Discriminated unions model states that optional fields cannot: with \`{ data?: Order[]; message?: string }\` nothing stops both (or neither) from being set. Prefer them for API results, UI states (\`idle | loading | loaded | failed\`) and messages.`,
      workedExample: {
        language: 'typescript',
        before: `interface Upload {
  state: 'pending' | 'done' | 'failed';
  url?: string;
  error?: string;
}

function label(u: Upload): string {
  return u.state === 'done' ? \`Ready: \${u.url.toLowerCase()}\` : u.error ?? 'Uploading';
}`,
        after: `type Upload =
  | { state: 'pending' }
  | { state: 'done'; url: string }
  | { state: 'failed'; error: string };

function label(u: Upload): string {
  switch (u.state) {
    case 'pending': return 'Uploading';
    case 'done': return \`Ready: \${u.url.toLowerCase()}\`;
    case 'failed': return u.error;
  }
}`,
        note: 'With optional fields, url was string | undefined even when state was done (TS18048). The discriminated union ties each field to its state, so the done branch knows url exists and a failed upload must carry an error.',
      },
      pitfalls: [
        'Accessing a member-specific property before narrowing: only members common to all types are available.',
        'Using optional properties for what are really exclusive states, which allows impossible combinations.',
        'Destructuring the discriminant into a separate variable in older code: narrowing through destructured discriminants only works for `const` destructuring (TypeScript 4.6+).',
      ],
      quiz: [
        {
          kind: 'multiple-choice',
          prompt: 'Which line is a compile error?',
          code: `function size(input: string | string[]) {
  const a = input.length;
  const b = input.toUpperCase();
  const c = input.slice(1);
}`,
          choices: ['Line 2', 'Line 3', 'Line 4', 'None'],
          answerIndex: 1,
          explanation:
            'length and slice exist on both string and string[], so they are allowed on the union. toUpperCase exists only on string, so TS2339 reports it. Narrow with typeof input === "string" (or Array.isArray) first.',
        },
        {
          kind: 'predict-output',
          prompt: 'What does this print?',
          code: `type Shape = { kind: 'circle'; r: number } | { kind: 'square'; side: number };
const area = (s: Shape) => (s.kind === 'circle' ? Math.round(Math.PI * s.r ** 2) : s.side ** 2);
console.log([{ kind: 'circle', r: 1 }, { kind: 'square', side: 3 }].map((s) => area(s as Shape)).join(','));`,
          answer: '3,9',
          explanation:
            'The discriminant kind selects the branch: round(pi * 1) is 3, and 3 squared is 9.',
        },
      ],
    },
    advanced: {
      title: 'Unions at scale: distribution, narrowing limits and exhaustive handling',
      conceptId: 'ts.union-types',
      level: 'advanced',
      explanation: `**Exhaustiveness.** End a switch over a discriminant with a \`never\` check, so adding a member breaks the build at every place that forgot it:

~~~ts
function assertNever(x: never): never {
  throw new Error(\`unhandled: \${JSON.stringify(x)}\`);
}
switch (event.type) {
  case 'created': ...; break;
  case 'deleted': ...; break;
  default: assertNever(event); // TS2345 once 'renamed' is added
}
~~~

**Conditional types distribute** over unions when the checked type is a naked type parameter: \`T extends string ? 'str' : 'other'\` applied to \`string | number\` gives \`'str' | 'other'\`. Wrap it as \`[T] extends [string]\` to treat the union as a whole.

**Extract and Exclude** pick members: \`Extract<Event, { type: 'created' }>\` gets the created event type for a handler without redeclaring it.

**Narrowing does not cross every boundary.** Narrowing a property of an object that you then pass to a function does not narrow the parameter type; narrowing one variable does not narrow another that was derived from the same value earlier. Since TypeScript 4.4, a condition stored in a \`const\` (\`const isErr = r.status === 'error'\`) does narrow when used in \`if (isErr)\`.

**Wide unions cost compile time.** Unions of thousands of string literals (generated from template literal types) make checking slow; prefer \`string\` with runtime validation there.`,
      workedExample: {
        language: 'typescript',
        before: `type Payment = { method: 'card'; last4: string } | { method: 'iban'; iban: string };

function describe(p: Payment): string {
  if (p.method === 'card') return \`card ending \${p.last4}\`;
  return \`account \${p.iban}\`; // silently wrong once 'paypal' is added
}`,
        after: `type Payment =
  | { method: 'card'; last4: string }
  | { method: 'iban'; iban: string }
  | { method: 'paypal'; email: string };

function describe(p: Payment): string {
  switch (p.method) {
    case 'card': return \`card ending \${p.last4}\`;
    case 'iban': return \`account \${p.iban}\`;
    case 'paypal': return \`PayPal \${p.email}\`;
    default: return assertNever(p);
  }
}`,
        note: 'The if/else fell through to the iban branch for every new method, where p.iban would be undefined (and, once paypal exists, a compile error that is easy to "fix" with a cast). The switch with assertNever forces each new member to be handled explicitly.',
      },
      pitfalls: [
        'Ending a union switch with a catch-all `default` that returns something plausible: new members compile and are mishandled.',
        'Surprise distribution in conditional types over unions (and over `boolean`, which is `true | false`).',
        'Expecting narrowing of `obj.kind` to narrow a separately stored alias of `obj` taken before the check.',
      ],
      quiz: [
        {
          kind: 'multiple-choice',
          prompt: 'What is `R`?',
          code: `type IsString<T> = T extends string ? 'yes' : 'no';
type R = IsString<string | number>;`,
          choices: ["'yes'", "'no'", "'yes' | 'no'", 'never'],
          answerIndex: 2,
          explanation:
            "The conditional type distributes over the naked type parameter: IsString<string> | IsString<number> = 'yes' | 'no'. Writing [T] extends [string] would give 'no'.",
        },
        {
          kind: 'spot-the-bug',
          prompt: "A 'refunded' member was just added to Status. Which line will silently mishandle it?",
          code: `type Status = 'paid' | 'pending' | 'failed' | 'refunded';

function badge(s: Status): string {
  if (s === 'paid') return 'green';
  if (s === 'pending') return 'amber';
  return 'red';
}`,
          bugLine: 6,
          answer: "Handle each status explicitly (e.g. a switch with case 'failed' and case 'refunded') and end with an assertNever default, so new members fail to compile.",
          explanation:
            'The catch-all return treats every unlisted status as failed, so refunded orders show red. An exhaustive switch would have flagged the new member at compile time.',
        },
      ],
    },
    hints: {
      nudge: 'What is the declared type of the value here, and is it a union? Which member of the union has the property you are using?',
      concept:
        'On a union you may only use what every member has. Narrow first, with `typeof`, `Array.isArray`, `in`, `instanceof` or a check on a shared literal field (a discriminant), and TypeScript gives you the member type inside that branch.',
      analogousExample:
        'Similar: `type Response = { ok: true; body: string } | { ok: false; status: number }`. Reading `res.body` directly fails; writing `if (res.ok) { use(res.body) } else { log(res.status) }` narrows each branch to the right member.',
      pseudoCode:
        'switch on the field every member shares (or typeof / in):\n    case member A: use what A has\n    case member B: use what B has\n    default: assertNever(value)  // new members become compile errors',
    },
  },
  {
    conceptId: 'ts.optional-chaining',
    fundamentals: {
      title: 'Optional chaining and nullish coalescing',
      conceptId: 'ts.optional-chaining',
      level: 'fundamentals',
      explanation: `\`a?.b\` evaluates to \`undefined\` when \`a\` is \`null\` or \`undefined\`, instead of throwing. It also works for calls (\`fn?.()\`) and element access (\`map?.[key]\`). It **short-circuits**: in \`a?.b.c.d\`, if \`a\` is nullish, none of \`.b.c.d\` is evaluated.

\`??\` supplies a fallback only for \`null\` and \`undefined\`; together they replace chains of \`&&\` checks:

~~~ts
// before
const city = order && order.shipping && order.shipping.address
  ? order.shipping.address.city : 'unknown';
// after
const city = order?.shipping?.address?.city ?? 'unknown';
~~~

The result type includes \`undefined\`: \`order?.total\` is \`number | undefined\`, and you still have to handle it where a \`number\` is needed.

Use \`?.\` where absence is a legitimate, expected state (an optional config section, an element that may not be rendered). Do not sprinkle it everywhere to make errors disappear: if \`user\` must exist at this point, \`user?.id\` turns a loud bug into a quiet \`undefined\` that surfaces far away, often as a database row with a missing id.`,
      workedExample: {
        language: 'typescript',
        before: `interface Config { telemetry?: { endpoint?: string; sampleRate?: number } }

function sampleRate(config: Config): number {
  return config.telemetry.sampleRate || 1; // TS18048, and 0 becomes 1
}`,
        after: `interface Config { telemetry?: { endpoint?: string; sampleRate?: number } }

function sampleRate(config: Config): number {
  return config.telemetry?.sampleRate ?? 1;
}`,
        note: 'telemetry is optional, so it needs ?. before .sampleRate. Using ?? instead of || keeps an explicit sampleRate of 0 (telemetry off) instead of silently turning it into 1.',
      },
      pitfalls: [
        'Adding `?.` to values that must exist: it hides the bug instead of failing where it happens.',
        'Mixing `?.` with `||`: falsy but valid values (`0`, `""`, `false`) are replaced.',
        'Forgetting that the whole expression can be `undefined`, then passing it where a definite value is required.',
      ],
      quiz: [
        {
          kind: 'predict-output',
          prompt: 'What does this print?',
          code: `const settings: { volume?: number; theme?: { name: string } } = { volume: 0 };
console.log(settings.theme?.name ?? 'default', settings.volume || 50, settings.volume ?? 50);`,
          answer: 'default 50 0',
          explanation:
            'theme is undefined, so ?. yields undefined and ?? supplies "default". volume is 0: || treats it as falsy and returns 50, while ?? keeps 0.',
        },
        {
          kind: 'multiple-choice',
          prompt: 'When `order` is undefined, how many times is `load()` called?',
          code: `declare let order: { lines: { sku: string }[] } | undefined;
declare function load(sku: string): void;
order?.lines.forEach((line) => load(line.sku));`,
          choices: ['0', '1', 'It throws a TypeError before any call', 'Once per line'],
          answerIndex: 0,
          explanation:
            'Optional chaining short-circuits the whole chain: when order is nullish, .lines.forEach(...) is never evaluated, so nothing is called and nothing throws.',
        },
      ],
    },
    advanced: {
      title: 'Optional chaining: short-circuit scope, calls and what it hides',
      conceptId: 'ts.optional-chaining',
      level: 'advanced',
      explanation: `**Short-circuit scope.** The short-circuit covers the rest of the *chain*, not the surrounding expression. Parentheses end a chain: \`(a?.b).c\` throws when \`a\` is nullish because \`.c\` is applied to \`undefined\`.

**Optional calls.** \`obj.method?.()\` checks that \`method\` is not nullish; it does not check that it is a function, and \`this\` is still bound to \`obj\`. \`obj?.method()\` checks \`obj\` but calls \`method\` unconditionally.

~~~ts
options.onProgress?.(percent);   // callback may be absent
plugin?.activate();              // plugin may be absent, activate must exist
~~~

**Narrowing.** After \`if (user?.address)\`, TypeScript narrows both \`user\` and \`user.address\` to non-nullish, so you do not need a second \`?.\` inside the block. The same holds for \`user?.kind === 'admin'\`, which proves \`user\` is defined.

**Deletes and assignment.** \`delete a?.b\` is allowed; \`a?.b = 1\` is a syntax error, since an optional assignment target would silently drop the write.

**Where it hides bugs.** Code review should ask of each \`?.\`: is absence valid here? Long chains like \`res?.data?.items?.[0]?.id\` usually mean the data shape was never validated; parse it once at the boundary and work with a type that says what is really optional.`,
      workedExample: {
        language: 'typescript',
        before: `function primaryEmail(res: ApiResponse | undefined): string {
  const email = res?.data?.user?.emails?.[0]?.address;
  return email!; // "it is always there"
}`,
        after: `const responseSchema = z.object({
  data: z.object({ user: z.object({ emails: z.array(z.object({ address: z.string() })).min(1) }) }),
});

function primaryEmail(res: unknown): string {
  const parsed = responseSchema.parse(res); // throws with the path that is missing
  return parsed.data.user.emails[0].address;
}`,
        note: 'Five optional links followed by a non-null assertion means nobody knows which parts are optional. Validating once gives a precise error ("data.user.emails: array must contain at least 1 element") instead of an undefined email reaching a mailer.',
      },
      pitfalls: [
        'Parenthesising part of a chain, which ends the short-circuit: `(a?.b).c`.',
        'Writing `obj?.fn()` when `fn` is the optional part; the right form is `obj.fn?.()`.',
        'Long `?.` chains followed by `!` or `as`: validate the shape instead.',
      ],
      quiz: [
        {
          kind: 'predict-output',
          prompt: 'What does this print?',
          code: `const hooks: { before?: () => string; after?: () => string } = { after: () => 'done' };
console.log(hooks.before?.() ?? 'skipped', hooks.after?.());`,
          answer: 'skipped done',
          explanation:
            'hooks.before is undefined, so the optional call short-circuits to undefined and ?? gives "skipped". hooks.after exists and is called.',
        },
        {
          kind: 'spot-the-bug',
          prompt: 'When `job` is undefined this throws. Which line?',
          code: `function logDuration(job?: { timing: { ms: number } }) {
  const raw = job?.timing.ms;
  const seconds = (job?.timing).ms / 1000;
  console.log(raw, seconds);
}`,
          bugLine: 3,
          answer: 'Remove the parentheses: `job?.timing.ms` keeps the short-circuit over the whole chain; then handle the undefined result (`?? 0`).',
          explanation:
            'Parentheses end the optional chain, so .ms is read from undefined and throws. Line 2 is fine: the short-circuit covers .timing.ms. TypeScript also reports line 3 as possibly undefined.',
        },
      ],
    },
    hints: {
      nudge: 'Which part of that property chain can legitimately be missing, and which part must always exist?',
      concept:
        '`a?.b` stops and yields `undefined` if `a` is `null` or `undefined`; `??` provides a fallback only for those two values. Put `?.` exactly after the parts that may be absent, and decide what the result should be when they are.',
      analogousExample:
        'Similar: reading `event.detail?.files?.length ?? 0` for a custom event whose detail is optional gives 0 when nothing was attached, while still counting an empty list correctly.',
      pseudoCode:
        'for each link in the chain:\n    if it may be absent by design: access it with ?.\n    if it must exist: access it normally (a crash here is a real bug)\nresult ?? the value that makes sense when absent',
    },
  },
  {
    conceptId: 'ts.enums',
    fundamentals: {
      title: 'Enums and their alternatives',
      conceptId: 'ts.enums',
      level: 'fundamentals',
      explanation: `A TypeScript \`enum\` is one of the few features that emits runtime code: it creates an object mapping names to values.

~~~ts
enum Direction { Up, Down }          // Up = 0, Down = 1
enum Level { Info = 'info', Warn = 'warn' }
Direction[0];   // 'Up'  (numeric enums get a reverse mapping)
~~~

Things to know:

- **Numeric enums are loosely typed.** Before TypeScript 5.0 any number was assignable to a numeric enum; since 5.0, out-of-range literals are rejected, but computed numbers still pass.
- **String enums are nominal.** A \`Level\` parameter does not accept the string \`'info'\`; callers must write \`Level.Info\`. That is useful inside one codebase, awkward at JSON boundaries.
- **Enums do not work with type-stripping tools.** \`isolatedModules\` and Node's \`--experimental-strip-types\` cannot handle \`const enum\` across files, and the strip-only modes reject enums entirely (\`erasableSyntaxOnly\` in TypeScript 5.8).

Many teams therefore prefer a union of string literals, optionally with a constant object for the values:

~~~ts
const Level = { Info: 'info', Warn: 'warn' } as const;
type Level = (typeof Level)[keyof typeof Level]; // 'info' | 'warn'
~~~

This emits a plain object, accepts values straight from JSON, and narrows and checks exhaustiveness like any union.`,
      workedExample: {
        language: 'typescript',
        before: `enum Role { Admin = 'admin', Viewer = 'viewer' }

function canEdit(role: Role): boolean {
  return role === Role.Admin;
}

const fromApi = JSON.parse('{"role":"admin"}');
canEdit(fromApi.role as Role); // cast needed for every value from JSON`,
        after: `const Role = { Admin: 'admin', Viewer: 'viewer' } as const;
type Role = (typeof Role)[keyof typeof Role];

function canEdit(role: Role): boolean {
  return role === Role.Admin;
}

const roles: readonly string[] = Object.values(Role);
const isRole = (v: unknown): v is Role => typeof v === 'string' && roles.includes(v);`,
        note: 'The as-const object keeps the Role.Admin spelling at call sites, while the type is a plain string union: values from JSON can be checked with a guard instead of cast, and no enum-specific emit is needed.',
      },
      pitfalls: [
        'Relying on numeric enum values in persisted data: reordering members silently renumbers them.',
        'Using `const enum` in a library or with `isolatedModules`: consumers and single-file transpilers cannot inline it.',
        'Iterating a numeric enum with `Object.keys` and getting both names and numbers because of the reverse mapping.',
      ],
      quiz: [
        {
          kind: 'predict-output',
          prompt: 'What does this print?',
          code: `enum Priority { Low, Medium, High }
console.log(Object.keys(Priority).length, Priority[Priority.High]);`,
          answer: '6 High',
          explanation:
            'Numeric enums have a reverse mapping, so the object has keys "0","1","2","Low","Medium","High". Priority[Priority.High] is Priority[2], which is "High".',
        },
        {
          kind: 'multiple-choice',
          prompt: 'Given `enum Level { Info = "info" }` and `function log(l: Level) {}`, which call compiles?',
          code: '',
          choices: ["log('info')", 'log(Level.Info)', "log('info' as string)", 'All three'],
          answerIndex: 1,
          explanation:
            'String enum members are nominal: the literal "info" is not assignable to Level even though it is the same value at runtime. Only Level.Info (or a cast) is accepted.',
        },
      ],
    },
    advanced: {
      title: 'Enums at the edges: const enums, isolated modules and exhaustiveness',
      conceptId: 'ts.enums',
      level: 'advanced',
      explanation: `**const enum** members are inlined at use sites and no object is emitted. That breaks whenever a tool compiles one file at a time (esbuild, swc, Babel, \`tsc --isolatedModules\`): the other file's values are unknown. With \`isolatedModules\`, TypeScript reports using an ambient const enum, and \`preserveConstEnums\` keeps an object around but loses the point. Avoid \`const enum\` in anything published.

**Enums and exhaustiveness** work like unions: a \`switch\` over all members with a \`never\` default is checked. But numeric enums accept computed numbers (\`const p: Priority = 40 + 2\` compiles), so a \`never\` default can be reached at runtime; keep the \`assertNever\` throw.

**Declaration merging.** Two \`enum\` declarations with the same name merge, and a \`namespace\` can add static helpers to an enum. It works, but readers rarely expect it.

**Bit flags** are the one place numeric enums shine:

~~~ts
enum Perm { Read = 1 << 0, Write = 1 << 1, Exec = 1 << 2 }
const rw = Perm.Read | Perm.Write;   // 3
const canWrite = (rw & Perm.Write) !== 0;
~~~

**Migrating** from an enum to a union: replace \`enum X { A = 'a' }\` with the \`as const\` object plus type of the same name, so \`X.A\` keeps compiling; then remove casts that existed only to satisfy nominal typing.`,
      workedExample: {
        language: 'typescript',
        before: `// packages/shared/src/status.ts, consumed by other packages through its .d.ts
export const enum Status { Active = 'active', Archived = 'archived' }

// packages/web/src/app.ts, transpiled file by file (esbuild, swc or Babel)
import { Status } from '@acme/shared';
if (project.status === Status.Archived) hide(project);`,
        after: `// packages/shared/src/status.ts
export const Status = { Active: 'active', Archived: 'archived' } as const;
export type Status = (typeof Status)[keyof typeof Status];

// packages/web/src/app.ts
import { Status } from '@acme/shared';
if (project.status === Status.Archived) hide(project);`,
        note: 'tsc emits no object for a const enum and the published .d.ts only declares it, so a per-file transpiler in the consuming package cannot inline it and Status is undefined at runtime. The as-const object exists at runtime, works in every transpiler, and keeps Status.Archived at call sites.',
      },
      pitfalls: [
        '`const enum` across module boundaries with single-file transpilers (esbuild, swc, Babel, Vite).',
        'Trusting that a numeric enum value is always a declared member: arithmetic and deserialised numbers can be anything.',
        'Persisting numeric enum values and later inserting a member in the middle.',
      ],
      quiz: [
        {
          kind: 'predict-output',
          prompt: 'What does this print?',
          code: `enum Perm { Read = 1, Write = 2, Exec = 4 }
const granted = Perm.Read | Perm.Exec;
console.log(granted, (granted & Perm.Write) !== 0, (granted & Perm.Exec) !== 0);`,
          answer: '5 false true',
          explanation:
            '1 | 4 is 5. Masking with Write (2) gives 0, so false; masking with Exec (4) gives 4, so true.',
        },
        {
          kind: 'spot-the-bug',
          prompt: 'A developer added a member. Which line changes the meaning of data already stored in the database as numbers?',
          code: `enum OrderState {
  Created,
  Paid,
  PartiallyShipped,
  Shipped,
  Cancelled,
}`,
          bugLine: 4,
          answer: 'Add new members at the end, or better, give every member an explicit value (Created = 0, Paid = 1, Shipped = 2, ...) or use string values.',
          explanation:
            'Inserting PartiallyShipped renumbered Shipped from 2 to 3 and Cancelled from 3 to 4, so stored 2s (shipped orders) now read as PartiallyShipped.',
        },
      ],
    },
    hints: {
      nudge: 'Is the value on that line an enum member, or a plain string/number that has the same value as one?',
      concept:
        'Enums create a runtime object and, for string enums, a nominal type: a plain `"info"` is not a `Level`. Numeric enums have reverse mappings and accept computed numbers. A union of string literals (with an `as const` object for named values) is often simpler.',
      analogousExample:
        'Similar: `enum Theme { Dark = "dark" }` and `setTheme(localStorage.getItem("theme"))` fails to compile because a string is not a Theme. With `type Theme = "dark" | "light"` and a small `isTheme` guard, the stored value is checked and accepted without a cast.',
      pseudoCode:
        'if the value comes from outside (JSON, storage, URL):\n    check it against the allowed values, then treat it as the enum/union type\nelse:\n    use the named member (Level.Info)\nconsider: replace the enum with an as-const object + literal union',
    },
  },
  {
    conceptId: 'ts.readonly',
    fundamentals: {
      title: 'readonly: compile-time immutability for properties and arrays',
      conceptId: 'ts.readonly',
      level: 'fundamentals',
      explanation: `\`readonly\` forbids assignment through a particular type. It exists only at compile time: there is no freezing at runtime.

~~~ts
interface Point { readonly x: number; readonly y: number }
const p: Point = { x: 1, y: 2 };
p.x = 5;                         // TS2540: cannot assign to 'x'

function sum(values: readonly number[]): number {
  values.push(0);                // TS2339: no 'push' on readonly number[]
  return values.reduce((a, b) => a + b, 0);
}
~~~

\`readonly T[]\` (also written \`ReadonlyArray<T>\`) removes the mutating methods (\`push\`, \`sort\`, \`splice\`, \`reverse\`...). \`Readonly<T>\` makes every property of \`T\` readonly, one level deep. \`as const\` makes a literal deeply readonly and keeps its literal types.

The most valuable place for it is **function parameters**: \`readonly Order[]\` tells callers you will not reorder or append to their array, and the compiler holds you to it. A mutable array is assignable to a readonly parameter, so callers pay nothing.

Use non-mutating alternatives when you need a changed copy: \`toSorted\`, \`toReversed\`, \`with\` (ES2023), spread (\`[...values, x]\`), or \`{ ...obj, field: value }\`.

\`const\` is a different guarantee: it stops *rebinding the variable*, not mutating the object it points to.`,
      workedExample: {
        language: 'typescript',
        before: `function topThree(scores: number[]): number[] {
  return scores.sort((a, b) => b - a).slice(0, 3);
}

const scores = [12, 40, 7, 33];
const best = topThree(scores);
console.log(scores); // [40, 33, 12, 7]: the caller's array was reordered`,
        after: `function topThree(scores: readonly number[]): number[] {
  return scores.toSorted((a, b) => b - a).slice(0, 3);
}

const scores = [12, 40, 7, 33];
const best = topThree(scores);
console.log(scores); // [12, 40, 7, 33]`,
        note: 'sort() mutates in place, so the function silently reordered its caller\'s data. With a readonly parameter, scores.sort is a compile error, which leads to the non-mutating toSorted (ES2023 lib; use [...scores].sort on older targets).',
      },
      pitfalls: [
        'Confusing `const` (no rebinding) with immutability of the object.',
        'Expecting `readonly` or `Readonly<T>` to be deep: nested objects and arrays stay mutable unless typed readonly too.',
        'Calling `sort`/`reverse` on an array you received and do not own.',
      ],
      quiz: [
        {
          kind: 'multiple-choice',
          prompt: 'Which line is a compile error?',
          code: `const tags: readonly string[] = ['a', 'b'];
const more = [...tags, 'c'];
const sorted = tags.toSorted();
tags.reverse();`,
          choices: ['Line 2', 'Line 3', 'Line 4', 'None'],
          answerIndex: 2,
          explanation:
            'reverse mutates in place, so it does not exist on readonly string[]. Spreading into a new array and toSorted (which returns a copy) are allowed.',
        },
        {
          kind: 'predict-output',
          prompt: 'This compiles. What does it print?',
          code: `interface Account { readonly id: string; readonly limits: { daily: number } }
const acct: Account = { id: 'a1', limits: { daily: 100 } };
acct.limits.daily = 500;
console.log(acct.limits.daily);`,
          answer: '500',
          explanation:
            'readonly applies to the limits property (you cannot replace the object), not to the object inside it. Type limits as Readonly<{ daily: number }> or make daily readonly to prevent the write.',
        },
      ],
    },
    advanced: {
      title: 'readonly in depth: aliasing, deep immutability and runtime freezing',
      conceptId: 'ts.readonly',
      level: 'advanced',
      explanation: `**readonly is a view, not a property of the value.** A mutable reference to the same object can still change it, and TypeScript allows assigning a readonly object type to a mutable one (\`const m: { x: number } = readonlyPoint\` compiles). Only arrays are protected: \`readonly T[]\` is not assignable to \`T[]\`.

~~~ts
const frozen: Readonly<{ n: number }> = { n: 1 };
const alias: { n: number } = frozen;  // allowed
alias.n = 2;                          // frozen.n is now 2
~~~

**Deep readonly** needs a recursive type or \`as const\`:

~~~ts
type DeepReadonly<T> = T extends (...args: never[]) => unknown ? T
  : T extends object ? { readonly [K in keyof T]: DeepReadonly<T[K]> } : T;
~~~

Maps and Sets have \`ReadonlyMap\` and \`ReadonlySet\`; a mapped readonly over a \`Map\` does not remove \`set\`.

**Runtime guarantees** need \`Object.freeze\` (shallow; TypeScript types its result as \`Readonly<T>\`) or \`structuredClone\` at boundaries. Freezing costs little and catches writes from untyped code, but in sloppy-mode JavaScript the writes are silently ignored rather than thrown.

**Class fields.** \`readonly\` fields may be assigned only in the declaration or the constructor. Parameter properties (\`constructor(private readonly repo: Repo)\`) are the idiomatic way to hold dependencies.

**Return types.** Returning \`readonly T[]\` from a getter that exposes internal state stops callers from mutating your cache through the reference you handed out.`,
      workedExample: {
        language: 'typescript',
        before: `class FeatureFlags {
  private enabled: string[] = [];

  list(): string[] {
    return this.enabled; // callers can push into the internal array
  }
}

flags.list().push('beta-search'); // enables a flag without going through the API`,
        after: `class FeatureFlags {
  private readonly enabled: string[] = [];

  list(): readonly string[] {
    return this.enabled;
  }
}

// flags.list().push('beta-search'); // TS2339: Property 'push' does not exist`,
        note: 'Returning the internal array leaked write access to it. A readonly return type keeps the zero-copy return while making mutation through the returned reference a compile error; return a copy if untyped callers are a concern.',
      },
      pitfalls: [
        'Assuming a `Readonly<T>` object cannot change: any mutable alias of it can still write.',
        'Applying `Readonly<Map<K, V>>` and expecting `set` to disappear: use `ReadonlyMap<K, V>`.',
        'Relying on `Object.freeze` for deep immutability: it is shallow.',
      ],
      quiz: [
        {
          kind: 'predict-output',
          prompt: 'This compiles without errors. What does it print?',
          code: `const settings: Readonly<{ retries: number }> = { retries: 3 };
const writable: { retries: number } = settings;
writable.retries = 0;
console.log(settings.retries);`,
          answer: '0',
          explanation:
            'TypeScript lets a readonly object type be assigned to a mutable one, and both names refer to the same object. readonly restricts writes through one type, not the value itself.',
        },
        {
          kind: 'spot-the-bug',
          prompt: 'The author wants callers unable to modify the permissions. Which line still lets them?',
          code: `class Session {
  private readonly perms = new Map<string, boolean>();

  permissions(): Readonly<Map<string, boolean>> {
    return this.perms;
  }
}`,
          bugLine: 4,
          answer: 'Return `ReadonlyMap<string, boolean>`, which has no set, delete or clear; or return a copy.',
          explanation:
            'Readonly<Map<...>> only makes the Map object\'s properties readonly; methods like set are still callable. ReadonlyMap is the interface without mutating methods.',
        },
      ],
    },
    hints: {
      nudge: 'Is the code trying to change something through a type marked `readonly`, or changing data it received from a caller?',
      concept:
        '`readonly` properties and `readonly T[]` forbid writes through that type at compile time. To "change" such a value, build a new one (spread, `toSorted`, `with`, `{ ...obj, key }`) instead of mutating it.',
      analogousExample:
        'Similar: `function withTax(items: readonly Item[])` cannot do `items.forEach(i => i.price *= 1.2)` if Item fields are readonly; it returns `items.map(i => ({ ...i, price: i.price * 1.2 }))`, leaving the caller\'s items untouched.',
      pseudoCode:
        'if you own the data and must mutate it: make the declared type mutable where it is created\nelse:\n    copy = non-mutating version (spread / map / toSorted / with)\n    return or use the copy',
    },
  },
];
