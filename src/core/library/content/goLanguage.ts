import type { LibraryEntry } from '../libraryEntry';

/**
 * Offline library entries for Go (error values, goroutines, channels, interfaces, defer); the library registry serves
 * them when no LLM is available.
 */
export const goLanguageEntries: readonly LibraryEntry[] = [
  {
    conceptId: 'go.error-values',
    fundamentals: {
      title: 'Errors are values: check, wrap, return',
      conceptId: 'go.error-values',
      level: 'fundamentals',
      explanation: `Go functions that can fail return an \`error\` as their last result, and the caller checks it immediately. There are no exceptions for ordinary failures; \`panic\` is for programming bugs.

~~~go
cfg, err := loadConfig(path)
if err != nil {
    return fmt.Errorf("starting server: %w", err)
}
~~~

Three habits cover most code:

- **Check every error** right after the call. Assigning it to \`_\` or ignoring it (\`f.Close()\` without looking) is how corrupted files and silent data loss happen; linters like \`errcheck\` flag it.
- **Add context while returning.** \`fmt.Errorf("reading %s: %w", path, err)\` wraps the original so the final message reads like a trail: \`starting server: reading app.yaml: open app.yaml: no such file or directory\`.
- **Inspect with errors.Is and errors.As**, never by comparing strings. \`errors.Is(err, fs.ErrNotExist)\` sees through any number of \`%w\` wraps; \`errors.As(err, &pathErr)\` extracts a typed error.

Return zero values alongside a non-nil error, and don't use a result when \`err != nil\`. Handle an error exactly once: either log it or return it, not both, or the same failure shows up in the logs at every level.

Use \`%w\` only for errors callers may inspect; \`%v\` formats the message without making the cause part of your API.`,
      workedExample: {
        language: 'go',
        before: `func loadUsers(path string) []User {
    data, _ := os.ReadFile(path)
    var users []User
    json.Unmarshal(data, &users)
    return users
}`,
        after: `func loadUsers(path string) ([]User, error) {
    data, err := os.ReadFile(path)
    if err != nil {
        return nil, fmt.Errorf("loading users: %w", err)
    }
    var users []User
    if err := json.Unmarshal(data, &users); err != nil {
        return nil, fmt.Errorf("parsing users from %s: %w", path, err)
    }
    return users, nil
}`,
        note: 'A missing file or malformed JSON used to produce an empty user list and no signal. Returning wrapped errors lets the caller decide (for example errors.Is(err, fs.ErrNotExist) means "first run") and the message says what failed.',
      },
      pitfalls: [
        'Discarding errors with `_` or by not assigning them.',
        'Comparing `err.Error()` strings instead of using `errors.Is`/`errors.As`.',
        'Logging an error and also returning it, so it is reported several times.',
      ],
      quiz: [
        {
          kind: 'predict-output',
          prompt: 'What does this print?',
          code: `package main

import (
    "errors"
    "fmt"
    "io/fs"
)

func main() {
    base := fmt.Errorf("open config: %w", fs.ErrNotExist)
    wrapped := fmt.Errorf("startup: %w", base)
    flat := fmt.Errorf("startup: %v", base)
    fmt.Println(errors.Is(wrapped, fs.ErrNotExist), errors.Is(flat, fs.ErrNotExist))
}`,
          answer: 'true false',
          explanation:
            '%w keeps the chain, so errors.Is finds fs.ErrNotExist through two wraps. %v only copies the text, which breaks the chain.',
        },
        {
          kind: 'spot-the-bug',
          prompt: 'Which line can lose data written to the file without any error being reported?',
          code: `func save(path string, data []byte) error {
    f, err := os.Create(path)
    if err != nil {
        return err
    }
    defer f.Close()
    _, err = f.Write(data)
    return err
}`,
          bugLine: 6,
          answer: 'Check the error from Close, which is where delayed write errors surface: close explicitly and return its error (e.g. `if err := f.Close(); err != nil { return err }`), keeping a deferred close only for the error paths.',
          explanation:
            'Writes to a file may be buffered by the OS; a failure (disk full, NFS) can be reported only by Close. The deferred call discards that error, so save returns nil.',
        },
      ],
    },
    advanced: {
      title: 'Error design in Go: sentinels, types, joins and wrapping as API',
      conceptId: 'go.error-values',
      level: 'advanced',
      explanation: `**Sentinel errors** (\`var ErrNotFound = errors.New("not found")\`) are for conditions callers branch on. Export them deliberately: once callers use \`errors.Is(err, store.ErrNotFound)\`, it is API.

**Error types** carry data: \`type ValidationError struct{ Field string }\` with an \`Error()\` method, extracted with \`errors.As\`:

~~~go
var ve *ValidationError
if errors.As(err, &ve) {
    http.Error(w, "invalid "+ve.Field, http.StatusBadRequest)
    return
}
~~~

Implement \`Is(target error) bool\` or \`Unwrap() error\` on your types when they wrap or are equivalent to something else.

**Multiple errors.** \`errors.Join(errs...)\` (Go 1.20) combines errors; \`errors.Is\` matches any of them, and \`fmt.Errorf\` accepts several \`%w\` verbs.

**The nil interface trap.** Returning a typed nil pointer as \`error\` produces a non-nil interface:

~~~go
func validate() error {
    var ve *ValidationError // nil pointer
    return ve               // err != nil is true!
}
~~~

Return a literal \`nil\` on success.

**Wrapping is a decision.** \`%w\` exposes the underlying error to callers and couples them to your dependencies (a \`*pq.Error\` leaking through your repository). At package boundaries, translate into your own sentinel or type, and use \`%v\` for the detail.

**panic** is for invariants; recover only at goroutine or request boundaries, and convert to an error there.`,
      workedExample: {
        language: 'go',
        before: `func (r *Repo) Find(ctx context.Context, id int64) (*Order, error) {
    var o Order
    err := r.db.QueryRowContext(ctx, q, id).Scan(&o.ID, &o.Total)
    if err != nil {
        return nil, err // callers must know about sql.ErrNoRows
    }
    return &o, nil
}`,
        after: `var ErrOrderNotFound = errors.New("order not found")

func (r *Repo) Find(ctx context.Context, id int64) (*Order, error) {
    var o Order
    err := r.db.QueryRowContext(ctx, q, id).Scan(&o.ID, &o.Total)
    if errors.Is(err, sql.ErrNoRows) {
        return nil, fmt.Errorf("order %d: %w", id, ErrOrderNotFound)
    }
    if err != nil {
        return nil, fmt.Errorf("querying order %d: %v", id, err)
    }
    return &o, nil
}`,
        note: 'Callers now branch on the repository\'s own ErrOrderNotFound instead of a database/sql detail, so swapping storage does not break them. Other database errors keep their message (%v) without becoming part of the API.',
      },
      pitfalls: [
        'Returning a nil pointer of a concrete error type through the `error` interface.',
        'Wrapping third-party errors with `%w` across package boundaries and turning them into your API.',
        'Using `errors.As` with a non-pointer target (it panics).',
      ],
      quiz: [
        {
          kind: 'predict-output',
          prompt: 'What does this print?',
          code: `package main

import "fmt"

type QuotaError struct{ Limit int }

func (e *QuotaError) Error() string { return fmt.Sprintf("quota %d exceeded", e.Limit) }

func check(used int) error {
    var qe *QuotaError
    if used > 10 {
        qe = &QuotaError{Limit: 10}
    }
    return qe
}

func main() {
    fmt.Println(check(3) == nil, check(20) == nil)
}`,
          answer: 'false false',
          explanation:
            'check(3) returns an error interface holding a nil *QuotaError, which is not equal to a nil interface. Return a literal nil on the success path.',
        },
        {
          kind: 'multiple-choice',
          prompt: 'Which call correctly extracts a `*fs.PathError` from a wrapped error `err`?',
          code: '',
          choices: [
            'pe, ok := err.(*fs.PathError)',
            'var pe *fs.PathError; ok := errors.As(err, &pe)',
            'var pe fs.PathError; ok := errors.Is(err, pe)',
            'ok := strings.Contains(err.Error(), "path")',
          ],
          answerIndex: 1,
          explanation:
            'errors.As walks the wrap chain and assigns the first matching error to the pointer target. A type assertion only checks the outermost error; errors.Is compares identity, not type.',
        },
      ],
    },
    hints: {
      nudge: 'Which call on that line returns an error, and what happens to that error afterwards?',
      concept:
        'In Go, errors are returned values: check `if err != nil` immediately, return it with context using `fmt.Errorf("doing X: %w", err)`, and inspect it with `errors.Is` / `errors.As`. Handle each error once, by returning it or by logging and recovering.',
      analogousExample:
        'Similar: `n, _ := strconv.Atoi(r.URL.Query().Get("limit"))` turns `limit=abc` into 0. Checking the error and responding `400 invalid limit "abc"` tells the client what went wrong instead of silently returning nothing.',
      pseudoCode:
        'result, err := operation(args)\nif err != nil {\n    return zero values, fmt.Errorf("what this function was doing: %w", err)\n}\nuse result',
    },
  },
  {
    conceptId: 'go.goroutines',
    fundamentals: {
      title: 'Goroutines: starting concurrent work and waiting for it',
      conceptId: 'go.goroutines',
      level: 'fundamentals',
      explanation: `\`go f(x)\` starts \`f\` in a new goroutine and returns immediately. Goroutines are cheap (a few KB of stack), but each one you start needs an answer to two questions: **how does it stop**, and **who waits for it**?

When \`main\` returns, the program exits without waiting for other goroutines. Use a \`sync.WaitGroup\` (or \`errgroup.Group\`) to wait:

~~~go
var wg sync.WaitGroup
for _, url := range urls {
    wg.Add(1)
    go func() {
        defer wg.Done()
        fetch(url)
    }()
}
wg.Wait()
~~~

Since Go 1.22 each loop iteration has its own \`url\` variable, so capturing it in the closure is safe; in older code you will see \`url := url\` or passing it as an argument.

Goroutines share memory. Two goroutines writing the same map or variable without synchronisation is a **data race**: results are undefined, and concurrent map writes crash the program with "fatal error: concurrent map writes". Protect shared state with a \`sync.Mutex\`, or give each goroutine its own result slot and combine after \`Wait\`. Run tests with \`go test -race\` to detect races.

For work that can fail, \`golang.org/x/sync/errgroup\` combines waiting with returning the first error and cancelling the rest through a context.`,
      workedExample: {
        language: 'go',
        before: `func sizes(paths []string) map[string]int64 {
    result := map[string]int64{}
    for _, p := range paths {
        go func() {
            info, _ := os.Stat(p)
            result[p] = info.Size()
        }()
    }
    return result // returns before any goroutine finishes
}`,
        after: `func sizes(paths []string) (map[string]int64, error) {
    result := make(map[string]int64, len(paths))
    var mu sync.Mutex
    var g errgroup.Group
    for _, p := range paths {
        g.Go(func() error {
            info, err := os.Stat(p)
            if err != nil {
                return err
            }
            mu.Lock()
            result[p] = info.Size()
            mu.Unlock()
            return nil
        })
    }
    return result, g.Wait()
}`,
        note: 'The original returned before the goroutines ran, wrote the map concurrently (a crash waiting to happen) and dereferenced a nil info on errors. errgroup waits and reports the first error; the mutex serialises map writes.',
      },
      pitfalls: [
        'Starting goroutines nobody waits for, so work is lost when the caller or program returns.',
        'Writing shared maps or variables from several goroutines without a mutex.',
        'Calling `wg.Add` inside the goroutine instead of before starting it, racing with `Wait`.',
      ],
      quiz: [
        {
          kind: 'spot-the-bug',
          prompt: 'Sometimes this returns before all goroutines have counted. Which line is wrong?',
          code: `var wg sync.WaitGroup
var mu sync.Mutex
total := 0
for _, n := range []int{1, 2, 3} {
    go func() {
        wg.Add(1)
        defer wg.Done()
        mu.Lock()
        total += n
        mu.Unlock()
    }()
}
wg.Wait()`,
          bugLine: 6,
          answer: 'Call `wg.Add(1)` in the loop before the `go` statement (or `wg.Add(3)` before the loop).',
          explanation:
            'If Wait runs before any goroutine has called Add, the counter is still zero and Wait returns immediately. Add must happen-before Wait.',
        },
        {
          kind: 'multiple-choice',
          prompt: 'What does `go test -race` report for code where two goroutines increment a shared `int` without a lock?',
          code: '',
          choices: [
            'Nothing: int increments are atomic in Go',
            'A data race warning with the stacks of both accesses',
            'A compile error',
            'A deadlock',
          ],
          answerIndex: 1,
          explanation:
            'x++ is a read-modify-write and not atomic. The race detector reports the conflicting accesses with both stack traces. Use sync/atomic or a mutex.',
        },
      ],
    },
    advanced: {
      title: 'Goroutine lifetimes: leaks, cancellation and bounded concurrency',
      conceptId: 'go.goroutines',
      level: 'advanced',
      explanation: `**Leaks.** A goroutine blocked forever on a channel send or receive is never collected. The classic leak: a worker sends its result on an unbuffered channel, but the caller already returned after a timeout, so nobody receives.

~~~go
ch := make(chan result, 1) // buffer 1: the send never blocks
go func() { ch <- compute() }()
select {
case r := <-ch: return r, nil
case <-ctx.Done(): return result{}, ctx.Err()
}
~~~

**Cancellation** is cooperative: pass a \`context.Context\` and have long-running goroutines \`select\` on \`ctx.Done()\` in their loops. Nothing stops a goroutine from the outside.

**Bounding concurrency.** Starting one goroutine per item for 100,000 items exhausts file descriptors or downstream rate limits. \`errgroup.Group.SetLimit(n)\` blocks \`Go\` once \`n\` are running; a buffered channel used as a semaphore does the same by hand.

**Panics** in a goroutine crash the whole process; \`recover\` only works in the same goroutine. Servers wrap background work with a deferred recover that logs and reports.

**Ownership.** The function that starts a goroutine should be responsible for stopping it, and should not return until it is done (or hand the responsibility to something with a \`Close\`/\`Shutdown\` method). Tests can assert the absence of leaks with \`go.uber.org/goleak\`.

**GOMAXPROCS** controls parallelism, not the number of goroutines; CPU-bound fan-out beyond the core count only adds scheduling overhead.`,
      workedExample: {
        language: 'go',
        before: `func thumbnails(ctx context.Context, ids []string) error {
    var g errgroup.Group
    for _, id := range ids { // 50,000 ids: 50,000 concurrent downloads
        g.Go(func() error { return makeThumb(id) })
    }
    return g.Wait()
}`,
        after: `func thumbnails(ctx context.Context, ids []string) error {
    g, ctx := errgroup.WithContext(ctx)
    g.SetLimit(8)
    for _, id := range ids {
        g.Go(func() error { return makeThumb(ctx, id) })
    }
    return g.Wait()
}`,
        note: 'The limit keeps at most 8 downloads in flight, and WithContext cancels the remaining work (through ctx passed to makeThumb) as soon as one fails or the caller gives up.',
      },
      pitfalls: [
        'Unbuffered result channels that nobody reads after a timeout: the sender leaks.',
        'Background goroutines without a context or stop channel, impossible to shut down cleanly.',
        'Unbounded fan-out over large inputs.',
      ],
      quiz: [
        {
          kind: 'spot-the-bug',
          prompt: 'Every timed-out call leaks one goroutine. Which line should change?',
          code: `func withTimeout(d time.Duration) (int, error) {
    ch := make(chan int)
    go func() { ch <- slowQuery() }()
    select {
    case v := <-ch:
        return v, nil
    case <-time.After(d):
        return 0, errors.New("timeout")
    }
}`,
          bugLine: 2,
          answer: 'Make the channel buffered: `ch := make(chan int, 1)`, so the goroutine can complete its send and exit even if nobody receives. Better still, pass a context so slowQuery stops early.',
          explanation:
            'After a timeout nobody receives from the unbuffered channel, so the goroutine blocks on its send forever.',
        },
        {
          kind: 'multiple-choice',
          prompt: 'A goroutine started by an HTTP handler panics. What happens?',
          code: '',
          choices: [
            'net/http recovers it and returns 500',
            'The whole process crashes unless that goroutine itself recovers',
            'Only that goroutine stops',
            'The panic propagates to the handler goroutine',
          ],
          answerIndex: 1,
          explanation:
            'net/http recovers panics only in the handler goroutine. A panic in any other goroutine without its own deferred recover terminates the program.',
        },
      ],
    },
    hints: {
      nudge: 'For the goroutine started here: who waits for it to finish, and how does it stop if the caller gives up?',
      concept:
        'Every goroutine needs an owner that waits for it (`sync.WaitGroup`, `errgroup`) and a way to stop (`context.Context`). Shared memory needs synchronisation; `go test -race` finds the places that lack it.',
      analogousExample:
        'Similar: sending emails with `for _, u := range users { go send(u) }` in a handler loses emails when the process exits and overwhelms the SMTP server. An `errgroup` with `SetLimit(5)` and `Wait()` sends them all, a few at a time, and reports failures.',
      pseudoCode:
        'g, ctx := errgroup.WithContext(ctx)\ng.SetLimit(n)                 // bound concurrency\nfor each item:\n    g.Go(func() error { return work(ctx, item) })\nerr := g.Wait()               // wait, get the first error\nshared results: mutex, or one slot per item',
    },
  },
];
