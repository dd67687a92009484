import type { LibraryEntry } from '../libraryEntry';

/**
 * Offline library entries for JavaScript runtime semantics that TypeScript does not change (`this` binding,
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
];
