import type { LibraryEntry } from '../libraryEntry';

/** Offline library entries for Rust traits, memory and concurrency (Copy/Clone, mutability, ?, trait objects, smart pointers, interior mutability, Send/Sync, strings, iterators, modules, async, unsafe); the library registry serves them when no LLM is available. */
export const rustTraitsEntries: readonly LibraryEntry[] = [
  {
    conceptId: 'rust.copy-clone',
    fundamentals: {
      title: 'Copy and Clone: implicit bit copies versus explicit duplicates',
      conceptId: 'rust.copy-clone',
      level: 'fundamentals',
      explanation: `Assigning or passing a value either **moves** it or **copies** it, and the \`Copy\` trait decides which. \`Copy\` types are duplicated bit for bit, implicitly, and the original stays usable: integers, floats, \`bool\`, \`char\`, shared references \`&T\`, raw and function pointers, and tuples and arrays whose elements are all \`Copy\`. Everything else moves, and using the old binding afterwards is E0382 "use of moved value".

\`Clone\` is the explicit version: \`.clone()\` is a call you can see, and it may be expensive. \`String::clone\` allocates and copies the bytes, \`Vec<Order>::clone\` clones every order, \`Rc::clone\` only bumps a counter.

~~~rust
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
struct OrderId(u64);                            // small plain data: Copy fits

#[derive(Debug, Clone)]
struct Order { id: OrderId, lines: Vec<Line> }  // owns a heap buffer: Clone only
~~~

You can derive \`Copy\` only when every field is \`Copy\` (and \`Copy\` requires \`Clone\`, so derive both). Otherwise rustc reports E0204 "the trait \`Copy\` cannot be implemented for this type" and labels the culprit "this field does not implement \`Copy\`". \`&mut T\` is never \`Copy\`: a unique reference cannot be duplicated.

When the borrow checker complains, \`.clone()\` makes the error go away because each side gets its own value. Sometimes that is the right design (a worker needs its own copy of a small setting). Often it hides the real question: who owns this data, and could the caller lend it instead? A function that only reads an \`Order\` should take \`&Order\`; cloning at every call site copies every line item to satisfy a signature that asked for too much.`,
      workedExample: {
        language: 'rust',
        before: `struct OrderId(u64);

fn audit(id: OrderId, action: &str) {
    println!("{action} order {}", id.0);
}

fn summarize(order: Order) -> String {
    format!("{} lines", order.lines.len())
}

fn cancel(orders: &mut HashMap<u64, Order>, id: OrderId) -> Option<String> {
    audit(id, "cancel");
    let order = orders.get(&id.0)?;          // E0382: borrow of moved value: \`id\`
    let summary = summarize(order.clone());  // deep copy of every line, just to read it
    orders.remove(&id.0);
    Some(summary)
}`,
        after: `#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
struct OrderId(u64);

fn audit(id: OrderId, action: &str) {
    println!("{action} order {}", id.0);
}

fn summarize(order: &Order) -> String {
    format!("{} lines", order.lines.len())
}

fn cancel(orders: &mut HashMap<u64, Order>, id: OrderId) -> Option<String> {
    audit(id, "cancel");                     // copies 8 bytes; id stays usable
    let summary = summarize(orders.get(&id.0)?);
    orders.remove(&id.0);
    Some(summary)
}`,
        note: 'OrderId is a wrapper around a u64, so making it Copy is free and matches how ids are used: passed around, compared, logged. Order owns a Vec, so instead of cloning it for a read-only helper, the helper now borrows it. The clone that remained in the first version was paying for an over-demanding signature.',
      },
      pitfalls: [
        'Calling `.clone()` to silence E0382 or E0502 without asking whether the callee could borrow (`&T`) instead.',
        'Deriving `Copy` on a struct that owns a `String`, `Vec` or `Box` (E0204): those fields can only be cloned.',
        'Expecting `let b = a;` on a `Copy` struct to alias `a`: `b` is an independent copy, and changes to it do not show up in `a`.',
      ],
      quiz: [
        {
          kind: 'multiple-choice',
          prompt: 'Which of these structs can `#[derive(Clone, Copy)]`?',
          code: `struct A { id: u64, price_cents: i64, active: bool }
struct B { sku: String }
struct C<'a> { label: &'a str }
struct D<'a> { buf: &'a mut Vec<u8> }`,
          choices: ['A only', 'A and C', 'A, C and D', 'All four'],
          answerIndex: 1,
          explanation:
            'A has only Copy fields. C holds a shared reference, and &T is Copy. B owns a String (E0204), and D holds &mut T, which is never Copy (and not Clone either), because two copies of a unique reference would break uniqueness.',
        },
        {
          kind: 'predict-output',
          prompt: 'What does this print?',
          code: `#[derive(Debug, Clone, Copy)]
struct Point { x: i32, y: i32 }

fn main() {
    let a = Point { x: 1, y: 2 };
    let mut b = a;
    b.x = 10;
    let names = vec![String::from("ann")];
    let mut copy = names.clone();
    copy.push(String::from("bob"));
    println!("{} {} {} {}", a.x, b.x, names.len(), copy.len());
}`,
          answer: '1 10 1 2',
          explanation:
            'let b = a copies the Point, so changing b.x leaves a.x at 1. names.clone() creates a separate Vec with its own Strings; pushing to the copy does not change the original.',
        },
      ],
    },
    advanced: {
      title: 'Copy as a representation promise, derive bounds and cheap handles',
      conceptId: 'rust.copy-clone',
      level: 'advanced',
      explanation: `**Copy is a promise about representation.** A \`Copy\` value is duplicated by a plain byte copy that you cannot customise, while \`Clone\` runs arbitrary code. That is why \`Copy\` and \`Drop\` exclude each other (E0184 "the trait \`Copy\` cannot be implemented for this type; the type has a destructor") and why handles to resources (files, lock guards, pooled connections) are never \`Copy\`.

**Copy is API.** Adding \`Copy\` to a public type is easy; removing it later breaks every caller that relied on implicit copies. Derive it on small values that will stay plain (ids, coordinates, cents), not on structs that may grow a \`String\`. Big \`Copy\` arrays such as \`[u8; 4096]\` are copied silently on every pass; clippy's pedantic \`large_types_passed_by_value\` flags them.

**derive(Clone) adds bounds.** \`#[derive(Clone)] struct Db<T> { pool: Arc<T> }\` generates \`impl<T: Clone> Clone for Db<T>\`, although cloning an \`Arc<T>\` never needs \`T: Clone\`. Then \`db.clone()\` fails with E0599 "the method \`clone\` exists for struct \`Db<Pool>\`, but its trait bounds were not satisfied", and rustc suggests deriving \`Clone\` on \`Pool\`: the wrong fix. Write the impl by hand:

~~~rust
impl<T> Clone for Db<T> {
    fn clone(&self) -> Self { Db { pool: Arc::clone(&self.pool) } }
}
~~~

**Make cheap clones look cheap.** \`Arc::clone(&cfg)\` reads as "another handle" where \`cfg.clone()\` could be a deep copy; the restriction lint \`clippy::clone_on_ref_ptr\` enforces the style. For immutable shared text or lists, \`Arc<str>\` and \`Arc<[T]>\` clone in constant time.

**Reuse allocations.** \`buf.clone_from(&src)\` can reuse \`buf\`'s capacity instead of allocating. On iterators, \`.copied()\` says the items are trivially cheap and \`.cloned()\` that they may allocate. \`Cow<'_, str>\` postpones the copy until something writes.`,
      workedExample: {
        language: 'rust',
        before: `#[derive(Clone)]
struct Config { routes: HashMap<String, Route>, tls_cert: Vec<u8> }

fn spawn_workers(cfg: &Config, n: usize) -> Vec<JoinHandle<()>> {
    (0..n)
        .map(|i| {
            let cfg = cfg.clone(); // every route and the whole certificate, once per worker
            thread::spawn(move || serve(i, &cfg))
        })
        .collect()
}`,
        after: `struct Config { routes: HashMap<String, Route>, tls_cert: Vec<u8> }

fn spawn_workers(cfg: Arc<Config>, n: usize) -> Vec<JoinHandle<()>> {
    (0..n)
        .map(|i| {
            let cfg = Arc::clone(&cfg); // one more handle to the same allocation
            thread::spawn(move || serve(i, &cfg))
        })
        .collect()
}`,
        note: 'thread::spawn needs \'static data, so a plain borrow was impossible and cloning was the easy way out: n deep copies of a read-only config. Arc shares one copy; dropping Clone from Config makes any future accidental deep copy a compile error. If the workers end before the function returns, std::thread::scope lets them borrow &Config with no Arc at all.',
      },
      pitfalls: [
        '`#[derive(Clone)]` on a generic wrapper around `Arc<T>` or `PhantomData<T>`, which adds a needless `T: Clone` bound; implement `Clone` by hand.',
        'Making a public type `Copy` that may later need an owned field: removing `Copy` is a breaking change.',
        'Writing `handle.clone()` on an `Rc`/`Arc` in code where readers cannot tell a counter bump from a deep copy.',
        'Large `Copy` arrays passed and returned by value in hot paths, copied on every call.',
      ],
      quiz: [
        {
          kind: 'spot-the-bug',
          prompt: '`db.clone()` fails with E0599 "its trait bounds were not satisfied", yet `Arc` is always cloneable. Which line causes it?',
          code: `use std::sync::Arc;

pub struct Pool { size: usize }

#[derive(Clone)]
pub struct Db<T> { pool: Arc<T> }

fn handler_db(db: &Db<Pool>) -> Db<Pool> {
    db.clone()
}`,
          bugLine: 5,
          answer: 'Replace the derive with `impl<T> Clone for Db<T> { fn clone(&self) -> Self { Db { pool: Arc::clone(&self.pool) } } }`.',
          explanation:
            'derive(Clone) adds a T: Clone bound for every type parameter, whatever the fields need. Pool is not Clone, so Db<Pool> is not either. Deriving Clone on Pool, as rustc suggests, would compile but would let code duplicate a pool by accident.',
        },
        {
          kind: 'predict-output',
          prompt: 'What does this print?',
          code: `use std::rc::Rc;

fn main() {
    let cfg = Rc::new(vec![1, 2, 3]);
    let a = Rc::clone(&cfg);
    let b = (*cfg).clone();
    println!("{} {} {}", Rc::strong_count(&cfg), Rc::ptr_eq(&cfg, &a), b.len());
}`,
          answer: '2 true 3',
          explanation:
            'Rc::clone adds a second handle to the same allocation (count 2, ptr_eq true). (*cfg).clone() clones the Vec inside, a separate allocation that does not touch the count.',
        },
      ],
    },
    hints: {
      nudge: 'Is the value on that line moved or copied? Check whether its type is `Copy`, and whether the function you pass it to really needs ownership.',
      concept:
        '`Copy` types (integers, `bool`, `char`, `&T`, tuples and arrays of `Copy`, structs that derive it) are duplicated implicitly; everything else moves. `Clone` is an explicit, possibly expensive duplicate. Derive `Copy` for small plain values, borrow when a function only reads, and clone only when two independent owners are really needed.',
      analogousExample:
        'Similar: `fn log_user(id: UserId)` followed by `cache.get(&id)` fails with E0382 when `struct UserId(u64)` is not `Copy`. Deriving `Clone, Copy` on the newtype fixes it, while a `User { name: String, .. }` is better lent as `&User` than cloned for each helper.',
      pseudoCode:
        'if the type is small plain data (all fields Copy) and has no Drop:\n    #[derive(Clone, Copy)]\nelse if the callee only reads it:\n    take &T and pass &value\nelse if two owners really need it:\n    share a handle: Rc::clone(&h) / Arc::clone(&h)\n    or duplicate on purpose: value.clone()',
    },
  },
  {
    conceptId: 'rust.mutability',
    fundamentals: {
      title: 'let mut: mutability belongs to the binding and the access path',
      conceptId: 'rust.mutability',
      level: 'fundamentals',
      explanation: `Rust bindings are immutable by default. After \`let total = 0;\`, \`total += x\` is E0384 "cannot assign twice to immutable variable \`total\`": rustc points at the assignment but suggests the fix at the declaration, \`let mut total = 0;\`.

Calling a method that takes \`&mut self\` (\`Vec::push\`, \`HashMap::insert\`, \`String::push_str\`) needs a mutable borrow, and a mutable borrow needs a mutable access path. \`let v = Vec::new(); v.push(1);\` is E0596 "cannot borrow \`v\` as mutable, as it is not declared as mutable".

Mutability is a property of **how you reach the value**, not of the value itself:

~~~rust
let order = load_order(id);   // immutable binding
let mut order = order;        // same value moved into a mutable binding: fine
fn apply(order: &Order)       // read-only access: order.total_cents = 0 is E0594
fn apply(order: &mut Order)   // the caller writes apply(&mut order)
~~~

So the fix for E0594 "cannot assign to \`order.total_cents\`, which is behind a \`&\` reference" is usually a \`&mut\` parameter. The caller then needs both \`let mut\` and an explicit \`&mut\` at the call site, which makes every mutation visible to someone reading the caller.

There is no per-field mutability: a \`let mut\` struct binding makes all its fields assignable, a plain \`let\` none of them. \`mut\` on a parameter (\`fn normalize(mut path: String)\`) only makes the function's own binding mutable; the caller's value was moved in and the caller cannot observe the change.

Shadowing (\`let limit = limit * 2;\`) creates a new binding instead of mutating, handy for passing a value through a few setup stages while keeping each stage immutable. Prefer it to \`let mut\` when a value changes once or twice during setup and never again.`,
      workedExample: {
        language: 'rust',
        before: `struct Order { id: u64, total_cents: u64 }

fn apply_discount(order: &Order, pct: u64) {
    // E0594: cannot assign to \`order.total_cents\`, which is behind a \`&\` reference
    order.total_cents -= order.total_cents * pct / 100;
}

fn checkout(id: u64) -> Order {
    let order = load_order(id);
    apply_discount(&order, 10);
    order
}`,
        after: `struct Order { id: u64, total_cents: u64 }

fn apply_discount(order: &mut Order, pct: u64) {
    order.total_cents -= order.total_cents * pct / 100;
}

fn checkout(id: u64) -> Order {
    let mut order = load_order(id);
    apply_discount(&mut order, 10);
    order
}`,
        note: 'Changing only the parameter produces the next two errors in turn: E0308 "types differ in mutability" for &order, then E0596 for &mut on an immutable binding. All three edits belong together: the signature says the function mutates, the binding allows it, and &mut at the call site shows it.',
      },
      pitfalls: [
        'Fixing E0384 or E0596 on the line the error points at instead of on the declaration rustc\'s help names.',
        'Expecting `mut` on a by-value parameter to change the caller\'s variable: the function got its own value.',
        'Reaching for `let mut` and repeated assignment where shadowing or a single expression (`let total: u64 = items.iter().sum();`) would keep the value immutable.',
      ],
      quiz: [
        {
          kind: 'spot-the-bug',
          prompt: 'rustc reports E0384 "cannot assign twice to immutable variable" at line 6. Which line must change?',
          code: `fn main() {
    let retries = 0;
    let mut log = Vec::new();
    while retries < 3 {
        log.push(format!("attempt {retries}"));
        retries += 1;
    }
}`,
          bugLine: 2,
          answer: 'Declare the counter mutable: `let mut retries = 0;`. Line 6 is where the assignment fails, but the binding is declared on line 2.',
          explanation:
            'The error is reported at the second assignment, and its help suggests `let mut retries`. log is already mut, which push requires.',
        },
        {
          kind: 'predict-output',
          prompt: 'What does this print?',
          code: `fn main() {
    let limit = 5;
    let limit = limit * 2;
    let mut total = 0;
    {
        let total = total + 100;
        println!("inner {total}");
    }
    total += limit;
    println!("{limit} {total}");
}`,
          answer: 'inner 100\n10 10',
          explanation:
            'The second `let limit` shadows the first with 10. Inside the block, `let total` is a new binding that hides the outer one until the block ends, so the outer total is still 0 when 10 is added to it.',
        },
      ],
    },
    advanced: {
      title: 'Exclusive access along the path: &mut receivers, reborrows and mut patterns',
      conceptId: 'rust.mutability',
      level: 'advanced',
      explanation: `**Two different \`mut\`s.** \`let mut r = &a;\` is a mutable binding holding a shared reference: \`r\` can be re-pointed, \`*r\` cannot be written. \`let r = &mut a;\` is an immutable binding holding a unique reference: \`*r += 1\` works, \`r = &mut b\` is E0384. Read \`&mut\` as "exclusive access": it lets the compiler assume nobody else observes the value while you write.

**The error moves up the path.** Writing through a chain needs every link to be exclusive. In a \`&self\` method, \`for line in &self.lines { line.price_cents = p }\` is E0594 and rustc suggests \`&mut self.lines\`; apply that and you get E0596 "cannot borrow \`self.lines\` as mutable, as it is behind a \`&\` reference", and only then the real fix, \`&mut self\`. Decide early which methods mutate, because \`&mut self\` spreads to every caller.

**Implicit reborrows.** Passing \`r: &mut Vec<T>\` to \`fn push_twice(v: &mut Vec<T>)\` does not move \`r\`: the compiler inserts \`&mut *r\`, so \`r\` stays usable. A generic parameter (\`fn take<T>(x: T)\`) gets no reborrow, the \`&mut\` moves, and the second call is E0382; write \`take(&mut *r)\`.

**mut in patterns.** \`for (mut attempt, job) in queue\`, \`|mut acc, x|\` and \`fn into_sorted(mut self)\` make a local binding mutable and never change what the caller sees. \`let x; if ok { x = 1 } else { x = 2 }\` needs no \`mut\`: deferred initialisation assigns exactly once on each path.

**When \`&self\` must mutate.** A cache or counter behind a logically read-only API calls for interior mutability (\`Cell\`, \`RefCell\`, \`Mutex\`), not for threading \`&mut self\` through an interface. Keep the \`unused_mut\` warning on: a needless \`mut\` tells readers state changes where it does not.`,
      workedExample: {
        language: 'rust',
        before: `impl Cart {
    fn apply_coupon(&self, prefix: &str) {
        for line in &self.lines {
            if line.sku.starts_with(prefix) {
                // E0594: cannot assign to \`line.price_cents\`, which is behind a \`&\` reference
                line.price_cents = line.price_cents * 9 / 10;
            }
        }
    }
}`,
        after: `impl Cart {
    fn apply_coupon(&mut self, prefix: &str) {
        for line in self.lines.iter_mut().filter(|l| l.sku.starts_with(prefix)) {
            line.price_cents = line.price_cents * 9 / 10;
        }
    }
}`,
        note: 'Following only the first suggestion (&mut self.lines) trades E0594 for E0596, because self is still a shared reference. The receiver is the root of the access path, so it has to change too; iter_mut yields &mut Line items, and the filter keeps the loop body to the actual update.',
      },
      pitfalls: [
        'Applying rustc\'s first suggestion and stopping, when the next error shows the receiver or caller must become `&mut` too.',
        'Confusing `let mut r = &x` (re-pointable shared reference) with `let r = &mut x` (writable target).',
        'Passing a `&mut` binding to a generic function twice: no implicit reborrow there, so write `&mut *r`.',
        'Spreading `&mut self` through a trait just to update a cache or metric that interior mutability would keep private.',
      ],
      quiz: [
        {
          kind: 'multiple-choice',
          prompt: 'What happens when this is compiled?',
          code: `fn main() {
    let mut a = 1;
    let mut b = 2;
    let r = &mut a;
    *r += 1;
    r = &mut b;
    *r += 1;
    println!("{a} {b}");
}`,
          choices: [
            'It compiles and prints 2 3',
            'E0596 at `*r += 1`, because r is not declared mut',
            'E0384 at `r = &mut b`, because the binding r is not declared mut',
            'E0499 at `r = &mut b`, because a is still mutably borrowed',
          ],
          answerIndex: 2,
          explanation:
            'Writing through r only needs the reference to be &mut, so `*r += 1` is fine. Re-pointing r assigns to the binding itself, which needs `let mut r`. With that change the program prints 2 3.',
        },
        {
          kind: 'predict-output',
          prompt: 'What does this print?',
          code: `fn bump(mut n: u32) -> u32 {
    n += 1;
    n
}

fn push_twice(v: &mut Vec<u32>) {
    v.push(1);
    v.push(2);
}

fn main() {
    let n = 41;
    let mut v = vec![];
    let r = &mut v;
    push_twice(r);
    push_twice(r);
    println!("{} {} {}", bump(n), n, v.len());
}`,
          answer: '42 41 4',
          explanation:
            'bump gets its own copy of n, made mutable by `mut n`; the caller\'s n stays 41. r is implicitly reborrowed at each call (&mut *r), so it can be passed twice, and v ends up with four items.',
        },
      ],
    },
    hints: {
      nudge: 'Follow the path to the value you are changing: is every step (the binding, the reference, the `self` receiver) declared mutable?',
      concept:
        'Bindings are immutable unless declared `let mut`. Changing a value through a reference needs `&mut`, and taking `&mut` needs a mutable binding. Fix the declaration or signature that rustc\'s help points at, not only the line with the assignment.',
      analogousExample:
        'Similar: `fn reset(stats: &Stats) { stats.count = 0; }` fails with E0594. Declaring `fn reset(stats: &mut Stats)` and calling `reset(&mut stats)` on a `let mut stats` binding makes the change legal and visible at the call site.',
      pseudoCode:
        'for the value being changed, walk from the root:\n    binding?   let x        ->  let mut x\n    parameter? x: &T        ->  x: &mut T   (callers pass &mut value)\n    method?    &self        ->  &mut self\n    loop?      for x in &v  ->  for x in &mut v / v.iter_mut()\nif it changes only during setup: prefer shadowing (let x = f(x);)',
    },
  },
  {
    conceptId: 'rust.error-propagation',
    fundamentals: {
      title: 'The ? operator: early return with a From conversion',
      conceptId: 'rust.error-propagation',
      level: 'fundamentals',
      explanation: `\`expr?\` is early return for errors. On \`Ok(v)\` it evaluates to \`v\`; on \`Err(e)\` it returns \`Err(From::from(e))\` from the enclosing function. On an \`Option\`, \`None\` returns \`None\`. It replaces this match:

~~~rust
let text = match fs::read_to_string(path) {
    Ok(t) => t,
    Err(e) => return Err(From::from(e)),
};
~~~

Three rules explain most errors around it:

- **The enclosing function must return a compatible type.** In \`fn main()\` or any function returning \`()\`, rustc reports E0277 "the \`?\` operator can only be used in a function that returns \`Result\` or \`Option\` (or another type that implements \`FromResidual\`)". Inside a closure, \`?\` returns from the *closure*, not from the function around it.
- **The error must convert.** In a function returning \`Result<_, ConfigError>\`, \`s.parse::<u16>()?\` needs \`impl From<ParseIntError> for ConfigError\`; without it the error is E0277 "\`?\` couldn't convert the error to \`ConfigError\`".
- **Option and Result do not mix.** \`?\` on an \`Option\` in a \`Result\` function is E0277 "the \`?\` operator can only be used on \`Result\`s, not \`Option\`s, in a function that returns \`Result\`"; convert first with \`.ok_or(ConfigError::Missing("PORT"))?\`.

A library should define an error enum with one variant per failure a caller may handle differently, plus \`From\` impls (or \`thiserror\`'s \`#[from]\`) for the errors it wraps. Applications that mostly report errors can use \`anyhow::Result\` and add context with \`.context("reading config")\`. \`fn main() -> Result<(), E>\` works too: on \`Err\` it prints \`Error: \` and the \`Debug\` form of the error to stderr, and exits with status 1.`,
      workedExample: {
        language: 'rust',
        before: `fn read_limit(path: &Path) -> Result<u32, LimitError> {
    let text = match fs::read_to_string(path) {
        Ok(t) => t,
        Err(e) => return Err(LimitError::Io(e)),
    };
    let line = match text.lines().next() {
        Some(l) => l,
        None => return Err(LimitError::Empty),
    };
    match line.trim().parse::<u32>() {
        Ok(n) => Ok(n),
        Err(e) => Err(LimitError::Parse(e)),
    }
}`,
        after: `#[derive(Debug)]
enum LimitError { Io(io::Error), Empty, Parse(ParseIntError) }

impl From<io::Error> for LimitError {
    fn from(e: io::Error) -> Self { LimitError::Io(e) }
}

impl From<ParseIntError> for LimitError {
    fn from(e: ParseIntError) -> Self { LimitError::Parse(e) }
}

fn read_limit(path: &Path) -> Result<u32, LimitError> {
    let text = fs::read_to_string(path)?;
    let line = text.lines().next().ok_or(LimitError::Empty)?;
    Ok(line.trim().parse::<u32>()?)
}`,
        note: 'The From impls are written once and every ? in the crate uses them. The Option from lines().next() has no error to convert, so ok_or supplies one before ?. The behaviour is identical to the matches: Ok(250) for a file starting with " 250 ", Err(Empty) for an empty file, Err(Io(..)) for a missing one.',
      },
      pitfalls: [
        'Using `?` in `main` or a helper that returns `()`: change the return type to `Result`, or handle the error there.',
        'Expecting `?` inside a `.map(|x| ...)` closure to return from the outer function; it returns from the closure.',
        'Applying `?` to an `Option` in a function returning `Result` instead of converting with `ok_or`/`ok_or_else`.',
      ],
      quiz: [
        {
          kind: 'predict-output',
          prompt: 'What does this print?',
          code: `#[derive(Debug)]
enum AppError { Parse(std::num::ParseIntError), Range(u32) }

impl From<std::num::ParseIntError> for AppError {
    fn from(e: std::num::ParseIntError) -> Self { AppError::Parse(e) }
}

fn percent(raw: &str) -> Result<u32, AppError> {
    let n: u32 = raw.trim().parse()?;
    if n > 100 {
        return Err(AppError::Range(n));
    }
    Ok(n)
}

fn main() {
    for raw in [" 42 ", "150", "abc"] {
        match percent(raw) {
            Ok(n) => println!("ok {n}"),
            Err(AppError::Range(n)) => println!("range {n}"),
            Err(AppError::Parse(e)) => println!("parse {e}"),
        }
    }
}`,
          answer: 'ok 42\nrange 150\nparse invalid digit found in string',
          explanation:
            '" 42 " parses after trim. 150 parses but fails the range check. "abc" fails to parse, ? converts the ParseIntError through From into AppError::Parse, and its Display text is "invalid digit found in string".',
        },
        {
          kind: 'spot-the-bug',
          prompt: 'This does not compile (E0277). Which line is wrong?',
          code: `fn load_ports(lines: &[&str]) -> Result<Vec<u16>, std::num::ParseIntError> {
    let ports = lines
        .iter()
        .map(|line| line.parse::<u16>()?)
        .collect();
    Ok(ports)
}`,
          bugLine: 4,
          answer: 'Keep the Results and apply ? once: `let ports = lines.iter().map(|line| line.parse::<u16>()).collect::<Result<Vec<_>, _>>()?;` (or return the collect directly).',
          explanation:
            'The ? is inside the closure, which returns u16, so rustc says "the `?` operator can only be used in a closure that returns `Result` or `Option`". Collecting into Result<Vec<_>, _> stops at the first error, which is what the ? was meant to do.',
        },
      ],
    },
    advanced: {
      title: 'Error types across layers: boxed errors, context variants, inference and chains',
      conceptId: 'rust.error-propagation',
      level: 'advanced',
      explanation: `**Boxed errors.** \`Box<dyn Error + Send + Sync>\` accepts any error through \`?\`: the standard library implements \`From<E>\` for it for every \`E: Error + Send + Sync + 'static\`, and from \`&str\` and \`String\` (\`return Err("quota exceeded".into())\`). The catch: \`Box<dyn Error>\` does not itself implement \`Error\` (that impl needs a sized \`E\`), so it cannot be passed where \`E: Error\` is required or nested as a typed source. Keep \`Send + Sync\` in the type, or the error cannot cross a thread or \`tokio::spawn\` boundary.

**One source type, several meanings.** Two \`#[from] io::Error\` variants are conflicting \`From\` impls (E0119). When the same underlying error means different things (reading the manifest versus writing the lock file), drop \`From\` for it and attach context where it happens: \`.map_err(|source| SyncError::ReadManifest { path, source })?\`.

**Inference.** \`?\` converts through \`From\`, so the compiler must know the target error type. A closure or async block has no signature to read it from; if nothing later pins it down, \`Ok(n)\` at its end is E0282 "type annotations needed" (or E0283, because \`impl<T> From<T> for T\` also matches). Annotate the value (\`Ok::<u32, AppError>(n)\`) or the closure (\`|| -> Result<u32, AppError> { ... }\`).

**Iterators.** Collect an iterator of \`Result\` into \`Result<Vec<T>, E>\`, which stops at the first error, and apply \`?\` once: \`lines.iter().map(|l| l.parse::<u16>()).collect::<Result<Vec<_>, _>>()?\`.

**Report the chain.** Implement \`source()\` (thiserror does for \`#[source]\` and \`#[from]\` fields) and print by walking \`err.source()\`, or use anyhow's alternate format \`{:#}\`, which joins the chain with \`: \`. Keep error values small: clippy's \`result_large_err\` warns when the \`Err\` type is at least 128 bytes, because every \`Result\` carries that size on the happy path too.`,
      workedExample: {
        language: 'rust',
        before: `#[derive(Debug)]
pub enum SyncError { Io(io::Error) }

impl From<io::Error> for SyncError {
    fn from(e: io::Error) -> Self { SyncError::Io(e) }
}

pub fn sync(root: &Path) -> Result<usize, SyncError> {
    let manifest = fs::read_to_string(root.join("manifest.json"))?;
    fs::write(root.join("sync.lock"), manifest.len().to_string())?;
    Ok(manifest.len())
}
// logged: Io(Os { code: 2, kind: NotFound, message: "No such file or directory" })`,
        after: `#[derive(Debug, thiserror::Error)]
pub enum SyncError {
    #[error("reading manifest {path}")]
    ReadManifest { path: PathBuf, #[source] source: io::Error },
    #[error("writing lock file {path}")]
    WriteLock { path: PathBuf, #[source] source: io::Error },
}

pub fn sync(root: &Path) -> Result<usize, SyncError> {
    let manifest_path = root.join("manifest.json");
    let manifest = fs::read_to_string(&manifest_path)
        .map_err(|source| SyncError::ReadManifest { path: manifest_path, source })?;
    let lock_path = root.join("sync.lock");
    fs::write(&lock_path, manifest.len().to_string())
        .map_err(|source| SyncError::WriteLock { path: lock_path, source })?;
    Ok(manifest.len())
}`,
        note: 'With a blanket From<io::Error>, ? erased which file and which step failed. Separate variants with the path and a #[source] keep both, callers can match on the step, and a reporter walking source() prints "reading manifest /srv/app/manifest.json: No such file or directory (os error 2)".',
      },
      pitfalls: [
        'One `From<io::Error>` for a whole crate, so every I/O failure arrives without the path or the operation.',
        'Using `Box<dyn Error>` without `+ Send + Sync`, which then cannot be returned from a spawned thread or task.',
        'Closures and async blocks that use `?` without a stated error type, failing with E0282 at their final `Ok(..)`.',
        'Error enums carrying large payloads inline, making every `Result` in the call chain that large.',
      ],
      quiz: [
        {
          kind: 'predict-output',
          prompt: 'What does this print?',
          code: `use std::error::Error;
use std::fmt;

#[derive(Debug)]
struct LoadError { path: String, source: std::num::ParseIntError }

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "loading {}", self.path)
    }
}

impl Error for LoadError {
    fn source(&self) -> Option<&(dyn Error + 'static)> { Some(&self.source) }
}

fn main() {
    let err = LoadError { path: "limits.toml".into(), source: "x".parse::<u8>().unwrap_err() };
    let mut current: Option<&dyn Error> = Some(&err);
    let mut parts = Vec::new();
    while let Some(e) = current {
        parts.push(e.to_string());
        current = e.source();
    }
    println!("{}", parts.join(": "));
}`,
          answer: 'loading limits.toml: invalid digit found in string',
          explanation:
            'Display of the outer error says what was being done; source() exposes the cause, whose own source() is None. Walking the chain and joining with ": " is what anyhow\'s {:#} and most error reporters do.',
        },
        {
          kind: 'multiple-choice',
          prompt: 'rustc reports E0282 "type annotations needed" at `Ok(n)` on line 6. Which change fixes it?',
          code: `fn parse_map(raw: &[(&str, &str)]) -> Result<HashMap<String, u32>, AppError> {
    let mut out = HashMap::new();
    for (key, value) in raw {
        let parse = || {
            let n: u32 = value.trim().parse()?;
            Ok(n)
        };
        out.insert(key.to_string(), parse()?);
    }
    Ok(out)
}`,
          choices: [
            'Write `let mut parse = || { ... }`',
            'Write `Ok::<u32, AppError>(n)` on line 6',
            'Replace `parse()?` on line 8 with `parse().unwrap()`',
            'Implement `From<AppError> for ParseIntError`',
          ],
          answerIndex: 1,
          explanation:
            'Both ? operators convert through From, so the closure\'s error type could be anything AppError converts from, including AppError itself. Naming it in the final Ok (or writing `|| -> Result<u32, AppError>`) settles it. unwrap leaves the error type just as open.',
        },
      ],
    },
    hints: {
      nudge: 'What does the function (or closure) around the `?` return, and can the error on that line be converted into that error type?',
      concept:
        '`?` unwraps `Ok`/`Some` or returns early with the error passed through `From::from`. It needs an enclosing function or closure returning a compatible `Result` or `Option`, a `From` impl from the source error to yours, and an explicit conversion (`ok_or`) when the value is an `Option` in a `Result` function.',
      analogousExample:
        'Similar: `fn user_id(headers: &HeaderMap) -> Result<u64, AuthError>` doing `headers.get("x-user")?` fails because `get` returns an `Option`; `headers.get("x-user").ok_or(AuthError::MissingHeader)?` turns absence into the error the function promises.',
      pseudoCode:
        'fn step(...) -> Result<T, MyError> {          // ? needs this return type\n    let a = io_call()?;                         // needs impl From<io::Error> for MyError\n    let b = lookup().ok_or(MyError::Missing)?;  // Option -> Result first\n    let c = other().map_err(|e| MyError::Ctx { what, source: e })?;  // add context\n    Ok(make(a, b, c))\n}',
    },
  },
];
