import type { LibraryEntry } from '../libraryEntry';

/** Offline library entries for Go runtime and language (panic/recover, sync, context, pointers and receivers, slices and maps, zero values, generics, packages, fmt verbs); the library registry serves them when no LLM is available. */
export const goRuntimeEntries: readonly LibraryEntry[] = [
  {
    conceptId: 'go.panic-recover',
    fundamentals: {
      title: 'panic and recover: crashes for bugs, errors for failures',
      conceptId: 'go.panic-recover',
      level: 'fundamentals',
      explanation: `\`panic\` stops the normal flow of the current goroutine. Deferred calls run as the stack unwinds, and if nothing recovers, the **whole program** exits with status 2, printing \`panic: ...\` and the goroutine stacks. The runtime panics on programmer errors: \`runtime error: index out of range [4] with length 3\`, \`invalid memory address or nil pointer dereference\`, \`assignment to entry in nil map\`, \`interface conversion: interface {} is string, not int\`, closing a closed channel.

Go's rule of thumb:

- **Expected failures are errors.** Bad input, missing files, timeouts and refused connections are normal operation: return an \`error\` and let the caller decide. A library that panics on malformed JSON takes that decision away from every caller.
- **Panics are for bugs and impossible states**: a broken invariant, an unreachable \`switch\` default, a startup precondition without which continuing makes no sense. The standard library's \`Must\` helpers (\`regexp.MustCompile\`, \`template.Must\`) panic because they are meant for values fixed at program start.

\`recover()\` stops a panic, but only when it is called **directly by a deferred function** in the **same goroutine** that is panicking; anywhere else it returns \`nil\`. Use it at boundaries where one failing unit of work must not take the process down:

~~~go
defer func() {
    if r := recover(); r != nil {
        err = fmt.Errorf("internal error: %v", r)
    }
}()
~~~

\`net/http\` already does this per request: a panicking handler is logged as \`http: panic serving ...\` and its connection is closed, while the server keeps running. A goroutine started by that handler is outside the boundary, though: a panic there crashes the whole server. Every \`go\` statement that runs code which might panic needs its own recover, or has to be written so that it cannot panic.`,
      workedExample: {
        language: 'go',
        before: `func startWorkers(jobs <-chan Job, results chan<- Result) {
    for i := 0; i < 4; i++ {
        go func() {
            for job := range jobs {
                // one job with a nil Customer panics here and kills the whole process
                results <- process(job)
            }
        }()
    }
}`,
        after: `func startWorkers(jobs <-chan Job, results chan<- Result) {
    for i := 0; i < 4; i++ {
        go func() {
            for job := range jobs {
                results <- safeProcess(job)
            }
        }()
    }
}

func safeProcess(job Job) (res Result) {
    defer func() {
        if r := recover(); r != nil {
            log.Printf("job %s panicked: %v\\n%s", job.ID, r, debug.Stack())
            res = Result{JobID: job.ID, Err: fmt.Errorf("internal error processing job %s", job.ID)}
        }
    }()
    return process(job)
}`,
        note: 'Worker goroutines are not covered by any recover, so a bug triggered by one job ended every in-flight job and the service. The recover sits in a per-job helper, so the loop continues with the next job; the named result lets the deferred function turn the panic into an error Result, and debug.Stack keeps the evidence needed to fix the actual nil dereference.',
      },
      pitfalls: [
        'Panicking in library code for expected failures (bad input, I/O errors) instead of returning an `error`.',
        'Assuming a recover in `main` or in an HTTP handler protects goroutines started from there.',
        'Calling `recover()` outside a deferred function, where it always returns `nil`.',
      ],
      quiz: [
        {
          kind: 'predict-output',
          prompt: 'What does this print?',
          code: `package main

import "fmt"

func parse(s string) (n int, err error) {
    defer func() {
        if r := recover(); r != nil {
            err = fmt.Errorf("parse %q: %v", s, r)
        }
    }()
    digits := []int{0, 1, 2}
    return digits[len(s)], nil
}

func main() {
    fmt.Println(parse("ab"))
    fmt.Println(parse("abcd"))
}`,
          answer: '2 <nil>\n0 parse "abcd": runtime error: index out of range [4] with length 3',
          explanation:
            'digits[2] is 2. digits[4] panics before the return assigns anything, so n keeps its zero value; the deferred function recovers and sets the named result err from the runtime error text.',
        },
        {
          kind: 'multiple-choice',
          prompt: 'An HTTP handler runs `go sendReceipt(order)`, and `sendReceipt` dereferences a nil pointer. net/http recovers handler panics. What happens?',
          code: '',
          choices: [
            'net/http recovers it and logs "http: panic serving ..."',
            'The whole server process crashes',
            'Only that goroutine stops; nothing else is affected',
            'The client receives a 500 response',
          ],
          answerIndex: 1,
          explanation:
            'recover only stops a panic in the goroutine that calls it. The receipt goroutine has no deferred recover of its own, so the panic is unrecovered and the program exits with status 2, whatever the handler goroutine does.',
        },
      ],
    },
    advanced: {
      title: 'recover in depth: direct deferral, fatal errors, safe boundaries and panic values',
      conceptId: 'go.panic-recover',
      level: 'advanced',
      explanation: `**Where recover works.** Only a function that is *itself* deferred can stop a panic. \`defer helper()\` where \`helper\` calls \`recover()\` works; \`defer func() { helper() }()\` does not, because \`helper\` is then not the deferred call, so its \`recover()\` returns \`nil\` and the panic keeps unwinding. Middleware that "logs panics" through a shared helper often has exactly this bug.

**What it cannot catch.** Some failures are *fatal errors*, not panics, and end the process regardless of \`recover\`: \`fatal error: concurrent map writes\`, \`fatal error: all goroutines are asleep - deadlock!\`, stack exhaustion (\`goroutine stack exceeds 1000000000-byte limit\`) and running out of memory. Fix those at the cause: locks, bounded recursion, limits.

**After recovering.** The panicking code may have left state half-updated: a map partly filled, a counter bumped, a lock still held if it was not released by a \`defer\`. Recover at the boundary of a unit of work that can be thrown away (a request, a job), log \`debug.Stack()\`, and do not retry blindly. Re-panic with values you do not own: \`net/http\` treats \`panic(http.ErrAbortHandler)\` as a deliberate abort that it handles without logging a stack, and a recovering middleware should let it through.

**Panic values.** Panic with an \`error\` (or a value wrapping one) so a boundary can inspect it with \`errors.As\`. Since Go 1.21, \`panic(nil)\` becomes a \`*runtime.PanicNilError\`, so \`recover()\` never returns \`nil\` for a real panic (\`GODEBUG=panicnil=1\` restores the old behaviour). \`runtime.Goexit\`, used by \`t.FailNow\`, runs deferred calls too but is not a panic: \`recover\` returns \`nil\` there.

**Internal control flow.** A package may panic internally to unwind deep recursion (a parser bailing out) and convert it back to an \`error\` in its exported function through a deferred \`recover\` into a named result. The panic never crosses the package boundary, so callers still see ordinary errors.`,
      workedExample: {
        language: 'go',
        before: `func Recoverer(next http.Handler) http.Handler {
    return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
        defer func() {
            logPanic(r) // recover() inside logPanic always returns nil here
        }()
        next.ServeHTTP(w, r)
    })
}

func logPanic(r *http.Request) {
    if v := recover(); v != nil {
        log.Printf("panic on %s: %v", r.URL.Path, v)
    }
}`,
        after: `func Recoverer(next http.Handler) http.Handler {
    return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
        defer func() {
            v := recover()
            if v == nil {
                return
            }
            if v == http.ErrAbortHandler {
                panic(v) // deliberate abort: let net/http handle it quietly
            }
            log.Printf("panic on %s %s: %v\\n%s", r.Method, r.URL.Path, v, debug.Stack())
            http.Error(w, "internal server error", http.StatusInternalServerError)
        }()
        next.ServeHTTP(w, r)
    })
}`,
        note: 'logPanic was called by the deferred closure, not deferred itself, so its recover saw nothing and every panic went straight through the middleware with no log line of its own. Calling recover in the deferred function fixes that; the middleware also answers 500, records the stack, and re-panics only for ErrAbortHandler.',
      },
      pitfalls: [
        'Calling `recover()` in a helper that the deferred closure calls, rather than in the deferred function itself.',
        'Expecting `recover` to survive `concurrent map writes`, deadlocks or stack overflow: those are fatal errors.',
        'Continuing to use state that a recovered panic may have left half-modified.',
        'Swallowing `http.ErrAbortHandler` in recovery middleware.',
      ],
      quiz: [
        {
          kind: 'predict-output',
          prompt: 'What does this print?',
          code: `package main

import "fmt"

func helper() { fmt.Println("helper:", recover()) }

func direct() {
    defer func() { fmt.Println("direct:", recover()) }()
    panic("a")
}

func viaHelper() {
    defer helper()
    panic("b")
}

func main() {
    direct()
    viaHelper()
    fmt.Println("end")
}`,
          answer: 'direct: a\nhelper: b\nend',
          explanation:
            'In both functions the function calling recover is the deferred one (a closure, then helper itself), so both panics stop and main continues. Had viaHelper used `defer func() { helper() }()`, recover would have returned nil and the program would have crashed.',
        },
        {
          kind: 'multiple-choice',
          prompt: 'A worker goroutine has a deferred `recover()`. Which of these failures can it stop?',
          code: '',
          choices: [
            'fatal error: concurrent map writes',
            'fatal error: all goroutines are asleep - deadlock!',
            'panic: runtime error: index out of range [3] with length 3',
            'runtime: goroutine stack exceeds 1000000000-byte limit',
          ],
          answerIndex: 2,
          explanation:
            'An index out of range is an ordinary run-time panic. The other three are fatal errors raised by the runtime itself, which terminate the program without running deferred functions or consulting recover.',
        },
      ],
    },
    hints: {
      nudge: 'Is this failure a bug or an expected condition? And if something should recover it, is `recover()` called directly by a deferred function in the goroutine that panics?',
      concept:
        'Return errors for expected failures; panic only for bugs and impossible states. An unrecovered panic ends the whole program. `recover()` works only when called directly by a deferred function in the panicking goroutine; use it at work-unit boundaries (requests, jobs, goroutines) and log the stack.',
      analogousExample:
        'Similar: a queue consumer that runs `go handle(msg)` per message crashes on one malformed message; wrapping the body of `handle` with a deferred recover that logs `debug.Stack()` and nacks the message keeps the consumer alive, while the parsing bug gets fixed separately.',
      pseudoCode:
        'expected failure?  return fmt.Errorf("...: %w", err)\nimpossible state?  panic(fmt.Sprintf("invariant broken: ...")) \nboundary (per request / job / goroutine):\n    defer func() {\n        if r := recover(); r != nil { log r + debug.Stack(); report failure for this unit only }\n    }()',
    },
  },
  {
    conceptId: 'go.sync-primitives',
    fundamentals: {
      title: 'sync.Mutex, WaitGroup and Once: guarding state and waiting for goroutines',
      conceptId: 'go.sync-primitives',
      level: 'fundamentals',
      explanation: `Goroutines that touch the same memory need synchronisation, and the \`sync\` package provides the basic tools. Their zero values are ready to use.

- **\`sync.Mutex\`** guards shared state: \`mu.Lock()\` before touching the fields, \`defer mu.Unlock()\` right after. Keep the mutex next to the fields it protects and document which ones. **\`sync.RWMutex\`** adds \`RLock\`/\`RUnlock\` for many concurrent readers.
- **\`sync.WaitGroup\`** waits for a group of goroutines: \`wg.Add(1)\` **before** the \`go\` statement, \`defer wg.Done()\` inside, \`wg.Wait()\` to block until all are done. Calling \`Add\` inside the new goroutine races with \`Wait\`, which may return before the goroutine has even started. Go 1.25 adds \`wg.Go(func() { ... })\`, which does the \`Add\` and \`Done\` for you, and a vet check that reports "WaitGroup.Add called from inside new goroutine".
- **\`sync.Once\`** runs an initialisation exactly once, however many goroutines call \`once.Do(f)\` at the same time; the others wait until it has finished.

**Never copy a value that contains a mutex** once it is in use. A copied \`sync.Mutex\` is an independent lock, copied in whatever state it was in, so two copies protect nothing. The usual accident is a value receiver: \`func (s Stats) Record(...)\` locks a fresh copy on every call. \`go vet\`'s copylocks check reports it: "Record passes lock by value: main.Stats contains sync.Mutex". Give types with a mutex pointer receivers and pass them by pointer.

Data races cause torn values, lost updates and, for maps, \`fatal error: concurrent map writes\`, which \`recover\` cannot stop. Run tests with the race detector, \`go test -race ./...\`, which prints \`WARNING: DATA RACE\` with both goroutines' stacks. It only sees races in code that actually runs, so the tests must exercise the concurrent paths.`,
      workedExample: {
        language: 'go',
        before: `type Stats struct {
    mu   sync.Mutex
    hits map[string]int
}

// vet: Record passes lock by value: main.Stats contains sync.Mutex
func (s Stats) Record(path string) {
    s.mu.Lock() // locks a copy; the map is still shared
    defer s.mu.Unlock()
    s.hits[path]++
}

var stats = Stats{hits: map[string]int{}}
// under load: fatal error: concurrent map writes`,
        after: `type Stats struct {
    mu   sync.Mutex
    hits map[string]int // guarded by mu
}

func NewStats() *Stats {
    return &Stats{hits: make(map[string]int)}
}

func (s *Stats) Record(path string) {
    s.mu.Lock()
    defer s.mu.Unlock()
    s.hits[path]++
}

func (s *Stats) Hits(path string) int {
    s.mu.Lock()
    defer s.mu.Unlock()
    return s.hits[path]
}

var stats = NewStats()`,
        note: 'With a value receiver each call got its own copy of Stats: its own unlocked mutex, but the same map header pointing at the same map. Every goroutine "held the lock" at once and the map writes collided. A pointer receiver makes every call lock the one shared mutex; the constructor returns a pointer so callers cannot copy it by accident.',
      },
      pitfalls: [
        'Value receivers or by-value parameters on types that contain a `sync.Mutex` (vet copylocks).',
        'Calling `wg.Add(1)` inside the goroutine instead of before the `go` statement.',
        'Reading shared fields without the lock "because it is only a read": readers race with writers too.',
      ],
      quiz: [
        {
          kind: 'spot-the-bug',
          prompt: '`fetchAll` sometimes returns results that are still empty. Which line is wrong?',
          code: `func fetchAll(urls []string) []Result {
    var wg sync.WaitGroup
    results := make([]Result, len(urls))
    for i, url := range urls {
        go func(i int, url string) {
            wg.Add(1)
            defer wg.Done()
            results[i] = fetch(url)
        }(i, url)
    }
    wg.Wait()
    return results
}`,
          bugLine: 6,
          answer: 'Call `wg.Add(1)` before the `go` statement (or `wg.Add(len(urls))` once before the loop), keeping `defer wg.Done()` inside.',
          explanation:
            'If Wait runs before any goroutine has executed its Add, the counter is still zero and Wait returns immediately, so fetchAll returns the zero-valued slice while the fetches are still running.',
        },
        {
          kind: 'predict-output',
          prompt: 'What does this print?',
          code: `package main

import (
    "fmt"
    "sync"
)

func main() {
    var once sync.Once
    var wg sync.WaitGroup
    loads := 0
    for i := 0; i < 5; i++ {
        wg.Add(1)
        go func() {
            defer wg.Done()
            once.Do(func() { loads++ })
        }()
    }
    wg.Wait()
    once.Do(func() { loads += 100 })
    fmt.Println(loads)
}`,
          answer: '1',
          explanation:
            'Only the first Do call on a given Once runs its function, even if later calls pass a different function. The increment is race-free because Once guarantees the function completes before any Do returns.',
        },
      ],
    },
    advanced: {
      title: 'Locks in depth: copylocks, no reentrancy, RWMutex upgrades and lighter tools',
      conceptId: 'go.sync-primitives',
      level: 'advanced',
      explanation: `**copylocks catches more than receivers.** \`go vet\` also reports struct assignment ("assignment copies lock value to b: main.Account contains sync.Mutex"), passing and returning by value, and \`range\` loops over values containing locks. A copy keeps the state it had, so copying a locked mutex produces a lock that nobody will ever unlock.

**Go mutexes are not reentrant.** Locking a \`Mutex\` twice in one goroutine blocks forever: if nothing else can run, the runtime reports \`fatal error: all goroutines are asleep - deadlock!\`; otherwise the goroutine silently hangs. "Upgrading" an \`RWMutex\` is the same trap: \`Lock\` while holding \`RLock\` waits for your own read lock. Release the read lock, take the write lock and check again, since another goroutine may have done the work in between. Recursive read locking can deadlock too, because a waiting writer blocks new readers.

**Keep critical sections short.** Never hold a lock across I/O, channel sends or calls into code you do not control (callbacks, interface methods): copy what you need, unlock, then call out. Take multiple locks in one fixed order.

**Pick the lightest tool.** Typed atomics (\`atomic.Int64\`, \`atomic.Bool\`, \`atomic.Pointer[T]\`, Go 1.19) suit counters, flags and swapping immutable snapshots. \`sync.Map\` is built for keys written once and read often, or disjoint keys per goroutine; otherwise a map plus mutex is faster and typed. \`sync.Pool\` recycles temporary buffers and may drop them at any GC. \`sync.OnceValue\` and \`OnceValues\` (Go 1.21) wrap lazy initialisation that returns a value or an error. For goroutines that can fail, \`golang.org/x/sync/errgroup\` combines waiting, the first error and context cancellation, and \`SetLimit\` bounds concurrency.

**Race detector limits.** \`-race\` instruments every memory access, costs several times the CPU and memory, and reports only races that happen during that run: run it in CI on tests that drive the concurrent paths.`,
      workedExample: {
        language: 'go',
        before: `func (c *Cache) Get(key string) (*Entry, error) {
    c.mu.RLock()
    defer c.mu.RUnlock()
    if e, ok := c.items[key]; ok {
        return e, nil
    }
    e, err := c.load(key) // slow I/O while holding the read lock
    if err != nil {
        return nil, err
    }
    c.mu.Lock() // waits for the read lock this goroutine still holds: deadlock
    c.items[key] = e
    c.mu.Unlock()
    return e, nil
}`,
        after: `func (c *Cache) Get(key string) (*Entry, error) {
    c.mu.RLock()
    e, ok := c.items[key]
    c.mu.RUnlock()
    if ok {
        return e, nil
    }
    e, err := c.load(key) // no lock held during I/O
    if err != nil {
        return nil, err
    }
    c.mu.Lock()
    defer c.mu.Unlock()
    if existing, ok := c.items[key]; ok {
        return existing, nil // another goroutine loaded it first
    }
    c.items[key] = e
    return e, nil
}`,
        note: 'The first cache miss hung forever: RWMutex has no upgrade, so Lock waited for the deferred RUnlock that could only run after Lock returned. The fix releases the read lock before the slow load, takes the write lock only to insert, and re-checks under it so concurrent misses keep the first stored entry.',
      },
      pitfalls: [
        'Re-locking a mutex already held by the same goroutine, directly or through a helper method that locks too.',
        'Calling `Lock` while holding `RLock` on the same `RWMutex`.',
        'Holding a lock during network or disk I/O, or while calling a callback.',
        'Reaching for `sync.Map` as a general concurrent map instead of a mutex-guarded map.',
      ],
      quiz: [
        {
          kind: 'predict-output',
          prompt: 'This compiles (go vet warns). What does it print?',
          code: `package main

import (
    "fmt"
    "sync"
)

type Account struct {
    mu      sync.Mutex
    balance int
}

func main() {
    a := Account{balance: 100}
    a.mu.Lock()
    b := a
    a.mu.Unlock()
    fmt.Println(b.mu.TryLock(), a.mu.TryLock())
}`,
          answer: 'false true',
          explanation:
            'b := a copied the mutex while it was locked, so b.mu starts out locked and nobody will unlock it; a.mu was unlocked afterwards and can be taken. go vet reports "assignment copies lock value to b".',
        },
        {
          kind: 'multiple-choice',
          prompt: 'A read-mostly `*Config` is rebuilt from disk once a minute and read on every request. Which is simplest and race-free?',
          code: '',
          choices: [
            'A package-level `var cfg *Config` reassigned by the reloader',
            'An `atomic.Pointer[Config]`: the reloader calls `Store`, requests call `Load` and never mutate the Config',
            'A `sync.Map` keyed by "config"',
            'A `sync.Once` that loads it',
          ],
          answerIndex: 1,
          explanation:
            'Swapping an immutable snapshot through an atomic pointer gives readers a consistent Config without locks. A plain pointer assignment is a data race, sync.Map adds untyped overhead for one key, and Once would never reload.',
        },
      ],
    },
    hints: {
      nudge: 'Which goroutines touch this value, and is every access made under the same lock, or after the goroutines have been waited for? Is any struct with a mutex being copied?',
      concept:
        'Guard shared state with one `sync.Mutex` (pointer receivers, never copied), wait for goroutines with a `WaitGroup` whose `Add` happens before `go`, initialise once with `sync.Once`, and confirm with `go test -race` and `go vet` (copylocks).',
      analogousExample:
        'Similar: a `type RateLimiter struct { mu sync.Mutex; tokens int }` whose `Allow` method has a value receiver never limits anything, because each call decrements a copy; `func (l *RateLimiter) Allow() bool` makes all callers share one counter and one lock.',
      pseudoCode:
        'type Shared struct {\n    mu    sync.Mutex\n    state ...          // guarded by mu\n}\nfunc (s *Shared) Op() { s.mu.Lock(); defer s.mu.Unlock(); ... }\n\nwg.Add(1)              // before go\ngo func() { defer wg.Done(); work() }()\nwg.Wait()\nrun: go vet ./... && go test -race ./...',
    },
  },
  {
    conceptId: 'go.context',
    fundamentals: {
      title: 'context.Context: deadlines and cancellation down the call chain',
      conceptId: 'go.context',
      level: 'fundamentals',
      explanation: `\`context.Context\` carries three things down a call chain: a **deadline**, a **cancellation signal**, and a few **request-scoped values**. The conventions are strict because every library relies on them:

- It is the **first parameter**, named \`ctx\`: \`func (s *Store) FindUser(ctx context.Context, id string) (*User, error)\`. Do not store it in a struct; pass it to each call.
- Start from the context you were given: \`r.Context()\` in an HTTP handler, the caller's \`ctx\` everywhere else. Only \`main\`, tests and top-level background jobs create roots with \`context.Background()\`; \`context.TODO()\` marks code that should receive one but does not yet.
- \`WithTimeout\`, \`WithDeadline\` and \`WithCancel\` return a derived context **and a \`cancel\` function**. Always call it, usually with \`defer cancel()\`, so the timer and the child's resources are released as soon as the work is done. \`go vet\`'s lostcancel check reports a discarded one: "the cancel function returned by context.WithTimeout should be called, not discarded, to avoid a context leak".
- Pass \`ctx\` to everything that can block: \`http.NewRequestWithContext\`, \`db.QueryContext\`, gRPC calls. Code that waits itself should \`select\` on \`ctx.Done()\` next to its other channels.
- When the context ends, \`ctx.Err()\` returns \`context.Canceled\` (someone called \`cancel\`, or the client went away) or \`context.DeadlineExceeded\`, whose text is \`context deadline exceeded\`. Return it or wrap it with \`%w\`, so callers can test with \`errors.Is\`.

Cancellation is cooperative: nothing stops your goroutine for you. A loop that never looks at \`ctx\` keeps running after the request is gone, holding connections and CPU.

Values are for request-scoped data that crosses API boundaries (trace IDs, the authenticated principal), not for optional parameters: a function's real inputs belong in its signature.`,
      workedExample: {
        language: 'go',
        before: `func (c *RatesClient) Latest(currency string) (*Rates, error) {
    // DefaultClient has no timeout: a hung upstream holds this goroutine forever
    resp, err := http.Get(c.baseURL + "/rates/" + currency)
    if err != nil {
        return nil, err
    }
    defer resp.Body.Close()
    var r Rates
    return &r, json.NewDecoder(resp.Body).Decode(&r)
}`,
        after: `func (c *RatesClient) Latest(ctx context.Context, currency string) (*Rates, error) {
    ctx, cancel := context.WithTimeout(ctx, 2*time.Second)
    defer cancel()
    req, err := http.NewRequestWithContext(ctx, http.MethodGet,
        c.baseURL+"/rates/"+url.PathEscape(currency), nil)
    if err != nil {
        return nil, err
    }
    resp, err := c.http.Do(req)
    if err != nil {
        return nil, fmt.Errorf("fetching %s rates: %w", currency, err)
    }
    defer resp.Body.Close()
    var r Rates
    if err := json.NewDecoder(resp.Body).Decode(&r); err != nil {
        return nil, fmt.Errorf("decoding %s rates: %w", currency, err)
    }
    return &r, nil
}`,
        note: 'The request now ends when the caller gives up (a disconnected client cancels r.Context()) or after at most two seconds, whichever comes first. Because the error is wrapped with %w, errors.Is(err, context.DeadlineExceeded) still reports a timeout, so the handler can answer 504 instead of 500.',
      },
      pitfalls: [
        'Discarding the `cancel` function from `WithTimeout`/`WithCancel` (vet lostcancel).',
        'Starting from `context.Background()` deep inside request handling, which cuts the request\'s deadline and cancellation.',
        'Loops and goroutines that never check `ctx.Done()` or `ctx.Err()`.',
      ],
      quiz: [
        {
          kind: 'predict-output',
          prompt: 'What does this print?',
          code: `package main

import (
    "context"
    "errors"
    "fmt"
    "time"
)

func work(ctx context.Context, d time.Duration) error {
    select {
    case <-time.After(d):
        return nil
    case <-ctx.Done():
        return ctx.Err()
    }
}

func main() {
    ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
    defer cancel()
    fmt.Println(work(ctx, 10*time.Millisecond))
    err := work(ctx, time.Second)
    fmt.Println(err, errors.Is(err, context.DeadlineExceeded))
}`,
          answer: '<nil>\ncontext deadline exceeded true',
          explanation:
            'The first call finishes in 10 ms, well inside the 50 ms deadline. The second would take a second, so ctx.Done() closes first and ctx.Err() is context.DeadlineExceeded.',
        },
        {
          kind: 'spot-the-bug',
          prompt: '`go vet` reports this function. Which line?',
          code: `func lookup(ctx context.Context, id string) (*User, error) {
    ctx, _ = context.WithTimeout(ctx, 2*time.Second)
    return store.FindUser(ctx, id)
}`,
          bugLine: 2,
          answer: 'Keep and call the cancel function: `ctx, cancel := context.WithTimeout(ctx, 2*time.Second)` followed by `defer cancel()`.',
          explanation:
            'vet\'s lostcancel check: "the cancel function returned by context.WithTimeout should be called, not discarded, to avoid a context leak". Without it the timer and the child context stay alive until the deadline fires, even when FindUser returns in a millisecond.',
        },
      ],
    },
    advanced: {
      title: 'Context in depth: the cancellation tree, causes, detached work and values',
      conceptId: 'go.context',
      level: 'advanced',
      explanation: `**The tree.** Derived contexts form a tree. Cancelling a parent cancels every descendant; cancelling a child never affects its parent or siblings; a child's deadline can only be earlier than its parent's (asking for a later one changes nothing). Calling \`cancel\` as soon as the work finishes matters because until then the parent holds a reference to the child and, for \`WithTimeout\`, a timer.

**Causes.** \`context.WithCancelCause\` (Go 1.20) and \`WithTimeoutCause\`/\`WithDeadlineCause\` (Go 1.21) record why a context ended; \`context.Cause(ctx)\` returns that error while \`ctx.Err()\` still says \`Canceled\` or \`DeadlineExceeded\`. Use it to tell "shutting down" from "upstream failed" in logs.

**Outliving the request.** \`r.Context()\` is cancelled when the handler returns or the client disconnects, so work that must finish afterwards (an audit record, a cache fill) must not use it directly. \`context.WithoutCancel(ctx)\` (Go 1.21) keeps the values, such as trace IDs, but drops cancellation and deadline; give the detached work its own timeout. \`context.AfterFunc\` (Go 1.21) runs a function when a context ends, which helps with APIs that take no context.

**Goroutines per request.** Each goroutine started for a request should receive the \`ctx\` and return when \`ctx.Done()\` closes; \`errgroup.WithContext\` cancels the siblings when one fails.

**Blocking calls without a context.** Wrapping one in a \`select\` with \`ctx.Done()\` lets the caller stop waiting, but the call itself keeps running and its goroutine leaks. Prefer APIs that take a context, or set I/O deadlines (\`conn.SetDeadline\`).

**Values, carefully.** Use an unexported key type (\`type ctxKey struct{}\`) so packages cannot collide; staticcheck's SA1029 flags built-in types such as \`string\` as keys. Expose typed accessors (\`func UserFrom(ctx context.Context) (*User, bool)\`) rather than the key. Never pass a \`nil\` context; use \`context.TODO()\`.`,
      workedExample: {
        language: 'go',
        before: `func (h *Handler) Checkout(w http.ResponseWriter, r *http.Request) {
    order, err := h.orders.Place(r.Context(), parseCart(r))
    if err != nil {
        writeError(w, err)
        return
    }
    // r.Context() is cancelled as soon as Checkout returns: most audit writes fail
    go h.audit.Record(r.Context(), "order_placed", order.ID)
    writeJSON(w, order)
}`,
        after: `func (h *Handler) Checkout(w http.ResponseWriter, r *http.Request) {
    order, err := h.orders.Place(r.Context(), parseCart(r))
    if err != nil {
        writeError(w, err)
        return
    }
    // keeps the request's values (trace ID), drops its cancellation; Go 1.21+
    auditCtx, cancel := context.WithTimeout(context.WithoutCancel(r.Context()), 5*time.Second)
    go func() {
        defer cancel()
        if err := h.audit.Record(auditCtx, "order_placed", order.ID); err != nil {
            h.log.Warn("audit record failed", "order", order.ID, "err", err)
        }
    }()
    writeJSON(w, order)
}`,
        note: 'The audit goroutine raced the response: once writeJSON finished and Checkout returned, the request context was cancelled and the database call failed with context canceled, silently. WithoutCancel detaches the lifetime but keeps the trace ID, the new timeout bounds the detached work, and the error is now logged instead of dropped.',
      },
      pitfalls: [
        'Passing a request context to background work that must complete after the response.',
        'Storing a `Context` in a struct field, so calls use a stale deadline or one belonging to another request.',
        'Plain `string` keys for context values, which collide across packages.',
        'Wrapping context-unaware blocking calls in `select` and assuming the call stops when the context does.',
      ],
      quiz: [
        {
          kind: 'predict-output',
          prompt: 'What does this print?',
          code: `package main

import (
    "context"
    "fmt"
    "time"
)

func main() {
    parent, cancelParent := context.WithCancel(context.Background())
    child, cancelChild := context.WithTimeout(parent, time.Hour)
    defer cancelChild()
    other, cancelOther := context.WithCancel(parent)
    cancelOther()
    fmt.Println(parent.Err(), child.Err(), other.Err())
    cancelParent()
    <-child.Done()
    fmt.Println(child.Err())
}`,
          answer: '<nil> <nil> context canceled\ncontext canceled',
          explanation:
            'Cancelling other affects only other. Cancelling parent then propagates to child, long before its one-hour timeout, so child.Err() is Canceled rather than DeadlineExceeded.',
        },
        {
          kind: 'multiple-choice',
          prompt: 'Middleware stores the authenticated user in the request context. Which approach is idiomatic?',
          code: '',
          choices: [
            '`context.WithValue(ctx, "user", u)` and `ctx.Value("user").(*User)` in handlers',
            'An unexported `type userKey struct{}` used as the key, plus an exported `UserFrom(ctx) (*User, bool)` accessor',
            'A package-level map from goroutine ID to user',
            'Adding a `User` field to a struct that embeds `context.Context`',
          ],
          answerIndex: 1,
          explanation:
            'A value of an unexported type can only be created in its own package, so no other package can overwrite or read the entry by accident, and the accessor keeps the type assertion in one place. String keys collide; goroutine-keyed maps and context-embedding structs fight the design.',
        },
      ],
    },
    hints: {
      nudge: 'Where does this function get its `ctx`, is every `cancel` called, and does the blocking work on this path actually watch that context?',
      concept:
        'Pass `ctx context.Context` as the first parameter, derive with `WithTimeout`/`WithCancel` and always `defer cancel()`, hand `ctx` to every blocking call, and stop when `ctx.Done()` closes, returning `ctx.Err()`. Values carry request-scoped data under unexported key types only.',
      analogousExample:
        'Similar: a report export loop that processes 100,000 rows keeps running after the user closes the tab; checking `if err := ctx.Err(); err != nil { return err }` every few hundred rows lets the cancelled request actually stop the work.',
      pseudoCode:
        'func Op(ctx context.Context, args ...) error {\n    ctx, cancel := context.WithTimeout(ctx, limit)\n    defer cancel()\n    res, err := client.Call(ctx, ...)     // every blocking call gets ctx\n    select {\n    case v := <-results:  use v\n    case <-ctx.Done():    return ctx.Err()\n    }\n}',
    },
  },
  {
    conceptId: 'go.pointers-receivers',
    fundamentals: {
      title: 'Pointers and method receivers: copies, mutation and method sets',
      conceptId: 'go.pointers-receivers',
      level: 'fundamentals',
      explanation: `Go passes everything **by value**: assigning a struct or passing it to a function copies it. A pointer (\`*Order\`) copies only an address, so both sides see the same struct. Slices, maps, channels and funcs are small headers or references, so copies of them still share the underlying data.

Each method chooses how it receives its value:

~~~go
func (o Order) Total() int        { ... } // value receiver: works on a copy
func (o *Order) AddLine(l Line)   { o.Lines = append(o.Lines, l) } // pointer receiver
~~~

A value receiver that assigns to fields changes only its copy, and the change vanishes when the method returns. That is the classic receiver bug: it compiles, runs, and does nothing.

Go helps at call sites. \`order.AddLine(l)\` on an addressable variable means \`(&order).AddLine(l)\`, and \`p.Total()\` on a pointer means \`(*p).Total()\`. It cannot take the address of everything: map elements and function results are not addressable, so \`orders["o1"].AddLine(l)\` fails with "cannot call pointer method AddLine on Order", and \`orders["o1"].Count++\` with "cannot assign to struct field orders["o1"].Count in map".

**Method sets** decide which interfaces a type satisfies. \`T\` has only its value-receiver methods; \`*T\` has both kinds. If \`Notify\` has a pointer receiver, \`var n Notifier = SlackNotifier{}\` fails with "SlackNotifier does not implement Notifier (method Notify has pointer receiver)" (compilers up to Go 1.19 word it "Notify method has pointer receiver"), while \`&SlackNotifier{}\` works.

Use a pointer receiver when the method mutates, when the struct is large, or when it holds a \`sync.Mutex\` or other state that must not be copied. Small immutable values (\`time.Time\`, a two-field \`Money\`) suit value receivers. Keep one style per type: if any method needs a pointer, give them all pointers, so copying behaviour and the method set stay predictable.`,
      workedExample: {
        language: 'go',
        before: `type Cart struct {
    Items  []LineItem
    Coupon string
}

func (c Cart) Add(item LineItem) {
    c.Items = append(c.Items, item) // appends to the copy's slice header
}

func (c Cart) ApplyCoupon(code string) {
    c.Coupon = code // lost when the method returns
}

cart := Cart{}
cart.Add(LineItem{SKU: "tea", Qty: 2})
cart.ApplyCoupon("SPRING10")
fmt.Println(len(cart.Items), cart.Coupon) // prints 0 and an empty coupon`,
        after: `type Cart struct {
    Items  []LineItem
    Coupon string
}

func (c *Cart) Add(item LineItem) {
    c.Items = append(c.Items, item)
}

func (c *Cart) ApplyCoupon(code string) {
    c.Coupon = code
}

cart := Cart{}
cart.Add(LineItem{SKU: "tea", Qty: 2})   // Go takes &cart automatically
cart.ApplyCoupon("SPRING10")
fmt.Println(len(cart.Items), cart.Coupon) // 1 SPRING10`,
        note: 'Both methods mutated a copy of the cart, so the caller\'s cart never changed and no tool complained. With pointer receivers the methods update the caller\'s struct, and the call sites stay the same because cart is an addressable variable.',
      },
      pitfalls: [
        'Value receivers on methods that are meant to modify the struct: the change is silently lost.',
        'Expecting `T` to satisfy an interface whose methods are declared on `*T`.',
        'Calling pointer methods on, or assigning to fields of, map elements: they are not addressable.',
      ],
      quiz: [
        {
          kind: 'predict-output',
          prompt: 'What does this print?',
          code: `package main

import "fmt"

type Counter struct{ n int }

func (c Counter) IncValue()    { c.n++ }
func (c *Counter) IncPointer() { c.n++ }

func main() {
    c := Counter{}
    c.IncValue()
    c.IncPointer()
    c.IncPointer()
    d := c
    d.IncPointer()
    fmt.Println(c.n, d.n)
}`,
          answer: '2 3',
          explanation:
            'IncValue increments a copy, so c.n only counts the two pointer calls. d := c copies the struct with n == 2, and incrementing d does not touch c.',
        },
        {
          kind: 'multiple-choice',
          prompt: 'Which declaration compiles?',
          code: `type Notifier interface{ Notify(msg string) error }

type SlackNotifier struct{ channel string }

func (s *SlackNotifier) Notify(msg string) error { return nil }`,
          choices: [
            '`var n Notifier = SlackNotifier{channel: "ops"}`',
            '`var n Notifier = &SlackNotifier{channel: "ops"}`',
            'Both',
            'Neither',
          ],
          answerIndex: 1,
          explanation:
            'Notify is in the method set of *SlackNotifier only. A SlackNotifier value stored in an interface could not be addressed to call it, so the compiler reports "SlackNotifier does not implement Notifier (method Notify has pointer receiver)".',
        },
      ],
    },
    advanced: {
      title: 'Receivers in depth: range copies, loop-variable addresses, method values, nil receivers',
      conceptId: 'go.pointers-receivers',
      level: 'advanced',
      explanation: `**Range variables are copies.** \`for _, it := range items { it.PriceCents = p }\` changes a copy of each element; write through the index (\`items[i].PriceCents\`) or range over a slice of pointers. No Go version changes this.

**Loop variables and their addresses.** Up to Go 1.21, a \`for\` loop had one variable for all iterations, so \`&u\` in \`for _, u := range users\` was the same pointer every time and ended up pointing at the last user. Since Go 1.22 (for modules whose \`go.mod\` says \`go 1.22\` or later) each iteration has a fresh variable, so the pointers differ, but they still point at **copies**, not at the slice elements. \`&users[i]\` points into the backing array and shares updates with it, and it goes stale (keeps pointing at the old array) if the slice is later reallocated by \`append\`.

**Method values bind early.** \`read := g.Value\` with a value receiver copies \`g\` right there; \`set := g.Set\` with a pointer receiver binds \`&g\`. Later changes to \`g\` show through \`set\` but not through \`read\`. The same rule makes \`defer g.Flush()\` evaluate its receiver when the \`defer\` statement runs.

**nil receivers.** A pointer-receiver method can run on a nil pointer and handle it (\`func (t *Tree) Len() int { if t == nil { return 0 }; return t.n }\`). A value-receiver method called through a nil pointer panics with "invalid memory address or nil pointer dereference", because the value has to be copied out first. A nil \`*T\` stored in an interface makes the interface non-nil.

**Escape and cost.** Returning a pointer to a local is safe: escape analysis moves it to the heap (\`go build -gcflags=-m\` prints "moved to heap: t"). Pointers are not automatically faster, since heap allocation and GC scanning cost something while small structs are cheap to copy. Benchmark before converting receivers for speed.`,
      workedExample: {
        language: 'go',
        before: `func applyDiscount(items []LineItem, pct int) {
    for _, it := range items {
        it.PriceCents = it.PriceCents * (100 - pct) / 100 // changes a copy
    }
}

func byEmail(users []User) map[string]*User {
    index := make(map[string]*User)
    for _, u := range users {
        index[u.Email] = &u // up to Go 1.21: every entry is the same pointer
    }
    return index
}`,
        after: `func applyDiscount(items []LineItem, pct int) {
    for i := range items {
        items[i].PriceCents = items[i].PriceCents * (100 - pct) / 100
    }
}

func byEmail(users []User) map[string]*User {
    index := make(map[string]*User, len(users))
    for i := range users {
        index[users[i].Email] = &users[i] // points into the caller's slice
    }
    return index
}`,
        note: 'applyDiscount never discounted anything, on any Go version. byEmail returned a map whose entries all pointed at the last user with Go 1.21 and earlier; with Go 1.22 semantics each entry points at its own copy, so updates through the map would still not reach users. Indexing makes both functions work on the caller\'s elements.',
      },
      pitfalls: [
        'Mutating the range variable of a `for _, v := range` loop and expecting the slice to change.',
        'Taking `&v` of a range variable to build an index, which shares one variable before Go 1.22 and copies after.',
        'Keeping `&s[i]` across an `append` that may reallocate `s`.',
        'Calling value-receiver methods through possibly-nil pointers.',
      ],
      quiz: [
        {
          kind: 'predict-output',
          prompt: 'What does this print?',
          code: `package main

import "fmt"

type Gauge struct{ v int }

func (g Gauge) Value() int { return g.v }
func (g *Gauge) Set(v int) { g.v = v }

func main() {
    g := Gauge{v: 1}
    read := g.Value
    set := g.Set
    set(5)
    fmt.Println(read(), g.Value())
}`,
          answer: '1 5',
          explanation:
            'g.Value is a method value with a value receiver, so it captured a copy of g holding 1. g.Set bound &g, so set(5) changed g itself, which the direct call then reads.',
        },
        {
          kind: 'spot-the-bug',
          prompt: 'A tenant\'s usage never increases, however often `consume` is called. Which line makes the copy that the update is applied to?',
          code: `func consume(quotas map[string]Quota, tenant string, n int) error {
    q := quotas[tenant]
    if q.Used+n > q.Limit {
        return fmt.Errorf("tenant %s over quota", tenant)
    }
    q.Used += n
    return nil
}`,
          bugLine: 2,
          answer: 'Write the modified value back with `quotas[tenant] = q` after the increment, or store pointers: `map[string]*Quota`.',
          explanation:
            'Indexing a map of structs returns a copy, and map elements are not addressable, so `quotas[tenant].Used += n` would not even compile. The function updates its local copy and then drops it.',
        },
      ],
    },
    hints: {
      nudge: 'Is the method or loop on that line working on the caller\'s value or on a copy of it? Check the receiver type and how the value was obtained (range variable, map element, by-value parameter).',
      concept:
        'Go copies on assignment, on calls and in `range`. Value receivers get a copy; pointer receivers share the caller\'s value. `*T` has both kinds of methods, `T` only value-receiver ones, which decides interface satisfaction. Map elements are not addressable.',
      analogousExample:
        'Similar: `func (a Account) Deposit(c int) { a.Balance += c }` leaves every balance unchanged; `func (a *Account) Deposit(c int)` updates it, and `var s Saver = &Account{}` then satisfies an interface that requires Deposit.',
      pseudoCode:
        'method mutates, struct is large, or holds a mutex -> func (t *T) M()\notherwise (small, immutable)                       -> func (t T) M()\nmutate slice elements:   for i := range s { s[i].F = ... }\nmutate map struct value: v := m[k]; v.F = ...; m[k] = v   (or map[K]*T)',
    },
  },
  {
    conceptId: 'go.slices-maps',
    fundamentals: {
      title: 'Slices and maps: shared arrays, append and the nil map',
      conceptId: 'go.slices-maps',
      level: 'fundamentals',
      explanation: `A slice is a small header (pointer, length, capacity) describing a window onto an **underlying array**. Slicing (\`s[1:3]\`) and assignment copy the header, not the elements, so several slices can share one array and see each other's writes.

\`append\` is where this surprises people. If the slice has spare capacity, \`append\` writes into the existing array in place and returns a header over the same memory; otherwise it allocates a bigger array, copies, and returns a header over the new one. So after \`b := append(a, x)\`, \`a\` and \`b\` may or may not share storage, depending on capacity:

~~~go
totals := []int{10, 20, 30}
report := totals[:2]          // len 2, cap 3: shares totals' array
report = append(report, 99)   // fits in the capacity: overwrites totals[2]
fmt.Println(totals)           // [10 20 99]
~~~

Rules that keep this safe: always use the result (\`s = append(s, x)\`); treat a slice you were given as shared unless you own it; copy with \`copy(dst, src)\`, \`append([]T(nil), s...)\` or \`slices.Clone(s)\` (Go 1.21) before appending to something other code still holds.

Maps are references to a hash table, so copying a map value shares the table. Reading a missing key returns the zero value (\`v, ok := m[k]\` tells "absent" from "zero"). Reading a **nil** map works, but writing to one panics with \`assignment to entry in nil map\`: create maps with \`make\` or a literal. Iteration order is deliberately randomised, so sort the keys when order matters (\`fmt\` prints maps sorted by key, which hides this in debug output).

Maps are not safe for concurrent use: concurrent writes, or a write during a read, stop the program with \`fatal error: concurrent map writes\`, which cannot be recovered. Guard shared maps with a mutex.`,
      workedExample: {
        language: 'go',
        before: `func withShipping(lines []Line, shipping Line) []Line {
    return append(lines, shipping) // may write into the caller's array
}

cart := make([]Line, 0, 8)
cart = append(cart, tea, cake)
standard := withShipping(cart, standardShipping)
express := withShipping(cart, expressShipping)
// both quotes now end with expressShipping: the appends shared cart's spare capacity`,
        after: `func withShipping(lines []Line, shipping Line) []Line {
    out := make([]Line, 0, len(lines)+1)
    out = append(out, lines...)
    return append(out, shipping)
}

cart := make([]Line, 0, 8)
cart = append(cart, tea, cake)
standard := withShipping(cart, standardShipping)
express := withShipping(cart, expressShipping)
// each quote owns its own array`,
        note: 'cart had capacity 8, so both appends wrote element 2 of the same array and returned headers over it: the second call overwrote the first quote. Building a fresh slice makes the function safe whatever capacity the caller\'s slice has; the bug only appeared for carts created with spare capacity, which is why it looked intermittent.',
      },
      pitfalls: [
        'Appending to a slice received from a caller or a sub-slice, overwriting elements someone else still uses.',
        'Writing to a map field of a zero-value struct without `make` (`assignment to entry in nil map`).',
        'Depending on map iteration order, or sharing a map between goroutines without a lock.',
      ],
      quiz: [
        {
          kind: 'predict-output',
          prompt: 'What does this print?',
          code: `package main

import "fmt"

func main() {
    a := make([]int, 3, 4)
    b := append(a, 10)
    c := append(a, 20)
    b[0] = 99
    fmt.Println(a, b, c, len(a), cap(a))
}`,
          answer: '[99 0 0] [99 0 0 20] [99 0 0 20] 3 4',
          explanation:
            'a has room for one more element, so both appends write index 3 of the same array (20 wins) and return headers over it. b[0] = 99 writes that shared array too, so a, b and c all see it; a still has length 3.',
        },
        {
          kind: 'spot-the-bug',
          prompt: 'This panics with "assignment to entry in nil map". Which line panics, and is also where a lazy initialisation belongs?',
          code: `type Registry struct {
    handlers map[string]Handler
}

func (r *Registry) Register(name string, h Handler) {
    r.handlers[name] = h
}

func main() {
    var reg Registry
    reg.Register("health", healthHandler)
}`,
          bugLine: 6,
          answer: 'Create the map before writing: `if r.handlers == nil { r.handlers = make(map[string]Handler) }` at the top of Register (or provide a `NewRegistry` constructor).',
          explanation:
            'The zero Registry has a nil map, which can be read but not written. Initialising lazily in the method makes the zero value usable, so `var reg Registry` works as callers expect.',
        },
      ],
    },
    advanced: {
      title: 'Slices and maps in depth: growth, capacity limits, retention, deletion and map internals',
      conceptId: 'go.slices-maps',
      level: 'advanced',
      explanation: `**Growth.** When capacity runs out, \`append\` allocates a larger array: about double for small slices, smaller factors (toward 1.25x) for large ones. The exact policy is an implementation detail that has changed between releases; preallocate when you know the size, \`make([]T, 0, n)\`.

**Full slice expressions.** \`s[low:high:max]\` caps the capacity at \`max-low\`. Handing out \`prices[:2:2]\` guarantees that an \`append\` by the receiver allocates instead of overwriting \`prices[2]\`.

**Sub-slices keep the whole array alive.** Storing \`packet[4:20]\` of a 64 KiB buffer retains all 64 KiB, and if the reader reuses that buffer, your 16 bytes change underneath you. Copy what you keep: \`bytes.Clone\` (Go 1.20), \`slices.Clone\` (Go 1.21) or \`append([]byte(nil), b...)\`.

**Deleting and filtering.** \`slices.Delete(s, i, j)\` shifts the tail down and, since Go 1.22, zeroes the vacated elements so they can be collected. The in-place filter \`out := s[:0]\` reuses the same array: fast, but the original slice is garbage afterwards.

**nil versus empty.** \`len\`, \`range\` and \`append\` treat a nil slice as empty, but \`encoding/json\` encodes nil as \`null\` and an empty slice as \`[]\`, and \`reflect.DeepEqual\` tells them apart. Slices compare only to \`nil\`; use \`slices.Equal\` or \`bytes.Equal\`.

**Map details.** Deleting during \`range\` is safe; entries added during \`range\` may or may not be visited. Map elements are not addressable, so store pointers or reassign whole values. Maps do not shrink: after deleting most entries the memory stays allocated, so rebuild long-lived maps that were once huge. \`clear(m)\` (Go 1.21) empties a map in place; on a slice it zeroes the elements and keeps the length.

**Concurrency.** The runtime detects concurrent map misuse on a best-effort basis (\`fatal error: concurrent map read and map write\`); use a mutex, or \`sync.Map\` for its narrow use cases.`,
      workedExample: {
        language: 'go',
        before: `var recent [][]byte // IDs of the last requests, kept for deduplication

func remember(packet []byte) {
    id := packet[4:20]      // a view into the reader's 64 KiB buffer
    recent = append(recent, id)
}

// the reader reuses its buffer for the next packet: stored IDs change,
// and each one pins a whole 64 KiB array`,
        after: `var recent [][]byte // IDs of the last requests, kept for deduplication

func remember(packet []byte) {
    id := bytes.Clone(packet[4:20]) // 16 bytes of our own (Go 1.20+)
    recent = append(recent, id)
}`,
        note: 'Two bugs from one sub-slice: the IDs aliased a buffer the reader overwrote, so deduplication compared against whatever packet arrived last, and every stored 16-byte ID kept a 64 KiB array reachable. Cloning gives each ID its own small array; on older Go, append([]byte(nil), packet[4:20]...) does the same.',
      },
      pitfalls: [
        'Keeping small sub-slices of large or reused buffers (memory retention and silent overwrites).',
        'Handing out sub-slices without a capacity limit (`s[a:b:b]`) to code that may append.',
        'Returning a nil slice where clients expect `[]` in JSON, or comparing slices with `reflect.DeepEqual`.',
        'Expecting a map to release memory after deleting most of its entries.',
      ],
      quiz: [
        {
          kind: 'predict-output',
          prompt: 'What does this print?',
          code: `package main

import "fmt"

func main() {
    prices := []int{100, 200, 300}
    base := prices[:2:2]
    withFee := append(base, 5)
    shared := append(prices[:2], 7)
    fmt.Println(prices, withFee, shared, cap(base))
}`,
          answer: '[100 200 7] [100 200 5] [100 200 7] 2',
          explanation:
            'base has capacity 2, so appending to it allocates a new array and prices is untouched. prices[:2] still has capacity 3, so that append writes 7 into prices[2].',
        },
        {
          kind: 'multiple-choice',
          prompt: 'What does `json.Marshal` produce for `a` and `b`?',
          code: `type Resp struct {
    Items []string \`json:"items"\`
}

var a Resp
b := Resp{Items: []string{}}`,
          choices: [
            '`{"items":[]}` for both',
            '`{"items":null}` for a, `{"items":[]}` for b',
            '`{}` for a, `{"items":[]}` for b',
            '`{"items":null}` for both',
          ],
          answerIndex: 1,
          explanation:
            'A nil slice encodes as null and an empty non-nil slice as []. Without omitempty the field is always present. Clients that iterate over items may break on null, so initialise the slice when an empty list is meant.',
        },
      ],
    },
    hints: {
      nudge: 'Could two slices on this path share one backing array (a sub-slice, a slice passed in, an append with spare capacity)? For maps: was this map ever created with `make`, and who else writes to it?',
      concept:
        'Slices share their underlying array until `append` outgrows the capacity, so appends can overwrite another slice\'s elements; always assign the result and copy before appending to shared slices. Maps must be created before writing, iterate in random order, and need a lock for concurrent use.',
      analogousExample:
        'Similar: `func tags(base []string) []string { return append(base, "prod") }` called twice on the same `base` with spare capacity makes both results end with the second call\'s tag; `append(slices.Clip(base), "prod")` or an explicit copy gives each call its own array.',
      pseudoCode:
        'own the result?    out := append(make([]T, 0, len(s)+1), s...); out = append(out, x)\nlimit a view:      view := s[lo:hi:hi]\nkeep a small part: part := bytes.Clone(buf[a:b])\nmaps:              m := make(map[K]V); v, ok := m[k]; guard with sync.Mutex if shared',
    },
  },
  {
    conceptId: 'go.zero-values',
    fundamentals: {
      title: 'Zero values: every variable starts defined, not always usable',
      conceptId: 'go.zero-values',
      level: 'fundamentals',
      explanation: `Every variable in Go starts at its type's **zero value**; there is no uninitialised memory. \`var n int\` is \`0\`, \`var s string\` is \`""\`, \`var ok bool\` is \`false\`, and pointers, slices, maps, channels, funcs and interfaces start as \`nil\`. A struct's zero value has every field at its zero value, an array every element. The same applies to \`new(T)\`, to fields left out of a composite literal (\`Config{Name: "api"}\`), and to what a map returns for a missing key.

Good Go types make the zero value useful, so callers can declare and go:

- \`var buf bytes.Buffer\`, \`var sb strings.Builder\`, \`var mu sync.Mutex\` and \`var wg sync.WaitGroup\` are ready to use.
- A **nil slice** works with \`len\`, \`range\` and \`append\`: \`var ids []int; ids = append(ids, 7)\` needs no \`make\`.

Some zero values are not usable, and they are where the panics come from:

- a **nil map** can be read but not written: \`assignment to entry in nil map\`;
- a **nil pointer** cannot be dereferenced: \`invalid memory address or nil pointer dereference\`;
- a **nil channel** blocks forever on send and receive;
- a **nil func** panics when called.

When a type holds a map or something else that must be created, either initialise it lazily in its methods (\`if r.routes == nil { r.routes = make(map[string]Handler) }\`) or provide a constructor (\`NewRegistry()\`) and say in the doc comment that the zero value is not usable.

The zero value also cannot say "not set". \`Retries: 0\` may mean "no retries" or "the field was missing". When the difference matters, use a pointer (\`*int\`, where nil means unset), a \`(value, ok)\` pair, or a type whose zero value means unknown, and design enums so that \`0\` is not a real business value by accident.`,
      workedExample: {
        language: 'go',
        before: `type Limiter struct {
    mu     sync.Mutex
    counts map[string]int
    max    int
}

func (l *Limiter) Allow(key string) bool {
    l.mu.Lock()
    defer l.mu.Unlock()
    if l.counts[key] >= l.max { // max is 0 in a zero Limiter: nothing is ever allowed
        return false
    }
    l.counts[key]++ // once max is set, this write panics on the nil map
    return true
}

var api Limiter // looks ready to use, is not`,
        after: `const defaultMax = 100

type Limiter struct {
    mu     sync.Mutex
    counts map[string]int
    max    int // 0 means defaultMax
}

func (l *Limiter) Allow(key string) bool {
    l.mu.Lock()
    defer l.mu.Unlock()
    if l.counts == nil {
        l.counts = make(map[string]int)
    }
    limit := l.max
    if limit == 0 {
        limit = defaultMax
    }
    if l.counts[key] >= limit {
        return false
    }
    l.counts[key]++
    return true
}

var api Limiter // the zero value now works: up to 100 calls per key`,
        note: 'The zero Limiter had two unusable fields: max 0 rejected everything, and the nil map would have panicked on the first write. Treating 0 as "use the default" and creating the map on first use, under the same lock, makes `var api Limiter` behave sensibly without a constructor.',
      },
      pitfalls: [
        'Types whose zero value looks usable but panics (nil maps) or behaves wrongly (limits of 0).',
        'Treating a zero field as "not provided" when 0, false or "" is also a valid value.',
        'Dereferencing pointers returned alongside an error without checking the error first.',
      ],
      quiz: [
        {
          kind: 'predict-output',
          prompt: 'What does this print?',
          code: `package main

import "fmt"

type Config struct {
    Name    string
    Retries int
    Verbose bool
    Tags    []string
    Limits  map[string]int
    Parent  *Config
}

func main() {
    var c Config
    c.Tags = append(c.Tags, "blue")
    fmt.Printf("%q %d %t %v %d %v %v\\n", c.Name, c.Retries, c.Verbose, c.Tags, c.Limits["x"], c.Limits == nil, c.Parent)
}`,
          answer: '"" 0 false [blue] 0 true <nil>',
          explanation:
            'Every field starts at its zero value. append works on the nil slice, and reading from the nil map returns 0 without panicking; only writing to it would panic.',
        },
        {
          kind: 'multiple-choice',
          prompt: 'Given `var ids []int`, `var counts map[string]int` and `var sb strings.Builder`, which statement panics?',
          code: '',
          choices: ['`ids = append(ids, 1)`', '`n := counts["missing"]`', '`counts["orders"] = 1`', '`sb.WriteString("ok")`'],
          answerIndex: 2,
          explanation:
            'Writing to a nil map panics with "assignment to entry in nil map". Appending to a nil slice allocates, reading a nil map returns the zero value, and a zero strings.Builder is ready to use.',
        },
      ],
    },
    advanced: {
      title: 'Designing around zero values: unset fields, omitempty, enums and nil receivers',
      conceptId: 'go.zero-values',
      level: 'advanced',
      explanation: `**Unset versus zero.** Decoding JSON or config leaves absent fields at their zero value, so \`{"retries": 0}\` and \`{}\` decode identically into an \`int\`. A pointer field (\`Retries *int\`) keeps the difference: nil means absent. Since Go 1.26, \`new\` accepts an expression, so \`Retries: new(cfg.DefaultRetries)\` builds such a pointer in one step.

**omitempty and omitzero.** \`omitempty\` drops \`0\`, \`false\`, \`""\`, nil pointers and empty slices and maps, so an explicit zero can never be sent through it; a pointer keeps it. It never omits a struct, which is why a zero \`time.Time\` still appears. \`omitzero\` (Go 1.24) omits a field whose value is its zero value, or whose \`IsZero()\` method says so.

**time.Time.** The zero value is \`0001-01-01 00:00:00 +0000 UTC\`. Test with \`t.IsZero()\`, not with \`==\` against \`time.Time{}\`, which also compares location and monotonic reading.

**Zero-value-ready types** do their setup lazily under the lock that guards their state, or with \`sync.Once\`. Once in use they must not be copied (vet's copylocks).

**nil receivers.** Pointer methods can treat nil as empty: \`func (l *List) Len() int { if l == nil { return 0 }; return l.n }\`. A nil pointer stored in an interface still makes the interface non-nil.

**Comparing with the zero value.** \`cfg == (Config{})\` compiles only if every field is comparable; a slice or map field makes it "invalid operation: ... (struct containing []string cannot be compared)". Write an \`IsZero\` method.

**Enums.** With \`iota\` the first constant is \`0\`, which is also what every unset field holds. Reserve it for \`Unknown\` (\`PlanUnknown Plan = iota\`) so a missing value is detectable rather than silently becoming your first real variant.

**nil channels in select** are a tool: a case on a nil channel never fires, so setting a finished input's channel to nil disables its case in a loop.`,
      workedExample: {
        language: 'go',
        before: `type Plan int

const (
    Enterprise Plan = iota // the zero value: every unset Plan is Enterprise
    Pro
    Free
)

type Account struct {
    ID   string \`json:"id"\`
    Plan Plan   \`json:"plan"\`
}

// json.Unmarshal of {"id":"a1"} yields Plan == Enterprise: full features for free`,
        after: `type Plan int

const (
    PlanUnknown Plan = iota // zero value means "not set"
    PlanFree
    PlanPro
    PlanEnterprise
)

func (p Plan) Valid() bool { return p > PlanUnknown && p <= PlanEnterprise }

type Account struct {
    ID   string \`json:"id"\`
    Plan Plan   \`json:"plan"\`
}

func (a Account) Validate() error {
    if !a.Plan.Valid() {
        return fmt.Errorf("account %s: missing or unknown plan %d", a.ID, a.Plan)
    }
    return nil
}`,
        note: 'Because the most privileged plan was the zero value, every record with a missing or unparsed plan field silently became Enterprise. Making 0 an explicit Unknown that fails validation turns the missing data into an error at the boundary instead of a billing leak.',
      },
      pitfalls: [
        'Putting a meaningful (or privileged) enum value at `iota` zero.',
        'Using `omitempty` on fields where an explicit `0` or `false` must be sent, such as PATCH bodies.',
        'Comparing `time.Time` with `==`, or expecting `omitempty` to drop a zero `time.Time`.',
      ],
      quiz: [
        {
          kind: 'predict-output',
          prompt: 'What does this print?',
          code: `package main

import (
    "encoding/json"
    "fmt"
)

type Update struct {
    Name     string \`json:"name,omitempty"\`
    Retries  int    \`json:"retries,omitempty"\`
    Disabled *bool  \`json:"disabled,omitempty"\`
}

func main() {
    off := false
    a, _ := json.Marshal(Update{Retries: 0})
    b, _ := json.Marshal(Update{Name: "w1", Disabled: &off})
    fmt.Println(string(a), string(b))
}`,
          answer: '{} {"name":"w1","disabled":false}',
          explanation:
            'omitempty drops the empty name, the zero Retries and the nil pointer, so a is an empty object: an explicit "set retries to 0" cannot be expressed. A non-nil pointer to false is not empty, so b carries "disabled":false.',
        },
        {
          kind: 'multiple-choice',
          prompt: 'A PATCH handler must distinguish `{"retries": 0}` (reset to zero) from `{}` (leave unchanged). Which field type makes that possible with encoding/json?',
          code: '',
          choices: ['`Retries int`', '`Retries int` with `omitempty`', '`Retries *int`', '`Retries uint`'],
          answerIndex: 2,
          explanation:
            'With a pointer, an absent key leaves the field nil while an explicit 0 allocates a pointer to 0. Any plain integer type decodes both requests to the same zero value, and omitempty only affects encoding.',
        },
      ],
    },
    hints: {
      nudge: 'What is the zero value of each field involved, and does the code treat it as a usable value, as "not set", or as something that must be created first?',
      concept:
        'Every Go variable starts at its zero value. Nil slices, zero mutexes and buffers are usable; nil maps, nil pointers and nil channels are not. Make zero values useful (lazy init, 0 meaning "default"), or provide a constructor, and use pointers or explicit Unknown values when "unset" must differ from zero.',
      analogousExample:
        'Similar: `type Server struct { Timeout time.Duration }` with a zero Timeout means "wait forever" in many APIs; treating 0 as a sensible default (`if s.Timeout == 0 { s.Timeout = 30 * time.Second }`) makes `Server{}` safe.',
      pseudoCode:
        'for each field of the type:\n    zero value usable?   (nil slice, sync.Mutex, bytes.Buffer) -> nothing to do\n    must be created?     (map, channel, pointer) -> create lazily in methods, or NewT()\n    0 ambiguous?         -> *T field, (v, ok), or an explicit Unknown constant at iota 0',
    },
  },
  {
    conceptId: 'go.generics',
    fundamentals: {
      title: 'Go generics: type parameters, constraints and inference',
      conceptId: 'go.generics',
      level: 'fundamentals',
      explanation: `Type parameters let one function or type work over many types while staying statically typed. They are declared in square brackets with a **constraint**, an interface that says what the type must support:

~~~go
type Number interface{ ~int | ~int64 | ~float64 }

func Sum[T Number](xs []T) T { ... }                // T must be one of Number's types
func Unique[T comparable](items []T) []T { ... }    // T must support ==
type Set[T comparable] map[T]struct{}
~~~

- \`any\` admits every type but allows only what every type supports: storing, passing, returning. \`comparable\` adds \`==\` and \`!=\` (needed for map keys). \`cmp.Ordered\` (Go 1.21; earlier \`golang.org/x/exp/constraints.Ordered\`) adds \`<\` and friends.
- A union such as \`int | int64\` lists exact types; \`~int\` means "any type whose underlying type is int", so \`type UserID int\` qualifies. Without the \`~\`, defined types are rejected.
- An operator is allowed only if every type in the constraint supports it: \`a > b\` with \`T any\` is "invalid operation: a > b (type parameter T cannot use operator >)" (Go 1.19 says "is not comparable with >").

Type arguments are usually **inferred** from the call's arguments: \`Unique(regions)\` needs no \`[string]\`. Inference never looks at how a result is used, so a type parameter that appears only in the result must be given explicitly: \`var n int = Zero()\` fails with "cannot infer T"; write \`Zero[int]()\`.

Until Go 1.27, methods could not declare their own type parameters ("method must have no type parameters"): a method could only use its receiver type's parameters, which is why helpers like \`slices.Index\` are package functions. Go 1.27 allows generic methods on concrete types, but interface methods still cannot be generic, and a generic method never satisfies an interface.

Reach for generics for containers and algorithms that are identical across element types. When behaviour differs per type, an ordinary interface (\`io.Reader\`, \`fmt.Stringer\`) is simpler.`,
      workedExample: {
        language: 'go',
        before: `func UniqueRegions(regions []string) []string {
    seen := make(map[string]struct{}, len(regions))
    var out []string
    for _, r := range regions {
        if _, ok := seen[r]; !ok {
            seen[r] = struct{}{}
            out = append(out, r)
        }
    }
    return out
}

func UniqueIDs(ids []int64) []int64 {
    seen := make(map[int64]struct{}, len(ids))
    var out []int64
    for _, id := range ids {
        if _, ok := seen[id]; !ok {
            seen[id] = struct{}{}
            out = append(out, id)
        }
    }
    return out
}`,
        after: `// Unique returns items without duplicates, keeping the first occurrence.
func Unique[T comparable](items []T) []T {
    seen := make(map[T]struct{}, len(items))
    var out []T
    for _, it := range items {
        if _, ok := seen[it]; !ok {
            seen[it] = struct{}{}
            out = append(out, it)
        }
    }
    return out
}

regions := Unique([]string{"eu", "us", "eu"}) // T inferred as string
ids := Unique(orderIDs)                       // T inferred as int64`,
        note: 'The two functions differed only in the element type, and a third copy (for tenant IDs) was about to be added. comparable is exactly what the map key needs. Callers write no type arguments, because T is inferred from the slice they pass.',
      },
      pitfalls: [
        'Constraining with `any` and then using `==`, `<` or `+` on the type parameter.',
        'Forgetting `~` in a union, which rejects defined types like `type Cents int64`.',
        'Making code generic where an interface parameter (`io.Writer`) would express the behaviour more simply.',
      ],
      quiz: [
        {
          kind: 'predict-output',
          prompt: 'What does this print?',
          code: `package main

import "fmt"

type Celsius float64

type Number interface {
    ~int | ~int64 | ~float64
}

func Sum[T Number](xs []T) T {
    var total T
    for _, x := range xs {
        total += x
    }
    return total
}

func main() {
    temps := []Celsius{20.5, 21, 19.5}
    fmt.Println(Sum(temps), Sum([]int{1, 2, 3}))
    fmt.Printf("%T\\n", Sum(temps))
}`,
          answer: '61 6\nmain.Celsius',
          explanation:
            'Celsius satisfies Number through ~float64, and T is inferred as Celsius, so the result keeps that type. 20.5 + 21 + 19.5 is 61, which %v prints without a decimal part.',
        },
        {
          kind: 'spot-the-bug',
          prompt: 'In a module whose go.mod says `go 1.22`, this does not compile. Which line?',
          code: `type Cache struct {
    items map[string]any
}

func (c *Cache) Get[T any](key string) (T, bool) {
    v, ok := c.items[key].(T)
    return v, ok
}`,
          bugLine: 5,
          answer: 'Below Go 1.27 a method cannot declare type parameters: use a function `func Get[T any](c *Cache, key string) (T, bool)`, make the type generic (`Cache[V any]`), or raise the go line to 1.27 or later.',
          explanation:
            'Older compilers report "method must have no type parameters"; with Go 1.27 toolchains and an older go line the error is "generic method requires go1.27 or later". The body itself is fine: a type assertion to T works.',
        },
      ],
    },
    advanced: {
      title: 'Generics in depth: comparable, type switches, inference rules, generic methods and cost',
      conceptId: 'go.generics',
      level: 'advanced',
      explanation: `**Constraints can combine methods and types.** \`interface{ ~string; Validate() error }\` admits string-based types that also have a \`Validate\` method. The standard library covers most needs: \`cmp.Ordered\`, \`cmp.Compare\` (Go 1.21), the \`slices\` and \`maps\` packages, and \`iter.Seq[V]\` (Go 1.23) for generic iterators.

**comparable and interfaces.** Since Go 1.20, interface types such as \`any\` satisfy \`comparable\`, so \`Set[any]\` compiles (Go 1.19 reports "any does not implement comparable"). The price: comparing two interfaces that hold uncomparable dynamic types, such as slices, panics at run time.

**Type switches need \`any(v)\`.** You cannot switch on a type parameter directly; convert first: \`switch x := any(v).(type)\`. Cases match exact types, so a \`type UserID int64\` does not match \`case int64\`, even though \`~int64\` in a constraint admits it.

**Inference rules.** Type arguments come from function arguments, and since Go 1.21 also from assigning an uninstantiated generic function to a typed function variable; Go 1.27 extends that to every assignment context, such as composite literals and conversions. They never come from how a call's result is used, so \`Zero[int]()\` stays necessary. Partial instantiation works left to right: \`Convert[int64](3.9)\` fixes \`To\` and infers \`From\`.

**Generic methods (Go 1.27).** With \`go 1.27\` or later in \`go.mod\`, a method may declare its own type parameters: \`func (c *Client) Decode[T any](r io.Reader) (T, error)\`. Older language versions report "generic method requires go1.27 or later". Interface methods still cannot be generic and generic methods never satisfy interfaces, so keep interface-facing methods non-generic.

**Cost.** Go compiles generics by GC shape with run-time dictionaries: all pointer types share one instantiation, and method calls through a constraint can be indirect and block inlining. Value-type code is usually as fast as hand-written code; pointer-heavy hot paths can be slower. Benchmark instead of assuming.`,
      workedExample: {
        language: 'go',
        before: `type Cache struct {
    mu    sync.Mutex
    items map[string]any
}

func (c *Cache) Get(key string) any {
    c.mu.Lock()
    defer c.mu.Unlock()
    return c.items[key]
}

// every caller asserts, and a wrongly typed Put panics far from its cause:
u := cache.Get("user:42").(*User)`,
        after: `type Cache[K comparable, V any] struct {
    mu    sync.Mutex
    items map[K]V
}

func NewCache[K comparable, V any]() *Cache[K, V] {
    return &Cache[K, V]{items: make(map[K]V)}
}

func (c *Cache[K, V]) Get(key K) (V, bool) {
    c.mu.Lock()
    defer c.mu.Unlock()
    v, ok := c.items[key]
    return v, ok
}

func (c *Cache[K, V]) Put(key K, v V) {
    c.mu.Lock()
    defer c.mu.Unlock()
    c.items[key] = v
}

users := NewCache[int64, *User]()
u, ok := users.Get(42) // u is *User; no assertion, no string keys`,
        note: 'The any-based cache moved type errors to run time: a Put of the wrong type surfaced later as a panic in an unrelated Get. The generic version checks keys and values at compile time, returns the zero value plus ok for misses, and its methods use the type\'s parameters, which has always been allowed.',
      },
      pitfalls: [
        'Switching on `any(v).(type)` and expecting `case int64` to match defined types with that underlying type.',
        'Using `Set[any]` or `comparable` constraints with interface values that may hold slices or maps (run-time panic on comparison).',
        'Assuming a generic method can implement an interface method, even on Go 1.27.',
        'Genericising hot pointer-heavy code for speed without a benchmark.',
      ],
      quiz: [
        {
          kind: 'multiple-choice',
          prompt: 'Given `func Zero[T any]() T { var z T; return z }`, which line compiles?',
          code: '',
          choices: ['`var n int = Zero()`', '`n := Zero[int]()`', '`n := Zero(int)`', '`var n = Zero[]()`'],
          answerIndex: 1,
          explanation:
            'T appears only in the result, and Go never infers type arguments from how a result is used, so the first line fails with "cannot infer T". Types are not values (third line), and an empty type argument list is a syntax error.',
        },
        {
          kind: 'predict-output',
          prompt: 'What does this print?',
          code: `package main

import (
    "fmt"
    "time"
)

type UserID int64

func Describe[T any](v T) string {
    switch x := any(v).(type) {
    case int64:
        return fmt.Sprintf("int64 %d", x)
    case fmt.Stringer:
        return "stringer " + x.String()
    default:
        return fmt.Sprintf("other %T", x)
    }
}

func main() {
    fmt.Println(Describe(int64(7)))
    fmt.Println(Describe(UserID(7)))
    fmt.Println(Describe(time.Second))
}`,
          answer: 'int64 7\nother main.UserID\nstringer 1s',
          explanation:
            'Type switch cases compare exact dynamic types, so UserID is not int64 here. time.Second is a time.Duration, which has a String method, so it matches the Stringer case.',
        },
      ],
    },
    hints: {
      nudge: 'What does the constraint on this type parameter actually permit, and can the compiler see the type argument from the call\'s arguments?',
      concept:
        'Type parameters take a constraint: `any` (no operators), `comparable` (== and map keys), `cmp.Ordered` (<), or a union with `~` for defined types. Arguments infer type parameters; results never do. Methods use their receiver\'s parameters; their own type parameters need Go 1.27 and never satisfy interfaces.',
      analogousExample:
        'Similar: `func Max[T any](a, b T) T { if a > b { return a }; return b }` fails because `any` has no `>`; `func Max[T cmp.Ordered](a, b T) T` compiles and accepts `type Cents int64` values too, since `cmp.Ordered` uses `~`.',
      pseudoCode:
        'func F[T Constraint](args ...T) R\n    need ==        -> comparable\n    need < >       -> cmp.Ordered (or a ~union)\n    need arithmetic-> interface{ ~int | ~int64 | ~float64 }\n    defined types  -> ~ in the union\nT only in the result? call F[Type]() explicitly',
    },
  },
  {
    conceptId: 'go.packages-modules',
    fundamentals: {
      title: 'Packages, modules and exported names: capital letters are the visibility rule',
      conceptId: 'go.packages-modules',
      level: 'fundamentals',
      explanation: `A **module** is a tree of Go packages with a \`go.mod\` file at its root; its \`module\` line (\`module example.com/shop\`) is the prefix of every import path inside it. A **package** is a directory: all \`.go\` files in \`billing/\` declare \`package billing\`, and other code imports it as \`example.com/shop/billing\`. Executables are \`package main\` with a \`func main()\`.

Visibility is decided by the **first letter of the name**, nothing else. \`TaxCents\`, \`Invoice\`, \`Invoice.Total\` and \`ErrNotFound\` are exported; \`taxCents\`, \`invoice\` and \`invoice.total\` are visible only inside their own package, in any of its files. Calling \`billing.taxCents(100)\` from \`main\` does not compile: "name taxCents not exported by package billing" (Go 1.19 and earlier print "taxCents not exported by package billing"). There are no \`public\`/\`private\` keywords and no per-file privacy.

The rule reaches further than people expect: packages that work by reflection, such as \`encoding/json\`, \`encoding/xml\` and most ORMs, can only see **exported fields**. A struct with lowercase fields marshals to \`{}\` and unmarshals into nothing, without any error.

The compiler is strict about hygiene:

- An unused import is an error, \`"os" imported and not used\`, and so is an unused local variable, \`declared and not used: total\`. Delete them, or use \`_\` for an import needed only for its side effects (\`import _ "github.com/lib/pq"\` registers a database driver).
- Import cycles are forbidden: if \`orders\` imports \`billing\`, \`billing\` cannot import \`orders\` ("import cycle not allowed").

Day to day: \`go get example.com/lib@v1.4.0\` adds or upgrades a dependency, \`go mod tidy\` adds what the code imports and drops what it no longer uses, and \`go.sum\` records checksums. Commit both files.`,
      workedExample: {
        language: 'go',
        before: `type order struct {
    id         string
    totalCents int
    items      []string
}

func (h *Handler) GetOrder(w http.ResponseWriter, r *http.Request) {
    o := order{id: "o-17", totalCents: 4250, items: []string{"tea"}}
    w.Header().Set("Content-Type", "application/json")
    json.NewEncoder(w).Encode(o) // writes {} : json cannot see lowercase fields
}`,
        after: `type order struct {
    ID         string   \`json:"id"\`
    TotalCents int      \`json:"total_cents"\`
    Items      []string \`json:"items"\`
}

func (h *Handler) GetOrder(w http.ResponseWriter, r *http.Request) {
    o := order{ID: "o-17", TotalCents: 4250, Items: []string{"tea"}}
    w.Header().Set("Content-Type", "application/json")
    if err := json.NewEncoder(w).Encode(o); err != nil {
        h.log.Error("encoding order", "id", o.ID, "err", err)
    }
}`,
        note: 'encoding/json lives in another package, so it can read only exported fields; the lowercase ones were silently skipped and every client got {}. The type itself may stay unexported; its fields must start with a capital letter, and the tags keep the JSON names in the API\'s usual snake_case.',
      },
      pitfalls: [
        'Lowercase struct fields on types that are marshalled, unmarshalled or scanned by another package.',
        'Trying to call lowercase functions or use lowercase types from another package.',
        'Import cycles from two packages that each need the other\'s types.',
      ],
      quiz: [
        {
          kind: 'predict-output',
          prompt: 'What does this print?',
          code: `package main

import (
    "encoding/json"
    "fmt"
)

type Invoice struct {
    ID     string \`json:"id"\`
    amount int
    Paid   bool
}

func main() {
    b, _ := json.Marshal(Invoice{ID: "inv-7", amount: 4200, Paid: true})
    fmt.Println(string(b))
}`,
          answer: '{"id":"inv-7","Paid":true}',
          explanation:
            'amount is unexported, so encoding/json skips it without an error. Paid has no tag, so its Go name is used as the key.',
        },
        {
          kind: 'multiple-choice',
          prompt: 'Package `billing` declares `func taxCents(total int) int`. What happens when package `main` in the same module calls `billing.taxCents(100)`?',
          code: '',
          choices: [
            'It works, because both packages are in the same module',
            'Compile error: the name is not exported by package billing',
            'It compiles but panics at run time',
            'It works if main imports billing with a dot import',
          ],
          answerIndex: 1,
          explanation:
            'Lowercase names are visible only inside their own package, whatever module or directory the caller is in; a dot import does not change visibility. Export it as TaxCents or keep the call inside billing.',
        },
      ],
    },
    advanced: {
      title: 'Package structure in depth: internal, cycles, module versions and initialisation',
      conceptId: 'go.packages-modules',
      level: 'advanced',
      explanation: `**internal/.** A package below an \`internal\` directory can be imported only by code rooted at that directory's parent: \`example.com/shop/internal/pricing\` is open to \`example.com/shop/cmd/api\` but not to another module ("use of internal package example.com/shop/internal/pricing not allowed"). Use it to share code between your packages without turning it into public API.

**Breaking import cycles.** A cycle usually means two packages each own half of a concept. Move the shared types into a lower package both import, or invert the dependency: let the consumer declare the small interface it needs (\`type Charger interface { Charge(ctx context.Context, orderID string, cents int64) error }\`) and let the other package satisfy it implicitly.

**Module versions.** From v2 on, the major version is part of the module path (\`module example.com/lib/v2\`, imported as \`example.com/lib/v2/...\`), so v1 and v2 can coexist in one build. The \`go\` line in \`go.mod\` sets the module's language version, which decides semantics such as per-iteration loop variables (1.22) or generic methods (1.27); since Go 1.21 it is also a minimum toolchain requirement, and a \`toolchain\` line can request a newer one. \`replace\` points a dependency at a local directory; \`go.work\` (Go 1.18) combines local modules without editing their \`go.mod\`.

**Initialisation order.** Imported packages are initialised first. Within a package, package-level variables are initialised in dependency order, then the \`init\` functions run in the order they appear (the go tool passes files sorted by name), all before \`main\`. Keep \`init\` cheap and free of I/O that can fail: it cannot return an error, so failures surface as panics before \`main\` can log anything.

**Naming.** The package name is part of every call: \`http.Server\`, not \`http.HTTPServer\`; avoid \`util\` and \`common\` catch-alls. External tests in \`package billing_test\` use only the exported API, which shows whether it is enough.`,
      workedExample: {
        language: 'go',
        before: `// package orders
import "example.com/shop/billing"

type Order struct {
    ID         string
    TotalCents int64
}

func Place(ctx context.Context, o Order) error {
    return billing.Charge(ctx, o)
}

// package billing
import "example.com/shop/orders" // import cycle not allowed

func Charge(ctx context.Context, o orders.Order) error { ... }`,
        after: `// package orders: no import of billing
type Charger interface {
    Charge(ctx context.Context, orderID string, amountCents int64) error
}

type Service struct{ charger Charger }

func NewService(c Charger) *Service { return &Service{charger: c} }

func (s *Service) Place(ctx context.Context, o Order) error {
    return s.charger.Charge(ctx, o.ID, o.TotalCents)
}

// package billing: no import of orders
func (c *Client) Charge(ctx context.Context, orderID string, amountCents int64) error { ... }

// package main wires them together
svc := orders.NewService(billing.NewClient(cfg))`,
        note: 'billing only needed an ID and an amount, not the whole Order type. orders now declares the one-method interface it depends on, billing.Client satisfies it implicitly, and main, which imports both, connects them. The dependency points one way, and orders can be tested with a fake Charger.',
      },
      pitfalls: [
        'Putting shared helpers in a public package when `internal/` would keep them out of the API.',
        'Resolving import cycles by merging packages or with a catch-all `common` package instead of a small consumer-side interface.',
        'Releasing a breaking v2 without changing the module path to `/v2`.',
        'Doing network or file I/O in `init`, where errors can only become panics.',
      ],
      quiz: [
        {
          kind: 'multiple-choice',
          prompt: 'Module `example.com/shop` contains `internal/pricing`. Which package may import `example.com/shop/internal/pricing`?',
          code: '',
          choices: [
            '`example.com/shop/cmd/api` only (and other packages under example.com/shop)',
            'Any package, as long as it is in the same GOPATH or workspace',
            '`example.com/other/tool`, if it adds a replace directive for the shop module',
            'Only packages inside `example.com/shop/internal/`',
          ],
          answerIndex: 0,
          explanation:
            'internal restricts importers to the tree rooted at internal\'s parent, here example.com/shop/... A different module is refused with "use of internal package ... not allowed", replace directive or not.',
        },
        {
          kind: 'predict-output',
          prompt: 'What does this print?',
          code: `package main

import "fmt"

var a = initA()

func initA() int {
    fmt.Println("var a")
    return 1
}

func init() {
    fmt.Println("init 1")
}

func init() {
    fmt.Println("init 2")
}

func main() {
    fmt.Println("main", a)
}`,
          answer: 'var a\ninit 1\ninit 2\nmain 1',
          explanation:
            'Package-level variables are initialised first, then every init function in source order (a package may have several), and only then main runs.',
        },
      ],
    },
    hints: {
      nudge: 'Does the name you are using start with a capital letter, and is the package you import it from reachable (declared import path, no cycle, not someone else\'s internal/)?',
      concept:
        'Capitalised identifiers are exported from a package; lowercase ones are package-private, which also hides struct fields from encoding/json and other reflection-based packages. Import paths are the module path plus the directory. Unused imports and variables are errors, and import cycles are forbidden.',
      analogousExample:
        'Similar: `type config struct { port int }` loaded with `yaml.Unmarshal` stays at port 0 with no error, because the YAML library cannot set an unexported field; exporting it as `Port` (with a `yaml:"port"` tag) fixes it.',
      pseudoCode:
        'needed outside the package?   Capitalise the name (function, type, field, method)\nmarshalled / scanned?          exported fields + tags\nunused import or variable?     remove it (or _ for side-effect imports)\npackages need each other?      shared types in a lower package, or a consumer-side interface',
    },
  },
  {
    conceptId: 'go.printf-verbs',
    fundamentals: {
      title: 'fmt verbs: matching each verb to its argument',
      conceptId: 'go.printf-verbs',
      level: 'fundamentals',
      explanation: `\`fmt.Printf\`, \`Sprintf\`, \`Errorf\` and \`log.Printf\` take a format string whose **verbs** are replaced by the following arguments, one verb per argument, in order. The ones you need daily:

- \`%v\` any value in its default format; \`%+v\` adds struct field names, \`%#v\` prints Go syntax.
- \`%d\` integers; \`%f\`, \`%.2f\`, \`%8.2f\` floats with precision and width; \`%t\` bools; \`%x\` hex.
- \`%s\` strings, \`[]byte\`, and anything with a \`String()\` or \`Error()\` method; \`%q\` a quoted, escaped string, good for logging user input.
- \`%T\` the value's type, \`%p\` a pointer, \`%%\` a literal percent sign.
- \`%w\` wraps an error, and only in \`fmt.Errorf\`.

A mismatch does not stop the program; \`fmt\` writes a marker into the output instead: \`%!d(string=abc)\` for the wrong kind, \`%!d(MISSING)\` for too few arguments, \`%!(EXTRA int=2)\` for too many. These end up in logs and user-facing messages, so catch them early: \`go vet\` (which \`go test\` also runs) checks every call whose format string it can see, with messages such as "fmt.Printf format %d has arg name of wrong type string" and "log.Printf format %d reads arg #2, but call has 1 arg".

Two related slips: \`fmt.Println("rows: %d", n)\` prints the verb literally (vet: "fmt.Println call has possible Printf formatting directive %d"), and \`fmt.Printf(userInput)\` treats any \`%\` in the input as a verb. Write \`fmt.Print(userInput)\` or \`fmt.Printf("%s", userInput)\`; since Go 1.24, vet reports "non-constant format string in call to fmt.Printf" for that pattern.

\`%v\` and \`%s\` use a type's \`String() string\` method when it has one (and \`Error()\` for errors), so implementing \`fmt.Stringer\` controls how your values appear wherever they are printed or logged.`,
      workedExample: {
        language: 'go',
        before: `func logExport(user string, rows int, took time.Duration) {
    log.Printf("export by %d: %s rows in %d", user, rows, took)
}

// logs: export by %!d(string=ann): %!s(int=1200) rows in 1500000000
// vet:  log.Printf format %d has arg user of wrong type string`,
        after: `func logExport(user string, rows int, took time.Duration) {
    log.Printf("export by %q: %d rows in %s", user, rows, took)
}

// logs: export by "ann": 1200 rows in 1.5s`,
        note: 'Each verb now matches its argument: %q quotes the user name (so empty or odd names stay visible), %d takes the int, and %s uses time.Duration\'s String method. %d on a Duration was not flagged as wrong, because a Duration is an int64, but it printed nanoseconds.',
      },
      pitfalls: [
        'Verbs that do not match their arguments in kind or count, which print `%!` markers instead of failing.',
        'Using `Println`/`Print` with a format string, or `Printf` with a non-constant format built from input.',
        'Printing durations, times or custom types with `%d` instead of letting their `String` method format them.',
      ],
      quiz: [
        {
          kind: 'predict-output',
          prompt: 'This compiles (go vet complains). What does it print?',
          code: `package main

import "fmt"

type Order struct {
    ID    string
    Total int
}

func main() {
    o := Order{ID: "A-1", Total: 1250}
    fmt.Printf("%v|%+v|%q|%d|%s\\n", o, o, o.ID, o.Total, o.Total)
}`,
          answer: '{A-1 1250}|{ID:A-1 Total:1250}|"A-1"|1250|%!s(int=1250)',
          explanation:
            '%v prints the field values, %+v adds their names, %q quotes the string. %s has no meaning for an int, so fmt prints the %!s(int=1250) marker; vet reports "format %s has arg o.Total of wrong type int".',
        },
        {
          kind: 'spot-the-bug',
          prompt: 'The audit log shows "user ann exported %!d(MISSING) rows". Which line?',
          code: `func report(user string, rows int) {
    log.Printf("user %s exported %d rows", user)
    metrics.Add("export.rows", rows)
}`,
          bugLine: 2,
          answer: 'Pass the missing argument: `log.Printf("user %s exported %d rows", user, rows)`.',
          explanation:
            'Two verbs, one argument. fmt fills the second verb with %!d(MISSING) instead of failing, and vet reports "log.Printf format %d reads arg #2, but call has 1 arg".',
        },
      ],
    },
    advanced: {
      title: 'Formatting in depth: %w chains, String receivers, recursion, indexes and printf wrappers',
      conceptId: 'go.printf-verbs',
      level: 'advanced',
      explanation: `**%w and error chains.** Only \`fmt.Errorf\` understands \`%w\`: it wraps the operand so \`errors.Is\`/\`errors.As\` can find it, and since Go 1.20 several \`%w\` verbs in one call wrap several errors. Elsewhere \`%w\` prints \`%!w(...)\`, and vet reports "fmt.Printf does not support error-wrapping directive %w". \`%v\` in \`Errorf\` keeps the text but breaks the chain.

**String methods and receivers.** \`fmt\` uses \`String()\` only if the value it receives has it in its method set. With \`func (m *Money) String()\`, printing a \`Money\` value shows the raw fields \`{1999 EUR}\`; only \`&m\` uses the method. Give \`String\` a value receiver unless the type must never be copied.

**Recursion.** Inside \`String()\`, \`fmt.Sprintf("%v", m)\` calls \`String()\` again until the stack overflows; vet warns "fmt.Sprintf format %v with arg m causes recursive ... String method call". Format the fields, or convert to a method-less type first: \`type plain Money\`, then \`fmt.Sprintf("%v", plain(m))\`.

**Precise output.** \`%[1]T\` and \`%[2]d\` pick arguments explicitly, and later verbs continue from there; \`%*d\` takes the width from an argument; \`%-10s\` left-aligns; \`%05d\` zero-pads; \`% x\` spaces hex bytes; \`%q\` on a rune prints \`'x'\`. \`%v\` prints \`<nil>\` for nil pointers, \`[]\` for nil slices and \`map[]\` for nil maps.

**Your own printf-style functions.** vet infers wrappers: a function that takes \`format string, args ...any\` and forwards both to \`fmt.Sprintf\` (or another wrapper) is checked at every call site like \`Printf\`. End such names with \`f\` (\`Warnf\`) so readers know too.

**Cost.** \`fmt\` relies on reflection and allocates; in hot paths \`strconv.AppendInt\`, \`strconv.Quote\` or a \`strings.Builder\` are much cheaper. For logs, \`log/slog\` (Go 1.21) records typed key-value attributes instead of interpolating a string, which leaves no verbs to mismatch.`,
      workedExample: {
        language: 'go',
        before: `type Money struct {
    Cents    int64
    Currency string
}

func (m *Money) String() string {
    return fmt.Sprintf("%d.%02d %s", m.Cents/100, m.Cents%100, m.Currency)
}

price := Money{Cents: 1999, Currency: "EUR"}
fmt.Printf("total: %v\\n", price)  // total: {1999 EUR}
log.Printf("charged %s", price)    // charged {%!s(int64=1999) EUR}`,
        after: `type Money struct {
    Cents    int64
    Currency string
}

func (m Money) String() string {
    return fmt.Sprintf("%d.%02d %s", m.Cents/100, m.Cents%100, m.Currency)
}

price := Money{Cents: 1999, Currency: "EUR"}
fmt.Printf("total: %v\\n", price)  // total: 19.99 EUR
log.Printf("charged %s", price)    // charged 19.99 EUR`,
        note: 'A Money value does not have the pointer-receiver String method in its method set, so fmt fell back to printing the struct, and %s applied to each field. With a value receiver both Money and *Money format through String, wherever they are printed.',
      },
      pitfalls: [
        'Using `%v` or `%s` instead of `%w` in `fmt.Errorf` when callers need `errors.Is`/`errors.As`.',
        'Declaring `String()` on a pointer receiver and printing values.',
        'Calling `Sprintf("%v", x)` on the receiver inside its own `String` method.',
        'Heavy `fmt.Sprintf` use in hot loops where `strconv` or a builder would avoid allocations.',
      ],
      quiz: [
        {
          kind: 'predict-output',
          prompt: 'What does this print?',
          code: `package main

import "fmt"

func main() {
    fmt.Printf("%6.2f|%-5s|%05d|%x|%[1]T\\n", 3.14159, "ok", 42, "hi")
}`,
          answer: '  3.14|ok   |00042|6869|float64',
          explanation:
            '%6.2f pads 3.14 to six characters, %-5s left-aligns "ok" in five, %05d zero-pads to five digits, %x prints the bytes of "hi" in hex, and %[1]T reuses the first argument to print its type.',
        },
        {
          kind: 'multiple-choice',
          prompt: 'Which call returns an error for which `errors.Is(err, ErrTimeout)` is true?',
          code: '',
          choices: [
            '`fmt.Errorf("fetch: %v", ErrTimeout)`',
            '`fmt.Errorf("fetch: %s", ErrTimeout.Error())`',
            '`fmt.Errorf("fetch %s: %w", url, ErrTimeout)`',
            '`errors.New("fetch: " + ErrTimeout.Error())`',
          ],
          answerIndex: 2,
          explanation:
            'Only %w makes Errorf return an error whose Unwrap yields ErrTimeout. The other three produce the same text but a new, unrelated error value.',
        },
      ],
    },
    hints: {
      nudge: 'Count the verbs and the arguments on that line, and check each verb against the type of the argument it consumes.',
      concept:
        'Each verb consumes one argument and must fit its kind: `%d` integers, `%s` strings and Stringers, `%v` anything, `%q` quoted strings, `%w` errors in `fmt.Errorf` only. Mismatches print `%!` markers rather than failing, so rely on `go vet`\'s printf check.',
      analogousExample:
        'Similar: `fmt.Errorf("user %d not found", userID)` where `userID` is a string yields "user %!d(string=u-42) not found"; `%s` or `%q` fixes the message, and vet flags the original.',
      pseudoCode:
        'for each verb in the format string, left to right:\n    take the next argument (or [n] if indexed)\n    integer -> %d   string / Stringer / error -> %s or %q   anything -> %v\nwrapping an error in Errorf -> %w\nno verbs?  fmt.Print / Println, never Printf(variable)\nrun go vet ./...',
    },
  },
];
