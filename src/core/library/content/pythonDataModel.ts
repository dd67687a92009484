import type { LibraryEntry } from '../libraryEntry';

/** Offline library entries for Python classes, typing and runtime (protocols, TypeVar, dunder methods, imports, self, the GIL); the library registry serves them when no LLM is available. */
export const pythonDataModelEntries: readonly LibraryEntry[] = [
  {
    conceptId: 'py.protocols-typeddict',
    fundamentals: {
      title: 'Protocol and TypedDict: let the checker see the shape of your data',
      conceptId: 'py.protocols-typeddict',
      level: 'fundamentals',
      explanation: `Code that passes dicts and duck-typed objects around works until someone misspells a key or hands over an object without the expected method; then it fails at runtime, far from the cause. Three tools make those shapes visible to a type checker (pyright/Pylance, mypy):

- **\`typing.Protocol\`** declares an interface by structure. Any class with matching members satisfies it, with no inheritance or registration, so third-party classes and test fakes qualify as they are.
- **\`TypedDict\`** declares the keys and value types of data that must stay a dictionary: JSON payloads, \`**kwargs\`, configuration loaded from YAML. At runtime it is a plain \`dict\`.
- **\`@dataclass\`** is the choice when you own the data and want a real object with attributes and methods.

~~~python
class PaymentGateway(Protocol):
    def charge(self, order_id: str, cents: int) -> str: ...

class PaymentEvent(TypedDict):
    order_id: str
    cents: int
    coupon: NotRequired[str]
~~~

The checker then reports mistakes in the editor. An object without \`charge\` gives \`"BadGateway" is incompatible with protocol "PaymentGateway"\` with the detail \`"charge" is not present\`; \`event["customer"]\` gives \`"customer" is not a defined key in "PaymentEvent"\`; reading the optional key with \`event["coupon"]\` gives \`"coupon" is not a required key in "PaymentEvent", so access may result in runtime exception\`. Use \`event.get("coupon")\` or test \`"coupon" in event\` first.

Neither construct validates anything at runtime: \`PaymentEvent(order_id="o-1", cents="500")\` builds a dict holding a string without complaint. They describe data you already trust. At trust boundaries (HTTP bodies, queue messages), validate first (pydantic, or an explicit check), then pass the typed value inward.

Rule of thumb: a Protocol for behaviour you consume, a TypedDict for dict-shaped data you cannot change, a dataclass for records you own.`,
      workedExample: {
        language: 'python',
        before: `def apply_webhook(event: dict[str, Any], ledger: Ledger) -> None:
    ledger.credit(event["order_id"], event["amount"])   # the provider sends "cents"
    if event["coupon"]:                                  # absent on most events: KeyError
        ledger.tag(event["order_id"], event["coupon"])`,
        after: `from typing import NotRequired, TypedDict

class PaymentEvent(TypedDict):
    order_id: str
    cents: int
    coupon: NotRequired[str]

def apply_webhook(event: PaymentEvent, ledger: Ledger) -> None:
    ledger.credit(event["order_id"], event["cents"])
    coupon = event.get("coupon")
    if coupon is not None:
        ledger.tag(event["order_id"], coupon)`,
        note: 'With dict[str, Any] both mistakes, the wrong key name and the optional key read with [], only surface as KeyError in production. With the TypedDict, pyright reports "amount" is not a defined key and the not-required access as you type; .get returns str | None, which the is not None check narrows.',
      },
      pitfalls: [
        'Expecting `TypedDict` or `Protocol` to validate data at runtime: `PaymentEvent(**json.loads(body))` accepts wrong types and extra keys silently.',
        'Reading a `NotRequired` key with `event["key"]` instead of `.get()` or an `in` check, which the checker understands.',
        'Annotating payloads as `dict[str, Any]` "to stay flexible", which switches off every key and value check downstream.',
      ],
      quiz: [
        {
          kind: 'predict-output',
          prompt: 'What does this print?',
          code: `from typing import TypedDict

class Refund(TypedDict):
    order_id: str
    cents: int

r = Refund(order_id="o-9", cents="250")
print(type(r).__name__, r["cents"] * 2)`,
          answer: 'dict 250250',
          explanation:
            'Calling a TypedDict class just builds a plain dict; the annotations are never checked at runtime. cents holds the string "250", and multiplying a string by 2 repeats it. A type checker would flag the call; the interpreter does not.',
        },
        {
          kind: 'multiple-choice',
          prompt:
            'A function needs anything with a `send(self, message: str) -> None` method: your SMTP client, a Slack client from a third-party library, and a fake in tests. What should its parameter type be?',
          code: '',
          choices: [
            'An abstract base class that every sender must inherit from',
            'A Protocol declaring that send method',
            'A TypedDict with a send key',
            'Any, since the three classes share no base class',
          ],
          answerIndex: 1,
          explanation:
            'Protocols are matched structurally, so the library class you cannot edit and the test fake qualify without inheriting anything. An ABC needs inheritance or register(), a TypedDict describes dict keys, and Any turns checking off.',
        },
      ],
    },
    advanced: {
      title: 'Protocols and TypedDicts in depth: member variance, runtime checks and totality',
      conceptId: 'py.protocols-typeddict',
      level: 'advanced',
      explanation: `**Protocol members are checked like assignments.** A plain attribute \`label: str\` in a protocol must be readable *and* writable, so a frozen dataclass or a class exposing \`label\` as a \`@property\` is rejected (\`"label" is writable in protocol\`, or \`"label" is invariant because it is mutable\`). Declare read-only members as properties:

~~~python
class Labeled(Protocol):
    @property
    def label(self) -> str: ...
~~~

Parameters that can be passed by keyword are matched by name too: \`charge(self, order_id, amount)\` does not satisfy \`charge(self, order_id, cents)\` (\`Parameter name mismatch: "cents" versus "amount"\`). Make protocol parameters positional-only with \`/\` when names should not matter.

**\`@runtime_checkable\` is shallow.** It enables \`isinstance\`, but only checks that the member names exist, never signatures: a \`close(self, force: bool) -> int\` passes \`isinstance(pool, SupportsClose)\`. Protocols with data members reject \`issubclass()\` (\`Protocols with non-method members don't support issubclass()\`), and on 3.11 a protocol \`isinstance\` costs tens of times an ordinary class check; keep it off hot paths.

**TypedDict totality.** \`total=False\` makes every key optional; \`Required[...]\` and \`NotRequired[...]\` (3.11, \`typing_extensions\` earlier) mark single keys; \`ReadOnly[...]\` arrives in 3.13.

**Open, not closed.** A TypedDict value may carry more keys than declared (a subtype adds keys), and a callee could insert a key of the wrong type into a \`dict[str, Any]\`, so a TypedDict is not assignable to \`dict[str, Any]\`; accept \`Mapping[str, object]\` instead. Dict literals are still checked strictly: \`"note" is an undefined item in type "OrderPayload"\`.

**No isinstance.** \`isinstance(event, Refund)\` raises \`TypeError: TypedDict does not support instance and class checks\` (pyright: \`TypedDict class not allowed for instance or class checks\`). Discriminate unions of TypedDicts with a \`Literal\` key instead; the checker narrows on \`event["type"] == "refund"\`.`,
      workedExample: {
        language: 'python',
        before: `class Charge(TypedDict):
    order_id: str
    cents: int

class Refund(TypedDict):
    order_id: str
    cents: int
    reason: str

def apply(event: Charge | Refund, ledger: Ledger) -> None:
    if isinstance(event, Refund):   # TypeError: TypedDict does not support instance and class checks
        ledger.debit(event["order_id"], event["cents"], event["reason"])
    else:
        ledger.credit(event["order_id"], event["cents"])`,
        after: `class Charge(TypedDict):
    type: Literal["charge"]
    order_id: str
    cents: int

class Refund(TypedDict):
    type: Literal["refund"]
    order_id: str
    cents: int
    reason: str

def apply(event: Charge | Refund, ledger: Ledger) -> None:
    if event["type"] == "refund":   # narrowed to Refund
        ledger.debit(event["order_id"], event["cents"], event["reason"])
    else:
        ledger.credit(event["order_id"], event["cents"])`,
        note: 'A TypedDict is only a dict at runtime, so there is no class to test against. A Literal discriminator key is data the payload really carries: the comparison works at runtime and pyright narrows the union on it, so event["reason"] is checked in the refund branch.',
      },
      pitfalls: [
        'Treating a `@runtime_checkable` `isinstance` check as proof that an object implements a protocol: only member names are checked.',
        'Declaring a read-only protocol member as a plain attribute, which rejects frozen dataclasses and classes exposing it through `@property`.',
        'Passing a TypedDict where `dict[str, Any]` is expected; accept `Mapping[str, object]` or the TypedDict itself.',
      ],
      quiz: [
        {
          kind: 'predict-output',
          prompt: 'What does this print?',
          code: `from typing import Protocol, runtime_checkable

@runtime_checkable
class SupportsClose(Protocol):
    def close(self) -> None: ...

class Pool:
    def close(self, force: bool) -> int:
        return 0

class Session:
    def shutdown(self) -> None: ...

print(isinstance(Pool(), SupportsClose), isinstance(Session(), SupportsClose))`,
          answer: 'True False',
          explanation:
            'Runtime protocol checks only look for an attribute named close. Pool has one, so it passes although calling pool.close() with no argument would raise TypeError; Session has no close at all. Pyright still reports the incompatible signature statically.',
        },
        {
          kind: 'spot-the-bug',
          prompt: 'Pyright rejects `render(Sku("a1"))` although Sku has a label. Which line should change?',
          code: `class Labeled(Protocol):
    label: str

@dataclass(frozen=True)
class Sku:
    label: str

def render(item: Labeled) -> str:
    return item.label.upper()

render(Sku("a1"))`,
          bugLine: 2,
          answer: 'Declare the member read-only: `@property` followed by `def label(self) -> str: ...` in the protocol. render only reads it.',
          explanation:
            'A plain attribute in a protocol promises callers they may assign to it, and a frozen dataclass cannot honour that: pyright says "label" is writable in protocol. Asking only for what render needs, a readable label, accepts frozen, slotted and property-based classes alike.',
        },
      ],
    },
    hints: {
      nudge: 'What shape does this function actually expect: which keys or which methods, and which of them may be missing?',
      concept:
        '`Protocol` describes the methods and attributes a value must have, matched by structure; `TypedDict` describes the keys of a dict; neither checks anything at runtime. Optional keys are `NotRequired` and are read with `.get()`; read-only protocol members are declared as properties.',
      analogousExample:
        'Similar: a `send_email(config: dict)` that reads `config["smtp_port"]` compiles with any dict; declaring `class SmtpConfig(TypedDict): host: str; port: int` lets the checker point at the misspelled key and at callers that forget the port.',
      pseudoCode:
        'class NeededBehaviour(Protocol):\n    def the_method(self, arg: Type) -> Result: ...\nclass Payload(TypedDict):\n    required_key: Type\n    optional_key: NotRequired[Type]\nvalidate untrusted input at the boundary, then pass the typed value inward\nread optional keys with .get(...) and check for None',
    },
  },
  {
    conceptId: 'py.generics-typevars',
    fundamentals: {
      title: 'TypeVar: one type variable ties inputs to outputs',
      conceptId: 'py.generics-typevars',
      level: 'fundamentals',
      explanation: `A type variable says "whatever type comes in, the same type comes out", which neither \`Any\` nor a union can express:

~~~python
from typing import Sequence, TypeVar

T = TypeVar("T")

def first(items: Sequence[T]) -> T:
    return items[0]

sku = first(["A1", "B2"])   # str, so sku.upper() is checked
~~~

With \`-> Any\` the checker stops checking \`sku\`; with \`-> object\` it rejects \`sku.upper()\`. Python 3.12 adds the shorter \`def first[T](items: Sequence[T]) -> T:\`; on 3.11 that line is a \`SyntaxError\`, so keep \`TypeVar\` while you support 3.11.

Limit what a type variable may be:

- **A bound**, \`TypeVar("N", bound=float)\`, accepts \`float\` or anything assignable to it (including \`int\`) and keeps the precise type: with \`def clamp(x: N, lo: N, hi: N) -> N\`, \`clamp(5, 0, 10)\` is \`int\`.
- **Constraints**, \`TypeVar("S", str, bytes)\`, mean exactly one of the listed types for the whole call: \`concat("a", b"b")\` is rejected, which a \`str | bytes\` union cannot enforce.

**The invariance surprise.** \`list\` is mutable, so \`list[int]\` is not a \`list[float]\`: a function accepting \`list[float]\` could \`append(0.5)\` to your list of ints. Pyright says exactly that:

~~~
"list[int]" is not assignable to "list[float]"
  Type parameter "_T@list" is invariant, but "int" is not the same as "float"
  Consider switching from "list" to "Sequence" which is covariant
~~~

Accept the most general read-only type a function needs, \`Sequence[float]\` or \`Iterable[float]\` rather than \`list[float]\`, \`Mapping[str, V]\` rather than \`dict[str, V]\`, and return concrete types (\`list[T]\`) so callers can do everything with the result.

A type variable that appears only once connects nothing: pyright warns \`TypeVar "T" appears only once in generic function signature\` and suggests \`object\`.`,
      workedExample: {
        language: 'python',
        before: `def newest(records: list[Any], key: str) -> Any:
    return max(records, key=lambda r: getattr(r, key))

order = newest(orders, "created_at")
print(order.totl_cents)        # Any: the typo is not reported`,
        after: `T = TypeVar("T")

def newest(records: Sequence[T], key: Callable[[T], datetime]) -> T:
    return max(records, key=key)

order = newest(orders, lambda o: o.created_at)
print(order.totl_cents)        # error: Cannot access attribute "totl_cents" for class "Order"`,
        note: 'With Any in and Any out, the helper erased the element type for every caller, and the attribute name was a string nobody checked. T ties the result to the input, so order is an Order; the key function is checked against Order too, and Sequence also accepts tuples.',
      },
      pitfalls: [
        'Typing helpers `-> Any`, which silently switches off checking for every caller of the helper.',
        'Declaring read-only parameters as `list[float]` or `dict[str, float]`; invariance then rejects `list[int]` and `dict[str, int]` arguments.',
        'Using a `str | bytes` union where a constrained type variable is meant: the union lets one call mix both.',
      ],
      quiz: [
        {
          kind: 'multiple-choice',
          prompt:
            '`def total(prices: list[float]) -> float` only reads its argument. Pyright rejects `total(cart_prices)` where `cart_prices: list[int]`. What is the best fix?',
          code: '',
          choices: [
            'Cast at the call site: `total(cast(list[float], cart_prices))`',
            'Change the parameter to `Sequence[float]`',
            'Change the parameter to `list[int | float]`',
            'Annotate `cart_prices` as `list[Any]`',
          ],
          answerIndex: 1,
          explanation:
            'Sequence is read-only and covariant, so Sequence[float] accepts list[int], tuples and more. list[int | float] is still an invariant list and still rejects list[int]; a cast or Any hides the question instead of answering it.',
        },
        {
          kind: 'spot-the-bug',
          prompt: 'Every caller of this helper loses type checking on the value it returns. Which line?',
          code: `from typing import Any, Callable, TypeVar

T = TypeVar("T")

def with_retries(call: Callable[[], T], attempts: int = 3) -> Any:
    for attempt in range(1, attempts + 1):
        try:
            return call()
        except ConnectionError:
            if attempt == attempts:
                raise
    raise AssertionError("unreachable")

quote = with_retries(lambda: pricing.quote("A1"))`,
          bugLine: 5,
          answer: 'Return `T` instead of `Any`: `def with_retries(call: Callable[[], T], attempts: int = 3) -> T:`, so `quote` gets the type `pricing.quote` returns.',
          explanation:
            'T is bound from the callable but never used in the return type, so it connects nothing and the result is Any: misspelled attributes on quote pass unnoticed. Using T on both sides is what makes the function generic.',
        },
      ],
    },
    advanced: {
      title: 'Generic classes, variance and Self: generics beyond a single function',
      conceptId: 'py.generics-typevars',
      level: 'advanced',
      explanation: `**Generic classes.** \`class TtlCache(Generic[K, V])\` (3.12: \`class TtlCache[K, V]:\`) makes the checker track what one particular cache holds: \`TtlCache[str, Session]\` rejects \`put("a", "x")\`. An unparameterised \`TtlCache()\` is \`TtlCache[Unknown, Unknown]\` in pyright, which quietly disables checking; annotate the variable or let a typed argument bind the parameters.

**Variance.** Type variables are invariant unless declared \`covariant=True\` (read-only producers such as a feed or a frozen container) or \`contravariant=True\` (consumers such as handlers and sinks). The checker enforces the declaration: a covariant variable in a method parameter gives \`Covariant type variable cannot be used in parameter type\`. With the 3.12 syntax, variance is inferred from how the class uses the variable.

**Bounds to protocols.** \`max(items)\` on an unbounded \`T\` is rejected, because \`object\` has no \`__lt__\`. Bind the variable to a protocol: \`TypeVar("L", bound=SupportsLessThan)\` where \`SupportsLessThan\` declares \`def __lt__(self, other: Any, /) -> bool: ...\`; \`list[object]\` is then reported with \`"__lt__" is not present\`.

**Self.** \`typing.Self\` (3.11) types fluent builders, \`copy()\` methods and alternate constructors so subclasses get their own type back, without a bound TypeVar.

**Runtime erasure.** Subscripts are recorded, never enforced: \`Box[int]("x")\` runs, and \`type(b) is Box\`. \`isinstance(x, list[int])\` raises \`TypeError: isinstance() argument 2 cannot be a parameterized generic\`; check \`isinstance(x, list)\` and validate the elements yourself.

**Typeshed details leak through.** \`sum(prices)\` on a class with \`__radd__\` is typed \`Money | Literal[0]\`, because an empty iterable returns the start value \`0\`; pass an explicit start to get \`Money\`. TypeVar defaults (PEP 696) arrive in 3.13, earlier through \`typing_extensions\`.`,
      workedExample: {
        language: 'python',
        before: `class TtlCache:
    def __init__(self, ttl: float) -> None:
        self._ttl = ttl
        self._data: dict[str, tuple[float, Any]] = {}

    def get(self, key: str) -> Any:
        hit = self._data.get(key)
        return hit[1] if hit and hit[0] > time.monotonic() else None

sessions = TtlCache(ttl=900)
user_id = sessions.get(token).user_id   # Any: neither the None case nor the attribute is checked`,
        after: `K = TypeVar("K", bound=Hashable)
V = TypeVar("V")

class TtlCache(Generic[K, V]):
    def __init__(self, ttl: float) -> None:
        self._ttl = ttl
        self._data: dict[K, tuple[float, V]] = {}

    def get(self, key: K) -> V | None:
        hit = self._data.get(key)
        return hit[1] if hit and hit[0] > time.monotonic() else None

sessions: TtlCache[str, Session] = TtlCache(ttl=900)
user_id = sessions.get(token).user_id   # error: "user_id" is not a known attribute of "None"`,
        note: 'The untyped cache returned Any, so an expired session crashed with AttributeError on None in production. Parameterising the class makes get return Session | None, and pyright forces the expired case to be handled before user_id is read.',
      },
      pitfalls: [
        'Leaving generic classes unparameterised (`cache = TtlCache()`), which pyright types as `TtlCache[Unknown, Unknown]` and stops checking.',
        'Declaring a type variable covariant on a class whose methods accept it, or expecting `isinstance` to check type arguments at runtime.',
        'Calling `max` or `sorted` on an unbounded `T` instead of binding it to a protocol that declares `__lt__`.',
      ],
      quiz: [
        {
          kind: 'predict-output',
          prompt: 'What does this print on Python 3.11?',
          code: `from typing import Generic, TypeVar

T = TypeVar("T")

class Box(Generic[T]):
    def __init__(self, item: T) -> None:
        self.item = item

b = Box[int]("not an int")
print(b.item, type(b) is Box)
try:
    isinstance([1], list[int])
except TypeError as err:
    print(err)`,
          answer: 'not an int True\nisinstance() argument 2 cannot be a parameterized generic',
          explanation:
            'Type arguments exist for the checker only: Box[int](...) creates an ordinary Box and never looks at the argument. isinstance refuses parameterised generics outright rather than pretending to check the elements.',
        },
        {
          kind: 'multiple-choice',
          prompt:
            'A read-only `Feed[T]` class only hands items out (`def latest(self) -> T`). You want a `Feed[Refund]` accepted where `Feed[Event]` is expected (Refund subclasses Event). How should `T` be declared?',
          code: '',
          choices: [
            'T = TypeVar("T")',
            'T = TypeVar("T", covariant=True)',
            'T = TypeVar("T", contravariant=True)',
            'T = TypeVar("T", bound=Event)',
          ],
          answerIndex: 1,
          explanation:
            'A producer that only returns T is safely covariant: whoever expects Events can read Refunds. The default is invariant (rejected), contravariance fits consumers, and a bound limits what T may be without changing how Feed[Refund] relates to Feed[Event].',
        },
      ],
    },
    hints: {
      nudge: 'Compare the exact type of the argument with the parameter type: is a mutable container (`list`, `dict`) being asked to accept a subtype?',
      concept:
        'A `TypeVar` links parameter and return types; bounds limit it to subtypes of one type, constraints to an exact choice. Mutable containers are invariant (`list[int]` is not `list[float]`), so read-only parameters should use `Sequence`, `Iterable` or `Mapping`.',
      analogousExample:
        'Similar: `def merge(defaults: dict[str, object], overrides: dict[str, object])` rejects a `dict[str, int]`; typing the parameters as `Mapping[str, object]` accepts it because the function only reads them.',
      pseudoCode:
        'if the output type depends on the input type:\n    T = TypeVar("T")            # bound=... if the body needs methods\n    def fn(arg: Container[T]) -> T\nfor parameters you only read:\n    prefer Sequence / Iterable / Mapping over list / dict\nfor classes holding values:\n    class Thing(Generic[T]) and parameterise every use',
    },
  },
  {
    conceptId: 'py.dunder-methods',
    fundamentals: {
      title: 'Dunder methods: how a class plugs into operators and built-ins',
      conceptId: 'py.dunder-methods',
      level: 'fundamentals',
      explanation: `Operators and built-ins call special methods on the object's **type**: \`a == b\` calls \`type(a).__eq__(a, b)\`, \`len(x)\` calls \`__len__\`, \`for\` calls \`__iter__\`, \`x in y\` calls \`__contains__\`, \`if x:\` calls \`__bool__\` (falling back to \`__len__\`), and \`repr()\`, logs and debuggers use \`__repr__\`. Implementing them lets your class behave like a built-in; getting them subtly wrong produces bugs that are hard to see.

~~~python
class Sku:
    def __init__(self, code: str) -> None:
        self.code = code.upper()

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Sku):
            return NotImplemented
        return self.code == other.code

    def __hash__(self) -> int:
        return hash(self.code)

    def __repr__(self) -> str:
        return f"Sku({self.code!r})"
~~~

Three rules carry most of the weight:

- **\`__eq__\` without \`__hash__\` makes instances unhashable.** A class that defines only \`__eq__\` gets \`__hash__ = None\`, so \`{Sku("a1")}\` raises \`TypeError: unhashable type: 'Sku'\`. Hash the same fields \`__eq__\` compares, and only fields that never change.
- **Return \`NotImplemented\` for operand types you do not handle** (the constant, not \`raise NotImplementedError\`). Python then asks the other operand and finally falls back to identity for \`==\`, so \`Sku("a1") == "A1"\` is simply \`False\` instead of an \`AttributeError\`.
- **\`__repr__\` should be unambiguous**, ideally valid constructor syntax, because tracebacks and logs show it.

Be careful with \`__len__\` on domain objects: it makes empty instances falsy, so \`if not cart:\` stops meaning "there is no cart". For plain records, \`@dataclass\` generates \`__init__\`, \`__repr__\` and \`__eq__\` (plus \`__hash__\` with \`frozen=True\`) and is usually the better choice.`,
      workedExample: {
        language: 'python',
        before: `class OrderId:
    def __init__(self, value: str) -> None:
        self.value = value

    def __eq__(self, other):
        return self.value == other.value

processed = {OrderId("o-1")}   # TypeError: unhashable type: 'OrderId'
OrderId("o-1") == None         # AttributeError: 'NoneType' object has no attribute 'value'`,
        after: `class OrderId:
    def __init__(self, value: str) -> None:
        self.value = value

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, OrderId):
            return NotImplemented
        return self.value == other.value

    def __hash__(self) -> int:
        return hash(self.value)

    def __repr__(self) -> str:
        return f"OrderId({self.value!r})"

processed = {OrderId("o-1")}   # works, and OrderId("o-1") == None is False`,
        note: 'Defining __eq__ alone removed the inherited hash, so the idempotency set could not hold ids, and comparing with anything that is not an OrderId crashed. The isinstance guard returning NotImplemented, a matching __hash__ and a readable __repr__ make the class a well-behaved value.',
      },
      pitfalls: [
        'Defining `__eq__` and forgetting `__hash__`, or hashing fields that can change after the object went into a set or dict.',
        'Raising `NotImplementedError` or returning `False` from `__eq__` for unknown operand types instead of returning `NotImplemented`.',
        'Adding `__len__` to a domain object and breaking `if obj:` checks that meant "is not None".',
      ],
      quiz: [
        {
          kind: 'predict-output',
          prompt: 'What does this print?',
          code: `class Sku:
    def __init__(self, code):
        self.code = code

    def __eq__(self, other):
        if not isinstance(other, Sku):
            return NotImplemented
        return self.code.upper() == other.code.upper()

print(Sku("ab") == Sku("AB"), Sku("ab") == "ab")
try:
    seen = {Sku("ab")}
except TypeError as err:
    print(err)`,
          answer: "True False\nunhashable type: 'Sku'",
          explanation:
            'The custom __eq__ ignores case. Against a str it returns NotImplemented, str declines too, and == falls back to identity: False. Defining __eq__ set __hash__ to None, so putting a Sku in a set fails.',
        },
        {
          kind: 'spot-the-bug',
          prompt: 'Customers with an empty cart get "no cart for this session" instead of the empty-cart page. Which line?',
          code: `class Cart:
    def __init__(self) -> None:
        self.lines: list[Line] = []

    def __len__(self) -> int:
        return len(self.lines)

def start_checkout(cart: Cart | None) -> Checkout:
    if not cart:
        raise LookupError("no cart for this session")
    return Checkout(cart)`,
          bugLine: 9,
          answer: 'Test for absence explicitly: `if cart is None:`. An empty cart is a real cart.',
          explanation:
            'Without __bool__, truthiness falls back to __len__, so a Cart with no lines is falsy and takes the "missing" branch. `is None` asks the question the code means.',
        },
      ],
    },
    advanced: {
      title: 'The data model in depth: reflected operators, NotImplemented and type-level lookup',
      conceptId: 'py.dunder-methods',
      level: 'advanced',
      explanation: `**Binary operators are a negotiation.** For \`a + b\` Python calls \`a.__add__(b)\`; if that returns \`NotImplemented\` it calls \`b.__radd__(a)\`; if both decline, \`TypeError: unsupported operand type(s) for +\`. One twist: when \`b\`'s type is a subclass of \`a\`'s type and overrides the reflected method, \`b\` goes first, so subclasses can take over an operation.

That is why \`sum(prices)\` fails on a class with only \`__add__\`: \`sum\` starts from \`0\`, and \`0 + Money(...)\` needs \`Money.__radd__\` (\`unsupported operand type(s) for +: 'int' and 'Money'\`). Implement \`__radd__\` that accepts \`0\`, or call \`sum(prices, Money(0, "EUR"))\`.

**Comparisons.** If both sides return \`NotImplemented\`, \`==\` falls back to identity but \`<\` raises \`TypeError: '<' not supported between instances of 'Money' and 'Money'\`. The reflection of \`__lt__\` is \`__gt__\`. \`functools.total_ordering\` derives the other orderings from \`__eq__\` plus one, at some cost per call.

**In-place operators.** \`x += y\` uses \`__iadd__\` when defined (lists mutate in place, so every alias sees the change) and otherwise rebinds \`x\` to \`x + y\` (tuples, ints, strings).

**Lookup skips the instance.** Implicit calls look methods up on the type: assigning \`obj.__len__ = ...\` does not affect \`len(obj)\` (\`object of type 'Eager' has no len()\`), and \`__getattr__\` is never consulted for dunders, so proxy classes must define each special method they forward.

**Return types are enforced in places.** \`__bool__\` must return a \`bool\` (\`__bool__ should return bool, returned int\`), \`__len__\` a non-negative int, \`__hash__\` an int; \`__eq__\` may return anything, which is how NumPy returns arrays of booleans.

**Hash stability.** Objects that compare equal must hash equal, and the hash must not change while the object is a set member or dict key, or lookups silently miss.`,
      workedExample: {
        language: 'python',
        before: `class Money:
    def __init__(self, cents: int, currency: str) -> None:
        self.cents, self.currency = cents, currency

    def __add__(self, other: "Money") -> "Money":
        if other.currency != self.currency:
            raise ValueError("currency mismatch")
        return Money(self.cents + other.cents, self.currency)

subtotal = sum(line.price for line in order.lines)
# TypeError: unsupported operand type(s) for +: 'int' and 'Money'`,
        after: `class Money:
    def __init__(self, cents: int, currency: str) -> None:
        self.cents, self.currency = cents, currency

    def __add__(self, other: object) -> "Money":
        if not isinstance(other, Money):
            return NotImplemented
        if other.currency != self.currency:
            raise ValueError(f"cannot add {other.currency} to {self.currency}")
        return Money(self.cents + other.cents, self.currency)

    def __radd__(self, other: object) -> "Money":
        if other == 0:  # sum() starts from the int 0
            return self
        return self.__add__(other)

subtotal = sum(line.price for line in order.lines)`,
        note: 'sum() computes 0 + first_price, so Money needs the reflected __radd__. Returning NotImplemented for foreign types keeps the TypeError for genuinely wrong operands (Money + 5) instead of an AttributeError from inside __add__. An empty order still sums to the int 0, which is why pyright types the result Money | Literal[0].',
      },
      pitfalls: [
        'Implementing `__add__` without `__radd__`, so `sum()` and `0 + x` fail.',
        'Attaching dunders to instances, or relying on `__getattr__` in a proxy: implicit calls only look at the type.',
        'Computing `__hash__` from state that can change while the object is stored in a set or used as a dict key.',
      ],
      quiz: [
        {
          kind: 'predict-output',
          prompt: 'What does this print?',
          code: `class Base:
    def __eq__(self, other):
        print("Base", end=" ")
        return NotImplemented

class Child(Base):
    def __eq__(self, other):
        print("Child", end=" ")
        return NotImplemented

print(Base() == Child())`,
          answer: 'Child Base False',
          explanation:
            'The right operand is an instance of a subclass that overrides the reflected method (for == that is __eq__ itself), so Child.__eq__ runs first. Both return NotImplemented, so == falls back to identity: False.',
        },
        {
          kind: 'spot-the-bug',
          prompt: 'Reports cached under a key stop being found once the caller adds a tag to its list. Which line lets the key change after it was stored?',
          code: `class CacheKey:
    def __init__(self, tenant: str, tags: list[str]) -> None:
        self.tenant = tenant
        self.tags = tags

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, CacheKey):
            return NotImplemented
        return (self.tenant, self.tags) == (other.tenant, other.tags)

    def __hash__(self) -> int:
        return hash((self.tenant, tuple(self.tags)))`,
          bugLine: 4,
          answer: 'Store an immutable copy: `self.tags = tuple(tags)` (or make CacheKey a frozen dataclass with a tuple field), so neither the key nor its hash can change.',
          explanation:
            'Hashing tuple(self.tags) looks safe, but the list it is computed from is the caller\'s own list. Appending to it changes the hash of a key already sitting in the dict, so lookups go to the wrong bucket and miss.',
        },
      ],
    },
    hints: {
      nudge: 'Which operator or built-in is involved on that line, and which special method does it call on which operand\'s type?',
      concept:
        'Operators call dunder methods on the type. Return `NotImplemented` for operand types you do not handle so Python can try the reflected method; define `__hash__` with `__eq__` from immutable fields; `__radd__` makes `sum()` work; `__len__` also defines truthiness.',
      analogousExample:
        'Similar: a `Version` class whose `__lt__` reads `other.parts` without an isinstance check sorts fine, but `Version("2.0") < "2.1"` dies with AttributeError inside `__lt__`; returning `NotImplemented` for foreign types gives the standard "\'<\' not supported between instances" TypeError instead.',
      pseudoCode:
        'def __op__(self, other):\n    if other is not a type I handle:\n        return NotImplemented          # let the other operand try\n    return result\nif __eq__ is defined: define __hash__ over the same immutable fields\nfor sum(): __radd__ accepting the start value 0',
    },
  },
  {
    conceptId: 'py.imports-packages',
    fundamentals: {
      title: 'How Python finds imports, and why the editor and the terminal disagree',
      conceptId: 'py.imports-packages',
      level: 'fundamentals',
      explanation: `\`import requests\` searches the directories in \`sys.path\` in order: the directory of the script you ran (the current directory with \`python -m\`), \`PYTHONPATH\`, the standard library, then the \`site-packages\` of **the interpreter that is running**. Each virtual environment has its own \`site-packages\`, so "installed" always means "installed into one particular interpreter".

That is the usual cause of the editor's \`Import "requests" could not be resolved\` (Pylance/pyright, \`reportMissingImports\`) while the terminal works, or of \`ModuleNotFoundError: No module named 'requests'\` while the editor is happy: the package went into a different environment.

~~~sh
python -c "import sys; print(sys.executable)"   # which interpreter is this?
python -m pip install requests                   # install into exactly that one
~~~

In VS Code, run **Python: Select Interpreter** and pick the project's \`.venv\`; Pylance resolves imports against that interpreter. The warning \`Import "yaml" could not be resolved from source\` (\`reportMissingModuleSource\`) means the checker found type stubs but not the package itself. Prefer \`python -m pip\` to a bare \`pip\`, which may belong to another Python on \`PATH\`.

For your own code, a directory with \`__init__.py\` is a package. Run modules inside it from the project root with \`python -m app.cli\`, not \`python app/cli.py\`: started as a file, the script has no parent package, so \`from .models import Order\` fails with \`ImportError: attempted relative import with no known parent package\`, and \`sys.path\` starts at \`app/\` instead of the root.

For libraries and larger services, a \`src/\` layout installed in editable mode (\`python -m pip install -e .\`) makes the terminal, tests and the editor all import the same package the same way.`,
      workedExample: {
        language: 'python',
        before: `# app/cli.py, started with:  cd app && python cli.py
from .models import Order   # ImportError: attempted relative import with no known parent package

def main() -> None:
    print(Order.load_pending())

main()`,
        after: `# app/cli.py, started from the project root with:  python -m app.cli
from app.models import Order

def main() -> None:
    print(Order.load_pending())

if __name__ == "__main__":
    main()`,
        note: 'Run as a file, cli.py is __main__ with no package, so a relative import has nothing to be relative to and the project root is not on sys.path. python -m app.cli from the root runs it as part of the app package; the main guard stops `import app.cli` (from tests or a console entry point) from running the command on import.',
      },
      pitfalls: [
        'Installing with a `pip` that belongs to a different interpreter than the one VS Code or the terminal runs; use `python -m pip` and check `sys.executable`.',
        'Starting modules that live inside a package as scripts (`python app/cli.py`) instead of `python -m app.cli`.',
        'Silencing "could not be resolved" by appending to `sys.path` at runtime, which works on one machine and hides the layout problem.',
      ],
      quiz: [
        {
          kind: 'multiple-choice',
          prompt:
            'In the terminal `python -m pytest` passes, but Pylance underlines `import httpx` with `Import "httpx" could not be resolved`. What is the most likely cause?',
          code: '',
          choices: [
            'httpx does not ship type information',
            'VS Code\'s selected interpreter is not the virtual environment httpx was installed into',
            'The project root lacks an `__init__.py`',
            'Pylance cannot resolve packages installed with pip',
          ],
          answerIndex: 1,
          explanation:
            'Pylance resolves imports against the interpreter chosen with Python: Select Interpreter. If that is the system Python while the terminal has .venv activated, the package is missing from the editor\'s point of view. Missing types would give a different diagnostic, not "could not be resolved".',
        },
        {
          kind: 'predict-output',
          prompt: 'From the project root, `python -m app.main` runs these files (`app/__init__.py` is empty). What does it print?',
          code: `# app/settings.py
print("loading settings")
currency = "EUR"

# app/main.py
import app.settings
from app import settings
import app.settings as again
print(settings is again, settings.currency)`,
          answer: 'loading settings\nTrue EUR',
          explanation:
            'The first import executes settings.py and caches the module in sys.modules under "app.settings"; the other two imports return the same cached object, so the top-level print runs once and both names refer to one module.',
        },
      ],
    },
    advanced: {
      title: 'Import machinery in depth: cycles, shadowing, double imports and the checker\'s own path',
      conceptId: 'py.imports-packages',
      level: 'advanced',
      explanation: `**Modules run once per name.** The first import executes a module and stores it in \`sys.modules\` under its dotted name. The same file reached under two names (\`billing.config\` with \`src\` on \`PYTHONPATH\`, and \`src.billing.config\`) is executed twice and yields two module objects: two registries, two caches, two "singletons". Choose one root, ideally a \`src\` layout installed with \`pip install -e .\`, and import only through it.

**Circular imports** break on the \`from\` form. If \`shop/orders.py\` imports \`shop.customers\`, which runs \`from shop.orders import Order\` while \`orders\` is half executed, you get \`ImportError: cannot import name 'Order' from partially initialized module 'shop.orders' (most likely due to a circular import)\`. Fixes, best first: move the shared type into a third module; import the module instead of the name (\`import shop.orders\`, then \`shop.orders.Order\` at call time); if the cycle exists only for annotations, import under \`if TYPE_CHECKING:\` with \`from __future__ import annotations\`.

**Shadowing.** The script's directory comes first on \`sys.path\`, so a local \`json.py\` or \`email.py\` hides the standard module: \`AttributeError: module 'json' has no attribute 'dumps'\`, or \`ModuleNotFoundError: No module named 'email.utils'; 'email' is not a package\` from deep inside \`smtplib\`. Python 3.13 adds a hint to rename the file; 3.11 does not.

**The checker has its own path.** Pyright and Pylance resolve against the workspace root, \`extraPaths\` or \`executionEnvironments\` from \`pyrightconfig.json\` or \`[tool.pyright]\`, a \`src\` directory automatically when neither is configured, and then the selected interpreter. An import can therefore resolve in the editor and still fail in the terminal; the runtime's \`sys.path\` is the one that counts.

**Namespace packages.** A directory without \`__init__.py\` still imports (PEP 420), but setuptools' \`find_packages()\` skips it; keep \`__init__.py\` in your own packages.

**Import time is startup time.** Top-level code runs on import: keep network calls and heavy work out of module scope so tests, the checker and \`--help\` stay fast.`,
      workedExample: {
        language: 'python',
        before: `# shop/orders.py
from shop.customers import Customer

class Order:
    def __init__(self, customer: Customer) -> None:
        self.customer = customer

# shop/customers.py
from shop.orders import Order   # ImportError: cannot import name 'Order' from partially initialized module

class Customer:
    def __init__(self) -> None:
        self._orders: list[Order] = []

    def open_orders(self) -> list[Order]:
        return list(self._orders)`,
        after: `# shop/orders.py
from shop.customers import Customer

class Order:
    def __init__(self, customer: Customer) -> None:
        self.customer = customer

# shop/customers.py
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from shop.orders import Order   # followed by the checker, never executed

class Customer:
    def __init__(self) -> None:
        self._orders: list[Order] = []

    def open_orders(self) -> list[Order]:
        return list(self._orders)`,
        note: 'customers.py needs Order only in annotations, so the runtime import was pure cost and closed the cycle. With postponed annotations the names are never evaluated at runtime, and the TYPE_CHECKING block keeps full checking. If Customer needed Order at runtime, moving shared types to a third module would be the fix.',
      },
      pitfalls: [
        'Having both the project root and `src` on `sys.path`, so one module is imported under two names and its state is duplicated.',
        'Breaking import cycles by scattering imports into function bodies instead of extracting the shared module or using `TYPE_CHECKING` for annotation-only imports.',
        'Naming your own modules after standard-library or installed packages (`json.py`, `email.py`, `types.py`, `requests.py`).',
      ],
      quiz: [
        {
          kind: 'predict-output',
          prompt: 'From the project root, `PYTHONPATH=src python -m src.billing.main` runs these files (`src/billing/__init__.py` is empty). What does it print?',
          code: `# src/billing/config.py
print("loading config")
settings = {"currency": "EUR"}

# src/billing/main.py
import billing.config
import src.billing.config
print(billing.config.settings is src.billing.config.settings)`,
          answer: 'loading config\nloading config\nFalse',
          explanation:
            'sys.modules is keyed by dotted name. "billing.config" (found through PYTHONPATH=src) and "src.billing.config" (found through the current directory, with src as a namespace package) are different keys, so the file runs twice and each name holds its own settings dict.',
        },
        {
          kind: 'multiple-choice',
          prompt:
            '`python receipts/send.py` fails inside the standard library with `ModuleNotFoundError: No module named \'email.utils\'; \'email\' is not a package`. The receipts folder holds `send.py` (which imports `smtplib`) and the team\'s own helper `email.py`. Why?',
          code: '',
          choices: [
            'smtplib was removed from the standard library',
            'The script\'s directory is first on sys.path, so the local email.py shadows the standard email package',
            'email.utils must be installed with pip',
            'send.py needs an `__init__.py` next to it',
          ],
          answerIndex: 1,
          explanation:
            'Running a file puts its directory at sys.path[0]. When smtplib runs `import email.utils`, Python finds receipts/email.py first, a plain module rather than a package. Renaming the helper (for example receipt_email.py) fixes it.',
        },
      ],
    },
    hints: {
      nudge: 'Which interpreter is running this code, and which one is the editor using? Print `sys.executable` and `sys.path` in both.',
      concept:
        'Imports resolve through `sys.path`: the script directory, `PYTHONPATH`, the standard library and the running interpreter\'s `site-packages`. Packages are installed per interpreter, modules are cached in `sys.modules` by dotted name, and modules inside packages run with `python -m package.module`.',
      analogousExample:
        'Similar: tests pass locally but CI reports `ModuleNotFoundError: No module named \'billing\'`, because the local virtual environment has an editable install that puts `src` on the path and CI only checked out the code; installing the project in CI (`pip install -e .`), or pytest\'s `pythonpath = src` setting, gives both the same `sys.path`.',
      pseudoCode:
        'print(sys.executable)          # in the terminal and in the editor\nif they differ: select the same interpreter, install with `python -m pip`\nif the module is your own code:\n    run from the project root with `python -m package.module`\n    or install the project editable\nif it is a cycle: extract the shared module, or import for annotations under TYPE_CHECKING',
    },
  },
  {
    conceptId: 'py.self-and-methods',
    fundamentals: {
      title: 'self is just the first parameter: instance, class and static methods',
      conceptId: 'py.self-and-methods',
      level: 'fundamentals',
      explanation: `A method is a plain function stored on the class. Called through an instance, Python passes the instance as the first argument: \`cart.add("A1")\` is \`Cart.add(cart, "A1")\`. The name \`self\` is a convention; the position is what matters. That explains the classic errors:

~~~python
class Cart:
    def count():          # forgot self
        ...
    def total(self):
        ...

Cart().count()   # TypeError: Cart.count() takes 0 positional arguments but 1 was given
Cart.total()     # TypeError: Cart.total() missing 1 required positional argument: 'self'
~~~

The nastier case raises nothing: \`def add(sku, qty=1)\` without \`self\` binds the cart to \`sku\` and your SKU to \`qty\`, shifting every argument by one. Pyright flags the definition: \`Instance methods should take a "self" parameter\`.

Inside a method, instance state is reached only through \`self.\`: a bare \`items\` is looked up as a local or global name (\`NameError: name 'items' is not defined\`; 3.12 and later suggest \`self.items\`), and \`total = 0\` creates a local variable, not an attribute.

Two decorators change what is passed in:

- **\`@classmethod\`** receives the class as \`cls\`. Use it for alternate constructors such as \`Invoice.from_row(row)\`: \`cls(...)\` builds the subclass when called on one.
- **\`@staticmethod\`** receives neither; it is a function namespaced in the class. A module-level function is often clearer.

Call instance methods on instances and class methods on the class. If a method never touches \`self\`, ask whether it belongs on the instance at all.`,
      workedExample: {
        language: 'python',
        before: `class Invoice:
    def __init__(self, number: str) -> None:
        self.number = number
        self.lines: list[int] = []

    def add_line(cents):
        self.lines.append(cents)

    def total(self) -> int:
        return sum(lines)

inv = Invoice("2024-001")
inv.add_line(4900)   # TypeError: Invoice.add_line() takes 1 positional argument but 2 were given
print(inv.total())   # NameError: name 'lines' is not defined`,
        after: `class Invoice:
    def __init__(self, number: str) -> None:
        self.number = number
        self.lines: list[int] = []

    @classmethod
    def from_row(cls, row: dict[str, str]) -> "Invoice":
        return cls(row["number"])

    def add_line(self, cents: int) -> None:
        self.lines.append(cents)

    def total(self) -> int:
        return sum(self.lines)

inv = Invoice.from_row({"number": "2024-001"})
inv.add_line(4900)
print(inv.total())   # 4900`,
        note: 'add_line received the invoice as its only declared parameter, so the extra argument had nowhere to go; total read a global named lines that does not exist. Every instance method takes self first and reaches state through self.; the classmethod constructor builds whatever class it is called on.',
      },
      pitfalls: [
        'Omitting `self` from a method with defaulted parameters: no error, just every argument shifted by one.',
        'Referring to attributes without `self.`, which reads a global or creates a local instead.',
        'Hard-coding the class in an alternate constructor (`return Invoice(...)` in a staticmethod), which returns the base class when called on a subclass.',
      ],
      quiz: [
        {
          kind: 'predict-output',
          prompt: 'What does this print?',
          code: `class Shipment:
    def __init__(self):
        self.labels = []

    def label(tracking, carrier="dhl"):
        return f"{carrier}:{tracking.__class__.__name__}"

print(Shipment().label("1Z999"))`,
          answer: '1Z999:Shipment',
          explanation:
            'label has no self, so the instance lands in tracking and the tracking number lands in carrier. Because carrier has a default, the call fits the signature and nothing raises: the arguments are silently shifted.',
        },
        {
          kind: 'multiple-choice',
          prompt: "Which call raises `TypeError: Report.render() missing 1 required positional argument: 'self'`?",
          code: `class Report:
    def render(self) -> str: ...

    @classmethod
    def empty(cls) -> "Report": ...

    @staticmethod
    def header() -> str: ...`,
          choices: ['Report().render()', 'Report.render()', 'Report.empty()', 'Report().header()'],
          answerIndex: 1,
          explanation:
            'Looking render up on the class gives the plain function, so nothing fills self. Through an instance it is bound; classmethods bind the class either way; staticmethods take no implicit argument at all.',
        },
      ],
    },
    advanced: {
      title: 'Methods under the hood: descriptors, bound methods, cls and Self',
      conceptId: 'py.self-and-methods',
      level: 'advanced',
      explanation: `Functions are **descriptors**: \`obj.method\` runs \`type(obj).__dict__["method"].__get__(obj, type(obj))\`, which returns a new *bound method* holding the function and the instance. Consequences:

- Every attribute access creates a fresh bound method: \`w.run is w.run\` is \`False\`, \`w.run == w.run\` is \`True\`. \`listeners.remove(self.on_event)\` works (it compares with \`==\`), but \`weakref.ref(self.on_event)\` is dead immediately; use \`weakref.WeakMethod\`.
- A bound method holds a strong reference to its instance: registering \`self.handle\` with a long-lived scheduler or signal keeps the whole object alive until it is unregistered.
- \`classmethod\` and \`staticmethod\` are descriptors too: one binds the class, the other nothing. Since 3.10 staticmethod objects are directly callable; stacking \`@classmethod\` on \`@property\` was deprecated in 3.11 and removed in 3.13.

**Alternate constructors and inheritance.** Return \`Self\` (3.11) from classmethods and fluent methods so subclasses keep their type:

~~~python
class Repository:
    @classmethod
    def from_env(cls) -> Self:
        return cls(os.environ["DATABASE_URL"])
~~~

A staticmethod that calls \`Repository(...)\` returns the base class even from \`CachedRepository.from_env()\`.

**Dispatch on the runtime class.** \`self.validate()\` in base-class code runs a subclass override; \`super().validate()\` or \`Base.validate(self)\` chooses explicitly. A method called from \`__init__\` therefore runs subclass code before the subclass's own \`__init__\` has finished.

**Callbacks.** Pass \`self.flush\`, not \`self.flush()\` (which calls it now and passes its return value) and not \`Buffer.flush\` (unbound: the framework will call it without an instance).`,
      workedExample: {
        language: 'python',
        before: `class HttpClient:
    def __init__(self, base_url: str, timeout: float) -> None:
        self.base_url, self.timeout = base_url, timeout

    @staticmethod
    def from_env() -> "HttpClient":
        return HttpClient(os.environ["API_URL"], float(os.environ.get("API_TIMEOUT", "5")))

class RetryingClient(HttpClient):
    def get(self, path: str) -> bytes: ...

client = RetryingClient.from_env()   # a plain HttpClient: no retries`,
        after: `class HttpClient:
    def __init__(self, base_url: str, timeout: float) -> None:
        self.base_url, self.timeout = base_url, timeout

    @classmethod
    def from_env(cls) -> Self:
        return cls(os.environ["API_URL"], float(os.environ.get("API_TIMEOUT", "5")))

class RetryingClient(HttpClient):
    def get(self, path: str) -> bytes: ...

client = RetryingClient.from_env()   # a RetryingClient, and the checker knows it`,
        note: 'The staticmethod had no access to the class it was called on, so it always built the base class and the subclass behaviour silently disappeared. A classmethod receives cls, and Self tells the checker that RetryingClient.from_env() returns RetryingClient.',
      },
      pitfalls: [
        '`weakref.ref(obj.method)`: the bound method is a temporary and dies at once; use `weakref.WeakMethod`.',
        'Registering `self.callback` with long-lived registries and never unregistering, which keeps the instance alive.',
        'Calling overridable methods from `__init__`, which runs subclass code on a half-initialised object.',
      ],
      quiz: [
        {
          kind: 'predict-output',
          prompt: 'What does this print in CPython?',
          code: `import weakref

class Worker:
    def run(self):
        return "ran"

w = Worker()
print(w.run is w.run, w.run == w.run)
ref = weakref.ref(w.run)
method_ref = weakref.WeakMethod(w.run)
print(ref() is None, method_ref()())`,
          answer: 'False True\nTrue ran',
          explanation:
            'Each w.run access creates a new bound method, equal to the others but not identical. The one passed to weakref.ref has no other reference and is freed at once; WeakMethod references the instance and the function separately and rebuilds the bound method on demand.',
        },
        {
          kind: 'spot-the-bug',
          prompt: 'Metrics are flushed once at start-up and never again; the scheduler logs "callback is not callable". Which line?',
          code: `class MetricsBuffer:
    def __init__(self, scheduler: Scheduler) -> None:
        self.points: list[Point] = []
        scheduler.every(10.0, self.flush())

    def flush(self) -> None:
        send(self.points)
        self.points.clear()`,
          bugLine: 4,
          answer: 'Pass the bound method without calling it: `scheduler.every(10.0, self.flush)`.',
          explanation:
            'self.flush() runs flush immediately, during construction, and hands its return value None to the scheduler. self.flush is the bound method object, which carries self along for every later call.',
        },
      ],
    },
    hints: {
      nudge: 'Count the arguments Python actually passes: what fills the first parameter of that method when it is called this way?',
      concept:
        'Calling a method through an instance passes the instance as the first parameter (`self`); through the class, nothing is passed implicitly. `@classmethod` passes the class (`cls`), `@staticmethod` passes nothing. Instance state is always `self.name`.',
      analogousExample:
        'Similar: `def apply_discount(percent): ...` inside `class Order` makes `order.apply_discount(10)` fail with "takes 1 positional argument but 2 were given", because the order itself is the first argument.',
      pseudoCode:
        'instance method:  def name(self, args...)   -> call on an instance\nclass method:     @classmethod def name(cls, args...)   -> alternate constructors, return cls(...)\nstatic method:    @staticmethod def name(args...)   -> no instance, no class\ninside methods: read and write state through self.attribute',
    },
  },
  {
    conceptId: 'py.threading-gil',
    fundamentals: {
      title: 'The GIL: threads help with I/O and do not make code thread-safe',
      conceptId: 'py.threading-gil',
      level: 'fundamentals',
      explanation: `CPython's global interpreter lock lets only one thread execute Python bytecode at a time. The interpreter switches threads every few milliseconds (\`sys.getswitchinterval()\` is \`0.005\` seconds by default), and a thread releases the GIL while it blocks on I/O: sockets, files, \`time.sleep\`, most database drivers. Two consequences:

- **I/O-bound work scales with threads.** Twenty threads waiting on HTTP responses wait concurrently; \`ThreadPoolExecutor\` is the right tool for fetching, uploading and querying.
- **CPU-bound pure-Python work does not.** Parsing, pricing or scoring loops on four threads take about as long as on one. Use \`ProcessPoolExecutor\` (separate interpreters; arguments and results are pickled) or native code that releases the GIL, such as NumPy.

The misconception is that the GIL makes your code thread-safe. It protects the interpreter's own data structures, not your invariants. A thread can be paused between any two bytecodes, and any I/O call hands the GIL to another thread, so \`count += 1\` (load, add, store) and check-then-act sequences are not atomic:

~~~python
if account.balance >= amount:   # both threads pass the check...
    charge_card(amount)         # ...while this one waits on the network
    account.balance -= amount   # ...and both subtract
~~~

Protect compound updates with a \`threading.Lock\` held across the whole check and update (\`with self._lock:\`), or avoid shared mutable state: give each task its own data and combine results from \`future.result()\`, or hand work between threads with \`queue.Queue\`, which does its own locking.

A race that does not show up in a test run proves nothing: it depends on timing. Reason about which lines can interleave instead.`,
      workedExample: {
        language: 'python',
        before: `class Inventory:
    def __init__(self, stock: dict[str, int]) -> None:
        self._stock = stock

    def reserve(self, sku: str, qty: int) -> bool:
        if self._stock[sku] >= qty:
            audit_log.write(f"reserve {sku} x{qty}")   # I/O: another thread runs here
            self._stock[sku] -= qty
            return True
        return False
# 8 request threads: stock goes negative under load`,
        after: `class Inventory:
    def __init__(self, stock: dict[str, int]) -> None:
        self._stock = stock
        self._lock = threading.Lock()

    def reserve(self, sku: str, qty: int) -> bool:
        with self._lock:
            if self._stock[sku] < qty:
                return False
            self._stock[sku] -= qty
        audit_log.write(f"reserve {sku} x{qty}")   # slow I/O outside the lock
        return True`,
        note: 'The check and the update were separated by an I/O call, so two threads could both see enough stock and both subtract. The lock makes check-and-update one step; the audit write moved out of the critical section so threads do not queue behind disk I/O.',
      },
      pitfalls: [
        'Assuming `+=`, `d[k] = d.get(k, 0) + 1` or check-then-act sequences are atomic because of the GIL.',
        'Using threads to speed up CPU-bound pure-Python code; use processes, or native code that releases the GIL.',
        'Holding a lock across slow I/O, which serialises every thread and invites deadlocks; lock only the shared-state update.',
      ],
      quiz: [
        {
          kind: 'predict-output',
          prompt: 'Two threads withdraw 100 from the same balance at once. What does this print?',
          code: `import threading, time

balance = 100

def withdraw(amount):
    global balance
    if balance >= amount:
        time.sleep(0.1)  # the fraud check calls an API
        balance -= amount

threads = [threading.Thread(target=withdraw, args=(100,)) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(balance)`,
          answer: '-100',
          explanation:
            'The first thread checks, then releases the GIL while sleeping; the second thread checks the unchanged balance and sleeps too. Both then subtract. The GIL never prevented the interleaving; a lock around check and update would.',
        },
        {
          kind: 'multiple-choice',
          prompt:
            'A nightly job renders 10,000 invoices to PDF with a pure-Python layout engine (CPU-bound), then uploads each file to object storage (I/O-bound). Which combination uses the machine well?',
          code: '',
          choices: [
            'Threads for both steps',
            'Processes for rendering, threads (or asyncio) for uploading',
            'asyncio for both steps',
            'A single thread: the GIL rules out any speed-up',
          ],
          answerIndex: 1,
          explanation:
            'Pure-Python rendering holds the GIL, so only separate processes use several cores. Uploads spend their time waiting on the network with the GIL released, which threads or asyncio overlap cheaply.',
        },
      ],
    },
    advanced: {
      title: 'Beyond the GIL: real atomicity, process pools and free-threaded Python',
      conceptId: 'py.threading-gil',
      level: 'advanced',
      explanation: `**What is atomic, and why not to lean on it.** In CPython, a single operation implemented in C, such as \`list.append\`, \`dict[key] = value\` or \`deque.popleft\`, completes without another thread running in between. That is an implementation detail, not a language guarantee, and it covers one call only: \`cache.setdefault(k, compute())\` still runs \`compute()\` in several threads, and \`if k not in d: d[k] = v\` still races. Design with locks, \`queue.Queue\` or per-thread data instead of counting bytecodes.

**Exceptions in pools stay silent until asked.** \`pool.submit(fn)\` stores an exception in the future and prints nothing. Call \`future.result()\` (it re-raises) or iterate \`as_completed\`; \`pool.map\` re-raises when iteration reaches the failed item.

**Process pools have a price.** Arguments and results are pickled: lambdas and local functions fail (\`Can't pickle local object 'price_all.<locals>.<lambda>'\`), and large payloads can cost more to send than to compute; batch with \`chunksize\`. With the \`spawn\` start method (default on Windows and macOS; Linux used \`fork\` until 3.14 made \`forkserver\` the default), each worker re-imports the main module, so guard the entry point with \`if __name__ == "__main__":\`. Forking a process that runs threads can deadlock the child, and 3.12 warns about it with a \`DeprecationWarning\`.

**Native code.** Extensions can release the GIL around long C loops: NumPy vectorised operations, \`zlib\`, \`hashlib\` on large buffers. Measure before assuming a library does.

**Free-threaded CPython.** 3.13 ships an optional build without the GIL (PEP 703, \`python3.13t\`), experimental there and officially supported from 3.14; \`sys._is_gil_enabled()\` reports the state. Code that relied on accidental atomicity breaks first there.

**Per-thread state.** \`threading.local()\` and \`contextvars.ContextVar\` give each thread (or asyncio task) its own value without locks.`,
      workedExample: {
        language: 'python',
        before: `from concurrent.futures import ThreadPoolExecutor

def price_all(portfolios: list[Portfolio]) -> list[float]:
    with ThreadPoolExecutor(max_workers=8) as pool:
        return list(pool.map(lambda p: monte_carlo_price(p, paths=200_000), portfolios))
# eight threads, one busy core: as slow as a plain loop`,
        after: `from concurrent.futures import ProcessPoolExecutor
from functools import partial

def price_all(portfolios: list[Portfolio]) -> list[float]:
    job = partial(monte_carlo_price, paths=200_000)   # picklable, unlike a lambda
    with ProcessPoolExecutor() as pool:              # one worker per core by default
        return list(pool.map(job, portfolios, chunksize=16))

if __name__ == "__main__":
    print(price_all(load_portfolios()))`,
        note: 'The simulation is pure Python, so threads took turns holding the GIL. Processes run truly in parallel, but everything crossing to them is pickled: a partial of a module-level function can be sent where a lambda cannot, chunksize amortises the transfer, and the main guard keeps spawned workers from re-running the job.',
      },
      pitfalls: [
        'Submitting to a pool and never calling `result()`, so exceptions vanish without a trace.',
        'Sending lambdas, local functions, open connections or very large objects to a `ProcessPoolExecutor`.',
        'Treating the atomicity of single dict or list operations as a design; free-threaded builds and innocent refactors break it.',
      ],
      quiz: [
        {
          kind: 'predict-output',
          prompt: 'What does this print?',
          code: `from concurrent.futures import ThreadPoolExecutor

def parse(text):
    return int(text)

with ThreadPoolExecutor(max_workers=2) as pool:
    futures = [pool.submit(parse, s) for s in ["1", "x", "3"]]
print([f.exception() is None for f in futures])`,
          answer: '[True, False, True]',
          explanation:
            'The ValueError from int("x") is stored in the second future; nothing is printed or raised when the pool shuts down. Only future.result() (which re-raises) or future.exception() reveals it.',
        },
        {
          kind: 'spot-the-bug',
          prompt: 'Under load this rate limiter lets through more requests than it has tokens. Which line?',
          code: `import threading

class RateLimiter:
    def __init__(self, per_second: int) -> None:
        self.tokens = per_second

    def acquire(self) -> bool:
        lock = threading.Lock()
        with lock:
            if self.tokens == 0:
                return False
            self.tokens -= 1
            return True`,
          bugLine: 8,
          answer: 'Create the lock once, in `__init__` (`self._lock = threading.Lock()`), and use `with self._lock:` in acquire, so every thread contends for the same lock.',
          explanation:
            'Each call creates its own brand-new lock, which is always free, so no two threads ever exclude each other and the check-then-decrement races exactly as it would without a lock.',
        },
      ],
    },
    hints: {
      nudge: 'Which data do several threads read and write here, and what could another thread do between the check and the update?',
      concept:
        'The GIL serialises bytecode execution but not your logic: threads can interleave between any two steps, and always at I/O. Compound updates need one shared lock held across check and update; CPU-bound work needs processes, not threads.',
      analogousExample:
        'Similar: a lazily created connection pool, `if self._pool is None: self._pool = create_pool()`, called from several request threads at start-up creates several pools, because each thread sees None before any of them assigns.',
      pseudoCode:
        'shared state?\n    one lock created with the object\n    with lock: check and update together\n    slow I/O outside the lock\nCPU-bound pure Python?  ProcessPoolExecutor (picklable functions, main guard)\nI/O-bound?  ThreadPoolExecutor or asyncio\nalways collect future.result() to see exceptions',
    },
  },
];
