import type { LibraryEntry } from '../libraryEntry';

/** Built-in material for asynchrony, concurrency, errors and resources; the library registry serves it offline. */
export const crossLanguageAsyncEntries: readonly LibraryEntry[] = [
  {
    conceptId: 'async-await',
    fundamentals: {
      title: 'async/await: sequential-looking code over asynchronous work',
      conceptId: 'async-await',
      level: 'fundamentals',
      explanation: `An \`async\` function always returns a promise (a \`Task\` in C#, a coroutine object in Python). Inside it, \`await\` suspends the function until the awaited operation settles, then resumes with its value or throws its error. The caller is not blocked; the event loop runs other work meanwhile.

\`\`\`ts
async function loadProfile(id: string): Promise<Profile> {
  const res = await fetch(\`/api/users/\${id}\`);
  if (!res.ok) throw new Error(\`HTTP \${res.status}\`);
  return (await res.json()) as Profile;
}
\`\`\`

Three rules cover most bugs:

1. **Await what you call.** \`saveUser(u)\` without \`await\` starts the work and moves on; errors become unhandled rejections and ordering is lost. Linters flag this as a floating promise.
2. **The result is a promise.** \`const p = loadProfile(id)\` is a \`Promise<Profile>\`, not a profile; \`p.name\` is \`undefined\`.
3. **\`await\` only works inside \`async\` functions** (and at the top level of ES modules). An \`await\` inside a \`forEach\` callback awaits in the callback, not in your function.

Python's \`async def\`/\`await\` works the same way, except that calling a coroutine function does nothing until the coroutine is awaited or scheduled. C# \`async Task\` methods start running synchronously until the first incomplete \`await\`.`,
      workedExample: {
        language: 'typescript',
        before: `async function saveAll(users: User[]): Promise<void> {
  users.forEach(async (u) => {
    await db.save(u);
  });
  console.log('saved'); // printed before any save finishes
}`,
        after: `async function saveAll(users: User[]): Promise<void> {
  for (const u of users) {
    await db.save(u);
  }
  console.log('saved');
}`,
        note: '`forEach` ignores the promises its callback returns, so nothing waited; a `for…of` loop awaits each save in order (use `Promise.all` when they may run together).',
      },
      pitfalls: [
        'A missing `await` compiles fine and loses both ordering and error handling; enable `@typescript-eslint/no-floating-promises`.',
        '`array.forEach(async …)` never waits; use `for…of` or `Promise.all(array.map(…))`.',
        'Wrapping an `await` in `try` only catches errors of awaited promises, not of promises started and left floating.',
      ],
      quiz: [
        {
          kind: 'predict-output',
          prompt: 'What does this print?',
          code: `async function f(): Promise<number> {
  console.log('b');
  return 1;
}
console.log('a');
f().then((v) => console.log('d' + v));
console.log('c');`,
          answer: 'a\nb\nc\nd1',
          explanation: 'An async function runs synchronously until its first `await` (here it has none), so "b" prints during the call. Its result is delivered through a promise, whose `then` callback runs after the current synchronous code, so "c" comes before "d1".',
        },
        {
          kind: 'multiple-choice',
          prompt: 'What is the type of `user` here?',
          code: `async function getUser(): Promise<{ name: string }> { return { name: 'ada' }; }
const user = getUser();`,
          choices: ['{ name: string }', 'Promise<{ name: string }>', 'string', 'void'],
          answerIndex: 1,
          explanation: 'Calling an async function returns a promise immediately; only `await getUser()` yields the object.',
        },
      ],
    },
    advanced: {
      title: 'async/await: sequencing, parallelism and cancellation',
      conceptId: 'async-await',
      level: 'advanced',
      explanation: `\`await\` in a loop serialises work. That is right when each step depends on the previous one and wasteful when the steps are independent:

\`\`\`ts
const a = await getA();           // 100 ms
const b = await getB();           // 100 ms, total 200 ms
const [c, d] = await Promise.all([getA(), getB()]); // total ~100 ms
\`\`\`

Start independent operations first, await them together. But unbounded \`Promise.all(items.map(call))\` over thousands of items floods servers and file handles; batch or use a small concurrency limiter.

**Errors.** With \`Promise.all\`, the first rejection rejects the whole call while the other operations keep running; use \`Promise.allSettled\` when you need every outcome. Starting a promise early and awaiting it later is risky: if it rejects before you reach the \`await\`, Node reports an unhandled rejection.

**Cancellation** is cooperative. Pass an \`AbortSignal\` down to \`fetch\` and your own loops (\`signal.throwIfAborted()\`); in Python, \`asyncio\` cancels by raising \`CancelledError\` at the next \`await\`, and \`asyncio.TaskGroup\` (3.11+) cancels siblings on failure; in C#, thread a \`CancellationToken\`.

**Return vs return await.** Inside \`try\`, \`return await p\` lets the surrounding \`catch\`/\`finally\` see the rejection; \`return p\` does not.`,
      workedExample: {
        language: 'typescript',
        before: `async function dashboard(userId: string) {
  const profile = await api.profile(userId);
  const orders = await api.orders(userId);
  const alerts = await api.alerts(userId);
  return { profile, orders, alerts };
}`,
        after: `async function dashboard(userId: string, signal: AbortSignal) {
  const [profile, orders, alerts] = await Promise.all([
    api.profile(userId, { signal }),
    api.orders(userId, { signal }),
    api.alerts(userId, { signal }),
  ]);
  return { profile, orders, alerts };
}`,
        note: 'The three requests do not depend on each other, so they run concurrently; the signal lets the caller abandon all three when the view closes.',
      },
      pitfalls: [
        '`return promise` inside `try` skips the `catch`; write `return await promise` there.',
        '`Promise.all` does not cancel the remaining operations when one fails; they keep running and their results are dropped.',
        'Mapping thousands of items straight into `Promise.all` opens thousands of connections at once.',
      ],
      quiz: [
        {
          kind: 'spot-the-bug',
          prompt: 'The `catch` never logs when `fetchData` rejects. Which line is wrong?',
          code: `async function load() {
  try {
    return fetchData();
  } catch (err) {
    console.error('load failed', err);
    return null;
  }
}`,
          bugLine: 3,
          answer: 'Use `return await fetchData();` so the rejection is raised inside the `try`.',
          explanation: 'Returning the promise hands it to the caller unawaited; the function leaves the `try` before the promise settles, so its rejection bypasses the `catch`.',
        },
        {
          kind: 'predict-output',
          prompt: 'Roughly how many milliseconds does `main` take, as printed?',
          code: `const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
async function main() {
  const start = Date.now();
  const a = sleep(100);
  const b = sleep(100);
  await a;
  await b;
  console.log(Math.round((Date.now() - start) / 100) * 100);
}
void main();`,
          answer: '100',
          explanation: 'Both timers start before the first `await`, so they run concurrently; awaiting them one after the other still finishes at about 100 ms, not 200.',
        },
      ],
    },
    hints: {
      nudge: 'Is something here a promise (or coroutine, or task) that is being used as if it were already its value, or not awaited at all?',
      concept: 'An async function returns a promise at once; `await` suspends until it settles and yields its value or throws its error. Anything not awaited runs on its own, unordered and with its errors unobserved.',
      analogousExample: 'If `const rows = db.query(sql); rows.length` gives undefined, the query returned a promise: `const rows = await db.query(sql)` inside an async function gives the array.',
      pseudoCode: 'mark the enclosing function async\nfor each asynchronous call whose result or completion matters:\n    await it (or collect several and await them together)\nlet the caller await this function in turn',
    },
  },
  {
    conceptId: 'promises',
    fundamentals: {
      title: 'Promises: values that arrive later',
      conceptId: 'promises',
      level: 'fundamentals',
      explanation: `A promise represents one asynchronous result. It is **pending**, then settles once: **fulfilled** with a value or **rejected** with a reason. Settling is final; resolving twice is ignored.

\`.then(onFulfilled)\` returns a *new* promise, which is why chains work: returning a value from the callback fulfils the next promise, returning a promise adopts it, and throwing rejects it. One \`.catch\` at the end handles a rejection from any earlier step.

\`\`\`ts
fetch(url)
  .then((res) => res.json())   // returns a promise: the chain waits for it
  .then((data) => render(data))
  .catch((err) => showError(err));
\`\`\`

Callbacks passed to \`then\` always run asynchronously, as microtasks after the current synchronous code, even when the promise is already settled.

The combinators cover most needs: \`Promise.all\` (all fulfil, or first rejection), \`Promise.allSettled\` (every outcome), \`Promise.race\` (first to settle), \`Promise.any\` (first to fulfil). Equivalent types elsewhere: \`CompletableFuture\` in Java, \`Task\` in C#, \`asyncio.Future\` in Python, \`Future\` in Rust (which, unlike a JavaScript promise, does nothing until polled).

In new code prefer \`async\`/\`await\` over long \`.then\` chains; it is the same machinery with ordinary control flow.`,
      workedExample: {
        language: 'typescript',
        before: `function loadSettings(): Promise<Settings> {
  return fetch('/settings')
    .then((res) => {
      res.json(); // result dropped
    })
    .then((data) => data as Settings);
}`,
        after: `function loadSettings(): Promise<Settings> {
  return fetch('/settings')
    .then((res) => res.json())
    .then((data) => data as Settings);
}`,
        note: 'A `then` callback must return the next promise; a block body without `return` fulfils the chain with `undefined` and never waits for the JSON.',
      },
      pitfalls: [
        'A `then` callback with braces but no `return` passes `undefined` down the chain.',
        'A `.catch` in the middle of a chain converts the rejection into a fulfilled value, so later steps run with whatever it returned.',
        'Creating a promise with `new Promise` around an API that already returns one (the "explicit construction" anti-pattern) loses rejections.',
      ],
      quiz: [
        {
          kind: 'predict-output',
          prompt: 'What does this print?',
          code: `Promise.resolve(1)
  .then((x) => x + 1)
  .then((x) => { throw new Error(String(x)); })
  .then(() => console.log('skipped'))
  .catch((e: Error) => e.message + '!')
  .then((v) => console.log(v));`,
          answer: '2!',
          explanation: 'The throw rejects the chain with "2", the next `then` is skipped, `catch` returns "2!" which fulfils the following promise, and the last `then` logs it.',
        },
        {
          kind: 'multiple-choice',
          prompt: 'Which combinator waits for every promise and never rejects, reporting each outcome?',
          code: '',
          choices: ['Promise.all', 'Promise.race', 'Promise.allSettled', 'Promise.any'],
          answerIndex: 2,
          explanation: '`allSettled` fulfils with `{status, value|reason}` for each input. `all` rejects on the first failure, `race` settles with the first to settle, `any` fulfils with the first success.',
        },
      ],
    },
    advanced: {
      title: 'Promises: microtasks, unhandled rejections and wrapping callbacks',
      conceptId: 'promises',
      level: 'advanced',
      explanation: `**Ordering.** Promise reactions run as microtasks, drained completely after each macrotask (timer, I/O callback) and before rendering. So \`setTimeout(f, 0)\` runs after every already-queued promise callback, and a loop that keeps scheduling microtasks starves timers and I/O.

**Unhandled rejections.** A rejected promise with no handler attached by the end of the microtask checkpoint triggers \`unhandledRejection\`; since Node 15 that crashes the process by default. Attach handlers in the same tick you create the promise, or await it promptly.

**Wrapping callback APIs.** Use \`util.promisify\` or the promise variants (\`fs/promises\`). When you must construct a promise, resolve or reject exactly once and never throw inside an asynchronous callback, because that throw escapes the executor:

\`\`\`ts
function once(emitter: EventEmitter, name: string): Promise<unknown> {
  return new Promise((resolve, reject) => {
    emitter.once(name, resolve);
    emitter.once('error', reject);
  });
}
\`\`\`

(Node ships \`events.once\` for exactly this, with cleanup of the other listener.)

**Thenables.** Anything with a \`then\` method is adopted by \`await\` and \`Promise.resolve\`; an object that accidentally defines \`then\` will hang an \`await\`.

**Timeouts.** \`Promise.race([op, timeout])\` returns early but does not stop \`op\`; pair it with an \`AbortSignal\` (\`AbortSignal.timeout(ms)\`) so the work itself stops.`,
      workedExample: {
        language: 'typescript',
        before: `function readConfig(path: string): Promise<string> {
  return new Promise((resolve) => {
    fs.readFile(path, 'utf8', (err, text) => {
      if (err) throw err; // escapes: the promise never settles
      resolve(text);
    });
  });
}`,
        after: `import { readFile } from 'node:fs/promises';

function readConfig(path: string): Promise<string> {
  return readFile(path, 'utf8');
}`,
        note: 'The built-in promise API rejects properly; a throw inside a callback would crash the process and leave the promise pending forever.',
      },
      pitfalls: [
        'Throwing inside an asynchronous callback in a `new Promise` executor does not reject the promise.',
        '`Promise.race` with a timer leaves the losing operation running; cancel it with an AbortSignal.',
        'A promise created now and awaited later can reject in between and crash the process as unhandled.',
      ],
      quiz: [
        {
          kind: 'predict-output',
          prompt: 'What does this print?',
          code: `setTimeout(() => console.log('timeout'), 0);
Promise.resolve().then(() => console.log('micro 1')).then(() => console.log('micro 2'));
console.log('sync');`,
          answer: 'sync\nmicro 1\nmicro 2\ntimeout',
          explanation: 'Synchronous code runs first; then the microtask queue drains completely, including the reaction queued by the first `then`; only then does the timer callback run.',
        },
        {
          kind: 'spot-the-bug',
          prompt: 'Callers sometimes hang forever. Which line is the cause?',
          code: `function waitForReady(socket: Socket): Promise<void> {
  return new Promise((resolve) => {
    socket.on('ready', () => resolve());
    socket.on('error', (err) => console.error(err));
  });
}`,
          bugLine: 4,
          answer: 'Reject on error: take `reject` in the executor and write `socket.on("error", reject)`.',
          explanation: 'When the socket fails, the error is only logged and the promise stays pending, so every `await waitForReady(...)` hangs.',
        },
      ],
    },
    hints: {
      nudge: 'Follow the chain: does every step return the promise or value the next step needs, and is every rejection handled somewhere?',
      concept: 'A promise settles once, fulfilled or rejected. `then` returns a new promise built from what its callback returns or throws, so a missing `return` or a missing rejection path breaks the chain.',
      analogousExample: 'In `getUser().then(u => { loadOrders(u.id) })` the orders are never waited for: the braces swallow the promise; `then(u => loadOrders(u.id))` returns it.',
      pseudoCode: 'for each step of the chain:\n    return the next promise or value from the callback\nhandle rejection once, at the end (or await inside try/catch)\nwhen wrapping a callback API: resolve on success, reject on every error path',
    },
  },
  {
    conceptId: 'concurrency',
    fundamentals: {
      title: 'Concurrency: overlapping work and shared state',
      conceptId: 'concurrency',
      level: 'fundamentals',
      explanation: `Concurrency means several tasks are in progress at once; parallelism means they literally execute at the same instant on different cores. A Node.js or \`asyncio\` program is concurrent on one thread; Go, Java, C# and Rust programs are also parallel.

Either way, the hazard is the same: **state shared between tasks can change between two of your steps**. In single-threaded async code, those steps are separated by \`await\`; with threads, by any instruction.

\`\`\`python
balance = 100
async def withdraw(amount: int) -> None:
    global balance
    if balance >= amount:          # check
        await audit(amount)        # another task runs here
        balance -= amount          # act on a stale check
\`\`\`

Two \`withdraw(80)\` tasks can both pass the check and leave \`-60\`. The tools:

- **Avoid sharing**: give each task its own data and combine results at the end.
- **Make check-and-act atomic**: hold a lock (\`asyncio.Lock\`, \`threading.Lock\`, \`sync.Mutex\`, \`lock\` in C#) around both.
- **Communicate instead**: send work through a queue or channel owned by one task.
- **Use atomic operations** for counters (\`AtomicInteger\`, \`Interlocked\`, \`sync/atomic\`).

Python's GIL does not make \`balance -= amount\` atomic across threads either: it is a read, a subtract and a write.`,
      workedExample: {
        language: 'python',
        before: `import asyncio

balance = 100

async def withdraw(amount: int) -> None:
    global balance
    if balance >= amount:
        await asyncio.sleep(0)  # e.g. an audit call
        balance -= amount`,
        after: `import asyncio

balance = 100
balance_lock = asyncio.Lock()

async def withdraw(amount: int) -> None:
    global balance
    async with balance_lock:
        if balance >= amount:
            await asyncio.sleep(0)
            balance -= amount`,
        note: 'The check and the update now happen with the lock held, so no other withdrawal can run between them.',
      },
      pitfalls: [
        'Single-threaded async code still has races: every `await` is a point where other tasks run.',
        'Locking only the write but not the check leaves the check-then-act race in place.',
        'Holding a lock across slow I/O serialises everything behind it; keep critical sections short.',
      ],
      quiz: [
        {
          kind: 'predict-output',
          prompt: 'What does this print?',
          code: `import asyncio

counter = 0

async def bump() -> None:
    global counter
    value = counter
    await asyncio.sleep(0)
    counter = value + 1

async def main() -> None:
    await asyncio.gather(bump(), bump(), bump())
    print(counter)

asyncio.run(main())`,
          answer: '1',
          explanation: 'All three tasks read 0 before any of them writes, because each yields at `await asyncio.sleep(0)`. Each then writes 0 + 1, so two increments are lost.',
        },
        {
          kind: 'multiple-choice',
          prompt: 'Which statement about Python threads and `count += 1` is true?',
          code: '',
          choices: [
            'The GIL makes it atomic, so no lock is needed.',
            'It is a read, an add and a write; another thread can run in between, so updates can be lost.',
            'Python raises an error when two threads modify the same variable.',
            'It is atomic only for integers below 256.',
          ],
          answerIndex: 1,
          explanation: 'The GIL guarantees one bytecode at a time, not that a sequence of bytecodes runs uninterrupted. Use a lock or a thread-safe structure.',
        },
      ],
    },
    advanced: {
      title: 'Concurrency: structured tasks, bounded work and deadlocks',
      conceptId: 'concurrency',
      level: 'advanced',
      explanation: `Beyond races, production concurrency bugs are about **lifetimes** and **limits**.

**Structured concurrency.** A task started in a scope should finish, or be cancelled, before that scope returns, and its errors should reach the parent. Python's \`asyncio.TaskGroup\` (3.11+), Java 21's \`StructuredTaskScope\` (preview), Kotlin's \`coroutineScope\` and Go's \`errgroup\` do this. Fire-and-forget tasks (\`asyncio.create_task\` without keeping a reference, a goroutine with no owner) leak, swallow errors and can be garbage-collected mid-flight.

**Bounded concurrency.** Unbounded fan-out overloads downstreams. Use a semaphore or worker pool sized to what the dependency tolerates:

\`\`\`python
limit = asyncio.Semaphore(8)
async def fetch(url: str) -> bytes:
    async with limit:
        return await client.get(url)
\`\`\`

**Deadlock** needs a cycle of waits. Acquire multiple locks in one global order, never call unknown code (callbacks, logging sinks) while holding a lock, and never block on async work from inside the event loop (\`.Result\` in C#, \`asyncio.run\` inside a running loop).

**Visibility.** With threads, a write by one thread is only guaranteed visible to another after synchronisation (a lock, a volatile/atomic, a channel send). Java's memory model, C#'s \`volatile\` and Go's race detector (\`go test -race\`) exist because "it worked on my machine" proves nothing here.`,
      workedExample: {
        language: 'python',
        before: `import asyncio

async def refresh_all(ids: list[str]) -> None:
    for i in ids:
        asyncio.create_task(refresh(i))  # not awaited, not kept
    print("refresh started")`,
        after: `import asyncio

async def refresh_all(ids: list[str]) -> None:
    limit = asyncio.Semaphore(8)

    async def bounded(i: str) -> None:
        async with limit:
            await refresh(i)

    async with asyncio.TaskGroup() as group:
        for i in ids:
            group.create_task(bounded(i))
    print("refresh finished")`,
        note: 'The task group waits for every refresh and surfaces their errors; the semaphore keeps at most eight in flight.',
      },
      pitfalls: [
        'Tasks created with `asyncio.create_task` and not referenced can be garbage-collected before they finish.',
        'Taking two locks in different orders in two code paths is the classic deadlock.',
        'Blocking on an async result from inside the event loop thread deadlocks or stalls the whole loop.',
      ],
      quiz: [
        {
          kind: 'spot-the-bug',
          prompt: 'This occasionally deadlocks under load. Which line breaks the lock-ordering rule?',
          code: `def transfer(a, b, amount):
    with a.lock:
        with b.lock:
            a.balance -= amount
            b.balance += amount

def audit(a, b):
    with b.lock:
        with a.lock:
            return a.balance + b.balance`,
          bugLine: 8,
          answer: 'Take the locks in the same order everywhere, e.g. always `a.lock` then `b.lock` (or order by account id).',
          explanation: '`transfer` holds a then waits for b while `audit` holds b then waits for a: a cycle. Acquiring b first on line 8 is what creates it.',
        },
        {
          kind: 'multiple-choice',
          prompt: 'What does `asyncio.TaskGroup` do when one of its tasks raises?',
          code: '',
          choices: [
            'Ignores the error and lets the others finish.',
            'Cancels the remaining tasks and raises an ExceptionGroup from the `async with` block.',
            'Retries the failed task once.',
            'Logs the error and returns None for that task.',
          ],
          answerIndex: 1,
          explanation: 'Task groups are structured: a failure cancels siblings and the errors propagate to the parent as an `ExceptionGroup`, handled with `except*`.',
        },
      ],
    },
    hints: {
      nudge: 'Which data is touched by more than one task here, and can anything run between the moment it is read and the moment it is written?',
      concept: 'Concurrency bugs come from shared state changing between two steps of one task. Avoid sharing, make check-and-act atomic with a lock, or hand the state to a single owner through a queue or channel.',
      analogousExample: 'A cache that does `if key not in cache: cache[key] = await load(key)` can load the same key twice when two requests interleave; a per-key lock or storing the in-flight future fixes the duplication.',
      pseudoCode: 'identify state shared between tasks\nif it can be private to each task: make it private and merge results\nelse: acquire one lock\n    check the condition\n    act on it\n  release the lock (keep the section short)',
    },
  },
  {
    conceptId: 'error-handling',
    fundamentals: {
      title: 'Error handling: fail loudly, recover deliberately',
      conceptId: 'error-handling',
      level: 'fundamentals',
      explanation: `Good error handling answers two questions at each call that can fail: **can this code do something useful about the failure**, and if not, **does the failure reach someone who can**?

Handle an error where you can recover (retry, use a default, ask the user) or add context; otherwise let it propagate. Catching and ignoring turns a loud failure into silent corruption.

\`\`\`ts
try {
  config = JSON.parse(text);
} catch (err) {
  throw new Error(\`config.json is not valid JSON: \${(err as Error).message}\`, { cause: err });
}
\`\`\`

Languages model failure differently, but the discipline carries over:

- **Exceptions** (TypeScript, Python, Java, C#): catch narrowly, re-raise with context (\`raise … from err\`, \`{ cause }\`, \`new XException(msg, inner)\`).
- **Error values** (Go's \`error\`, Rust's \`Result\`): check every one; wrap with context (\`fmt.Errorf("load %s: %w", path, err)\`, \`?\` with \`anyhow::Context\`).

In TypeScript the caught value is \`unknown\` (with \`useUnknownInCatchVariables\`), because anything can be thrown: narrow with \`instanceof Error\` before reading \`.message\`. Put cleanup in \`finally\` (or \`with\`/\`using\`/\`defer\`), not after the call, so it runs on failure too.`,
      workedExample: {
        language: 'typescript',
        before: `async function loadUser(id: string): Promise<User | null> {
  try {
    return await api.getUser(id);
  } catch {
    return null; // network down, 500 and "not found" all look the same
  }
}`,
        after: `async function loadUser(id: string): Promise<User | null> {
  try {
    return await api.getUser(id);
  } catch (err) {
    if (err instanceof ApiError && err.status === 404) return null;
    throw new Error(\`loading user \${id} failed\`, { cause: err });
  }
}`,
        note: 'Only the expected case (not found) is turned into a value; everything else propagates with context, so an outage is not mistaken for a missing user.',
      },
      pitfalls: [
        'A bare `catch {}` or `except: pass` hides bugs as well as the failure you expected.',
        'Reading `err.message` without narrowing fails type-checking and can crash when a non-Error was thrown.',
        'Logging an error and then rethrowing it at every layer produces the same stack trace many times.',
      ],
      quiz: [
        {
          kind: 'predict-output',
          prompt: 'What does this print?',
          code: `function parse(text: string): number {
  try {
    return JSON.parse(text);
  } catch {
    return -1;
  } finally {
    console.log('done');
  }
}
console.log(parse('{'));`,
          answer: 'done\n-1',
          explanation: 'The parse throws, the catch returns -1, but `finally` runs before the function actually returns, so "done" is printed first.',
        },
        {
          kind: 'multiple-choice',
          prompt: 'In TypeScript with `strict`, what is the type of `err` in `catch (err)`?',
          code: '',
          choices: ['Error', 'any', 'unknown', 'never'],
          answerIndex: 2,
          explanation: '`useUnknownInCatchVariables` (part of `strict`) types it as `unknown` because JavaScript can throw any value; narrow with `instanceof Error`.',
        },
      ],
    },
    advanced: {
      title: 'Error handling: error types, boundaries and retries',
      conceptId: 'error-handling',
      level: 'advanced',
      explanation: `At scale, error handling is a design problem: **which failures are expected, and who decides what to do about them**.

**Expected vs unexpected.** Expected failures (validation, not found, conflict) are part of the API: model them as return values (\`Result\`, discriminated unions, Go errors compared with \`errors.Is\`) or as specific exception types. Unexpected ones (bugs, broken invariants) should crash the unit of work and be reported, not be converted into defaults.

\`\`\`ts
type SaveResult = { ok: true; id: string } | { ok: false; reason: 'conflict' | 'invalid'; detail: string };
\`\`\`

**Boundaries.** Catch-all handlers belong at process, request or job boundaries, where they log once with context, return a generic error to the client and keep the server alive. Inside, catch only what you can handle.

**Preserve causes.** \`Error\` \`cause\` (ES2022), Python's \`raise … from\`, Java's chained exceptions, Go's \`%w\` with \`errors.As\`, Rust's \`source()\`: a wrapped error keeps the original for diagnosis while adding the layer's context.

**Retries** only for transient failures (timeouts, 429, 503), with exponential backoff and jitter, a cap, and idempotent operations. Retrying a non-idempotent POST can charge a card twice.

**Exception groups.** Concurrent work can fail in several ways at once: \`AggregateError\` in JavaScript, \`ExceptionGroup\` with \`except*\` in Python 3.11+, \`AggregateException\` in .NET.`,
      workedExample: {
        language: 'python',
        before: `def charge(order_id: str) -> None:
    for _ in range(5):
        try:
            gateway.charge(order_id)
            return
        except Exception:
            pass  # retry everything, immediately`,
        after: `import random
import time

class TransientError(Exception): ...

def charge(order_id: str) -> None:
    for attempt in range(5):
        try:
            gateway.charge(order_id, idempotency_key=order_id)
            return
        except TransientError:
            time.sleep(min(8.0, 0.2 * 2 ** attempt) * random.uniform(0.5, 1.0))
    raise RuntimeError(f"charging {order_id} failed after 5 attempts")`,
        note: 'Only transient failures are retried, with capped exponential backoff and jitter; the idempotency key makes a retried charge safe; giving up raises instead of returning silently.',
      },
      pitfalls: [
        'Retrying validation errors or bugs just repeats them five times, slower.',
        'Wrapping without the cause (`raise NewError(str(e))`) discards the original traceback.',
        'A catch-all deep inside a library makes it impossible for callers to react to specific failures.',
      ],
      quiz: [
        {
          kind: 'spot-the-bug',
          prompt: 'Code review asks for the JSON error to be recorded as the explicit cause. Which line should change?',
          code: `def load_settings(path: str) -> dict:
    try:
        with open(path) as f:
            return json.load(f)
    except json.JSONDecodeError as err:
        raise ValueError(f"{path}: invalid JSON: {err}")`,
          bugLine: 6,
          answer: 'Chain the cause: `raise ValueError(f"{path}: invalid JSON") from err`.',
          explanation: 'Without `from err`, Python keeps the original only as implicit context ("during handling of the above exception…"); `from err` sets `__cause__`, which says the new error is a deliberate translation of that one.',
        },
        {
          kind: 'multiple-choice',
          prompt: 'Which failure is a good candidate for an automatic retry with backoff?',
          code: '',
          choices: [
            'HTTP 400 Bad Request from a validation error',
            'HTTP 503 Service Unavailable on an idempotent GET',
            'A KeyError from a missing dictionary key',
            'HTTP 401 Unauthorized with an expired key',
          ],
          answerIndex: 1,
          explanation: '503 on an idempotent request is transient and safe to repeat. The others will fail identically until someone changes the input, the code or the credentials.',
        },
      ],
    },
    hints: {
      nudge: 'What happens on the failure path here: is the error handled, passed up with context, or silently dropped?',
      concept: 'Error handling means deciding, at each call that can fail, whether this code can recover. If it can, handle the specific error; if not, let it propagate with added context, and clean up in `finally`, `with`, `using` or `defer`.',
      analogousExample: 'A file import that catches every exception and returns an empty list makes a permissions problem look like an empty file; catching only `FileNotFoundError` and letting other errors rise keeps the difference visible.',
      pseudoCode: 'call the operation that can fail\non a failure you expect and can handle:\n    recover (default, retry if transient, or a typed result)\non anything else:\n    add context, keep the original cause, and propagate\nalways: release resources in a finally-style block',
    },
  },
  {
    conceptId: 'resource-management',
    fundamentals: {
      title: 'Resource management: release what you acquire, on every path',
      conceptId: 'resource-management',
      level: 'fundamentals',
      explanation: `Files, sockets, database connections, locks, timers and subscriptions are finite. Garbage collection reclaims memory, but it does not close a file promptly or return a connection to the pool. Every acquisition needs a release that runs **on every exit path**, including exceptions and early returns.

Each language has a construct that ties release to scope:

- Python: \`with open(path) as f:\` (context managers)
- Java: \`try (var in = Files.newInputStream(p)) { … }\` (try-with-resources)
- C#: \`using var conn = new SqlConnection(cs);\`
- Go: \`f, err := os.Open(p); if err != nil { return err }; defer f.Close()\`
- Rust: \`Drop\` runs when the owner goes out of scope
- TypeScript 5.2+: \`using\` / \`await using\` with \`Symbol.dispose\`; otherwise \`try { … } finally { … }\`

\`\`\`ts
const handle = await open(path, 'r');
try {
  return await handle.readFile('utf8');
} finally {
  await handle.close();
}
\`\`\`

Acquire, then immediately enter the protected block: any code between acquisition and \`try\` can throw and leak. Release in reverse order of acquisition. Event listeners and intervals count too: \`addEventListener\` needs a matching removal, \`setInterval\` a \`clearInterval\`, and a VS Code \`Disposable\` must be disposed.`,
      workedExample: {
        language: 'python',
        before: `def count_lines(path: str) -> int:
    f = open(path, encoding="utf-8")
    lines = sum(1 for _ in f)
    f.close()  # skipped if reading raises
    return lines`,
        after: `def count_lines(path: str) -> int:
    with open(path, encoding="utf-8") as f:
        return sum(1 for _ in f)`,
        note: 'The `with` block closes the file when the block exits, whether it returns normally or a decoding error escapes.',
      },
      pitfalls: [
        'Release code placed after the work (instead of in `finally`/`with`/`defer`) is skipped when the work throws.',
        'Code between acquiring a resource and entering the protected block can throw and leak it.',
        'Listeners, intervals and subscriptions are resources too; forgetting to remove them leaks memory and runs stale callbacks.',
      ],
      quiz: [
        {
          kind: 'predict-output',
          prompt: 'What does this print?',
          code: `class Res:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("open", self.name)
        return self
    def __exit__(self, *exc):
        print("close", self.name)
        return False

with Res("a"), Res("b"):
    print("work")`,
          answer: 'open a\nopen b\nwork\nclose b\nclose a',
          explanation: 'Multiple context managers in one `with` nest left to right, so they are exited in reverse order: b closes before a.',
        },
        {
          kind: 'multiple-choice',
          prompt: 'In Go, where should `defer f.Close()` go?',
          code: `f, err := os.Open(path)`,
          choices: [
            'Before `os.Open`, so it is registered early.',
            'Immediately after checking that `err` is nil.',
            'At the end of the function.',
            'Inside an `init` function.',
          ],
          answerIndex: 1,
          explanation: 'Once the open has succeeded, deferring the close right away guarantees it runs on every return path; deferring before the error check would call Close on a nil file.',
        },
      ],
    },
    advanced: {
      title: 'Resource management: ownership, pools and async disposal',
      conceptId: 'resource-management',
      level: 'advanced',
      explanation: `The hard questions are **who owns a resource** and **when its lifetime ends**, especially across async boundaries and abstractions.

**Ownership transfer.** A function that returns an open stream transfers ownership to the caller; one that receives a stream usually does not own it and must not close it. Document it in names and types: Rust encodes it in the type system, C# in \`IDisposable\` fields plus a \`Dispose\` that disposes what the class created, TypeScript 5.2+ in \`DisposableStack\`, which lets a constructor acquire several resources and hand them off only once all succeed.

**Pools.** A pooled connection is "released" by returning it, not closing it. Leaks show up as pool exhaustion under load, not as errors at the leak. Always release in \`finally\`, and set pool acquire timeouts so leaks fail fast.

**Async.** \`await using\` (TS 5.2+, with \`Symbol.asyncDispose\`), \`async with\` in Python and \`await using\` in C# run asynchronous cleanup. Cancellation must still run cleanup: \`asyncio\` raises \`CancelledError\` through your \`finally\`, so do not swallow it there.

\`\`\`ts
await using conn = await pool.connect(); // disposed at block exit, even on throw
await conn.query('BEGIN');
\`\`\`

**Finalizers are not a plan.** \`__del__\`, Java's deprecated \`finalize\`, \`FinalizationRegistry\` and C# finalizers run late or never; use them only as a safety net that logs a leak.`,
      workedExample: {
        language: 'typescript',
        before: `async function withTransaction<T>(work: (c: Client) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  await client.query('BEGIN');
  const result = await work(client);
  await client.query('COMMIT');
  client.release();
  return result;
}`,
        after: `async function withTransaction<T>(work: (c: Client) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (err) {
    await client.query('ROLLBACK');
    throw err;
  } finally {
    client.release();
  }
}`,
        note: 'Every path now returns the connection to the pool, and a failed unit of work is rolled back instead of leaving an open transaction on a pooled connection.',
      },
      pitfalls: [
        'Closing a resource you were handed (but do not own) breaks the caller that still uses it.',
        'Pool leaks appear far from their cause as timeouts under load; add acquire timeouts and leak logging.',
        'Swallowing cancellation in cleanup code (`except BaseException: pass`) turns a cancelled task into a hung one.',
      ],
      quiz: [
        {
          kind: 'spot-the-bug',
          prompt: 'Under load the pool runs out of connections. Which line is the leak?',
          code: `async function countUsers(): Promise<number> {
  const client = await pool.connect();
  const res = await client.query('SELECT count(*) FROM users');
  client.release();
  return Number(res.rows[0].count);
}`,
          bugLine: 3,
          answer: 'Wrap the query in `try { … } finally { client.release(); }` so a failing query still releases the connection.',
          explanation: 'When the query on line 3 throws, execution never reaches the release on line 4, so the connection is never returned.',
        },
        {
          kind: 'multiple-choice',
          prompt: 'What does `DisposableStack` (TypeScript 5.2+, with a runtime that provides it) help with?',
          code: '',
          choices: [
            'Making objects immutable.',
            'Acquiring several resources where a later failure must dispose the earlier ones, and transferring ownership with `move()` on success.',
            'Running finalizers sooner.',
            'Sharing one resource among threads.',
          ],
          answerIndex: 1,
          explanation: 'Resources added to the stack are disposed in reverse order if construction fails; `move()` hands them to the new owner when it succeeds.',
        },
      ],
    },
    hints: {
      nudge: 'Follow every way out of this block, including a thrown error: is the resource released on each of them?',
      concept: 'Resource management ties each release to the scope that acquired the resource, so it runs on every exit: `with`, try-with-resources, `using`, `defer`, `Drop` or `finally`.',
      analogousExample: 'A lock taken with `lock.acquire(); update(); lock.release()` stays held forever when `update` throws; `with lock: update()` releases it either way.',
      pseudoCode: 'acquire the resource\nimmediately enter a scoped block (with / using / try-finally / defer)\n    do the work\non exit of the block, by any path:\n    release the resource (reverse order for several)',
    },
  },
];
