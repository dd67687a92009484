import type { LibraryEntry } from '../libraryEntry';

/**
 * Offline library entries for everyday JavaScript idioms and their traps (floating promises, truthiness and coercion,
 * array methods); the library registry serves them when no LLM is available.
 */
export const javascriptIdiomsEntries: readonly LibraryEntry[] = [
  {
    conceptId: 'js.floating-promises',
    fundamentals: {
      title: 'Floating promises: work nobody waits for',
      conceptId: 'js.floating-promises',
      level: 'fundamentals',
      explanation: `A promise **floats** when it is neither awaited, returned, nor given a rejection handler. Two things go wrong:

1. **Errors vanish or crash.** A rejection with no handler becomes an \`unhandledrejection\`; Node.js (15+) terminates the process by default, browsers log it to the console and carry on.
2. **Ordering breaks.** Code after the call runs before the work finishes: a response is sent before the row is saved, a test ends before its assertion.

~~~ts
async function onSubmit(form: FormData) {
  saveDraft(form);              // floating: failures unseen, runs concurrently
  await saveDraft(form);        // awaited: ordered, errors propagate
  void analytics.track('save'); // deliberately fire-and-forget, marked with void
}
~~~

The same happens when an async function is passed where a plain callback is expected: \`array.forEach(async x => ...)\`, \`setTimeout(async () => ...)\`, or an Express 4 handler. \`forEach\` ignores the returned promises; use \`for...of\` with \`await\` for sequential work, or \`await Promise.all(items.map(async x => ...))\` for concurrent work.

The \`@typescript-eslint/no-floating-promises\` and \`no-misused-promises\` rules find these statically; enable them in any codebase with async code. When you truly want fire-and-forget, attach a \`.catch\` that logs and mark the call with \`void\` so readers know it is deliberate.`,
      workedExample: {
        language: 'typescript',
        before: `async function importAll(files: string[]): Promise<void> {
  files.forEach(async (file) => {
    await importFile(file);
  });
  console.log('import finished'); // logged before any file is imported
}`,
        after: `async function importAll(files: string[]): Promise<void> {
  for (const file of files) {
    await importFile(file); // one at a time; the first failure stops the loop
  }
  console.log('import finished');
}`,
        note: 'forEach discards the promises its async callback returns, so importAll resolved immediately and import errors became unhandled rejections. for...of with await runs the imports in order and lets failures reach the caller; use Promise.all over map for concurrency.',
      },
      pitfalls: [
        'Calling an async function without `await`, `return` or `.catch`.',
        'Passing async callbacks to `forEach`, `setTimeout` or event emitters that ignore the returned promise.',
        'Fire-and-forget calls without a `.catch`, which crash Node.js when they reject.',
      ],
      quiz: [
        {
          kind: 'predict-output',
          prompt: 'What does this print?',
          code: `const log: string[] = [];
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function main() {
  [1, 2].forEach(async (n) => { await wait(10); log.push(\`item\${n}\`); });
  log.push('after forEach');
  await wait(50);
  console.log(log.join(', '));
}
main();`,
          answer: 'after forEach, item1, item2',
          explanation:
            'forEach starts both async callbacks and returns immediately without waiting for their promises, so "after forEach" is pushed first. The items are pushed when their timers fire.',
        },
        {
          kind: 'spot-the-bug',
          prompt: 'Failed audit writes are never reported, and sometimes the process exits with an unhandled rejection. Which line?',
          code: `app.post('/orders', async (req, res) => {
  const order = await orders.create(req.body);
  audit.write('order.created', order.id);
  res.status(201).json(order);
});`,
          bugLine: 3,
          answer: 'Await it (`await audit.write(...)`), or if it must not delay the response, handle it explicitly: `void audit.write(...).catch((e) => log.error(...))`.',
          explanation:
            'audit.write returns a promise that nobody awaits or catches. Its rejection has no handler, which Node.js treats as fatal by default.',
        },
      ],
    },
    advanced: {
      title: 'Promise lifetimes: concurrency, cancellation and handler contracts',
      conceptId: 'js.floating-promises',
      level: 'advanced',
      explanation: `**Promise.all vs allSettled.** \`Promise.all\` rejects on the first failure, but the other promises keep running and their later rejections are swallowed (they are handled by \`all\`). Use \`Promise.allSettled\` when you need every outcome, and an \`AbortController\` when the rest should stop.

~~~ts
const controller = new AbortController();
try {
  await Promise.all(urls.map((u) => fetch(u, { signal: controller.signal })));
} catch (e) {
  controller.abort(); // stop the requests still in flight
  throw e;
}
~~~

**Handler contracts.** APIs typed \`() => void\` accept async functions, so TypeScript does not object; \`no-misused-promises\` does. Express 4 does not catch rejected handlers (Express 5 does); React \`useEffect\` callbacks must not be async; an EventEmitter listener's rejection is unhandled.

**Creating promises early.** \`const p = fetchUser(); ... await p;\` is fine only if nothing between can throw: if it does, \`p\` floats and its rejection is unhandled. Start concurrent work and await it together in one expression.

**Returning in try.** \`return promise\` inside \`try\` skips the \`catch\`, because the rejection happens after the function returned; \`return await promise\` keeps it inside.

**Timeouts** do not cancel: \`Promise.race([work, timeout])\` settles early but \`work\` continues. Pass \`AbortSignal.timeout(ms)\` to APIs that accept a signal.

**Background tasks** in servers need an owner: a queue, or a tracked set awaited on shutdown.`,
      workedExample: {
        language: 'typescript',
        before: `async function loadProfile(id: string): Promise<Profile> {
  try {
    return fetchProfile(id); // rejection escapes the try
  } catch (e) {
    return fallbackProfile(id);
  }
}`,
        after: `async function loadProfile(id: string): Promise<Profile> {
  try {
    return await fetchProfile(id);
  } catch (e) {
    log.warn('profile fetch failed, using fallback', { id, error: e });
    return fallbackProfile(id);
  }
}`,
        note: 'Returning the promise without await hands it to the caller before it settles, so a rejection never reaches this catch and the fallback never runs. return await keeps the rejection inside the try block.',
      },
      pitfalls: [
        'Assuming `Promise.all` cancels the remaining work on failure.',
        '`return promise` inside `try/catch` where `return await` was needed.',
        'Async callbacks in React effects, Express 4 handlers or event listeners without their own error handling.',
      ],
      quiz: [
        {
          kind: 'predict-output',
          prompt: 'What does this print?',
          code: `const fail = () => Promise.reject(new Error('boom'));

async function withoutAwait() {
  try { return fail(); } catch { return 'caught'; }
}
async function withAwait() {
  try { return await fail(); } catch { return 'caught'; }
}

withoutAwait().catch(() => 'escaped').then((a) =>
  withAwait().then((b) => console.log(a, b)));`,
          answer: 'escaped caught',
          explanation:
            'Without await, the rejection happens after withoutAwait returned, so its own catch never runs and the caller sees the rejection. With return await, the rejection is thrown inside the try.',
        },
        {
          kind: 'multiple-choice',
          prompt: '`await Promise.race([fetchReport(), timeout(5000)])` rejects after 5 seconds. What happens to fetchReport?',
          code: '',
          choices: [
            'It is cancelled automatically',
            'It keeps running; its result or error is ignored unless it was given a signal',
            'It throws immediately',
            'It is restarted',
          ],
          answerIndex: 1,
          explanation:
            'Promises are not cancellable. race settles with the first result but the other operation continues. Pass an AbortSignal (AbortSignal.timeout(5000)) to stop the work itself.',
        },
      ],
    },
    hints: {
      nudge: 'Which call on that line returns a promise, and who awaits it, returns it, or handles its rejection?',
      concept:
        'Every promise needs an owner: `await` it, return it, or attach `.catch`. Async callbacks passed to `forEach`, timers or event APIs are not awaited by them. Mark deliberate fire-and-forget with `void` and a `.catch`.',
      analogousExample:
        'Similar: in a CLI, `main();` at the bottom of the file lets a rejection crash with an unhelpful trace; `main().catch((e) => { console.error(e.message); process.exitCode = 1; })` handles it and exits cleanly.',
      pseudoCode:
        'for each promise-returning call:\n    if the caller needs the result or ordering: await it\n    else if many can run together: await Promise.all(items.map(async ...))\n    else (true fire-and-forget): void call().catch(logError)\nreplace array.forEach(async ...) with for...of + await',
    },
  },
  {
    conceptId: 'js.truthiness-coercion',
    fundamentals: {
      title: 'Truthiness and loose equality',
      conceptId: 'js.truthiness-coercion',
      level: 'fundamentals',
      explanation: `Conditions in JavaScript test **truthiness**, not booleans. Exactly these values are falsy: \`false\`, \`0\`, \`-0\`, \`0n\`, \`""\`, \`null\`, \`undefined\`, \`NaN\`. Everything else is truthy, including \`"0"\`, \`"false"\`, \`[]\` and \`{}\`.

That makes \`if (value)\` a poor test whenever \`0\` or \`""\` are legitimate values:

~~~js
function setVolume(level) {
  if (!level) level = 50;       // a requested 0 (mute) becomes 50
  if (level == null) level = 50; // only null/undefined are replaced
  level ??= 50;                  // same, shorter
}
~~~

Loose equality \`==\` converts operands before comparing, with rules few people remember: \`"" == 0\` is true, \`"0" == false\` is true, \`null == 0\` is false, \`[1] == 1\` is true. Use \`===\`/\`!==\` everywhere; the one idiom some teams allow is \`x == null\`, which matches exactly \`null\` and \`undefined\`.

Be explicit about what you are testing:

- missing: \`value === undefined\`, \`value == null\`, or \`??\`;
- empty string: \`str === ""\` or \`str.length === 0\`;
- empty array: \`arr.length === 0\` (an empty array is truthy);
- not-a-number: \`Number.isNaN(x)\` (\`x === NaN\` is always false).

ESLint's \`eqeqeq\` rule and TypeScript's \`strict-boolean-expressions\` (typescript-eslint) catch most of these.`,
      workedExample: {
        language: 'javascript',
        before: `function buildQuery(filters) {
  const params = new URLSearchParams();
  if (filters.minPrice) params.set('minPrice', filters.minPrice);
  if (filters.search) params.set('q', filters.search);
  if (filters.tags) params.set('tags', filters.tags.join(','));
  return params.toString();
}`,
        after: `function buildQuery(filters) {
  const params = new URLSearchParams();
  if (filters.minPrice != null) params.set('minPrice', String(filters.minPrice));
  if (filters.search?.trim()) params.set('q', filters.search.trim());
  if (filters.tags?.length) params.set('tags', filters.tags.join(','));
  return params.toString();
}`,
        note: 'A minPrice of 0 is a real filter but was dropped as falsy, while an empty tags array was truthy and produced "tags=". Each condition now tests what it means: present, non-blank, non-empty.',
      },
      pitfalls: [
        'Using `if (x)` or `||` defaults where `0`, `""` or `false` are valid values.',
        'Testing arrays or objects for emptiness with truthiness: `[]` and `{}` are truthy.',
        'Comparing with `== ` and relying on coercion rules.',
      ],
      quiz: [
        {
          kind: 'predict-output',
          prompt: 'What does this print?',
          code: `const values = [0, '0', '', [], null, NaN, 'false'];
console.log(values.filter(Boolean).length, '' == 0, null == 0, null == undefined);`,
          answer: '3 true false true',
          explanation:
            'Truthy are "0", [] and "false" (3). "" == 0 converts "" to 0; null is loosely equal only to undefined (and itself), so null == 0 is false.',
        },
        {
          kind: 'multiple-choice',
          prompt: 'Which check is true exactly when `count` is null or undefined?',
          code: '',
          choices: ['!count', 'count == null', 'count === null', 'typeof count === "undefined"'],
          answerIndex: 1,
          explanation:
            'count == null matches null and undefined and nothing else. !count also matches 0, "" and NaN; === null misses undefined; typeof misses null.',
        },
      ],
    },
    advanced: {
      title: 'Coercion in depth: ToPrimitive, comparisons and numeric parsing',
      conceptId: 'js.truthiness-coercion',
      level: 'advanced',
      explanation: `**Abstract equality** (\`==\`) follows the spec's IsLooselyEqual: \`null\` and \`undefined\` equal each other only; a number compared with a string converts the string to a number; booleans convert to numbers **first** (so \`"1" == true\` but \`"true" == true\` is false); objects are converted with ToPrimitive (\`valueOf\`, then \`toString\`, or \`Symbol.toPrimitive\`).

**Relational operators** (\`<\`, \`>=\`) always coerce: \`null >= 0\` is true while \`null == 0\` is false, and strings compare lexicographically by UTF-16 code unit (\`"10" < "9"\`).

**Parsing numbers.** \`Number("")\` is 0, \`Number(" 42 ")\` is 42, \`Number("42px")\` is NaN, while \`parseInt("42px", 10)\` is 42 and \`parseFloat("1e3")\` is 1000. Choose deliberately, and always check the result:

~~~js
const n = Number(input);
if (input.trim() === '' || !Number.isFinite(n)) throw new Error(\`not a number: "\${input}"\`);
~~~

**Object.is** differs from \`===\` only for \`NaN\` (equal) and \`+0\`/\`-0\` (different); \`Array.prototype.includes\` uses SameValueZero, so \`[NaN].includes(NaN)\` is true while \`indexOf\` returns -1.

**Date and arithmetic.** \`date1 - date2\` coerces to numbers (milliseconds); \`date1 + 1\` concatenates a string.

**Templates** call \`toString\`: \`\${obj}\` prints \`[object Object]\` unless the class defines it; log structured values with \`JSON.stringify\` or a logger instead.`,
      workedExample: {
        language: 'javascript',
        before: `function parseQuantity(input) {
  const qty = parseInt(input);
  return qty || 1; // "abc" -> 1, "0" -> 1, "2.9" -> 2, "1e3" -> 1
}`,
        after: `function parseQuantity(input) {
  const text = String(input).trim();
  const qty = Number(text);
  if (text === '' || !Number.isInteger(qty) || qty < 0) {
    throw new RangeError(\`Quantity must be a non-negative whole number, got "\${input}"\`);
  }
  return qty;
}`,
        note: 'parseInt stops at the first non-digit, so "2.9" and "1e3" were silently misread, and the || default turned both garbage and a real 0 into 1. Number plus explicit integer and range checks accepts only what the field means.',
      },
      pitfalls: [
        'Using `parseInt` without a radix, or on input that may contain decimals or exponents.',
        'Comparing numeric strings with `<`/`>`, which compares them as text.',
        'Checking for NaN with `===` or `indexOf`.',
      ],
      quiz: [
        {
          kind: 'predict-output',
          prompt: 'What does this print?',
          code: `console.log('1' == true, 'true' == true, null >= 0, '10' < '9', [NaN].includes(NaN), [NaN].indexOf(NaN));`,
          answer: 'true false true true true -1',
          explanation:
            'true converts to 1 first, so "1" == 1 holds but "true" becomes NaN. >= converts null to 0. Strings compare by characters ("1" < "9"). includes uses SameValueZero, indexOf uses ===.',
        },
        {
          kind: 'spot-the-bug',
          prompt: 'Prices like "1,299.00" come back as 1 instead of an error. Which line?',
          code: `function toCents(priceText) {
  const value = parseFloat(priceText);
  if (Number.isNaN(value)) throw new Error('invalid price');
  return Math.round(value * 100);
}`,
          bugLine: 2,
          answer: 'Parse strictly: strip the thousands separators you accept, then use `Number(...)` (which rejects trailing garbage) and check `Number.isFinite`.',
          explanation:
            'parseFloat reads the longest numeric prefix, "1", and ignores the rest, so the NaN check never fires for partially numeric input.',
        },
      ],
    },
    hints: {
      nudge: 'What exact values can reach that condition or comparison, and which of them are falsy or get converted?',
      concept:
        'Conditions test truthiness (`0`, `""`, `NaN`, `null`, `undefined`, `false` are falsy) and `==` converts types. Use `===`, `??` for defaults, and explicit tests (`== null`, `.length === 0`, `Number.isNaN`) that say what you mean.',
      analogousExample:
        'Similar: `const page = query.page || 1` works until a client sends `page=0` and silently gets page 1; `const page = query.page ?? 1` with a separate validation of the number keeps the two cases apart.',
      pseudoCode:
        'decide what "missing" means for this value (null/undefined? empty string? zero?)\nwrite that test explicitly (== null, === "", .length === 0, Number.isNaN)\nuse ?? instead of || for defaults\nreplace == with ===',
    },
  },
  {
    conceptId: 'js.array-methods',
    fundamentals: {
      title: 'Array methods: map, filter, reduce, find and friends',
      conceptId: 'js.array-methods',
      level: 'fundamentals',
      explanation: `Array methods express transformations declaratively. Pick the one that says what you mean:

| want | method | returns |
|---|---|---|
| transform each | \`map\` | new array, same length |
| keep some | \`filter\` | new array |
| first match | \`find\` / \`findIndex\` / \`findLast\` | element or \`undefined\` / index or -1 |
| any / all | \`some\` / \`every\` | boolean, stops early |
| flatten after mapping | \`flatMap\` | new array |
| fold to one value | \`reduce\` | anything |

The callback must **return** a value. With braces, an arrow function needs an explicit \`return\`, otherwise \`map\` produces \`undefined\`s and \`filter\` keeps nothing:

~~~js
users.map((u) => { u.name });          // [undefined, undefined]
users.map((u) => u.name);              // ['ada', 'linus']
users.map((u) => ({ id: u.id }));      // object literal needs parentheses
~~~

\`map\`, \`filter\`, \`slice\`, \`concat\` and the ES2023 \`toSorted\`, \`toReversed\`, \`toSpliced\`, \`with\` return new arrays. \`sort\`, \`reverse\`, \`splice\`, \`push\`, \`fill\` **mutate** in place.

Use \`forEach\` or \`for...of\` for side effects; using \`map\` for side effects builds an array nobody reads. \`reduce\` is powerful but often less readable than a loop or a more specific method (\`Object.groupBy\`, \`Math.max(...xs)\`, \`.join\`); always pass its initial value.`,
      workedExample: {
        language: 'javascript',
        before: `const activeEmails = [];
users.map((u) => {
  if (u.active) activeEmails.push(u.email.toLowerCase());
});
const hasAdmin = users.filter((u) => u.role === 'admin').length > 0;`,
        after: `const activeEmails = users
  .filter((u) => u.active)
  .map((u) => u.email.toLowerCase());
const hasAdmin = users.some((u) => u.role === 'admin');`,
        note: 'map was used for side effects and produced a throwaway array of undefined. filter-then-map states the intent; some stops at the first admin instead of building a filtered array only to count it.',
      },
      pitfalls: [
        'Arrow callbacks with braces and no `return` in `map`/`filter`/`find`.',
        'Calling mutating methods (`sort`, `reverse`, `splice`) on arrays shared with other code.',
        '`reduce` without an initial value, which throws on empty arrays.',
      ],
      quiz: [
        {
          kind: 'predict-output',
          prompt: 'What does this print?',
          code: `const orders = [{ id: 1, total: 30 }, { id: 2, total: 0 }, { id: 3, total: 45 }];
const ids = orders.map((o) => { o.id; });
const big = orders.find((o) => o.total > 40);
const sum = orders.reduce((acc, o) => acc + o.total, 0);
console.log(ids.length, ids[0], big.id, sum);`,
          answer: '3 undefined 3 75',
          explanation:
            'The map callback has braces and no return, so every element maps to undefined (length is still 3). find returns the first order over 40, and reduce with an initial 0 sums the totals.',
        },
        {
          kind: 'multiple-choice',
          prompt: 'Which of these leaves `scores` unchanged?',
          code: `const scores = [3, 1, 2];`,
          choices: ['scores.sort()', 'scores.reverse()', 'scores.toSorted()', 'scores.splice(0, 1)'],
          answerIndex: 2,
          explanation:
            'toSorted (ES2023) returns a sorted copy. sort, reverse and splice modify the array in place.',
        },
      ],
    },
    advanced: {
      title: 'Array methods in practice: async callbacks, holes, grouping and performance',
      conceptId: 'js.array-methods',
      level: 'advanced',
      explanation: `**Async callbacks.** \`map\` with an async callback returns an array of promises; await them with \`Promise.all\`. \`filter\`, \`some\`, \`find\` and \`sort\` do **not** await: an async predicate returns a promise, which is always truthy, so \`items.filter(async x => await isValid(x))\` keeps everything.

~~~js
const checks = await Promise.all(items.map((x) => isValid(x)));
const valid = items.filter((_, i) => checks[i]);
~~~

**Grouping and indexing.** \`Object.groupBy(items, fn)\` and \`Map.groupBy\` (ES2024, Node 21+) replace hand-written \`reduce\` grouping; \`new Map(items.map(x => [x.id, x]))\` indexes by key for O(1) lookups instead of \`find\` inside a loop (which is O(n²)).

**Sparse arrays.** \`new Array(3)\` has holes, and \`map\`/\`forEach\` skip holes; \`Array.from({ length: 3 }, (_, i) => i)\` creates real elements.

**Sorting correctly.** Comparators must return negative, zero or positive, consistently; returning a boolean (\`(a, b) => a > b\`) gives engine-dependent results. For strings use \`a.localeCompare(b)\` or an \`Intl.Collator\`; \`sort\` is stable since ES2019, so multi-key sorting can be done in passes.

**Chains and performance.** Each \`map\`/\`filter\` allocates an intermediate array. That is irrelevant for hundreds of items and measurable for millions; then a single loop, or iterator helpers (\`values().filter().map()\`, ES2025) avoid the intermediates.

**Callback arguments.** Callbacks receive \`(element, index, array)\`, which is why \`['1', '2', '3'].map(parseInt)\` gives \`[1, NaN, NaN]\`.`,
      workedExample: {
        language: 'javascript',
        before: `const enriched = orders.map((order) => ({
  ...order,
  customer: customers.find((c) => c.id === order.customerId), // O(n*m)
}));
const paidOnly = enriched.filter(async (o) => await payments.isPaid(o.id)); // keeps all`,
        after: `const customersById = new Map(customers.map((c) => [c.id, c]));
const enriched = orders.map((order) => ({
  ...order,
  customer: customersById.get(order.customerId),
}));
const paid = await Promise.all(enriched.map((o) => payments.isPaid(o.id)));
const paidOnly = enriched.filter((_, i) => paid[i]);`,
        note: 'find inside map scanned all customers for every order; a Map lookup is constant time. The async filter kept every order because a pending promise is truthy; resolving the checks first and filtering on the booleans gives the intended result.',
      },
      pitfalls: [
        'Async predicates in `filter`/`some`/`find`: promises are always truthy.',
        '`find` inside a loop over another large array instead of a `Map` index.',
        'Comparators that return booleans, and `map(parseInt)` receiving the index as radix.',
      ],
      quiz: [
        {
          kind: 'predict-output',
          prompt: 'What does this print?',
          code: `console.log(['1', '2', '3'].map(parseInt).join(','), ['10', '9', '1'].map(Number).sort().join(','));`,
          answer: '1,NaN,NaN 1,10,9',
          explanation:
            'map passes (element, index): parseInt("2", 1) and parseInt("3", 2) are NaN. sort without a comparator compares the numbers as strings, so 10 sorts before 9.',
        },
        {
          kind: 'spot-the-bug',
          prompt: 'Every file is kept, even ones that do not exist. Which line?',
          code: `import { access } from 'node:fs/promises';

async function existing(paths) {
  const exists = async (p) => access(p).then(() => true, () => false);
  return paths.filter(async (p) => await exists(p));
}`,
          bugLine: 5,
          answer: 'Resolve the checks first: `const flags = await Promise.all(paths.map(exists)); return paths.filter((_, i) => flags[i]);`.',
          explanation:
            'filter does not await its callback. An async callback returns a promise, which is truthy, so every path passes.',
        },
      ],
    },
    hints: {
      nudge: 'What does the callback on that line actually return for each element, and does the method mutate the array or await the callback?',
      concept:
        'Array methods need callbacks that return values (`map`: the new element, `filter`/`some`/`find`: a boolean). Some methods mutate (`sort`, `reverse`, `splice`), others return copies. None of them await async callbacks except through `Promise.all` over `map`.',
      analogousExample:
        'Similar: `const names = rows.map(r => { r.name.trim() })` yields undefineds; `rows.map(r => r.name.trim())` (no braces) or adding `return` produces the names.',
      pseudoCode:
        'choose the method that matches the intent (map / filter / find / some / reduce)\nmake the callback return the value (no braces, or an explicit return)\nif the array is shared: use non-mutating versions (toSorted, slice, spread)\nif the callback is async: results = await Promise.all(arr.map(fn)), then use results',
    },
  },
];
