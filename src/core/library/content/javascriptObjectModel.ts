import type { LibraryEntry } from '../libraryEntry';

/** Offline library entries for the JavaScript object model and syntax (hoisting and the TDZ, prototypes, spread and rest); the library registry serves them when no LLM is available. */
export const javascriptObjectModelEntries: readonly LibraryEntry[] = [
  {
    conceptId: 'js.hoisting-tdz',
    fundamentals: {
      title: 'Hoisting: which names exist before their line runs, and with what value',
      conceptId: 'js.hoisting-tdz',
      level: 'fundamentals',
      explanation: `Before any statement in a scope runs, the engine creates a binding for every declaration in it. That is all "hoisting" means: nothing moves, but names exist from the start of their scope, and what you get when you use one early depends on how it was declared.

- **Function declarations** (\`function parseOrder() {}\`) are created *with* their body, so they can be called above their definition. That is why helper functions can live at the bottom of a file.
- **\`var\`** bindings exist from the start of the enclosing function and read as \`undefined\` until the assignment runs: no error, just a wrong value.
- **\`let\`, \`const\` and \`class\`** bindings exist from the start of their block but stay *uninitialized* until the declaration executes. That window is the **temporal dead zone** (TDZ); any access in it, even \`typeof\`, throws \`ReferenceError: Cannot access 'x' before initialization\`.
- **Function expressions and arrow functions follow their variable.** \`var stop = function () {}\` called early throws \`TypeError: stop is not a function\`, because the variable is \`undefined\`; \`const stop = () => {}\` called early throws the TDZ \`ReferenceError\`.

~~~js
scheduleCleanup(); // fine: function declarations are initialized first
function scheduleCleanup() { setInterval(purgeExpiredSessions, 60_000); }
~~~

Converting \`function scheduleCleanup\` to \`const scheduleCleanup = () => ...\` in a refactor silently changes this: the same call now throws when the module loads.

The TDZ is about *time*, not position: a function defined above a \`let\` may read it, as long as it is called after the declaration has run. TypeScript reports the statically visible cases (\`TS2448: Block-scoped variable 'x' used before its declaration.\`, \`TS2449: Class 'X' used before its declaration.\`); ESLint's \`no-use-before-define\` flags them in JavaScript, and its \`functions: false\` option still allows the safe early calls of function declarations.`,
      workedExample: {
        language: 'javascript',
        before: `// billing-worker.js, started with child_process.fork()
process.on('message', handleMessage);
// TypeError [ERR_INVALID_ARG_TYPE]: The "listener" argument must be of type function. Received undefined

var handleMessage = function (msg) {
  if (msg.type === 'invoice') chargeInvoice(msg.invoiceId);
};

function chargeInvoice(invoiceId) {
  /* ... */
}`,
        after: `// billing-worker.js, started with child_process.fork()
process.on('message', handleMessage);

function handleMessage(msg) {
  if (msg.type === 'invoice') chargeInvoice(msg.invoiceId);
}

function chargeInvoice(invoiceId) {
  /* ... */
}`,
        note: 'var hoisted the name but not the function, so process.on received undefined and the worker crashed on start. A function declaration is initialized before any code in the module runs, so registering it above its definition works. With const the fix would instead be to move the registration below the definition.',
      },
      pitfalls: [
        'Turning function declarations into `const` arrow functions while top-level code above them still calls them.',
        'Reading a `var` (or calling a `var` function expression) before its assignment and getting `undefined` or "is not a function" far from the real cause.',
        'Treating `typeof x === "undefined"` as a safe existence check for a `let` or `const` declared later in the same scope: in the TDZ it throws.',
      ],
      quiz: [
        {
          kind: 'predict-output',
          prompt: 'What does this print, line by line?',
          code: `try {
  start();
  stop();
} catch (err) {
  console.log(\`\${err.name}: \${err.message}\`);
}

function start() {
  console.log('start');
}
var stop = function () {
  console.log('stop');
};`,
          answer: 'start\nTypeError: stop is not a function',
          explanation:
            'start is a function declaration, initialized before the try runs. stop is a var, hoisted as undefined; the function expression is assigned only when its line runs, so calling it early is a TypeError, not a ReferenceError.',
        },
        {
          kind: 'spot-the-bug',
          prompt: 'After a refactor to arrow functions, the service crashes on startup with a ReferenceError. Which line throws?',
          code: `const express = require('express');

const app = express();
app.get('/health', healthCheck);
app.listen(3000);

const healthCheck = (req, res) => {
  res.json({ status: 'ok', uptime: process.uptime() });
};`,
          bugLine: 4,
          answer: 'Define the handler before registering it (move the `const healthCheck` above `app.get`), or keep it a function declaration: `function healthCheck(req, res) { ... }`.',
          explanation:
            'app.get reads healthCheck while the const is still in its temporal dead zone: "Cannot access \'healthCheck\' before initialization". As a function declaration it would have been initialized before line 1 ran.',
        },
      ],
    },
    advanced: {
      title: 'Hoisting across scopes: parameters, blocks, classes and module cycles',
      conceptId: 'js.hoisting-tdz',
      level: 'advanced',
      explanation: `**Parameter scope.** Default parameter values are evaluated left to right in a scope of their own, *before* the body's declarations exist. So \`function f(timeout = retries * 1000, retries = 3)\` throws a TDZ \`ReferenceError\` whenever \`timeout\` is omitted, and a default can never see a variable declared in the body: it silently resolves to an outer variable of the same name instead.

**Function declarations in blocks.** In strict code (ES modules, class bodies, \`"use strict"\`), a function declared inside an \`if\` or loop is block-scoped like \`let\`. In sloppy scripts, legacy Annex B rules *also* create a function-scoped \`var\` binding that is \`undefined\` until the block runs, so the same code behaves differently in a module and in a classic script. Use a \`const\` with a function expression instead.

**Classes.** A class declaration is in the TDZ until its line runs, and its \`extends\` clause is evaluated at that moment: \`class Admin extends User\` placed above \`class User\` throws at load time. Methods may mention classes declared later, because they run only when called.

**Module cycles.** Imports are hoisted: dependencies are evaluated before the importing module's body. In a cycle, one module runs while the other has not finished. Its exported **function declarations** are already initialized and callable, but its exported \`const\`, \`let\` and \`class\` bindings are in the TDZ. CommonJS fails more quietly: \`require\` returns the unfinished \`exports\` object, so the value is \`undefined\` and something unrelated breaks later (here, \`TypeError: Currency code is required with currency style.\`). Find cycles with \`madge --circular\` or ESLint's \`import/no-cycle\`; break them by moving shared values into a module without imports, or by reading imports only inside functions.

TypeScript's TS2448 and TS2449 checks stop at the file boundary: TDZ errors across modules appear only at runtime.`,
      workedExample: {
        language: 'javascript',
        before: `// orders.js
import { formatMoney } from './format.js';
export const DEFAULT_CURRENCY = 'EUR';
export function total(order) {
  return formatMoney(order.cents);
}

// format.js
import { DEFAULT_CURRENCY } from './orders.js';
// ReferenceError: Cannot access 'DEFAULT_CURRENCY' before initialization (when the app imports orders.js first)
const formatter = new Intl.NumberFormat('en', { style: 'currency', currency: DEFAULT_CURRENCY });
export function formatMoney(cents) {
  return formatter.format(cents / 100);
}`,
        after: `// currency.js: no imports, so it is always fully evaluated before its importers
export const DEFAULT_CURRENCY = 'EUR';

// orders.js
import { formatMoney } from './format.js';
export { DEFAULT_CURRENCY } from './currency.js';
export function total(order) {
  return formatMoney(order.cents);
}

// format.js
import { DEFAULT_CURRENCY } from './currency.js';
const formatter = new Intl.NumberFormat('en', { style: 'currency', currency: DEFAULT_CURRENCY });
export function formatMoney(cents) {
  return formatter.format(cents / 100);
}`,
        note: 'Importing orders.js first makes format.js evaluate before orders.js has run its const line, and format.js reads the constant at top level. Moving the constant into a leaf module removes the cycle; orders.js re-exports it, so existing importers keep working.',
      },
      pitfalls: [
        'Default parameters that refer to later parameters, or to names the function body declares.',
        'Function declarations inside `if` blocks, whose visibility differs between modules and sloppy scripts.',
        'Import cycles where a module reads an imported `const` or `class` at top level, or, in CommonJS, destructures `require()` of a module that is still loading.',
      ],
      quiz: [
        {
          kind: 'predict-output',
          prompt: 'What does this print?',
          code: `const region = 'eu-west-1';

function connect(host = \`db.\${region}.internal\`) {
  const region = 'us-east-1';
  return host;
}

console.log(connect());`,
          answer: 'db.eu-west-1.internal',
          explanation:
            'Default parameter expressions are evaluated in the parameter scope, which cannot see the body\'s declarations. region in the default resolves to the outer constant; the body\'s region is a different binding.',
        },
        {
          kind: 'multiple-choice',
          prompt: 'The app imports `a.js`, which starts by importing `b.js`, so b.js runs first while a.js is still waiting. Which expression works at the top level of b.js?',
          code: `// a.js
import './b.js';
export function fnDecl() { return 'fn'; }
export const arrow = () => 'arrow';
export class Money {}
export let rate = 0.2;

// b.js
import { fnDecl, arrow, Money, rate } from './a.js';`,
          choices: ['fnDecl()', 'arrow()', 'new Money()', 'rate * 2'],
          answerIndex: 0,
          explanation:
            'Exported function declarations are initialized when the module graph is linked, before any module body runs. const, class and let exports are initialized only when a.js executes their lines, so the other three throw "Cannot access ... before initialization".',
        },
      ],
    },
    hints: {
      nudge: 'Is this name used by a line that runs before its declaration has executed: earlier in the file, in a default parameter, or from a module that is still loading?',
      concept:
        'Declarations create their names at the start of the scope: function declarations fully initialized, `var` as `undefined`, `let`/`const`/`class` uninitialized (the temporal dead zone) until their line runs. Using a name too early gives `undefined`, a TypeError or a ReferenceError, depending on how it was declared.',
      analogousExample:
        'Similar: a front-end module that calls `registerRoutes(routes)` near the top and defines `const routes = [...]` at the bottom throws "Cannot access \'routes\' before initialization" on import; defining `routes` above the call (or reading it inside a function called later) fixes the order.',
      pseudoCode:
        'find the first line that runs and uses the name\nfind where its declaration executes\nif the use runs first:\n    move the declaration above the use\n    or make it a function declaration (initialized up front)\n    or defer the use into a function called later\nfor module cycles: move the shared value into a module with no imports',
    },
  },
  {
    conceptId: 'js.prototypes',
    fundamentals: {
      title: 'The prototype chain: where properties really come from',
      conceptId: 'js.prototypes',
      level: 'fundamentals',
      explanation: `Every JavaScript object has a hidden link to another object, its **prototype** (\`Object.getPrototypeOf(obj)\`). Reading \`obj.x\` looks for an own property \`x\` first, then walks up the chain until it finds one or reaches \`null\`. Writing \`obj.x = 1\` creates or updates an own property on \`obj\` itself (unless a setter on the chain intercepts it), shadowing whatever the prototype had.

\`class\` is syntax over this: methods live once on \`Order.prototype\` and are shared by all instances, fields are own properties of each instance, and \`class Refund extends Order\` links \`Refund.prototype\` to \`Order.prototype\`. Even \`{}\` inherits from \`Object.prototype\`, which is why plain objects make risky dictionaries:

~~~js
const counts = {};
'constructor' in counts; // true: inherited from Object.prototype
counts['constructor'];   // [Function: Object]
~~~

Consequences for everyday code:

- **\`for...in\` walks inherited enumerable keys**, not only the object's own. Use \`Object.keys\`, \`Object.values\` or \`Object.entries\`, which return own enumerable string keys only.
- **\`in\` includes the chain**; \`Object.hasOwn(obj, key)\` (ES2022) tests own properties.
- **\`obj.hasOwnProperty(key)\` is fragile**: objects made with \`Object.create(null)\` have no prototype, so the call throws \`TypeError: obj.hasOwnProperty is not a function\`, and parsed JSON may carry its own \`hasOwnProperty\` key that shadows the method. ESLint's \`no-prototype-builtins\` flags the pattern; \`Object.hasOwn\` avoids both problems.
- **Keys from users, files or the network belong in a \`Map\`** (or an \`Object.create(null)\` object), so that names like \`constructor\`, \`toString\` or \`__proto__\` are just keys.

TypeScript types describe shapes, not chains: \`Record<string, number>\` says nothing about inherited members like \`constructor\`, which exist at runtime anyway.`,
      workedExample: {
        language: 'javascript',
        before: `function countWords(text) {
  const counts = {};
  for (const word of text.toLowerCase().split(/\\s+/)) {
    counts[word] = (counts[word] || 0) + 1;
  }
  return counts;
}

countWords('The constructor calls the constructor');
// { the: 2, constructor: 'function Object() { [native code] }11', calls: 1 }`,
        after: `function countWords(text) {
  const counts = new Map();
  for (const word of text.toLowerCase().split(/\\s+/)) {
    counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  return counts;
}

countWords('The constructor calls the constructor');
// Map(3) { 'the' => 2, 'constructor' => 2, 'calls' => 1 }`,
        note: 'counts["constructor"] found Object through the prototype chain, so the first "count" was a function, and adding 1 concatenated strings. A Map has no inherited keys, so every word starts from nothing; it also keeps insertion order and reports its size directly.',
      },
      pitfalls: [
        'Using a plain object as a dictionary for outside keys, where `constructor`, `toString` and `__proto__` already "exist".',
        'Iterating with `for...in` and processing inherited properties as if they were data.',
        'Calling `obj.hasOwnProperty(key)` on objects that may lack `Object.prototype` or carry their own `hasOwnProperty` key.',
      ],
      quiz: [
        {
          kind: 'predict-output',
          prompt: 'What does this print?',
          code: `const defaults = { retries: 3, timeoutMs: 1000 };
const options = Object.create(defaults);
options.timeoutMs = 250;

const seen = [];
for (const key in options) seen.push(key);
console.log(seen.join(','), Object.keys(options).join(','), options.retries);`,
          answer: 'timeoutMs,retries timeoutMs 3',
          explanation:
            'for...in visits own keys, then inherited enumerable keys not shadowed by them, so it sees both. Object.keys lists only the own timeoutMs. Reading retries finds it on the prototype.',
        },
        {
          kind: 'spot-the-bug',
          prompt: 'This throws a TypeError on the first call. Which line?',
          code: `const headers = Object.create(null);
headers['content-type'] = 'application/json';

function hasHeader(name) {
  return headers.hasOwnProperty(name.toLowerCase());
}

hasHeader('Content-Type');`,
          bugLine: 5,
          answer: 'Use `Object.hasOwn(headers, name.toLowerCase())`, which works whatever the object\'s prototype is.',
          explanation:
            'Object.create(null) makes an object with no prototype, so there is no hasOwnProperty to call: "headers.hasOwnProperty is not a function". The null prototype is a good choice for a dictionary; the method call is the problem.',
        },
      ],
    },
    advanced: {
      title: 'Prototype edge cases: shared state, pollution, instanceof and built-in subclasses',
      conceptId: 'js.prototypes',
      level: 'advanced',
      explanation: `**Data on a prototype is shared.** Methods belong on the prototype; mutable data does not. \`Session.prototype.events = []\` gives every instance the same array: \`this.events.push(...)\` reads through the chain and mutates the shared array, while \`this.events = [...]\` creates an own property that shadows it. Class fields avoid this, since each instance gets its own.

**Prototype pollution.** \`JSON.parse('{"__proto__": {"isAdmin": true}}')\` creates an *own* property named \`__proto__\`. That is harmless until a naive deep merge or path setter copies it: \`target['__proto__']\` resolves to \`Object.prototype\`, and the merge writes \`isAdmin\` onto the prototype of every plain object in the process. Skip \`__proto__\`, \`constructor\` and \`prototype\` keys, merge into \`Map\`s or \`Object.create(null)\` objects, validate input with a schema first, and consider \`node --disable-proto=delete\`.

**\`instanceof\` walks the chain, and chains can differ.** It fails for objects from another realm (an iframe, a \`vm\` context) and when two copies of a library are installed, since each copy has its own class. Prefer \`Array.isArray\`, a discriminating \`kind\` field, or a \`Symbol.for\` brand across package boundaries.

**Subclassing built-ins.** \`class NotFoundError extends Error\` works natively, but TypeScript compiling to \`"target": "ES5"\` emits a constructor function that calls \`Error\`, which returns a new object whose prototype is \`Error.prototype\`, so \`instanceof NotFoundError\` is \`false\`. Target ES2015 or later, or call \`Object.setPrototypeOf(this, new.target.prototype)\` in the constructor.

**Performance.** Engines optimize property access by object shape. Changing the prototype of an existing object with \`Object.setPrototypeOf\` or a \`__proto__\` assignment defeats those optimizations (MDN calls it a very slow operation in every engine); choose the prototype at creation with \`Object.create(proto)\` or a class.`,
      workedExample: {
        language: 'javascript',
        before: `function deepMerge(target, source) {
  for (const key of Object.keys(source)) {
    if (typeof source[key] === 'object' && source[key] !== null) {
      target[key] ??= {};
      deepMerge(target[key], source[key]);
    } else {
      target[key] = source[key];
    }
  }
  return target;
}

// PATCH /settings with body {"theme": {"dark": true}, "__proto__": {"isAdmin": true}}
const settings = deepMerge(loadSettings(userId), JSON.parse(body));
({}).isAdmin; // true: every plain object in the process now inherits isAdmin`,
        after: `const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

function deepMerge(target, source) {
  for (const [key, value] of Object.entries(source)) {
    if (FORBIDDEN_KEYS.has(key)) continue;
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
      const existing = Object.hasOwn(target, key) ? target[key] : undefined;
      target[key] = deepMerge(typeof existing === 'object' && existing !== null ? existing : {}, value);
    } else {
      target[key] = value;
    }
  }
  return target;
}`,
        note: 'Object.keys returned the own "__proto__" key that JSON.parse created; target["__proto__"] then resolved to Object.prototype and the recursive merge wrote isAdmin there, so any later `if (user.isAdmin)` on an object without that field passed. The fixed merge skips the dangerous keys and only descends into the target\'s own properties; validating the body against a settings schema first is better still.',
      },
      pitfalls: [
        'Recursive merge, clone or "set by path" helpers that accept `__proto__`, `constructor` or `prototype` keys from input.',
        'Relying on `instanceof` for objects that cross realms or come from a possibly duplicated dependency.',
        'Extending `Error`, `Array` or `Map` in TypeScript compiled to ES5 and expecting `instanceof` and methods of the subclass to work.',
      ],
      quiz: [
        {
          kind: 'predict-output',
          prompt: 'What does this print?',
          code: `function Session(user) {
  this.user = user;
}
Session.prototype.events = [];
Session.prototype.log = function (event) {
  this.events.push(event);
};

const a = new Session('ana');
const b = new Session('ben');
a.log('login');
b.log('logout');
b.events = ['reset'];
console.log(a.events.length, b.events.length, Object.hasOwn(a, 'events'));`,
          answer: '2 1 false',
          explanation:
            'Both log calls push into the one array on Session.prototype, which now has 2 entries. Assigning b.events creates an own property on b only, so b sees 1 while a still reads the shared array through its prototype.',
        },
        {
          kind: 'multiple-choice',
          prompt: 'Compiled by tsc with `"target": "ES5"` and run in Node, what does the last line print?',
          code: `class NotFoundError extends Error {
  constructor(readonly resource: string) {
    super(\`\${resource} not found\`);
  }
}

const err = new NotFoundError('order 42');
console.log(err instanceof NotFoundError, err instanceof Error);`,
          choices: ['true true', 'false true', 'true false', 'false false'],
          answerIndex: 1,
          explanation:
            'The ES5 emit calls Error as a function, which returns a fresh Error whose prototype is Error.prototype, not NotFoundError.prototype. With target ES2015 or later, or Object.setPrototypeOf(this, new.target.prototype) in the constructor, both are true.',
        },
      ],
    },
    hints: {
      nudge: 'Is this property the object\'s own, or is it found on the prototype chain (a class prototype, `Object.prototype`, or no prototype at all)?',
      concept:
        'Property reads walk the prototype chain; writes create own properties. `for...in` and `in` include inherited keys while `Object.keys` and `Object.hasOwn` do not, and objects without a prototype have no `hasOwnProperty`. Use `Map` for dictionaries keyed by outside data.',
      analogousExample:
        'Similar: a feature-flag lookup `if (flags[name])` on a plain object is truthy for `name = "toString"` and enables a flag nobody set; `Object.hasOwn(flags, name) && flags[name]` (or a `Map`) only sees flags that were actually defined.',
      pseudoCode:
        'dictionary with outside keys    -> Map (or Object.create(null))\nown-property test               -> Object.hasOwn(obj, key)\niterate own keys                -> Object.keys / Object.entries, not for...in\nmerging untrusted objects       -> validate; skip __proto__, constructor, prototype\nper-instance data               -> class fields or constructor assignments, never the prototype',
    },
  },
  {
    conceptId: 'js.spread-rest',
    fundamentals: {
      title: 'Spread and rest: shallow copies and collected remainders',
      conceptId: 'js.spread-rest',
      level: 'fundamentals',
      explanation: `The same \`...\` does two opposite jobs:

- **Spread** expands: \`[...items, extra]\`, \`fn(...args)\`, \`{ ...defaults, ...overrides }\`. Object spread copies the source's **own enumerable** properties into a new object, in order, so later sources win; \`{ ...defaults, ...overrides }\` is the usual way to apply options.
- **Rest** collects: \`function log(level, ...parts)\` gathers the remaining arguments into a real array, and \`const { password, ...publicUser } = user\` collects every property except \`password\`, a clean way to drop fields before sending an object out. A rest element must come last (\`SyntaxError: Rest element must be last element\`).

The trap is that spread copies are **shallow**. The outer object is new, but nested objects and arrays inside it are the same references:

~~~js
const next = { ...state };
next.cart.items.push(item); // also mutates state.cart.items
next === state;             // false, yet state changed
~~~

To update nested data immutably, spread every level on the path you change: \`{ ...state, cart: { ...state.cart, items: [...state.cart.items, item] } }\`. For an independent deep copy of plain data use \`structuredClone(value)\`, which handles \`Date\`, \`Map\`, \`Set\` and cycles but throws on functions and does not keep class prototypes.

Details that matter in practice:

- An explicit \`undefined\` still overrides: \`{ ...defaults, ...{ timeoutMs: undefined } }\` sets \`timeoutMs\` to \`undefined\`. Drop unset values from overrides, or apply defaults per field with \`??\`.
- Spreading \`null\` or \`undefined\` into an **object** literal adds nothing (\`{ ...maybeExtra }\` is safe); into an **array** or a call it throws \`TypeError: undefined is not iterable\`.
- Array spread accepts any iterable: \`[...new Set(ids)]\` deduplicates, \`[...map.entries()]\` lists entries, and \`[...text]\` splits a string into code points.`,
      workedExample: {
        language: 'javascript',
        before: `function setShippingCity(state, city) {
  const next = { ...state };
  next.order.shipping.city = city; // writes into the same shipping object state holds
  return next;
}`,
        after: `function setShippingCity(state, city) {
  return {
    ...state,
    order: {
      ...state.order,
      shipping: { ...state.order.shipping, city },
    },
  };
}`,
        note: 'The shallow copy shared order and shipping with the previous state, so the "old" state changed too. Redux DevTools history showed the new city in every past state, and memoized selectors comparing state.order by reference never recomputed. Copying each level on the path gives new objects exactly where data changed and shares everything else.',
      },
      pitfalls: [
        'Treating `{ ...obj }` or `[...arr]` as a deep copy and then mutating nested objects.',
        'Overriding defaults with objects that contain `undefined` for unset options.',
        'Spreading a possibly `undefined` value into an array or function call.',
      ],
      quiz: [
        {
          kind: 'predict-output',
          prompt: 'What does this print?',
          code: `const defaults = { retries: 3, headers: { accept: 'application/json' } };
const custom = { ...defaults, retries: 5 };
custom.headers.accept = 'text/csv';
console.log(defaults.retries, defaults.headers.accept, custom.headers === defaults.headers);`,
          answer: '3 text/csv true',
          explanation:
            'retries was copied as a value, so overriding it in custom leaves defaults alone. headers was copied as a reference: both objects share one headers object, and the change shows through defaults.',
        },
        {
          kind: 'multiple-choice',
          prompt: 'TIMEOUT_MS is not set in the environment. What is `config.timeoutMs`?',
          code: `const defaults = { timeoutMs: 1000, retries: 2 };
const fromEnv = { timeoutMs: process.env.TIMEOUT_MS && Number(process.env.TIMEOUT_MS) };
const config = { ...defaults, ...fromEnv };`,
          choices: ['1000', 'undefined', 'NaN', 'It throws TypeError: Cannot convert undefined'],
          answerIndex: 1,
          explanation:
            'fromEnv has an own timeoutMs property whose value is undefined, and spread copies it like any other value, overwriting 1000. Build the overrides without unset keys, or write timeoutMs: fromEnv.timeoutMs ?? defaults.timeoutMs.',
        },
      ],
    },
    advanced: {
      title: 'Spread in depth: own properties, getters, class instances, TypeScript types and cost',
      conceptId: 'js.spread-rest',
      level: 'advanced',
      explanation: `**Only own enumerable properties are copied.** Spreading a class instance gives a plain object with its fields and none of its prototype: methods, class getters and \`instanceof\` are gone. TypeScript models this: the type of \`{ ...price }\` drops methods and accessors, so calling one fails with \`TS2339: Property 'add' does not exist on type '{ cents: number; currency: string; }'\`.

**Spread defines, \`Object.assign\` sets.** Spread invokes getters on the *source* and stores their values as plain data properties of a fresh object. \`Object.assign(target, source)\` assigns onto an existing target, so the target's setters run. Use it when that is the intent, and spread when you want a new object.

**Key order.** Integer-like keys come first in ascending order, then string keys in insertion order, then symbols: \`{ b: 1, 2: 'x', a: 2, 1: 'y' }\` has the keys \`1, 2, b, a\`. Code that serializes objects and compares the strings inherits this order.

**TypeScript.** Object rest is typed precisely: after \`const { id, ...rest } = row\`, \`rest\` has every property of the row except \`id\`. Excess-property checks do not apply to spread sources, and spreading a union of object types gives a union of results. Argument spread type-checks only for tuples: with \`args: (string | number)[]\`, \`fn(...args)\` fails with \`TS2556: A spread argument must either have a tuple type or be passed to a rest parameter.\`

**Cost.** Each spread copies every element or property, so spreading an accumulator inside \`reduce\` or a loop is O(n²), and copying a large state tree per keystroke shows in profiles. Call spread passes each element as a separate argument: \`Math.max(...values)\` throws \`RangeError: Maximum call stack size exceeded\` once \`values\` is large (in Node 20, somewhere between 100,000 and 200,000 elements). Use a loop or \`reduce\` for unbounded input.`,
      workedExample: {
        language: 'typescript',
        before: `class Money {
  constructor(readonly cents: number, readonly currency: string) {}
  get formatted(): string {
    return \`\${(this.cents / 100).toFixed(2)} \${this.currency}\`;
  }
  add(other: Money): Money {
    return new Money(this.cents + other.cents, this.currency);
  }
}

const discounted = { ...price, cents: price.cents - 500 };
discounted.add(shipping);
// TS2339: Property 'add' does not exist on type '{ cents: number; currency: string; }'.
// in plain JavaScript: TypeError: discounted.add is not a function, and discounted.formatted is undefined`,
        after: `class Money {
  constructor(readonly cents: number, readonly currency: string) {}
  get formatted(): string {
    return \`\${(this.cents / 100).toFixed(2)} \${this.currency}\`;
  }
  add(other: Money): Money {
    return new Money(this.cents + other.cents, this.currency);
  }
  withCents(cents: number): Money {
    return new Money(cents, this.currency);
  }
}

const discounted = price.withCents(price.cents - 500);
discounted.add(shipping);`,
        note: 'Spread copied the two own fields into a plain object and left the prototype behind, so the methods and the formatted getter were gone. A method that builds a new instance keeps value objects immutable without losing their behaviour; the same applies to records, entities and anything else with methods.',
      },
      pitfalls: [
        'Spreading class instances (dates, money, entities) to "copy with changes", which strips their methods and getters.',
        'Using `Math.max(...arr)`, `arr.push(...other)` or `fn(...arr)` on arrays whose size depends on input.',
        'Spreading accumulators inside loops or `reduce`, turning a linear pass into quadratic copying.',
      ],
      quiz: [
        {
          kind: 'predict-output',
          prompt: 'What does this print?',
          code: `class Money {
  constructor(cents) {
    this.cents = cents;
  }
  get euros() {
    return this.cents / 100;
  }
}

const copy = { ...new Money(250) };
console.log(copy.euros, Object.keys(copy).join(','), copy instanceof Money);`,
          answer: 'undefined cents false',
          explanation:
            'The euros getter lives on Money.prototype, which spread does not copy; only the own field cents is copied into a plain object whose prototype is Object.prototype.',
        },
        {
          kind: 'spot-the-bug',
          prompt: 'The nightly job, with about 500,000 events, fails with RangeError: Maximum call stack size exceeded. Which line?',
          code: `export function latestEventAt(events: { at: number }[]): number {
  const times = events.map((e) => e.at);
  return Math.max(...times);
}`,
          bugLine: 3,
          answer: 'Do not spread an unbounded array into a call. Loop instead: `let latest = -Infinity; for (const e of events) if (e.at > latest) latest = e.at; return latest;` (or `events.reduce((max, e) => Math.max(max, e.at), -Infinity)`).',
          explanation:
            'Call spread turns every element into a separate argument, and the engine cannot pass half a million arguments on the stack. A loop handles any size in constant space and returns -Infinity for an empty list, like Math.max().',
        },
      ],
    },
    hints: {
      nudge: 'Which objects in the copy are new, and which nested objects or arrays are still shared with the original?',
      concept:
        'Spread copies own enumerable properties (or iterable elements) one level deep into a new object or array: nested values stay shared, prototypes and methods are not copied, and later properties override earlier ones, even with `undefined`. Rest collects the remaining elements or properties.',
      analogousExample:
        'Similar: `const draft = { ...invoice }; draft.lines[0].qty = 2` in an edit preview also changes the saved invoice, because `lines` is the same array; `{ ...invoice, lines: invoice.lines.map((l) => ({ ...l })) }` (or `structuredClone(invoice)`) gives the preview its own lines.',
      pseudoCode:
        'change a nested field immutably:\n    copy each level on the path: { ...outer, inner: { ...outer.inner, field: value } }\nindependent copy of plain data: structuredClone(value)\nomit fields: const { omitted, ...rest } = obj\napply defaults: { ...defaults, ...overridesWithoutUndefined }',
    },
  },
];
