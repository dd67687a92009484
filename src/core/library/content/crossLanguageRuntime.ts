import type { LibraryEntry } from '../libraryEntry';

/** Offline library entries for cross-language runtime concepts (generators, event loops, races, cancellation, memory, numbers, text, time, serialization, complexity); the library registry serves them when no LLM is available. */
export const crossLanguageRuntimeEntries: readonly LibraryEntry[] = [
  {
    conceptId: 'generators-iterators',
    fundamentals: {
      title: 'Generators: lazy sequences that run on demand and are consumed once',
      conceptId: 'generators-iterators',
      level: 'fundamentals',
      explanation: `A generator function (\`function*\` in JavaScript, any \`def\` containing \`yield\` in Python) returns an iterator **without running its body**. Each \`next()\` runs the body up to the next \`yield\` and pauses there. That is what makes pipelines lazy: a 20 GB log can be filtered line by line in constant memory, and an infinite sequence is fine as long as the consumer stops.

~~~python
def paid_orders(path):
    with open(path, encoding="utf-8") as f:
        for line in f:
            order = json.loads(line)
            if order["status"] == "paid":
                yield order
~~~

Two consequences cause most bugs:

- **A generator is consumed once.** It is its own iterator (\`iter(gen) is gen\`), so a second loop, \`sum()\` or spread finds it exhausted and silently yields nothing; no error is raised. A list hands out a fresh iterator every time it is looped over. JavaScript behaves the same: \`[...gen]\` gives the values once, then \`[]\`.
- **Work runs when values are pulled, not when the generator is created.** Calling \`paid_orders("x.jsonl")\` opens no file; a missing file raises \`FileNotFoundError\` at the first \`next()\`, possibly far away in the consumer. Side effects (logging, counters, HTTP calls) happen during iteration, and only as far as the consumer goes.

When you need several passes, either materialize once (\`orders = list(paid_orders(path))\`, \`const rows = [...gen]\`) when the data fits in memory, compute everything in one pass, or expose a re-iterable object: a class whose \`__iter__\` (or \`[Symbol.iterator]()\`) creates a new generator on each call.

Generators are not collections either: no \`len()\`, no \`.length\`, no indexing, and in Python a generator object is always truthy, so \`if rows:\` does not test for emptiness.`,
      workedExample: {
        language: 'python',
        before: `def read_amounts(path: str):
    with open(path, encoding="utf-8") as f:
        for line in f:
            _order_id, amount_cents = line.rstrip("\\n").split(",")
            yield int(amount_cents)

amounts = read_amounts("orders.csv")
total = sum(amounts)
count = sum(1 for _ in amounts)   # 0: the first sum() exhausted the generator
print(f"{count} orders, average {total / count:.0f} cents")  # ZeroDivisionError`,
        after: `def read_amounts(path: str):
    with open(path, encoding="utf-8") as f:
        for line in f:
            _order_id, amount_cents = line.rstrip("\\n").split(",")
            yield int(amount_cents)

total = count = 0
for amount in read_amounts("orders.csv"):   # one pass feeds both accumulators
    total += amount
    count += 1
average = total / count if count else 0
print(f"{count} orders, average {average:.0f} cents")`,
        note: 'The first sum() pulled every value, so the second pass saw an exhausted generator and counted 0 without any error. One loop that updates both accumulators keeps memory constant on a file of any size; list(read_amounts(...)) would also work, at the cost of holding every amount in memory.',
      },
      pitfalls: [
        'Iterating a generator, iterator or stream a second time: the second pass sees nothing and raises no error.',
        'Expecting validation, file opening or logging in a generator body to happen when the function is called; it happens at the first `next()`.',
        'Testing a Python generator for emptiness with `if gen:` (always true) or asking a JavaScript generator for `.length` (undefined).',
      ],
      quiz: [
        {
          kind: 'predict-output',
          prompt: 'What does this print?',
          code: `def evens(limit):
    print("start")
    for n in range(0, limit, 2):
        yield n

g = evens(7)
print("created")
print(list(g))
print(list(g))`,
          answer: 'created\nstart\n[0, 2, 4, 6]\n[]',
          explanation:
            'Calling evens(7) only creates the generator, so "created" prints first and "start" prints when list() pulls the first value. The second list() finds the generator exhausted and returns an empty list.',
        },
        {
          kind: 'multiple-choice',
          prompt: 'What does `summarize("a\\nb\\nc")` return?',
          code: `function* parseLines(text: string): Generator<string> {
  for (const line of text.split('\\n')) {
    if (line.trim() !== '') yield line.trim();
  }
}

export function summarize(text: string): string {
  const lines = parseLines(text);
  const first = [...lines][0] ?? '(empty)';
  const count = [...lines].length;
  return \`\${count} lines, first: \${first}\`;
}`,
          choices: [
            '3 lines, first: a',
            '0 lines, first: a',
            '3 lines, first: (empty)',
            'It throws TypeError: lines is not iterable',
          ],
          answerIndex: 1,
          explanation:
            'The first spread drains the generator, so first is "a". The second spread of the same, now exhausted, generator produces an empty array. Spread once into an array (const lines = [...parseLines(text)]) and use it twice.',
        },
      ],
    },
    advanced: {
      title: 'Lazy pipelines in depth: cleanup, eager validation, async iteration and reuse rules',
      conceptId: 'generators-iterators',
      level: 'advanced',
      explanation: `**Cleanup on early exit.** A generator holding a resource (file, database cursor, lock) releases it in \`finally\` or a \`with\` block, but only when it finishes or is closed. JavaScript's \`for...of\` calls \`iterator.return()\` on \`break\`, \`return\` or \`throw\`, so \`finally\` runs at once. Python closes a generator when it is garbage-collected or \`close()\` is called: after \`for row in rows(): break\` that is immediate in CPython, but if a variable still holds the generator, the cursor stays open until the variable dies. Use \`contextlib.closing(gen)\` when the lifetime matters.

**Eager validation.** Checks inside a generator body run at the first \`next()\`. Split the function: a plain function validates its arguments and returns an inner generator, so \`batches(items, 0)\` fails at the call site, not inside a scheduler later.

**Delegation and async.** \`yield from\` and \`yield*\` forward a sub-iterator, including \`close()\`/\`return()\`. \`async function*\` with \`for await\`, and Python's \`async def ... yield\` with \`async for\`, model paginated APIs and streams; Python async generators need \`aclose()\` (or \`contextlib.aclosing\`) for prompt cleanup.

**Reuse rules differ by language**, which matters when porting code:

- C# \`IEnumerable<T>\` from \`yield return\` or LINQ *re-runs* the pipeline on every enumeration (two database queries, not an empty second pass); the opt-in analyzer CA1851 warns about possible multiple enumeration.
- Java streams are single-use and fail loudly: \`IllegalStateException: stream has already been operated upon or closed\`.
- Rust iterator adapters do nothing until consumed; rustc warns \`\` unused \`Map\` that must be used \`\` with the note \`iterators are lazy and do nothing unless consumed\`.

**Tooling.** Node 22+ ships iterator helpers (\`gen.filter(f).take(10).toArray()\`); Python has \`itertools.islice\`, \`itertools.batched\` (3.12) and \`itertools.tee\`, which buffers everything one consumer has seen and the other has not, so it is not free.`,
      workedExample: {
        language: 'typescript',
        before: `async function listInvoices(client: BillingClient): Promise<Invoice[]> {
  const all: Invoice[] = [];
  let cursor: string | undefined;
  do {
    const page = await client.invoices({ cursor, limit: 100 });
    all.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return all;
}

// fetches every page (maybe thousands) to find one invoice
const overdue = (await listInvoices(client)).find((inv) => inv.status === 'overdue');`,
        after: `async function* listInvoices(client: BillingClient): AsyncGenerator<Invoice> {
  let cursor: string | undefined;
  do {
    const page = await client.invoices({ cursor, limit: 100 });
    yield* page.items;
    cursor = page.nextCursor;
  } while (cursor);
}

let overdue: Invoice | undefined;
for await (const inv of listInvoices(client)) {
  if (inv.status === 'overdue') {
    overdue = inv;
    break; // return() ends the generator: no further pages are requested
  }
}`,
        note: 'The eager version downloaded and held every invoice before searching. The async generator requests a page only when the consumer needs more items, and break closes it at the current yield, so a match on page one costs one request. The same generator can feed a CSV export that streams every page without buffering them.',
      },
      pitfalls: [
        'Holding a Python generator in a variable after breaking out of its loop, which keeps its file or cursor open until the generator is collected.',
        'Porting C# or LINQ code that enumerates a sequence twice to Python or JavaScript, where the second pass is silently empty (and the reverse: in C# it silently runs the query twice).',
        'Using `itertools.tee` or caching wrappers on huge streams and getting the whole stream buffered in memory anyway.',
      ],
      quiz: [
        {
          kind: 'predict-output',
          prompt: 'What does this print?',
          code: `function* rows() {
  try {
    yield 1;
    yield 2;
    yield 3;
  } finally {
    console.log('cursor closed');
  }
}

for (const r of rows()) {
  console.log(r);
  if (r === 2) break;
}
console.log('done');`,
          answer: '1\n2\ncursor closed\ndone',
          explanation:
            'break makes for...of call the generator\'s return(), which resumes it at the paused yield as if it returned there, so the finally block runs before the loop statement completes. The third value is never produced.',
        },
        {
          kind: 'spot-the-bug',
          prompt: 'This throws an IllegalStateException at runtime. Which line?',
          code: `record Order(String id, boolean paid, long totalCents) {}

static String report(List<Order> orders) {
    Stream<Order> paid = orders.stream().filter(Order::paid);
    long count = paid.count();
    long revenue = paid.mapToLong(Order::totalCents).sum();
    return count + " paid orders, " + revenue + " cents";
}`,
          bugLine: 6,
          answer: 'A Stream can be consumed once. Collect it first (`List<Order> paid = orders.stream().filter(Order::paid).toList();`) and derive both values from the list, or compute both in one pass with `mapToLong(...).summaryStatistics()`.',
          explanation:
            'count() is a terminal operation that consumes the stream; the second terminal operation on the same stream fails with "stream has already been operated upon or closed".',
        },
      ],
    },
    hints: {
      nudge: 'Is the thing being looped over a list, or a generator, iterator or stream? Has something consumed it before this loop, or has nothing consumed it yet?',
      concept:
        'Generators and iterators are lazy and single-pass: the body runs as values are pulled, and once exhausted they yield nothing more, without an error. Materialize with `list(...)` or `[...gen]` when you need several passes, or restructure the work into one pass.',
      analogousExample:
        'Similar: `emails = (u.email for u in users)` passed first to `validate_all(emails)` and then to `send_welcome(emails)` sends nothing, because validation consumed every value; `emails = [u.email for u in users]` (a list) lets both calls see all of them.',
      pseudoCode:
        'source = make_lazy_sequence()\nif more than one pass is needed:\n    values = materialize(source)      # list(...), [...gen], .toList()\n    first_pass(values); second_pass(values)\nelse:\n    for value in source: update every accumulator in the same loop\nresources inside generators: release them in finally / with',
    },
  },
  {
    conceptId: 'event-loop',
    fundamentals: {
      title: 'The event loop: one thread taking turns',
      conceptId: 'event-loop',
      level: 'fundamentals',
      explanation: `Node.js, browsers, Python's \`asyncio\` and UI frameworks (Android's main thread, WPF and WinForms dispatchers, VS Code's extension host) run your callbacks on **one thread**, one at a time, from a queue. \`async\`/\`await\` does not create threads: the function runs on that same thread until it reaches an \`await\` that has to wait, and the rest is queued as a continuation for when the awaited operation completes.

Waiting on I/O is cheap because the runtime hands sockets and timers to the operating system (epoll, kqueue or IOCP, via libuv or the asyncio selector) and is called back when something is ready. *Computing* is not: while one callback runs, no other request, timer or I/O completion is handled.

~~~js
setTimeout(() => console.log('timer'), 0);
const end = Date.now() + 2000;
while (Date.now() < end) {} // for 2 s nothing else runs, not even the 0 ms timer
console.log('busy loop done');
~~~

The usual blockers in a server:

- synchronous APIs: \`fs.readFileSync\`, \`crypto.pbkdf2Sync\`, \`zlib.gzipSync\`, \`child_process.execSync\`;
- \`JSON.parse\`/\`JSON.stringify\` of very large payloads, big sorts, regexes that backtrack;
- in Python, \`time.sleep()\`, \`requests.get()\` or a synchronous database driver inside \`async def\`.

Use the asynchronous version (\`await fs.promises.readFile\`, the callback form of \`crypto.pbkdf2\`, which runs on libuv's thread pool, \`await asyncio.sleep\`, \`httpx.AsyncClient\`), hand unavoidable blocking calls to a thread (\`await asyncio.to_thread(fn)\`), and move real CPU work to workers (\`worker_threads\`, a process pool). Keep every handler short: the latency of the whole service is bounded below by its slowest callback.`,
      workedExample: {
        language: 'typescript',
        before: `import { pbkdf2Sync, timingSafeEqual } from 'node:crypto';

app.post('/login', async (req, res) => {
  const user = await users.findByEmail(req.body.email);
  if (!user) return res.sendStatus(401);
  // ~140 ms of CPU on the event-loop thread: every other request waits meanwhile
  const hash = pbkdf2Sync(req.body.password, user.salt, 600_000, 32, 'sha256');
  res.sendStatus(timingSafeEqual(hash, user.passwordHash) ? 204 : 401);
});`,
        after: `import { pbkdf2, timingSafeEqual } from 'node:crypto';
import { promisify } from 'node:util';

const pbkdf2Async = promisify(pbkdf2);

app.post('/login', async (req, res) => {
  const user = await users.findByEmail(req.body.email);
  if (!user) return res.sendStatus(401);
  // same work on a libuv pool thread; the loop keeps serving other requests
  const hash = await pbkdf2Async(req.body.password, user.salt, 600_000, 32, 'sha256');
  res.sendStatus(timingSafeEqual(hash, user.passwordHash) ? 204 : 401);
});`,
        note: 'pbkdf2Sync computed the hash on the thread that serves every request, so seven logins a second kept the loop fully busy and health checks timed out. The callback version runs on one of libuv\'s pool threads (4 by default, UV_THREADPOOL_SIZE) and the await frees the loop until the hash is ready.',
      },
      pitfalls: [
        'Believing `async` moves work to another thread: a CPU-heavy loop inside an async function blocks exactly as much as outside it.',
        'Synchronous convenience APIs (`*Sync`, `requests`, `time.sleep`) in request handlers or coroutines.',
        'Parsing or serializing very large JSON payloads on the main thread of a server or UI.',
      ],
      quiz: [
        {
          kind: 'predict-output',
          prompt: 'What does this print, line by line?',
          code: `console.log('A');
setTimeout(() => console.log('B'), 0);
Promise.resolve().then(() => console.log('C'));
console.log('D');`,
          answer: 'A\nD\nC\nB',
          explanation:
            'Synchronous code runs to completion first (A, D). Then the microtask queue is drained (the promise callback, C) before the loop moves on to the timers phase (B), even though the timer was scheduled first with 0 ms.',
        },
        {
          kind: 'multiple-choice',
          prompt: 'A Node.js API\'s p99 latency jumps to about 2 s whenever one endpoint receives a 150 MB JSON upload and calls `JSON.parse` on it. What is the cause?',
          code: '',
          choices: [
            'JSON.parse runs on the libuv thread pool and exhausts its four threads',
            'JSON.parse is synchronous and runs on the event-loop thread, so every other request waits until it returns',
            'The upload is buffered by the operating system, which pauses other sockets',
            'A missing await makes the parse run twice',
          ],
          answerIndex: 1,
          explanation:
            'JSON.parse is plain synchronous JavaScript on the only thread that runs callbacks. Stream-parse large bodies, limit body size, or parse in a worker thread.',
        },
      ],
    },
    advanced: {
      title: 'Inside the loop: microtasks, starvation, lag and where CPU work belongs',
      conceptId: 'event-loop',
      level: 'advanced',
      explanation: `**Queues and order.** Node runs the loop in phases (timers, I/O callbacks, \`setImmediate\`, close handlers); after every callback it drains \`process.nextTick\` callbacks, then promise microtasks, before the next macrotask. Browsers also drain microtasks after each task. So a recursive \`queueMicrotask\`, \`nextTick\` or \`.then\` chain never yields: it starves timers and I/O like a \`while\` loop. Chunking CPU work helps only if each chunk is a macrotask (\`setImmediate\`, \`setTimeout\`, \`scheduler.yield()\` in Chromium), not another \`await\` of a resolved promise.

**Measure the lag.** \`perf_hooks.monitorEventLoopDelay()\` reports how late the loop runs; alert on its p99. asyncio's debug mode (\`PYTHONASYNCIODEBUG=1\` or \`asyncio.run(main(), debug=True)\`) logs every step slower than \`loop.slow_callback_duration\` (100 ms), as in \`Executing <Task ...> took 0.200 seconds\`.

**Not all threads are yours.** Node's callback-based \`crypto\`, \`zlib\` and \`fs\` calls and \`dns.lookup\` share libuv's pool of 4 threads (\`UV_THREADPOOL_SIZE\`), so a burst of hashing queues file reads behind it. For your own CPU-heavy JavaScript, use a pool of \`worker_threads\` and transfer \`ArrayBuffer\`s instead of copying. In Python, \`asyncio.to_thread\` suits blocking I/O, but pure-Python CPU work holds the GIL and still stalls the loop; use a \`ProcessPoolExecutor\` (arguments and results must pickle) unless you run a free-threaded 3.13+ build.

**Sync over async deadlocks.** Blocking the loop thread while waiting for work that needs that same thread never finishes: C#'s \`task.Result\` on a UI thread, whose continuation must resume on the UI thread, is the classic hang. In Python, calling \`asyncio.run()\` from inside a running loop fails with \`RuntimeError: asyncio.run() cannot be called from a running event loop\`.`,
      workedExample: {
        language: 'python',
        before: `async def export_invoice_pdf(request: Request) -> Response:
    rows = await db.fetch_all(INVOICE_LINES, request.path_params["id"])
    pdf_bytes = render_pdf(rows)  # ~3 s of pure-Python layout work on the loop thread
    return Response(pdf_bytes, media_type="application/pdf")`,
        after: `from concurrent.futures import ProcessPoolExecutor

_pdf_pool = ProcessPoolExecutor(max_workers=2)

async def export_invoice_pdf(request: Request) -> Response:
    rows = await db.fetch_all(INVOICE_LINES, request.path_params["id"])
    loop = asyncio.get_running_loop()
    # rows are pickled to a worker process; the loop serves other requests meanwhile
    pdf_bytes = await loop.run_in_executor(_pdf_pool, render_pdf, [dict(r) for r in rows])
    return Response(pdf_bytes, media_type="application/pdf")`,
        note: 'While render_pdf ran, the whole ASGI worker stopped answering, including health checks, so the orchestrator restarted it mid-export. asyncio.to_thread would not help: pure-Python CPU work holds the GIL. A small process pool runs it in parallel; the rows are converted to plain dicts because database record objects often do not pickle.',
      },
      pitfalls: [
        'Chunking work with `await Promise.resolve()` or `queueMicrotask`, which never lets timers or I/O in; yield with a macrotask instead.',
        'Using `asyncio.to_thread` for CPU-bound pure-Python code on a GIL build and expecting the loop to stay responsive.',
        'Saturating libuv\'s four pool threads with hashing or compression, which silently delays unrelated `fs` and `dns.lookup` calls.',
      ],
      quiz: [
        {
          kind: 'predict-output',
          prompt: 'In a CommonJS Node.js script, what does this print, line by line?',
          code: `const fs = require('node:fs');

fs.readFile(__filename, () => {
  setTimeout(() => console.log('timeout'), 0);
  setImmediate(() => console.log('immediate'));
  process.nextTick(() => console.log('tick'));
  Promise.resolve().then(() => console.log('promise'));
  console.log('io callback');
});`,
          answer: 'io callback\ntick\npromise\nimmediate\ntimeout',
          explanation:
            'After the I/O callback returns, Node drains the nextTick queue, then promise microtasks. The loop then enters the check phase (setImmediate) before it wraps around to the timers phase, so inside an I/O callback setImmediate always beats a 0 ms setTimeout.',
        },
        {
          kind: 'spot-the-bug',
          prompt: 'After this background task starts, the service answers requests only every five minutes. Which line?',
          code: `import asyncio
import time

async def keep_token_fresh(client):
    while True:
        token = await client.fetch_token()
        client.set_token(token)
        time.sleep(300)

async def main(client):
    refresher = asyncio.create_task(keep_token_fresh(client))
    await serve_forever(client)`,
          bugLine: 8,
          answer: 'Use `await asyncio.sleep(300)`, which suspends only this task and gives the loop back to the request handlers.',
          explanation:
            'time.sleep blocks the thread that runs every task on the loop, so for 300 s nothing else executes. asyncio.sleep schedules a wake-up and returns control to the loop.',
        },
      ],
    },
    hints: {
      nudge: 'Is anything in this handler or coroutine synchronous and slow: a *Sync call, a blocking library, a big parse or a long loop?',
      concept:
        'Async code shares one thread that runs callbacks in turn. Awaiting I/O frees it; synchronous work holds it, so every other request, timer and UI event waits. Use async APIs for I/O and move CPU-heavy work to a worker thread or process.',
      analogousExample:
        'Similar: a Python `async def` webhook handler that calls `requests.post(...)` makes every other request wait for that HTTP round trip; `await client.post(...)` with `httpx.AsyncClient` (or `await asyncio.to_thread(requests.post, ...)`) lets the loop serve them meanwhile.',
      pseudoCode:
        'for each step in the handler:\n    waits on I/O            -> use the async API and await it\n    blocking, no async API  -> run it in a thread and await that\n    CPU work over a few ms  -> worker thread / process pool, or chunks scheduled as separate tasks\nmeasure event-loop delay before and after',
    },
  },
  {
    conceptId: 'race-conditions',
    fundamentals: {
      title: 'Race conditions: check-then-act and read-modify-write',
      conceptId: 'race-conditions',
      level: 'fundamentals',
      explanation: `A race condition is a bug whose outcome depends on how concurrent operations interleave. Three shapes cover most of them:

- **Check-then-act**: \`if (!exists) create()\`. Between the check and the act, another request makes the same check and also creates.
- **Read-modify-write**: \`balance = balance - amount\`, \`count += 1\`, or \`SELECT stock\` followed by \`UPDATE ... SET stock = ?\`. Two writers read the same old value and one update is lost.
- **Lazy initialization**: two threads see \`instance == null\` and both construct it.

Races are not only a threading problem. In single-threaded JavaScript or asyncio code, **every \`await\` is a point where other tasks run**, so a check before an \`await\` and an act after it race exactly like two threads:

~~~ts
if (seat.heldBy === null) {
  await payments.authorize(card); // another request reserves the seat here
  seat.heldBy = userId;
}
~~~

Tests rarely catch this: a unit test runs one request at a time and the window is microseconds wide, while production load hits it daily. Passing tests say nothing about races.

The fix is to make the sequence **atomic**:

- let the database do it in one statement: \`UPDATE seats SET held_by = $1 WHERE id = $2 AND held_by IS NULL\`, then check the affected row count; use unique constraints with \`INSERT ... ON CONFLICT DO NOTHING\` instead of "check, then insert";
- use atomic operations: \`AtomicLong.incrementAndGet()\`, \`Interlocked.Increment\`, \`ConcurrentHashMap.merge\`, Go's \`atomic.Int64\`;
- hold one lock across the whole sequence (\`synchronized\`, \`sync.Mutex\`, \`threading.Lock\`, \`asyncio.Lock\`), keeping slow I/O outside it when you can.

In Python the GIL does not make \`counter += 1\` atomic: it is several bytecodes (load, add, store), and a thread switch between them loses an increment.`,
      workedExample: {
        language: 'typescript',
        before: `async function redeemCoupon(code: string, userId: string): Promise<void> {
  const coupon = await db.one('SELECT amount_cents, used_by FROM coupons WHERE code = $1', [code]);
  if (coupon.used_by !== null) throw new CouponUsedError(code);
  await db.none('UPDATE coupons SET used_by = $1 WHERE code = $2', [userId, code]);
  await wallet.credit(userId, coupon.amount_cents);
}`,
        after: `async function redeemCoupon(code: string, userId: string): Promise<void> {
  await db.tx(async (t) => {
    // Check and claim in one statement: only one concurrent caller can match used_by IS NULL.
    const claimed = await t.oneOrNone(
      'UPDATE coupons SET used_by = $1 WHERE code = $2 AND used_by IS NULL RETURNING amount_cents',
      [userId, code],
    );
    if (claimed === null) throw new CouponUsedError(code);
    await wallet.credit(userId, claimed.amount_cents, { tx: t });
  });
}`,
        note: 'Two requests with the same code (a double-click, a retry) both read used_by = null before either UPDATE ran, so the coupon paid out twice. With the conditional UPDATE, PostgreSQL\'s row lock orders them and the second matches no row. Crediting inside the same transaction means a failed credit also releases the coupon.',
      },
      pitfalls: [
        'Reading a value, awaiting something, then writing a value computed from the stale read.',
        'Trusting green tests: races need concurrent load to show up, and then they show up as rare, unreproducible data corruption.',
        'Using thread-safe pieces (a concurrent map, an atomic) but combining two of their calls into one unprotected sequence.',
      ],
      quiz: [
        {
          kind: 'predict-output',
          prompt: 'What does this print, line by line?',
          code: `let stock = 1;
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function buy(name) {
  if (stock > 0) {
    await sleep(10); // the payment call
    stock -= 1;
    console.log(name, 'bought');
  }
}

Promise.all([buy('ana'), buy('ben')]).then(() => console.log('stock', stock));`,
          answer: 'ana bought\nben bought\nstock -1',
          explanation:
            'Both calls check stock > 0 before either reaches the decrement, because each pauses at the await. Single-threaded code still interleaves at every await, so the last item is sold twice.',
        },
        {
          kind: 'spot-the-bug',
          prompt: 'Under load the reported failure rate is lower than the real one. Which line?',
          code: `class RequestStats {
    private final AtomicLong total = new AtomicLong();
    private long failed;

    void record(boolean ok) { // called from every request thread
        total.incrementAndGet();
        if (!ok) failed++;
    }

    double failureRate() {
        return (double) failed / total.get();
    }
}`,
          bugLine: 7,
          answer: 'Make the failure counter atomic too: `private final LongAdder failed = new LongAdder();` with `failed.increment()` (or an `AtomicLong`), and read it with `failed.sum()`.',
          explanation:
            'failed++ is a read, an add and a write. Two threads can read the same value and both write value + 1, losing a failure; without synchronization the reader may also see a stale value.',
        },
      ],
    },
    advanced: {
      title: 'Races at scale: compound operations, visibility, lock ordering and race detectors',
      conceptId: 'race-conditions',
      level: 'advanced',
      explanation: `**Compound operations on thread-safe objects are not atomic.** Each method of \`ConcurrentHashMap\`, \`sync.Map\` or a synchronized list is safe on its own, but \`get\` followed by \`put\` is still check-then-act. Use the combined operations: \`computeIfAbsent\`, \`merge\`, \`putIfAbsent\`, Go's \`LoadOrStore\`, C#'s \`ConcurrentDictionary.GetOrAdd\` (whose factory may run more than once under contention; store a \`Lazy<T>\` when creation must happen once).

**Visibility.** Without synchronization a thread may never see another thread's write: a plain \`boolean running\` flag polled in a loop can spin forever once the JIT hoists the read. Java needs \`volatile\`, an atomic or a lock to create a happens-before edge. In Go, C and C++ a data race is a bug with no defined outcome, not merely a stale read.

**Deadlocks.** Two threads taking the same two locks in opposite orders wait for each other forever. Acquire locks in one global order (for example by account id), hold them briefly, and never call unknown code while holding one. Go detects only the total case (\`fatal error: all goroutines are asleep - deadlock!\`); a Java thread dump (\`jstack\`) prints \`Found one Java-level deadlock\`.

**Databases.** Under PostgreSQL's default READ COMMITTED, read-then-write in application code still loses updates. Use a conditional \`UPDATE\`, \`SELECT ... FOR UPDATE\`, or SERIALIZABLE isolation, where the loser fails with \`could not serialize access ...\` (SQLSTATE 40001) and must be retried.

**Detectors find what tests miss.** Run \`go test -race\` (it prints \`WARNING: DATA RACE\` with both stacks) and ThreadSanitizer (\`-fsanitize=thread\`) for C and C++, plus stress tests that release many concurrent callers at once. Rust's \`Send\` and \`Sync\` rule out data races at compile time, but not logical races: locking a \`Mutex\` once to check and again to act is still check-then-act.`,
      workedExample: {
        language: 'java',
        before: `private final Map<String, RateLimiter> limiters = new ConcurrentHashMap<>();

RateLimiter limiterFor(String apiKey) {
    RateLimiter limiter = limiters.get(apiKey);
    if (limiter == null) {
        limiter = RateLimiter.create(plans.requestsPerSecond(apiKey));
        limiters.put(apiKey, limiter);
    }
    return limiter;
}`,
        after: `private final ConcurrentMap<String, RateLimiter> limiters = new ConcurrentHashMap<>();

RateLimiter limiterFor(String apiKey) {
    // Atomic per key: the factory runs at most once and every caller gets the same limiter.
    return limiters.computeIfAbsent(apiKey, key -> RateLimiter.create(plans.requestsPerSecond(key)));
}`,
        note: 'get and put are each thread-safe, but the sequence is not: the first burst of requests from a new key created several limiters, each request used its own, and the customer got several times its quota until the last put won. computeIfAbsent makes the check and the insert one step; keep its function short and never modify the map from inside it.',
      },
      pitfalls: [
        'Polling a plain (non-volatile, non-atomic) field written by another thread, which may never observe the change.',
        'Acquiring two locks in an order that depends on the arguments (`transfer(a, b)` versus `transfer(b, a)`).',
        'Treating `ConcurrentDictionary.GetOrAdd` or a cache\'s `get-or-load` as run-once for expensive or side-effecting factories.',
      ],
      quiz: [
        {
          kind: 'multiple-choice',
          prompt: 'Two goroutines run `transfer(alice, bob, 1000)` and `transfer(bob, alice, 500)` at the same time. What can happen?',
          code: `func transfer(from, to *Account, cents int64) {
	from.mu.Lock()
	defer from.mu.Unlock()
	to.mu.Lock()
	defer to.mu.Unlock()
	from.balance -= cents
	to.balance += cents
}`,
          choices: [
            'Nothing bad: each account has its own mutex, so the transfers are safe',
            'They can deadlock: each holds one account\'s lock and waits for the other\'s',
            'The runtime notices the conflict and runs the transfers one after the other',
            'The balances can end up with a data race that -race reports',
          ],
          answerIndex: 1,
          explanation:
            'The first goroutine locks alice then waits for bob; the second locks bob then waits for alice. Lock the two accounts in a fixed order (for example lower id first). In a server other goroutines keep running, so Go\'s deadlock detector stays silent and the requests just hang.',
        },
        {
          kind: 'predict-output',
          prompt: 'What does this print?',
          code: `import asyncio

balance = 100

async def withdraw(amount):
    global balance
    current = balance
    await asyncio.sleep(0)  # an audit-log write
    balance = current - amount

async def main():
    await asyncio.gather(withdraw(30), withdraw(50))
    print(balance)

asyncio.run(main())`,
          answer: '50',
          explanation:
            'Both tasks read 100 before either writes, because each yields at the await. The first writes 70, then the second overwrites it with 100 - 50. One withdrawal is lost without any thread in sight; an asyncio.Lock around read-and-write (or doing both without an await in between) fixes it.',
        },
      ],
    },
    hints: {
      nudge: 'Between the moment this code reads shared state (or checks a condition) and the moment it writes, can another thread, request or task run?',
      concept:
        'A race happens when a check-then-act or read-modify-write sequence on shared state is not atomic. Make the sequence one atomic step: a conditional database statement, an atomic or compound operation, or one lock held across the whole sequence. Every `await` is an interleaving point too.',
      analogousExample:
        'Similar: an upload handler that checks `if not storage.exists(key)` and then writes lets two uploads of the same key both pass the check; an exclusive create (`open(path, "x")`, an S3 conditional put with `If-None-Match: *`, or a unique index) makes the second one fail instead.',
      pseudoCode:
        'find the shared state and every read and write of it\nfor each "read or check, then write" sequence:\n    replace it with one atomic operation (conditional UPDATE, compare-and-set, merge, upsert)\n    or hold one lock from the read to the write, the same lock for every writer\ntake several locks in one fixed global order\nstress-test with many concurrent callers; run the race detector',
    },
  },
  {
    conceptId: 'cancellation-timeouts',
    fundamentals: {
      title: 'Timeouts and cancellation: abandoned work keeps running',
      conceptId: 'cancellation-timeouts',
      level: 'fundamentals',
      explanation: `When a caller gives up on an operation, the operation does not know. A user closes the tab, an upstream times out, a \`Promise.race\` rejects: the HTTP request, database query or loop underneath keeps running, holding a socket, a pool connection and memory, and may still perform its side effects. Under load these orphans pile up until the pool is exhausted and every request waits.

Every call that waits on something external needs two things:

1. **A deadline.** Many clients wait forever by default: Python's \`requests\` never times out unless you pass \`timeout=\`; Go's \`http.Client{}\` has \`Timeout\` 0, meaning none; Java's \`HttpClient\` sets no request timeout. .NET's \`HttpClient\` defaults to 100 seconds, and Node's \`fetch\` gives up only after undici's 300-second header and body timeouts.
2. **A cancellation signal that reaches the work.** Cancellation is cooperative: the operation must accept a signal and stop when it fires.

~~~ts
const res = await fetch(url, { signal: AbortSignal.timeout(3000) });
// rejects with "TimeoutError: The operation was aborted due to timeout" and closes the connection
~~~

The equivalents: \`asyncio.timeout(3)\` (3.11+) or \`asyncio.wait_for\` in Python, which cancel the awaiting task; \`context.WithTimeout\` in Go, passed as the first argument; a \`CancellationToken\` in C#, passed to every async call; \`HttpRequest.Builder.timeout\` and \`CompletableFuture.orTimeout\` in Java.

A timeout built from \`Promise.race([work, timer])\` only stops *waiting*; \`work\` continues. Pass the signal to the work instead, and clear timers you create yourself, or they fire (and keep a Node process alive) after success.

Decide what a timeout means for the caller: retry (idempotent operations only), fall back to a cached value, or fail with an error that names the dependency and the limit.`,
      workedExample: {
        language: 'typescript',
        before: `function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  const timer = new Promise<never>((_, reject) => setTimeout(() => reject(new Error('timeout')), ms));
  return Promise.race([work, timer]);
}

async function stockLevel(sku: string): Promise<number> {
  const res = await withTimeout(fetch(\`\${INVENTORY_URL}/stock/\${encodeURIComponent(sku)}\`), 2000);
  return ((await res.json()) as { available: number }).available;
}`,
        after: `async function stockLevel(sku: string, signal?: AbortSignal): Promise<number> {
  const deadline = AbortSignal.timeout(2000);
  const res = await fetch(\`\${INVENTORY_URL}/stock/\${encodeURIComponent(sku)}\`, {
    signal: signal ? AbortSignal.any([signal, deadline]) : deadline,
  });
  return ((await res.json()) as { available: number }).available;
}`,
        note: 'The race rejected the caller after 2 s but left the request running with its socket, covered only the headers and not res.json(), and its timer fired even after fast responses. AbortSignal.timeout aborts the request and the body read; AbortSignal.any (Node 20.3+) also stops it when the caller\'s own signal fires, for example when the client disconnects.',
      },
      pitfalls: [
        'Calling HTTP clients or drivers with their default of no timeout at all.',
        'Implementing a timeout with `Promise.race` or a future\'s `get(timeout)`, which stops the wait but not the work.',
        'Accepting a cancellation token or signal and not passing it on to the calls that actually wait.',
      ],
      quiz: [
        {
          kind: 'predict-output',
          prompt: 'What does this print, line by line?',
          code: `const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function chargeCard() {
  await sleep(50);
  console.log('card charged');
  return 'ok';
}

const timeout = sleep(10).then(() => {
  throw new Error('timed out');
});

Promise.race([chargeCard(), timeout])
  .then((value) => console.log('result', value))
  .catch((err) => console.log('caller saw:', err.message));`,
          answer: 'caller saw: timed out\ncard charged',
          explanation:
            'The race settles with the first promise to settle, the 10 ms rejection, so the caller reports a timeout. Nothing told chargeCard to stop, so 40 ms later the card is charged anyway: the caller believes it failed and may retry, charging twice.',
        },
        {
          kind: 'multiple-choice',
          prompt: 'A Python service calls `requests.get(url)` with no `timeout` argument. The remote server accepts the connection and never sends a response. What happens?',
          code: '',
          choices: [
            'requests raises Timeout after its default of 30 seconds',
            'The call waits indefinitely, holding the thread and the connection',
            'requests retries three times, then raises ConnectionError',
            'The call returns None',
          ],
          answerIndex: 1,
          explanation:
            'requests has no default timeout; its documentation says nearly all production code should pass one. Use timeout=(connect_seconds, read_seconds), for example timeout=(3.05, 10).',
        },
      ],
    },
    advanced: {
      title: 'Deadlines that propagate: budgets, retries, cooperative checks and cleanup',
      conceptId: 'cancellation-timeouts',
      level: 'advanced',
      explanation: `**Propagate one deadline, not many timeouts.** If a request has 2 s end to end and each of three sequential calls gets its own 2 s timeout, it can run for 6 s after the client gave up. Pass the caller's signal or context down (Go's \`r.Context()\` is cancelled when the client disconnects; ASP.NET Core binds \`HttpContext.RequestAborted\` to a \`CancellationToken\` action parameter) and derive shorter deadlines from it: \`context.WithTimeout(parent, d)\`, \`AbortSignal.any([parent, AbortSignal.timeout(ms)])\`, \`CancellationTokenSource.CreateLinkedTokenSource(ct)\` plus \`CancelAfter\`. gRPC sends the remaining deadline to the server for the same reason.

**Retries multiply time.** Three attempts of 10 s each, plus backoff, blow any caller's budget. Give each attempt its own timeout, stop once the overall deadline has passed, and retry only idempotent operations.

**Cancellation is cooperative all the way down.** CPU loops and batch jobs must check: \`signal.throwIfAborted()\`, \`if err := ctx.Err(); err != nil { return err }\`, \`token.ThrowIfCancellationRequested()\`. In Go always \`defer cancel()\`; \`go vet\` reports a discarded one: \`the cancel function returned by context.WithTimeout should be called, not discarded, to avoid a context leak\`.

**Do not swallow the cancellation.** asyncio delivers it as \`CancelledError\`, a \`BaseException\` since 3.8. An \`except BaseException:\` or bare \`except:\` that does not re-raise makes the task uncancellable, so \`asyncio.timeout\` and \`TaskGroup\` shutdown hang. C# signals it with \`OperationCanceledException\`: treat it as "stopped", not as a failure to log and retry.

**Cleanup still runs.** \`finally\` blocks execute on cancellation; keep them short. A write that must complete once started can be shielded (\`asyncio.shield\`, Go 1.21's \`context.WithoutCancel\`) but then needs its own timeout.`,
      workedExample: {
        language: 'go',
        before: `var pricing = &http.Client{} // Timeout 0: no deadline at all

func (s *Server) quote(w http.ResponseWriter, r *http.Request) {
	sku := r.URL.Query().Get("sku")
	resp, err := pricing.Get(s.pricingURL + "/quote?sku=" + url.QueryEscape(sku))
	if err != nil {
		http.Error(w, "pricing unavailable", http.StatusBadGateway)
		return
	}
	defer resp.Body.Close()
	io.Copy(w, resp.Body)
}`,
        after: `var pricing = &http.Client{Timeout: 5 * time.Second} // backstop for callers without a deadline

func (s *Server) quote(w http.ResponseWriter, r *http.Request) {
	// Derived from the request: cancelled when the client disconnects, or after 800 ms.
	ctx, cancel := context.WithTimeout(r.Context(), 800*time.Millisecond)
	defer cancel()

	sku := r.URL.Query().Get("sku")
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, s.pricingURL+"/quote?sku="+url.QueryEscape(sku), nil)
	if err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	resp, err := pricing.Do(req)
	if err != nil {
		status := http.StatusBadGateway
		if errors.Is(err, context.DeadlineExceeded) {
			status = http.StatusGatewayTimeout
		}
		http.Error(w, "pricing unavailable", status)
		return
	}
	defer resp.Body.Close()
	io.Copy(w, resp.Body)
}`,
        note: 'With the zero-value client, a hung pricing service kept every quote goroutine and its connection alive indefinitely, long after the clients had disconnected. The derived context ends the call when the client leaves or after 800 ms, the client-wide Timeout is a backstop, and errors.Is tells a deadline (504) apart from other failures (502).',
      },
      pitfalls: [
        'Giving every downstream call a fresh full timeout instead of the time left in the caller\'s budget.',
        'Catching `BaseException` (Python) or every exception type (C#) in a loop, which also catches and discards the cancellation.',
        'Retrying on timeout without an overall deadline, so one slow dependency turns into a retry storm.',
      ],
      quiz: [
        {
          kind: 'spot-the-bug',
          prompt: 'On shutdown, `asyncio.TaskGroup` waits forever for this consumer task. Which line?',
          code: `async def consume(queue: asyncio.Queue[Job]) -> None:
    while True:
        job = await queue.get()
        try:
            await process(job)
        except BaseException:
            log.exception("job %s failed", job.id)
        finally:
            queue.task_done()`,
          bugLine: 6,
          answer: 'Catch `Exception` instead, so `asyncio.CancelledError` (a `BaseException`) propagates and ends the task; if you must catch it, clean up and re-raise.',
          explanation:
            'Cancellation is delivered as CancelledError at the await inside process(). except BaseException catches it, logs it as a job failure and loops back to queue.get(), so the task never finishes.',
        },
        {
          kind: 'predict-output',
          prompt: 'In Node.js 20 or later, what does this print?',
          code: `const user = new AbortController();
const signal = AbortSignal.any([user.signal, AbortSignal.timeout(1000)]);
user.abort();
console.log(signal.aborted, signal.reason.name);`,
          answer: 'true AbortError',
          explanation:
            'AbortSignal.any aborts as soon as any input aborts, and takes that input\'s reason. user.abort() without an argument uses a DOMException named AbortError; had the 1000 ms deadline fired first, the name would be TimeoutError.',
        },
      ],
    },
    hints: {
      nudge: 'If the caller stops waiting for this call, what stops the work itself, and how long can it wait if the other side never answers?',
      concept:
        'Every external wait needs a deadline and a cancellation signal passed into the work (`AbortSignal`, `context.Context`, `CancellationToken`, task cancellation). Giving up on a promise or future does not stop the operation behind it; only cooperative cancellation does.',
      analogousExample:
        'Similar: a report export whose `SELECT` runs for ten minutes after the user closed the page keeps a pool connection busy the whole time; passing the request\'s cancellation token to the query (or setting `statement_timeout`) ends it when nobody is waiting.',
      pseudoCode:
        'deadline = min(caller_deadline, now + this_call_budget)\nsignal = combine(caller_signal, timeout_at(deadline))\npass signal into every downstream call (HTTP, database, child tasks)\ninside long loops: check the signal and stop early\non cancellation: clean up in finally, re-raise, do not retry',
    },
  },
  {
    conceptId: 'memory-management',
    fundamentals: {
      title: 'Leaks with a garbage collector: what keeps objects reachable',
      conceptId: 'memory-management',
      level: 'fundamentals',
      explanation: `A garbage collector frees objects that nothing can reach any more. A leak in a garbage-collected language is therefore an object that is **still reachable but no longer needed**: the collector is doing its job, and your code is still holding on. The heap grows with traffic until the process dies with \`FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory\` or \`java.lang.OutOfMemoryError: Java heap space\`, or the container is OOM-killed.

The usual holders:

- **Unbounded caches and registries**: a module-level \`Map\` keyed by request id, user id or URL, written on every request and never evicted. Every entry lives as long as the process.
- **Listeners and subscriptions never removed**: \`emitter.on(...)\`, \`addEventListener\`, an RxJS \`subscribe\`, a VS Code \`onDidChange...\` registered per request, connection or component mount. The emitter holds the callback, and the callback's closure holds whatever it captured (a socket, a request, a DOM tree). Node warns at the eleventh listener for one event: \`MaxListenersExceededWarning: Possible EventEmitter memory leak detected\`.
- **Timers**: a \`setInterval\` that is never cleared keeps its callback and everything it references alive.
- **Closures capturing more than they need**: a small callback stored for later that references a large buffer or a whole response.

The cure is a lifetime for everything you register or store:

~~~ts
const subscription = config.onDidChange(reload);
context.subscriptions.push(subscription); // disposed together with the extension
~~~

Bound every cache (maximum size with LRU eviction, a TTL, or both). Pair every \`on\`, \`subscribe\` and \`setInterval\` with its \`off\`, \`dispose\` or \`clearInterval\` on the code path that ends the owner's life; \`addEventListener(type, fn, { signal })\` removes many listeners with one \`abort()\`. To find a leak, take two heap snapshots under load (Chrome DevTools via \`node --inspect\`, a \`jmap\` heap dump for Java, \`tracemalloc\` snapshots for Python) and compare which object counts keep growing.`,
      workedExample: {
        language: 'typescript',
        before: `const priceFeed = new EventEmitter();

wss.on('connection', (socket: WebSocket) => {
  priceFeed.on('tick', (tick: PriceTick) => {
    socket.send(JSON.stringify(tick));
  });
});`,
        after: `const priceFeed = new EventEmitter();

wss.on('connection', (socket: WebSocket) => {
  const forward = (tick: PriceTick) => socket.send(JSON.stringify(tick));
  priceFeed.on('tick', forward);
  socket.once('close', () => priceFeed.off('tick', forward));
});`,
        note: 'Each connection added a listener to a process-wide emitter and nothing ever removed it. The listener\'s closure captured the socket, so every closed socket and its buffers stayed reachable, and every tick was still serialized for all of them. Naming the listener lets the close handler remove exactly that one.',
      },
      pitfalls: [
        'Module-level maps or arrays used as caches with no size limit or eviction.',
        'Subscribing per request, connection or component without unsubscribing on the path that ends it.',
        'Raising `setMaxListeners` to silence `MaxListenersExceededWarning` instead of finding the missing `off`.',
      ],
      quiz: [
        {
          kind: 'predict-output',
          prompt: 'What does this print, line by line?',
          code: `const { EventEmitter } = require('node:events');

const bus = new EventEmitter();

function handleRequest(id) {
  bus.on('config-changed', () => console.log('reload for', id));
}

for (let i = 0; i < 3; i++) handleRequest(i);
bus.emit('config-changed');
console.log(bus.listenerCount('config-changed'));`,
          answer: 'reload for 0\nreload for 1\nreload for 2\n3',
          explanation:
            'Every finished request left its listener (and its closure) registered on the long-lived bus, so one event runs all of them and the count grows with traffic. Each request should remove its listener when it ends, or subscribe once at startup.',
        },
        {
          kind: 'multiple-choice',
          prompt: 'Which of these, in a long-running service, is a memory leak even though the garbage collector works correctly?',
          code: '',
          choices: [
            'A module-level Map from request id to response body, written on every request and never deleted from',
            'A local array built inside a handler and returned to the caller',
            'A closure passed to Array.prototype.map',
            'An object whose only remaining reference is as a WeakMap key',
          ],
          answerIndex: 0,
          explanation:
            'The Map is reachable from the module for the life of the process, so every body it stores stays alive. The others become unreachable when the work is done; WeakMap keys do not keep their objects alive.',
        },
      ],
    },
    advanced: {
      title: 'Retention paths, weak references and leaks beyond the heap',
      conceptId: 'memory-management',
      level: 'advanced',
      explanation: `**Read retainer paths, not just sizes.** In a heap snapshot, sort by *retained* size and follow the retainers from a suspicious object back to a GC root: the chain (module, \`Map\`, closure context, \`socket\`) names the code that holds it. Compare snapshots taken after the same warm-up, so growth is not confused with a cache that simply filled.

**V8 closures share one context per scope.** Closures created in the same function share a single context object holding every captured variable. If one closure uses a 10 MB \`buffer\`, a tiny callback created beside it and stored in a long-lived list keeps the buffer alive too, though it never mentions it. Clear large locals, or create long-lived callbacks in a separate function.

**Weak references are for metadata, not caches.** \`WeakMap\`, Python's \`weakref.WeakKeyDictionary\` and Java's \`WeakHashMap\` attach data to an object without extending its life (though a \`WeakHashMap\` value that references its own key keeps it alive). \`WeakRef\` and \`FinalizationRegistry\` are non-deterministic: a finalizer may run late or never, so never rely on one to release a file or connection. A cache needs a size bound.

**Leaks that are not garbage.** Go leaks goroutines blocked forever on a channel nobody sends to; each pins its stack and everything it references (watch \`runtime.NumGoroutine()\` and pprof's goroutine profile). A small slice of a huge array keeps the whole array alive; copy it with \`bytes.Clone\` (Go 1.20+). Python's \`functools.lru_cache\` on a method keeps every \`self\` alive.

**Manual and ownership-based memory.** C and C++ add use-after-free and double free; RAII (\`std::unique_ptr\`) ties freeing to scope. Safe Rust rules both out, but leaking is still safe: \`Rc\` cycles never reach a zero count. Make back-references \`Weak\`.`,
      workedExample: {
        language: 'rust',
        before: `use std::cell::RefCell;
use std::rc::Rc;

struct Category {
    name: String,
    parent: RefCell<Option<Rc<Category>>>,
    children: RefCell<Vec<Rc<Category>>>,
}

fn attach(parent: &Rc<Category>, child: Rc<Category>) {
    *child.parent.borrow_mut() = Some(Rc::clone(parent));
    parent.children.borrow_mut().push(child);
}
// parent -> child -> parent: no strong count reaches 0, so no Category is ever dropped`,
        after: `use std::cell::RefCell;
use std::rc::{Rc, Weak};

struct Category {
    name: String,
    parent: RefCell<Weak<Category>>,
    children: RefCell<Vec<Rc<Category>>>,
}

fn attach(parent: &Rc<Category>, child: Rc<Category>) {
    *child.parent.borrow_mut() = Rc::downgrade(parent);
    parent.children.borrow_mut().push(child);
}

fn parent_name(category: &Category) -> Option<String> {
    category.parent.borrow().upgrade().map(|p| p.name.clone())
}`,
        note: 'With strong references in both directions, dropping the last outside handle to a tree left every node at a strong count of at least 1: a leak that safe Rust allows. Children own nothing upward now; upgrade() returns None once the parent is gone, which the caller must handle.',
      },
      pitfalls: [
        'Storing a small long-lived callback created in the same scope as a closure that captures a large object (V8 keeps both in one context).',
        'Expecting `WeakRef` or finalizers to run promptly, or at all, to free external resources.',
        'Keeping a small slice, substring view or subarray of a large buffer in a long-lived structure.',
      ],
      quiz: [
        {
          kind: 'predict-output',
          prompt: 'What does this print, line by line?',
          code: `use std::rc::{Rc, Weak};

fn main() {
    let session = Rc::new(String::from("session-42"));
    let cache_entry: Weak<String> = Rc::downgrade(&session);
    let handler = Rc::clone(&session);
    println!("{} {}", Rc::strong_count(&session), Rc::weak_count(&session));
    drop(session);
    drop(handler);
    println!("{:?}", cache_entry.upgrade());
}`,
          answer: '2 1\nNone',
          explanation:
            'session and handler are two strong references; the Weak does not count toward keeping the value alive. After both strong references are dropped the String is freed, so upgrade() returns None.',
        },
        {
          kind: 'spot-the-bug',
          prompt: 'Memory grows by roughly the size of each log file indexed, although only first lines are kept. Which line?',
          code: `var headers = map[string][]byte{} // lives for the whole process

func indexHeader(path string) error {
	data, err := os.ReadFile(path) // log files of ~200 MB each
	if err != nil {
		return err
	}
	end := bytes.IndexByte(data, '\\n')
	if end < 0 {
		end = len(data)
	}
	headers[path] = data[:end]
	return nil
}`,
          bugLine: 12,
          answer: 'Store a copy: `headers[path] = bytes.Clone(data[:end])`, so the 200 MB array can be collected.',
          explanation:
            'A slice shares its backing array. data[:end] is a short view into the whole file, and keeping it in the map keeps the entire array reachable.',
        },
      ],
    },
    hints: {
      nudge: 'What still holds a reference to these objects after the request, connection or component that needed them is gone?',
      concept:
        'A garbage collector frees only unreachable objects. Leaks are references kept by long-lived things: unbounded caches, registered listeners, timers, closures and global registries. Give each one a lifetime: a size bound, an eviction policy, or a dispose on the path that ends its owner.',
      analogousExample:
        'Similar: a React component that calls `window.addEventListener("resize", onResize)` in `useEffect` without returning a cleanup keeps every unmounted instance alive; returning `() => window.removeEventListener("resize", onResize)` releases each one on unmount.',
      pseudoCode:
        'for each long-lived holder (module map, emitter, timer, registry, cache):\n    who adds to it, and on which path is the entry removed?\n    no removal path      -> add one (off / dispose / clearInterval when the owner ends)\n    grows with the input -> bound it (max size, TTL, LRU)\nconfirm with two heap snapshots under the same load',
    },
  },
  {
    conceptId: 'numeric-precision',
    fundamentals: {
      title: 'Floating point, integer limits and money',
      conceptId: 'numeric-precision',
      level: 'fundamentals',
      explanation: `The default fractional type in most languages is an IEEE 754 binary double: \`number\` in JavaScript, \`float\` in Python, \`double\` in Java and C#, \`f64\` in Rust, \`float64\` in Go. It stores a binary fraction, and most decimal fractions (0.1, 0.2, 0.07) have no exact binary form, so each literal is already rounded:

~~~js
0.1 + 0.2;         // 0.30000000000000004
0.1 + 0.2 === 0.3; // false
~~~

Consequences and idioms:

- **Compare floats with a tolerance**: \`math.isclose(a, b)\` (relative tolerance 1e-9 by default), or \`Math.abs(a - b) < tolerance\` with a tolerance chosen for your magnitudes. Never use \`===\` on computed results.
- **Money is not a float.** Store integer minor units (\`amountCents: 1999\`) or use a decimal type: Python's \`Decimal("19.99")\` (from a string; \`Decimal(0.1)\` faithfully copies the binary error), Java's \`new BigDecimal("19.99")\` or \`BigDecimal.valueOf(19.99)\`, C#'s \`decimal\` (\`19.99m\`). Round once, at a defined point, with an explicit rounding mode.
- **Integers have ranges.** JavaScript numbers are exact integers only up to \`Number.MAX_SAFE_INTEGER\` (2^53 - 1 = 9007199254740991); above it, \`9007199254740992 + 1\` is still \`9007199254740992\`. Use \`BigInt\` (\`123n\`) or strings for large ids. Java's \`int\` wraps silently: \`Integer.MAX_VALUE + 1\` is \`-2147483648\`, while \`Math.addExact\` throws \`ArithmeticException: integer overflow\`. Python's \`int\` is arbitrary-precision and never overflows.
- **Integer division differs.** \`7 / 2\` is \`3\` for integers in Java, C#, Go and Rust but \`3.5\` in JavaScript and Python; Python's \`//\` floors (\`-7 // 2 == -4\`) while Java and C# truncate toward zero (\`-7 / 2 == -3\`).`,
      workedExample: {
        language: 'python',
        before: `def gross_total(lines: list[tuple[float, int]], vat_rate: float = 0.19) -> float:
    net = sum(price * qty for price, qty in lines)
    return round(net * (1 + vat_rate), 2)

print(gross_total([(1.25, 2)]))  # 2.97`,
        after: `from decimal import Decimal, ROUND_HALF_UP

CENT = Decimal("0.01")

def gross_total(lines: list[tuple[Decimal, int]], vat_rate: Decimal = Decimal("0.19")) -> Decimal:
    net = sum((price * qty for price, qty in lines), Decimal(0))
    return (net * (1 + vat_rate)).quantize(CENT, rounding=ROUND_HALF_UP)

print(gross_total([(Decimal("1.25"), 2)]))  # 2.98`,
        note: '2.50 plus 19% VAT is exactly 2.975, which commercial rounding takes to 2.98. As doubles the product is 2.9749999999999996, so round() gives 2.97: a cent lost on this invoice and a reconciliation mismatch across thousands. Decimal values built from strings keep the exact amount, and quantize rounds once with a named mode.',
      },
      pitfalls: [
        'Storing or summing money in binary floats, or building `Decimal`/`BigDecimal` from a float literal instead of a string.',
        'Comparing computed floats with `==` or `===`.',
        'Passing 64-bit integer ids through JavaScript numbers, which are exact only up to 2^53 - 1.',
      ],
      quiz: [
        {
          kind: 'predict-output',
          prompt: 'What does this print, line by line?',
          code: `console.log(0.1 + 0.2 === 0.3, 0.1 + 0.2);
console.log(9007199254740992 + 1, Number.isSafeInteger(9007199254740992));`,
          answer: 'false 0.30000000000000004\n9007199254740992 false',
          explanation:
            'The doubles nearest to 0.1 and 0.2 add up to a double just above 0.3. 2^53 + 1 is not representable, so the sum rounds back to 2^53, which is already outside the safe range.',
        },
        {
          kind: 'multiple-choice',
          prompt: 'Which Python expression is exactly equal to `Decimal("0.3")`?',
          code: 'from decimal import Decimal',
          choices: [
            'Decimal(0.1) + Decimal(0.2)',
            'Decimal("0.1") + Decimal("0.2")',
            'Decimal(0.1 + 0.2)',
            'Decimal(round(0.1 + 0.2, 1))',
          ],
          answerIndex: 1,
          explanation:
            'Only string construction gives exact decimal values. Decimal(0.1) is 0.1000000000000000055511151231257827021181583404541015625, and even round(..., 1) returns the float nearest 0.3, which is slightly below it.',
        },
      ],
    },
    advanced: {
      title: 'Numeric edges: overflow policies, narrowing, rounding modes and numbers on the wire',
      conceptId: 'numeric-precision',
      level: 'advanced',
      explanation: `**Overflow policy differs by language, so choose it explicitly.** Java and Go wrap silently; use \`Math.addExact\`, \`multiplyExact\` and \`toIntExact\` wherever a wrapped value would be a bug. C# wraps unless the code is in a \`checked\` context (or the project sets \`CheckForOverflowUnderflow\`), where it throws \`System.OverflowException\`. Rust panics in debug builds (\`attempt to add with overflow\`) and wraps in release builds, so state the intent with \`checked_add\` (an \`Option\`), \`saturating_add\` or \`wrapping_add\`.

**Narrowing conversions lose information quietly.** Java's \`(int) 3_000_000_000L\` is \`-1294967296\`, and a cast binds tighter than division, so \`(int) size / chunk\` narrows *before* dividing. JavaScript's bitwise operators convert to 32-bit integers: \`2 ** 31 | 0\` is \`-2147483648\`. Rust's \`as\` truncates between integer types and saturates float to int (\`300.7_f64 as u8\` is \`255\`); \`u8::try_from(300)\` returns an \`Err\` you must handle.

**Rounding modes are part of the specification.** Python's \`round\` and C#'s \`Math.Round\` round half to even (\`round(2.5) == 2\`); JavaScript's and Java's \`Math.round\` round halves toward positive infinity (\`Math.round(-2.5)\` is \`-2\`). All of them round the stored binary value: \`round(2.675, 2)\` is \`2.67\` and \`(1.005).toFixed(2)\` is \`"1.00"\`, because those doubles sit just below the half. Money needs a decimal type plus a named mode (\`ROUND_HALF_UP\`, \`RoundingMode.HALF_EVEN\`).

**Numbers on the wire.** \`JSON.parse\` makes every number a double, so 64-bit ids from Java, Go or a \`bigint\` column arrive corrupted above 2^53; send them as strings. Summing many floats accumulates error: \`sum([0.1] * 10)\` is \`0.9999999999999999\`, \`math.fsum\` gives \`1.0\`. \`NaN\` is unequal to itself, so test it with \`Number.isNaN\` or \`math.isnan\`. Remainders follow the division: \`-7 % 3\` is \`2\` in Python but \`-1\` in JavaScript and Java.`,
      workedExample: {
        language: 'java',
        before: `/** How long audit events are kept before the purge job deletes them. */
static long retentionMillis(int days) {
    return days * 24 * 60 * 60 * 1000; // int arithmetic, widened to long only at the end
}

// retentionMillis(30) == -1702967296: the cutoff lands ~20 days in the future and every event is purged`,
        after: `/** How long audit events are kept before the purge job deletes them. */
static long retentionMillis(int days) {
    return Duration.ofDays(days).toMillis(); // long arithmetic: 30 days == 2592000000
}`,
        note: 'All operands were int, so the product overflowed before the assignment widened it, and the negative retention put the purge cutoff in the future. Duration computes in long and throws ArithmeticException if even that overflows; Math.multiplyExact(days, 86_400_000L) would also work.',
      },
      pitfalls: [
        'Multiplying `int` values and assigning the result to a `long`, which widens only after the overflow has happened.',
        'Casting before dividing, `(int) big / n`, instead of dividing in the wide type and narrowing with a checked conversion.',
        'Assuming every language rounds halves the same way, or that `toFixed` and `round` see the decimal you wrote.',
      ],
      quiz: [
        {
          kind: 'predict-output',
          prompt: 'What does this Python code print, line by line?',
          code: `print(round(2.5), round(3.5), round(2.675, 2))
print(-7 // 2, -7 % 3, int(-7 / 2))`,
          answer: '2 4 2.67\n-4 2 -3',
          explanation:
            'round() rounds exact halves to even (2.5 to 2, 3.5 to 4), and 2.675 is stored as 2.67499999..., so it goes down. // floors toward negative infinity, the remainder takes the sign of the divisor, and int() truncates toward zero.',
        },
        {
          kind: 'spot-the-bug',
          prompt: 'For a 3 GiB upload this returns -128. Which line?',
          code: `static final int CHUNK_SIZE = 8 * 1024 * 1024;

static int chunkCount(Path upload) throws IOException {
    long size = Files.size(upload);
    int chunks = (int) size / CHUNK_SIZE;
    return size % CHUNK_SIZE == 0 ? chunks : chunks + 1;
}`,
          bugLine: 5,
          answer: 'Divide in long and narrow with a check at the end: `long chunks = (size + CHUNK_SIZE - 1) / CHUNK_SIZE; return Math.toIntExact(chunks);`',
          explanation:
            'The cast applies to size before the division: 3221225472 as an int is -1073741824, and dividing by 8 MiB gives -128. The remainder check then sees 0 and returns -128.',
        },
      ],
    },
    hints: {
      nudge: 'What numeric type holds this value at each step, and can the value leave that type\'s range or need a decimal fraction the type cannot represent exactly?',
      concept:
        'Binary floats cannot represent most decimal fractions, so compare them with a tolerance and keep money in integer minor units or a decimal type. Fixed-width integers overflow, often silently, and narrowing casts truncate; JavaScript numbers are exact integers only up to 2^53 - 1.',
      analogousExample:
        'Similar: a Java loyalty job computing `long points = orders * 1_000_000` with an `int orders` goes negative for big customers; `Math.multiplyExact(orders, 1_000_000L)` computes in `long` and throws if even that overflows.',
      pseudoCode:
        'money: integer cents, or Decimal/BigDecimal built from strings; round once with a named mode\nfloats: compare abs(a - b) <= tolerance, never ==\nintegers: compute in the widest type needed; checked/exact operations where you narrow\nids above 2^53 crossing JSON: send them as strings',
    },
  },
  {
    conceptId: 'text-encoding',
    fundamentals: {
      title: 'Code units, code points, graphemes and bytes',
      conceptId: 'text-encoding',
      level: 'fundamentals',
      explanation: `"One character" means different things to different layers:

- **Bytes** are what files, sockets and databases store. UTF-8 uses 1 byte for ASCII, 2 for \`é\`, 3 for \`€\` and 4 for most emoji.
- **Code units** are what JavaScript, Java and C# strings index. They are UTF-16, so characters outside the Basic Multilingual Plane (most emoji, rarer CJK) take two units, a surrogate pair: \`'😀'.length === 2\`.
- **Code points** are what Python's \`str\` indexes and what \`[...s]\` or \`for...of\` iterates in JavaScript: \`len('😀') == 1\`.
- **Grapheme clusters** are what a user sees as one character. \`👍🏽\` is two code points (thumb plus skin-tone modifier), a flag is two regional indicators, and \`é\` can be one code point or \`e\` plus a combining accent.

So \`length\`, indexing and slicing count units that are not user-visible characters, and a slice can cut a character in half; a lone surrogate left by \`slice\` prints as \`�\`. Count and cut graphemes when people see the result: \`Intl.Segmenter\` with \`granularity: 'grapheme'\` in JavaScript, \`java.text.BreakIterator\` in Java, \`\\X\` in Python's third-party \`regex\` module. Go and Rust strings are UTF-8 bytes: \`len("é")\` is 2 in Go, and Rust rejects \`s[0]\` at compile time.

At every boundary between bytes and text, **name the encoding**, almost always UTF-8: \`open(path, encoding="utf-8")\`, \`buffer.toString('utf8')\`, \`new String(bytes, StandardCharsets.UTF_8)\`. Python's \`open()\` without \`encoding\` uses the locale's encoding (often cp1252 on Windows) until UTF-8 becomes the default in 3.15; Java made UTF-8 its default charset in JDK 18. Decoding with the wrong encoding produces mojibake: UTF-8 \`café\` read as Latin-1 becomes \`cafÃ©\`.`,
      workedExample: {
        language: 'typescript',
        before: `function preview(message: string, max = 20): string {
  return message.length > max ? message.slice(0, max - 1) + '…' : message;
}

preview('Deploy finished 🚀🚀🚀 for eu-west-1');
// "Deploy finished 🚀\\ud83d…": half a rocket, shown as � and sent as U+FFFD in UTF-8`,
        after: `const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

function preview(message: string, max = 20): string {
  const parts = Array.from(graphemes.segment(message), (s) => s.segment);
  return parts.length > max ? parts.slice(0, max - 1).join('') + '…' : message;
}

preview('Deploy finished 🚀🚀🚀 for eu-west-1'); // "Deploy finished 🚀🚀🚀…"`,
        note: 'slice counts UTF-16 code units, and the cut fell between the two halves of the second rocket, leaving an unpaired surrogate that chat clients render as a replacement character. Segmenting into grapheme clusters cuts only between user-visible characters, including skin-tone and flag sequences.',
      },
      pitfalls: [
        'Using `.length`, `len()` or indexing as "number of characters" for limits, truncation or cursor positions.',
        'Reading or writing files and sockets without naming the encoding, so the result depends on the machine\'s locale.',
        'Truncating or reversing strings by code unit, which splits surrogate pairs and combining sequences.',
      ],
      quiz: [
        {
          kind: 'predict-output',
          prompt: 'What does this print? (The é is the single code point U+00E9.)',
          code: `const s = 'café 👍🏽';
console.log(s.length, [...s].length, [...new Intl.Segmenter().segment(s)].length);`,
          answer: '9 7 6',
          explanation:
            '"café " is 5 code units; the thumbs-up and the skin-tone modifier are each outside the BMP, 2 units apiece, so length is 9. Spreading iterates code points: 5 + 2 = 7. The thumb and its modifier form one grapheme cluster: 6 user-visible characters.',
        },
        {
          kind: 'multiple-choice',
          prompt: 'A UTF-8 CSV exported by a partner reads correctly on Linux CI but garbles names on a Windows workstation. Which Python call reads it correctly everywhere?',
          code: '',
          choices: [
            'open(path)',
            'open(path, encoding="utf-8")',
            'open(path, encoding="ascii", errors="ignore")',
            'open(path, errors="replace")',
          ],
          answerIndex: 1,
          explanation:
            'Without encoding=, Python 3.11 decodes with the locale\'s preferred encoding, often cp1252 on Windows. Naming UTF-8 makes the result independent of the machine; ignoring or replacing errors only hides the corruption.',
        },
      ],
    },
    advanced: {
      title: 'Unicode in production: normalization, byte limits, streaming decoders and lone surrogates',
      conceptId: 'text-encoding',
      level: 'advanced',
      explanation: `**Normalize before comparing.** \`é\` typed on one system may be U+00E9 and pasted from another \`e\` + U+0301: identical on screen, unequal in code. Normalize to NFC at input boundaries (\`s.normalize('NFC')\`, \`unicodedata.normalize("NFC", s)\`, \`Normalizer.normalize(s, Normalizer.Form.NFC)\`) before storing, hashing or using text as a key. For case-insensitive matching prefer \`casefold()\` to \`lower()\` (\`'Straße'.casefold() == 'strasse'\`); case mapping can change length (\`'ß'.toUpperCase()\` is \`'SS'\`) and depends on locale (Turkish dotted and dotless i).

**Limits are often in bytes.** Memcached keys (250 bytes), S3 object keys (1024 bytes), HTTP headers and Kafka messages are limited in bytes, while \`len()\` and \`.length\` count code points or units. Measure with \`Buffer.byteLength(s, 'utf8')\` or \`len(s.encode("utf-8"))\`, and cut on a character boundary. MySQL's legacy \`utf8\` stores at most 3 bytes per character and rejects emoji with \`Incorrect string value\`; use \`utf8mb4\`.

**Decode streams statefully.** A multi-byte character can straddle two chunks, and decoding each chunk alone yields U+FFFD replacement characters. Use \`TextDecoder\` with \`{ stream: true }\`, \`readable.setEncoding('utf8')\`, Python's \`codecs.getincrementaldecoder("utf-8")()\` or a Java \`InputStreamReader\`. Decide what invalid input means: \`new TextDecoder('utf-8', { fatal: true })\` throws \`TypeError: The encoded data was not valid for encoding utf-8\` instead of substituting silently.

**Lone surrogates** from careless slicing are not valid Unicode: \`encodeURIComponent\` throws \`URIError: URI malformed\`, and UTF-8 encoders replace them with U+FFFD. ES2024's \`isWellFormed()\` and \`toWellFormed()\` detect and repair them. Regular expressions need the \`u\` or \`v\` flag to treat a surrogate pair as one character and to allow \`\\p{L}\` property escapes.

**BOMs.** Excel saves "CSV UTF-8" with a byte order mark; read it with \`encoding="utf-8-sig"\`, or the first header name starts with an invisible \`\\ufeff\`.`,
      workedExample: {
        language: 'typescript',
        before: `function readJsonBody(req: IncomingMessage): Promise<unknown> {
  return new Promise((resolve, reject) => {
    let body = '';
    req.on('data', (chunk: Buffer) => {
      body += chunk.toString('utf8'); // a character split across two chunks becomes U+FFFD
    });
    req.on('end', () => resolve(JSON.parse(body)));
    req.on('error', reject);
  });
}`,
        after: `function readJsonBody(req: IncomingMessage): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const decoder = new TextDecoder('utf-8', { fatal: true });
    let body = '';
    req.on('data', (chunk: Buffer) => {
      try {
        body += decoder.decode(chunk, { stream: true }); // holds a partial sequence for the next chunk
      } catch (err) {
        req.destroy();
        reject(err);
      }
    });
    req.on('end', () => {
      try {
        body += decoder.decode(); // flush: throws if the body ended mid-character
        resolve(JSON.parse(body));
      } catch (err) {
        reject(err);
      }
    });
    req.on('error', reject);
  });
}`,
        note: 'Small test bodies arrive in one chunk, so the bug only appeared in production, where large bodies with non-ASCII names were split across TCP reads and names were stored with replacement characters. The streaming decoder carries incomplete byte sequences over to the next chunk, and fatal mode rejects genuinely invalid UTF-8 instead of corrupting it.',
      },
      pitfalls: [
        'Comparing or deduplicating user-entered text without normalizing it first.',
        'Checking byte-limited fields (cache keys, object keys, headers, database columns) with a character count.',
        'Decoding each chunk of a stream independently instead of using a stateful decoder.',
      ],
      quiz: [
        {
          kind: 'predict-output',
          prompt: 'What does this print?',
          code: `const typed = 'Zoe\\u0308'; // e + combining diaeresis, as pasted from macOS
const stored = 'Zo\\u00eb';
console.log(typed === stored, typed.length, stored.length, typed.normalize('NFC') === stored);`,
          answer: 'false 4 3 true',
          explanation:
            'Both render as "Zoë", but one is e plus U+0308 (4 code units) and the other the precomposed U+00EB (3). NFC composes the pair, after which the strings are equal.',
        },
        {
          kind: 'spot-the-bug',
          prompt: 'Memcached rejects some keys as too long, mostly for users with Cyrillic or CJK names. Which line?',
          code: `MAX_KEY_BYTES = 250  # memcached's key limit

def cache_key(user_name: str, query: str) -> str:
    key = f"search:{user_name}:{query}"
    if len(key) > MAX_KEY_BYTES:
        key = key[:MAX_KEY_BYTES]
    return key`,
          bugLine: 5,
          answer: 'Measure the encoded size: `if len(key.encode("utf-8")) > MAX_KEY_BYTES:`, and replace long keys by a digest (`"search:" + hashlib.sha256(key.encode("utf-8")).hexdigest()`) instead of cutting them.',
          explanation:
            'len() counts code points, but the limit is in bytes: 200 Cyrillic letters pass the check and encode to 400 bytes. Cutting at code points would also keep keys over the limit, and truncation can make different queries collide.',
        },
      ],
    },
    hints: {
      nudge: 'Is this code counting, slicing or comparing text, and in which unit: bytes, UTF-16 code units, code points or user-visible characters? Where do bytes become text?',
      concept:
        'Strings are sequences of bytes, code units or code points depending on the language, and one user-visible character can span several. Count and cut grapheme clusters for display, bytes for storage limits, normalize before comparing, and name the encoding (UTF-8) wherever bytes and text convert.',
      analogousExample:
        'Similar: a JavaScript username check `if (name.length > 20)` rejects a 12-character name full of emoji, because each emoji counts as two code units; counting `[...new Intl.Segmenter().segment(name)].length` measures what the user actually typed.',
      pseudoCode:
        'input:   decode bytes with an explicit encoding (utf-8), normalize to NFC\ndisplay: count and cut grapheme clusters\nlimits:  count encoded bytes; cut on a character boundary, or hash\noutput:  encode explicitly as utf-8',
    },
  },
  {
    conceptId: 'dates-times',
    fundamentals: {
      title: 'Instants, wall-clock times and durations',
      conceptId: 'dates-times',
      level: 'fundamentals',
      explanation: `Three different things hide behind "a time":

- An **instant** is a point on the global timeline: \`2025-03-30T07:00:00Z\`, a Unix timestamp, Java's \`Instant\`, PostgreSQL's \`timestamptz\`.
- A **local date-time** is what a wall clock shows, \`2025-03-30 09:00\`; it names no instant until you add a time zone.
- A **duration** is elapsed time (90 seconds); a **period** is calendar time (1 day, 1 month), whose length in seconds depends on where and when it starts.

Most bugs come from assuming a day is 86,400 seconds. In \`Europe/Berlin\`, 30 March 2025 had 23 hours and 26 October 2025 had 25, because of daylight saving time, so adding \`24 * 60 * 60 * 1000\` ms to "tomorrow at 09:00" lands at 10:00 or 08:00 across those nights. Months have 28 to 31 days, and governments change zone rules, so offsets are data (the IANA tz database), not constants.

The idioms:

- **Store instants in UTC** (ISO 8601 with \`Z\` or an offset, \`timestamptz\`), convert to the user's zone only for display, and name zones by IANA id (\`Europe/Berlin\`), not by abbreviation (\`CET\`) or fixed offset (\`+01:00\`).
- **Do calendar arithmetic in the zone it belongs to**: \`ZonedDateTime.plusDays(1)\` in Java, a \`datetime\` carrying a \`zoneinfo.ZoneInfo\` plus \`timedelta(days=1)\` in Python, \`t.AddDate(0, 0, 1)\` on a \`time.Time\` in its location in Go.
- **Measure elapsed time with a monotonic clock**: \`performance.now()\`, \`time.monotonic()\`, \`System.nanoTime()\`, \`Stopwatch\`. Wall clocks jump when NTP corrects them or someone changes them, and a negative "duration" follows.

JavaScript's \`Date\` is an instant with only two views, UTC and the host's zone. Format for other zones with \`Intl.DateTimeFormat(locale, { timeZone })\`, and use a zone-aware library (or \`Temporal\` where available) for arithmetic in them.`,
      workedExample: {
        language: 'python',
        before: `from datetime import datetime, timedelta, timezone

def next_runs(first_run_utc: datetime, count: int) -> list[datetime]:
    # "every day at 09:00 Berlin time"; the first run was stored as 08:00 UTC in winter
    return [first_run_utc + timedelta(hours=24 * i) for i in range(count)]

next_runs(datetime(2025, 3, 29, 8, 0, tzinfo=timezone.utc), 2)
# second run: 2025-03-30 08:00 UTC, which is 10:00 in Berlin after the clocks change`,
        after: `from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

BERLIN = ZoneInfo("Europe/Berlin")

def next_runs(first_run_local: datetime, count: int) -> list[datetime]:
    # calendar arithmetic in the user's zone, converted to UTC only for storage
    return [(first_run_local + timedelta(days=i)).astimezone(timezone.utc) for i in range(count)]

next_runs(datetime(2025, 3, 29, 9, 0, tzinfo=BERLIN), 2)
# 2025-03-29 08:00 UTC and 2025-03-30 07:00 UTC: 09:00 in Berlin on both days`,
        note: 'The schedule is a wall-clock rule, so adding 24 hours to a UTC instant drifted by an hour at the first DST change. Adding a timedelta to a datetime that carries a ZoneInfo keeps the wall-clock time and recomputes the offset. Storing the rule itself (09:00, Europe/Berlin) rather than precomputed instants also survives changes to the zone\'s rules.',
      },
      pitfalls: [
        'Adding 86,400 seconds (or 24 hours) to mean "the same time tomorrow".',
        'Storing local times without a zone, or with a fixed offset or abbreviation instead of an IANA zone id.',
        'Measuring durations with wall-clock time (`Date.now()`, `time.time()`, `datetime.now()`), which can jump backwards.',
      ],
      quiz: [
        {
          kind: 'predict-output',
          prompt: 'What does this print, line by line?',
          code: `from datetime import datetime, timezone
from zoneinfo import ZoneInfo

berlin = ZoneInfo("Europe/Berlin")
start = datetime(2025, 3, 30, tzinfo=berlin)
end = datetime(2025, 3, 31, tzinfo=berlin)
print(end - start)
print(end.astimezone(timezone.utc) - start.astimezone(timezone.utc))`,
          answer: '1 day, 0:00:00\n23:00:00',
          explanation:
            'Subtracting two datetimes with the same tzinfo compares wall-clock readings, so it reports one calendar day. Converted to UTC, the instants are 23 hours apart: clocks jumped from 02:00 to 03:00 that night.',
        },
        {
          kind: 'multiple-choice',
          prompt: 'A retry loop gives up once 30 seconds have elapsed since it started. Which Python clock should it read?',
          code: '',
          choices: [
            'time.time()',
            'time.monotonic()',
            'datetime.now()',
            'datetime.now(timezone.utc).timestamp()',
          ],
          answerIndex: 1,
          explanation:
            'time.monotonic() never goes backwards and is unaffected by NTP corrections or manual clock changes. The other three read the wall clock, which can jump and make the loop end early or run far too long.',
        },
      ],
    },
    advanced: {
      title: 'Time zones as data: DST gaps and overlaps, parsing traps, storage and calendar math',
      conceptId: 'dates-times',
      level: 'advanced',
      explanation: `**Gaps and overlaps.** When clocks spring forward, local times in the gap do not exist (02:30 on 30 March 2025 in Berlin); when they fall back, the overlap happens twice (02:30 on 26 October 2025, at +02:00 and again at +01:00). Libraries resolve these silently and differently: Java's \`ZonedDateTime.of\` shifts a gap time forward by the gap's length (\`03:30+02:00\`) and picks the earlier offset in an overlap (\`withLaterOffsetAtOverlap()\` picks the other); Python keeps the wall time as given and uses \`fold\` (PEP 495) to choose between the two overlap readings. A job scheduled "daily at 02:30" needs an explicit policy for both nights.

**Durations versus periods.** \`ZonedDateTime.plus(Duration.ofDays(1))\` adds exactly 24 hours; \`plusDays(1)\` adds a calendar day. Go's \`t.Add(24 * time.Hour)\` versus \`t.AddDate(0, 0, 1)\` is the same split. Month arithmetic clamps in Java (\`LocalDate.of(2025, 1, 31).plusMonths(1)\` is \`2025-02-28\`) but overflows with JavaScript's \`setMonth\` (31 January plus one month becomes 3 March).

**Future events are local time plus zone.** A meeting next year at 10:00 in Berlin must stay at 10:00 if the DST rules change, so store the local date-time and \`Europe/Berlin\`, and compute the instant from current tz data when needed. Past events are instants: store UTC.

**Parsing.** In JavaScript, date-only ISO strings are UTC (\`new Date('2025-07-04')\`) but date-time strings without an offset are local (\`new Date('2025-07-04T00:00')\`), and non-ISO formats are implementation-defined. Go parses with a reference-time layout (\`2006-01-02T15:04:05Z07:00\`), not \`YYYY-MM-DD\`. Python's \`datetime.utcnow()\` returns a *naive* UTC time and is deprecated since 3.12; use \`datetime.now(timezone.utc)\`.

**PostgreSQL.** \`timestamptz\` stores an instant and displays it in the session's \`TimeZone\`; \`timestamp\` stores a wall time with no zone. Use \`timestamptz\` for events.`,
      workedExample: {
        language: 'java',
        before: `ZoneId berlin = ZoneId.of("Europe/Berlin");
ZonedDateTime slot = ZonedDateTime.of(2025, 10, 25, 15, 0, 0, 0, berlin); // daily delivery window

ZonedDateTime nextSlot = slot.plus(Duration.ofDays(1)); // exactly 24 hours
System.out.println(nextSlot); // 2025-10-26T14:00+01:00[Europe/Berlin]`,
        after: `ZoneId berlin = ZoneId.of("Europe/Berlin");
ZonedDateTime slot = ZonedDateTime.of(2025, 10, 25, 15, 0, 0, 0, berlin); // daily delivery window

ZonedDateTime nextSlot = slot.plusDays(1); // one calendar day, same wall-clock time
System.out.println(nextSlot); // 2025-10-26T15:00+01:00[Europe/Berlin], 25 hours later`,
        note: 'A Duration is a fixed number of seconds, so across the night the clocks went back it moved the delivery window to 14:00. plusDays works on the local date-time and then re-resolves the offset, which is what a daily wall-clock schedule means; Duration.between(slot, nextSlot) is PT25H.',
      },
      pitfalls: [
        'Scheduling local times that fall into a DST gap or overlap without deciding what should happen.',
        'Converting future local events to UTC at creation time, so a change in zone rules moves them.',
        'Parsing offset-less date-time strings (or using `datetime.utcnow()`), which silently produces values in the wrong zone.',
      ],
      quiz: [
        {
          kind: 'predict-output',
          prompt: 'Run with TZ=America/New_York. What does this print?',
          code: `const a = new Date('2025-07-04');
const b = new Date('2025-07-04T00:00');
console.log(a.toISOString(), b.toISOString());`,
          answer: '2025-07-04T00:00:00.000Z 2025-07-04T04:00:00.000Z',
          explanation:
            'ECMAScript parses a date-only ISO string as UTC midnight, but a date-time string without an offset as local time: midnight in New York (EDT, UTC-4) is 04:00 UTC. Always include Z or an offset in timestamps you exchange.',
        },
        {
          kind: 'multiple-choice',
          prompt: 'A team books a meeting for 10:00 in Berlin on a date next year. What should the calendar service store?',
          code: '',
          choices: [
            'The UTC instant computed today, e.g. 2026-06-01T08:00:00Z',
            'The local date-time 2026-06-01T10:00 together with the zone id Europe/Berlin',
            'The local date-time with today\'s offset, 2026-06-01T10:00+02:00',
            'A Unix timestamp computed in the server\'s own time zone',
          ],
          answerIndex: 1,
          explanation:
            'The attendees\' intent is "10:00 on the wall clock in Berlin". If the zone\'s rules change before the date, an instant or a fixed offset computed today would be an hour off; the local time plus zone id is resolved with the tz data current at the time.',
        },
      ],
    },
    hints: {
      nudge: 'Is this value an instant, a wall-clock time in some zone, or a duration? Is the arithmetic done in seconds where it should be in calendar days, or the other way round?',
      concept:
        'Instants, local date-times and durations are different things. Store instants in UTC, convert to an IANA zone for display, do calendar arithmetic (days, months) in the zone it belongs to, and measure elapsed time with a monotonic clock: a day can have 23, 24 or 25 hours.',
      analogousExample:
        'Similar: a job that sends a reminder "one day before" by computing `appointment - 86400` seconds fires at 08:00 instead of 09:00 for appointments on the day the clocks spring forward; subtracting `timedelta(days=1)` from the appointment as a `ZoneInfo` datetime keeps 09:00.',
      pseudoCode:
        'when something happened           -> store the instant in UTC\nrecurring rule or future local event -> store local date-time + IANA zone id\nadd days or months                 -> calendar arithmetic in that zone\nadd elapsed time                   -> duration arithmetic on instants\nhow long something took            -> monotonic clock\nshow to a person                   -> convert the instant to their zone at the edge',
    },
  },
  {
    conceptId: 'serialization',
    fundamentals: {
      title: 'What survives a JSON round trip',
      conceptId: 'serialization',
      level: 'fundamentals',
      explanation: `JSON has six kinds of value: strings, numbers, booleans, \`null\`, arrays and objects with string keys. Everything else is converted on the way out and *not* converted back on the way in, so parsing gives you **plain data shaped like your objects, not your objects**:

- \`Date\` becomes an ISO string through its \`toJSON\` method and comes back as a string; \`order.placedAt.getTime()\` then throws \`TypeError: order.placedAt.getTime is not a function\`.
- \`Map\` and \`Set\` become \`{}\`, because their entries are not own enumerable properties.
- \`undefined\` properties disappear, \`undefined\` array elements become \`null\`, and \`NaN\` and \`Infinity\` become \`null\`.
- Class instances lose their prototype: no methods, no getters, and \`instanceof\` fails.
- \`BigInt\` throws \`TypeError: Do not know how to serialize a BigInt\`, and integers above 2^53 silently lose precision in \`JSON.parse\`.

Python has its own list: \`json.dumps\` rejects \`datetime\` and \`Decimal\` (\`TypeError: Object of type datetime is not JSON serializable\`), turns tuples into lists and \`int\` dict keys into strings, and writes \`NaN\`, which is not valid JSON, unless you pass \`allow_nan=False\`.

A type assertion converts nothing: \`JSON.parse(text) as Order\` tells the compiler a story the runtime never checks. Instead:

1. **Define the wire format explicitly**: instants as ISO 8601 strings with an offset, money as integer minor units or decimal strings, large ids as strings, enums as strings, and a version field once the format is shared.
2. **Parse and validate at the boundary** with a schema that also converts (zod or valibot in TypeScript, pydantic in Python, Jackson with explicit types in Java, serde in Rust), failing with a message that names the bad field.
3. **Serialize through the same schema** or an explicit \`toJSON\`, so writer and reader cannot drift apart.`,
      workedExample: {
        language: 'typescript',
        before: `interface CachedOrder { id: string; placedAt: Date; totalCents: number }

async function orderAgeMs(id: string): Promise<number> {
  const order = JSON.parse((await redis.get(\`order:\${id}\`))!) as CachedOrder;
  return Date.now() - order.placedAt.getTime(); // TypeError: order.placedAt.getTime is not a function
}`,
        after: `const CachedOrder = z.object({
  id: z.string(),
  placedAt: z.iso.datetime({ offset: true }).transform((s) => new Date(s)),
  totalCents: z.number().int(),
});

async function orderAgeMs(id: string): Promise<number | undefined> {
  const cached = await redis.get(\`order:\${id}\`);
  if (cached === null) return undefined;
  const order = CachedOrder.parse(JSON.parse(cached)); // a real Date again, or a ZodError naming the field
  return Date.now() - order.placedAt.getTime();
}`,
        note: 'The order was cached with JSON.stringify, which wrote placedAt as a string; the as-cast claimed it was still a Date, so the type checker was happy and production threw. The schema validates every field and converts the string back to a Date, and the non-null assertion gives way to handling a cache miss.',
      },
      pitfalls: [
        'Casting parsed JSON to a type (`as T`, `cast`, an unchecked generic) instead of validating and converting it.',
        'Expecting `Date`, `Map`, `Set`, class instances or `BigInt` to survive `JSON.stringify` and `JSON.parse` unchanged.',
        'Leaving the wire format implicit, so the unit, time zone or precision of a field is whatever the first writer happened to produce.',
      ],
      quiz: [
        {
          kind: 'predict-output',
          prompt: 'What does this print, line by line?',
          code: `const original = {
  at: new Date(0),
  tags: new Set(['vip']),
  note: undefined,
  score: NaN,
  items: [undefined],
};
const copy = JSON.parse(JSON.stringify(original));
console.log(JSON.stringify(copy));
console.log(typeof copy.at);`,
          answer: '{"at":"1970-01-01T00:00:00.000Z","tags":{},"score":null,"items":[null]}\nstring',
          explanation:
            'The Date became its ISO string and stays a string after parsing, the Set has no own enumerable properties so it became {}, the undefined property was dropped, and NaN and the undefined array element became null.',
        },
        {
          kind: 'multiple-choice',
          prompt: 'A Java service sends `{"paymentId": 9007199254740993}`. What is `JSON.parse(body).paymentId` in JavaScript?',
          code: '',
          choices: ['9007199254740993', '9007199254740992', 'A SyntaxError is thrown', 'The BigInt 9007199254740993n'],
          answerIndex: 1,
          explanation:
            'JSON.parse converts every number to a double, and 2^53 + 1 is not representable, so it rounds to 2^53 without any error. Send 64-bit ids as strings.',
        },
      ],
    },
    advanced: {
      title: 'Wire formats as contracts: strictness, evolution, precision and unsafe deserializers',
      conceptId: 'serialization',
      level: 'advanced',
      explanation: `**Strict or tolerant, on purpose.** Jackson fails on unknown properties by default (\`UnrecognizedPropertyException\`), Go's \`encoding/json\` and Python's \`json\` ignore them, and zod's \`z.object\` strips them. Be strict where a typo means a silently ignored setting (configuration: \`z.strictObject\`, \`Decoder.DisallowUnknownFields()\`, serde's \`#[serde(deny_unknown_fields)]\`) and tolerant where other teams add fields (events from a broker), so that a new producer field does not break every consumer.

**Evolve without breaking readers.** Add fields as optional with defaults, never change a field's type or meaning in place, and version the envelope. In Protocol Buffers never reuse a field number (mark removed ones \`reserved\`); in proto3 an unset scalar reads as \`0\` or \`""\`, indistinguishable from a real zero unless the field is declared \`optional\`.

**Language-specific losses.** Go's \`encoding/json\` silently skips unexported struct fields and decodes numbers into \`interface{}\` as \`float64\` (use \`Decoder.UseNumber\`). Python's \`json\` keeps big integers exact but reads decimals as floats unless you pass \`parse_float=Decimal\`. \`datetime.isoformat()\` on a naive datetime writes no offset, so every reader must guess the zone.

**Never deserialize untrusted bytes into arbitrary objects.** \`pickle.loads\`, Java's \`ObjectInputStream.readObject\`, .NET's \`BinaryFormatter\` (its implementation removed in .NET 9) and YAML loaders that construct arbitrary types (\`yaml.load\` with an unsafe loader rather than \`yaml.safe_load\`) can run code chosen by whoever wrote the input. Python's documentation is blunt: "The pickle module is not secure." Use a data-only format and validate it. Even JSON needs care: \`JSON.parse\` creates an own property named \`__proto__\`, and a naive deep merge of that object pollutes \`Object.prototype\` for the whole process.`,
      workedExample: {
        language: 'go',
        before: `type Invoice struct {
	ID       string
	amount   int64 // unexported: encoding/json skips it without a word
	IssuedAt time.Time
}

func publish(w io.Writer, inv Invoice) error {
	return json.NewEncoder(w).Encode(inv)
	// {"ID":"inv_1","IssuedAt":"2025-05-01T09:30:00Z"}: no amount, Go-style key names
}`,
        after: `type Invoice struct {
	ID          string    \`json:"id"\`
	AmountCents int64     \`json:"amount_cents"\`
	IssuedAt    time.Time \`json:"issued_at"\` // RFC 3339 with offset
}

func publish(w io.Writer, inv Invoice) error {
	return json.NewEncoder(w).Encode(inv)
	// {"id":"inv_1","amount_cents":1250,"issued_at":"2025-05-01T09:30:00Z"}
}

func readInvoice(r io.Reader) (Invoice, error) {
	dec := json.NewDecoder(r)
	dec.DisallowUnknownFields() // json: unknown field "amount", instead of a silent zero
	var inv Invoice
	err := dec.Decode(&inv)
	return inv, err
}`,
        note: 'The billing consumer received invoices without amounts and treated them as zero, and nothing failed anywhere. Exported fields with explicit json tags make the wire names a deliberate contract (and the unit part of the name), and the strict decoder turns a producer using an old field name into an error instead of missing money.',
      },
      pitfalls: [
        'Unpickling or natively deserializing data that crossed a trust boundary (cookies, queues, caches shared with other services, uploads).',
        'Changing a field\'s type, unit or meaning in place instead of adding a new field and deprecating the old one.',
        'Decoding into loosely typed containers (`interface{}`, `dict`, `any`), where numbers quietly become floats.',
      ],
      quiz: [
        {
          kind: 'predict-output',
          prompt: 'What does this print, line by line?',
          code: `import json
from decimal import Decimal

payload = json.dumps({1: (2, 3), "price": 0.1})
print(payload)
data = json.loads(payload, parse_float=Decimal)
print(data["price"] * 3, list(data))`,
          answer: '{"1": [2, 3], "price": 0.1}\n0.3 [\'1\', \'price\']',
          explanation:
            'JSON object keys are strings, so the int key 1 comes back as "1", and the tuple comes back as a list. parse_float=Decimal reads 0.1 as Decimal("0.1"), so multiplying by 3 is exactly 0.3.',
        },
        {
          kind: 'spot-the-bug',
          prompt: 'A security review flags this handler as remote code execution. Which line?',
          code: `import base64
import pickle

from fastapi import Request

async def restore_cart(request: Request) -> Cart:
    blob = request.cookies.get("cart")
    if blob is None:
        return Cart.empty()
    return pickle.loads(base64.b64decode(blob))`,
          bugLine: 10,
          answer: 'Never unpickle client-controlled data. Keep the cart server-side under the session id, or store it as JSON and validate it with a schema (for example `Cart.model_validate_json(...)` with pydantic).',
          explanation:
            'The cookie is attacker-controlled, and unpickling can call arbitrary functions through __reduce__, so a crafted cookie runs code on the server. Signing the cookie prevents tampering but keeps a dangerous format one key leak away from exploitation.',
        },
      ],
    },
    hints: {
      nudge: 'What type does this value really have right after parsing: your class, or strings, numbers and plain objects shaped like it?',
      concept:
        'Serialization keeps only what the format can express: dates become strings, maps and class instances become plain objects, big integers and decimals lose precision. Define the wire format explicitly and parse incoming data with a schema that validates and converts, instead of asserting its type.',
      analogousExample:
        'Similar: a Python worker reading `{"due": "2025-06-01"}` from a queue and comparing `job["due"] < date.today()` raises `TypeError: \'<\' not supported between instances of \'str\' and \'datetime.date\'`; `date.fromisoformat(job["due"])` (or a pydantic model with a `date` field) restores the type.',
      pseudoCode:
        'define the wire format: names, types, units, date format, optional fields, version\noutgoing: object -> explicit mapping or schema -> JSON\nincoming: text -> parse -> schema.parse (validate + convert) -> typed object\non failure: reject with the field path; never cast',
    },
  },
  {
    conceptId: 'algorithmic-complexity',
    fundamentals: {
      title: 'Growth rates: the nested loop that only hurts in production',
      conceptId: 'algorithmic-complexity',
      level: 'fundamentals',
      explanation: `Big-O notation describes how work grows with the input size *n*, ignoring constant factors. It matters because test data is small and production data is not: an O(n²) function doing 10,000 steps on 100 test rows does 2.5 billion on 50,000 production rows, and goes from instant to minutes without any change to the code.

The usual quadratic traps hide a linear operation inside a loop:

- **Linear search in a loop**: \`array.includes\`, \`indexOf\`, \`find\` or \`some\` inside \`map\`, \`filter\` or \`for\`; Python's \`x in some_list\`; Java's \`List.contains\`. Each lookup scans the whole collection.
- **Removing from the front**: \`array.shift()\` and Python's \`list.pop(0)\` move every remaining element. Use an index, a \`collections.deque\` or an \`ArrayDeque\`.
- **Copying in a loop**: \`result = result + batch\` on lists, \`{ ...acc, [key]: value }\` inside \`reduce\`, and Java string \`+=\` in a loop each copy everything built so far. Use \`extend\` or \`push\`, a \`Map\`, a \`StringBuilder\` or \`"".join(parts)\`.

The standard fix is to **build an index once** (O(n)) and then look up in O(1) on average:

~~~ts
const activeIds = new Set(activeUsers.map((u) => u.id));
const orphaned = sessions.filter((s) => !activeIds.has(s.userId));
~~~

Hash-based sets and maps (\`Set\`, \`Map\`, \`dict\`, \`set\`, \`HashMap\`, \`HashSet\`) answer membership and key lookups in constant average time; sorting is O(n log n); a single pass is O(n). Before shipping code that handles collections, ask what *n* is in production (rows, users, files, events per batch) and whether anything inside the loop is itself proportional to *n*. A quick benchmark with production-sized input settles what reading the code cannot.`,
      workedExample: {
        language: 'typescript',
        before: `/** Orders with no matching payment, for the nightly reconciliation report. */
function unpaidOrders(orders: Order[], payments: Payment[]): Order[] {
  return orders.filter((order) => !payments.some((p) => p.orderId === order.id));
}`,
        after: `/** Orders with no matching payment, for the nightly reconciliation report. */
function unpaidOrders(orders: Order[], payments: Payment[]): Order[] {
  const paidOrderIds = new Set(payments.map((p) => p.orderId)); // O(payments), once
  return orders.filter((order) => !paidOrderIds.has(order.id)); // O(1) on average per order
}`,
        note: 'With 50,000 orders and 50,000 payments the first version makes up to 2.5 billion comparisons: about 7 s measured in Node 20 on a 2-core machine, against 17 ms for the Set version. The test fixture had 20 orders, where both are instant.',
      },
      pitfalls: [
        '`includes`, `indexOf`, `find`, `in list` or `List.contains` inside a loop over a collection of similar size.',
        'Building a result by copying (`acc = [...acc, x]`, `s += piece` in Java, `lst = lst + batch`) on every iteration.',
        'Judging performance from unit-test fixtures instead of production-sized data.',
      ],
      quiz: [
        {
          kind: 'multiple-choice',
          prompt: 'What is the time complexity of `dedupe` for n ids, most of them distinct?',
          code: `function dedupe(ids: string[]): string[] {
  const result: string[] = [];
  for (const id of ids) {
    if (!result.includes(id)) result.push(id);
  }
  return result;
}`,
          choices: ['O(n)', 'O(n log n)', 'O(n²)', 'O(1) amortized per id'],
          answerIndex: 2,
          explanation:
            'result.includes scans the growing result array, up to n elements, for each of the n ids. [...new Set(ids)] keeps first-seen order and is O(n).',
        },
        {
          kind: 'predict-output',
          prompt: 'What does this print?',
          code: `def count_comparisons(n):
    seen = []
    comparisons = 0
    for i in range(n):
        for s in seen:
            comparisons += 1
        seen.append(i)
    return comparisons

print(count_comparisons(10), count_comparisons(1000))`,
          answer: '45 499500',
          explanation:
            'The inner loop runs 0 + 1 + ... + (n - 1) = n(n - 1)/2 times. Multiplying n by 100 multiplies the work by about 10,000: that is what quadratic means.',
        },
      ],
    },
    advanced: {
      title: 'Complexity in practice: hidden costs, amortization, worst cases and measurement',
      conceptId: 'algorithmic-complexity',
      level: 'advanced',
      explanation: `**Hidden linear costs.** Library calls hide loops: \`Array.prototype.includes\`, \`list.index\`, \`list.insert(0, x)\`, \`Object.keys(obj).length\`, Java's \`LinkedList.get(i)\` (a walk from the nearer end), \`Math.max(...array)\`, and spreading an accumulator in \`reduce\`. So do remote calls: the ORM N+1 pattern (one query for the orders, then one per order for its lines) is linear in round trips of a millisecond or more each; eager loading (\`selectinload\`, \`JOIN FETCH\`, \`include\`) makes it a constant number of queries.

**Amortized and average cases.** Appending to a dynamic array (\`push\`, \`append\`, \`ArrayList.add\`) is O(1) amortized: occasional O(n) reallocations average out. Hash lookups are O(1) on average but degrade when keys collide. Attackers can force collisions (hash flooding), which is why Python randomizes \`str\` hashes and Java 8's \`HashMap\` turns crowded buckets into trees; a custom \`hashCode\` or \`__hash__\` that returns a constant can make every lookup linear.

**Worst-case input is production input.** Backtracking regex engines take exponential time on patterns with nested quantifiers such as \`(a+)+$\` (ReDoS). Data with many duplicates, long common prefixes or already-sorted runs exercises paths that random test data does not.

**Memory is complexity too.** Materializing a join, reading a whole file or building an intermediate array per pipeline stage costs O(n) memory that streaming avoids.

**Measure at realistic sizes.** Big-O describes growth, not speed: for a few dozen items a linear scan often beats a hash map. Benchmark with production-sized and production-shaped data, double *n* to see whether time doubles or quadruples, and profile before rewriting (\`node --cpu-prof\`, \`py-spy\`, \`cProfile\`, JFR; \`EXPLAIN ANALYZE\` for queries, where a missing index turns each lookup into a sequential scan).`,
      workedExample: {
        language: 'typescript',
        before: `function indexById(users: User[]): Record<string, User> {
  // every step copies all keys collected so far: O(n²) time and n discarded objects
  return users.reduce<Record<string, User>>((acc, user) => ({ ...acc, [user.id]: user }), {});
}`,
        after: `function indexById(users: User[]): Map<string, User> {
  return new Map(users.map((user) => [user.id, user]));
}`,
        note: 'Measured in Node 20: the spread version took 3.6 s for 5,000 users and about two minutes for 20,000, against 10 ms for the Map. Where callers need a plain object, Object.fromEntries(users.map((u) => [u.id, u])) is linear too.',
      },
      pitfalls: [
        'N+1 queries: a database or HTTP call per item inside a loop, invisible in the code\'s Big-O but dominant in latency.',
        'Custom hash functions with poor distribution (or a constant), which turn hash maps into linear lists.',
        'Optimizing from Big-O alone without measuring, or measuring only with small, uniform test data.',
      ],
      quiz: [
        {
          kind: 'spot-the-bug',
          prompt: 'Merging 10,000 batches of events takes minutes. Which line?',
          code: `def merge_events(batches: list[list[Event]]) -> list[Event]:
    merged: list[Event] = []
    for batch in batches:
        merged = merged + batch
    return merged`,
          bugLine: 4,
          answer: 'Append in place: `merged.extend(batch)`, or build the result in one go with `list(itertools.chain.from_iterable(batches))`.',
          explanation:
            'merged + batch allocates a new list and copies everything merged so far on every iteration, so the total copying is quadratic in the number of events. extend appends in amortized constant time per element.',
        },
        {
          kind: 'multiple-choice',
          prompt: 'For a Python list `items` of n elements, which loop is quadratic overall?',
          code: '',
          choices: [
            'for x in items: total += x',
            'while items: items.pop()',
            'while items: handle(items.pop(0))',
            'for x in items: seen.add(x)',
          ],
          answerIndex: 2,
          explanation:
            'pop(0) shifts every remaining element one slot left, O(n) per call. pop() from the end is O(1), and set.add is O(1) on average. Use collections.deque.popleft() for a queue.',
        },
      ],
    },
    hints: {
      nudge: 'How many items will this loop see in production, and does anything inside it scan, copy or query something that also grows with that number?',
      concept:
        'Running time grows with input size, and a linear operation inside a loop over the same data makes the whole thing quadratic. Build a set or map once for lookups, append instead of copying, batch per-item queries, and check with production-sized input.',
      analogousExample:
        'Similar: tagging 100,000 log lines with `if user_id in banned_users`, where `banned_users` is a list of 20,000 ids, does up to 2 billion comparisons; `banned = set(banned_users)` once before the loop makes each check constant time on average.',
      pseudoCode:
        'n = production size of the collection\nfor each loop over n items:\n    does the body search, copy, sort or query something of size n?\n        search -> build a Set/Map index before the loop\n        copy   -> append into one accumulator\n        query  -> fetch everything needed in one batched query\nbenchmark at n and 2n: the time should roughly double, not quadruple',
    },
  },
];
