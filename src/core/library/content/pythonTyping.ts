import type { LibraryEntry } from '../libraryEntry';

/**
 * Offline library entries for Python's errors and static typing (the general fallback entry, type hints, Optional/None
 * handling); the library registry serves them when no LLM is available.
 */
export const pythonTypingEntries: readonly LibraryEntry[] = [
  {
    conceptId: 'py.type-hints',
    fundamentals: {
      title: 'Type hints: contracts a checker enforces and Python ignores',
      conceptId: 'py.type-hints',
      level: 'fundamentals',
      explanation: `Python type hints are annotations that the interpreter stores but **does not enforce**. A checker (mypy, Pyright/Pylance) reads them and reports mismatches before the code runs; at runtime \`def f(x: int)\` happily accepts a string.

Modern syntax (Python 3.10+; 3.12 adds generics syntax):

~~~python
def top_customers(orders: list[Order], limit: int = 10) -> dict[str, float]:
    totals: dict[str, float] = {}
    for order in orders:
        totals[order.customer] = totals.get(order.customer, 0.0) + order.amount
    return dict(sorted(totals.items(), key=lambda kv: kv[1], reverse=True)[:limit])

def find(user_id: int) -> User | None: ...
type UserId = int            # 3.12 type alias statement
~~~

Use the built-in generics (\`list[str]\`, \`dict[str, int]\`, \`tuple[int, ...]\`) rather than \`typing.List\`/\`Dict\`, and \`X | None\` rather than \`Optional[X]\`. For parameters, accept the most general type you need (\`Iterable[str]\`, \`Mapping[str, int]\` from \`collections.abc\`); for return values, promise the concrete type.

Annotate function signatures and module-level constants; local variables are inferred. Run the checker in CI: hints that nothing checks drift out of date and mislead readers. Pyright's error messages, like "Argument of type \`str | None\` cannot be assigned to parameter of type \`str\`", are telling you about a real path through the code.`,
      workedExample: {
        language: 'python',
        before: `def average_latency(samples):
    return sum(s["ms"] for s in samples) / len(samples)

average_latency([{"ms": "120"}, {"ms": 80}])  # TypeError at runtime, deep in sum()`,
        after: `from collections.abc import Sequence
from typing import TypedDict

class Sample(TypedDict):
    ms: float

def average_latency(samples: Sequence[Sample]) -> float:
    if not samples:
        raise ValueError("average_latency needs at least one sample")
    return sum(s["ms"] for s in samples) / len(samples)

average_latency([{"ms": "120"}, {"ms": 80}])  # checker: "str" is not assignable to "float"`,
        note: 'With the signature typed, the checker flags the string latency at the call site instead of a TypeError inside sum(). Writing the contract also surfaced the empty-list case, which would have raised ZeroDivisionError.',
      },
      pitfalls: [
        'Assuming hints validate at runtime: use pydantic, attrs validators or explicit checks at trust boundaries.',
        'Using a mutable concrete type for parameters (`list[str]`) when the function only iterates: callers with tuples or generators get false errors.',
        'Annotating with `Any` to quiet the checker: it disables checking for everything derived from that value.',
      ],
      quiz: [
        {
          kind: 'predict-output',
          prompt: 'What does this print?',
          code: `def double(x: int) -> int:
    return x * 2

print(double("ab"))`,
          answer: 'abab',
          explanation:
            'Python does not enforce annotations at runtime: "ab" * 2 is "abab". A type checker would report the call, which is why the checker must run in CI.',
        },
        {
          kind: 'multiple-choice',
          prompt: 'The function only loops over its argument once. Which parameter annotation is best?',
          code: `def count_errors(lines) -> int:
    return sum(1 for line in lines if "ERROR" in line)`,
          choices: ['lines: list[str]', 'lines: Iterable[str]', 'lines: Any', 'lines: list'],
          answerIndex: 1,
          explanation:
            'Iterable[str] (from collections.abc) accepts lists, tuples, generators and open files, and still checks the element type. list[str] rejects valid callers; Any and bare list lose the element type.',
        },
      ],
    },
    advanced: {
      title: 'Typing beyond the basics: generics, Protocols, overloads and narrowing',
      conceptId: 'py.type-hints',
      level: 'advanced',
      explanation: `**Generics (3.12 syntax).** Type parameters are declared inline; no \`TypeVar\` boilerplate:

~~~python
def first[T](items: Sequence[T]) -> T | None:
    return items[0] if items else None

class Cache[K, V]:
    def __init__(self) -> None:
        self._data: dict[K, V] = {}
~~~

**Protocols** give structural typing: a \`class SupportsClose(Protocol): def close(self) -> None: ...\` accepts any object with that method, without inheritance.

**Narrowing** works with \`isinstance\`, \`is None\`, \`in\` on literals, \`match\`, and user-defined \`TypeGuard\`/\`TypeIs\` (3.13, or \`typing_extensions\`) functions. \`TypeIs\` narrows in both branches; \`TypeGuard\` only in the true branch.

**@overload** describes functions whose return type depends on argument values, such as \`read(path, binary: Literal[True]) -> bytes\` and \`Literal[False] -> str\`.

**Literal and Final.** \`Literal["r", "w"]\` restricts strings; \`Final\` marks constants the checker will not let you reassign.

**Runtime cost and forward references.** Annotations are evaluated at definition time before 3.14 unless \`from __future__ import annotations\` is used; imports needed only for typing go under \`if TYPE_CHECKING:\` to avoid import cycles.

**Strictness.** Enable \`strict\` in mypy or Pyright to catch untyped definitions and implicit \`Any\`; add it per module when migrating.`,
      workedExample: {
        language: 'python',
        before: `def load(path, as_json=False):
    with open(path) as f:
        text = f.read()
    return json.loads(text) if as_json else text

config = load("app.json", as_json=True)
config["port"]  # checker cannot tell str from dict here`,
        after: `import json
from typing import Any, Literal, overload

@overload
def load(path: str, as_json: Literal[False] = False) -> str: ...
@overload
def load(path: str, as_json: Literal[True]) -> dict[str, Any]: ...
def load(path: str, as_json: bool = False) -> str | dict[str, Any]:
    with open(path, encoding="utf-8") as f:
        text = f.read()
    return json.loads(text) if as_json else text

config = load("app.json", as_json=True)  # dict[str, Any]`,
        note: 'The overloads tie the return type to the literal flag, so callers get str or dict without isinstance checks or casts. The implementation signature itself is not visible to callers.',
      },
      pitfalls: [
        'Using `TypeGuard` where `TypeIs` is meant: the false branch is not narrowed.',
        'Runtime import cycles caused by imports needed only for annotations: put them under `if TYPE_CHECKING:`.',
        'Invariance surprises: `list[int]` is not a `list[float]`; accept `Sequence[float]` for read-only use.',
      ],
      quiz: [
        {
          kind: 'multiple-choice',
          prompt: 'Why does the checker reject this call?',
          code: `def mean(values: list[float]) -> float:
    return sum(values) / len(values)

ints: list[int] = [1, 2, 3]
mean(ints)`,
          choices: [
            'int is not compatible with float',
            'list is invariant: list[int] is not a list[float], because mean could append a float to it',
            'sum() does not accept lists',
            'It is accepted; there is no error',
          ],
          answerIndex: 1,
          explanation:
            'Mutable containers are invariant. Annotating the parameter as Sequence[float] (read-only, covariant) accepts list[int], since int is accepted where float is expected.',
        },
        {
          kind: 'predict-output',
          prompt: 'What does this print?',
          code: `def greet(name: "str") -> "str":
    return "hi " + name

print(greet.__annotations__["return"], greet("ann"))`,
          answer: 'str hi ann',
          explanation:
            'String annotations are stored as written (forward references) and never evaluated or enforced when the function runs. __annotations__ holds the string "str".',
        },
      ],
    },
    hints: {
      nudge: 'Read the checker message carefully: which expected type and which actual type does it name, and where does the actual one come from?',
      concept:
        'Type hints are a contract checked by mypy or Pyright, not by Python. Make the signature say what the function really accepts and returns (general types for inputs, concrete for outputs) and narrow values with `isinstance` or `is None` before using them.',
      analogousExample:
        'Similar: `def parse_port(value: str) -> int: return int(value)` called with `os.environ.get("PORT")` is reported because `get` returns `str | None`; handling the None case (a default or an error) makes the types line up.',
      pseudoCode:
        'find the value the checker complains about\ntrace where its type comes from (a call, a default, a container)\neither: narrow it (isinstance / is None) before use\nor: correct the annotation that is wrong\nnever: silence it with Any or cast without a reason',
    },
  },
  {
    conceptId: 'py.optional',
    fundamentals: {
      title: 'None handling: Optional types and narrowing in Python',
      conceptId: 'py.optional',
      level: 'fundamentals',
      explanation: `\`X | None\` (spelled \`Optional[X]\` in older code) says a value may be \`None\`. Type checkers report using it as \`X\` without a check: Pyright says \`"upper" is not a known attribute of "None"\` and mypy says \`Item "None" of "str | None" has no attribute "upper"\`.

Where \`None\` comes from: \`dict.get\`, \`re.match\`, \`os.environ.get\`, functions that fall off the end without \`return\`, and ORM lookups like \`session.get(User, id)\`.

~~~python
match = re.match(r"(\\d+)ms", line)
print(match.group(1))           # error: match may be None

if match is None:
    return None
print(match.group(1))           # narrowed to re.Match[str]
~~~

Narrow with \`is None\` / \`is not None\`, not truthiness, when the value could legitimately be falsy (\`0\`, \`""\`, an empty list). Early returns and \`raise\` keep the happy path unindented. For defaults, \`value if value is not None else default\` is the precise form; \`value or default\` also replaces \`0\` and \`""\`.

A parameter defaulting to \`None\` must be annotated \`X | None = None\`: mypy's implicit-Optional behaviour is off by default since 0.990.`,
      workedExample: {
        language: 'python',
        before: `def timeout_seconds() -> float:
    raw = os.environ.get("REQUEST_TIMEOUT")
    return float(raw) or 30.0   # crashes when unset; 0 becomes 30`,
        after: `def timeout_seconds() -> float:
    raw = os.environ.get("REQUEST_TIMEOUT")
    if raw is None:
        return 30.0
    try:
        return float(raw)
    except ValueError:
        raise ValueError(f"REQUEST_TIMEOUT must be a number of seconds, got {raw!r}") from None`,
        note: 'os.environ.get returns str | None; float(None) raises TypeError. Handling None explicitly also keeps an intentional 0 (no timeout) instead of replacing it with 30, and bad values get an actionable message.',
      },
      pitfalls: [
        'Testing `if value:` when `0`, `""` or `[]` are valid values; use `is None`.',
        'Forgetting that a function with a path that does not `return` returns `None`.',
        'Writing `def f(x: int = None)`: annotate `int | None = None`.',
      ],
      quiz: [
        {
          kind: 'predict-output',
          prompt: 'What does this print?',
          code: `def page_size(configured: int | None) -> int:
    return configured or 50

def page_size_exact(configured: int | None) -> int:
    return configured if configured is not None else 50

print(page_size(0), page_size_exact(0), page_size(None))`,
          answer: '50 0 50',
          explanation:
            'or treats 0 as missing and returns 50. The explicit is-not-None check keeps 0. Both return 50 for None.',
        },
        {
          kind: 'spot-the-bug',
          prompt: 'The checker reports this function. Which line returns None implicitly?',
          code: `def discount(tier: str) -> float:
    if tier == "gold":
        return 0.2
    elif tier == "silver":
        return 0.1
    elif tier == "bronze":
        0.05`,
          bugLine: 7,
          answer: 'Write `return 0.05`, and handle unknown tiers (return 0.0 or raise ValueError) so every path returns a float.',
          explanation:
            'The bronze branch evaluates 0.05 and discards it, and unknown tiers fall off the end: both return None, contradicting the -> float annotation.',
        },
      ],
    },
    advanced: {
      title: 'None-safety patterns: narrowing limits, sentinels and Optional chains',
      conceptId: 'py.optional',
      level: 'advanced',
      explanation: `**Narrowing is not a runtime guarantee.** mypy and Pyright keep the narrowing of an attribute like \`self.conn\` across method calls and even \`await\`, although another task or method may reset it meanwhile: a deliberate unsoundness, so nothing warns you. Inside lambdas and nested functions the narrowing is dropped and you get an error instead. Bind to a local first:

~~~python
conn = self.conn
if conn is None:
    raise RuntimeError("call connect() first")
await conn.execute(query)   # stays narrowed
~~~

**None as a real value.** When \`None\` is a valid argument (e.g. "clear this field"), it cannot also mean "not provided". Use a sentinel:

~~~python
_MISSING = object()
def update(user_id: int, nickname: str | None | object = _MISSING) -> None:
    if nickname is _MISSING: ...
~~~

For a typed sentinel, use an \`enum.Enum\` with one member so checkers narrow on \`is\`.

**No ?. operator.** Python has no optional chaining; chains of \`a and a.b and a.b.c\` return falsy values, not only \`None\`. Prefer early returns, or \`getattr(obj, "b", None)\` only for truly dynamic attributes.

**assert for narrowing.** \`assert x is not None\` narrows, but assertions are removed under \`python -O\`; use it for invariants, not input validation.

**Collections of Optional.** \`[x for x in items if x is not None]\` narrows \`list[int | None]\` to \`list[int]\` for checkers; \`filter(None, items)\` also drops \`0\`.`,
      workedExample: {
        language: 'python',
        before: `class Uploader:
    def __init__(self) -> None:
        self.session: ClientSession | None = None

    async def upload(self, data: bytes) -> None:
        if self.session is not None:
            await self.refresh_token()
            await self.session.put(URL, data=data)  # no checker error, yet may be None now`,
        after: `class Uploader:
    def __init__(self) -> None:
        self.session: ClientSession | None = None

    async def upload(self, data: bytes) -> None:
        session = self.session
        if session is None:
            raise RuntimeError("Uploader.start() must be called before upload()")
        await self.refresh_token()
        await session.put(URL, data=data)`,
        note: 'Checkers keep the narrowing across the await, but a concurrent close() can set self.session to None during refresh_token(), and put() then fails with AttributeError on None. The local pins the object that was checked, and the explicit error replaces a silent no-op when the uploader was never started.',
      },
      pitfalls: [
        'Narrowing an attribute and then awaiting or calling methods before using it.',
        'Using `None` to mean both "absent" and "explicitly cleared".',
        'Using `assert` to validate external input: it disappears under `-O`.',
      ],
      quiz: [
        {
          kind: 'predict-output',
          prompt: 'What does this print?',
          code: `values = [3, None, 0, 5, None]
print(list(filter(None, values)), [v for v in values if v is not None])`,
          answer: '[3, 5] [3, 0, 5]',
          explanation:
            'filter(None, ...) keeps truthy items, so 0 disappears along with None. The comprehension removes only None, and checkers narrow its element type to int.',
        },
        {
          kind: 'multiple-choice',
          prompt: 'Pyright accepts line 3 but reports line 4 ("name" is not a known attribute of "None"). Why?',
          code: `def schedule_greeting(self) -> None:
    if self.user is not None:
        print(self.user.name)
        self.loop.call_soon(lambda: print(self.user.name))`,
          choices: [
            'print() cannot take attributes of Optional values',
            'The lambda runs later, when self.user may have changed, so the narrowing is not applied inside it',
            'is not None does not narrow attributes at all',
            'call_soon requires a coroutine',
          ],
          answerIndex: 1,
          explanation:
            'Narrowing applies to code that runs right after the check. A lambda or nested function may run at any later time, so checkers drop the narrowing of self.user inside it. Bind user = self.user first and capture the local.',
        },
      ],
    },
    hints: {
      nudge: 'Which call on or before that line can return `None`, and what happens in the code when it does?',
      concept:
        'A `X | None` value must be checked before it is used as `X`. Use `if value is None:` with an early return, a raise with a clear message, or a default; bind attributes to a local before checking so the narrowing holds.',
      analogousExample:
        'Similar: `user = users.get(user_id)` followed by `user.email` fails when the id is unknown. `if user is None: raise KeyError(f"unknown user {user_id}")` before the access makes the missing case explicit, and the checker then treats `user` as present.',
      pseudoCode:
        'value = call_that_may_return_none()\nif value is None:\n    return default / raise a descriptive error\n# value is narrowed here\nuse(value)',
    },
  },
  {
    conceptId: 'py.general',
    fundamentals: {
      title: 'Python errors: runtime tracebacks and checker reports',
      conceptId: 'py.general',
      level: 'fundamentals',
      explanation: `Python resolves names, attributes and types while the program runs. A misspelled attribute or a wrong argument type is only discovered when that line executes, as an exception with a **traceback**. Read tracebacks from the **bottom**: the last line is the exception and message, the frame just above it is where it was raised, and the frames above that show how execution got there.

~~~text
Traceback (most recent call last):
  File "app.py", line 12, in <module>
    print(total_price(cart))
  File "app.py", line 8, in total_price
    return sum(item["price"] * item["qty"] for item in items)
TypeError: can't multiply sequence by non-int of type 'str'
~~~

Here \`item["price"]\` is a string (probably from a CSV or JSON), not a number.

A type checker (Pyright/Pylance, mypy) adds a static layer on top of annotations and reports many of these before running: "Argument of type \`str\` cannot be assigned to parameter of type \`int\`", "\`upper\` is not a known attribute of \`None\`". A checker error describes a call or access that can fail for **some** value the annotations allow, even if your current test inputs happen to work.

Habits: annotate function signatures; run the checker in the editor and in CI; convert and validate external data at the edge (\`int(row["qty"])\`, pydantic models); and catch specific exceptions, never bare \`except:\`.

Linters (Ruff) catch another class of mistakes: unused imports and variables, undefined names, mutable default arguments, shadowed builtins.`,
      workedExample: {
        language: 'python',
        before: `import csv

def total_stock(path):
    with open(path) as f:
        return sum(row["qty"] for row in csv.DictReader(f))
# TypeError: unsupported operand type(s) for +: 'int' and 'str'`,
        after: `import csv
from pathlib import Path

def total_stock(path: Path) -> int:
    with path.open(newline="", encoding="utf-8") as f:
        total = 0
        for line_no, row in enumerate(csv.DictReader(f), start=2):
            try:
                total += int(row["qty"])
            except ValueError:
                raise ValueError(f"{path}:{line_no}: qty {row['qty']!r} is not an integer") from None
        return total`,
        note: 'csv always yields strings, so sum() failed adding "3" to 0. Converting each value with int() at the edge fixes it, and bad rows now produce an error naming the file, line and value instead of a bare TypeError.',
      },
      pitfalls: [
        'Reading tracebacks from the top and fixing the caller instead of the line that raised.',
        'Trusting values from CSV, JSON, env vars or forms to have the type you need.',
        'Bare `except:` or `except Exception: pass`, which hides the real error.',
      ],
      quiz: [
        {
          kind: 'predict-output',
          prompt: 'What does this print?',
          code: `def describe(x):
    try:
        return x.upper()
    except AttributeError as e:
        return type(e).__name__

print(describe("ok"), describe(None), describe(3))`,
          answer: 'OK AttributeError AttributeError',
          explanation:
            'Attribute lookup happens at runtime: None and int have no upper method, so both raise AttributeError. A type checker would flag the call site if describe were annotated to take str.',
        },
        {
          kind: 'multiple-choice',
          prompt: 'In a traceback, where is the line that actually raised the exception?',
          code: '',
          choices: [
            'The first File line under "Traceback (most recent call last)"',
            'The last File line, just above the exception message',
            'It is not shown',
            'In the middle',
          ],
          answerIndex: 1,
          explanation:
            'Frames are listed from the outermost call to the innermost, as the header says. The innermost frame, right above the exception line, is where it was raised.',
        },
      ],
    },
    advanced: {
      title: 'Working with Python checkers: configuration, stubs and runtime reality',
      conceptId: 'py.general',
      level: 'advanced',
      explanation: `**Pick a strictness and enforce it.** mypy skips the bodies of unannotated functions unless \`check_untyped_defs\` (or \`--strict\`) is on. Pyright checks them, but its \`basic\` mode turns off many rules that \`standard\` (the default) enables, and only \`strict\` reports missing annotations and \`Unknown\` types. Set it in \`pyproject.toml\`, and run the same configuration in the editor and CI.

~~~toml
[tool.pyright]
typeCheckingMode = "strict"
pythonVersion = "3.12"
~~~

**Missing stubs.** Libraries without type information make everything from them \`Unknown\`/\`Any\`. Install stub packages (\`types-requests\`, \`pandas-stubs\`), or write a small \`.pyi\` for the functions you use. \`reportMissingTypeStubs\` shows where.

**Per-line suppression** should name the rule: \`# pyright: ignore[reportAttributeAccessIssue]\` or \`# type: ignore[attr-defined]\`; bare ignores also hide future errors.

**Dynamic features defeat analysis:** \`getattr\` with computed names, \`**kwargs\` passthrough, monkeypatching and metaclass magic. Typed alternatives are \`TypedDict\`, \`Protocol\`, \`ParamSpec\` for decorators, and dataclasses.

**Runtime vs static.** Annotations are not enforced; \`isinstance\` cannot check generics (\`isinstance(x, list[int])\` raises TypeError). Validate at boundaries with pydantic or attrs validators and let the checker guard the interior.

**Import-time errors** (circular imports, \`ModuleNotFoundError\` from running a file inside a package as a script) are a separate category: run modules with \`python -m package.module\` from the project root.`,
      workedExample: {
        language: 'python',
        before: `def retry(fn):
    def wrapper(*args, **kwargs):
        for _ in range(3):
            try:
                return fn(*args, **kwargs)
            except TimeoutError:
                pass
        return fn(*args, **kwargs)
    return wrapper

@retry
def fetch(url: str, timeout: float) -> bytes: ...

fetch(42)  # no checker error: wrapper takes anything`,
        after: `from collections.abc import Callable
from typing import ParamSpec, TypeVar

P = ParamSpec("P")
R = TypeVar("R")

def retry(fn: Callable[P, R]) -> Callable[P, R]:
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        for _ in range(3):
            try:
                return fn(*args, **kwargs)
            except TimeoutError:
                pass
        return fn(*args, **kwargs)
    return wrapper

@retry
def fetch(url: str, timeout: float) -> bytes: ...

fetch(42)  # error: missing "timeout"; "int" is not assignable to "str"`,
        note: 'The untyped decorator replaced fetch\'s signature with an unchecked one, so every call site lost checking. ParamSpec carries the parameters and return type through the wrapper.',
      },
      pitfalls: [
        'Running mypy without `check_untyped_defs` and assuming the bodies of unannotated functions are checked.',
        'Untyped decorators that erase the signatures of everything they wrap.',
        'Blanket `# type: ignore` comments without an error code.',
      ],
      quiz: [
        {
          kind: 'predict-output',
          prompt: 'What does this print?',
          code: `try:
    isinstance([1, 2], list[int])
except TypeError as e:
    print("TypeError")
print(isinstance([1, "x"], list))`,
          answer: 'TypeError\nTrue',
          explanation:
            'Parameterised generics cannot be used with isinstance; only the bare class can, and it does not look at the elements. Element types are a static-checking concept.',
        },
        {
          kind: 'spot-the-bug',
          prompt: 'After this decorator was added, the checker stopped reporting wrong arguments to every decorated function. Which line?',
          code: `from typing import Any, Callable

def timed(fn: Callable[..., Any]) -> Callable[..., Any]:
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        start = time.perf_counter()
        try:
            return fn(*args, **kwargs)
        finally:
            log.info("%s took %.3fs", fn.__name__, time.perf_counter() - start)
    return wrapper`,
          bugLine: 3,
          answer: 'Preserve the signature with ParamSpec and TypeVar: `def timed(fn: Callable[P, R]) -> Callable[P, R]`, with `wrapper(*args: P.args, **kwargs: P.kwargs) -> R`.',
          explanation:
            'Returning Callable[..., Any] tells the checker that decorated functions accept any arguments and return Any, erasing their real signatures at every call site.',
        },
      ],
    },
    hints: {
      nudge: 'If this is a traceback, read the last two lines first: which exception, raised on which line, for which value?',
      concept:
        'Python finds type and attribute errors at runtime; a checker (Pyright, mypy) finds many of them earlier from annotations. Read tracebacks bottom-up, trust checker reports as "this can fail for some allowed value", and convert/validate external data where it enters.',
      analogousExample:
        'Similar: `KeyError: \'email\'` from `row["email"]` in a loop over API records means some record lacks the key. Deciding what a missing email means (`row.get("email")` with a skip, or a validation error naming the record) fixes it for all records, not just the one in the test.',
      pseudoCode:
        'read the exception type and message (bottom line)\nopen the frame just above it: which value is wrong there?\ntrace that value back to where it entered the program\nconvert/validate it there; annotate the functions in between\nrun the checker to find other paths with the same problem',
    },
  },
];
