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
];
