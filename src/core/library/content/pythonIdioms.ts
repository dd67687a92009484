import type { LibraryEntry } from '../libraryEntry';

/**
 * Offline library entries for Python idioms that commonly cause bugs (mutable defaults, exceptions, dataclasses,
 * decorators); the library registry serves them when no LLM is available.
 */
export const pythonIdiomsEntries: readonly LibraryEntry[] = [
  {
    conceptId: 'py.mutable-defaults',
    fundamentals: {
      title: 'Mutable default arguments are shared between calls',
      conceptId: 'py.mutable-defaults',
      level: 'fundamentals',
      explanation: `Default argument values are evaluated **once**, when the \`def\` statement runs, and the same object is reused on every call that omits the argument. For immutable defaults (\`0\`, \`None\`, \`"x"\`, tuples) that is harmless. For mutable ones (\`[]\`, \`{}\`, \`set()\`, a dataclass instance), changes made in one call are visible in the next:

~~~python
def add_tag(tag, tags=[]):
    tags.append(tag)
    return tags

add_tag("a")   # ['a']
add_tag("b")   # ['a', 'b']  same list as before
~~~

The idiom is a \`None\` sentinel, creating the object inside the function:

~~~python
def add_tag(tag: str, tags: list[str] | None = None) -> list[str]:
    if tags is None:
        tags = []
    tags.append(tag)
    return tags
~~~

In dataclasses and attrs, mutable defaults are rejected outright (\`ValueError: mutable default <class 'list'> for field tags is not allowed: use default_factory\`); write \`field(default_factory=list)\`. Pydantic copies defaults per instance, so the bug does not occur there, which is one reason it surprises people moving between the two.

The same trap appears with class attributes: \`class Cart: items = []\` is shared by every instance; assign \`self.items = []\` in \`__init__\`.

Ruff's \`B006\` (flake8-bugbear) rule flags mutable defaults, and \`B008\` flags function calls in defaults (\`def f(now=datetime.now())\` freezes the time at import).`,
      workedExample: {
        language: 'python',
        before: `def build_headers(token: str, extra: dict[str, str] = {}) -> dict[str, str]:
    extra["Authorization"] = f"Bearer {token}"
    return extra

a = build_headers("alice-token")
b = build_headers("bob-token")
print(a is b, a["Authorization"])  # True Bearer bob-token`,
        after: `def build_headers(token: str, extra: dict[str, str] | None = None) -> dict[str, str]:
    headers = dict(extra or {})
    headers["Authorization"] = f"Bearer {token}"
    return headers

a = build_headers("alice-token")
b = build_headers("bob-token")
print(a is b, a["Authorization"])  # False Bearer alice-token`,
        note: 'Both calls received the same default dict, so Bob\'s token overwrote Alice\'s in the object both callers held: a credential leak between requests. The fix creates a new dict per call and also stops mutating a dict the caller passed in.',
      },
      pitfalls: [
        'Mutable defaults (`[]`, `{}`, `set()`) in function signatures.',
        'Defaults that call functions (`datetime.now()`, `uuid4()`), evaluated once at import.',
        'Mutable class attributes used as per-instance state.',
      ],
      quiz: [
        {
          kind: 'predict-output',
          prompt: 'What does this print?',
          code: `def record(event, log=[]):
    log.append(event)
    return len(log)

print(record("a"), record("b"), record("c", []), record("d"))`,
          answer: '1 2 1 3',
          explanation:
            'Calls without log share the single default list, which grows to 1, 2 and then 3. The call that passes its own [] gets a fresh list of length 1 and does not touch the default.',
        },
        {
          kind: 'spot-the-bug',
          prompt: 'Every order created in the same process shares one list of items. Which line?',
          code: `class Order:
    items: list[str] = []

    def __init__(self, order_id: str) -> None:
        self.order_id = order_id

    def add(self, sku: str) -> None:
        self.items.append(sku)`,
          bugLine: 2,
          answer: 'Create the list per instance: `self.items: list[str] = []` in `__init__` (or make Order a dataclass with `items: list[str] = field(default_factory=list)`).',
          explanation:
            'items is a class attribute. self.items.append finds it on the class, so every Order appends to the same list.',
        },
      ],
    },
    advanced: {
      title: 'Evaluation time of defaults, class state and default factories',
      conceptId: 'py.mutable-defaults',
      level: 'advanced',
      explanation: `Defaults live on the function object (\`fn.__defaults__\`, \`fn.__kwdefaults__\`), created when \`def\` executes. That explains the related traps:

- **Stale time and config.** \`def expire(at=time.time() + 3600)\` computes one value at import. \`def connect(cfg=load_config())\` reads configuration once, possibly before the environment is set up, and runs I/O at import time.
- **Closures in loops.** \`[lambda: i for i in range(3)]\` late-binds \`i\`; the default-argument trick \`lambda i=i: i\` deliberately uses early binding to capture each value.
- **None is not always a safe sentinel.** When \`None\` is a meaningful argument, use a private sentinel object:

~~~python
_UNSET = object()

def update(record: Record, note: str | None | object = _UNSET) -> None:
    if note is not _UNSET:
        record.note = note   # None clears it; omitted leaves it alone
~~~

**Dataclasses.** \`field(default_factory=list)\` runs the factory per instance. Since Python 3.11, dataclasses reject any unhashable default (not only list/dict/set), which catches custom mutable classes too. For \`attrs\`, use \`Factory(list)\`.

**Class-level mutable state** is sometimes intended (a registry shared by all instances), but then make it explicit: a \`ClassVar[dict[str, type]]\` annotation tells readers and type checkers that it is shared on purpose.

**Copy semantics.** Even with a fresh default, storing a caller's list directly (\`self.items = items\`) aliases it; copy at the boundary (\`list(items)\`) when the object must own its state.`,
      workedExample: {
        language: 'python',
        before: `class TokenCache:
    def get(self, key: str, now: float = time.monotonic()) -> str | None:
        entry = self._entries.get(key)
        if entry and entry.expires_at > now:
            return entry.token
        return None`,
        after: `class TokenCache:
    def get(self, key: str, now: float | None = None) -> str | None:
        if now is None:
            now = time.monotonic()
        entry = self._entries.get(key)
        if entry and entry.expires_at > now:
            return entry.token
        return None`,
        note: 'The default was computed once, when the class body ran, so "now" stayed frozen at import time and expired tokens were served forever. Evaluating inside the function gives the current time on each call while keeping the parameter for tests.',
      },
      pitfalls: [
        'Function calls in defaults that should run per call (time, UUIDs, configuration, I/O).',
        'Using `None` as a sentinel when callers need to pass `None` as a real value.',
        'Storing caller-provided lists or dicts without copying, sharing state by aliasing.',
      ],
      quiz: [
        {
          kind: 'predict-output',
          prompt: 'What does this print?',
          code: `import itertools

counter = itertools.count(1)

def next_id(prefix="job", n=next(counter)):
    return f"{prefix}-{n}"

print(next_id(), next_id(), next_id.__defaults__)`,
          answer: "job-1 job-1 ('job', 1)",
          explanation:
            'next(counter) ran once, when def executed, and the result is stored in __defaults__. Every call without n reuses 1.',
        },
        {
          kind: 'multiple-choice',
          prompt: 'Which dataclass field definition gives each instance its own dict?',
          code: '',
          choices: [
            'labels: dict[str, str] = {}',
            'labels: dict[str, str] = field(default={})',
            'labels: dict[str, str] = field(default_factory=dict)',
            'labels: ClassVar[dict[str, str]] = {}',
          ],
          answerIndex: 2,
          explanation:
            'default_factory is called for each new instance. The first two are rejected by dataclasses as mutable defaults, and ClassVar makes it a shared class attribute, not a field.',
        },
      ],
    },
    hints: {
      nudge: 'Look at the default values in the function signature (or class attributes): when is each one created, and who else holds the same object?',
      concept:
        'Defaults are evaluated once when `def` runs and shared by every call. Use `None` (or a private sentinel) as the default and create lists, dicts, times or IDs inside the function; in dataclasses use `field(default_factory=...)`.',
      analogousExample:
        'Similar: `def send(msg, retries_log=[])` accumulates retries from every message ever sent; `retries_log: list[str] | None = None` with `retries_log = [] if retries_log is None else retries_log` starts fresh for each call.',
      pseudoCode:
        'def f(arg=None):\n    if arg is None:\n        arg = new_object()     # [], {}, time.time(), uuid4() ...\n    ...\nin dataclasses: field(default_factory=list)\nfor per-instance state: assign in __init__, not in the class body',
    },
  },
  {
    conceptId: 'py.exceptions',
    fundamentals: {
      title: 'Exceptions in Python: catch narrowly, chain, clean up',
      conceptId: 'py.exceptions',
      level: 'fundamentals',
      explanation: `Python signals failures with exceptions, and idiomatic code often tries the operation and handles the failure (EAFP) instead of checking first, because a check can race with reality (a file deleted between \`exists()\` and \`open()\`).

Catch **specific** exceptions, as close to the operation as makes sense:

~~~python
try:
    port = int(os.environ["PORT"])
except KeyError:
    port = 8080
except ValueError as err:
    raise ConfigError(f"PORT must be an integer, got {os.environ['PORT']!r}") from err
~~~

Rules of thumb:

- Never use a bare \`except:\`; it also catches \`KeyboardInterrupt\` and \`SystemExit\`, so Ctrl+C stops working. \`except Exception:\` is acceptable only at top-level boundaries (a request handler, a worker loop) where you log and continue.
- Keep the \`try\` block small, so you do not catch errors from unrelated lines. Put code that should run only on success in \`else\`.
- Use \`raise NewError(...) from err\` when translating, so the traceback shows both ("The above exception was the direct cause of..."). \`raise\` alone re-raises the current exception.
- Use \`finally\` (or better, a context manager) for cleanup.
- Log with \`logger.exception(...)\` inside an \`except\` block to include the traceback.

Define your own exception classes for errors callers should handle distinctly, deriving from \`Exception\` (or a more specific built-in like \`ValueError\`).`,
      workedExample: {
        language: 'python',
        before: `def load_user(path):
    try:
        with open(path) as f:
            data = json.load(f)
        user = User(**data)
        notify_login(user)
        return user
    except:
        return None`,
        after: `def load_user(path: Path) -> User:
    try:
        with path.open(encoding="utf-8") as f:
            data = json.load(f)
    except FileNotFoundError:
        raise UserNotFound(path) from None
    except json.JSONDecodeError as err:
        raise CorruptUserFile(f"{path}: {err}") from err
    user = User(**data)
    notify_login(user)
    return user`,
        note: 'The bare except turned every failure, including bugs in User, errors in notify_login and even Ctrl+C, into a silent None. The try now covers only reading and parsing, each failure becomes a meaningful exception, and unrelated errors propagate with their tracebacks.',
      },
      pitfalls: [
        'Bare `except:` or `except Exception: pass`, which hide bugs and swallow interrupts.',
        'Huge `try` blocks that catch exceptions from lines they were not meant for.',
        'Translating exceptions without `from err`, losing the original cause.',
      ],
      quiz: [
        {
          kind: 'predict-output',
          prompt: 'What does this print?',
          code: `def parse(text):
    try:
        value = int(text)
    except ValueError:
        return "bad"
    else:
        return f"ok {value}"
    finally:
        print("checked", end=" ")

print(parse("12"))
print(parse("x"))`,
          answer: 'checked ok 12\nchecked bad',
          explanation:
            'finally runs before the function actually returns, so "checked " is printed first on each line. else runs only when the try raised nothing.',
        },
        {
          kind: 'multiple-choice',
          prompt: 'Why is `except:` (bare) worse than `except Exception:`?',
          code: '',
          choices: [
            'It is slower',
            'It also catches KeyboardInterrupt and SystemExit, which derive from BaseException',
            'It does not catch ValueError',
            'It is a syntax error in Python 3',
          ],
          answerIndex: 1,
          explanation:
            'A bare except catches BaseException, so Ctrl+C and sys.exit() are swallowed. Exception excludes those (and GeneratorExit).',
        },
      ],
    },
    advanced: {
      title: 'Exception design: hierarchies, groups, context and tracebacks',
      conceptId: 'py.exceptions',
      level: 'advanced',
      explanation: `**Hierarchies.** A library should expose one base class (\`class BillingError(Exception)\`) with specific subclasses, so callers can catch broadly or narrowly. Subclass built-ins when the meaning matches (\`class InvalidAmount(BillingError, ValueError)\`) so generic handlers still work.

**Chaining.** \`raise X from err\` sets \`__cause__\` (explicit); raising inside an \`except\` without \`from\` sets \`__context__\` ("During handling of the above exception, another exception occurred"), which usually signals a bug in the handler. \`from None\` suppresses the context when the original is noise.

**Exception groups** (3.11): \`asyncio.TaskGroup\` and \`ExceptionGroup\` raise several exceptions at once; handle them with \`except*\`, which can run multiple clauses for one group:

~~~python
try:
    async with asyncio.TaskGroup() as tg:
        for url in urls:
            tg.create_task(fetch(url))
except* TimeoutError as group:
    log.warning("%d fetches timed out", len(group.exceptions))
except* ValueError:
    raise
~~~

**Notes.** \`err.add_note(f"while processing row {i}")\` (3.11) attaches context that prints with the traceback without changing the exception type.

**Retries and cleanup.** Re-raise with bare \`raise\` to keep the original traceback. In \`finally\`, avoid \`return\`/\`break\`, which silently discard an in-flight exception (a SyntaxWarning since 3.14).

**Performance.** Exceptions are cheap when not raised; raising is comparatively expensive but fine for genuinely exceptional paths. Do not use them for per-item control flow in hot loops where a check is natural.`,
      workedExample: {
        language: 'python',
        before: `def import_rows(rows):
    for i, row in enumerate(rows):
        try:
            save(parse_row(row))
        except Exception as err:
            raise Exception("import failed")`,
        after: `class ImportFailed(Exception):
    """Raised when a row cannot be imported; the cause holds the original error."""

def import_rows(rows: Iterable[dict[str, str]]) -> None:
    for i, row in enumerate(rows, start=1):
        try:
            record = parse_row(row)
        except ValueError as err:
            err.add_note(f"row {i}: {row!r}")
            raise ImportFailed(f"row {i} is invalid") from err
        save(record)`,
        note: 'The original replaced every error, including database failures from save, with a generic Exception that carried no row number and no cause. The new version catches only parsing errors, names the row, keeps the cause chain, and lets save errors surface as themselves.',
      },
      pitfalls: [
        'Raising plain `Exception` instead of a specific class callers can catch.',
        'Raising inside `except` without `from`, producing confusing "During handling..." tracebacks.',
        '`return` inside `finally`, which discards the exception being propagated.',
      ],
      quiz: [
        {
          kind: 'predict-output',
          prompt: 'What does this print?',
          code: `def risky():
    try:
        raise ValueError("bad input")
    finally:
        return "finally wins"

class AppError(Exception):
    pass

try:
    try:
        int("x")
    except ValueError as err:
        raise AppError("config") from err
except AppError as e:
    print(risky(), type(e.__cause__).__name__)`,
          answer: 'finally wins ValueError',
          explanation:
            'return in finally discards the ValueError being raised, so risky() returns normally. raise ... from err stores the original ValueError as __cause__.',
        },
        {
          kind: 'spot-the-bug',
          prompt: 'When the database is down, the error message hides the real cause. Which line?',
          code: `def get_balance(account_id: int) -> Decimal:
    try:
        row = db.fetch_one("SELECT balance FROM accounts WHERE id = %s", (account_id,))
    except DatabaseError:
        raise AccountNotFound(account_id)
    if row is None:
        raise AccountNotFound(account_id)
    return row.balance`,
          bugLine: 5,
          answer: 'Do not translate infrastructure failures into "not found": let DatabaseError propagate, or wrap it in a service-level error with `from err`.',
          explanation:
            'A connection failure is reported as a missing account, so callers may create duplicates or show the wrong message, and the original error is lost. Only the row-is-None case means not found.',
        },
      ],
    },
    hints: {
      nudge: 'Which exact exception can the code on that line raise, and is the handler catching that one, or something much broader?',
      concept:
        'Catch specific exceptions around the smallest block that can raise them; translate with `raise NewError(...) from err`; clean up with `finally` or context managers; never use bare `except:`.',
      analogousExample:
        'Similar: `try: return cache[key] except Exception: return compute(key)` also hides bugs inside the lookup; `except KeyError:` handles only the missing key and lets everything else surface.',
      pseudoCode:
        'try:\n    only the operation that can fail\nexcept SpecificError as err:\n    recover, or raise DomainError("what failed, with context") from err\nelse:\n    code that runs only on success\nfinally:\n    cleanup (or use a with block)',
    },
  },
];
