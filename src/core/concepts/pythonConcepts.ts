import type { Concept } from './concept';

const PY = ['python'] as const;

/** Python-specific concepts (`py.` ids); part of the catalog assembled in conceptCatalog.ts. */
export const pythonConcepts: readonly Concept[] = [
  {
    id: 'py.general',
    title: 'Python semantics in general',
    description:
      'Python resolves names, attributes and types at run time; type checkers such as Pyright add a static layer on top of the annotations. A checker error describes a call or access that can fail for some value the annotations allow.',
    languages: PY,
    prerequisites: ['syntax-basics'],
    level: 'foundation',
  },
  {
    id: 'py.type-hints',
    title: 'Type hints',
    description:
      'Annotations (`def f(x: int) -> str`) are not enforced at run time but let Pyright or mypy check calls, returns and attribute access. Use built-in generics (`list[int]`, `dict[str, Any]`), `X | None` for optional values and stub packages for untyped libraries.',
    languages: PY,
    prerequisites: ['type-annotations'],
    level: 'foundation',
    misconception: 'Python checks type hints when the function is called.',
  },
  {
    id: 'py.optional',
    title: 'Optional values and None',
    description:
      '`Optional[X]` (`X | None`) says a value may be `None`; Pyright reports member access, calls, subscripts and iteration on it (reportOptionalMemberAccess and friends). Narrow with `if x is not None`, return early, or raise a clear error where absence is a bug.',
    languages: PY,
    prerequisites: ['null-safety', 'py.type-hints'],
    level: 'foundation',
    misconception: 'A function annotated `-> str` cannot return None.',
  },
  {
    id: 'py.protocols-typeddict',
    title: 'Protocols, TypedDict and structural types',
    description:
      '`typing.Protocol` describes structural interfaces, `TypedDict` gives dictionaries fixed keys with types, and dataclasses give records typed fields. They let a checker catch missing keys and wrong attribute names in code that passes dictionaries around.',
    languages: PY,
    prerequisites: ['py.type-hints', 'interfaces-structural-typing'],
    level: 'intermediate',
  },
  {
    id: 'py.generics-typevars',
    title: 'TypeVar and generic functions',
    description:
      'Python generics use `TypeVar` (or the 3.12 `def f[T](x: T)` syntax) to tie parameter and return types together; bounds and constraints limit what a type variable may be. Invariance of `list` surprises: a `list[int]` is not a `list[float]`; accept `Sequence[float]` for read-only parameters.',
    languages: PY,
    prerequisites: ['py.type-hints', 'generics'],
    level: 'advanced',
  },
  {
    id: 'py.asyncio',
    title: 'asyncio and coroutines',
    description:
      'Calling an `async def` function creates a coroutine that does nothing until awaited or scheduled as a task. Blocking calls (`time.sleep`, synchronous HTTP) inside a coroutine stall the event loop; use `asyncio.gather`/`TaskGroup` for concurrency and keep references to created tasks.',
    languages: PY,
    prerequisites: ['async-await', 'event-loop'],
    level: 'intermediate',
    misconception: 'Calling a coroutine function runs it.',
  },
  {
    id: 'py.context-managers',
    title: 'Context managers and with',
    description:
      '`with` guarantees cleanup (`__exit__`) on every path, including exceptions: files, locks, transactions, temporary directories. Write your own with `contextlib.contextmanager`; use `async with` for asynchronous resources.',
    languages: PY,
    prerequisites: ['resource-management'],
    level: 'intermediate',
    misconception: 'Files are closed promptly without `with` because of garbage collection.',
  },
  {
    id: 'py.comprehensions',
    title: 'Comprehensions and generator expressions',
    description:
      'List, dict and set comprehensions build collections declaratively; generator expressions do the same lazily. Keep them to one or two clauses, use a loop when there are side effects, and remember a generator expression is exhausted after one pass.',
    languages: PY,
    prerequisites: ['iteration', 'collections'],
    level: 'foundation',
  },
  {
    id: 'py.mutable-defaults',
    title: 'Mutable default arguments',
    description:
      'Default argument values are evaluated once, when the function is defined; a mutable default (`[]`, `{}`) is shared across calls. Use `None` and create the object inside the function, or `field(default_factory=list)` in dataclasses.',
    languages: PY,
    prerequisites: ['optional-default-parameters', 'value-reference-semantics'],
    level: 'intermediate',
    misconception: 'A default `[]` gives each call a fresh list.',
  },
  {
    id: 'py.dataclasses',
    title: 'Dataclasses and records',
    description:
      '`@dataclass` generates `__init__`, `__repr__` and `__eq__` from typed fields; `frozen=True` makes instances immutable and hashable. Field order matters (no required field after a defaulted one) and mutable defaults need `default_factory`.',
    languages: PY,
    prerequisites: ['classes-inheritance', 'py.type-hints'],
    level: 'intermediate',
  },
  {
    id: 'py.decorators',
    title: 'Decorators',
    description:
      'A decorator is a function that takes and returns a function or class. Use `functools.wraps` to keep the wrapped function\'s name and docstring, and `ParamSpec` to keep its signature visible to the type checker.',
    languages: PY,
    prerequisites: ['closures', 'higher-order-functions'],
    level: 'advanced',
  },
  {
    id: 'py.dunder-methods',
    title: 'Special (dunder) methods and the data model',
    description:
      'Methods like `__eq__`, `__hash__`, `__iter__`, `__len__` and `__enter__` plug a class into operators and protocols. Defining `__eq__` without `__hash__` makes instances unhashable; returning `NotImplemented` lets Python try the other operand.',
    languages: PY,
    prerequisites: ['classes-inheritance', 'hash-equality-contracts'],
    level: 'advanced',
  },
  {
    id: 'py.imports-packages',
    title: 'Imports, packages and environments',
    description:
      'Imports resolve through `sys.path`: the current project, the active virtual environment and installed packages. "Import could not be resolved" usually means the editor uses a different interpreter than the one where the package is installed, or a missing `__init__.py`/package layout.',
    languages: PY,
    prerequisites: ['modules-imports', 'dependency-management'],
    level: 'foundation',
  },
  {
    id: 'py.self-and-methods',
    title: 'self, classmethod and staticmethod',
    description:
      'Instance methods receive the instance explicitly as `self`; `@classmethod` receives the class, `@staticmethod` neither. Forgetting `self` in a definition or calling an instance method on the class shifts every argument by one.',
    languages: PY,
    prerequisites: ['classes-inheritance', 'static-members'],
    level: 'foundation',
  },
  {
    id: 'py.exceptions',
    title: 'Python exceptions',
    description:
      'Catch specific exception classes, never bare `except:` (which also swallows `KeyboardInterrupt` and `SystemExit`); chain with `raise … from err`; use `else` and `finally` clauses deliberately. EAFP (try the operation, handle the failure) is idiomatic where the check would race.',
    languages: PY,
    prerequisites: ['exceptions'],
    level: 'intermediate',
    misconception: 'A bare `except:` is a convenient catch-all with no downside.',
  },
  {
    id: 'py.threading-gil',
    title: 'Threads, processes and the GIL',
    description:
      'In CPython the global interpreter lock lets only one thread run Python bytecode at a time: threads help with I/O, processes (or native extensions) with CPU-bound work. Shared state still needs locks, because the GIL does not make compound operations atomic.',
    languages: PY,
    prerequisites: ['concurrency'],
    level: 'advanced',
    misconception: 'The GIL makes Python code thread-safe.',
  },
];
