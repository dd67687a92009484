import type { LibraryEntry } from '../libraryEntry';

/**
 * Offline library entries for Go (the general fallback entry, error values, goroutines, channels, interfaces, defer); the
 * library registry serves them when no LLM is available.
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
  {
    conceptId: 'go.channels',
    fundamentals: {
      title: 'Channels: passing values between goroutines',
      conceptId: 'go.channels',
      level: 'fundamentals',
      explanation: `A channel is a typed conduit between goroutines. A send on an **unbuffered** channel blocks until a receiver takes the value, so it also synchronises the two goroutines. A **buffered** channel (\`make(chan T, n)\`) blocks the sender only when the buffer is full.

~~~go
jobs := make(chan Job)
results := make(chan Result)

go func() {
    defer close(jobs)           // the sender closes
    for _, j := range pending { jobs <- j }
}()

for j := range jobs { ... }     // loop ends when jobs is closed and drained
~~~

Rules worth memorising:

- Only the **sender** closes a channel, and only when no more sends will happen. Sending on a closed channel panics; closing twice panics.
- Receiving from a closed channel returns the zero value immediately; \`v, ok := <-ch\` tells you (\`ok == false\`) that it is closed.
- Operations on a \`nil\` channel block forever.
- \`select\` waits on several channel operations and runs one that is ready; a \`default\` case makes it non-blocking.

"fatal error: all goroutines are asleep - deadlock!" means every goroutine is blocked on a channel (or lock), typically a send nobody receives or a \`range\` over a channel nobody closes.

Use channels to hand over ownership of data or to signal events; for protecting a shared counter or map, a mutex is simpler.`,
      workedExample: {
        language: 'go',
        before: `func collect(urls []string) []int {
    codes := make(chan int)
    for _, u := range urls {
        go func(u string) { codes <- status(u) }(u)
    }
    var out []int
    for c := range codes { // never ends: nobody closes codes
        out = append(out, c)
    }
    return out
}`,
        after: `func collect(urls []string) []int {
    codes := make(chan int)
    var wg sync.WaitGroup
    for _, u := range urls {
        wg.Add(1)
        go func(u string) { defer wg.Done(); codes <- status(u) }(u)
    }
    go func() { wg.Wait(); close(codes) }()
    var out []int
    for c := range codes {
        out = append(out, c)
    }
    return out
}`,
        note: 'range over a channel stops only when the channel is closed. With several senders, none of them can close it safely, so a separate goroutine waits for all senders and then closes it.',
      },
      pitfalls: [
        'Ranging over a channel that is never closed (deadlock, or a leaked goroutine).',
        'Closing a channel from the receiver side, or from one of several senders, and panicking on the next send.',
        'Forgetting that a receive from a closed channel succeeds with the zero value.',
      ],
      quiz: [
        {
          kind: 'predict-output',
          prompt: 'What does this print?',
          code: `package main

import "fmt"

func main() {
    ch := make(chan int, 2)
    ch <- 1
    ch <- 2
    close(ch)
    a := <-ch
    b, ok1 := <-ch
    c, ok2 := <-ch
    fmt.Println(a, b, ok1, c, ok2)
}`,
          answer: '1 2 true 0 false',
          explanation:
            'Buffered values are still delivered after close. Once drained, receives return the zero value with ok == false.',
        },
        {
          kind: 'multiple-choice',
          prompt: 'What happens when this runs?',
          code: `func main() {
    ch := make(chan string)
    ch <- "hello"
    fmt.Println(<-ch)
}`,
          choices: ['Prints hello', 'Prints an empty line', 'fatal error: all goroutines are asleep - deadlock!', 'Compile error'],
          answerIndex: 2,
          explanation:
            'A send on an unbuffered channel waits for a receiver, but the only goroutine is the sender itself, so it blocks forever and the runtime reports a deadlock. Receive in another goroutine or buffer the channel.',
        },
      ],
    },
    advanced: {
      title: 'Channel patterns: pipelines, cancellation and nil channels in select',
      conceptId: 'go.channels',
      level: 'advanced',
      explanation: `**Pipelines with cancellation.** Each stage receives from an input, sends to an output it owns and closes, and also selects on \`ctx.Done()\` so that a consumer that stops reading does not leave the stage blocked on a send forever:

~~~go
func square(ctx context.Context, in <-chan int) <-chan int {
    out := make(chan int)
    go func() {
        defer close(out)
        for n := range in {
            select {
            case out <- n * n:
            case <-ctx.Done():
                return
            }
        }
    }()
    return out
}
~~~

**Directional types** (\`<-chan T\` receive-only, \`chan<- T\` send-only) document ownership and let the compiler reject a consumer that tries to close or send.

**nil channels disable select cases.** When merging two inputs, set a channel variable to \`nil\` after it closes; its case then never fires, and the loop ends when both are \`nil\`.

**time.After in loops** allocates a timer per iteration (collected once it fires since Go 1.23, but still wasteful); reuse a \`time.Timer\` or use a context deadline.

**Buffer sizes are not a fix for deadlocks.** A buffer of 1 is useful for "send once, maybe nobody reads" results; larger buffers smooth bursts but only delay a missing receiver.

**Signalling.** \`chan struct{}\` closed once is a broadcast to any number of receivers; that is how \`ctx.Done()\` works.`,
      workedExample: {
        language: 'go',
        before: `func merge(a, b <-chan Event) <-chan Event {
    out := make(chan Event)
    go func() {
        for {
            select {
            case e := <-a: out <- e // after a closes: endless zero Events
            case e := <-b: out <- e
            }
        }
    }()
    return out
}`,
        after: `func merge(a, b <-chan Event) <-chan Event {
    out := make(chan Event)
    go func() {
        defer close(out)
        for a != nil || b != nil {
            select {
            case e, ok := <-a:
                if !ok { a = nil; continue }
                out <- e
            case e, ok := <-b:
                if !ok { b = nil; continue }
                out <- e
            }
        }
    }()
    return out
}`,
        note: 'A closed channel is always ready in select, so the original spun forwarding zero values forever and never closed out. Setting a closed input to nil disables its case; out is closed when both inputs are done.',
      },
      pitfalls: [
        'Pipeline stages that send without also selecting on cancellation, leaking when the consumer stops early.',
        'Selecting on a closed channel in a loop without checking `ok`: it is always ready.',
        'Increasing buffer sizes to "fix" a deadlock instead of finding the missing receiver or close.',
      ],
      quiz: [
        {
          kind: 'predict-output',
          prompt: 'What does this print?',
          code: `package main

import "fmt"

func main() {
    done := make(chan struct{})
    results := make(chan int, 3)
    for i := 1; i <= 3; i++ {
        go func(n int) {
            <-done
            results <- n * 10
        }(i)
    }
    close(done)
    sum := 0
    for i := 0; i < 3; i++ {
        sum += <-results
    }
    fmt.Println(sum)
}`,
          answer: '60',
          explanation:
            'Closing done releases every goroutine waiting on it (a broadcast), and the main goroutine receives exactly three results: 10 + 20 + 30.',
        },
        {
          kind: 'spot-the-bug',
          prompt: 'This consumer sometimes panics with "send on closed channel". Which line is wrong?',
          code: `func produce(ids []int, out chan<- int) {
    for _, id := range ids {
        out <- id
    }
}

func run(ids []int) {
    out := make(chan int)
    go produce(ids[:len(ids)/2], out)
    go produce(ids[len(ids)/2:], out)
    for v := range out {
        if v < 0 {
            close(out)
        }
        fmt.Println(v)
    }
}`,
          bugLine: 13,
          answer: 'The receiver must not close the channel. Stop by cancelling a context that the producers select on, and let a coordinator close out after both producers finish (WaitGroup).',
          explanation:
            'Closing while producers are still sending makes their next send panic. Only the sending side, once all sends are finished, may close.',
        },
      ],
    },
    hints: {
      nudge: 'For the channel on that line: who sends, who receives, and who closes it, and when?',
      concept:
        'Unbuffered sends wait for a receiver; `range` over a channel ends only when it is closed; only the (last) sender closes; closed channels yield zero values with `ok == false`; `nil` channels block forever. A deadlock means some send or receive has no partner.',
      analogousExample:
        'Similar: a log shipper goroutine reads `for line := range lines` and the program hangs at shutdown. The producer must `close(lines)` after its last send so the range loop, and then the shipper, can finish.',
      pseudoCode:
        'out := make(chan T)\nstart senders; track them with a WaitGroup\ngo func() { wg.Wait(); close(out) }()   // one closer, after all sends\nfor v := range out { handle(v) }        // ends when closed\nin long-lived stages: select { case out <- v: ; case <-ctx.Done(): return }',
    },
  },
  {
    conceptId: 'go.interfaces',
    fundamentals: {
      title: 'Go interfaces: implicit satisfaction and small contracts',
      conceptId: 'go.interfaces',
      level: 'fundamentals',
      explanation: `A Go type satisfies an interface simply by having its methods; there is no \`implements\` keyword. This lets the **consumer** define the interface it needs, with only the methods it calls:

~~~go
type OrderStore interface {
    Find(ctx context.Context, id int64) (*Order, error)
}

func NewBilling(store OrderStore) *Billing { ... }  // accepts a real repo or a test fake
~~~

Method sets decide which values satisfy an interface: methods with a **pointer receiver** (\`func (s *Store) Find(...)\`) belong to \`*Store\`, not to \`Store\`. Passing a \`Store\` value then fails with "Store does not implement OrderStore (method Find has pointer receiver)". Pass \`&store\`.

Idioms:

- Keep interfaces small: \`io.Reader\`, \`io.Writer\` and \`fmt.Stringer\` have one method each and compose (\`io.ReadWriter\`).
- "Accept interfaces, return structs": constructors return concrete types; callers decide which interface they need.
- Do not define an interface next to its only implementation "for testing"; define it where it is used.
- \`any\` (\`interface{}\`) gives up type checking; use generics or a concrete type when you can.

Check a type's conformance at compile time with \`var _ OrderStore = (*SQLStore)(nil)\`.`,
      workedExample: {
        language: 'go',
        before: `type Notifier interface {
    Notify(user string, msg string) error
}

type SlackNotifier struct{ webhook string }

func (s *SlackNotifier) Notify(user, msg string) error { /* ... */ return nil }

func alert(n Notifier) { _ = n.Notify("oncall", "disk full") }

func main() {
    alert(SlackNotifier{webhook: url}) // compile error: method Notify has pointer receiver
}`,
        after: `type Notifier interface {
    Notify(user string, msg string) error
}

type SlackNotifier struct{ webhook string }

func (s *SlackNotifier) Notify(user, msg string) error { /* ... */ return nil }

var _ Notifier = (*SlackNotifier)(nil) // compile-time conformance check

func alert(n Notifier) {
    if err := n.Notify("oncall", "disk full"); err != nil {
        log.Printf("alert failed: %v", err)
    }
}

func main() {
    alert(&SlackNotifier{webhook: url})
}`,
        note: 'Notify has a pointer receiver, so only *SlackNotifier has it in its method set. Passing a pointer fixes the call; the blank assignment documents and checks the intended conformance, and the ignored error is now handled.',
      },
      pitfalls: [
        'Passing a value when the methods have pointer receivers.',
        'Declaring large interfaces next to their implementation instead of small ones at the point of use.',
        'Returning interfaces from constructors, hiding useful methods of the concrete type.',
      ],
      quiz: [
        {
          kind: 'multiple-choice',
          prompt: '`Counter` has `func (c *Counter) String() string`. Which assignment compiles?',
          code: `var c Counter
var s fmt.Stringer`,
          choices: ['s = c', 's = &c', 'Both', 'Neither'],
          answerIndex: 1,
          explanation:
            'String has a pointer receiver, so it is in the method set of *Counter only. The value c does not satisfy fmt.Stringer; &c does.',
        },
        {
          kind: 'predict-output',
          prompt: 'What does this print?',
          code: `package main

import "fmt"

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

func main() {
    var t fmt.Stringer = Celsius(21.5)
    fmt.Println(t, Celsius(-3))
}`,
          answer: '21.5°C -3.0°C',
          explanation:
            'Celsius satisfies fmt.Stringer implicitly through its String method, and fmt.Println uses String() for any value that has it, including the plain Celsius(-3).',
        },
      ],
    },
    advanced: {
      title: 'Interfaces under the hood: nil interfaces, type switches and embedding',
      conceptId: 'go.interfaces',
      level: 'advanced',
      explanation: `An interface value is a pair (**dynamic type, dynamic value**). It equals \`nil\` only when both are unset. Storing a nil \`*T\` gives \`(*T, nil)\`, which is **not** nil:

~~~go
var buf *bytes.Buffer          // nil pointer
var w io.Writer = buf          // w != nil
w.Write([]byte("x"))           // calls (*Buffer).Write with a nil receiver: panics
~~~

**Type assertions and switches** recover the concrete type: \`v, ok := x.(T)\` (the one-result form panics on mismatch), or

~~~go
switch v := err.(type) {
case *net.OpError: ...
case interface{ Timeout() bool }:
    if v.Timeout() { ... }
}
~~~

Prefer \`errors.As\` for errors, since it sees through wrapping.

**Optional capabilities.** Check for an extra interface at runtime: \`io.Copy\` uses \`WriterTo\`/\`ReaderFrom\` when available. Wrappers (middleware \`ResponseWriter\`s) hide such methods unless they forward them; \`http.ResponseController\` (Go 1.20) exists for this.

**Embedding** an interface in a struct satisfies it at compile time but panics when a non-overridden method is called on a nil embedded value; handy for test fakes that implement one method, dangerous in production.

**Comparing interfaces** with \`==\` panics at runtime if the dynamic types are not comparable (slices, maps, funcs).

**Generic constraints** are interfaces too, but type-set interfaces (\`~int | ~float64\`) can only be used as constraints, not as value types.`,
      workedExample: {
        language: 'go',
        before: `type statusRecorder struct {
    http.ResponseWriter
    status int
}

func (r *statusRecorder) WriteHeader(code int) {
    r.status = code
    r.ResponseWriter.WriteHeader(code)
}

// SSE handler behind this middleware: w.(http.Flusher) fails, events are buffered`,
        after: `type statusRecorder struct {
    http.ResponseWriter
    status int
}

func (r *statusRecorder) WriteHeader(code int) {
    r.status = code
    r.ResponseWriter.WriteHeader(code)
}

// Lets http.ResponseController reach Flush, Hijack and deadlines of the real writer.
func (r *statusRecorder) Unwrap() http.ResponseWriter { return r.ResponseWriter }

// handler: http.NewResponseController(w).Flush()`,
        note: 'Embedding forwards only the methods of the embedded interface type (Header, Write, WriteHeader), so the optional http.Flusher of the real writer was hidden. Unwrap plus http.ResponseController reaches it without re-implementing every optional interface.',
      },
      pitfalls: [
        'Returning or storing a typed nil pointer in an interface and then checking `!= nil`.',
        'Single-result type assertions `x.(T)` on values that may be another type: they panic.',
        'Wrapper types that hide optional interfaces (Flusher, Hijacker, ReaderFrom) of what they wrap.',
      ],
      quiz: [
        {
          kind: 'predict-output',
          prompt: 'What does this print?',
          code: `package main

import (
    "bytes"
    "fmt"
    "io"
)

func main() {
    var buf *bytes.Buffer
    var w io.Writer = buf
    var empty io.Writer
    fmt.Println(buf == nil, w == nil, empty == nil)
}`,
          answer: 'true false true',
          explanation:
            'w holds the dynamic type *bytes.Buffer with a nil value, so the interface itself is not nil. empty has neither type nor value.',
        },
        {
          kind: 'spot-the-bug',
          prompt: 'This panics when `v` holds an int. Which line?',
          code: `func describe(v any) string {
    if s, ok := v.(fmt.Stringer); ok {
        return s.String()
    }
    return v.(string)
}`,
          bugLine: 5,
          answer: 'Use the two-result form or a type switch: `if s, ok := v.(string); ok { return s }` and a fallback such as `fmt.Sprint(v)`.',
          explanation:
            'The single-result assertion panics when the dynamic type is not string. Line 2 uses the safe comma-ok form.',
        },
      ],
    },
    hints: {
      nudge: 'Compare the method set of the value you pass with the interface it must satisfy: are the receivers pointers or values?',
      concept:
        'Go types satisfy interfaces implicitly by having their methods. Pointer-receiver methods belong to `*T` only. An interface holding a nil pointer is not a nil interface. Define small interfaces where they are consumed.',
      analogousExample:
        'Similar: a `Cache` with `func (c *Cache) Get(k string) ([]byte, bool)` passed as `NewService(cache)` where `cache` is a `Cache` value fails to satisfy `Getter`; `NewService(&cache)` or constructing with `NewCache()` returning `*Cache` works.',
      pseudoCode:
        'list the interface methods\nfor each, check the receiver of the implementation:\n    pointer receiver -> pass &value (or construct a pointer)\nadd var _ Interface = (*Type)(nil) to catch drift at compile time\nnever return a typed nil as an interface: return literal nil',
    },
  },
  {
    conceptId: 'go.defer',
    fundamentals: {
      title: 'defer: cleanup that runs when the function returns',
      conceptId: 'go.defer',
      level: 'fundamentals',
      explanation: `\`defer call()\` schedules \`call\` to run when the surrounding **function** returns, whether it returns normally or panics. Put it right after acquiring a resource, so acquisition and release sit together:

~~~go
f, err := os.Open(path)
if err != nil {
    return err
}
defer f.Close()

mu.Lock()
defer mu.Unlock()
~~~

Three rules:

1. Deferred calls run in **last-in, first-out** order.
2. The **arguments are evaluated immediately**, when the \`defer\` statement runs; only the call is delayed. \`defer fmt.Println(i)\` prints \`i\`'s value at that moment.
3. Deferred functions can read and modify **named results**, which is how a deferred \`Close\` error can be returned.

Defer only after checking the error: deferring \`f.Close()\` before \`if err != nil\` calls \`Close\` on a nil file.

\`defer\` is function-scoped, not block-scoped. Inside a loop, every iteration's deferred call waits until the function ends, so opening 10,000 files in a loop with \`defer f.Close()\` keeps them all open. Move the loop body into its own function (or a closure) so each iteration's defer runs at the end of that iteration.

The cost of \`defer\` is negligible since Go 1.14 (open-coded defers); do not avoid it for performance.`,
      workedExample: {
        language: 'go',
        before: `func checksumAll(paths []string) (map[string]string, error) {
    sums := map[string]string{}
    for _, p := range paths {
        f, err := os.Open(p)
        if err != nil {
            return nil, err
        }
        defer f.Close() // all files stay open until the function returns
        h := sha256.New()
        if _, err := io.Copy(h, f); err != nil {
            return nil, err
        }
        sums[p] = hex.EncodeToString(h.Sum(nil))
    }
    return sums, nil
}`,
        after: `func checksum(path string) (string, error) {
    f, err := os.Open(path)
    if err != nil {
        return "", err
    }
    defer f.Close() // runs when checksum returns, once per file
    h := sha256.New()
    if _, err := io.Copy(h, f); err != nil {
        return "", fmt.Errorf("hashing %s: %w", path, err)
    }
    return hex.EncodeToString(h.Sum(nil)), nil
}

func checksumAll(paths []string) (map[string]string, error) {
    sums := make(map[string]string, len(paths))
    for _, p := range paths {
        s, err := checksum(p)
        if err != nil {
            return nil, err
        }
        sums[p] = s
    }
    return sums, nil
}`,
        note: 'Defers in a loop pile up until the function ends, so large inputs hit "too many open files". Extracting the body into a function makes each defer run per file.',
      },
      pitfalls: [
        '`defer` inside a loop, holding every resource until the function returns.',
        'Deferring `Close` before checking the error from `Open`.',
        'Expecting deferred arguments to be evaluated at the end rather than when `defer` runs.',
      ],
      quiz: [
        {
          kind: 'predict-output',
          prompt: 'What does this print?',
          code: `package main

import "fmt"

func main() {
    for i := 0; i < 3; i++ {
        defer fmt.Print(i, " ")
    }
    fmt.Print("start ")
}`,
          answer: 'start 2 1 0',
          explanation:
            'Each defer captures i\'s value when the defer statement runs, and deferred calls run last-in-first-out after main\'s body, so "start" comes first, then 2, 1, 0.',
        },
        {
          kind: 'spot-the-bug',
          prompt: 'When the server is unreachable this panics instead of returning an error. Which line?',
          code: `func fetchStatus(url string) (string, error) {
    resp, err := http.Get(url)
    defer resp.Body.Close()
    if err != nil {
        return "", err
    }
    return resp.Status, nil
}`,
          bugLine: 3,
          answer: 'Move `defer resp.Body.Close()` after the error check.',
          explanation:
            'When http.Get fails, resp is nil. The defer statement evaluates resp.Body immediately (only the call is delayed), so it dereferences the nil pointer and panics right there.',
        },
      ],
    },
    advanced: {
      title: 'defer in depth: named results, recover and Close errors',
      conceptId: 'go.defer',
      level: 'advanced',
      explanation: `**Modifying results.** A deferred closure runs after the \`return\` statement assigned the result values, and can change **named** results. This is how to report an error from \`Close\` on a writable file without losing an earlier error:

~~~go
func writeReport(path string, r Report) (err error) {
    f, err := os.Create(path)
    if err != nil {
        return err
    }
    defer func() {
        if cerr := f.Close(); cerr != nil && err == nil {
            err = fmt.Errorf("closing %s: %w", path, cerr)
        }
    }()
    return json.NewEncoder(f).Encode(r)
}
~~~

\`errors.Join(err, cerr)\` keeps both when both fail.

**recover** only works inside a deferred function, and only in the goroutine that panicked. Use it at boundaries (an HTTP middleware, a worker loop) to convert a panic to an error and keep the stack (\`debug.Stack()\`); not as control flow.

**Method values.** \`defer mu.Unlock()\` evaluates the receiver immediately. \`defer s.cleanup()\` where \`s\` is later reassigned still calls cleanup on the old \`s\`.

**os.Exit and log.Fatal** skip deferred calls entirely, so buffered writers are not flushed. Return from \`main\` through a \`run() error\` function instead.

**Loop closures.** \`defer func() { fmt.Println(i) }()\` captures the variable, not its value; since Go 1.22 each iteration has its own \`i\`, before that they all printed the final value.`,
      workedExample: {
        language: 'go',
        before: `func main() {
    w := bufio.NewWriter(os.Stdout)
    defer w.Flush()
    if err := export(w); err != nil {
        log.Fatalf("export failed: %v", err) // exits without flushing partial output
    }
}`,
        after: `func main() {
    if err := run(); err != nil {
        fmt.Fprintf(os.Stderr, "export failed: %v\\n", err)
        os.Exit(1)
    }
}

func run() (err error) {
    w := bufio.NewWriter(os.Stdout)
    defer func() {
        if ferr := w.Flush(); ferr != nil && err == nil {
            err = ferr
        }
    }()
    return export(w)
}`,
        note: 'log.Fatalf calls os.Exit, which skips deferred calls, so the buffered output was lost and a failing Flush went unnoticed. run() returns normally, its defer flushes and reports a flush error; main exits only after that.',
      },
      pitfalls: [
        'Ignoring the error from `Close` on files opened for writing.',
        '`os.Exit`/`log.Fatal` with pending defers that flush or clean up.',
        'Calling `recover()` outside a deferred function, where it always returns nil.',
      ],
      quiz: [
        {
          kind: 'predict-output',
          prompt: 'What does this print?',
          code: `package main

import "fmt"

func count() (n int) {
    defer func() { n *= 2 }()
    n = 3
    return n + 1
}

func main() {
    fmt.Println(count())
}`,
          answer: '8',
          explanation:
            'return n + 1 assigns 4 to the named result n, then the deferred closure doubles it to 8 before the function actually returns.',
        },
        {
          kind: 'multiple-choice',
          prompt: 'Where must `recover()` be called to stop a panic in a worker goroutine?',
          code: '',
          choices: [
            'Anywhere in main',
            'In a deferred function in the goroutine that panics',
            'In a deferred function in the goroutine that started the worker',
            'Right after the line that may panic',
          ],
          answerIndex: 1,
          explanation:
            'recover only has an effect when called directly by a deferred function while the same goroutine is panicking. Other goroutines cannot catch it.',
        },
      ],
    },
    hints: {
      nudge: 'When exactly does the deferred call on that line run, and what are its arguments evaluated to at the moment the `defer` statement executes?',
      concept:
        '`defer` runs a call when the enclosing function returns (LIFO), evaluates its arguments immediately, and can modify named results. It is function-scoped, so loops need a helper function; check errors before deferring cleanup.',
      analogousExample:
        'Similar: `rows, err := db.Query(...)` followed by `defer rows.Close()` must come after `if err != nil { return err }`, and a loop that runs a query per item should move the query and its defer into a helper so each result set is closed per iteration.',
      pseudoCode:
        'res, err := acquire()\nif err != nil { return err }\ndefer release(res)            // right after successful acquire\nin loops: move acquire/defer/use into a helper function\nfor writers: defer a closure that sets the named err from Close',
    },
  },
  {
    conceptId: 'go.general',
    fundamentals: {
      title: 'Go compiler errors: strict on purpose',
      conceptId: 'go.general',
      level: 'fundamentals',
      explanation: `The Go compiler rejects things other languages only warn about, by design, so that code stays easy to read and refactor:

- **declared and not used: x** and **"fmt" imported and not used** are errors. Remove the variable or import; during debugging, \`_ = x\` is a temporary escape hatch. \`goimports\` (run on save by gopls) adds and removes imports for you.
- **No implicit conversions.** \`cannot use n (variable of type int) as int64 value in argument\`: convert explicitly with \`int64(n)\`. The same goes for \`time.Duration\`: \`time.Sleep(2 * time.Second)\` works because \`2\` is an untyped constant, but \`time.Sleep(n * time.Second)\` with \`n int\` needs \`time.Duration(n) * time.Second\`.
- **Multiple return values must all be received**: \`assignment mismatch: 1 variable but os.Open returns 2 values\`. Take both:

~~~go
f, err := os.Open(path)
if err != nil {
    return fmt.Errorf("opening %s: %w", path, err)
}
~~~

- **:= needs at least one new variable** on the left (\`no new variables on left side of :=\`); inside a nested block it declares new variables, which can shadow outer ones.
- **Exported names start with an uppercase letter**; \`cannot refer to unexported name\` means the identifier is lowercase in its package.

\`go vet\` (run by \`go test\` automatically for a subset of checks) and gopls analyzers catch legal but suspicious code: \`Printf\` verbs that do not match their arguments, copying a \`sync.Mutex\`, unreachable code, struct tags with typos. \`staticcheck\` goes further. Treat their findings as bugs until proven otherwise.`,
      workedExample: {
        language: 'go',
        before: `func backoff(attempt int) {
    delay := attempt * time.Second // mismatched types int and time.Duration
    time.Sleep(delay)
}`,
        after: `func backoff(attempt int) {
    delay := time.Duration(attempt) * time.Second
    time.Sleep(delay)
}`,
        note: 'Go never converts between named numeric types implicitly, and time.Duration is a named int64. Converting the attempt count makes the unit arithmetic explicit: the result is attempt seconds.',
      },
      pitfalls: [
        'Silencing "declared and not used" with `_ =` and leaving it in committed code.',
        'Shadowing an outer `err` with `:=` inside an `if` block, so the outer one is never set.',
        'Ignoring `go vet` findings about Printf verbs or copied locks.',
      ],
      quiz: [
        {
          kind: 'multiple-choice',
          prompt: 'Which line does not compile?',
          code: `var n int = 3
var total int64 = 10
d := 2 * time.Second
total += n`,
          choices: ['Line 1', 'Line 2', 'Line 3', 'Line 4'],
          answerIndex: 3,
          explanation:
            'int and int64 are different types with no implicit conversion: write total += int64(n). Line 3 compiles because 2 is an untyped constant that takes the type time.Duration.',
        },
        {
          kind: 'predict-output',
          prompt: 'What does this print?',
          code: `package main

import (
    "errors"
    "fmt"
)

func load() (string, error) { return "", errors.New("disk") }

func main() {
    var err error
    if true {
        _, err := load()
        _ = err
    }
    fmt.Println(err == nil)
}`,
          answer: 'true',
          explanation:
            ':= inside the block declares a new err that shadows the outer one, so the outer err is never assigned and stays nil. Use = to assign the outer variable.',
        },
      ],
    },
    advanced: {
      title: 'Go tooling as a type checker: vet, staticcheck, modules and build constraints',
      conceptId: 'go.general',
      level: 'advanced',
      explanation: `**go vet** checks a curated set of analyzers: \`printf\` (format verbs vs arguments), \`copylocks\` (passing structs containing \`sync.Mutex\` by value), \`loopclosure\`, \`lostcancel\` (a \`context.WithCancel\` whose cancel is never called), \`structtag\`, \`unusedresult\`, \`httpresponse\` (using \`resp\` before checking \`err\`). \`go test\` runs a high-confidence subset automatically.

**staticcheck** and **golangci-lint** add hundreds more: deprecated APIs, impossible conditions, unchecked errors (\`errcheck\`), \`defer\` in loops.

~~~yaml
# .golangci.yml
linters:
  enable: [errcheck, staticcheck, govet, ineffassign, unused, gosec]
~~~

**Modules.** "no required module provides package X" means a missing \`go get\`; "ambiguous import" or version conflicts are resolved in \`go.mod\` with \`require\`/\`replace\`; \`go mod tidy\` syncs \`go.mod\` and \`go.sum\` with the imports. The \`go\` directive sets the language version: loop-variable-per-iteration semantics (1.22) and range-over-func (1.23) depend on it, not on the installed toolchain.

**Build constraints** (\`//go:build linux && amd64\`, \`_test.go\`, \`_windows.go\` suffixes) mean a file may not be compiled at all on your machine: "undefined: X" on one platform only usually points there. \`GOOS=windows go vet ./...\` checks other targets.

**Generics errors** read like constraint failures: \`T does not satisfy comparable\` or \`cannot use type ... outside a type constraint\`. Constraints are interfaces; \`~int\` admits named types whose underlying type is int.`,
      workedExample: {
        language: 'go',
        before: `func fetchWithTimeout(parent context.Context, url string) (*http.Response, error) {
    ctx, _ := context.WithTimeout(parent, 5*time.Second) // vet: lostcancel
    req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
    if err != nil {
        return nil, err
    }
    return http.DefaultClient.Do(req)
}`,
        after: `func fetchBody(parent context.Context, url string) ([]byte, error) {
    ctx, cancel := context.WithTimeout(parent, 5*time.Second)
    defer cancel()
    req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
    if err != nil {
        return nil, err
    }
    resp, err := http.DefaultClient.Do(req)
    if err != nil {
        return nil, err
    }
    defer resp.Body.Close()
    return io.ReadAll(resp.Body)
}`,
        note: 'Discarding cancel leaks the timer and context until the timeout fires, and go vet reports it. Cancelling on return means the body must be read before returning, so the function now returns the body instead of a response whose context is already cancelled.',
      },
      pitfalls: [
        'Not running `go vet` and a linter in CI, so printf, copylocks and lostcancel bugs ship.',
        'Assuming the installed Go version decides language semantics; the `go` line in go.mod does.',
        'Platform-specific files that leave symbols undefined on other GOOS/GOARCH targets.',
      ],
      quiz: [
        {
          kind: 'spot-the-bug',
          prompt: '`go vet` reports this function. Which line?',
          code: `type Counter struct {
    mu sync.Mutex
    n  int
}

func (c Counter) Inc() {
    c.mu.Lock()
    defer c.mu.Unlock()
    c.n++
}`,
          bugLine: 6,
          answer: 'Use a pointer receiver: `func (c *Counter) Inc()`. The value receiver copies the mutex and the counter, so the increment is lost and the lock protects nothing.',
          explanation:
            'vet\'s copylocks analyzer reports that Inc passes a lock by value. Beyond the lock, the value receiver means c.n++ modifies a copy, so callers never see the increment.',
        },
        {
          kind: 'multiple-choice',
          prompt: 'What does `go vet` report for `fmt.Printf("%d items\\n", name)` where name is a string?',
          code: '',
          choices: [
            'Nothing; Printf accepts any argument',
            'fmt.Printf format %d has arg name of wrong type string',
            'A compile error',
            'unused variable name',
          ],
          answerIndex: 1,
          explanation:
            'The printf analyzer checks verbs against argument types. At runtime this would print "%!d(string=...)" instead of failing, which is why the static check matters.',
        },
      ],
    },
    hints: {
      nudge: 'Read the compiler message literally: which two types, or which unused name, does it mention?',
      concept:
        'Go is strict on purpose: unused variables and imports are errors, numeric and named types never convert implicitly, and every return value must be received. `go vet` and linters catch legal but suspicious code; treat their reports as bugs.',
      analogousExample:
        'Similar: `cannot use len(items) (value of type int) as uint32 value in struct literal` is fixed by `uint32(len(items))`, after checking that the length cannot exceed the uint32 range.',
      pseudoCode:
        'unused name/import: delete it (goimports handles imports)\ntype mismatch: convert explicitly T(value), thinking about range and units\nassignment mismatch: receive all results (v, err := ...)\nshadowing: use = instead of := for existing variables\nrun go vet ./... and fix what it reports',
    },
  },
];
