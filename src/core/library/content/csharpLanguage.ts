import type { LibraryEntry } from '../libraryEntry';

/**
 * Offline library entries for C# (the general fallback entry, nullable reference types, async/await, LINQ, IDisposable);
 * the library registry serves them when no LLM is available.
 */
export const csharpLanguageEntries: readonly LibraryEntry[] = [
  {
    conceptId: 'csharp.nullable-reference-types',
    fundamentals: {
      title: 'Nullable reference types: making null part of the type',
      conceptId: 'csharp.nullable-reference-types',
      level: 'fundamentals',
      explanation: `With \`<Nullable>enable</Nullable>\` (the default in new .NET projects), \`string\` means "never null" and \`string?\` means "may be null". The compiler tracks null-state through your code and warns before a possible \`NullReferenceException\`:

- CS8602 "Dereference of a possibly null reference."
- CS8600/CS8604 "Converting null literal or possible null value to non-nullable type" / "Possible null reference argument."
- CS8618 "Non-nullable property must contain a non-null value when exiting constructor."

~~~csharp
User? user = await db.Users.FindAsync(id);   // FindAsync returns User?
Console.WriteLine(user.Email);                // CS8602

if (user is null) return NotFound();
Console.WriteLine(user.Email);                // fine: null-state is "not null"
~~~

Tools: \`is null\`/\`is not null\` checks, \`?.\` and \`??\` (\`user?.Email ?? "unknown"\`), \`??=\` for lazy initialisation, and \`ArgumentNullException.ThrowIfNull(arg)\` at public API boundaries.

For CS8618 on DTOs and options classes, mark properties \`required\` (C# 11) so object initialisers must set them, give them a default, or make them nullable if absence is valid.

The null-forgiving operator \`user!\` silences the warning without any runtime check; use it only when you know something the compiler cannot (and say why). These are warnings, not errors: treat them as errors in CI (\`<WarningsAsErrors>nullable</WarningsAsErrors>\`) or they accumulate.`,
      workedExample: {
        language: 'csharp',
        before: `public class SmtpOptions
{
    public string Host { get; set; }      // CS8618
    public int Port { get; set; } = 587;
}

string FromDomain(string? address) =>
    address.Split('@')[1];                // CS8602`,
        after: `public class SmtpOptions
{
    public required string Host { get; init; }
    public int Port { get; init; } = 587;
}

string FromDomain(string? address)
{
    ArgumentException.ThrowIfNullOrEmpty(address);
    var at = address.IndexOf('@');
    if (at < 0) throw new ArgumentException($"'{address}' is not an email address", nameof(address));
    return address[(at + 1)..];
}`,
        note: 'required makes object initialisers set Host, so the option can never be null after construction. The guard turns a possible NullReferenceException (and an IndexOutOfRange for addresses without @) into clear argument errors, and the compiler knows address is not null afterwards.',
      },
      pitfalls: [
        'Sprinkling `!` to silence warnings: it removes the warning, not the null.',
        'Ignoring nullable warnings because they are "only warnings".',
        'Assuming deserialisers and EF Core respect non-nullable annotations: JSON can still produce nulls unless validated.',
      ],
      quiz: [
        {
          kind: 'multiple-choice',
          prompt: 'With nullable enabled, which line produces a warning?',
          code: `string? first = GetMiddleName();
int a = first?.Length ?? 0;
string? second = GetMiddleName();
int b = second.Length;
string? third = GetMiddleName();
int c = third!.Length;`,
          choices: ['Line 2', 'Line 4', 'Line 6', 'None'],
          answerIndex: 1,
          explanation:
            'Line 2 handles null with ?. and ??. Line 4 dereferences a maybe-null value: CS8602. Line 6 has no warning because ! suppresses it, but it throws NullReferenceException just the same when the name is null.',
        },
        {
          kind: 'spot-the-bug',
          prompt: 'This compiles without warnings yet throws NullReferenceException when the header is missing. Which line?',
          code: `public string TenantId(HttpRequest request)
{
    string? header = request.Headers["X-Tenant"].FirstOrDefault();
    string tenant = header!;
    return tenant.ToLowerInvariant();
}`,
          bugLine: 4,
          answer: 'Handle the missing header instead of asserting: `if (string.IsNullOrEmpty(header)) throw new BadHttpRequestException("X-Tenant header is required");`.',
          explanation:
            'The null-forgiving operator told the compiler header is not null, so no warning appears on line 5, where the exception is actually thrown.',
        },
      ],
    },
    advanced: {
      title: 'Nullable analysis in depth: attributes, generics and boundaries',
      conceptId: 'csharp.nullable-reference-types',
      level: 'advanced',
      explanation: `**Teach the analyser your helpers.** A method like \`bool TryGetUser(int id, out User? user)\` leaves callers with a maybe-null \`user\` even after \`true\`. Attributes from \`System.Diagnostics.CodeAnalysis\` describe the contract:

~~~csharp
public bool TryGetUser(int id, [NotNullWhen(true)] out User? user) { ... }
public static void EnsureConfigured([NotNull] Options? options) { ... }
[return: NotNullIfNotNull(nameof(input))] public static string? Trim(string? input) => input?.Trim();
[MemberNotNull(nameof(_conn))] private void Open() => _conn = Create();
~~~

**Generics.** \`T?\` on an unconstrained \`T\` means "default of T": null for reference types, but for value types it is just \`T\` (0, not \`Nullable<int>\`). Constrain with \`where T : class\` or \`where T : struct\` when you need the distinction; \`where T : notnull\` forbids nullable type arguments.

**Boundaries are not checked.** Annotations are compile-time only. Deserialised JSON, reflection, \`default(T)\`, arrays (\`new string[10]\` is full of nulls) and older libraries without annotations can all produce nulls in non-nullable variables. Validate at the edge (\`required\` plus \`System.Text.Json\`'s handling of required members, data annotations or FluentValidation).

**EF Core** uses nullability to decide column nullability: a non-nullable \`string\` property becomes \`NOT NULL\`, so enabling nullable in an existing model can generate migrations.

**Migration.** Enable per file with \`#nullable enable\`, start from leaf types, and avoid \`!\` as a bulk fix; each one is a place where the analyser was stopped from helping.`,
      workedExample: {
        language: 'csharp',
        before: `public bool TryGetCached(string key, out Report? report)
{
    report = _cache.Get<Report>(key);
    return report is not null;
}

if (TryGetCached(key, out var report))
{
    Render(report.Title);   // CS8602 despite the check
}`,
        after: `public bool TryGetCached(string key, [NotNullWhen(true)] out Report? report)
{
    report = _cache.Get<Report>(key);
    return report is not null;
}

if (TryGetCached(key, out var report))
{
    Render(report.Title);   // no warning: the attribute links true to non-null
}`,
        note: 'Without the attribute the analyser cannot know that a true return implies a non-null out value, and callers add ! everywhere. NotNullWhen(true) states the contract once, in the signature.',
      },
      pitfalls: [
        'Try-pattern methods without `[NotNullWhen(true)]`, pushing `!` into every caller.',
        'Assuming `T?` on an unconstrained generic makes value types nullable.',
        'Trusting non-nullable properties on deserialised or reflected objects without validation.',
      ],
      quiz: [
        {
          kind: 'multiple-choice',
          prompt: 'For `static T? FirstOrNone<T>(IEnumerable<T> xs)` (unconstrained T), what is returned for an empty `List<int>`?',
          code: '',
          choices: ['null (int?)', '0', 'It does not compile', 'An exception'],
          answerIndex: 1,
          explanation:
            'For an unconstrained T, T? means "T or its default": with T = int the return type is int and the default is 0. Add where T : struct and return T? (Nullable<T>) if you need to distinguish absence.',
        },
        {
          kind: 'spot-the-bug',
          prompt: 'Callers of `EnsureLoaded()` still get CS8602 on `_settings.Theme`. Which line is missing an attribute?',
          code: `private Settings? _settings;

private void EnsureLoaded()
{
    _settings ??= LoadSettings();
}

public string Theme()
{
    EnsureLoaded();
    return _settings.Theme;
}`,
          bugLine: 3,
          answer: 'Annotate the method: `[MemberNotNull(nameof(_settings))] private void EnsureLoaded()`.',
          explanation:
            'The analyser does not look inside EnsureLoaded from Theme(). MemberNotNull declares that the field is non-null after the call, so the dereference on line 11 is accepted for the right reason.',
        },
      ],
    },
    hints: {
      nudge: 'Where can the value on that line be null, according to its declared type, and has the code checked it before this point?',
      concept:
        'With nullable reference types, `T?` may be null and `T` may not. Check (`is null`, `??`, `?.`, guard clauses) before dereferencing; use `required` for members that must be set; avoid the `!` operator unless you can explain why the value cannot be null.',
      analogousExample:
        'Similar: `var order = orders.FirstOrDefault(o => o.Id == id); return order.Total;` warns CS8602. Adding `if (order is null) return Results.NotFound();` before the access handles the missing order and satisfies the analyser.',
      pseudoCode:
        'var x = SomethingThatMayReturnNull();\nif (x is null)\n    return / throw with a clear message / use a default;\n// x is not-null here\nuse(x);\nfor fields set by helper methods: [MemberNotNull]; for Try methods: [NotNullWhen(true)]',
    },
  },
  {
    conceptId: 'csharp.async-await',
    fundamentals: {
      title: 'async and await in C#: Tasks all the way',
      conceptId: 'csharp.async-await',
      level: 'fundamentals',
      explanation: `An \`async\` method runs synchronously until its first \`await\` on an incomplete task, then returns a \`Task\` to its caller and resumes later. \`await\` unwraps the result and rethrows the exception of a faulted task.

~~~csharp
public async Task<Invoice> GetInvoiceAsync(int id, CancellationToken ct)
{
    var dto = await _http.GetFromJsonAsync<InvoiceDto>($"invoices/{id}", ct);
    return Map(dto ?? throw new InvalidOperationException($"Invoice {id} was empty"));
}
~~~

Rules that prevent most bugs:

- **Async all the way.** Do not block on tasks with \`.Result\`, \`.Wait()\` or \`.GetAwaiter().GetResult()\`: it wastes a thread and, in apps with a synchronization context (WPF, WinForms, old ASP.NET), deadlocks. If a caller is async, make the whole chain async.
- **Return Task, not void.** \`async void\` cannot be awaited, and its exceptions crash the process. It exists only for event handlers.
- **Await what you start.** A task that is never awaited swallows its exception (compiler warning CS4014 when the call's result is discarded).
- **Pass CancellationToken** through to every async API that accepts one.
- **Run independent work concurrently**: start the tasks, then \`await Task.WhenAll(a, b)\`.

\`Task.Run\` moves CPU-bound work to the thread pool; wrapping I/O-bound calls in it only adds a thread hop. Name async methods with the \`Async\` suffix.`,
      workedExample: {
        language: 'csharp',
        before: `public IActionResult Dashboard(int userId)
{
    var profile = _profiles.GetAsync(userId).Result;    // blocks a thread
    var orders = _orders.ListAsync(userId).Result;      // sequential, blocks again
    return View(new DashboardModel(profile, orders));
}`,
        after: `public async Task<IActionResult> Dashboard(int userId, CancellationToken ct)
{
    var profileTask = _profiles.GetAsync(userId, ct);
    var ordersTask = _orders.ListAsync(userId, ct);
    await Task.WhenAll(profileTask, ordersTask);
    return View(new DashboardModel(profileTask.Result, ordersTask.Result));
}`,
        note: 'Blocking with .Result ties up a request thread for the whole I/O and risks thread-pool starvation under load. The async action frees the thread while waiting and runs both queries concurrently; reading .Result after WhenAll is safe because both tasks have completed.',
      },
      pitfalls: [
        '`.Result` or `.Wait()` on tasks in code that could be async (deadlocks and thread starvation).',
        '`async void` methods other than event handlers.',
        'Firing tasks without awaiting them, so their exceptions are lost.',
      ],
      quiz: [
        {
          kind: 'predict-output',
          prompt: 'What does this program print?',
          code: `using System;
using System.Threading.Tasks;

static async Task<int> Step(string name, int delayMs)
{
    Console.Write(name + " ");
    await Task.Delay(delayMs);
    return delayMs;
}

var a = Step("a", 50);
var b = Step("b", 10);
Console.Write("started ");
int[] results = await Task.WhenAll(a, b);
Console.Write(results[0] + results[1]);`,
          answer: 'a b started 60',
          explanation:
            'Each async method runs synchronously up to its first await, so "a " and "b " print before "started ". WhenAll returns results in argument order regardless of completion order; 50 + 10 = 60.',
        },
        {
          kind: 'spot-the-bug',
          prompt: 'Exceptions from saving are never seen and sometimes crash the app. Which line?',
          code: `public class SettingsViewModel
{
    public async void Save()
    {
        await _store.WriteAsync(_settings);
        Status = "Saved";
    }
}`,
          bugLine: 3,
          answer: 'Return a Task: `public async Task SaveAsync()`, and await it from the caller (an async command or event handler).',
          explanation:
            'async void methods cannot be awaited, so callers cannot observe completion or catch failures; an exception is raised on the synchronization context and can terminate the process.',
        },
      ],
    },
    advanced: {
      title: 'Async in production: cancellation, ConfigureAwait, ValueTask and streams',
      conceptId: 'csharp.async-await',
      level: 'advanced',
      explanation: `**Cancellation** is cooperative. Accept a \`CancellationToken\` as the last parameter, pass it to every async call, and call \`ct.ThrowIfCancellationRequested()\` in CPU loops. Timeouts combine with linked tokens:

~~~csharp
using var cts = CancellationTokenSource.CreateLinkedTokenSource(requestAborted);
cts.CancelAfter(TimeSpan.FromSeconds(5));
var rate = await _fx.GetRateAsync("EUR", "USD", cts.Token);
~~~

Catch \`OperationCanceledException\` only where you can decide what cancellation means.

**ConfigureAwait(false)** skips resuming on the captured synchronization context. Library code should use it; ASP.NET Core has no synchronization context, so in app code it makes no difference, but in WPF/WinForms code after it you are no longer on the UI thread.

**ValueTask** avoids an allocation when results are usually synchronous (cache hits). Await a ValueTask exactly once; never await it twice or call \`.Result\` before completion. Return \`Task\` unless profiling shows allocation pressure.

**Exceptions and WhenAll.** \`await Task.WhenAll(...)\` rethrows only the first exception; inspect \`task.Exception.InnerExceptions\` (or each task) to see all.

**Async streams.** \`IAsyncEnumerable<T>\` with \`await foreach\` streams results (EF Core queries, paged APIs). Use \`[EnumeratorCancellation]\` on the token parameter and \`WithCancellation(ct)\` at the call site.

**Eliding async/await** (returning the task directly) saves a state machine but changes exception and \`using\` semantics: a \`using\` in a method that returns the task without awaiting disposes the resource before the task finishes.`,
      workedExample: {
        language: 'csharp',
        before: `public Task<string> ReadAllAsync(string path)
{
    using var reader = new StreamReader(path);
    return reader.ReadToEndAsync(); // reader disposed before the read completes
}`,
        after: `public async Task<string> ReadAllAsync(string path, CancellationToken ct)
{
    using var reader = new StreamReader(path);
    return await reader.ReadToEndAsync(ct);
}`,
        note: 'Without await, the method returns as soon as the read starts, and the using declaration disposes the reader immediately, so the read fails with ObjectDisposedException. Awaiting keeps the reader alive until the read completes; the token makes it cancellable (.NET 7+ overload).',
      },
      pitfalls: [
        'Returning a task directly from inside a `using` or `try` block, so disposal or catch runs too early.',
        'Awaiting a `ValueTask` more than once or storing it for later.',
        'Accepting a `CancellationToken` and not passing it on.',
      ],
      quiz: [
        {
          kind: 'multiple-choice',
          prompt: 'Two of three tasks fail. What does `await Task.WhenAll(t1, t2, t3)` throw?',
          code: '',
          choices: [
            'An AggregateException containing both',
            'The first of the exceptions; the others are on the returned task\'s Exception.InnerExceptions',
            'Nothing; failures are ignored',
            'The last exception thrown',
          ],
          answerIndex: 1,
          explanation:
            'await unwraps the AggregateException and rethrows its first inner exception. Keep the WhenAll task in a variable to inspect whenAll.Exception.InnerExceptions for all failures.',
        },
        {
          kind: 'spot-the-bug',
          prompt: 'This WPF button handler freezes the UI forever. Which line?',
          code: `private void RefreshButton_Click(object sender, RoutedEventArgs e)
{
    var items = LoadItemsAsync().Result;
    ItemsList.ItemsSource = items;
}

private async Task<List<Item>> LoadItemsAsync()
{
    var json = await _http.GetStringAsync("items");
    return JsonSerializer.Deserialize<List<Item>>(json)!;
}`,
          bugLine: 3,
          answer: 'Make the handler async and await: `private async void RefreshButton_Click(...) { ItemsList.ItemsSource = await LoadItemsAsync(); }` (event handlers are the one place async void is right).',
          explanation:
            'The UI thread blocks on .Result. LoadItemsAsync tries to resume on the UI thread after its await, which is blocked waiting for it: a deadlock.',
        },
      ],
    },
    hints: {
      nudge: 'Is a Task on that line being blocked on (`.Result`, `.Wait()`), left unawaited, or returned from an `async void` method?',
      concept:
        'Async methods return `Task`/`Task<T>`; callers `await` them. Keep the chain async from the entry point down, pass `CancellationToken`s, avoid `async void` outside event handlers, and use `Task.WhenAll` for independent work.',
      analogousExample:
        'Similar: a console tool doing `var data = client.GetStringAsync(url).Result;` in `Main` becomes `static async Task Main()` with `var data = await client.GetStringAsync(url);`, which is simpler and surfaces exceptions directly instead of as AggregateException.',
      pseudoCode:
        'make the calling method async Task (not void)\nreplace .Result / .Wait() with await\npass the CancellationToken through\nfor independent calls: start all, then await Task.WhenAll(...)',
    },
  },
  {
    conceptId: 'csharp.linq',
    fundamentals: {
      title: 'LINQ: querying sequences, and deferred execution',
      conceptId: 'csharp.linq',
      level: 'fundamentals',
      explanation: `LINQ operators (\`Where\`, \`Select\`, \`OrderBy\`, \`GroupBy\`, \`Any\`, \`First\`, \`Sum\`...) compose queries over any \`IEnumerable<T>\`:

~~~csharp
var overdue = invoices
    .Where(i => i.DueDate < today && !i.Paid)
    .OrderBy(i => i.DueDate)
    .Select(i => new { i.Number, i.Customer.Name, DaysLate = (today - i.DueDate).Days })
    .ToList();
~~~

**Deferred execution** is the key idea: \`Where\`, \`Select\` and friends build a query; nothing runs until you enumerate it (\`foreach\`, \`ToList\`, \`Count\`, \`First\`). Each enumeration runs the whole pipeline again. Materialise with \`ToList()\`/\`ToArray()\` when you will enumerate more than once or when the source may change.

Pick the operator that says what you mean:

- \`Any()\` instead of \`Count() > 0\` (stops at the first element).
- \`First\` throws on empty sequences, \`FirstOrDefault\` returns default, \`Single\` also throws when there is more than one match.
- \`Select\` projects, \`SelectMany\` flattens, \`ToDictionary\` throws on duplicate keys while \`ToLookup\`/\`GroupBy\` group them.

Side effects inside \`Select\` or \`Where\` (logging, mutating state) run once per enumeration, and not at all if the query is never enumerated. Keep lambdas pure and do side effects in a \`foreach\`.

For \`IQueryable\` (EF Core), the same operators are translated to SQL; see the advanced level for what that changes.`,
      workedExample: {
        language: 'csharp',
        before: `var active = users.Where(u => u.IsActive);
if (active.Count() > 0)
{
    logger.LogInformation("{Count} active users", active.Count());
    foreach (var u in active) Notify(u);   // third enumeration of the filter
}`,
        after: `var active = users.Where(u => u.IsActive).ToList();
if (active.Count > 0)
{
    logger.LogInformation("{Count} active users", active.Count);
    foreach (var u in active) Notify(u);
}`,
        note: 'The deferred query ran the filter three times (and would hit the database three times if users were an IQueryable). ToList runs it once; List.Count is a property, not another enumeration.',
      },
      pitfalls: [
        'Enumerating the same deferred query several times.',
        'Using `Count() > 0` instead of `Any()`, or `First` where the sequence may be empty.',
        'Side effects inside `Select`/`Where` lambdas.',
      ],
      quiz: [
        {
          kind: 'predict-output',
          prompt: 'What does this program print?',
          code: `using System;
using System.Collections.Generic;
using System.Linq;

var numbers = new List<int> { 1, 2, 3 };
var evens = numbers.Where(n => n % 2 == 0);
numbers.Add(4);
Console.WriteLine(string.Join(",", evens));`,
          answer: '2,4',
          explanation:
            'Where is deferred: the filter runs when string.Join enumerates evens, after 4 was added, so both 2 and 4 are included.',
        },
        {
          kind: 'multiple-choice',
          prompt: 'You need the only admin user; having zero or several admins is a data error. Which operator?',
          code: '',
          choices: ['First(u => u.IsAdmin)', 'FirstOrDefault(u => u.IsAdmin)', 'Single(u => u.IsAdmin)', 'Where(u => u.IsAdmin)'],
          answerIndex: 2,
          explanation:
            'Single throws InvalidOperationException on zero or more than one match, which turns the data error into a clear failure. First would silently pick one of several admins.',
        },
      ],
    },
    advanced: {
      title: 'LINQ over IQueryable: translation, N+1 and client evaluation',
      conceptId: 'csharp.linq',
      level: 'advanced',
      explanation: `On an EF Core \`DbSet\`, LINQ builds an **expression tree** that the provider translates to SQL. The same code shape has very different costs depending on where each operator runs.

**IQueryable vs IEnumerable.** Once a query is \`AsEnumerable()\`, \`ToList()\`ed, or passed through a method taking \`IEnumerable<T>\`, every following operator runs in memory. Filtering after that means loading the whole table.

~~~csharp
IEnumerable<Order> Recent(IEnumerable<Order> src) => src.Where(o => o.Date > cutoff);
Recent(db.Orders);       // SELECT * FROM Orders, then filters in memory
IQueryable<Order> Recent(IQueryable<Order> src) => src.Where(o => o.Date > cutoff);
~~~

**Untranslatable expressions.** Calling your own C# method inside a \`Where\` throws "could not be translated" (EF Core 3+ no longer silently evaluates on the client, except in the final \`Select\`).

**N+1 queries.** Accessing a navigation property in a loop issues one query per row with lazy loading, or returns null/empty without it. Use projection (\`Select(o => new { o.Id, Customer = o.Customer.Name })\`) or \`Include\`; projection loads only the columns you use.

**Tracking.** Read-only queries should use \`AsNoTracking()\`.

**Async.** Use \`ToListAsync\`, \`FirstOrDefaultAsync\`, \`AnyAsync\` (from EF Core) with a cancellation token; the synchronous versions block a thread on I/O.

**Closures and parameters.** Captured variables become SQL parameters, so plan caching works; building strings into \`FromSqlRaw\` does not, and invites injection. Use \`FromSql($"...")\` interpolation, which parameterises.`,
      workedExample: {
        language: 'csharp',
        before: `var orders = await db.Orders.Where(o => o.Status == Status.Open).ToListAsync(ct);
var rows = orders.Select(o => new OrderRow(
    o.Id,
    db.Customers.Single(c => c.Id == o.CustomerId).Name,   // one query per order
    o.Lines.Sum(l => l.Amount)));                          // Lines not loaded: 0`,
        after: `var rows = await db.Orders
    .AsNoTracking()
    .Where(o => o.Status == Status.Open)
    .Select(o => new OrderRow(o.Id, o.Customer.Name, o.Lines.Sum(l => l.Amount)))
    .ToListAsync(ct);`,
        note: 'The original issued one customer query per order and summed an unloaded collection (silently 0). The projection is translated into a single SQL query with a join and a SUM, loading only the three values each row needs.',
      },
      pitfalls: [
        'Helper methods that take `IEnumerable<T>` and silently move filtering into memory.',
        'Navigation properties accessed per row (N+1) or not loaded at all.',
        'Synchronous `ToList()`/`First()` on database queries in async code.',
      ],
      quiz: [
        {
          kind: 'multiple-choice',
          prompt: 'What SQL does this produce (EF Core)?',
          code: `IEnumerable<Product> all = db.Products;
var cheap = all.Where(p => p.Price < 10).Take(5).ToList();`,
          choices: [
            'SELECT TOP 5 ... WHERE Price < 10',
            'SELECT ... FROM Products (all rows), then filtering and Take in memory',
            'It throws: Where cannot be translated',
            'SELECT ... WHERE Price < 10 (all matches), then Take in memory',
          ],
          answerIndex: 1,
          explanation:
            'The static type IEnumerable<Product> selects Enumerable.Where, not Queryable.Where, so the provider only sees the bare table query and every row is loaded before filtering.',
        },
        {
          kind: 'spot-the-bug',
          prompt: 'This throws "The LINQ expression could not be translated". Which line?',
          code: `var query = db.Users
    .AsNoTracking()
    .Where(u => IsPremium(u))
    .OrderBy(u => u.Name)
    .Select(u => new { u.Id, u.Name });`,
          bugLine: 3,
          answer: 'Inline the condition as an expression EF can translate (e.g. `.Where(u => u.Plan == Plan.Premium && u.ExpiresAt > now)`), or expose it as an `Expression<Func<User, bool>>`.',
          explanation:
            'EF Core cannot look inside a compiled C# method, so it cannot turn IsPremium into SQL. A condition written inline, or held in an Expression, can be translated.',
        },
      ],
    },
    hints: {
      nudge: 'When and how many times does the query on that line actually execute, and against what (memory or the database)?',
      concept:
        'LINQ queries are deferred: they run when enumerated, and again on each enumeration. Materialise once with `ToList()` when reusing results. On `IQueryable`, keep operators translatable and stay on `IQueryable` until the query is complete.',
      analogousExample:
        'Similar: `var pending = jobs.Where(j => !j.Done);` followed by marking jobs done in a loop and then `pending.Count()` gives a different count than expected, because the filter re-runs. `ToList()` captures the pending set at that moment.',
      pseudoCode:
        'query = source.Where(...).Select(...)   // nothing runs yet\nif used more than once: results = query.ToList()\nfor databases: keep IQueryable, project with Select, end with ToListAsync(ct)\nkeep lambdas free of side effects and custom methods',
    },
  },
  {
    conceptId: 'csharp.idisposable',
    fundamentals: {
      title: 'IDisposable and using: releasing resources deterministically',
      conceptId: 'csharp.idisposable',
      level: 'fundamentals',
      explanation: `The garbage collector reclaims memory, but not file handles, sockets, database connections or locks on a schedule you can rely on. Types that hold such resources implement \`IDisposable\` (or \`IAsyncDisposable\`), and you release them with \`using\`:

~~~csharp
using var stream = File.OpenRead(path);           // disposed at end of scope
using var reader = new StreamReader(stream);

await using var conn = new NpgsqlConnection(cs);  // IAsyncDisposable
await conn.OpenAsync(ct);
~~~

\`using\` compiles to \`try/finally\`, so \`Dispose\` runs on every exit path, including exceptions. The declaration form (\`using var\`) disposes at the end of the enclosing block; the statement form \`using (...) { }\` limits the scope explicitly.

Rules of thumb:

- If you create an \`IDisposable\` and own it, dispose it. If you receive one (a parameter, an injected service), the owner disposes it.
- Don't dispose objects managed by dependency injection or by factories meant to be shared: \`HttpClient\` from \`IHttpClientFactory\`, a \`DbContext\` from DI.
- \`HttpClient\` is the famous exception: creating and disposing one per request exhausts sockets. Reuse one instance or use \`IHttpClientFactory\`.

Analyzer CA2000 ("Dispose objects before losing scope") finds disposables that are never disposed.`,
      workedExample: {
        language: 'csharp',
        before: `public string[] ReadHeader(string path)
{
    var reader = new StreamReader(path);
    var line = reader.ReadLine() ?? throw new InvalidDataException($"{path} is empty");
    reader.Close();
    return line.Split(',');
}`,
        after: `public string[] ReadHeader(string path)
{
    using var reader = new StreamReader(path);
    var line = reader.ReadLine() ?? throw new InvalidDataException($"{path} is empty");
    return line.Split(',');
}`,
        note: 'When the file was empty, the exception skipped Close() and the handle stayed open until a finalizer ran, so on Windows the file stayed locked. The using declaration disposes the reader on every exit path.',
      },
      pitfalls: [
        'Calling `Dispose`/`Close` manually at the end of a method: exceptions and early returns skip it.',
        'Creating a new `HttpClient` per request.',
        'Disposing objects you do not own, such as DI-managed services or a stream passed in by the caller.',
      ],
      quiz: [
        {
          kind: 'predict-output',
          prompt: 'What does this program print?',
          code: `using System;

static void Run()
{
    using var a = new Probe("a");
    using var b = new Probe("b");
    Console.Write("work ");
}

Run();

sealed class Probe(string name) : IDisposable
{
    public void Dispose() => Console.Write($"dispose-{name} ");
}`,
          answer: 'work dispose-b dispose-a',
          explanation:
            'using declarations are disposed at the end of the scope in reverse order of declaration, like nested try/finally blocks.',
        },
        {
          kind: 'spot-the-bug',
          prompt: 'Under load this service fails with socket exhaustion. Which line?',
          code: `public async Task<string> GetQuoteAsync(string symbol, CancellationToken ct)
{
    using var client = new HttpClient();
    client.BaseAddress = new Uri("https://quotes.example.com/");
    return await client.GetStringAsync($"v1/{symbol}", ct);
}`,
          bugLine: 3,
          answer: 'Inject a shared `HttpClient` (typed client via `IHttpClientFactory`) instead of creating and disposing one per call.',
          explanation:
            'Each disposed HttpClient leaves its connection in TIME_WAIT; at high request rates the machine runs out of ports. HttpClient is designed to be reused.',
        },
      ],
    },
    advanced: {
      title: 'Implementing IDisposable correctly: ownership, async disposal and finalizers',
      conceptId: 'csharp.idisposable',
      level: 'advanced',
      explanation: `**When to implement it.** A class that owns disposable fields should itself be \`IDisposable\` and dispose them. Most classes never need a finalizer: only types that directly hold unmanaged handles do, and those should use \`SafeHandle\` instead.

~~~csharp
public sealed class ReportWriter : IDisposable, IAsyncDisposable
{
    private readonly FileStream _file;
    private bool _disposed;

    public ReportWriter(string path) => _file = File.Create(path);

    public void Write(ReadOnlySpan<byte> data)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        _file.Write(data);
    }

    public void Dispose() { if (_disposed) return; _disposed = true; _file.Dispose(); }
    public async ValueTask DisposeAsync() { if (_disposed) return; _disposed = true; await _file.DisposeAsync(); }
}
~~~

\`Dispose\` must be idempotent: calling it twice does nothing. For non-sealed classes, follow the \`protected virtual void Dispose(bool disposing)\` pattern so subclasses can add cleanup.

**Async disposal.** Streams and connections that flush on close should be disposed with \`await using\`; synchronous \`Dispose\` may block on I/O.

**Constructor failures.** If a constructor throws after creating a disposable field, nobody can dispose it; dispose what you created in a \`catch\` before rethrowing.

**Returning disposables.** A factory method transfers ownership to the caller; document it, and don't wrap the return in \`using\`.

**DI lifetimes.** The container disposes services it created at the end of their scope; a singleton that holds a scoped disposable keeps it alive (captive dependency) and uses it after disposal.`,
      workedExample: {
        language: 'csharp',
        before: `public Stream OpenExport(string path)
{
    using var file = File.Create(path);
    WriteHeader(file);
    return file; // caller receives a disposed stream
}`,
        after: `public Stream OpenExport(string path)
{
    var file = File.Create(path);
    try
    {
        WriteHeader(file);
        return file;            // ownership moves to the caller
    }
    catch
    {
        file.Dispose();         // nobody else can dispose it on failure
        throw;
    }
}`,
        note: 'The using disposed the stream as the method returned, so callers got ObjectDisposedException on the first write. Returning a disposable transfers ownership; the method disposes only on the failure path, where the caller never receives it.',
      },
      pitfalls: [
        'Wrapping a disposable in `using` and then returning or storing it.',
        'Non-idempotent `Dispose` implementations that throw on a second call.',
        'Adding finalizers to classes that only hold managed disposables.',
      ],
      quiz: [
        {
          kind: 'multiple-choice',
          prompt: 'A class holds a `SqlConnection` field it created. What should it do?',
          code: '',
          choices: [
            'Nothing: the GC will clean it up',
            'Implement IDisposable (and IAsyncDisposable) and dispose the connection there',
            'Add a finalizer that closes the connection',
            'Call connection.Dispose() in every public method',
          ],
          answerIndex: 1,
          explanation:
            'Ownership of a disposable field makes the class disposable too. Finalizers run late, on another thread, and must not touch other managed objects; they are not a substitute.',
        },
        {
          kind: 'spot-the-bug',
          prompt: 'Disposing a `Cache` twice throws. Which line should change?',
          code: `public sealed class Cache : IDisposable
{
    private readonly MemoryMappedFile _map = MemoryMappedFile.CreateNew(null, 1 << 20);
    private bool _disposed;

    public void Dispose()
    {
        _map.Dispose();
        if (_disposed) throw new ObjectDisposedException(nameof(Cache));
        _disposed = true;
    }
}`,
          bugLine: 9,
          answer: 'Make Dispose idempotent: check the flag first and return silently (`if (_disposed) return;`), then dispose the map and set the flag.',
          explanation:
            'The Dispose contract requires that repeated calls are harmless. Throwing ObjectDisposedException belongs in the other members, not in Dispose itself.',
        },
      ],
    },
    hints: {
      nudge: 'Who creates the resource on that line, who owns it, and is it released on every path, including exceptions?',
      concept:
        'Objects that hold OS resources implement `IDisposable`; the owner releases them with `using`/`await using`, which runs on every exit path. Do not dispose what you do not own, and reuse `HttpClient`.',
      analogousExample:
        'Similar: `var conn = new SqlConnection(cs); conn.Open(); Run(conn); conn.Close();` leaks the connection back to no pool when Run throws. `using var conn = new SqlConnection(cs);` returns it to the pool on every path.',
      pseudoCode:
        'if you create it and own it:\n    using var resource = Create();   // or await using for async resources\n    use(resource)\nif you return it: do not wrap in using; dispose only if you fail before returning\nif a class holds one: implement IDisposable and dispose it there (idempotently)',
    },
  },
  {
    conceptId: 'csharp.general',
    fundamentals: {
      title: 'C# compiler diagnostics: errors, warnings and analyzer codes',
      conceptId: 'csharp.general',
      level: 'fundamentals',
      explanation: `The C# compiler (Roslyn) reports diagnostics with stable codes. \`CS\` codes come from the compiler itself; \`CA\` (code analysis) and \`IDE\` (style) codes come from analyzers that ship with the .NET SDK; third-party analyzers use their own prefixes.

Frequent ones:

- **CS0103** "The name 'x' does not exist in the current context": a typo, a variable declared in another scope, or a missing \`using\` for a static import.
- **CS0246** "The type or namespace name 'X' could not be found": a missing \`using\` directive or package reference.
- **CS1061** "'T' does not contain a definition for 'M'": wrong type, or an extension method whose namespace is not imported (LINQ without \`using System.Linq\` in projects without implicit usings).
- **CS0029/CS0266** "Cannot implicitly convert type": add an explicit conversion only after deciding about precision and overflow.
- **CS8600–CS8625**: nullable reference type warnings.
- **CS4014**: an async call is not awaited.

Warnings matter in C#: nullable warnings and \`CS4014\` predict real runtime failures. Keep the warning count at zero in new code so new ones are noticed:

~~~xml
<PropertyGroup>
  <Nullable>enable</Nullable>
  <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
</PropertyGroup>
~~~

Press Ctrl+. (Quick Actions) on a diagnostic: many have code fixes, such as adding the missing \`using\` or generating the missing member. Fix the first error first; a missing \`using\` can cascade into dozens of follow-on errors.`,
      workedExample: {
        language: 'csharp',
        before: `public void Refresh()
{
    _cache.ReloadAsync();           // CS4014: call is not awaited
    StatusText = "Refreshed";
}`,
        after: `public async Task RefreshAsync(CancellationToken ct)
{
    await _cache.ReloadAsync(ct);
    StatusText = "Refreshed";
}`,
        note: 'CS4014 was only a warning, but the status claimed success before the reload finished, and any exception from ReloadAsync was lost. Awaiting it (and making the method async all the way up) fixes both.',
      },
      pitfalls: [
        'Letting warnings accumulate until new, important ones are invisible.',
        'Assuming CS1061 means the method does not exist, when an extension method\'s namespace is simply not imported.',
        'Adding explicit casts to fix CS0266 without thinking about truncation or overflow.',
      ],
      quiz: [
        {
          kind: 'multiple-choice',
          prompt: 'Which diagnostic code family comes from the compiler itself rather than from an analyzer?',
          code: '',
          choices: ['CA2000', 'IDE0005', 'CS8602', 'xUnit1004'],
          answerIndex: 2,
          explanation:
            'CS codes are produced by the C# compiler (CS8602 is a nullable warning). CA and IDE codes come from the .NET SDK analyzers; xUnit1004 from the xUnit analyzer package.',
        },
        {
          kind: 'predict-output',
          prompt: 'This compiles (with an explicit cast, in the default unchecked context). What does it print?',
          code: `using System;

long bytes = 3_000_000_000L;
int asInt = (int)bytes;
Console.WriteLine(asInt);`,
          answer: '-1294967296',
          explanation:
            'The explicit conversion keeps the low 32 bits, which wraps to a negative number. In a checked context (checked(...) or <CheckForOverflowUnderflow>) it would throw OverflowException instead.',
        },
      ],
    },
    advanced: {
      title: 'Configuring C# analysis: .editorconfig severities, analyzers and build-only errors',
      conceptId: 'csharp.general',
      level: 'advanced',
      explanation: `**Severity lives in .editorconfig.** Every analyzer diagnostic can be tuned per folder:

~~~ini
[*.cs]
# dispose objects before losing scope
dotnet_diagnostic.CA2000.severity = error
# use LoggerMessage delegates for high-volume logging
dotnet_diagnostic.CA1848.severity = warning
~~~

\`<AnalysisLevel>latest-recommended</AnalysisLevel>\` enables a broader CA rule set; \`<EnforceCodeStyleInBuild>true</EnforceCodeStyleInBuild>\` makes IDE rules fail the command-line build, not just show in the editor.

**Targeted warnings-as-errors.** \`<WarningsAsErrors>nullable</WarningsAsErrors>\` promotes all nullable warnings without making every warning fatal during a migration.

**Suppression** should be local and justified: \`#pragma warning disable CA2000 // ownership passes to the caller\` with a matching \`restore\`, or \`[SuppressMessage(..., Justification = "...")]\`. Blanket \`<NoWarn>\` entries hide future occurrences project-wide.

**IDE-only vs build errors.** When Visual Studio or the C# Dev Kit shows errors that \`dotnet build\` does not (or the reverse), the cause is usually a different SDK (\`global.json\`), a stale design-time build, or source generators that have not run. \`dotnet build -v:n\` and deleting \`obj/\` settle it.

**Source generators and analyzers** are NuGet packages too: version them like code, and check the analyzer's own diagnostics (e.g. \`SYSLIB1045\` for \`GeneratedRegex\`) that suggest faster generated alternatives.

**LangVersion** follows the target framework by default (C# 12 for net8.0); forcing a newer \`LangVersion\` on an older framework enables syntax whose runtime support may be missing.`,
      workedExample: {
        language: 'csharp',
        before: `<!-- Directory.Build.props -->
<PropertyGroup>
  <Nullable>enable</Nullable>
  <NoWarn>CS8602;CS8618;CA2000</NoWarn>
</PropertyGroup>`,
        after: `<!-- Directory.Build.props -->
<PropertyGroup>
  <Nullable>enable</Nullable>
  <AnalysisLevel>latest-recommended</AnalysisLevel>
  <EnforceCodeStyleInBuild>true</EnforceCodeStyleInBuild>
  <WarningsAsErrors>nullable;CA2000</WarningsAsErrors>
</PropertyGroup>`,
        note: 'NoWarn turned nullable analysis on and then muted the two warnings that matter most, plus the dispose check, for the whole repository. Promoting them to errors instead keeps new code honest; existing occurrences can be fixed or suppressed one by one with a justification.',
      },
      pitfalls: [
        'Muting diagnostics project-wide with `<NoWarn>` instead of fixing or locally suppressing them.',
        'Configuring IDE style rules that never run in CI because `EnforceCodeStyleInBuild` is off.',
        'Debugging editor-only errors without checking the SDK version pinned by `global.json`.',
      ],
      quiz: [
        {
          kind: 'multiple-choice',
          prompt: 'An IDE0055 (formatting) rule is set to `error` in .editorconfig. The editor shows it, but CI builds pass. Why?',
          code: '',
          choices: [
            'IDE rules are not supported in .editorconfig',
            'Code-style (IDE) rules only run in the build when EnforceCodeStyleInBuild is true',
            'CI uses Release configuration',
            'Severity error is ignored for formatting rules',
          ],
          answerIndex: 1,
          explanation:
            'IDE-prefixed rules are evaluated by the editor by default. Setting <EnforceCodeStyleInBuild>true</EnforceCodeStyleInBuild> makes dotnet build report them with the configured severity.',
        },
        {
          kind: 'spot-the-bug',
          prompt: 'This suppression hides a real leak in every later method of the file. Which line is the problem?',
          code: `#pragma warning disable CA2000
public Stream OpenReport(string path)
{
    return File.OpenRead(path); // ownership passes to the caller
}

public long ReportSize(string path)
{
    var stream = File.OpenRead(path);
    return stream.Length;
}`,
          bugLine: 1,
          answer: 'Restore the warning right after the method (`#pragma warning restore CA2000`), or use a `[SuppressMessage]` attribute on OpenReport only; then fix ReportSize with `using var stream = ...`.',
          explanation:
            'Without a restore, the pragma silences CA2000 for the rest of the file, so the undisposed stream in ReportSize is never reported.',
        },
      ],
    },
    hints: {
      nudge: 'What is the diagnostic code (CS, CA or IDE) and which symbol does the message name?',
      concept:
        'C# diagnostics have stable codes: CS from the compiler, CA/IDE from analyzers. Fix the first error first, use Quick Actions (Ctrl+.) for common fixes, and treat nullable and async warnings as real bugs.',
      analogousExample:
        'Similar: `CS1061: \'List<Order>\' does not contain a definition for \'Where\'` in a project without implicit usings is fixed by `using System.Linq;`, because Where is an extension method found only when its namespace is imported.',
      pseudoCode:
        'read the code and the symbol in the message\nCS0103/CS0246/CS1061: check spelling, using directives, package references\nCS0029/CS0266: add an explicit, deliberate conversion\nCS86xx: handle null; CS4014: await the task\nrebuild; configure severities in .editorconfig so it stays fixed',
    },
  },
];
