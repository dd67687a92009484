import type { LibraryEntry } from '../libraryEntry';

/**
 * Offline library entries for JavaScript runtime semantics (the general fallback entry, `this` binding,
 * `var`/`let`/`const`); the library registry serves them when no LLM is available.
 */
export const javascriptLanguageEntries: readonly LibraryEntry[] = [
  {
    conceptId: 'js.this-binding',
    fundamentals: {
      title: 'How `this` is bound in JavaScript',
      conceptId: 'js.this-binding',
      level: 'fundamentals',
      explanation: `In a regular \`function\` or method, \`this\` is decided by **how the function is called**, not where it is defined:

- \`obj.method()\`: \`this\` is \`obj\`.
- \`const f = obj.method; f()\`: \`this\` is \`undefined\` in strict mode (modules and classes are always strict).
- \`f.call(x)\`, \`f.apply(x)\`, \`f.bind(x)\`: \`this\` is \`x\`.
- \`new F()\`: \`this\` is the new object.

Arrow functions have no \`this\` of their own: they use the \`this\` of the scope they were created in, permanently.

~~~js
class Counter {
  count = 0;
  increment() { this.count++; }
}
const c = new Counter();
button.addEventListener('click', c.increment);        // this is the button element
setTimeout(c.increment, 0);                           // this is undefined: TypeError
button.addEventListener('click', () => c.increment()); // ok
~~~

The classic bug is passing a method as a callback: the method is detached from its object, and the caller invokes it with some other \`this\`. Fix it at the point of passing (an arrow wrapper or \`.bind(obj)\`) or at the definition (a class field holding an arrow function: \`increment = () => { this.count++; }\`), which binds per instance at the cost of one function object per instance.`,
      workedExample: {
        language: 'javascript',
        before: `class Poller {
  constructor(client) { this.client = client; this.timer = null; }
  tick() { return this.client.fetchStatus(); }
  start() { this.timer = setInterval(this.tick, 5000); }
}
// TypeError: Cannot read properties of undefined (reading 'fetchStatus')`,
        after: `class Poller {
  constructor(client) { this.client = client; this.timer = null; }
  tick() { return this.client.fetchStatus(); }
  start() { this.timer = setInterval(() => this.tick(), 5000); }
}`,
        note: 'setInterval calls the function it was given without a receiver, so inside tick this was not the Poller. The arrow function captures the Poller\'s this and calls tick as a method.',
      },
      pitfalls: [
        'Passing `obj.method` as a callback (event listeners, timers, promise `.then`, array methods) and losing `this`.',
        'Using an arrow function as an object-literal method and expecting `this` to be the object.',
        'Calling `.bind` inside `render` or a loop, creating a new function each time and breaking `removeEventListener`.',
      ],
      quiz: [
        {
          kind: 'predict-output',
          prompt: 'What does this print?',
          code: `'use strict';
const account = {
  owner: 'ada',
  name() { return this ? this.owner : 'no this'; },
};
const detached = account.name;
console.log(account.name(), detached());`,
          answer: 'ada no this',
          explanation:
            'Called as account.name(), this is account. Called as a bare function in strict mode, this is undefined.',
        },
        {
          kind: 'multiple-choice',
          prompt: 'Which registration logs the Logger prefix when the button is clicked?',
          code: `class Logger {
  prefix = '[ui]';
  log() { console.log(this.prefix); }
}
const logger = new Logger();`,
          choices: [
            "button.addEventListener('click', logger.log)",
            "button.addEventListener('click', function () { this.log(); })",
            "button.addEventListener('click', () => logger.log())",
            'All of them',
          ],
          answerIndex: 2,
          explanation:
            'The arrow calls log as a method of logger. In the first, this is the button (DOM listeners are called with the element as this), which has no prefix. In the second, this is also the button, which has no log method.',
        },
      ],
    },
    advanced: {
      title: '`this` edge cases: arrows, class fields, bind and inheritance',
      conceptId: 'js.this-binding',
      level: 'advanced',
      explanation: `**Arrow class fields vs methods.** \`handle = () => {...}\` is created per instance in the constructor and always bound; it is not on the prototype, so subclasses cannot call it through \`super.handle()\`, and spying on the prototype in tests does not see it. Prefer prototype methods plus binding at the call site for hot classes with many instances.

**bind is permanent and one-shot.** A bound function ignores later \`call\`/\`apply\`/\`bind\` receivers. \`new\` on a bound function still creates a new object.

**Callbacks with a thisArg.** \`Array.prototype.map(fn, thisArg)\` and friends accept the receiver as a second argument; arrow functions ignore it.

**Losing this through destructuring.**

~~~js
const { getUser } = userService;   // detached
await getUser(id);                  // this is undefined inside
~~~

Libraries that expect this (Node's \`EventEmitter\` handlers get the emitter as \`this\`; jQuery gets the element) make arrow handlers lose that value, which is sometimes the bug and sometimes the fix.

**Top-level this.** In ES modules, top-level \`this\` is \`undefined\`; in CommonJS it is \`module.exports\`; in a classic browser script it is \`window\`.

**TypeScript help.** Declare \`this\` as a fake first parameter (\`function onClick(this: HTMLButtonElement, e: MouseEvent)\`) and the compiler checks call sites; the \`@typescript-eslint/unbound-method\` rule flags detached method references.`,
      workedExample: {
        language: 'javascript',
        before: `import { EventEmitter } from 'node:events';

class Job extends EventEmitter {
  constructor(id) { super(); this.id = id; }
}

const job = new Job('j-1');
job.on('done', () => console.log(\`finished \${this.id}\`)); // this is the module's, not the job`,
        after: `import { EventEmitter } from 'node:events';

class Job extends EventEmitter {
  constructor(id) { super(); this.id = id; }
}

const job = new Job('j-1');
job.on('done', function () { console.log(\`finished \${this.id}\`); }); // EventEmitter sets this to job
// or, clearer: job.on('done', () => console.log(\`finished \${job.id}\`));`,
        note: 'Arrow functions ignore the receiver EventEmitter passes. At module top level this is undefined, so this.id throws. Either use a function expression or, more readable, reference job directly.',
      },
      pitfalls: [
        'Destructuring methods off service objects (`const { save } = repo`) and calling them bare.',
        'Arrow class fields in base classes: subclasses cannot override-and-call-super on them.',
        'Re-binding an already bound function and expecting the new receiver.',
      ],
      quiz: [
        {
          kind: 'predict-output',
          prompt: 'What does this print?',
          code: `function who() { return this.name; }
const a = { name: 'a' };
const b = { name: 'b' };
const boundToA = who.bind(a);
console.log(boundToA.call(b), who.call(b));`,
          answer: 'a b',
          explanation:
            'A bound function keeps its receiver forever; call(b) cannot override it. The unbound who uses the receiver passed to call.',
        },
        {
          kind: 'spot-the-bug',
          prompt: 'This throws "Cannot read properties of undefined". Which line causes it?',
          code: `class Repo {
  constructor(db) { this.db = db; }
  find(id) { return this.db.get(id); }
}
const repo = new Repo(new Map([[1, 'one']]));
const { find } = repo;
console.log(find(1));`,
          bugLine: 6,
          answer: 'Call it as a method (`repo.find(1)`) or bind it: `const find = repo.find.bind(repo);`.',
          explanation:
            'Destructuring copies the function without its receiver. Inside find, this is undefined (class bodies are strict), so this.db throws.',
        },
      ],
    },
    hints: {
      nudge: 'How is the function on that line actually called: as `obj.method()`, or passed somewhere and called later by other code?',
      concept:
        'For regular functions and methods, `this` comes from the call site (`obj.f()` makes it `obj`), not from where the function was written. Arrow functions capture `this` from where they are created. Detaching a method loses its `this`.',
      analogousExample:
        'Similar: `promise.then(this.handleResult)` inside a class calls handleResult with `this` undefined. Writing `promise.then((r) => this.handleResult(r))` keeps it a method call on the instance.',
      pseudoCode:
        'where a method is passed as a callback:\n    wrap it: (args) => instance.method(args)\n    or bind once: instance.method.bind(instance)\nwhere a library passes a meaningful this:\n    use a function expression, or reference the object by name',
    },
  },
  {
    conceptId: 'js.var-let-const',
    fundamentals: {
      title: 'var, let and const: scope, hoisting and rebinding',
      conceptId: 'js.var-let-const',
      level: 'fundamentals',
      explanation: `Modern JavaScript and TypeScript code uses \`const\` by default and \`let\` when the binding must change; \`var\` survives only in legacy code.

| | scope | before declaration | redeclare | reassign |
|---|---|---|---|---|
| \`var\` | function | \`undefined\` (hoisted) | yes | yes |
| \`let\` | block | ReferenceError (TDZ) | no | yes |
| \`const\` | block | ReferenceError (TDZ) | no | no |

\`var\` ignores blocks, so a variable declared inside an \`if\` or loop leaks to the whole function, and reading it early silently yields \`undefined\`. \`let\`/\`const\` live in a *temporal dead zone* until their declaration runs, turning early reads into a clear error.

~~~js
console.log(a); // undefined
var a = 1;
console.log(b); // ReferenceError: Cannot access 'b' before initialization
let b = 2;
~~~

\`const\` prevents **rebinding**, not mutation: \`const list = []; list.push(1)\` is fine. It signals to readers that the name always refers to the same thing, which makes code easier to follow; ESLint's \`prefer-const\` and \`no-var\` enforce the habit.

The loop case matters most: \`for (let i = 0; ...)\` creates a fresh \`i\` for each iteration, so closures created in the loop each see their own value; with \`var\`, they all share one.`,
      workedExample: {
        language: 'javascript',
        before: `function attachHandlers(buttons) {
  for (var i = 0; i < buttons.length; i++) {
    buttons[i].addEventListener('click', () => {
      console.log(\`clicked button \${i}\`); // always buttons.length
    });
  }
}`,
        after: `function attachHandlers(buttons) {
  for (let i = 0; i < buttons.length; i++) {
    buttons[i].addEventListener('click', () => {
      console.log(\`clicked button \${i}\`);
    });
  }
}`,
        note: 'With var there is one i for the whole function; by the time any click happens the loop has finished and i equals buttons.length. let creates a new binding per iteration, so each handler captures its own index.',
      },
      pitfalls: [
        'Believing `const` makes objects immutable: it only prevents reassigning the name.',
        'Reading a `var` before its assignment and getting `undefined` instead of an error.',
        'Using `var` in loops with callbacks: every callback shares the final value.',
      ],
      quiz: [
        {
          kind: 'predict-output',
          prompt: 'What does this print?',
          code: `const fns = [];
for (var i = 0; i < 3; i++) fns.push(() => i);
const out = [];
for (let j = 0; j < 3; j++) out.push(() => j);
console.log(fns.map((f) => f()).join(''), out.map((f) => f()).join(''));`,
          answer: '333 012',
          explanation:
            'All var closures share one i, which is 3 after the loop. let creates a new j per iteration, so each closure sees 0, 1 and 2.',
        },
        {
          kind: 'multiple-choice',
          prompt: 'Which statement about this code is true?',
          code: `const config = { retries: 1 };
config.retries = 3;
config = { retries: 5 };`,
          choices: [
            'Line 2 throws because config is const',
            'Line 3 throws TypeError: Assignment to constant variable',
            'Both lines run and config.retries is 5',
            'Both lines throw',
          ],
          answerIndex: 1,
          explanation:
            'const forbids rebinding the name (line 3) but not mutating the object it refers to (line 2). TypeScript reports line 3 at compile time as TS2588.',
        },
      ],
    },
    advanced: {
      title: 'Block scoping in depth: TDZ, shadowing and module bindings',
      conceptId: 'js.var-let-const',
      level: 'advanced',
      explanation: `**The TDZ is temporal, not lexical.** A function defined above a \`let\` can read it, provided it is *called* after the declaration ran. Circular imports hit this: a module that reads an imported \`const\` during its own evaluation, before the exporting module finished, gets "Cannot access 'X' before initialization".

**Class declarations are in the TDZ too**, unlike function declarations, which are hoisted with their body:

~~~js
new Widget();       // ReferenceError
class Widget {}
helper();           // fine
function helper() {}
~~~

**Shadowing.** An inner \`let x\` hides an outer \`x\` for the whole block, including lines before the inner declaration, which then throw. ESLint's \`no-shadow\` catches accidental cases.

**switch cases share one block.** \`case 'a': const x = 1;\` and \`case 'b': const x = 2;\` collide; wrap each case body in braces.

**Module bindings are live and read-only.** An imported name always reflects the exporter's current value (\`export let count\` updated inside the module is seen by importers), but importers cannot assign to it.

**Global var.** At the top level of a classic script, \`var\` and function declarations become properties of \`globalThis\`; \`let\`/\`const\` do not. Modules have no such leakage.

**\`for...of\` and \`for...in\`** get a fresh binding per iteration with \`let\` or \`const\`; \`const\` works there because each iteration is a new binding.`,
      workedExample: {
        language: 'javascript',
        before: `function statusLabel(status) {
  switch (status) {
    case 'ok':
      const text = 'All good';
      return text;
    case 'warn':
      const text = 'Check logs'; // SyntaxError: Identifier 'text' has already been declared
      return text;
  }
}`,
        after: `function statusLabel(status) {
  switch (status) {
    case 'ok': {
      const text = 'All good';
      return text;
    }
    case 'warn': {
      const text = 'Check logs';
      return text;
    }
  }
}`,
        note: 'All cases of a switch share one block scope, so two const declarations of text collide. Braces give each case its own block (ESLint: no-case-declarations).',
      },
      pitfalls: [
        'Circular imports that read a `const` export during module evaluation, before it is initialised.',
        'Declarations directly in `case` clauses without braces.',
        'Shadowing an outer variable and then reading it in the inner block before the inner declaration.',
      ],
      quiz: [
        {
          kind: 'spot-the-bug',
          prompt: 'Calling `total()` throws a ReferenceError. Which line is responsible?',
          code: `const rate = 0.2;
function total(amount = 100) {
  const gross = amount * (1 + rate);
  let rate = 0.25;
  return gross;
}`,
          bugLine: 4,
          answer: 'Rename the inner variable (e.g. `discountRate`) or remove it; the inner `let rate` shadows the outer const for the whole function body.',
          explanation:
            'The inner let is in scope for the entire block, so on line 3 rate refers to it while it is still in the temporal dead zone, even though the outer rate exists.',
        },
        {
          kind: 'predict-output',
          prompt: 'What does this print?',
          code: `function probe() {
  try { return typeof later; } catch { return 'tdz'; }
}
console.log(probe(), typeof notDeclaredAnywhere);
let later = 1;
console.log(probe());`,
          answer: 'tdz undefined\nnumber',
          explanation:
            'typeof on a binding in its TDZ throws, unlike typeof on a name that does not exist at all, which returns "undefined". After the let runs, later is a number.',
        },
      ],
    },
    hints: {
      nudge: 'Where is this variable declared, with which keyword, and where exactly is it read or assigned relative to that?',
      concept:
        '`let` and `const` are block-scoped and cannot be used before their declaration runs; `const` cannot be reassigned but its object can change; `var` is function-scoped and hoisted as `undefined`. Prefer `const`, use `let` when reassigning, avoid `var`.',
      analogousExample:
        'Similar: a retry loop `for (var attempt = 1; attempt <= 3; attempt++) setTimeout(() => log(attempt), 100)` logs 4 three times; with `let attempt` it logs 1, 2 and 3 because each iteration has its own binding.',
      pseudoCode:
        'replace var with const\nif the name is reassigned later: use let instead\nmove the declaration above its first use\nin switch cases: wrap each case body in { }',
    },
  },
  {
    conceptId: 'js.general',
    fundamentals: {
      title: 'JavaScript at runtime: dynamic types, coercion and the linter as first warning',
      conceptId: 'js.general',
      level: 'fundamentals',
      explanation: `JavaScript checks almost nothing before running. Misspelled properties read as \`undefined\`, wrong argument types flow through until something calls a method on them, and operators coerce freely:

~~~js
'5' * 2        // 10   (string converted to number)
'5' + 2        // '52' (number converted to string)
[] + {}        // '[object Object]'
null >= 0      // true, while null == 0 is false
~~~

So the first signal of a mistake is often a runtime \`TypeError: Cannot read properties of undefined (reading 'x')\` far from its cause. Read such errors backwards: which expression produced \`undefined\`, and why?

Tools move many of these failures earlier:

- **ESLint** catches unused and undefined variables (\`no-undef\`, \`no-unused-vars\`), \`==\` comparisons (\`eqeqeq\`), unreachable code, missing \`await\` on promises (with typed rules) and more. A lint finding is frequently the only warning before a production bug; don't disable rules line by line without a reason.
- **\`// @ts-check\`** at the top of a \`.js\` file (or \`checkJs\` in jsconfig) runs the TypeScript checker using inference and JSDoc types, with no build step.
- **Strict mode** (automatic in ES modules and classes) turns silent failures into errors, such as assigning to an undeclared variable.

Use \`===\` and \`!==\`, convert explicitly (\`Number(x)\`, \`String(x)\`), and check inputs at boundaries.`,
      workedExample: {
        language: 'javascript',
        before: `function applyDiscount(order, percent) {
  return order.total - order.total * percent / 100;
}

const percent = document.querySelector('#discount').value; // a string
applyDiscount(order, percent + 5); // "105": string concatenation`,
        after: `// @ts-check

/** @param {{ total: number }} order @param {number} percent */
function applyDiscount(order, percent) {
  return order.total - (order.total * percent) / 100;
}

const input = /** @type {HTMLInputElement} */ (document.querySelector('#discount'));
const percent = Number(input.value);
if (!Number.isFinite(percent)) throw new Error(\`Invalid discount "\${input.value}"\`);
applyDiscount(order, percent + 5);`,
        note: 'Input values are strings, so + 5 concatenated to "105" and the discount was 105%. Converting with Number and validating fixes the bug; @ts-check with a JSDoc type would have flagged passing a string where a number is expected.',
      },
      pitfalls: [
        'Using `==`, which coerces (`0 == ""` is true); use `===`.',
        'Treating DOM input values, query parameters and headers as numbers without converting.',
        'Disabling lint rules inline to get a build through, instead of fixing what they point at.',
      ],
      quiz: [
        {
          kind: 'predict-output',
          prompt: 'What does this print?',
          code: `const qty = '3';
console.log(qty * 2, qty + 2, qty - '1', [qty] == 3);`,
          answer: '6 32 2 true',
          explanation:
            '* and - convert strings to numbers; + with a string concatenates. [qty] == 3 converts the array to "3" and then to 3, so loose equality is true. === avoids these conversions.',
        },
        {
          kind: 'multiple-choice',
          prompt: 'Which tool reports `usr.name` as a typo for `user.name` before the code runs, in a plain .js file?',
          code: `const user = { name: 'ada' };
console.log(usr.name);`,
          choices: ['Nothing: JavaScript cannot detect it before running', 'ESLint with no-undef', 'Strict mode', 'JSON.stringify'],
          answerIndex: 1,
          explanation:
            'no-undef flags the reference to the undeclared usr statically. Strict mode only affects assignments to undeclared names; reading usr throws a ReferenceError at runtime either way.',
        },
      ],
    },
    advanced: {
      title: 'JavaScript semantics that bite experienced engineers',
      conceptId: 'js.general',
      level: 'advanced',
      explanation: `**Numbers are IEEE-754 doubles.** \`0.1 + 0.2 !== 0.3\`, integers are exact only up to \`Number.MAX_SAFE_INTEGER\` (2^53 − 1): 64-bit IDs from APIs must stay strings or \`BigInt\`. Store money in integer minor units.

**Sorting.** \`[10, 9, 1].sort()\` gives \`[1, 10, 9]\` because the default comparator compares strings; pass \`(a, b) => a - b\`. \`sort\` mutates; \`toSorted\` (ES2023) does not.

**Property order and keys.** Object keys are strings (or symbols); \`obj[1]\` and \`obj['1']\` are the same slot, and integer-like keys are iterated first in ascending order. Use \`Map\` for arbitrary keys.

**Equality and copying.** Objects compare by reference; spread and \`Object.assign\` copy one level; \`structuredClone\` deep-copies data (not functions or class prototypes).

**Dates.** \`new Date('2024-03-10')\` is parsed as UTC, but \`new Date('2024-03-10T00:00')\` as local time; months are 0-based in the numeric constructor.

**Errors as values.** Anything can be thrown; \`catch (e)\` may not be an \`Error\`. Rejected promises without handlers trigger \`unhandledrejection\` and, in Node, terminate the process by default.

**Tooling.** \`typescript-eslint\` type-aware rules (\`no-floating-promises\`, \`no-misused-promises\`, \`restrict-plus-operands\`) catch classes of runtime bugs that plain ESLint cannot. In JS projects, \`checkJs\` with JSDoc gives most of TypeScript's safety without a compile step.

~~~js
const ids = ['9007199254740993']; // keep as strings
BigInt(ids[0]) + 1n;              // exact
~~~`,
      workedExample: {
        language: 'javascript',
        before: `const latencies = [120, 95, 1000, 87];
latencies.sort();
const p50 = latencies[Math.floor(latencies.length / 2)];
// sorted as strings: [1000, 120, 87, 95] -> p50 = 87`,
        after: `const latencies = [120, 95, 1000, 87];
const sorted = latencies.toSorted((a, b) => a - b);
const p50 = sorted[Math.floor(sorted.length / 2)];
// [87, 95, 120, 1000] -> p50 = 120`,
        note: 'Array.prototype.sort without a comparator converts elements to strings, so "1000" sorts before "120". A numeric comparator fixes the order, and toSorted leaves the original array untouched for other readers.',
      },
      pitfalls: [
        'Parsing 64-bit integer IDs from JSON into numbers, silently losing precision.',
        'Calling `sort()` on numbers without a comparator.',
        'Assuming caught values are `Error` instances.',
      ],
      quiz: [
        {
          kind: 'predict-output',
          prompt: 'What does this print?',
          code: `const big = JSON.parse('{"id": 9007199254740993}').id;
console.log(big, [25, 100, 3].sort().join(' '), 0.1 + 0.2 === 0.3);`,
          answer: '9007199254740992 100 25 3 false',
          explanation:
            'The id exceeds 2^53 - 1 and rounds to the nearest double. sort() compares as strings ("100" < "25" < "3"). 0.1 + 0.2 is 0.30000000000000004.',
        },
        {
          kind: 'spot-the-bug',
          prompt: 'This shows the wrong date for users west of UTC. Which line?',
          code: `function formatDue(isoDate) {
  const due = new Date(isoDate); // isoDate like "2024-03-10"
  return due.toLocaleDateString('en-US', { month: 'short', day: 'numeric' });
}`,
          bugLine: 2,
          answer: 'Date-only strings are parsed as UTC midnight. Parse the parts and build a local date (`new Date(y, m - 1, d)`), or format in UTC with `timeZone: "UTC"`.',
          explanation:
            'UTC midnight on March 10 is still March 9 in the Americas, so toLocaleDateString shows "Mar 9". The bug is the parsing on line 2, not the formatting.',
        },
      ],
    },
    hints: {
      nudge: 'Which value on that line is not the type you expect at runtime, and where did it come from?',
      concept:
        'JavaScript coerces types and reports many mistakes only when they run. Use `===`, convert inputs explicitly, let ESLint (and `// @ts-check` with JSDoc) catch what they can, and read runtime errors backwards to the expression that produced the bad value.',
      analogousExample:
        'Similar: `if (params.get("page") > 1)` works by accident through coercion, but `params.get("page") + 1` yields "21". Converting once with `const page = Number(params.get("page") ?? 1)` and checking `Number.isInteger(page)` removes both surprises.',
      pseudoCode:
        'identify the value that has the wrong type or is undefined\ntrace it back to where it entered (DOM, JSON, query string, API)\nconvert and validate it there, once\nuse === and explicit conversions from then on\nenable the lint rule or @ts-check that would have caught it',
    },
  },
];
