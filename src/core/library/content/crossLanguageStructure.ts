import type { LibraryEntry } from '../libraryEntry';

/** Built-in material for names, scope, closures, modules and program structure; the library registry serves it offline. */
export const crossLanguageStructureEntries: readonly LibraryEntry[] = [
  {
    conceptId: 'closures',
    fundamentals: {
      title: 'Closures: functions that remember their surroundings',
      conceptId: 'closures',
      level: 'fundamentals',
      explanation: `A closure is a function together with the variables from the scope where it was created. It captures the **variables themselves**, not a snapshot of their values, so it sees later changes and keeps them alive as long as the function exists.

\`\`\`ts
function counter() {
  let count = 0;
  return () => ++count;   // captures count
}
const next = counter();
next(); next();            // 2: the same count each time
\`\`\`

Closures power callbacks, event handlers, memoisation, partial application and private state without classes. They also cause two classic bugs:

- **Loop capture**: callbacks created in a loop all share one variable if the loop variable is function-scoped (\`var\` in JavaScript, any loop variable in Python). JavaScript's \`let\` creates a fresh binding per iteration; in Python bind it explicitly with a default argument (\`lambda i=i: i\`) or \`functools.partial\`.
- **Stale values**: a callback registered once keeps reading whatever the captured variable holds at call time, which may be outdated state (a familiar issue with React hooks).

Java and C# lambdas capture too; Java requires captured locals to be effectively final, and Go 1.22 made each \`for\` iteration declare a new loop variable, fixing the loop-capture bug there.`,
      workedExample: {
        language: 'python',
        before: `handlers = []
for name in ["save", "load", "quit"]:
    handlers.append(lambda: print("running", name))

handlers[0]()  # prints "running quit"`,
        after: `handlers = []
for name in ["save", "load", "quit"]:
    handlers.append(lambda name=name: print("running", name))

handlers[0]()  # prints "running save"`,
        note: 'The default argument is evaluated when each lambda is created, so every handler keeps its own name instead of sharing the loop variable.',
      },
      pitfalls: [
        'Closures capture variables, not values: a later assignment is visible to every closure that captured the variable.',
        'Python loop variables are shared by all closures created in the loop; bind them with a default argument or `functools.partial`.',
        'A long-lived closure (an event handler, a cache) keeps everything it captured alive, including large objects.',
      ],
      quiz: [
        {
          kind: 'predict-output',
          prompt: 'What does this print?',
          code: `const fns: Array<() => number> = [];
for (var i = 0; i < 3; i++) fns.push(() => i);
const gs: Array<() => number> = [];
for (let j = 0; j < 3; j++) gs.push(() => j);
console.log(fns.map((f) => f()).join(''), gs.map((g) => g()).join(''));`,
          answer: '333 012',
          explanation: '`var` declares one function-scoped `i`, which is 3 when the callbacks run. `let` creates a new binding per iteration, so each callback sees its own `j`.',
        },
        {
          kind: 'multiple-choice',
          prompt: 'What does a closure capture?',
          code: '',
          choices: [
            'A copy of each outer variable\'s value at creation time.',
            'References to the outer variables themselves, which it reads when it runs.',
            'Only global variables.',
            'Nothing; it must receive everything as parameters.',
          ],
          answerIndex: 1,
          explanation: 'Closures share the outer variables: changes after the closure is created are visible inside it, and the variables live as long as the closure does.',
        },
      ],
    },
    advanced: {
      title: 'Closures: stale captures, leaks and mutation through shared bindings',
      conceptId: 'closures',
      level: 'advanced',
      explanation: `In long-lived systems, closures fail in subtler ways than the loop bug.

**Stale captures.** A callback registered once and stored (a subscription, a timer, a memoised handler) reads its captured variables at call time, but if the variable was a \`const\` snapshot of state, it keeps the old snapshot forever. React's \`useEffect\` dependency arrays and the "latest ref" pattern exist for this. The remedy is to read current state through something that does not go stale (a ref, a getter, a store) or to re-register when dependencies change.

**Memory retention.** A closure keeps its whole captured environment reachable. An event listener on a long-lived emitter capturing a large request object retains the request until the listener is removed. Engines may share one context object among all closures created in a scope, so a tiny callback can keep a big sibling variable alive.

**Mutation through shared bindings.** Python needs \`nonlocal\` to assign to an enclosing variable; without it, assignment creates a local and reading it first raises \`UnboundLocalError\`. Java's "effectively final" rule and C#'s capture of the variable (not the value) in lambdas are the same design question answered differently.

\`\`\`python
def make_total():
    total = 0
    def add(x: int) -> int:
        nonlocal total
        total += x
        return total
    return add
\`\`\``,
      workedExample: {
        language: 'typescript',
        before: `function watchConfig(emitter: EventEmitter, request: LargeRequest) {
  emitter.on('change', () => {
    log.info('config changed during', request.id);
  });
}`,
        after: `function watchConfig(emitter: EventEmitter, request: LargeRequest): () => void {
  const requestId = request.id;
  const onChange = () => log.info('config changed during', requestId);
  emitter.on('change', onChange);
  return () => emitter.off('change', onChange);
}`,
        note: 'The listener now captures only the id it needs, and the caller gets a way to unregister it, so the request object is not kept alive by a forgotten listener.',
      },
      pitfalls: [
        'Assigning to an enclosing variable in Python without `nonlocal` raises `UnboundLocalError` at the first read.',
        'Listeners and timers that capture large objects keep them alive until removed.',
        'Memoised callbacks with missing dependencies keep reading outdated state.',
      ],
      quiz: [
        {
          kind: 'spot-the-bug',
          prompt: 'Calling `add(1)` raises `UnboundLocalError`. Which line needs a declaration before it?',
          code: `def make_total():
    total = 0
    def add(x):
        total += x
        return total
    return add`,
          bugLine: 4,
          answer: 'Declare `nonlocal total` inside `add` before line 4.',
          explanation: 'Augmented assignment makes `total` local to `add`, so the read on line 4 finds an unassigned local. `nonlocal` binds it to the enclosing function\'s variable.',
        },
        {
          kind: 'predict-output',
          prompt: 'What does this print?',
          code: `let config = { level: 'info' };
const report = () => config.level;
const snapshot = config;
config = { level: 'debug' };
console.log(report(), snapshot.level);`,
          answer: 'debug info',
          explanation: '`report` reads the variable `config` when called, so it sees the new object. `snapshot` holds a reference to the original object, which still says "info".',
        },
      ],
    },
    hints: {
      nudge: 'Which outer variable does this function use, and what value does that variable hold at the moment the function actually runs?',
      concept: 'A closure captures variables from its defining scope by reference, not by value. It sees later assignments, keeps the variables alive, and shares them with every other closure from the same scope.',
      analogousExample: 'Timers created in `for (var k = 0; k < n; k++) setTimeout(() => use(k))` all see `k === n`; with `let k` each iteration has its own binding.',
      pseudoCode: 'find the variables the callback reads from outside\nfor each: decide whether it needs the value now or the variable later\nif the value now: bind it at creation (per-iteration let, default argument, copy into a const)\nif it must assign the outer variable: declare it (nonlocal) or use a mutable holder',
    },
  },
  {
    conceptId: 'scope',
    fundamentals: {
      title: 'Scope: which declaration a name refers to',
      conceptId: 'scope',
      level: 'fundamentals',
      explanation: `Scope is the region of code where a declaration is visible. Most languages resolve names **lexically**: look in the innermost block, then each enclosing block or function, then the module, then globals.

- **Block scope**: \`let\`/\`const\` in JavaScript and TypeScript, locals in Java, C#, Go and Rust live until the closing brace.
- **Function scope**: \`var\` in JavaScript, and *all* local variables in Python, which has no block scope: a variable assigned in an \`if\` or \`for\` is visible after it.
- **Module scope**: top-level declarations of a file; other files see them only if exported.

\`\`\`ts
function total(items: number[]) {
  let sum = 0;
  for (const item of items) {
    const doubled = item * 2;
    sum += doubled;
  }
  return doubled; // error: Cannot find name 'doubled'
}
\`\`\`

**Shadowing** declares an inner name equal to an outer one; the inner one wins inside its block. It is legal and sometimes idiomatic (Rust rebinds with \`let\` on purpose), but accidental shadowing makes code read one variable while the author meant another, which is why linters offer \`no-shadow\`.

The **temporal dead zone**: \`let\` and \`const\` exist from the start of their block, but reading them before the declaration line throws a \`ReferenceError\`.`,
      workedExample: {
        language: 'typescript',
        before: `let retries = 3;

function connect(url: string) {
  if (url.startsWith('https')) {
    let retries = 5; // shadows the outer retries
  }
  return open(url, { retries }); // always 3
}`,
        after: `const defaultRetries = 3;

function connect(url: string) {
  const retries = url.startsWith('https') ? 5 : defaultRetries;
  return open(url, { retries });
}`,
        note: 'The inner declaration created a new variable that died at the end of the `if`; computing one variable in the function scope makes the intended value reach the call.',
      },
      pitfalls: [
        'A `let` inside a block that shadows an outer name creates a new variable; the outer one is never changed.',
        'Python has no block scope: a loop variable survives the loop, and a name assigned in one branch may be unbound in another.',
        'Reading a `let`/`const` before its declaration line throws, even if an outer variable with the same name exists.',
      ],
      quiz: [
        {
          kind: 'predict-output',
          prompt: 'What does this print?',
          code: `let x = 'outer';
function show() {
  if (true) {
    let x = 'inner';
  }
  return x;
}
console.log(show());`,
          answer: 'outer',
          explanation: 'The inner `x` is scoped to the `if` block; outside it, the name resolves to the module-level `x`.',
        },
        {
          kind: 'multiple-choice',
          prompt: 'In Python, what happens when you read `i` after `for i in range(3): pass`?',
          code: '',
          choices: ['NameError', 'It is 2', 'It is 3', 'It is None'],
          answerIndex: 1,
          explanation: 'Python loops do not create a scope. `i` stays bound to the last value assigned, 2. (Had the range been empty, `i` would be unbound.)',
        },
      ],
    },
    advanced: {
      title: 'Scope: hoisting, the temporal dead zone and Python\'s LEGB rule',
      conceptId: 'scope',
      level: 'advanced',
      explanation: `Two mechanisms explain most surprising scope errors.

**Declarations are scoped to their whole block, not from their line.** JavaScript hoists \`var\` (initialised to \`undefined\`) and function declarations (fully) to the top of the function. \`let\`, \`const\` and \`class\` are hoisted too but sit in a temporal dead zone until their line, so an inner \`let x\` makes an earlier \`x\` in the same block a \`ReferenceError\` instead of reading the outer \`x\`.

**Python decides locality at compile time.** If a function assigns to a name anywhere in its body, that name is local for the entire body (LEGB: Local, Enclosing, Global, Built-in). Reading it before the assignment raises \`UnboundLocalError\`, even though a global with the same name exists. \`global\` and \`nonlocal\` change the rule for one name.

\`\`\`python
rate = 0.2
def price(amount: float) -> float:
    if amount > 100:
        rate = 0.1       # makes rate local to the whole function
    return amount * (1 - rate)   # UnboundLocalError when amount <= 100
\`\`\`

Other corners: class bodies in Python are not enclosing scopes for methods or comprehensions inside them; C# forbids a local that shadows another local of the enclosing method; Go's \`:=\` in an inner block silently declares a new variable, a frequent source of "the error was never returned" bugs.`,
      workedExample: {
        language: 'python',
        before: `rate = 0.2

def price(amount: float) -> float:
    if amount > 100:
        rate = 0.1
    return amount * (1 - rate)`,
        after: `DEFAULT_RATE = 0.2

def price(amount: float) -> float:
    rate = 0.1 if amount > 100 else DEFAULT_RATE
    return amount * (1 - rate)`,
        note: 'The local is now assigned on every path, and the module constant has a distinct name, so nothing depends on which scope the compiler chose.',
      },
      pitfalls: [
        'In Go, `x, err := f()` inside an `if` or loop declares a new `err` that shadows the outer one; the outer error stays nil.',
        'One assignment anywhere in a Python function makes the name local everywhere in that function.',
        'JavaScript function declarations inside blocks behave differently in sloppy and strict mode; use `const f = …` in blocks.',
      ],
      quiz: [
        {
          kind: 'spot-the-bug',
          prompt: 'This Go function never returns the write error. Which line causes it?',
          code: `func save(path string, data []byte) error {
	var err error
	if len(data) > 0 {
		_, err := os.Stat(path)
		if err == nil {
			err = os.WriteFile(path, data, 0o644)
		}
	}
	return err
}`,
          bugLine: 4,
          answer: 'Use `_, err = os.Stat(path)` (plain assignment) so the outer `err` is the one updated.',
          explanation: '`:=` declares a new `err` scoped to the `if` block; the write error is stored in it and discarded at the closing brace, so the function returns the outer, nil `err`.',
        },
        {
          kind: 'multiple-choice',
          prompt: 'What does this JavaScript do when run?',
          code: `let level = 'info';
function f() {
  console.log(level);
  let level = 'debug';
}
f();`,
          choices: ['Prints "info"', 'Prints "debug"', 'Prints undefined', 'Throws a ReferenceError'],
          answerIndex: 3,
          explanation: 'The inner `let level` is scoped to the whole function body; before its line it is in the temporal dead zone, so reading it throws rather than falling back to the outer `level`.',
        },
      ],
    },
    hints: {
      nudge: 'Which declaration does this name resolve to at this line? Is there another variable with the same name in an enclosing block?',
      concept: 'Scope determines which declaration a name refers to: names are looked up from the innermost block outwards. Block-scoped variables die at their closing brace, and an inner declaration shadows an outer one with the same name.',
      analogousExample: 'A `result` declared with `let` inside a `try` block is invisible after the block; declaring `let result` before the `try` and assigning inside it makes it available afterwards.',
      pseudoCode: 'find every declaration of the name in enclosing scopes\ndecide which one the code means\ndeclare it once, in the smallest scope that contains every use\nassign (do not redeclare) in inner blocks',
    },
  },
  {
    conceptId: 'immutability',
    fundamentals: {
      title: 'Immutability: values that cannot change under you',
      conceptId: 'immutability',
      level: 'fundamentals',
      explanation: `An immutable value cannot be modified after creation; "changing" it produces a new value. Code that shares immutable data needs no defensive copies and cannot be surprised by another function editing its input.

Distinguish two things that are often confused:

- **An immutable binding**: \`const\` in JavaScript, \`final\` in Java, \`readonly\` fields in C#, a \`let\` without \`mut\` in Rust. The variable cannot be reassigned.
- **An immutable value**: the object itself cannot change. \`const user = { name: 'a' }\` still allows \`user.name = 'b'\`.

\`\`\`ts
const tags = ['a', 'b'];
tags.push('c');                 // allowed: const binds, it does not freeze
const frozen: readonly string[] = tags;
frozen.push('d');               // compile error: push does not exist on readonly string[]
\`\`\`

Tools per language: TypeScript \`readonly\`, \`ReadonlyArray\`, \`as const\` and \`Object.freeze\` (shallow, at run time); Python tuples, \`frozenset\` and \`@dataclass(frozen=True)\`; Java records and \`List.of\`; C# records and \`init\` accessors; Rust immutability by default.

Update immutably with spread or copy methods: \`{ ...user, name: 'b' }\`, \`[...items, next]\`, and the ES2023 non-mutating array methods \`toSorted\`, \`toReversed\`, \`with\`.`,
      workedExample: {
        language: 'typescript',
        before: `function topScores(scores: number[]): number[] {
  return scores.sort((a, b) => b - a).slice(0, 3);
}

const all = [3, 9, 5, 7];
topScores(all);
console.log(all); // [9, 7, 5, 3]: the caller's array was reordered`,
        after: `function topScores(scores: readonly number[]): number[] {
  return [...scores].sort((a, b) => b - a).slice(0, 3);
}

const all = [3, 9, 5, 7];
topScores(all);
console.log(all); // [3, 9, 5, 7]`,
        note: '`sort` mutates in place; copying first (or `toSorted` on Node 20+) leaves the input alone, and `readonly` makes the compiler reject accidental mutation.',
      },
      pitfalls: [
        '`const` prevents reassignment, not mutation of the object it points to.',
        '`Object.freeze` and `readonly` are shallow: nested objects stay mutable.',
        '`Array.prototype.sort` and `reverse` mutate the array they are called on.',
      ],
      quiz: [
        {
          kind: 'predict-output',
          prompt: 'What does this print?',
          code: `const original = [3, 1, 2];
const sorted = original.sort();
sorted.push(4);
console.log(original.join(','));`,
          answer: '1,2,3,4',
          explanation: '`sort` sorts in place and returns the same array, so `sorted` and `original` are one object; the push is visible through both names.',
        },
        {
          kind: 'multiple-choice',
          prompt: 'Which Python type is immutable?',
          code: '',
          choices: ['list', 'dict', 'tuple', 'set'],
          answerIndex: 2,
          explanation: 'Tuples cannot be changed after creation (though they can contain mutable objects). Lists, dicts and sets are mutable; `frozenset` is the immutable set.',
        },
      ],
    },
    advanced: {
      title: 'Immutability: deep vs shallow, aliasing and persistent updates',
      conceptId: 'immutability',
      level: 'advanced',
      explanation: `Immutability pays off at boundaries (caches, shared configuration, state stores, concurrent readers) and costs allocation elsewhere. The advanced part is knowing exactly how deep each guarantee goes.

**Shallow guarantees.** \`readonly\`, \`Readonly<T>\`, \`Object.freeze\`, Python's frozen dataclasses and Java records all protect only the top level. A frozen dataclass holding a \`list\` can still have the list appended to. Use \`ReadonlyArray\`/\`ReadonlyMap\` or a recursive \`DeepReadonly<T>\` type, tuples and frozensets, \`List.copyOf\`, or \`ImmutableArray\` in .NET for the nested parts.

**Aliasing.** A read-only *view* is not an immutable *value*: \`const view: readonly number[] = arr\` still changes when someone mutates \`arr\`. Copy at the boundary (constructor or setter) when you must own the data.

**Structural sharing.** Immutable updates copy only the path that changes: \`{ ...state, user: { ...state.user, name } }\` reuses every other branch. That makes equality checks cheap (\`prev !== next\` means "changed"), which React, Redux and memoisation rely on. Mutating in place breaks that signal and leads to UIs that do not refresh.

\`\`\`ts
const next = { ...state, items: state.items.map((it) => (it.id === id ? { ...it, done: true } : it)) };
\`\`\``,
      workedExample: {
        language: 'python',
        before: `from dataclasses import dataclass

@dataclass(frozen=True)
class Team:
    name: str
    members: list[str]

core = Team("core", ["ana"])
core.members.append("bo")  # allowed: the list itself is mutable`,
        after: `from dataclasses import dataclass

@dataclass(frozen=True)
class Team:
    name: str
    members: tuple[str, ...]

core = Team("core", ("ana",))
grown = Team(core.name, core.members + ("bo",))  # a new value; core is unchanged`,
        note: 'Freezing the dataclass only stops reassigning fields; a tuple makes the members immutable too, so a Team really cannot change after construction.',
      },
      pitfalls: [
        'A frozen or readonly container holding mutable objects is only shallowly immutable.',
        'A readonly view of an array still reflects mutations made through other references to it.',
        'Mutating state in place defeats reference-equality change detection in UI frameworks and memoised selectors.',
      ],
      quiz: [
        {
          kind: 'spot-the-bug',
          prompt: 'The UI does not re-render after marking a task done. Which line mutates state in place?',
          code: `function reducer(state: State, action: Action): State {
  if (action.type === 'done') {
    const task = state.tasks.find((t) => t.id === action.id);
    if (task) task.done = true;
    return { ...state };
  }
  return state;
}`,
          bugLine: 4,
          answer: 'Build a new task and a new array: `tasks: state.tasks.map((t) => (t.id === action.id ? { ...t, done: true } : t))`.',
          explanation: 'Line 4 changes the existing task object, so `state.tasks` and the task keep their identity; components that compare them by reference see no change.',
        },
        {
          kind: 'predict-output',
          prompt: 'What does this print?',
          code: `const settings = Object.freeze({ theme: 'dark', flags: { beta: false } });
settings.flags.beta = true;
console.log(settings.flags.beta);`,
          answer: 'true',
          explanation: '`Object.freeze` is shallow: `settings.flags` cannot be replaced, but the nested object it points to is not frozen.',
        },
      ],
    },
    hints: {
      nudge: 'Is something being changed in place that another part of the code also holds a reference to?',
      concept: 'Immutability means values are never modified after creation; updates build new values. A constant binding is not the same thing: `const` stops reassignment, not mutation.',
      analogousExample: 'Passing `options` to a helper that does `options.timeout = 0` changes the caller\'s object too; `const local = { ...options, timeout: 0 }` changes only the copy.',
      pseudoCode: 'find where the shared value is modified\nreplace the modification with building a new value (copy, spread, non-mutating method)\ntype inputs as readonly so the compiler rejects future in-place changes',
    },
  },
  {
    conceptId: 'modules-imports',
    fundamentals: {
      title: 'Modules and imports: how code in one file reaches another',
      conceptId: 'modules-imports',
      level: 'fundamentals',
      explanation: `A module is a unit of code with its own scope; only what it exports is visible to importers. Resolving an import involves two questions: **which file** the specifier points to, and **which name** inside it you get.

In TypeScript/JavaScript ES modules:

\`\`\`ts
// money.ts
export function format(cents: number): string { return (cents / 100).toFixed(2); }
export const currency = 'EUR';

// invoice.ts
import { format, currency } from './money';   // named imports
import type { Invoice } from './invoice-types'; // types only, erased at run time
\`\`\`

Named imports must match exported names exactly; a default export is imported under any name, which is why many teams avoid defaults. Relative specifiers (\`./money\`) resolve against the importing file; bare specifiers (\`zod\`) resolve through \`node_modules\` and the package's \`exports\` map.

Common errors: "Cannot find module" (wrong path, missing dependency, missing type declarations, or a \`moduleResolution\` setting that does not match the runtime), "has no exported member" (a typo or a default/named mismatch) and circular imports, where one module sees another half-initialised.

Python imports work by package path (\`from app.billing import format_money\`) resolved against \`sys.path\`; Java and C# import by package or namespace; Go by module path; Rust with \`use crate::…\` inside a crate.`,
      workedExample: {
        language: 'typescript',
        before: `// logger.ts
export default function log(msg: string) { console.log(msg); }

// app.ts
import { log } from './logger'; // error: Module has no exported member 'log'
log('started');`,
        after: `// logger.ts
export function log(msg: string) { console.log(msg); }

// app.ts
import { log } from './logger';
log('started');`,
        note: 'A default export is not a named export called `log`; exporting by name makes the import, renames and auto-imports all agree.',
      },
      pitfalls: [
        'Mixing default and named imports for the same export causes "has no exported member" or an undefined value.',
        'A path that works in the editor can fail at run time when `moduleResolution` does not match how the code is executed or bundled.',
        'Importing a type without `import type` keeps a runtime import alive, which can create cycles or pull in side effects.',
      ],
      quiz: [
        {
          kind: 'multiple-choice',
          prompt: 'Given `export const rate = 3;` in `tax.ts`, which import is correct?',
          code: '',
          choices: ["import rate from './tax';", "import { rate } from './tax';", "import * as rate from './tax';", "require { rate } from './tax';"],
          answerIndex: 1,
          explanation: 'Named exports are imported by name in braces. The default-import form expects `export default`; the namespace form gives an object with `rate` as a property.',
        },
        {
          kind: 'spot-the-bug',
          prompt: 'Running `python -m app.main` fails with ModuleNotFoundError. Which line is wrong?',
          code: `# app/main.py  (package "app" contains billing.py)
import os
from billing import total
print(total([1, 2]))`,
          bugLine: 3,
          answer: 'Import through the package: `from app.billing import total` (or the relative `from .billing import total`).',
          explanation: 'With `-m app.main`, the project root is on `sys.path`, not the `app` folder, so the bare `billing` module is not found; the import must name the package.',
        },
      ],
    },
    advanced: {
      title: 'Modules: ESM vs CommonJS, cycles and side effects on import',
      conceptId: 'modules-imports',
      level: 'advanced',
      explanation: `Most hard module bugs come from **two module systems**, **cycles** and **import-time side effects**.

**ESM and CommonJS.** Node treats \`.mjs\` and files under \`"type": "module"\` as ES modules, \`.cjs\` and the rest as CommonJS. ESM can import CommonJS (through its \`module.exports\` as the default); CommonJS cannot \`require\` ESM synchronously on Node 20 (Node 22 added \`require(esm)\`), so it needs \`await import()\`. ES module specifiers need real file extensions at run time unless a bundler rewrites them. Match TypeScript's \`module\`/\`moduleResolution\` (\`NodeNext\` for Node, \`Bundler\` for esbuild/Vite) to what actually runs the code.

**Cycles.** If \`a\` imports \`b\` and \`b\` imports \`a\`, one of them runs first and sees the other's bindings uninitialised: \`undefined\` in CommonJS, a \`ReferenceError\` for ESM \`let\`/\`const\`/\`class\`. Python raises \`ImportError: cannot import name … (most likely due to a circular import)\`. Break cycles by moving shared pieces to a third module, importing types only (\`import type\`, \`if TYPE_CHECKING:\`), or deferring the import into the function that needs it.

**Side effects.** Top-level code runs once, on first import, in dependency order. Reading configuration, opening connections or registering globals at import time makes tests order-dependent and startup slow. Export functions that do the work, and call them from the entry point.`,
      workedExample: {
        language: 'python',
        before: `# orders.py
from customers import Customer

class Order:
    def owner(self) -> Customer: ...

# customers.py
from orders import Order  # circular: orders is half-initialised here

class Customer:
    def orders(self) -> list[Order]: ...`,
        after: `# customers.py
from __future__ import annotations
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from orders import Order  # only for the type checker

class Customer:
    def orders(self) -> list[Order]: ...`,
        note: 'The import was only needed for annotations; under `TYPE_CHECKING` it never runs, so the cycle disappears at run time while type checking still sees it.',
      },
      pitfalls: [
        'CommonJS cannot synchronously `require` an ES module on Node 20.',
        'In a cycle, a module can observe another module\'s exports before they are initialised.',
        'Work done at import time runs in tests, tools and every process that merely imports the module.',
      ],
      quiz: [
        {
          kind: 'multiple-choice',
          prompt: 'Which TypeScript `moduleResolution` setting fits code bundled by esbuild with extensionless imports?',
          code: '',
          choices: ['Classic', 'Node10', 'Bundler', 'NodeNext with no file extensions'],
          answerIndex: 2,
          explanation: '`Bundler` models bundlers: `package.json` exports are respected and relative imports need no extension. `NodeNext` requires extensions in ES modules because Node itself does.',
        },
        {
          kind: 'predict-output',
          prompt: 'Two modules import each other. Running `python a.py` prints what?',
          code: `# a.py
print("a start")
import b
print("a end")

# b.py
print("b start")
import a
print("b end")`,
          answer: 'a start\nb start\na start\na end\nb end\na end',
          explanation: 'Running a.py executes it as `__main__`. Importing b runs b.py; b then imports `a`, which is not yet in `sys.modules` under that name, so a.py runs a second time as module `a`; its `import b` finds the half-finished `b` in `sys.modules` and does not re-run it, so that copy prints "a end". Then b finishes, and finally the main script.',
        },
      ],
    },
    hints: {
      nudge: 'Does the import name exactly what the other module exports, and does the path resolve to the file you think from where the code runs?',
      concept: 'A module exposes only what it exports; importing resolves a specifier to a file, then a name to an export. Named and default exports are distinct, and resolution rules depend on the module system and the tool running the code.',
      analogousExample: '`import express from "express"` works under `esModuleInterop` while `import { express } from "express"` fails, because the package exposes a default export, not a named `express`.',
      pseudoCode: 'open the exporting module and list its exports\nmatch the import form to them (named vs default)\ncheck the specifier resolves from the importing file under the project\'s resolution rules\nif modules import each other: move the shared part to a third module or import types only',
    },
  },
  {
    conceptId: 'classes-inheritance',
    fundamentals: {
      title: 'Classes and inheritance: constructors, super and overriding',
      conceptId: 'classes-inheritance',
      level: 'fundamentals',
      explanation: `A subclass inherits the fields and methods of its base class and may **override** methods to specialise behaviour. Two rules cause most compiler errors:

1. **Initialise the base first.** In TypeScript/JavaScript a derived constructor must call \`super(...)\` before touching \`this\`; Java and C# call the base constructor first implicitly (or via \`super(...)\`/\`: base(...)\`); Python requires an explicit \`super().__init__(...)\`, and forgetting it leaves base attributes missing.
2. **Overrides must be compatible.** Same name, compatible parameters and return type. Mark them: \`override\` in TypeScript (with \`noImplicitOverride\`) and C#, \`@Override\` in Java, \`@override\` from \`typing\` in Python 3.12. The marker turns a silent typo into a compile error.

\`\`\`ts
class Shape {
  constructor(readonly name: string) {}
  area(): number { return 0; }
}
class Circle extends Shape {
  constructor(readonly r: number) { super('circle'); }
  override area(): number { return Math.PI * this.r ** 2; }
}
\`\`\`

Calls are dispatched on the runtime object: \`const s: Shape = new Circle(1); s.area()\` runs \`Circle.area\`. That polymorphism is the point of inheritance; if a subclass only wants to reuse code, composition is usually simpler.`,
      workedExample: {
        language: 'python',
        before: `class Repository:
    def __init__(self, url: str) -> None:
        self.url = url
        self.cache: dict[str, object] = {}

class UserRepository(Repository):
    def __init__(self, url: str, table: str) -> None:
        self.table = table

repo = UserRepository("db://", "users")
repo.cache  # AttributeError: no attribute 'cache'`,
        after: `class Repository:
    def __init__(self, url: str) -> None:
        self.url = url
        self.cache: dict[str, object] = {}

class UserRepository(Repository):
    def __init__(self, url: str, table: str) -> None:
        super().__init__(url)
        self.table = table`,
        note: 'Python never calls the base initialiser implicitly once a subclass defines `__init__`; calling `super().__init__` sets up the inherited attributes.',
      },
      pitfalls: [
        'Using `this` before `super()` in a derived constructor is an error in TypeScript and JavaScript.',
        'Without an override marker, misspelling a method name in a subclass silently adds a new method.',
        'Calling an overridable method from a base constructor runs the subclass version before the subclass fields are initialised.',
      ],
      quiz: [
        {
          kind: 'predict-output',
          prompt: 'What does this print?',
          code: `class Animal {
  speak(): string { return 'generic ' + this.sound(); }
  sound(): string { return '...'; }
}
class Dog extends Animal {
  override sound(): string { return 'woof'; }
}
const a: Animal = new Dog();
console.log(a.speak());`,
          answer: 'generic woof',
          explanation: 'Method calls dispatch on the runtime object. `speak` is inherited, but its call to `this.sound()` runs `Dog.sound`, even though the variable is typed `Animal`.',
        },
        {
          kind: 'multiple-choice',
          prompt: 'What does TypeScript\'s `noImplicitOverride` do?',
          code: '',
          choices: [
            'Forbids overriding methods entirely.',
            'Requires the `override` keyword on members that override a base member, and rejects `override` where nothing is overridden.',
            'Makes every method final.',
            'Adds `super` calls automatically.',
          ],
          answerIndex: 1,
          explanation: 'With the keyword mandatory, renaming a base method or misspelling an override becomes a compile error instead of a silently unused method.',
        },
      ],
    },
    advanced: {
      title: 'Inheritance: substitutability, fragile bases and composition',
      conceptId: 'classes-inheritance',
      level: 'advanced',
      explanation: `Inheritance is safe when a subclass can stand in for its base everywhere (Liskov substitution): it accepts at least what the base accepts, returns what the base promises and keeps the base's invariants. \`Square extends Rectangle\` with a \`setWidth\` that also changes the height breaks callers who resize rectangles, even though every method type-checks.

**Fragile base classes.** A subclass depends on the base's implementation details, such as which methods call which. If \`addAll\` in the base calls \`add\`, a subclass counting additions in both overrides double-counts; if a later base version stops calling \`add\`, it under-counts. Design for inheritance explicitly (document self-use, make other members \`final\`/\`sealed\`) or forbid it.

**Constructors calling overridable methods** run subclass code before the subclass is initialised. In TypeScript, subclass field initialisers run after \`super()\` returns, so the override sees \`undefined\` fields.

**Prefer composition** when the relationship is "uses" rather than "is a": hold a collaborator and delegate, and type it by an interface. Kotlin and C# sealed hierarchies, Java 21 sealed interfaces with records, and TypeScript discriminated unions cover the "closed set of variants" case that inheritance was often misused for, with exhaustive matching instead of virtual dispatch.

\`\`\`java
sealed interface Shape permits Circle, Square {}
record Circle(double r) implements Shape {}
record Square(double side) implements Shape {}
\`\`\``,
      workedExample: {
        language: 'typescript',
        before: `class Base {
  constructor() { this.init(); }
  init() {}
}
class Widget extends Base {
  items: string[] = [];
  override init() { this.items.push('default'); } // items is undefined here
}
new Widget(); // TypeError: Cannot read properties of undefined`,
        after: `class Base {
  start() { this.init(); }
  init() {}
}
class Widget extends Base {
  items: string[] = [];
  override init() { this.items.push('default'); }
}
const w = new Widget();
w.start();`,
        note: 'Subclass fields are initialised only after the base constructor returns; calling the overridable hook after construction ensures the subclass is ready.',
      },
      pitfalls: [
        'A subclass that narrows what a base method accepts, or weakens what it guarantees, breaks callers that only know the base type.',
        'Overriding several base methods that call each other ties the subclass to the base\'s internal call graph.',
        'Virtual calls from constructors see uninitialised subclass state.',
      ],
      quiz: [
        {
          kind: 'predict-output',
          prompt: 'What does this print?',
          code: `class Base {
  constructor() { console.log(this.describe()); }
  describe(): string { return 'base'; }
}
class Child extends Base {
  label = 'child';
  override describe(): string { return String(this.label); }
}
new Child();`,
          answer: 'undefined',
          explanation: 'The base constructor calls the overridden `describe` before `Child`\'s field initialiser has run, so `this.label` is still undefined.',
        },
        {
          kind: 'spot-the-bug',
          prompt: 'The counter reports 6 after adding three items. Which line double-counts?',
          code: `class CountingSet<T> extends BaseSet<T> {
  count = 0;
  override add(item: T) { this.count++; super.add(item); }
  override addAll(items: T[]) { this.count += items.length; super.addAll(items); }
}
// BaseSet.addAll calls this.add for each item`,
          bugLine: 4,
          answer: 'Do not count in `addAll`; let the inherited `addAll` reach the counting `add` (or use composition and count in one place).',
          explanation: 'The base `addAll` calls `add` per item, which already counts, so counting again in the `addAll` override doubles it: the fragile-base-class problem.',
        },
      ],
    },
    hints: {
      nudge: 'Look at how the subclass sets itself up and what it overrides: is the base class initialised first, and does the override match the base member?',
      concept: 'A subclass inherits from its base and may override methods, which are then dispatched on the runtime object. The base must be initialised first, and overrides must keep the base\'s contract.',
      analogousExample: 'A `class Admin extends User` whose constructor sets `this.role` before calling `super(name)` fails to compile; calling `super(name)` first, then setting the role, works.',
      pseudoCode: 'in the subclass constructor: call the base constructor first with what it needs\nthen initialise subclass state\nmark each overriding method as an override and keep its signature compatible\nif the subclass only reuses code: hold the other class as a field instead',
    },
  },
  {
    conceptId: 'unused-code',
    fundamentals: {
      title: 'Unused code: why compilers and linters flag it',
      conceptId: 'unused-code',
      level: 'fundamentals',
      explanation: `Unused variables, parameters, imports and unreachable statements are reported because they usually signal a bug, not just clutter: a value computed and never used is often a value someone forgot to use.

\`\`\`ts
async function save(user: User) {
  const validated = validate(user);  // 'validated' is declared but never read
  await db.insert(user);             // the unvalidated object is saved
}
\`\`\`

Where the checks come from:

- TypeScript: \`noUnusedLocals\`, \`noUnusedParameters\`, \`allowUnreachableCode: false\`; ESLint \`no-unused-vars\` and \`@typescript-eslint/no-unused-vars\`.
- Go: an unused local variable or import is a compile error, not a warning.
- Rust: \`unused_variables\` and \`dead_code\` warnings; a \`#[must_use]\` result ignored warns too.
- Python: pyright/pylance and ruff (\`F401\` unused import, \`F841\` unused variable).
- C#/Java: IDE analyzers (\`IDE0059\`, \`IDE0060\`) and the compiler's unreachable-code warnings.

Fix in this order: first ask whether the value *should* be used (the bug above); then delete it; only if it must stay (a callback parameter required by a signature) mark it as intentionally unused: a leading underscore (\`_event\`), \`_\` in Go, Rust and Python, or \`void expr\` for a deliberately ignored promise.`,
      workedExample: {
        language: 'typescript',
        before: `import { formatDate, parseDate } from './dates';

export function label(due: string): string {
  const parsed = parseDate(due);
  return \`Due \${due}\`;
}`,
        after: `import { formatDate, parseDate } from './dates';

export function label(due: string): string {
  const parsed = parseDate(due);
  return \`Due \${formatDate(parsed)}\`;
}`,
        note: 'Both warnings (unused `parsed`, unused `formatDate`) pointed at one bug: the label printed the raw string instead of the formatted date.',
      },
      pitfalls: [
        'Deleting an unused variable without asking why it was computed can hide the real bug.',
        'Prefixing with `_` to silence a warning on a value that should be used hides the same bug.',
        'Unused imports can still run side effects; check before deleting an import whose module registers something.',
      ],
      quiz: [
        {
          kind: 'spot-the-bug',
          prompt: 'ESLint reports `trimmed` as unused. Which line holds the real bug?',
          code: `function normalizeEmail(input: string): string {
  const trimmed = input.trim();
  return input.toLowerCase();
}`,
          bugLine: 3,
          answer: 'Return `trimmed.toLowerCase()`.',
          explanation: 'The warning is on line 2, but the mistake is on line 3, which uses the original `input` and ignores the trimmed value.',
        },
        {
          kind: 'multiple-choice',
          prompt: 'What does the Go compiler do with an unused local variable?',
          code: '',
          choices: ['Nothing', 'Warns', 'Refuses to compile', 'Removes it silently'],
          answerIndex: 2,
          explanation: 'Go treats unused locals and imports as compile errors ("declared and not used"); use `_` to discard a value on purpose.',
        },
      ],
    },
    advanced: {
      title: 'Unused code at scale: dead exports, ignored results and safe removal',
      conceptId: 'unused-code',
      level: 'advanced',
      explanation: `Compiler checks see one file at a time; larger codebases accumulate dead code they cannot see.

**Dead exports.** An exported function nobody imports passes \`noUnusedLocals\`. Tools that analyse the whole program find them: \`knip\` or \`ts-prune\` for TypeScript, \`vulture\` for Python, \`deadcode\` for Go, the .NET and IntelliJ "unused declaration" inspections. Public library APIs are the exception: unused inside the repository is not unused by users.

**Ignored results.** An unused *return value* is a sharper bug than an unused variable: \`list.sort()\` mistaken for a copy, \`str.replace\` in Python or Java (strings are immutable, the result is the only output), a \`Result\` dropped in Rust, an \`error\` ignored in Go, a floating promise in TypeScript. Rust's \`#[must_use]\`, Java's Error Prone \`@CheckReturnValue\`, and \`no-floating-promises\` catch these.

\`\`\`python
name = " Ada "
name.strip()          # result discarded: name is unchanged
name = name.strip()   # what was meant
\`\`\`

**Unreachable code** after \`return\`, \`throw\` or an exhaustive \`if\`/\`else\` usually means a misplaced early return.

**Safe removal.** Before deleting, check for dynamic uses the analyser cannot see: reflection, dependency injection by name, string-keyed registries, framework conventions (route handlers, test fixtures) and feature flags. Delete in small commits, so a revert is cheap.`,
      workedExample: {
        language: 'python',
        before: `def clean_tags(tags: list[str]) -> list[str]:
    for i, tag in enumerate(tags):
        tag.strip().lower()
    sorted(tags)
    return tags`,
        after: `def clean_tags(tags: list[str]) -> list[str]:
    return sorted(tag.strip().lower() for tag in tags)`,
        note: '`str` methods and `sorted` return new values; discarding them made the function a no-op. Using the results removes both the unused work and the bug.',
      },
      pitfalls: [
        'Methods on immutable values (strings, `sorted`, Rust `Result`) return their effect; ignoring the result discards it.',
        'Whole-program dead-code tools cannot see reflection, string-keyed lookups or framework conventions.',
        'Unreachable code after an early `return` often means the return is misplaced, not that the code is dead.',
      ],
      quiz: [
        {
          kind: 'predict-output',
          prompt: 'What does this print?',
          code: `name = "  Ada  "
name.strip()
print(f"[{name}]")`,
          answer: '[  Ada  ]',
          explanation: 'Strings are immutable: `strip` returns a new string, which was discarded, so `name` still has its spaces.',
        },
        {
          kind: 'multiple-choice',
          prompt: 'Which tool finds exported TypeScript functions that no module imports?',
          code: '',
          choices: ['tsc with noUnusedLocals', 'knip (or ts-prune)', 'prettier', 'the `strict` flag'],
          answerIndex: 1,
          explanation: '`noUnusedLocals` considers exports used. Whole-project analysers such as knip follow imports across files to find exports and files nobody uses.',
        },
      ],
    },
    hints: {
      nudge: 'Before deleting what is unused, ask why it was written: was it meant to be used on the next line?',
      concept: 'Unused variables, imports and results are flagged because they often mean a value was computed and then forgotten. Use it if it was meant to be used, delete it if not, and mark it intentionally unused only when a signature requires it.',
      analogousExample: 'An unused `const sanitized = escapeHtml(comment)` next to `render(comment)` is an XSS bug, not clutter: `render(sanitized)` was the intent.',
      pseudoCode: 'for each unused name or discarded result:\n    find the place where it was probably meant to be used\n    if there is one: use it there\n    else if a signature requires it: mark it as intentionally unused\n    else: delete it',
    },
  },
  {
    conceptId: 'naming-declarations',
    fundamentals: {
      title: 'Declarations and names: declare once, spell consistently',
      conceptId: 'naming-declarations',
      level: 'fundamentals',
      explanation: `Before a name can be used it must be declared in a scope that contains the use, exactly once in that scope, and spelled identically everywhere (names are case-sensitive in all mainstream languages except SQL keywords and a few others).

The errors you meet map onto those rules:

- **"Cannot find name" / NameError / "cannot find symbol" / "undefined: x"**: no declaration is visible, because of a typo, a missing import, use outside the declaring block, or a global that exists only at run time (declare it for the checker, e.g. \`declare const\` or \`@types/...\`).
- **"Duplicate identifier" / "already declared" / "redeclared in this block"**: two declarations in one scope. Rename one, or assign instead of redeclaring.
- **"Used before declaration"**: \`let\`/\`const\` and classes cannot be used above their line in the same scope.

\`\`\`ts
const userId = req.params.id;
const user = await findUser(userid); // Cannot find name 'userid'. Did you mean 'userId'?
\`\`\`

Read the "Did you mean" suggestion; accept the editor's quick fix for missing imports. Good names prevent the next error: one concept, one name across the codebase (\`customer\` or \`client\`, not both), units in names where they matter (\`timeoutMs\`), booleans that read as questions (\`isExpired\`).`,
      workedExample: {
        language: 'typescript',
        before: `function totalPrice(items: Item[]) {
  let total = 0;
  for (const item of items) {
    let total = total + item.price; // redeclares and reads itself
  }
  return total;
}`,
        after: `function totalPrice(items: Item[]) {
  let total = 0;
  for (const item of items) {
    total = total + item.price;
  }
  return total;
}`,
        note: 'The inner `let` declared a second `total` scoped to the loop body and read it in its own initialiser; plain assignment updates the one declared above.',
      },
      pitfalls: [
        'Re-declaring with `let`/`const` inside a block creates a new variable instead of updating the outer one.',
        'Names differing only in case (`userId`, `userID`) are different names; pick one convention per codebase.',
        'A global provided at run time (a script tag, a test framework) still needs a declaration or types for the checker.',
      ],
      quiz: [
        {
          kind: 'multiple-choice',
          prompt: 'TypeScript says "Cannot find name \'describe\'" in a test file. What is the usual fix?',
          code: `describe('cart', () => { /* ... */ });`,
          choices: [
            'Declare `function describe() {}` at the top of the file.',
            'Install and include the test framework\'s type declarations (e.g. `@types/mocha` in `types`).',
            'Rename the test file to .js.',
            'Add `// @ts-ignore` above every test.',
          ],
          answerIndex: 1,
          explanation: 'The test runner provides `describe` as a global at run time; the compiler only knows about it through the framework\'s type declarations.',
        },
        {
          kind: 'spot-the-bug',
          prompt: 'Which line raises NameError?',
          code: `def greeting(user_name: str) -> str:
    prefix = "Hello"
    return f"{prefix}, {username}!"`,
          bugLine: 3,
          answer: 'Use the parameter\'s actual name: `{user_name}`.',
          explanation: 'The parameter is `user_name`; `username` is a different, undeclared name, so Python raises NameError when the f-string is evaluated.',
        },
      ],
    },
    advanced: {
      title: 'Declarations: merging, hoisting and names across module boundaries',
      conceptId: 'naming-declarations',
      level: 'advanced',
      explanation: `In larger codebases, name errors come from the ways declarations combine.

**Declaration merging (TypeScript).** Interfaces with the same name in one scope merge; a namespace can merge with a function, class or enum. That is how you augment a library type (\`declare module 'express' { interface Request { user?: User } }\`), and also how an accidental global \`interface Window\` in a script file silently changes every file. A file without \`import\`/\`export\` is a global script: its top-level declarations collide with other scripts' ("Cannot redeclare block-scoped variable"). Add \`export {}\` to make it a module.

**Type vs value namespaces.** In TypeScript, \`interface User\` and \`const User\` may coexist: one is a type, one a value. \`import type { User }\` brings only the type, so using \`User\` as a value fails with "cannot be used as a value because it was imported using import type".

**Shadowing globals.** Declaring \`name\`, \`status\` or \`event\` at the top of a browser script shadows (or collides with) DOM globals; \`list\`, \`id\`, \`type\` and \`input\` in Python shadow builtins and break later calls to them.

\`\`\`python
list = get_items()       # shadows the builtin
copy = list(other)       # TypeError: 'list' object is not callable
\`\`\`

**Public names are API.** Renaming an export breaks importers; deprecate with an alias first (\`export const oldName = newName\` with \`@deprecated\`), then remove.`,
      workedExample: {
        language: 'typescript',
        before: `// globals.ts (no import or export: a global script)
const config = { debug: true };

// other-script.ts (also a global script)
const config = loadConfig(); // Cannot redeclare block-scoped variable 'config'`,
        after: `// globals.ts
export const defaultConfig = { debug: true };

// app.ts
import { defaultConfig } from './globals';
const config = { ...defaultConfig, ...loadConfig() };`,
        note: 'Files without imports or exports share one global scope; making them modules gives each file its own scope and an explicit import for what is shared.',
      },
      pitfalls: [
        'A TypeScript file with no `import`/`export` is a global script whose declarations clash with other scripts.',
        'Naming a variable after a builtin (`list`, `type`, `id`) breaks later uses of the builtin in that scope.',
        'Renaming an exported name without a deprecated alias breaks every importer at once.',
      ],
      quiz: [
        {
          kind: 'predict-output',
          prompt: 'What does this print?',
          code: `def total(values):
    sum = 0
    for v in values:
        sum += v
    return sum

print(total([1, 2, 3]), sum([4, 5]))`,
          answer: '6 9',
          explanation: 'The local `sum` shadows the builtin only inside `total`; at module level, `sum` is still the builtin, so `sum([4, 5])` is 9.',
        },
        {
          kind: 'multiple-choice',
          prompt: 'Two TypeScript files each declare `const config` at top level and neither has imports or exports. What fixes the "Cannot redeclare" error without renaming?',
          code: '',
          choices: [
            'Use `var` instead of `const`.',
            'Add `export {}` (or any import/export) so each file is a module with its own scope.',
            'Turn off `strict`.',
            'Wrap the declarations in `declare global`.',
          ],
          answerIndex: 1,
          explanation: 'Files without imports or exports are scripts sharing the global scope. Any top-level import or export makes a file a module, scoping its declarations to it.',
        },
      ],
    },
    hints: {
      nudge: 'Check the exact spelling of the name and where it is declared: is that declaration visible from here, and is it the only one in this scope?',
      concept: 'Every name must be declared once per scope, in a scope that contains its use, and spelled the same everywhere. Missing, duplicate and misspelled declarations are what "cannot find name" and "duplicate identifier" errors report.',
      analogousExample: 'A handler using `res.json(reponse)` fails with "Cannot find name \'reponse\'" while `response` is declared two lines above: a typo, which the editor\'s "Did you mean" quick fix resolves.',
      pseudoCode: 'find the name in the error\nsearch for its declaration (same file, imports, enclosing scopes)\nif missing: import or declare it where every use can see it\nif duplicated: keep one declaration and assign in the other places\nif misspelled: use one spelling everywhere',
    },
  },
];
