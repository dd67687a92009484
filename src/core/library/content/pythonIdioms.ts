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
  {
    conceptId: 'py.dataclasses',
    fundamentals: {
      title: 'Dataclasses: typed records without boilerplate',
      conceptId: 'py.dataclasses',
      level: 'fundamentals',
      explanation: `\`@dataclass\` reads the annotated class attributes and generates \`__init__\`, \`__repr__\` and \`__eq__\` from them:

~~~python
from dataclasses import dataclass, field

@dataclass
class Invoice:
    number: str
    amount_cents: int
    currency: str = "EUR"
    lines: list[str] = field(default_factory=list)

inv = Invoice("2024-001", 1999)
print(inv)  # Invoice(number='2024-001', amount_cents=1999, currency='EUR', lines=[])
~~~

Rules the generator enforces:

- **Field order.** A field without a default cannot follow one with a default: \`TypeError: non-default argument 'x' follows default argument\`. Reorder, or use \`kw_only=True\` (3.10) so all fields become keyword-only and order no longer matters.
- **Mutable defaults** must use \`field(default_factory=...)\`.
- **Annotations are required.** An attribute without a type annotation is a plain class attribute, not a field.

Useful options: \`frozen=True\` makes instances immutable (assignment raises \`FrozenInstanceError\`) and hashable, so they can be dict keys and set members; \`slots=True\` (3.10) reduces memory and catches typos in attribute assignment; \`order=True\` generates comparison operators.

Types are **not validated** at runtime: \`Invoice(number=5, amount_cents="x")\` is accepted. Validate in \`__post_init__\`, or use pydantic when parsing untrusted input.

Prefer dataclasses over dicts for structured data passed between functions: typos become attribute errors, checkers know the fields, and \`repr\` makes logs readable.`,
      workedExample: {
        language: 'python',
        before: `def make_user(name, email, roles=None):
    return {"name": name, "email": email, "roles": roles or []}

user = make_user("ada", "ada@example.com")
if "admin" in user["role"]:  # KeyError at runtime: typo in the key
    grant_all(user)`,
        after: `from dataclasses import dataclass, field

@dataclass(frozen=True, slots=True)
class User:
    name: str
    email: str
    roles: tuple[str, ...] = ()

user = User("ada", "ada@example.com")
if "admin" in user.role:  # checker: Cannot access attribute "role" for class "User"
    grant_all(user)`,
        note: 'With a dict, the misspelled key is only discovered when that line runs. The dataclass gives the checker the field names, so the typo is reported in the editor; frozen with a tuple makes the user value immutable and hashable.',
      },
      pitfalls: [
        'Expecting dataclasses to validate field types at runtime.',
        'Putting a required field after a defaulted one (use `kw_only=True` or reorder).',
        'Forgetting the annotation, which makes the attribute a shared class variable instead of a field.',
      ],
      quiz: [
        {
          kind: 'predict-output',
          prompt: 'What does this print?',
          code: `from dataclasses import dataclass

@dataclass(frozen=True)
class Point:
    x: int
    y: int = 0

a, b = Point(1), Point(1, 0)
print(a == b, a is b, len({a, b}), a)`,
          answer: 'True False 1 Point(x=1, y=0)',
          explanation:
            'The generated __eq__ compares fields, so a == b although they are distinct objects. frozen=True also generates __hash__, so the set holds one element. __repr__ lists the fields.',
        },
        {
          kind: 'multiple-choice',
          prompt: 'Why does defining this class raise TypeError?',
          code: `@dataclass
class Job:
    name: str
    retries: int = 3
    queue: str`,
          choices: [
            'str fields need defaults',
            'A field without a default follows a field with a default',
            'retries must be a float',
            'Dataclasses need an explicit __init__',
          ],
          answerIndex: 1,
          explanation:
            'The generated __init__ would be (name, retries=3, queue), which is invalid Python. Move queue before retries, give it a default, or use @dataclass(kw_only=True).',
        },
      ],
    },
    advanced: {
      title: 'Dataclasses in depth: post-init, inheritance, replace and slots',
      conceptId: 'py.dataclasses',
      level: 'advanced',
      explanation: `**Validation and derived fields.** \`__post_init__\` runs after the generated \`__init__\`. Use it to validate or compute; for computed fields excluded from \`__init__\`, declare \`field(init=False)\`. In frozen classes, set them with \`object.__setattr__(self, "name", value)\`.

~~~python
@dataclass(frozen=True)
class Money:
    cents: int
    currency: str

    def __post_init__(self) -> None:
        if len(self.currency) != 3:
            raise ValueError(f"currency must be an ISO code, got {self.currency!r}")
~~~

**Updating immutable values.** \`dataclasses.replace(obj, amount=5)\` (or \`copy.replace\` in 3.13) returns a modified copy and re-runs \`__post_init__\`.

**InitVar** passes constructor-only values to \`__post_init__\` without storing them (a password to hash, a raw string to parse).

**Inheritance.** Subclass fields are appended after base fields, so a base with defaulted fields forces defaults on every subclass field, unless you use \`kw_only\`. \`KW_ONLY\` as a pseudo-field marks the rest of the fields keyword-only.

**Equality and hashing.** \`eq=True\` with a mutable class sets \`__hash__ = None\` (unhashable); \`unsafe_hash=True\` forces a hash over mutable fields and is almost always a mistake. \`field(compare=False)\` excludes caches or timestamps from equality.

**slots=True** creates a new class with \`__slots__\`; it breaks code that relies on \`__dict__\`, and zero-argument \`super()\` in such classes was fixed only in 3.14.

**asdict** deep-copies recursively and can be slow on large graphs; for serialisation at scale, write an explicit mapping or use a library built for it.`,
      workedExample: {
        language: 'python',
        before: `@dataclass
class DateRange:
    start: date
    end: date

def extend(r: DateRange, days: int) -> DateRange:
    r.end = r.end + timedelta(days=days)  # mutates the caller's range
    return r`,
        after: `@dataclass(frozen=True)
class DateRange:
    start: date
    end: date

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise ValueError(f"end {self.end} is before start {self.start}")

def extend(r: DateRange, days: int) -> DateRange:
    return replace(r, end=r.end + timedelta(days=days))`,
        note: 'The mutable version changed a range the caller might share (a cached booking, another reservation). Frozen plus replace returns a new value, and __post_init__ guarantees every range, including the replaced one, is valid.',
      },
      pitfalls: [
        'Mutating dataclass instances that are shared, where a frozen class and `replace` would prevent aliasing bugs.',
        'Using `unsafe_hash=True` on mutable dataclasses, breaking dict and set lookups after mutation.',
        'Inheritance hierarchies where base defaults force awkward defaults in subclasses; use `kw_only`.',
      ],
      quiz: [
        {
          kind: 'predict-output',
          prompt: 'What does this print?',
          code: `from dataclasses import dataclass, field, replace

@dataclass(frozen=True)
class Box:
    w: int
    h: int
    area: int = field(init=False)

    def __post_init__(self):
        object.__setattr__(self, "area", self.w * self.h)

b = Box(2, 3)
c = replace(b, h=5)
print(b.area, c.area)`,
          answer: '6 10',
          explanation:
            'replace calls __init__ with the changed field, which runs __post_init__ again, so the derived area is recomputed for the copy. init=False fields are not passed to replace.',
        },
        {
          kind: 'spot-the-bug',
          prompt: 'Tasks vanish from a set after their status changes. Which line?',
          code: `from dataclasses import dataclass

@dataclass(unsafe_hash=True)
class Task:
    id: int
    status: str

pending = {Task(1, "new")}`,
          bugLine: 3,
          answer: 'Do not hash mutable fields: use `frozen=True` (and create new Tasks on change), or hash only the id with `field(compare=False)` on status, or key a dict by `task.id`.',
          explanation:
            'The hash includes status. After task.status changes, the hash no longer matches the bucket where the set stored it, so lookups and removals fail.',
        },
      ],
    },
    hints: {
      nudge: 'Which field, default or option on the @dataclass decorator does the error or behaviour relate to?',
      concept:
        '`@dataclass` generates `__init__`, `__repr__` and `__eq__` from annotated fields. Required fields come before defaulted ones (or use `kw_only`), mutable defaults need `default_factory`, `frozen=True` gives immutable hashable values, and types are not checked at runtime.',
      analogousExample:
        'Similar: `@dataclass class Config: hosts: list[str] = []` raises ValueError at import; `hosts: list[str] = field(default_factory=list)` gives every Config its own list.',
      pseudoCode:
        '@dataclass(frozen=True, slots=True, kw_only=True)   # choose options deliberately\nclass Thing:\n    required_field: Type\n    optional_field: Type = default\n    collection: list[T] = field(default_factory=list)\n    def __post_init__(self): validate invariants',
    },
  },
  {
    conceptId: 'py.decorators',
    fundamentals: {
      title: 'Decorators: functions that wrap functions',
      conceptId: 'py.decorators',
      level: 'fundamentals',
      explanation: `\`@decorator\` above a \`def\` is shorthand for \`func = decorator(func)\`. A decorator takes a function and returns a replacement, usually a wrapper that adds behaviour before or after calling the original:

~~~python
import functools, logging, time

def timed(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        start = time.perf_counter()
        try:
            return func(*args, **kwargs)
        finally:
            logging.info("%s took %.3fs", func.__qualname__, time.perf_counter() - start)
    return wrapper

@timed
def rebuild_index(path): ...
~~~

Essentials:

- **Return the result.** A wrapper that calls \`func(*args, **kwargs)\` without \`return\` makes every decorated function return \`None\`.
- **Use functools.wraps.** It copies \`__name__\`, \`__doc__\`, \`__qualname__\` and \`__wrapped__\` onto the wrapper; without it, logs, stack traces, \`help()\` and frameworks that register functions by name see \`wrapper\`.
- **Decorators with arguments** need one more level: \`@retry(times=3)\` calls \`retry(times=3)\`, which must return the actual decorator.
- **Order matters.** Stacked decorators apply bottom-up: \`@a @b def f\` is \`a(b(f))\`.

Decorators run **at definition time** (usually import). Side effects there (registering routes, reading config) happen once, when the module is imported. Standard library examples: \`@functools.cache\`, \`@property\`, \`@staticmethod\`, \`@contextlib.contextmanager\`, \`@dataclass\`.`,
      workedExample: {
        language: 'python',
        before: `def require_admin(view):
    def wrapper(request, *args, **kwargs):
        if not request.user.is_admin:
            raise PermissionDenied()
        view(request, *args, **kwargs)
    return wrapper

@require_admin
def delete_project(request, project_id): ...
# every decorated view now returns None; routes registered by name see "wrapper"`,
        after: `import functools

def require_admin(view):
    @functools.wraps(view)
    def wrapper(request, *args, **kwargs):
        if not request.user.is_admin:
            raise PermissionDenied()
        return view(request, *args, **kwargs)
    return wrapper

@require_admin
def delete_project(request, project_id): ...`,
        note: 'The wrapper dropped the view\'s return value, so responses became None, and without wraps every decorated view was named "wrapper", colliding in URL registries and confusing logs. return and functools.wraps fix both.',
      },
      pitfalls: [
        'Forgetting `return` in the wrapper, so decorated functions return `None`.',
        'Omitting `functools.wraps`, losing the function\'s name, docstring and `__wrapped__`.',
        'Confusing `@decorator` and `@decorator()` for decorators that take arguments.',
      ],
      quiz: [
        {
          kind: 'predict-output',
          prompt: 'What does this print?',
          code: `def shout(func):
    def wrapper(*args):
        return func(*args).upper()
    return wrapper

def exclaim(func):
    def wrapper(*args):
        return func(*args) + "!"
    return wrapper

@shout
@exclaim
def greet(name):
    return f"hi {name}"

print(greet("ada"), greet.__name__)`,
          answer: 'HI ADA! wrapper',
          explanation:
            'Decorators apply bottom-up: greet = shout(exclaim(greet)), so "!" is added first and then everything is upper-cased. Without functools.wraps, the name is the outer wrapper\'s.',
        },
        {
          kind: 'multiple-choice',
          prompt: '`@retry(times=3)` should retry a function three times. What must `retry(times=3)` return?',
          code: '',
          choices: [
            'The wrapped function\'s result',
            'A decorator: a function that takes the function to wrap and returns the wrapper',
            'The number 3',
            'The original function unchanged',
          ],
          answerIndex: 1,
          explanation:
            'The expression after @ is evaluated first; its result is then called with the function. So a decorator with arguments is a factory returning the real decorator.',
        },
      ],
    },
    advanced: {
      title: 'Typed, reusable decorators: ParamSpec, methods, classes and async',
      conceptId: 'py.decorators',
      level: 'advanced',
      explanation: `**Keep the signature typed.** With the 3.12 syntax, a signature-preserving decorator is:

~~~python
def logged[**P, R](func: Callable[P, R]) -> Callable[P, R]:
    @functools.wraps(func)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        log.debug("calling %s", func.__qualname__)
        return func(*args, **kwargs)
    return wrapper
~~~

\`Concatenate[Request, P]\` expresses decorators that add or remove a leading parameter (for example injecting a database session).

**Async functions.** A sync wrapper around a coroutine function times only coroutine creation and cannot \`await\`; detect with \`inspect.iscoroutinefunction(func)\` and define an \`async def wrapper\` that awaits.

**Methods.** Function decorators work on methods because the wrapper becomes the class attribute and receives \`self\` in \`*args\`. Caching methods with \`@functools.cache\` keeps every \`self\` alive forever (it is part of the key); use \`functools.cached_property\` for per-instance values or a cache keyed by an id.

**Classes as decorators and decorating classes.** A class with \`__call__\` can serve as a decorator but then is not a descriptor, so applied to methods it does not bind \`self\` unless it implements \`__get__\`. Class decorators (\`@dataclass\`, registries) receive and return the class.

**Definition-time cost.** Code in the decorator body runs at import; keep it cheap and side-effect free except for intentional registration.

**Testing.** \`functools.wraps\` sets \`__wrapped__\`, so tests can reach the undecorated function via \`func.__wrapped__\`.`,
      workedExample: {
        language: 'python',
        before: `def timed(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        start = time.perf_counter()
        result = func(*args, **kwargs)        # for async funcs: just a coroutine
        metrics.observe(func.__name__, time.perf_counter() - start)
        return result
    return wrapper

@timed
async def fetch_prices(symbols: list[str]) -> dict[str, float]: ...`,
        after: `def timed[**P, R](func: Callable[P, Awaitable[R]]) -> Callable[P, Awaitable[R]]:
    @functools.wraps(func)
    async def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        start = time.perf_counter()
        try:
            return await func(*args, **kwargs)
        finally:
            metrics.observe(func.__name__, time.perf_counter() - start)
    return wrapper

@timed
async def fetch_prices(symbols: list[str]) -> dict[str, float]: ...`,
        note: 'The sync wrapper measured only how long it took to create the coroutine (microseconds), not the network call. An async wrapper awaits the real work; finally records failures too, and ParamSpec keeps the signature for callers.',
      },
      pitfalls: [
        'Sync wrappers around async functions, which neither await nor measure the real work.',
        '`functools.cache`/`lru_cache` on methods, which retains every instance.',
        'Untyped decorators that erase the decorated function\'s signature for the type checker.',
      ],
      quiz: [
        {
          kind: 'predict-output',
          prompt: 'What does this print?',
          code: `import functools

calls = []

def register(name):
    def decorator(func):
        calls.append(name)
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            return func(*args, **kwargs)
        return wrapper
    return decorator

@register("first")
def a(): return 1

@register("second")
def b(): return 2

print(calls, a.__name__, a.__wrapped__())`,
          answer: "['first', 'second'] a 1",
          explanation:
            'The decorator bodies run when each def is executed (at import), not when a or b are called. wraps copies the name and exposes the original through __wrapped__.',
        },
        {
          kind: 'spot-the-bug',
          prompt: 'Memory grows without bound in a long-running service. Which line?',
          code: `import functools

class PriceService:
    def __init__(self, client):
        self.client = client

    @functools.cache
    def price(self, sku: str) -> float:
        return self.client.lookup(sku)`,
          bugLine: 7,
          answer: 'Do not use functools.cache on methods: keep a per-instance cache (a dict attribute or an LRU created in __init__), or cache a module-level function keyed by sku only.',
          explanation:
            'functools.cache includes self in the key and holds a strong reference to it, so every PriceService instance ever created, and all its cached prices, stay in memory.',
        },
      ],
    },
    hints: {
      nudge: 'What does the wrapper function return, and what name and signature does the decorated function have afterwards?',
      concept:
        'A decorator replaces a function with what it returns, usually a wrapper. The wrapper must call and return the original, should use `functools.wraps`, and for async functions must itself be async. Decorators with arguments are factories that return the decorator.',
      analogousExample:
        'Similar: a `@cached` decorator that stores results in a dict but forgets `return result` on the cache-miss path returns None the first time and the right value afterwards, which makes the bug look intermittent.',
      pseudoCode:
        'def decorator(func):\n    @functools.wraps(func)\n    def wrapper(*args, **kwargs):   # async def + await if func is async\n        before()\n        result = func(*args, **kwargs)\n        after()\n        return result\n    return wrapper\nwith arguments: def factory(options): return decorator',
    },
  },
];
