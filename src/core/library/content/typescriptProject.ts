import type { LibraryEntry } from '../libraryEntry';

/** Offline library entries for TypeScript project setup (tsconfig strictness, definite assignment, declaration files, module resolution, decorators); the library registry serves them when no LLM is available. */
export const typescriptProjectEntries: readonly LibraryEntry[] = [
  {
    conceptId: 'ts.tsconfig-strictness',
    fundamentals: {
      title: 'strict is a family of flags: find the one behind the error',
      conceptId: 'ts.tsconfig-strictness',
      level: 'fundamentals',
      explanation: `\`"strict": true\` is not one check. In TypeScript 5.9 it switches on nine flags: \`strictNullChecks\`, \`noImplicitAny\`, \`strictFunctionTypes\`, \`strictBindCallApply\`, \`strictPropertyInitialization\`, \`strictBuiltinIteratorReturn\`, \`noImplicitThis\`, \`useUnknownInCatchVariables\` and \`alwaysStrict\`. Each one can be set on its own, and an explicit setting wins over \`strict\` whatever its position in the file.

Knowing which flag owns an error tells you what the checker wants:

| error | flag |
|---|---|
| TS18048 \`'user' is possibly 'undefined'.\` | \`strictNullChecks\` |
| TS7006 \`Parameter 'row' implicitly has an 'any' type.\` | \`noImplicitAny\` |
| TS18046 \`'err' is of type 'unknown'.\` | \`useUnknownInCatchVariables\` |
| TS2564 \`Property 'cache' has no initializer and is not definitely assigned in the constructor.\` | \`strictPropertyInitialization\` |

When the same file passes in one project and fails in another, compare the **effective** configuration, not the file you see: \`tsc --showConfig -p tsconfig.json\` prints the config after \`extends\` with the strict family expanded. The editor checks each file with the tsconfig project that contains it; a file outside every \`include\` gets the editor's defaults, which is how "it is red in VS Code but CI passes" happens.

New projects are stricter than old ones: \`tsc --init\` in 5.9 writes \`strict\` plus \`noUncheckedIndexedAccess\` and \`exactOptionalPropertyTypes\`, so code copied from an older repo may light up.

Switching a flag off fixes nothing: it removes the check from every file in the project. Fix the code the error points at, and if a migration needs time, suppress individual lines with \`// @ts-expect-error\` and a reason.`,
      workedExample: {
        language: 'typescript',
        before: `// tsconfig.json: { "strict": true, "useUnknownInCatchVariables": false }
// (the flag was switched off to make TS18046 go away)
async function syncOrders(api: OrdersApi, log: Logger): Promise<void> {
  try {
    await api.pushPending();
  } catch (err) {
    // err is any: compiles, and logs "sync failed: undefined" when the client throws a string
    log.warn(\`sync failed: \${err.message}\`);
  }
}`,
        after: `// tsconfig.json: { "strict": true }
async function syncOrders(api: OrdersApi, log: Logger): Promise<void> {
  try {
    await api.pushPending();
  } catch (err) {
    // err is unknown: narrow before reading properties
    const reason = err instanceof Error ? err.message : String(err);
    log.warn(\`sync failed: \${reason}\`);
  }
}`,
        note: 'JavaScript can throw anything (strings, plain objects, undefined), which is why useUnknownInCatchVariables types the catch variable as unknown. Turning the flag off made every catch block in the project unchecked again; narrowing in the one place that reads the error keeps the check and logs something useful for any thrown value.',
      },
      pitfalls: [
        'Turning a strict-family flag off to silence errors in one file: the check disappears from the whole project.',
        'Comparing errors between two projects by reading their tsconfig files instead of `tsc --showConfig`, which resolves `extends` and expands `strict`.',
        'Leaving files outside every tsconfig `include`: the editor checks them with its own defaults, so editor and CI disagree.',
      ],
      quiz: [
        {
          kind: 'multiple-choice',
          prompt: 'Which flag of the strict family reports TS18046 here?',
          code: `try {
  await publish(event);
} catch (e) {
  console.error(e.message); // TS18046: 'e' is of type 'unknown'.
}`,
          choices: ['strictNullChecks', 'noImplicitAny', 'useUnknownInCatchVariables', 'strictFunctionTypes'],
          answerIndex: 2,
          explanation:
            'useUnknownInCatchVariables (in strict since TypeScript 4.4) types catch variables as unknown instead of any, because a throw statement can throw any value. Narrow with instanceof Error or a type guard before reading .message.',
        },
        {
          kind: 'spot-the-bug',
          prompt: 'CI reports no "possibly undefined" errors, yet `users.find(...)` results are dereferenced unchecked all over the code. Which line is responsible?',
          code: `{
  "extends": "@acme/tsconfig/base.json",
  "compilerOptions": {
    "strict": true,
    "outDir": "dist",
    "strictNullChecks": false,
    "noUncheckedIndexedAccess": true
  }
}`,
          bugLine: 6,
          answer: 'Delete `"strictNullChecks": false`: an explicit flag overrides `strict`, so null checking is off for the whole project (and `noUncheckedIndexedAccess` has nothing to add `undefined` to).',
          explanation:
            'strict only supplies defaults for its family; any flag set explicitly wins regardless of order. With strictNullChecks off, undefined is assignable to every type, so find() results are typed as the element type and TS18048 is never reported.',
        },
      ],
    },
    advanced: {
      title: 'Past strict: opt-in checks, upgrades and migrating a large codebase',
      conceptId: 'ts.tsconfig-strictness',
      level: 'advanced',
      explanation: `Several useful checks are **not** part of \`strict\`:

- \`noUncheckedIndexedAccess\`: \`arr[i]\` and \`record[key]\` include \`| undefined\`.
- \`exactOptionalPropertyTypes\`: \`nickname?: string\` means "absent or a string", not "\`undefined\` allowed": TS2375 \`Type '{ name: string; nickname: undefined; }' is not assignable to type 'User' with 'exactOptionalPropertyTypes: true'. Consider adding 'undefined' to the types of the target's properties.\`
- \`noImplicitOverride\`: TS4114 \`This member must have an 'override' modifier because it overrides a member in the base class 'Base'.\`
- \`noPropertyAccessFromIndexSignature\`: TS4111, forcing \`env['PORT']\` so dynamic keys look dynamic.
- \`noImplicitReturns\` (TS7030 \`Not all code paths return a value.\`) and \`noFallthroughCasesInSwitch\`.

**Know the holes in strict.** \`strictFunctionTypes\` checks parameters contravariantly only for function-typed properties; members written in method syntax (\`on(cb: ...): void\`) stay bivariant, so a handler for a narrower event type is still accepted there.

**Upgrades change strict.** New checks join the family: TypeScript 5.6 added \`strictBuiltinIteratorReturn\`, which made \`iterator.next().value\` \`T | undefined\` in every strict project. TypeScript does not follow semver, so pin the compiler exactly (or rely on the lockfile) and upgrade in its own commit.

**Migrating.** Turn on one flag at a time and count: \`tsc --noEmit | grep -c "error TS"\`. For large repos, a second config (\`tsconfig.strict.json\` extending the base, with the flag on and \`include\` listing migrated folders) can gate CI while the rest is fixed; widen \`include\` as folders pass. Resist "fixing" \`noUncheckedIndexedAccess\` errors with \`!\`: iterate with \`for...of\` or \`entries()\`, or check the lookup, otherwise you keep the noise and lose the safety.`,
      workedExample: {
        language: 'typescript',
        before: `interface ProfilePatch { displayName?: string; timezone?: string }

function applyPatch(current: Required<ProfilePatch>, patch: ProfilePatch): Required<ProfilePatch> {
  return { ...current, ...patch };
}

// the form left timezone empty; without exactOptionalPropertyTypes this compiles
const fromForm = { displayName: 'Ada', timezone: undefined };
applyPatch({ displayName: 'A.', timezone: 'Europe/Paris' }, fromForm);
// -> { displayName: 'Ada', timezone: undefined }, typed as string`,
        after: `// tsconfig.json: "exactOptionalPropertyTypes": true
interface ProfilePatch { displayName?: string; timezone?: string }

function applyPatch(current: Required<ProfilePatch>, patch: ProfilePatch): Required<ProfilePatch> {
  return { ...current, ...patch };
}

function patchFromForm(form: { displayName: string; timezone: string | undefined }): ProfilePatch {
  const patch: ProfilePatch = { displayName: form.displayName };
  if (form.timezone !== undefined) patch.timezone = form.timezone;
  return patch;
}`,
        note: 'A spread copies keys that are present even when their value is undefined, so the stored timezone was wiped while the type still claimed string. With exactOptionalPropertyTypes, passing { timezone: undefined } as a ProfilePatch is an error (TS2379 for arguments, TS2375 for assignments), and the fix builds the patch with only the keys that have values.',
      },
      pitfalls: [
        'Answering each new `noUncheckedIndexedAccess` error with `!`: the code gets noisier and no safer.',
        'Assuming `strictFunctionTypes` covers method-syntax members: `on(cb: (e: KeyboardEvent) => void)` in an interface is still checked bivariantly.',
        'Letting a caret range pick up a TypeScript minor release: new checks in the strict family can fail CI without any code change.',
      ],
      quiz: [
        {
          kind: 'predict-output',
          prompt: 'Without exactOptionalPropertyTypes this compiles under strict. What does it print?',
          code: `interface Prefs { theme?: 'light' | 'dark' }

const saved: Prefs = { theme: 'dark' };
const incoming: Prefs = { theme: undefined };
const merged: Prefs = { ...saved, ...incoming };
console.log('theme' in incoming, merged.theme ?? 'unset');`,
          answer: 'true unset',
          explanation:
            'The key is present with the value undefined, so `in` reports true and the spread overwrites the saved theme. exactOptionalPropertyTypes rejects `{ theme: undefined }` for an optional property typed without `| undefined`, which is exactly the absent-versus-undefined distinction this code trips over.',
        },
        {
          kind: 'multiple-choice',
          prompt: 'Which compiler option reports TS4111 on the second line?',
          code: `const env: Record<string, string | undefined> = process.env;
const port = env.PORT; // TS4111: Property 'PORT' comes from an index signature, so it must be accessed with ['PORT'].`,
          choices: ['noUncheckedIndexedAccess', 'noPropertyAccessFromIndexSignature', 'exactOptionalPropertyTypes', 'strictNullChecks'],
          answerIndex: 1,
          explanation:
            'noPropertyAccessFromIndexSignature (not part of strict) requires bracket access for keys that only an index signature declares, so a reader can tell a guaranteed property from a lookup that may miss. noUncheckedIndexedAccess is the flag that adds | undefined to the result.',
        },
      ],
    },
    hints: {
      nudge: 'Which compiler flag owns this error code, and is that flag actually on in the tsconfig that includes this file?',
      concept:
        '`strict` is a family of individual checks, and flags outside it (`noUncheckedIndexedAccess`, `exactOptionalPropertyTypes`, `noImplicitOverride`) go further. An explicit flag overrides `strict`, and `tsc --showConfig` shows the effective settings after `extends`.',
      analogousExample:
        'Similar: a library compiles in its own repo but fails when vendored into an app, with TS2375 errors on optional properties. The app\'s tsconfig has `exactOptionalPropertyTypes`; the library never distinguished a missing key from one set to undefined.',
      pseudoCode:
        'read the error code and map it to its flag\nrun tsc --showConfig for the project that includes the file\nif the flag is on: fix the code the error points at\nif adopting a new flag: enable it in a separate config, count errors, migrate folder by folder\nnever switch a family flag off to silence one file',
    },
  },
  {
    conceptId: 'ts.definite-assignment',
    fundamentals: {
      title: 'Definite assignment: prove a value is set before it is read',
      conceptId: 'ts.definite-assignment',
      level: 'fundamentals',
      explanation: `TypeScript runs two related checks.

**Local variables.** Control-flow analysis follows every path from the declaration to each read. If one path skips the assignment, you get TS2454 \`Variable 'limit' is used before being assigned.\` Branches, early returns, exhaustive \`switch\` statements and calls to \`never\`-returning functions are all taken into account.

**Class fields.** With \`strictPropertyInitialization\` (part of \`strict\`, and only active with \`strictNullChecks\`), each field whose type excludes \`undefined\` must be assigned in the constructor: TS2564 \`Property 'entries' has no initializer and is not definitely assigned in the constructor.\` The checker reads the constructor body only. An assignment in a method the constructor calls (\`this.reset()\`) does not count.

The honest fixes, in order of preference:

~~~ts
class RateLimiter {
  private hits = new Map<string, number>();     // initialise at the declaration
  constructor(private readonly limit: number) {} // parameter property
  private lastReset?: Date;                      // may really be absent: say so
}
~~~

The definite-assignment assertion \`field!: T\` (or \`let x!: T\`) turns the check off for that name. It is a promise, not a check: correct only when something the compiler cannot see always runs first, such as a framework lifecycle hook or an ORM hydrating an entity. Used to quiet a field that a public method sets "later", it moves the failure to the first caller that comes too early, as \`TypeError: Cannot read properties of undefined\`.

Initialising with a placeholder (\`''\`, \`0\`, \`{} as Config\`) is the same lie with extra steps: the type now claims a real value that does not exist.`,
      workedExample: {
        language: 'typescript',
        before: `class SessionCache {
  // TS2564: Property 'entries' has no initializer and is not definitely assigned in the constructor.
  private entries: Map<string, Session>;

  constructor(private readonly ttlMs: number) {
    this.clear(); // assigns entries, but the checker only reads the constructor body
  }

  clear(): void {
    this.entries = new Map();
  }
}`,
        after: `class SessionCache {
  private entries = new Map<string, Session>();

  constructor(private readonly ttlMs: number) {}

  clear(): void {
    this.entries = new Map();
  }
}`,
        note: 'The code worked at runtime, but the checker cannot follow calls, so it cannot prove it. Initialising at the declaration makes the invariant visible to the compiler and to readers, and clear() still replaces the map; reaching for entries! instead would also have hidden a future constructor that forgets the call.',
      },
      pitfalls: [
        'Adding `!` to a field that a public method sets later: the crash moves from compile time to the first early caller.',
        'Expecting an assignment inside a helper called from the constructor to satisfy TS2564.',
        'Silencing the check with placeholder values (`\'\'`, `0`, `{} as Config`) instead of modelling a value that can be absent.',
      ],
      quiz: [
        {
          kind: 'multiple-choice',
          prompt: 'What does TypeScript report for this function under strict?',
          code: `function limitFor(plan: 'free' | 'pro' | 'team'): number {
  let limit: number;
  switch (plan) {
    case 'free': limit = 10; break;
    case 'pro': limit = 100; break;
  }
  return limit;
}`,
          choices: [
            'Nothing: every case that exists is handled',
            "TS2454 on `return limit`: the 'team' path leaves it unassigned",
            'TS2564: limit has no initializer',
            'TS7030: not all code paths return a value',
          ],
          answerIndex: 1,
          explanation:
            "Control-flow analysis sees that plan can be 'team', a path on which limit is never assigned, so the read is reported. Adding case 'team' (or a default that throws) makes the switch exhaustive and the error disappears without any assertion.",
        },
        {
          kind: 'predict-output',
          prompt: 'This compiles under strict. What does it print?',
          code: `class ReportJob {
  private startedAt!: Date;

  start(): void {
    this.startedAt = new Date();
  }

  elapsedMs(now: Date): number {
    return now.getTime() - this.startedAt.getTime();
  }
}

try {
  console.log(new ReportJob().elapsedMs(new Date()));
} catch (e) {
  console.log((e as Error).constructor.name);
}`,
          answer: 'TypeError',
          explanation:
            'The ! told the compiler startedAt is always set, but start() was never called, so the field is undefined and calling getTime on it throws a TypeError. Typing the field `Date | undefined` would have forced elapsedMs to handle a job that has not started.',
        },
      ],
    },
    advanced: {
      title: 'Class field semantics: useDefineForClassFields, declare and base constructors',
      conceptId: 'ts.definite-assignment',
      level: 'advanced',
      explanation: `Definite assignment is about what the checker can prove; **field semantics** decide what actually happens at runtime, and they changed with modern targets.

With \`target\` ES2022 or later (or \`useDefineForClassFields: true\`, the default for those targets), every field declaration becomes a real class field, **even \`attempts!: number;\` with no initializer**. Fields are defined after \`super()\` returns, with the value \`undefined\` when there is no initializer. Two consequences:

1. **Redeclaring an inherited field** to narrow its type resets what the base constructor stored. TypeScript reports it: TS2612 \`Property 'resident' will overwrite the base property in 'Shelter'. If this is intentional, add an initializer. Otherwise, add a 'declare' modifier or remove the redundant declaration.\` Write \`declare resident: Dog;\`, which emits nothing.
2. **A base constructor that calls an overridable method** which assigns subclass fields: the subclass's field definitions run afterwards and overwrite those values. Nothing is reported, and changing \`target\` from ES2020 to ES2022 changes the behaviour of code that compiled cleanly before.

Control-flow details worth knowing:

- TS2454 is not reported inside callbacks (\`setTimeout(() => token.length)\`), because the checker cannot know when they run.
- A call only ends a path for definite assignment when the callee is a function declaration or an explicitly typed reference. \`function fail(msg: string): never\` works; \`const fail = (msg: string): never => { ... }\` does not, because the variable itself has no type annotation.
- \`let value!: T\` exists for locals too, for assignments the checker cannot see (inside a callback that runs synchronously); prefer restructuring so the assignment is visible.`,
      workedExample: {
        language: 'typescript',
        before: `abstract class Component {
  constructor() {
    this.setup(); // runs before subclass fields are defined
  }
  protected abstract setup(): void;
}

class RetryPanel extends Component {
  attempts!: number;
  label = 'retry';

  protected setup(): void {
    this.attempts = 3;
    this.label = 'Retry now';
  }
}

// target ES2022: prints "undefined retry"; with target ES2020 it printed "3 retry"
console.log(new RetryPanel().attempts, new RetryPanel().label);`,
        after: `abstract class Component {
  private mounted = false;

  mount(): void {
    if (this.mounted) return;
    this.mounted = true;
    this.setup(); // runs after construction, when every field exists
  }
  protected abstract setup(): void;
}

class RetryPanel extends Component {
  attempts = 0;
  label = 'retry';

  protected setup(): void {
    this.attempts = 3;
    this.label = 'Retry now';
  }
}

const panel = new RetryPanel();
panel.mount();
console.log(panel.attempts, panel.label); // 3 Retry now`,
        note: 'Under ES2022 field semantics, RetryPanel\'s fields are defined after Component\'s constructor returns, so they overwrite what setup() assigned: attempts becomes undefined (bare declaration) and label goes back to its initializer. Moving the overridable call out of the constructor makes the order explicit, and real initializers replace the ! that hid the problem.',
      },
      pitfalls: [
        'Redeclaring an inherited field to narrow its type without `declare`, which resets it to `undefined` under ES2022 field semantics.',
        'Calling overridable methods from a base constructor: subclass field definitions run after `super()` returns and overwrite what the method assigned.',
        'Changing `target` or `useDefineForClassFields` as a "build setting" without testing class hierarchies: runtime behaviour changes with no new compile error.',
        'Relying on a `never`-returning arrow function stored in an unannotated `const` to end a path; definite assignment only trusts declared functions and explicitly typed references.',
      ],
      quiz: [
        {
          kind: 'predict-output',
          prompt: 'Compiled by tsc with `strict` and `target: ES2022`, this produces no errors. What does it print?',
          code: `abstract class Widget {
  constructor() {
    this.init();
  }
  protected abstract init(): void;
}

class Counter extends Widget {
  count!: number;
  unit = 'items';

  protected init(): void {
    this.count = 5;
    this.unit = 'orders';
  }
}

const c = new Counter();
console.log(c.count, c.unit);`,
          answer: 'undefined items',
          explanation:
            'Widget\'s constructor runs init() before Counter\'s fields are defined. Then the class fields are defined: count (no initializer) becomes undefined and unit is reset to "items". With useDefineForClassFields off (the default for targets before ES2022) the bare declaration emits nothing and it would print "5 items".',
        },
        {
          kind: 'multiple-choice',
          prompt: 'The subclass wants to narrow the type of `resident` while keeping the value the base constructor stored (target ES2022). Which declaration does that?',
          code: `class Shelter {
  resident: Animal;
  constructor(resident: Animal) { this.resident = resident; }
}

class DogShelter extends Shelter {
  /* ??? */
}`,
          choices: ['resident: Dog;', 'resident!: Dog;', 'declare resident: Dog;', 'override resident!: Dog;'],
          answerIndex: 2,
          explanation:
            'declare changes only the type and emits nothing. The other three all emit a class field that is defined as undefined after super() returns; TypeScript reports TS2612 for them, pointing at exactly this fix.',
        },
      ],
    },
    hints: {
      nudge: 'On which path, or in which order of construction, does this value get read before anything has assigned it?',
      concept:
        'Definite assignment is the compiler proving that a variable or field is set before it is read: locals along every control-flow path, class fields in the constructor body itself. `!` switches the proof off; initialising, using a parameter property, or typing the value as possibly absent keeps it.',
      analogousExample:
        'Similar: `class Poller { private timer!: NodeJS.Timeout; stop() { clearInterval(this.timer); } }` compiles, and `stop()` before `start()` passes undefined along silently. Typing the field `NodeJS.Timeout | undefined` forces `stop()` to handle a poller that never started.',
      pseudoCode:
        'for each field or variable the error names:\n    can it be given its value at the declaration or in the constructor? do that\n    is it really absent sometimes? type it T | undefined and handle the absent case\n    does a framework set it before any use? only then keep field!: T, with a comment\n    narrowing an inherited field? use declare, not a new field',
    },
  },
  {
    conceptId: 'ts.declaration-files',
    fundamentals: {
      title: 'Where the types for a JavaScript package come from',
      conceptId: 'ts.declaration-files',
      level: 'fundamentals',
      explanation: `For \`import { x } from 'pkg'\`, TypeScript looks for declarations in the package itself (its \`types\` field, a \`types\` condition in \`exports\`, or a \`.d.ts\` beside the JavaScript entry point), then in \`node_modules/@types/pkg\`. The two errors you meet mean different things:

- TS7016 (under \`noImplicitAny\`): the JavaScript was found but no types. \`Could not find a declaration file for module 'legacy-geo'. '…/node_modules/legacy-geo/index.js' implicitly has an 'any' type.\` followed by the suggestion to try \`npm i --save-dev @types/legacy-geo\`.
- TS2307: \`Cannot find module 'legacy-geo' or its corresponding type declarations.\` Nothing resolved at all: the package is not installed, the path is wrong, or module resolution cannot see it. Installing \`@types\` will not help.

For TS7016, in order: upgrade the package (many now bundle types), install the \`@types\` package whose major version matches the library's, or write a declaration for what you use:

~~~ts
// src/types/legacy-geo.d.ts
declare module 'legacy-geo' {
  export interface LatLon { lat: number; lon: number }
  export function distanceKm(a: LatLon, b: LatLon): number;
}
~~~

The shorthand the error message suggests, \`declare module 'legacy-geo';\`, silences TS7016 by making every import from the package \`any\`.

**Global names** (\`process\`, \`describe\`, \`Buffer\`) come from \`@types\` packages that are included automatically, unless \`compilerOptions.types\` lists which ones to include. Then a missing one gives TS2591 \`\` Cannot find name 'process'. Do you need to install type definitions for node? Try \`npm i --save-dev @types/node\` and then add 'node' to the types field in your tsconfig. \`\` Note that \`tsc --init\` in 5.9 writes \`"types": []\`.`,
      workedExample: {
        language: 'typescript',
        before: `// src/types/vendor.d.ts
declare module 'legacy-geo';

// src/delivery.ts
import { distanceKm } from 'legacy-geo';

export function etaMinutes(depot: Depot, address: Address): number {
  // distanceKm is any: four numbers instead of two points compiles, returns NaN
  return distanceKm(depot.lat, depot.lon, address.lat, address.lon) * 2;
}`,
        after: `// src/types/legacy-geo.d.ts
declare module 'legacy-geo' {
  export interface LatLon { lat: number; lon: number }
  /** Great-circle distance between two points, in kilometres. */
  export function distanceKm(a: LatLon, b: LatLon): number;
}

// src/delivery.ts
import { distanceKm } from 'legacy-geo';

export function etaMinutes(depot: Depot, address: Address): number {
  return distanceKm(depot, address) * 2;
}`,
        note: 'The shorthand declaration made the whole package any, so a call that did not match the library compiled. Declaring only the function in use, with real parameter types, costs a few lines and turns the wrong call into a compile error (Depot and Address both have lat and lon, so they fit LatLon structurally).',
      },
      pitfalls: [
        'Answering TS2307 by installing `@types/...`: the module itself did not resolve, so check installation and the import path first.',
        'Installing an `@types` package whose major version differs from the library\'s: the types then describe a different API.',
        'Writing `declare module \'pkg\';` to make TS7016 disappear, which turns every value from the package into `any`.',
        'Keeping handwritten `.d.ts` files outside the tsconfig `include`: they are silently ignored.',
      ],
      quiz: [
        {
          kind: 'multiple-choice',
          prompt: 'A build fails with `TS2307: Cannot find module \'date-fns-tz\' or its corresponding type declarations.` What is the most likely cause?',
          code: '',
          choices: [
            'The package is installed but ships no types: install @types/date-fns-tz',
            'The module did not resolve at all: it is not installed, or the path or module resolution settings cannot find it',
            'noImplicitAny is on',
            'skipLibCheck is hiding the declarations',
          ],
          answerIndex: 1,
          explanation:
            'When the JavaScript is found but the types are missing, the error is TS7016 ("Could not find a declaration file for module ..."). TS2307 means resolution found nothing, so check node_modules, the lockfile and moduleResolution before looking for types.',
        },
        {
          kind: 'spot-the-bug',
          prompt: 'This file should add a property to the global `Window`, but tsc reports TS2669. Which line is at fault?',
          code: `// src/types/app-config.d.ts
declare global {
  interface Window {
    __APP_CONFIG__: { apiBase: string; release: string };
  }
}`,
          bugLine: 2,
          answer: 'Add `export {};` at the top so the file is a module, where `declare global` is allowed; or drop the `declare global` wrapper and declare `interface Window` at the top level of this script file.',
          explanation:
            'TS2669: "Augmentations for the global scope can only be directly nested in external modules or ambient module declarations." A .d.ts without imports or exports is a script whose declarations are already global, so the wrapper is not allowed there.',
        },
      ],
    },
    advanced: {
      title: 'Ambient declarations: augmentation, script versus module files, and skipLibCheck',
      conceptId: 'ts.declaration-files',
      level: 'advanced',
      explanation: `A \`.d.ts\` file is one of two kinds, and the difference changes what \`declare module 'x' { ... }\` means:

- **Script** (no top-level \`import\` or \`export\`): its declarations are global, and \`declare module 'x'\` declares the **whole** module \`x\`. For an untyped package that is what you want. For a typed package, it shadows the real types: \`Module '"web-kit"' has no exported member 'handle'.\`
- **Module** (any top-level \`import\` or \`export\`, even \`export {};\`): \`declare module 'x'\` **augments** the existing module, merging into its interfaces. For an untyped package that fails: TS2665 \`Invalid module name in augmentation. Module 'legacy-geo' resolves to an untyped module at '…/index.js', which cannot be augmented.\`

So adding one innocent \`import type\` at the top of a file that declared an untyped module breaks it, and forgetting an import in an augmentation file replaces a library's types. Inside an ambient module, relative \`import\` statements are rejected (TS2439); reference project types with an import type such as \`import('../geo').Coordinates\` instead.

Augmentation only merges into **interfaces** and namespaces; a library that exports \`type Request = { ... }\` cannot be extended this way.

**skipLibCheck** (on in most configs for speed) skips type-checking of **every** declaration file, including your own: a typo in \`src/types/*.d.ts\` is not reported, and the unresolved type quietly behaves like \`any\` wherever it is used. Keep handwritten declarations small, or check them in a config without the flag.

**Publishing types:** \`declaration: true\` emits \`.d.ts\` files; \`isolatedDeclarations\` (5.5) requires explicit types on exports (TS9007 \`Function must have an explicit return type annotation with --isolatedDeclarations.\`) so declarations can be produced file by file by fast tools. A published \`.d.ts\` that imports from \`@types/x\` needs that package in \`dependencies\`, not \`devDependencies\`, or consumers get errors.`,
      workedExample: {
        language: 'typescript',
        before: `// src/types/web-kit.d.ts: meant to add the authenticated user to requests
declare module 'web-kit' {
  interface Request {
    user?: { id: string; roles: readonly string[] };
  }
}

// src/auth.ts
import { handle } from 'web-kit';
// TS2305: Module '"web-kit"' has no exported member 'handle'.`,
        after: `// src/types/web-kit.d.ts
import 'web-kit'; // makes this file a module, so the block below augments instead of replacing

declare module 'web-kit' {
  interface Request {
    user?: { id: string; roles: readonly string[] };
  }
}

// src/auth.ts
import { handle } from 'web-kit';
export const requireUser = handle((req) => {
  if (!req.user) throw new Error('unauthenticated');
});`,
        note: 'Without a top-level import or export, the declaration file was a script, so declare module declared a brand-new web-kit containing only Request. One import turns it into a module augmentation that merges user into the library\'s Request interface and keeps every real export.',
      },
      pitfalls: [
        'Writing a module augmentation in a file with no top-level import or export, which replaces the library\'s types instead of extending them.',
        'Adding a top-level import to a file that declares an untyped module, turning the declaration into an invalid augmentation (TS2665).',
        'Relying on `skipLibCheck: true` while maintaining handwritten `.d.ts` files: their errors are never reported.',
      ],
      quiz: [
        {
          kind: 'spot-the-bug',
          prompt: 'This declaration worked until someone added a shared type. Now tsc reports TS2665. Which line changed its meaning?',
          code: `import type { Money } from '../billing/money';

declare module 'legacy-tax' {
  export function vatFor(amount: Money, country: string): Money;
}`,
          bugLine: 1,
          answer: 'Remove the top-level import and reference the type inline: `amount: import(\'../billing/money\').Money`. The file is then a script again and declares the untyped module instead of trying to augment it.',
          explanation:
            'A top-level import makes the .d.ts a module, and in a module `declare module \'legacy-tax\'` is an augmentation. An untyped JavaScript package has no declarations to augment, hence TS2665. Relative imports inside the block are not allowed either (TS2439), which is why the import type form is used.',
        },
        {
          kind: 'multiple-choice',
          prompt: 'With `"skipLibCheck": true`, what happens to a type error inside your own `src/types/legacy-geo.d.ts` (for example a misspelled type name)?',
          code: '',
          choices: [
            'tsc reports it, because the file is in your src folder',
            'tsc does not report it: skipLibCheck skips checking every .d.ts file',
            'tsc reports it only when the module is imported',
            'The file is excluded from the program',
          ],
          answerIndex: 1,
          explanation:
            'skipLibCheck skips type-checking of all declaration files, not only those in node_modules. The declarations are still used, so a misspelled type name quietly behaves like any at every use. Run a separate check without the flag on handwritten declarations.',
        },
      ],
    },
    hints: {
      nudge: 'Did the module fail to resolve at all, or did it resolve to JavaScript without types? The error code tells you which.',
      concept:
        'Declaration files describe code that exists at runtime but has no TypeScript source: bundled `.d.ts` files, `@types` packages or your own ambient declarations. Prefer real types for what you use over `declare module \'x\';`, and know whether a `.d.ts` is a script (declares) or a module (augments).',
      analogousExample:
        'Similar: tests fail to compile with `TS2593: Cannot find name \'describe\'` after someone set `"types": ["node"]` in tsconfig. `@types/mocha` is still installed; it is simply no longer included automatically, so it has to be added to `types` as well.',
      pseudoCode:
        'TS2307: check the package is installed and the specifier resolves (moduleResolution, exports)\nTS7016: upgrade the package, or install matching @types, or declare the members you use\nglobal names missing: check compilerOptions.types\naugmenting a typed library: module file (top-level import) + declare module + interface merge',
    },
  },
  {
    conceptId: 'ts.module-resolution',
    fundamentals: {
      title: 'module and moduleResolution: how an import becomes a file',
      conceptId: 'ts.module-resolution',
      level: 'fundamentals',
      explanation: `Two settings decide what an \`import\` means. \`module\` says which module system the output targets and which syntax is legal; \`moduleResolution\` says how a specifier maps to a file. Choose by **what runs the emitted code**:

- **Node.js runs it** (services, CLIs, libraries): \`"module": "nodenext"\`, which implies \`moduleResolution: nodenext\` and \`esModuleInterop\`. Each file is ESM or CommonJS by its extension (\`.mts\`, \`.cts\`) or the nearest \`package.json\` \`"type"\`. In ESM files a relative import needs the extension of the **emitted** file: TS2835 \`Relative import paths need explicit file extensions in ECMAScript imports when '--moduleResolution' is 'node16' or 'nodenext'. Did you mean './user.js'?\` You write \`./user.js\` although the source is \`user.ts\`; TypeScript maps it back.
- **A bundler runs it** (Vite, esbuild, webpack): \`"module": "esnext"\` or \`"preserve"\` with \`"moduleResolution": "bundler"\`, which allows extensionless imports because the bundler resolves them.

Writing \`./user.ts\` is rejected with TS5097 unless \`allowImportingTsExtensions\` (with \`noEmit\`) or \`rewriteRelativeImportExtensions\` is on.

**Default imports of CommonJS.** For a package that does \`module.exports = createClient\`, \`import createClient from 'cjs-lib'\` under \`module: commonjs\` needs \`esModuleInterop\`; without it you get TS1259 \`Module '…' can only be default-imported using the 'esModuleInterop' flag\`, and if the output is run anyway, \`TypeError: (0 , cjs_lib_1.default) is not a function\`.

**"Cannot find module" is often configuration.** Before assuming a missing file, check: is the package installed; does its \`exports\` map allow that subpath (deep imports like \`pkg/dist/internal/x.js\` are blocked under \`nodenext\` and \`bundler\`); is the import relying on \`paths\`, which the checker understands but Node does not.`,
      workedExample: {
        language: 'typescript',
        before: `// package.json: { "type": "module" }   tsconfig: { "module": "nodenext" }
import { makeUser } from './users/factory';
// TS2835: Relative import paths need explicit file extensions in ECMAScript imports
// when '--moduleResolution' is 'node16' or 'nodenext'. Did you mean './users/factory.js'?

export const admin = makeUser('admin');`,
        after: `// package.json: { "type": "module" }   tsconfig: { "module": "nodenext" }
import { makeUser } from './users/factory.js';

export const admin = makeUser('admin');`,
        note: 'Node\'s ESM loader never guesses extensions, and tsc does not rewrite import paths, so the specifier must already name the file that will exist after compilation. TypeScript resolves ./users/factory.js back to factory.ts while checking.',
      },
      pitfalls: [
        'Using `moduleResolution: bundler` for code that Node runs directly: extensionless imports compile, then fail with `ERR_MODULE_NOT_FOUND`.',
        'Treating `paths` aliases as runtime configuration: tsc does not rewrite specifiers, so Node cannot find `@app/db` unless a bundler or loader applies the same mapping.',
        'Deep-importing files a package\'s `exports` map does not list; use the public entry points or ask the maintainers to export the subpath.',
      ],
      quiz: [
        {
          kind: 'multiple-choice',
          prompt: 'In a package with `"type": "module"` and `"module": "nodenext"`, which import of `src/orders/repository.ts` from `src/app.ts` compiles and also runs after `tsc`?',
          code: '',
          choices: [
            "import { save } from './orders/repository';",
            "import { save } from './orders/repository.ts';",
            "import { save } from './orders/repository.js';",
            "import { save } from 'orders/repository';",
          ],
          answerIndex: 2,
          explanation:
            'ESM in Node needs the full path of the file that will exist at runtime, which is repository.js in the output. The extensionless form is TS2835, the .ts form is TS5097 without allowImportingTsExtensions, and the bare form is treated as a package name.',
        },
        {
          kind: 'spot-the-bug',
          prompt: 'A service (package.json has `"type": "module"`) is compiled by tsc and started with `node dist/server.js`. It compiles cleanly, then crashes with `ERR_MODULE_NOT_FOUND` for `dist/routes`. Which line is the root cause?',
          code: `{
  "compilerOptions": {
    "target": "es2022",
    "module": "esnext",
    "moduleResolution": "bundler",
    "outDir": "dist",
    "strict": true
  }
}`,
          bugLine: 5,
          answer: 'Nothing bundles this code, so use `"module": "nodenext"` (which brings nodenext resolution): tsc then requires `./routes.js` in the source and the emitted import works in Node.',
          explanation:
            'bundler resolution accepts `import ... from \'./routes\'` because bundlers resolve extensionless paths. tsc emits the specifier unchanged and Node\'s ESM loader does not add extensions, so the import fails at runtime.',
        },
      ],
    },
    advanced: {
      title: 'ESM and CommonJS interop under nodenext: formats, named imports and verbatimModuleSyntax',
      conceptId: 'ts.module-resolution',
      level: 'advanced',
      explanation: `Under \`nodenext\` every file has a **format**, and the same \`import\` is checked and emitted according to it: \`.mts\` is ESM, \`.cts\` is CommonJS, \`.ts\` follows the nearest \`package.json\` \`"type"\`. Moving a file or adding a nested \`package.json\` changes its format.

**Named imports from CommonJS.** TypeScript judges a CJS package by its \`.d.ts\`; Node judges it by statically analysing the JavaScript. When the declarations say \`export = createClient\` merged with a namespace, \`import { version } from 'cjs-lib'\` type-checks, and Node throws \`SyntaxError: Named export 'version' not found. The requested module 'cjs-lib' is a CommonJS module, which may not support all module.exports as named exports.\` A default import followed by destructuring always works.

**verbatimModuleSyntax** makes emit predictable: imports are kept exactly as written, minus those marked \`type\`. So type-only imports must say so: TS1484 \`'User' is a type and must be imported using a type-only import when 'verbatimModuleSyntax' is enabled.\` In a file whose format is CommonJS, ESM syntax is then rejected: TS1295 \`ECMAScript imports and exports cannot be written in a CommonJS file under 'verbatimModuleSyntax'.\` Use \`import x = require('x')\` and \`export =\` there, or make the package ESM.

**require(esm).** Node 20.19+ and 22.12+ can \`require()\` an ES module that has no top-level await. TypeScript allows it under \`module: nodenext\` (5.8+) and \`node20\` (5.9); under \`node16\` and \`node18\` it reports TS1471 \`Module './tax.mjs' cannot be imported using this construct.\`

**exports and imports.** Under \`nodenext\` and \`bundler\`, only subpaths listed in a package's \`exports\` resolve. For internal aliases, prefer package.json \`"imports"\` (\`"#app/*": "./dist/*"\`): Node honours them at runtime and TypeScript maps them back to the sources through \`outDir\`/\`rootDir\`, unlike \`paths\`.`,
      workedExample: {
        language: 'typescript',
        before: `// package.json: { "type": "module" }   tsconfig: { "module": "nodenext" }
// cjs-lib/index.js: module.exports = createClient; createClient.version = '2.1.0';
import { version } from 'cjs-lib';

console.log(\`client \${version}\`);
// tsc: no errors
// node: SyntaxError: Named export 'version' not found. The requested module 'cjs-lib'
//       is a CommonJS module, which may not support all module.exports as named exports.`,
        after: `// package.json: { "type": "module" }   tsconfig: { "module": "nodenext" }
import createClient from 'cjs-lib';

const { version } = createClient;
console.log(\`client \${version}\`);`,
        note: 'Node can only offer named exports it detects in the CommonJS source, and a property assigned onto a function export is not one of them. The default import is always module.exports, so destructuring from it works for every CommonJS package, whatever its typings claim.',
      },
      pitfalls: [
        'Trusting that a clean tsc run means Node can load named imports from a CommonJS package.',
        'Adding a nested `package.json` (or moving a file) and silently switching files between ESM and CommonJS formats.',
        'Using `paths` for internal aliases in Node code, where package.json `"imports"` works for both the checker and the runtime.',
      ],
      quiz: [
        {
          kind: 'multiple-choice',
          prompt: 'With `verbatimModuleSyntax` on, which line reports TS1484?',
          code: `import { OrderStatus, type Order } from './order.js';   // OrderStatus is an enum
import { InvoiceDraft } from './invoice.js';              // InvoiceDraft is an interface
import type { Customer } from './customer.js';`,
          choices: ['Line 1', 'Line 2', 'Line 3', 'None of them'],
          answerIndex: 1,
          explanation:
            'An interface has no runtime value, so under verbatimModuleSyntax its import must be marked type (either `import type { InvoiceDraft }` or `import { type InvoiceDraft }`). The enum on line 1 is a value and is imported normally, and line 3 is already type-only.',
        },
        {
          kind: 'spot-the-bug',
          prompt: 'tsc passes, but `node dist/server.js` fails with `ERR_MODULE_NOT_FOUND: Cannot find package \'@app/db\'`. Which line is the cause?',
          code: `{
  "compilerOptions": {
    "module": "nodenext",
    "outDir": "dist",
    "rootDir": "src",
    "paths": { "@app/*": ["./src/*"] }
  }
}`,
          bugLine: 6,
          answer: 'paths only tells the checker where to look; tsc emits `@app/db/index.js` unchanged. Declare `"imports": { "#app/*": "./dist/*" }` in package.json and import `#app/db/index.js`, or use relative imports.',
          explanation:
            'Node resolves a bare specifier like @app/db as a package in node_modules. package.json "imports" entries (which must start with #) are understood by both Node and TypeScript under nodenext.',
        },
      ],
    },
    hints: {
      nudge: 'What will actually load the emitted JavaScript, Node or a bundler, and does the tsconfig describe that runtime?',
      concept:
        'Module resolution is how a specifier becomes a file, and it must match the runtime: `nodenext` for Node (file formats by extension and package.json `type`, explicit `.js` extensions in ESM), `bundler` for bundled code. tsc never rewrites import paths.',
      analogousExample:
        'Similar: `import express from \'express\'` compiles in the app but fails in a CommonJS test setup with TS1259. The test tsconfig uses `module: commonjs` without `esModuleInterop`, so a default import of a `module.exports =` package is not allowed there.',
      pseudoCode:
        'decide who runs the output: node -> module nodenext; bundler -> moduleResolution bundler\nfor each failing import:\n    relative ESM import? write the emitted extension (.js)\n    package subpath? check the package exports map\n    alias? paths is compile-time only; use package.json imports for Node\n    CommonJS package? default import, then destructure',
    },
  },
  {
    conceptId: 'ts.decorators',
    fundamentals: {
      title: 'Standard decorators and experimentalDecorators are different APIs',
      conceptId: 'ts.decorators',
      level: 'fundamentals',
      explanation: `A decorator is a function applied to a class or member when the class is **defined**, returning a replacement or nothing. TypeScript has two incompatible kinds:

- **Standard (TC39) decorators**, used since TypeScript 5.0 whenever \`experimentalDecorators\` is off. A method decorator receives \`(value, context)\`: the method itself and a \`ClassMethodDecoratorContext\` with \`name\`, \`kind\`, \`static\`, \`private\`, \`addInitializer\` and \`metadata\`.
- **Legacy decorators** with \`"experimentalDecorators": true\`: \`(target, propertyKey, descriptor)\`, plus parameter decorators and \`emitDecoratorMetadata\`. Frameworks built on \`reflect-metadata\` dependency injection (NestJS, TypeORM, InversifyJS) still need this mode.

Mixing them fails at the decorator: a legacy decorator in a standard project gives TS1241 \`Unable to resolve signature of method decorator when called as an expression.\` with \`The runtime will invoke the decorator with 2 arguments, but the decorator expects 3.\` A parameter decorator without the flag gives TS1206 \`Decorators are not valid here.\`

A typed standard method decorator:

~~~ts
function logged<This, Args extends unknown[], R>(
  target: (this: This, ...args: Args) => R,
  context: ClassMethodDecoratorContext<This, (this: This, ...args: Args) => R>,
) {
  return function (this: This, ...args: Args): R {
    console.log(\`-> \${String(context.name)}\`);
    return target.call(this, ...args);
  };
}
~~~

The replacement is a \`function\`, not an arrow, so it receives the instance as \`this\` and passes it on.

**Order:** decorator expressions (\`@retry(3)\`) are evaluated top to bottom, then the decorators are applied bottom-up, the one closest to the member first. The decorator body runs once per class definition; the wrapper it returns runs on every call.`,
      workedExample: {
        language: 'typescript',
        before: `// written for experimentalDecorators; this project does not set it
function timed(target: object, key: string, descriptor: PropertyDescriptor): void {
  const original = descriptor.value;
  descriptor.value = async function (...args: unknown[]) {
    const start = performance.now();
    try { return await original.apply(this, args); }
    finally { metrics.observe(key, performance.now() - start); }
  };
}

class InvoiceService {
  @timed // TS1241: ... The runtime will invoke the decorator with 2 arguments, but the decorator expects 3.
  async issue(orderId: string): Promise<Invoice> { /* ... */ }
}`,
        after: `function timed<This, Args extends unknown[], R>(
  target: (this: This, ...args: Args) => Promise<R>,
  context: ClassMethodDecoratorContext<This, (this: This, ...args: Args) => Promise<R>>,
) {
  const name = String(context.name);
  return async function (this: This, ...args: Args): Promise<R> {
    const start = performance.now();
    try { return await target.call(this, ...args); }
    finally { metrics.observe(name, performance.now() - start); }
  };
}

class InvoiceService {
  @timed
  async issue(orderId: string): Promise<Invoice> { /* ... */ }
}`,
        note: 'Standard decorators receive the method and a context object instead of a property descriptor, and return the replacement. The generics keep this, the parameters and the return type, so a decorated method keeps its signature for callers.',
      },
      pitfalls: [
        'Copying a decorator written for `experimentalDecorators` into a project without the flag, or the other way round.',
        'Returning an arrow function as the replacement method, so `this` is not the instance.',
        'Expecting the decorator body to run per call or per instance; it runs once when the class is defined.',
      ],
      quiz: [
        {
          kind: 'predict-output',
          prompt: 'Compiled with standard decorators (no experimentalDecorators), what does this print?',
          code: `function tag(label: string) {
  console.log(\`evaluate \${label}\`);
  return function <T>(target: T, _context: ClassMethodDecoratorContext): T {
    console.log(\`apply \${label}\`);
    return target;
  };
}

class OrderService {
  @tag('outer')
  @tag('inner')
  place(): void {}
}`,
          answer: 'evaluate outer\nevaluate inner\napply inner\napply outer',
          explanation:
            'The decorator expressions tag(\'outer\') and tag(\'inner\') are evaluated in source order, then the resulting decorators are applied from the innermost (closest to the method) outwards. All of it happens when the class is defined, before any instance exists.',
        },
        {
          kind: 'multiple-choice',
          prompt: 'Which setup supports `constructor(@Inject(DB) private readonly db: Database) {}`?',
          code: '',
          choices: [
            'Standard decorators in TypeScript 5.0 or later',
            'Only experimentalDecorators: standard decorators have no parameter decorators',
            'Either mode, as long as emitDecoratorMetadata is on',
            'Neither: constructors cannot have decorators',
          ],
          answerIndex: 1,
          explanation:
            'The TC39 proposal does not include parameter decorators, so without experimentalDecorators TypeScript reports TS1206 "Decorators are not valid here." emitDecoratorMetadata itself requires experimentalDecorators (TS5052).',
        },
      ],
    },
    advanced: {
      title: 'Decorator contexts: initializers, fields, accessors, metadata and emit',
      conceptId: 'ts.decorators',
      level: 'advanced',
      explanation: `Each kind of standard decorator gets its own context type, and they can do different things.

**Fields** receive \`undefined\` as the value and may return an **initializer**, \`(initial) => newValue\`, that runs for every instance. It transforms the initial value only; later assignments are untouched. To intercept reads and writes, use an auto-accessor, \`@observed accessor status = 'idle'\`, whose decorator (\`ClassAccessorDecoratorContext\`) can return \`{ get, set, init }\`.

**addInitializer** registers code that runs for each instance during construction (for static members, when the class is defined). It is the standard way to bind methods:

~~~ts
function bound<This, Args extends unknown[], R>(
  target: (this: This, ...args: Args) => R,
  context: ClassMethodDecoratorContext<This, (this: This, ...args: Args) => R>,
): void {
  context.addInitializer(function (this: This) {
    (this as Record<string | symbol, unknown>)[context.name] = target.bind(this);
  });
}
~~~

**Metadata.** \`context.metadata\` (TypeScript 5.2) is an object shared by all decorators of a class, exposed as \`Class[Symbol.metadata]\`. Runtimes without \`Symbol.metadata\` (Node 20, for one) give \`undefined\`, so load a polyfill before any decorated class: \`Symbol.metadata ??= Symbol('Symbol.metadata')\` (type-cast as needed), and add \`esnext.decorators\` to \`lib\`.

**Emit.** TypeScript downlevels standard decorators for \`target\` ES2022 and below. With \`target: "esnext"\`, 5.9 leaves \`@dec\` in the output, and Node 20 fails with \`SyntaxError: Invalid or unexpected token\`.

**Legacy interop.** \`emitDecoratorMetadata\` (the \`design:paramtypes\` that DI containers read) exists only with \`experimentalDecorators\` (TS5052 otherwise). A codebase cannot mix the two modes in one program, so migrate framework by framework, not file by file.`,
      workedExample: {
        language: 'typescript',
        before: `class QueuePoller {
  private polls = 0;

  tick(): number {
    return ++this.polls;
  }
}

const poller = new QueuePoller();
setInterval(poller.tick, 1_000);
// Node calls the callback with this = its Timeout object: every tick returns NaN, no error`,
        after: `function bound<This, Args extends unknown[], R>(
  target: (this: This, ...args: Args) => R,
  context: ClassMethodDecoratorContext<This, (this: This, ...args: Args) => R>,
): void {
  context.addInitializer(function (this: This) {
    (this as Record<string | symbol, unknown>)[context.name] = target.bind(this);
  });
}

class QueuePoller {
  private polls = 0;

  @bound
  tick(): number {
    return ++this.polls;
  }
}

const poller = new QueuePoller();
setInterval(poller.tick, 1_000);`,
        note: 'A method passed as a callback is called with whatever this the caller chooses: Node\'s timers pass the Timeout object, so this.polls was undefined and ++ produced NaN silently (array callbacks pass undefined and throw instead). The addInitializer hook runs for every new instance and installs a bound copy of the method on it, which keeps the prototype method intact and needs no per-call cost beyond the bound function.',
      },
      pitfalls: [
        'Expecting a field decorator to validate later assignments: it only transforms the initial value; use an `accessor` decorator for reads and writes.',
        'Reading `context.metadata` on a runtime without `Symbol.metadata` and no polyfill: it is `undefined`.',
        'Compiling with `target: "esnext"` for a runtime that cannot parse native decorator syntax.',
        'Expecting `reflect-metadata` dependency injection to work with standard decorators: `design:paramtypes` is only emitted in experimentalDecorators mode.',
      ],
      quiz: [
        {
          kind: 'predict-output',
          prompt: 'Compiled with standard decorators and target ES2022, what does this print?',
          code: `function clamp(min: number, max: number) {
  return function (_value: undefined, _context: ClassFieldDecoratorContext) {
    return (initial: number): number => Math.min(max, Math.max(min, initial));
  };
}

class Poller {
  @clamp(1, 60) intervalSec = 300;
}

const p = new Poller();
p.intervalSec = 500;
console.log(new Poller().intervalSec, p.intervalSec);`,
          answer: '60 500',
          explanation:
            'A field decorator\'s initializer runs once per instance on the initial value, so every new Poller starts at 60. The later assignment of 500 is an ordinary property write that the decorator never sees; an accessor decorator with a set() would be needed to clamp it.',
        },
        {
          kind: 'spot-the-bug',
          prompt: 'A Node 20 service uses standard decorators. `node dist/main.js` fails with `SyntaxError: Invalid or unexpected token` at the first `@`. Which line of the tsconfig causes it?',
          code: `{
  "compilerOptions": {
    "module": "nodenext",
    "target": "esnext",
    "strict": true,
    "outDir": "dist"
  }
}`,
          bugLine: 4,
          answer: 'Use a target the runtime supports, for example `"target": "es2022"` for Node 20: TypeScript then transforms the decorators into plain JavaScript.',
          explanation:
            'For target ESNext, TypeScript emits decorators as native syntax, expecting the runtime to implement them. Node 20 does not parse decorators, so the emitted file is a syntax error.',
        },
      ],
    },
    hints: {
      nudge: 'Is this project using standard decorators or `experimentalDecorators`, and which of the two was the decorator written for?',
      concept:
        'Decorators are functions applied to a class or member at class definition time, returning a replacement. Standard decorators take `(value, context)`; legacy ones (with `experimentalDecorators`) take `(target, key, descriptor)` and add parameter decorators and metadata emit. The two cannot be mixed.',
      analogousExample:
        'Similar: a `@memoize` decorator copied from a NestJS codebase into a plain TypeScript 5 service fails with TS1241 "expects 3 arguments". Rewriting it to accept `(target, context)` and return a wrapper function makes it a standard decorator.',
      pseudoCode:
        'check tsconfig: experimentalDecorators on? legacy signature : standard signature\nstandard method decorator(target, context):\n    return function (this, ...args) { before; result = target.call(this, ...args); after; return result }\nper-instance setup: context.addInitializer\nfield: return an initializer; reads/writes: accessor + { get, set }\ntarget: one the runtime can run (ES2022 for Node 20)',
    },
  },
];
