import type { LibraryEntry } from '../libraryEntry';

/**
 * Offline library entries for C# (nullable reference types, async/await, LINQ, IDisposable); the library registry serves
 * them when no LLM is available.
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
];
