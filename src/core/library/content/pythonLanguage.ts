import type { LibraryEntry } from '../libraryEntry';

/**
 * Offline library entries for Python language features (asyncio, context managers, comprehensions); the library
 * registry serves them when no LLM is available.
 */
export const pythonLanguageEntries: readonly LibraryEntry[] = [
  {
    conceptId: 'py.asyncio',
    fundamentals: {
      title: 'asyncio: coroutines, awaiting and running things concurrently',
      conceptId: 'py.asyncio',
      level: 'fundamentals',
      explanation: `Calling an \`async def\` function does not run it: it returns a **coroutine object**. Nothing happens until it is awaited or scheduled as a task. Forgetting \`await\` gives a \`RuntimeWarning: coroutine '...' was never awaited\` and a coroutine where you expected a result.

~~~python
async def fetch_user(user_id: int) -> User: ...

user = fetch_user(1)          # coroutine object, not a User
user = await fetch_user(1)    # the User
~~~

\`await\` runs things **one after another**. To run independent operations concurrently, start them together:

~~~python
async with asyncio.TaskGroup() as tg:           # Python 3.11+
    orders = tg.create_task(fetch_orders(uid))
    prefs = tg.create_task(fetch_prefs(uid))
print(orders.result(), prefs.result())
~~~

\`asyncio.gather(*coros)\` is the older equivalent; \`TaskGroup\` cancels the siblings when one fails and raises an \`ExceptionGroup\`.

asyncio is single-threaded cooperative multitasking: a coroutine only yields at an \`await\`. A blocking call (\`time.sleep\`, \`requests.get\`, a CPU-heavy loop, synchronous file or database drivers) freezes every other task on the loop. Use async libraries (\`httpx\`, \`asyncpg\`, \`asyncio.sleep\`) or push blocking work to a thread with \`await asyncio.to_thread(fn, *args)\`.

The program's entry point is \`asyncio.run(main())\`, called once; do not call it from inside running async code.`,
      workedExample: {
        language: 'python',
        before: `async def dashboard(user_id: int) -> dict:
    profile = await fetch_profile(user_id)      # 300 ms
    invoices = await fetch_invoices(user_id)    # 400 ms
    time.sleep(0.1)                             # "rate limit", blocks the loop
    return {"profile": profile, "invoices": invoices}`,
        after: `async def dashboard(user_id: int) -> dict:
    async with asyncio.TaskGroup() as tg:
        profile = tg.create_task(fetch_profile(user_id))
        invoices = tg.create_task(fetch_invoices(user_id))
    await asyncio.sleep(0.1)
    return {"profile": profile.result(), "invoices": invoices.result()}`,
        note: 'The two independent fetches now overlap (about 400 ms instead of 700), and asyncio.sleep yields to other tasks where time.sleep froze the whole event loop, stalling every other request the server was handling.',
      },
      pitfalls: [
        'Calling a coroutine function without `await` and using the coroutine object as if it were the result.',
        'Blocking calls (`time.sleep`, `requests`, heavy CPU work) inside `async def`: they stall all tasks.',
        'Awaiting independent operations one by one when they could run concurrently.',
      ],
      quiz: [
        {
          kind: 'predict-output',
          prompt: 'What does this print?',
          code: `import asyncio

async def step(name: str, delay: float, log: list[str]) -> None:
    await asyncio.sleep(delay)
    log.append(name)

async def main() -> None:
    log: list[str] = []
    await asyncio.gather(step("a", 0.02, log), step("b", 0.01, log))
    await step("c", 0.0, log)
    print(",".join(log))

asyncio.run(main())`,
          answer: 'b,a,c',
          explanation:
            'gather runs a and b concurrently, so the shorter sleep (b) finishes first. c only starts after gather completes.',
        },
        {
          kind: 'spot-the-bug',
          prompt: 'This handler freezes every other request on the server for two seconds. Which line?',
          code: `async def handle(request):
    token = request.headers["authorization"]
    user = await auth.verify(token)
    report = build_report_sync(user)   # CPU-bound, ~2 s
    await audit.log(user, "report")
    return json_response(report)`,
          bugLine: 4,
          answer: 'Run it off the event loop: `report = await asyncio.to_thread(build_report_sync, user)` (or a process pool for pure-Python CPU work).',
          explanation:
            'A coroutine only yields at await. The synchronous call holds the event loop for its whole duration, so no other coroutine can run.',
        },
      ],
    },
    advanced: {
      title: 'asyncio in production: cancellation, timeouts, task lifetimes',
      conceptId: 'py.asyncio',
      level: 'advanced',
      explanation: `**Keep references to tasks.** The event loop holds only weak references to tasks: \`asyncio.create_task(work())\` without keeping the result can be garbage-collected mid-flight. Store tasks in a set and discard them on completion, or use a \`TaskGroup\` so their lifetime is structured.

**Cancellation is an exception.** \`task.cancel()\` raises \`CancelledError\` at the task's current \`await\`. Catching \`Exception\` does not swallow it (it derives from \`BaseException\` since 3.8), but a bare \`except:\` or \`except BaseException\` does: re-raise it after cleanup.

**Timeouts.** \`async with asyncio.timeout(5):\` (3.11+) cancels the block and raises \`TimeoutError\`; \`asyncio.wait_for\` does the same for one awaitable.

~~~python
try:
    async with asyncio.timeout(2.0):
        rate = await fx_client.rate("EUR", "USD")
except TimeoutError:
    rate = cached_rate("EUR", "USD")
~~~

**gather vs TaskGroup.** With \`gather\`, the first exception propagates but the other awaitables keep running unless you cancel them; \`return_exceptions=True\` collects errors as values. \`TaskGroup\` cancels siblings and raises \`ExceptionGroup\`, handled with \`except*\`.

**Bounded concurrency.** Launching 10,000 requests at once exhausts sockets and rate limits; use \`asyncio.Semaphore(n)\` around each call.

**Shared state.** No threads means no data races between awaits, but any \`await\` between a read and a write is a point where another task can interleave; use \`asyncio.Lock\` when a check-then-act spans an await.`,
      workedExample: {
        language: 'python',
        before: `async def sync_all(accounts: list[str]) -> None:
    for account in accounts:
        asyncio.create_task(sync_account(account))  # fire and forget
    # returns immediately; failures are never seen, tasks may be collected`,
        after: `async def sync_all(accounts: list[str], limit: int = 20) -> None:
    gate = asyncio.Semaphore(limit)

    async def sync_one(account: str) -> None:
        async with gate:
            async with asyncio.timeout(30):
                await sync_account(account)

    async with asyncio.TaskGroup() as tg:
        for account in accounts:
            tg.create_task(sync_one(account))`,
        note: 'The fire-and-forget loop dropped task references (so tasks can vanish), hid every exception, and hammered the API with unbounded concurrency. The TaskGroup waits for all tasks and surfaces failures; the semaphore and timeout bound load and latency.',
      },
      pitfalls: [
        '`create_task` without holding a reference: the task can be garbage-collected before it finishes.',
        'Swallowing `CancelledError` with a broad `except BaseException` or bare `except:`, which makes tasks uncancellable.',
        'Check-then-act across an `await` without an `asyncio.Lock`.',
      ],
      quiz: [
        {
          kind: 'predict-output',
          prompt: 'What does this print?',
          code: `import asyncio

async def slow() -> str:
    try:
        await asyncio.sleep(10)
        return "done"
    except asyncio.CancelledError:
        print("cleanup")
        raise

async def main() -> None:
    try:
        async with asyncio.timeout(0.01):
            await slow()
    except TimeoutError:
        print("timed out")

asyncio.run(main())`,
          answer: 'cleanup\ntimed out',
          explanation:
            'The timeout cancels the inner await, so slow() sees CancelledError, runs its cleanup and re-raises. The timeout context converts the cancellation into TimeoutError for the caller.',
        },
        {
          kind: 'multiple-choice',
          prompt: 'Two coroutines run `await withdraw(account, 100)` concurrently. What can go wrong?',
          code: `async def withdraw(account: Account, amount: int) -> None:
    if account.balance >= amount:
        await ledger.record(account.id, -amount)
        account.balance -= amount`,
          choices: [
            'Nothing: asyncio is single-threaded, so there are no races',
            'Both can pass the balance check before either subtracts, overdrawing the account',
            'The second call raises RuntimeError',
            'ledger.record runs twice for the same call',
          ],
          answerIndex: 1,
          explanation:
            'The await between the check and the update lets the other task run its check against the old balance. Guard the check-then-act with an asyncio.Lock per account.',
        },
      ],
    },
    hints: {
      nudge: 'On that line, is a coroutine being awaited, or is something blocking the event loop or running sequentially when it need not?',
      concept:
        'Coroutines run only when awaited or scheduled as tasks; a coroutine yields control only at `await`. Await every coroutine, run independent work concurrently with a `TaskGroup`, and keep blocking calls off the loop with `asyncio.to_thread`.',
      analogousExample:
        'Similar: `results = [await fetch(url) for url in urls]` fetches one URL at a time. Creating one task per URL inside `async with asyncio.TaskGroup() as tg:` and reading `task.result()` afterwards fetches them concurrently.',
      pseudoCode:
        'for each async call:\n    make sure it is awaited (or kept as a task that is awaited later)\nif several calls are independent:\n    start them together (TaskGroup / gather), then use their results\nif a call blocks (sync I/O, CPU):\n    await asyncio.to_thread(call, args)',
    },
  },
  {
    conceptId: 'py.context-managers',
    fundamentals: {
      title: 'Context managers: with blocks that always clean up',
      conceptId: 'py.context-managers',
      level: 'fundamentals',
      explanation: `A \`with\` statement guarantees that cleanup runs when the block exits, whether it finishes normally, returns early or raises. Files, locks, database connections and transactions, temporary directories and HTTP sessions all provide context managers.

~~~python
with open("report.csv", "w", encoding="utf-8", newline="") as f:
    writer = csv.writer(f)
    writer.writerows(rows)
# f is closed here, even if writerows raised
~~~

Under the hood, \`with\` calls \`__enter__\` at the start (its return value is bound by \`as\`) and \`__exit__\` at the end, passing any exception.

Several managers can share one statement, and since Python 3.10 they can be parenthesised over several lines:

~~~python
with (
    open(src, "rb") as source,
    open(dst, "wb") as target,
):
    shutil.copyfileobj(source, target)
~~~

Without \`with\`, cleanup needs \`try/finally\`, and a forgotten \`close()\` leaks file descriptors or leaves transactions open; CPython's reference counting often hides this in tests, while PyPy or long-running servers expose it as "Too many open files".

Write your own with \`contextlib.contextmanager\`: code before \`yield\` is setup, after it is cleanup, and a \`try/finally\` around the \`yield\` makes cleanup run on errors.`,
      workedExample: {
        language: 'python',
        before: `def export(rows: list[tuple[str, int]], path: str) -> None:
    f = open(path, "w")
    f.write("name,count\\n")
    for name, count in rows:
        f.write(f"{name},{count}\\n")   # an exception here leaks the handle
    f.close()`,
        after: `def export(rows: list[tuple[str, int]], path: str) -> None:
    with open(path, "w", encoding="utf-8") as f:
        f.write("name,count\\n")
        for name, count in rows:
            f.write(f"{name},{count}\\n")`,
        note: 'If formatting a row raised, close() was never reached: the handle leaked and buffered data might not be flushed. The with block closes the file on every exit path, and an explicit encoding avoids platform-dependent output.',
      },
      pitfalls: [
        'Opening resources without `with` and relying on `close()` being reached.',
        'Returning an object that wraps a resource from inside a `with` block: it is closed once the function returns.',
        'Writing a `@contextmanager` generator without `try/finally` around `yield`, so cleanup is skipped on errors.',
      ],
      quiz: [
        {
          kind: 'predict-output',
          prompt: 'What does this print?',
          code: `from contextlib import contextmanager

@contextmanager
def step(name: str):
    print(f"start {name}")
    try:
        yield
    finally:
        print(f"end {name}")

try:
    with step("load"):
        raise ValueError("bad row")
except ValueError as e:
    print(f"caught {e}")`,
          answer: 'start load\nend load\ncaught bad row',
          explanation:
            'The exception is raised inside the with block, the finally clause around yield runs the cleanup, and only then does the exception reach the outer except.',
        },
        {
          kind: 'spot-the-bug',
          prompt: 'Callers get "I/O operation on closed file". Which line causes it?',
          code: `def open_log_lines(path: str):
    with open(path, encoding="utf-8") as f:
        return (line.rstrip() for line in f)

for line in open_log_lines("app.log"):
    print(line)`,
          bugLine: 3,
          answer: 'Consume the file inside the with block (e.g. `return [line.rstrip() for line in f]`), or make the function itself a generator that yields inside the with block.',
          explanation:
            'The generator expression is lazy. The function returns it, the with block exits and closes the file, and iteration later reads from a closed file.',
        },
      ],
    },
    advanced: {
      title: 'Writing context managers: exceptions, ExitStack and async with',
      conceptId: 'py.context-managers',
      level: 'advanced',
      explanation: `**__exit__ and exceptions.** \`__exit__(self, exc_type, exc, tb)\` receives the in-flight exception; returning a truthy value **suppresses** it. Return \`None\`/\`False\` unless suppression is the point (as in \`contextlib.suppress\`). In a \`@contextmanager\` generator, an exception is thrown into the generator at \`yield\`; catching it without re-raising suppresses it.

**Transactions** are the canonical use: commit on success, roll back on error.

~~~python
@contextmanager
def transaction(conn):
    conn.execute("BEGIN")
    try:
        yield conn
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    else:
        conn.execute("COMMIT")
~~~

**ExitStack** manages a dynamic number of resources: \`stack.enter_context(open(p))\` in a loop; all are closed in reverse order, even if opening a later one fails. \`stack.callback(fn)\` registers arbitrary cleanup.

**Async.** \`async with\` uses \`__aenter__\`/\`__aexit__\`; \`contextlib.asynccontextmanager\` is the generator form, and \`AsyncExitStack\` the dynamic one. An \`httpx.AsyncClient\` or \`asyncpg\` pool must be closed with them, not with a sync \`with\`.

**Reusability.** Managers from \`@contextmanager\` are single-use; class-based ones can be reentrant (\`threading.RLock\`). Note that \`__enter__\` runs before the \`try\` of the \`with\`: if it raises, \`__exit__\` is not called, so acquire everything that needs cleanup inside \`__enter__\` carefully.`,
      workedExample: {
        language: 'python',
        before: `def merge(paths: list[str], out: str) -> None:
    files = [open(p, encoding="utf-8") for p in paths]  # 3rd open fails: 2 leak
    with open(out, "w", encoding="utf-8") as target:
        for f in files:
            target.write(f.read())
    for f in files:
        f.close()`,
        after: `from contextlib import ExitStack

def merge(paths: list[str], out: str) -> None:
    with ExitStack() as stack:
        files = [stack.enter_context(open(p, encoding="utf-8")) for p in paths]
        target = stack.enter_context(open(out, "w", encoding="utf-8"))
        for f in files:
            target.write(f.read())`,
        note: 'If any open failed (or a write raised), the list comprehension version leaked every file opened so far. ExitStack registers each file as it opens, and closes all of them in reverse order on any exit.',
      },
      pitfalls: [
        'Returning `True` from `__exit__` by accident (e.g. `return self.closed`), silently swallowing exceptions.',
        'Catching the exception around `yield` in a `@contextmanager` and not re-raising it.',
        'Using a sync `with` on an async resource, or forgetting `async with` for clients and pools.',
      ],
      quiz: [
        {
          kind: 'predict-output',
          prompt: 'What does this print?',
          code: `class Quiet:
    def __enter__(self):
        return self
    def __exit__(self, exc_type, exc, tb):
        print(f"exit {exc_type.__name__ if exc_type else None}")
        return exc_type is KeyError

with Quiet():
    raise KeyError("k")
print("after first")
try:
    with Quiet():
        raise ValueError("v")
except ValueError:
    print("propagated")`,
          answer: 'exit KeyError\nafter first\nexit ValueError\npropagated',
          explanation:
            '__exit__ returns True for KeyError, which suppresses it, so execution continues after the first block. For ValueError it returns False, so the exception propagates to the except clause.',
        },
        {
          kind: 'multiple-choice',
          prompt: 'What happens if `__enter__` raises an exception?',
          code: '',
          choices: [
            '__exit__ is called with the exception',
            '__exit__ is not called; the exception propagates from the with statement',
            'The with body runs anyway',
            'Python retries __enter__ once',
          ],
          answerIndex: 1,
          explanation:
            'The with statement only guarantees __exit__ once __enter__ has returned. Cleanup of anything acquired inside a failing __enter__ is the method\'s own job.',
        },
      ],
    },
    hints: {
      nudge: 'Which resource is acquired on or near that line, and is it released on every path out, including exceptions and early returns?',
      concept:
        'A `with` block (or `async with`) ties a resource to a block: cleanup runs however the block exits. Use it for files, locks, connections, transactions and clients; use `ExitStack` for a variable number of them, and `@contextmanager` with `try/finally` to write your own.',
      analogousExample:
        'Similar: `lock.acquire(); update(state); lock.release()` leaves the lock held forever if `update` raises. `with lock: update(state)` releases it on every exit path.',
      pseudoCode:
        'with acquire_resource(...) as r:\n    do the work that uses r\n    (consume lazy results before the block ends)\n# resource released here, even on exceptions',
    },
  },
  {
    conceptId: 'py.comprehensions',
    fundamentals: {
      title: 'Comprehensions and generator expressions',
      conceptId: 'py.comprehensions',
      level: 'fundamentals',
      explanation: `A comprehension builds a collection from an iterable in one expression: transform, then optionally filter.

~~~python
emails = [u.email.lower() for u in users if u.active]
by_id = {u.id: u for u in users}                 # dict
domains = {e.split("@")[1] for e in emails}      # set
total = sum(o.amount for o in orders)            # generator expression, no list built
~~~

Read them as the equivalent loop: \`for\` clauses in order from left to right, the leading expression is what gets appended.

Generator expressions (parentheses, or bare inside a call) are lazy: items are produced on demand, so \`sum\`, \`any\`, \`all\`, \`max\` and \`"".join\` over large inputs use constant memory, and \`any\` stops at the first match. A generator can be consumed **only once**.

Keep comprehensions for building values. If you need side effects (logging, writes, appending elsewhere), or the expression needs more than one \`if\` and one nested \`for\`, a plain loop is clearer. Ruff/pylint flag \`[print(x) for x in xs]\` for this reason.

A filtered conditional expression goes in different places: \`[x for x in xs if x > 0]\` filters; \`[x if x > 0 else 0 for x in xs]\` maps every element. Variables bound in a comprehension do not leak into the enclosing scope.`,
      workedExample: {
        language: 'python',
        before: `failed_ids = []
for job in jobs:
    if job.status == "failed":
        failed_ids.append(job.id)
has_retryable = len([j for j in jobs if j.retryable]) > 0`,
        after: `failed_ids = [job.id for job in jobs if job.status == "failed"]
has_retryable = any(j.retryable for j in jobs)`,
        note: 'The list comprehension states the intent in one line. any() with a generator stops at the first retryable job instead of building a full list just to measure its length.',
      },
      pitfalls: [
        'Iterating a generator expression twice: the second pass yields nothing.',
        'Using list comprehensions for side effects; write a loop.',
        'Nesting several `for` and `if` clauses until the comprehension is harder to read than the loop.',
      ],
      quiz: [
        {
          kind: 'predict-output',
          prompt: 'What does this print?',
          code: `sizes = (len(w) for w in ["ab", "cde", "f"])
print(sum(sizes), sum(sizes))`,
          answer: '6 0',
          explanation:
            'A generator expression is exhausted after one pass. The first sum consumes it (2+3+1), the second sees no items and returns 0.',
        },
        {
          kind: 'multiple-choice',
          prompt: 'Which expression gives `[0, 2, 0, 4]` for `xs = [1, 2, 3, 4]`?',
          code: '',
          choices: [
            '[x for x in xs if x % 2 == 0 else 0]',
            '[x if x % 2 == 0 else 0 for x in xs]',
            '[x for x in xs if x % 2 == 0]',
            '[0 for x in xs if x % 2]',
          ],
          answerIndex: 1,
          explanation:
            'A conditional expression before for maps every element. A trailing if filters elements out (option 3 gives [2, 4]); if ... else after for is a syntax error.',
        },
      ],
    },
    advanced: {
      title: 'Comprehensions: nesting order, scoping and laziness pitfalls',
      conceptId: 'py.comprehensions',
      level: 'advanced',
      explanation: `**Clause order.** Multiple \`for\` clauses nest left to right, exactly like written-out loops:

~~~python
pairs = [(r, c) for r in range(2) for c in "ab"]   # (0,'a'), (0,'b'), (1,'a'), (1,'b')
flat = [cell for row in grid for cell in row]      # flatten: outer loop first
~~~

\`[[cell for cell in row] for row in grid]\` is different: a list of lists.

**Scope.** A comprehension has its own scope (since 3.12, PEP 709 inlines it for speed, but names still do not leak). In a class body, the comprehension cannot see class-level names except in the first iterable: \`[x * FACTOR for x in data]\` inside a class body raises \`NameError\` for \`FACTOR\`.

**The walrus operator** avoids computing twice: \`[y for x in items if (y := parse(x)) is not None]\`. The bound name *does* leak to the enclosing scope, by design.

**Late binding.** Lambdas created in a comprehension capture the variable, not its value: \`[lambda: i for i in range(3)]\` all return 2. Bind with a default argument (\`lambda i=i: i\`).

**Laziness and resources.** A generator over a file or database cursor must be consumed while the resource is open. Errors in a generator's body surface where it is consumed, not where it is defined.

**Dict comprehension collisions.** Later keys overwrite earlier ones silently; \`{u.email: u for u in users}\` loses duplicates without warning.`,
      workedExample: {
        language: 'python',
        before: `handlers = {name: (lambda payload: dispatch(name, payload)) for name in ["create", "update", "delete"]}
handlers["create"]({"id": 1})   # dispatches "delete"`,
        after: `handlers = {name: (lambda payload, name=name: dispatch(name, payload)) for name in ["create", "update", "delete"]}
# or, clearer:
handlers = {name: functools.partial(dispatch, name) for name in ["create", "update", "delete"]}
handlers["create"]({"id": 1})   # dispatches "create"`,
        note: 'Each lambda looked up name when called, after the comprehension finished, so all saw the last value. A default argument or functools.partial captures the value at creation time.',
      },
      pitfalls: [
        'Reversing the order of nested `for` clauses when flattening.',
        'Closures created in comprehensions that capture the loop variable late.',
        'Building a dict comprehension from non-unique keys and silently dropping entries.',
      ],
      quiz: [
        {
          kind: 'predict-output',
          prompt: 'What does this print?',
          code: `getters = [lambda: i * 10 for i in range(3)]
fixed = [lambda i=i: i * 10 for i in range(3)]
print([g() for g in getters], [f() for f in fixed])`,
          answer: '[20, 20, 20] [0, 10, 20]',
          explanation:
            'The first lambdas all read i when called, and i is 2 by then. The default argument evaluates i when each lambda is created.',
        },
        {
          kind: 'spot-the-bug',
          prompt: 'This should flatten a list of batches into a list of items. Which line is wrong?',
          code: `batches = [["a", "b"], ["c"]]
items = [item for item in batch for batch in batches]
print(items)`,
          bugLine: 2,
          answer: 'Put the outer loop first: `[item for batch in batches for item in batch]`.',
          explanation:
            'for clauses nest left to right. As written, `batch` is used before the clause that defines it, which raises NameError (or silently uses a stale batch variable if one exists in the enclosing scope).',
        },
      ],
    },
    hints: {
      nudge: 'Rewrite that comprehension as the equivalent nested loop in your head: is the order of the clauses, the filter and the result expression what you intended?',
      concept:
        'A comprehension is a loop that builds a value: `[expr for x in it if cond]`. Multiple `for` clauses nest left to right; a trailing `if` filters, `a if c else b` before `for` maps. Generator expressions are lazy and single-use.',
      analogousExample:
        'Similar: collecting error codes from log records, `codes = {r.code for r in records if r.level == "ERROR"}` builds a set in one pass; to check only whether any exist, `any(r.level == "ERROR" for r in records)` stops at the first one.',
      pseudoCode:
        'result = [transform(x)            # what to keep\n          for x in source         # outer loop first\n          for y in inner(x)       # then inner loops\n          if keep(x, y)]          # filter last\nif you need side effects or many conditions: use a plain for loop',
    },
  },
];
