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
  {
    conceptId: 'rust.trait-objects',
    fundamentals: {
      title: 'Trait objects: dyn Trait behind a pointer for run-time polymorphism',
      conceptId: 'rust.trait-objects',
      level: 'fundamentals',
      explanation: `A trait object, \`dyn Notifier\`, means "some value whose type implements \`Notifier\`, chosen at run time". Its size is unknown at compile time, so it always lives behind a pointer: \`&dyn Notifier\`, \`Box<dyn Notifier>\`, \`Arc<dyn Notifier>\`. That pointer is *wide*: one word points at the data, one at a vtable holding the concrete type's methods, size and destructor. A call like \`n.send(..)\` loads the method from the vtable (dynamic dispatch).

~~~rust
let channels: Vec<Box<dyn Notifier>> = vec![
    Box::new(EmailNotifier::new("smtp.internal")),
    Box::new(SmsNotifier::new("gw-eu")),
];
for c in &channels { c.send("oncall", "disk 95% full")?; }
~~~

The errors you meet first:

- Using the trait as a type without \`dyn\` (\`Vec<Box<Notifier>>\`) is E0782 "expected a type, found a trait" in edition 2021 and later.
- Passing \`dyn Notifier\` by value is E0277 "the size for values of type \`(dyn Notifier + 'static)\` cannot be known at compilation time"; take \`&dyn Notifier\` or \`impl Notifier\`.
- \`-> impl Notifier\` means **one** concrete type chosen by the function. Returning \`SmsNotifier\` from one \`match\` arm and \`EmailNotifier\` from another is E0308 "\`match\` arms have incompatible types"; return \`Box<dyn Notifier>\` instead.
- A trait that is not dyn compatible (generic methods, methods returning \`Self\`, a \`Clone\` supertrait) cannot be a \`dyn\` type at all: E0038 "the trait \`Shape\` is not dyn compatible".

Generics or trait objects? With \`fn alert<N: Notifier>(n: &N)\`, the caller picks one type and the compiler generates a copy per type that it can inline: best for hot paths. Trait objects fit when the set of types is open or mixed at run time: plugins, handlers chosen by configuration, a \`Vec\` of different strategies. When the set is closed and small (three payment providers), an \`enum\` with a \`match\` is often simpler and faster than both.`,
      workedExample: {
        language: 'rust',
        before: `fn notifier_for(cfg: &AlertConfig) -> impl Notifier {
    match cfg.channel.as_str() {
        "sms" => SmsNotifier::new(&cfg.sms_gateway),
        // E0308: \`match\` arms have incompatible types
        _ => EmailNotifier::new(&cfg.smtp_host),
    }
}`,
        after: `fn notifier_for(cfg: &AlertConfig) -> Box<dyn Notifier> {
    match cfg.channel.as_str() {
        "sms" => Box::new(SmsNotifier::new(&cfg.sms_gateway)),
        _ => Box::new(EmailNotifier::new(&cfg.smtp_host)),
    }
}

let notifier = notifier_for(&cfg);
notifier.send("oncall", "queue depth above 10k")?;`,
        note: 'impl Notifier hides the type from the caller but still requires a single one. The channel is only known from configuration at run time, so the function returns a Box<dyn Notifier>; each arm is boxed and coerced to the trait object, and calls go through the vtable.',
      },
      pitfalls: [
        'Returning different types from `-> impl Trait` branches: use `Box<dyn Trait>` or an enum.',
        'Reaching for `Box<dyn Trait>` in a hot generic path where `impl Trait` or `<T: Trait>` would be inlined.',
        'Adding generic methods or `-> Self` to a trait already used as `dyn Trait` (E0038 everywhere it is used).',
      ],
      quiz: [
        {
          kind: 'predict-output',
          prompt: 'On a 64-bit target, what does this print?',
          code: `use std::mem::size_of;

trait Job { fn run(&self) -> u32; }

fn main() {
    println!(
        "{} {} {} {}",
        size_of::<&u64>(),
        size_of::<&dyn Job>(),
        size_of::<Box<dyn Job>>(),
        size_of::<Option<Box<dyn Job>>>()
    );
}`,
          answer: '8 16 16 16',
          explanation:
            'A reference to a sized type is one pointer. Pointers to dyn Job carry a data pointer and a vtable pointer, 16 bytes. Option adds nothing because a Box is never null, so None uses the null pattern.',
        },
        {
          kind: 'multiple-choice',
          prompt: '`fn pick(sms: bool) -> impl Notifier { if sms { Sms } else { Email } }` fails with E0308. Which signature lets it return either type?',
          code: '',
          choices: [
            '`-> impl Notifier + Sized`',
            '`-> Box<dyn Notifier>`, with `Box::new(..)` in both branches',
            '`-> dyn Notifier`',
            '`-> &dyn Notifier`, returning `&Sms` or `&Email`',
          ],
          answerIndex: 1,
          explanation:
            'impl Trait in return position is still one concrete type. A bare dyn Notifier has no size and cannot be returned, and a reference to a value created inside the function would dangle. A Box owns the value and carries its vtable.',
        },
      ],
    },
    advanced: {
      title: 'dyn Trait in depth: lifetime defaults, auto traits, upcasting and costs',
      conceptId: 'rust.trait-objects',
      level: 'advanced',
      explanation: `**Lifetime defaults.** \`Box<dyn Notifier>\` means \`Box<dyn Notifier + 'static>\`, and \`&'a dyn Notifier\` means \`&'a (dyn Notifier + 'a)\`. Pushing a \`Slack<'a>\` that borrows its channel name into a \`Vec<Box<dyn Notifier>>\` therefore fails with "lifetime may not live long enough ... coercion requires that \`'1\` must outlive \`'static\`". Own the data (\`channel: String\`) or say so: \`Vec<Box<dyn Notifier + 'a>>\`.

**Auto traits are not implied.** \`Box<dyn Handler>\` is not \`Send\`, so a router holding one cannot move to another thread: E0277 "\`(dyn Handler + 'static)\` cannot be sent between threads safely". Add the bounds where objects are stored (\`Box<dyn Handler + Send + Sync>\`) or make them supertraits (\`trait Handler: Send + Sync\`) when every implementation must be shareable. Only auto traits can be added: \`dyn Read + Write\` is E0225; define \`trait Stream: Read + Write {}\` with a blanket impl.

**Upcasting and downcasting.** Since Rust 1.86, \`&dyn Sub\` coerces to \`&dyn Super\` when \`Sub: Super\`. With \`trait Plugin: Any\` that gives downcasting without a hand-written \`as_any\`:

~~~rust
let any: &dyn Any = plugin.as_ref();   // &Box<dyn Plugin> -> &dyn Plugin -> &dyn Any
if let Some(gzip) = any.downcast_ref::<Gzip>() { tune(gzip.level); }
~~~

Coerce the **inner** object: \`&plugins[i] as &dyn Any\` wraps the \`Box\` itself, and \`downcast_ref::<Gzip>()\` then returns \`None\`.

**Costs.** A vtable call is an indirect jump that blocks inlining: negligible next to I/O, measurable in tight numeric loops, where generics or an enum win. Each \`Box<dyn T>\` is its own allocation; \`Arc<dyn T>\` shares one.

**Designing for dyn.** Keep generic conveniences out of the vtable with \`where Self: Sized\`, accept \`&mut dyn Write\` instead of \`W: Write\` in trait methods, and store callbacks as \`Box<dyn Fn(&Request) -> Response + Send + Sync>\`.`,
      workedExample: {
        language: 'rust',
        before: `trait Handler {
    fn handle(&self, req: &Request) -> Response;
}

struct Router { routes: Vec<(String, Box<dyn Handler>)> }

fn start(router: Router) -> JoinHandle<()> {
    // E0277: \`(dyn Handler + 'static)\` cannot be sent between threads safely
    thread::spawn(move || router.run())
}`,
        after: `trait Handler: Send + Sync {
    fn handle(&self, req: &Request) -> Response;
}

struct Router { routes: Vec<(String, Box<dyn Handler>)> }

fn start(router: Arc<Router>, workers: usize) -> Vec<JoinHandle<()>> {
    (0..workers)
        .map(|_| {
            let router = Arc::clone(&router);
            thread::spawn(move || router.run())
        })
        .collect()
}`,
        note: 'The vtable says nothing about thread safety, so dyn Handler is neither Send nor Sync unless the type says so. Making Send + Sync supertraits puts the requirement on every implementation, where it can be checked, and makes the Router Sync as well, so several workers can share one Arc<Router>.',
      },
      pitfalls: [
        'Storing borrowed implementations in `Box<dyn Trait>`, which silently means `+ \'static`.',
        'Forgetting `+ Send + Sync` on stored trait objects, then meeting E0277 at the first `thread::spawn` or `tokio::spawn`.',
        'Downcasting `&Box<dyn Trait>` instead of the object inside it, which never matches the concrete type.',
      ],
      quiz: [
        {
          kind: 'multiple-choice',
          prompt: 'Why does this fail with "lifetime may not live long enough ... must outlive `\'static`"?',
          code: `trait Notifier { fn send(&self, msg: &str); }
struct Slack<'a> { channel: &'a str }
impl Notifier for Slack<'_> { fn send(&self, _msg: &str) {} }

fn register(list: &mut Vec<Box<dyn Notifier>>, channel: &str) {
    list.push(Box::new(Slack { channel }));
}`,
          choices: [
            '`Box::new` only accepts `\'static` values',
            '`Box<dyn Notifier>` means `Box<dyn Notifier + \'static>`, but this `Slack` borrows `channel`',
            'A `Vec` cannot hold trait objects of different lifetimes',
            '`Notifier` is not dyn compatible because `send` takes `&str`',
          ],
          answerIndex: 1,
          explanation:
            'The default object lifetime for Box<dyn Trait> is \'static. Either store an owned String in Slack, or tie the lifetimes together: fn register<\'a>(list: &mut Vec<Box<dyn Notifier + \'a>>, channel: &\'a str).',
        },
        {
          kind: 'predict-output',
          prompt: 'With Rust 1.86 or later, what does this print?',
          code: `use std::any::Any;

trait Plugin: Any {
    fn name(&self) -> &'static str;
}

struct Gzip { level: u8 }
struct Auth;

impl Plugin for Gzip { fn name(&self) -> &'static str { "gzip" } }
impl Plugin for Auth { fn name(&self) -> &'static str { "auth" } }

fn main() {
    let plugins: Vec<Box<dyn Plugin>> = vec![Box::new(Auth), Box::new(Gzip { level: 6 })];
    for p in &plugins {
        let any: &dyn Any = p.as_ref();
        match any.downcast_ref::<Gzip>() {
            Some(g) => println!("{} level {}", p.name(), g.level),
            None => println!("{}", p.name()),
        }
    }
    let wrong: &dyn Any = &plugins[1];
    println!("{}", wrong.downcast_ref::<Gzip>().is_some());
}`,
          answer: 'auth\ngzip level 6\nfalse',
          explanation:
            'p.as_ref() is &dyn Plugin, which upcasts to &dyn Any carrying the concrete type, so only Gzip downcasts. &plugins[1] is a &Box<dyn Plugin>: the Box itself becomes the Any, its type is Box<dyn Plugin>, and the downcast to Gzip fails.',
        },
      ],
    },
    hints: {
      nudge: 'Does this code need one concrete type chosen at compile time, or values of different types decided at run time? Look at where the trait is used as a type.',
      concept:
        '`dyn Trait` is unsized: use it behind `&`, `Box` or `Arc`. The pointer carries a vtable, so calls dispatch at run time. The trait must be dyn compatible; `Box<dyn Trait>` defaults to `\'static` and implies neither `Send` nor `Sync`, so add `+ Send + Sync` or `+ \'a` where the objects are stored.',
      analogousExample:
        'Similar: `fn exporter(format: &str) -> impl Exporter` returning `CsvExporter` or `JsonExporter` fails with E0308; returning `Box<dyn Exporter>` with each arm boxed lets the caller hold either, and a `Vec<Box<dyn Exporter>>` can hold both at once.',
      pseudoCode:
        'if the caller picks one type:  fn f<T: Trait>(x: &T)  or  impl Trait\nif types vary at run time or share one collection:\n    store Box<dyn Trait> (Arc<dyn Trait> to share)\n    add + Send + Sync if it crosses threads, + \'a if it borrows\n    keep the trait dyn compatible (no generic methods, no -> Self, or where Self: Sized)\nif the set of types is closed: an enum may be simpler',
    },
  },
  {
    conceptId: 'rust.smart-pointers',
    fundamentals: {
      title: 'Box, Rc and Arc: owning heap data and sharing it',
      conceptId: 'rust.smart-pointers',
      level: 'fundamentals',
      explanation: `Smart pointers are structs that own a heap allocation and act like references through \`Deref\`, so \`boxed.len()\` and \`rc.name\` work as if you held the value itself.

- **\`Box<T>\`**: exactly one owner, value on the heap. Use it for recursive types, for trait objects (\`Box<dyn Handler>\`), and to move a large value as a pointer. A type that contains itself directly is E0072 "recursive type \`Rule\` has infinite size", and rustc's help suggests inserting a \`Box\`.
- **\`Rc<T>\`**: shared ownership within one thread. \`Rc::clone(&x)\` increments a reference count; the value is dropped when the last \`Rc\` goes away. Use it when several parts of a program need the same data and none clearly outlives the others (a catalog used by several carts, nodes of a graph).
- **\`Arc<T>\`**: the same with atomic counts, so it can be shared between threads. \`Rc\` is not \`Send\`: moving one into \`thread::spawn\` is E0277 "\`Rc<String>\` cannot be sent between threads safely".
- **\`Weak<T>\`** (\`Rc::downgrade\`, \`Arc::downgrade\`): a non-owning handle that does not keep the value alive; \`upgrade()\` returns \`None\` once it is gone. Use it for back-pointers and observers.

Shared ownership gives **shared access**. An \`Rc<T>\` hands out \`&T\`, never \`&mut T\`, because other owners may be reading. \`cache.hits += 1\` on an \`Rc<Cache>\` is E0594 "cannot assign to data in an \`Rc\`". Mutation needs interior mutability inside the pointer (\`Rc<RefCell<T>>\`, \`Arc<Mutex<T>>\`) or copy-on-write with \`Rc::make_mut\`.

Start with plain ownership and borrowing. Reach for \`Rc\`/\`Arc\` when ownership really is shared, not to avoid deciding who owns what: a struct that could simply hold a \`Catalog\` and lend \`&Catalog\` does not need a reference count.`,
      workedExample: {
        language: 'rust',
        before: `enum Rule {
    AllowIp(IpAddr),
    DenyCountry(String),
    AnyOf(Vec<Rule>),
    Not(Rule), // E0072: recursive type \`Rule\` has infinite size
}

fn allows(rule: &Rule, req: &Request) -> bool {
    match rule {
        Rule::AllowIp(ip) => req.ip == *ip,
        Rule::DenyCountry(c) => req.country != *c,
        Rule::AnyOf(rules) => rules.iter().any(|r| allows(r, req)),
        Rule::Not(inner) => !allows(inner, req),
    }
}`,
        after: `enum Rule {
    AllowIp(IpAddr),
    DenyCountry(String),
    AnyOf(Vec<Rule>),
    Not(Box<Rule>),
}

fn allows(rule: &Rule, req: &Request) -> bool {
    match rule {
        Rule::AllowIp(ip) => req.ip == *ip,
        Rule::DenyCountry(c) => req.country != *c,
        Rule::AnyOf(rules) => rules.iter().any(|r| allows(r, req)),
        Rule::Not(inner) => !allows(inner, req), // &Box<Rule> coerces to &Rule
    }
}

let block_xx = Rule::Not(Box::new(Rule::DenyCountry("XX".into())));`,
        note: 'A Rule stored inline inside a Rule would need infinite space. Box stores the inner rule on the heap and keeps a pointer-sized field. AnyOf(Vec<Rule>) was already fine, because a Vec keeps its elements on the heap. Deref coercion means the match arm needs no change.',
      },
      pitfalls: [
        'Using `Rc` where one owner and `&T` borrows would do, adding counts and hiding the ownership structure.',
        'Expecting to mutate through `Rc<T>`/`Arc<T>` directly (E0594): put a `RefCell`/`Mutex` inside, or use `make_mut`.',
        'Sending `Rc` to another thread (E0277, not `Send`): use `Arc`.',
      ],
      quiz: [
        {
          kind: 'predict-output',
          prompt: 'What does this print?',
          code: `use std::rc::Rc;

struct Catalog { name: String }

impl Drop for Catalog {
    fn drop(&mut self) { println!("drop {}", self.name); }
}

fn main() {
    let shared = Rc::new(Catalog { name: "spring".into() });
    {
        let cart_a = Rc::clone(&shared);
        let cart_b = Rc::clone(&shared);
        println!("{}", Rc::strong_count(&cart_a));
        drop(cart_b);
    }
    println!("{}", Rc::strong_count(&shared));
    drop(shared);
    println!("end");
}`,
          answer: '3\n1\ndrop spring\nend',
          explanation:
            'Three handles exist inside the block. cart_b is dropped explicitly and cart_a at the end of the block, leaving 1. Dropping the last handle runs Catalog\'s destructor immediately, before "end".',
        },
        {
          kind: 'multiple-choice',
          prompt: 'A parsed price list is built once at startup and read by eight worker threads for the life of the process. What should the workers hold?',
          code: '',
          choices: ['`Rc<PriceList>`', '`Arc<PriceList>`', 'A `Box<PriceList>` cloned for each worker', '`Rc<RefCell<PriceList>>`'],
          answerIndex: 1,
          explanation:
            'Arc gives cheap shared ownership across threads, and read-only access needs no lock. Rc and RefCell are not thread-safe (the spawn would not compile), and boxing a clone per worker copies the whole list eight times.',
        },
      ],
    },
    advanced: {
      title: 'Reference counting in practice: cycles, copy-on-write, lighter shapes and drop depth',
      conceptId: 'rust.smart-pointers',
      level: 'advanced',
      explanation: `**Cycles leak.** Reference counting cannot free a cycle: if a parent holds \`Rc\` children and each child holds an \`Rc\` to its parent, neither count reaches zero and no \`Drop\` runs. Make the back edge a \`Weak\` and \`upgrade()\` it when needed. Rule of thumb: owning edges point in the direction of ownership, \`Weak\` points back.

**Copy-on-write and unique access.** \`Rc::get_mut(&mut rc)\` gives \`&mut T\` only while the count is 1. \`Rc::make_mut(&mut rc)\` first clones the inner value if it is shared, so snapshots held by readers stay unchanged: a cheap way to publish immutable versions of a config. \`Rc::try_unwrap\` and \`Arc::into_inner\` take the value back out when you hold the last handle.

**Lighter shapes.** \`Arc<str>\` and \`Arc<[T]>\` store the data in the same allocation as the counts, and \`Box<str>\` drops \`String\`'s capacity field: good for interned names and read-only lists cloned into many places.

**Cost model.** \`Arc::clone\` and drop are atomic operations on a shared cache line; with many cores in a hot loop, that contention shows up in profiles. Pass \`&T\` (or \`&Arc<T>\` when the callee may keep a copy) instead of cloning for calls that only read.

**Drop depth.** Dropping a long \`Option<Box<Node>>\` list recurses once per node; 300,000 nodes already overflow the 8 MiB main-thread stack, in debug and release builds alike. Implement \`Drop\` with a loop that \`take()\`s each \`next\`.

~~~rust
impl Drop for List {
    fn drop(&mut self) {
        let mut cur = self.head.take();
        while let Some(mut node) = cur { cur = node.next.take(); }
    }
}
~~~

**Deref is for pointers.** \`Deref\` makes \`&Box<T>\` coerce to \`&T\` and \`&Rc<String>\` to \`&str\`. Implementing \`Deref\` on ordinary wrappers to inherit methods surprises readers; expose the methods you mean, or implement \`AsRef\`.`,
      workedExample: {
        language: 'rust',
        before: `struct Category {
    name: String,
    parent: RefCell<Option<Rc<Category>>>,
    children: RefCell<Vec<Rc<Category>>>,
}

fn add_child(parent: &Rc<Category>, name: &str) -> Rc<Category> {
    let child = Rc::new(Category {
        name: name.to_string(),
        parent: RefCell::new(Some(Rc::clone(parent))),
        children: RefCell::new(Vec::new()),
    });
    parent.children.borrow_mut().push(Rc::clone(&child));
    child
}`,
        after: `struct Category {
    name: String,
    parent: RefCell<Weak<Category>>,
    children: RefCell<Vec<Rc<Category>>>,
}

fn add_child(parent: &Rc<Category>, name: &str) -> Rc<Category> {
    let child = Rc::new(Category {
        name: name.to_string(),
        parent: RefCell::new(Rc::downgrade(parent)),
        children: RefCell::new(Vec::new()),
    });
    parent.children.borrow_mut().push(Rc::clone(&child));
    child
}

fn breadcrumb(c: &Category) -> Option<String> {
    c.parent.borrow().upgrade().map(|p| format!("{} > {}", p.name, c.name))
}`,
        note: 'With strong pointers both ways, every parent and child keeps the other alive, so a reloaded category tree was never freed and its destructors never ran. The parent link is now Weak: children do not keep the parent alive, the tree drops from the root, and upgrade() answers "is the parent still there?".',
      },
      pitfalls: [
        'Strong `Rc`/`Arc` pointers in both directions (parent and child, observer and subject), leaking the whole structure.',
        'Cloning `Arc`s on every read-only call in hot code, paying atomic increments and decrements for nothing.',
        'Long `Box`-linked lists or deep trees with the default recursive drop, which overflows the stack.',
        'Implementing `Deref` on domain wrappers to borrow the inner type\'s methods.',
      ],
      quiz: [
        {
          kind: 'spot-the-bug',
          prompt: 'Sessions created by this code are never freed, and `Drop` for `Session` never runs. Which line causes the leak?',
          code: `struct Session {
    id: u64,
    subscriptions: RefCell<Vec<Rc<Subscription>>>,
}

struct Subscription {
    topic: String,
    session: Rc<Session>,
}`,
          bugLine: 8,
          answer: 'Make the back-reference non-owning: `session: Weak<Session>` (created with `Rc::downgrade`), and `upgrade()` it when the subscription needs the session.',
          explanation:
            'A session owns its subscriptions and each subscription owns the session, a cycle of strong counts that never reaches zero. The owning direction is session to subscription, so the pointer back must be Weak.',
        },
        {
          kind: 'predict-output',
          prompt: 'What does this print?',
          code: `use std::rc::Rc;

fn main() {
    let mut a = Rc::new(vec![1, 2]);
    let b = Rc::clone(&a);
    Rc::make_mut(&mut a).push(3);
    println!("{} {} {}", a.len(), b.len(), Rc::ptr_eq(&a, &b));
}`,
          answer: '3 2 false',
          explanation:
            'The Vec was shared by a and b, so make_mut cloned it before handing out &mut, and a now points at the new copy. b keeps seeing the old snapshot.',
        },
      ],
    },
    hints: {
      nudge: 'Who owns the value on that line: one place, several places in one thread, or several threads? Does anything need to change it through the pointer?',
      concept:
        '`Box<T>` is single ownership on the heap (recursive types, trait objects). `Rc<T>` and `Arc<T>` share ownership by counting, within one thread or across threads, and give only `&T`; put a `RefCell`/`Mutex` inside for mutation. `Weak<T>` refers without owning and breaks cycles.',
      analogousExample:
        'Similar: `enum Json { Null, Array(Vec<Json>), Tagged(String, Json) }` fails with E0072 on `Tagged`; `Tagged(String, Box<Json>)` gives it a fixed size. A config shared by request threads becomes `Arc<Config>`, not a clone per request.',
      pseudoCode:
        'one owner, needs the heap (recursion, dyn, big value)  -> Box<T>\nseveral owners, one thread                             -> Rc<T>\nseveral owners, several threads                        -> Arc<T>\nmust mutate through it                                 -> Rc<RefCell<T>> / Arc<Mutex<T>> / make_mut\npointer back up the structure                          -> Weak<T> + upgrade()',
    },
  },
  {
    conceptId: 'rust.interior-mutability',
    fundamentals: {
      title: 'Interior mutability: Cell, RefCell and Mutex move the borrow check',
      conceptId: 'rust.interior-mutability',
      level: 'fundamentals',
      explanation: `Normally \`&T\` means "nobody changes this while I look". Interior mutability types relax that on purpose: they allow mutation through a shared reference and enforce the aliasing rule another way.

- **\`Cell<T>\`** moves values in and out (\`get\` for \`Copy\` types, \`set\`, \`replace\`, \`take\`) and never hands out a reference to its contents, so it needs no checks at all. Ideal for counters and flags inside one thread.
- **\`RefCell<T>\`** hands out references and checks them **at run time**: \`borrow()\` returns a shared \`Ref\`, \`borrow_mut()\` an exclusive \`RefMut\`. Breaking one-writer-or-many-readers panics with "RefCell already borrowed" or "RefCell already mutably borrowed"; \`try_borrow_mut()\` returns a \`Result\` instead.
- **\`Mutex<T>\`** and **\`RwLock<T>\`** do the same across threads by blocking: \`lock()\` returns a guard, and the lock is released when the guard drops.
- **\`OnceCell\`/\`OnceLock\`** (and \`LazyLock\`, stable since 1.80) initialise a value once and afterwards only hand out \`&T\`.

The typical trigger is a method that is logically read-only but has to update something: a memo cache, a request counter, a lazily computed field. With \`&self\` the compiler says E0596 "cannot borrow \`self.cache\` as mutable, as it is behind a \`&\` reference". Changing the receiver to \`&mut self\` would force every caller to hold exclusive access just to read. Wrapping the cache in a \`RefCell\` keeps the API honest: reading rates does not change what the table means.

Use interior mutability when ownership cannot express the sharing: a cache behind a \`&self\` API, a graph shared through \`Rc\`, state observed by callbacks. Do not use it to make a borrow error disappear. Overlapping borrows are still a bug; \`RefCell\` only moves the report from compile time to a panic at run time, possibly in production.`,
      workedExample: {
        language: 'rust',
        before: `struct RateTable { cache: HashMap<String, u32> }

impl RateTable {
    fn rate(&self, region: &str) -> u32 {
        if let Some(r) = self.cache.get(region) {
            return *r;
        }
        let r = compute_rate(region);
        // E0596: cannot borrow \`self.cache\` as mutable, as it is behind a \`&\` reference
        self.cache.insert(region.to_string(), r);
        r
    }
}`,
        after: `struct RateTable { cache: RefCell<HashMap<String, u32>> }

impl RateTable {
    fn rate(&self, region: &str) -> u32 {
        if let Some(r) = self.cache.borrow().get(region).copied() {
            return r;
        }
        let r = compute_rate(region);
        self.cache.borrow_mut().insert(region.to_string(), r);
        r
    }
}`,
        note: 'The cache is an implementation detail, so rate keeps its &self receiver. Each borrow is a temporary that ends with its statement: the shared borrow is gone before borrow_mut runs, so the run-time check never fails. If the table is shared between threads, the same shape uses Mutex or RwLock instead of RefCell.',
      },
      pitfalls: [
        'Holding a `Ref` from `borrow()` in a variable while calling `borrow_mut()` on the same cell: "RefCell already borrowed".',
        'Wrapping everything in `RefCell` to quiet the borrow checker, turning compile errors into run-time panics.',
        'Using `Cell`/`RefCell` in data shared between threads: they are not `Sync`; use `Mutex`, `RwLock` or atomics.',
      ],
      quiz: [
        {
          kind: 'predict-output',
          prompt: 'What does this print?',
          code: `use std::cell::Cell;

struct Client { requests: Cell<u32> }

impl Client {
    fn get(&self, path: &str) -> usize {
        self.requests.set(self.requests.get() + 1);
        path.len()
    }
}

fn main() {
    let c = Client { requests: Cell::new(0) };
    let r = &c;
    let s = &c;
    let total = r.get("/a") + s.get("/users");
    println!("{} {}", total, c.requests.get());
}`,
          answer: '8 2',
          explanation:
            'Both shared references can call get, and each call updates the counter through the Cell. The path lengths are 2 and 6.',
        },
        {
          kind: 'spot-the-bug',
          prompt: 'This panics with "RefCell already borrowed" when stock is low. Which line holds the borrow that causes it?',
          code: `fn restock(inventory: &RefCell<HashMap<String, u32>>, sku: &str) {
    let stock = inventory.borrow();
    if stock.get(sku).copied().unwrap_or(0) < 5 {
        inventory.borrow_mut().insert(sku.to_string(), 20);
    }
}`,
          bugLine: 2,
          answer: 'Do not keep the Ref alive: `let low = inventory.borrow().get(sku).copied().unwrap_or(0) < 5;` and then call `borrow_mut()` in `if low { ... }`.',
          explanation:
            'stock is a Ref that lives until the end of the function, so the borrow_mut on line 4 finds an active shared borrow and panics there. Ending the shared borrow at the end of its statement fixes it.',
        },
      ],
    },
    advanced: {
      title: 'Choosing and scoping interior mutability: guards, re-entrancy, poisoning and Sync',
      conceptId: 'rust.interior-mutability',
      level: 'advanced',
      explanation: `**Pick by access pattern.** \`Cell\` for small \`Copy\` state in one thread; \`RefCell\` when you need references into the value in one thread; \`Mutex\` when threads share it; \`RwLock\` when reads dominate and last long; atomics (\`AtomicU64::fetch_add(1, Ordering::Relaxed)\`) for counters and flags, which need no lock; \`OnceLock\`/\`LazyLock\` for lazily built globals.

**Guard lifetimes decide correctness.** A \`Ref\`, \`RefMut\` or \`MutexGuard\` created as a temporary lives until the end of its statement, and a temporary in a \`match\` scrutinee lives until the end of the whole \`match\`. So \`match cache.lock().unwrap().get(&id) { None => { cache.lock()... } }\` locks twice from one thread; std documents that the second call will not return (it may deadlock or panic). With \`RefCell\` the same shape panics with "RefCell already borrowed". Bind the result first (\`let hit = map.borrow().get(&k).cloned();\`), use the \`entry\` API under one guard, or scope the guard in a block. Edition 2024 drops an \`if let\` scrutinee's temporaries before its \`else\` branch; \`match\` is unchanged.

**Re-entrancy.** Calling a callback while holding \`borrow_mut()\` panics if the callback reaches back into the same \`RefCell\`; with a \`Mutex\` it deadlocks. Release guards before calling out.

**Poisoning.** If a thread panics while holding a \`Mutex\`, later \`lock()\` calls return \`Err(PoisonError)\`, and \`lock().unwrap()\` spreads the panic. When the data is known to stay consistent, recover with \`.lock().unwrap_or_else(PoisonError::into_inner)\`.

**Sync.** \`Cell\` and \`RefCell\` are \`Send\` but not \`Sync\`, so \`Arc<RefCell<T>>\` cannot cross threads: rustc says "\`RefCell<i32>\` cannot be shared between threads safely" and suggests \`RwLock\`. A \`const\` holding interior mutability is a fresh copy at every use, so updates vanish; rustc warns "mutation of an interior mutable \`const\` item", clippy's \`declare_interior_mutable_const\` flags the declaration, and a \`static\` is what was meant.`,
      workedExample: {
        language: 'rust',
        before: `impl SessionStore {
    fn session(&self, id: u64) -> Arc<Session> {
        match self.sessions.lock().unwrap().get(&id) {
            Some(s) => Arc::clone(s),
            None => {
                let s = Arc::new(Session::new(id));
                // the guard from the match scrutinee is still alive: this never returns
                self.sessions.lock().unwrap().insert(id, Arc::clone(&s));
                s
            }
        }
    }
}`,
        after: `impl SessionStore {
    fn session(&self, id: u64) -> Arc<Session> {
        let mut sessions = self.sessions.lock().unwrap();
        let entry = sessions.entry(id).or_insert_with(|| Arc::new(Session::new(id)));
        Arc::clone(entry)
    }
}`,
        note: 'The first request for a new id hung the worker: the MutexGuard created in the match scrutinee lives until the match ends, so the second lock() waited on itself. One named guard and the entry API do the lookup and the insert under a single lock, which also closes the race where two threads both miss and both insert.',
      },
      pitfalls: [
        'Locking or borrowing inside a `match` on an expression that already holds the same lock or borrow.',
        'Calling user callbacks, logging hooks or `.await` while a `RefMut` or `MutexGuard` is alive.',
        'Reaching for `Mutex<u64>` for a simple counter where an atomic does the job without blocking.',
        'Declaring a `const` with a `Cell`, `Mutex` or atomic inside, whose changes are lost at each use.',
      ],
      quiz: [
        {
          kind: 'predict-output',
          prompt: 'What does this print?',
          code: `use std::cell::RefCell;

fn main() {
    let cache = RefCell::new(vec![1]);
    match cache.borrow().first() {
        Some(_) => println!("held: {}", cache.try_borrow_mut().is_err()),
        None => {}
    }
    let first = cache.borrow().first().copied();
    println!("after: {} {:?}", cache.try_borrow_mut().is_err(), first);
}`,
          answer: 'held: true\nafter: false Some(1)',
          explanation:
            'The Ref created in the match scrutinee lives until the end of the match, so a mutable borrow inside an arm is refused. In the let statement, the temporary Ref is dropped at the semicolon, so afterwards the cell is free again.',
        },
        {
          kind: 'multiple-choice',
          prompt: 'A request counter is incremented by every worker thread and read by a metrics endpoint. Which type fits best?',
          code: '',
          choices: ['`Arc<RefCell<u64>>`', '`Cell<u64>` in a `static`', '`Arc<AtomicU64>`', '`Rc<Mutex<u64>>`'],
          answerIndex: 2,
          explanation:
            'An atomic supports fetch_add and load from many threads without a lock. RefCell and Cell are not Sync, so the first two do not compile when shared across threads, and Rc is not Send.',
        },
      ],
    },
    hints: {
      nudge: 'Does this method need to change state while callers only hold `&self` or a shared `Rc`/`Arc`? And where does each borrow or lock guard on that line end?',
      concept:
        'Interior mutability allows mutation through `&T`: `Cell` by moving values in and out, `RefCell` with borrow checks at run time (panicking on conflicts), `Mutex`/`RwLock` with locks across threads, atomics for single values. The aliasing rule still holds; keep every guard as short as possible.',
      analogousExample:
        'Similar: a `Template` whose `render(&self)` caches compiled partials fails with E0596 on `self.partials.insert(...)`; storing `partials: RefCell<HashMap<String, Partial>>` and using short `borrow()`/`borrow_mut()` calls keeps `render` callable through shared references.',
      pseudoCode:
        'needs mutation behind &self?\n    one thread, Copy value       -> Cell<T>\n    one thread, need references  -> RefCell<T>\n    several threads              -> Mutex<T> / RwLock<T> / AtomicXxx\n    set once, read many          -> OnceLock<T> / LazyLock<T>\nkeep each borrow/guard in its own statement or block; none across calls back or .await',
    },
  },
  {
    conceptId: 'rust.send-sync',
    fundamentals: {
      title: 'Send and Sync: what the compiler checks before data crosses threads',
      conceptId: 'rust.send-sync',
      level: 'fundamentals',
      explanation: `Two marker traits describe what a type allows across threads:

- **\`Send\`**: a value can be *moved* to another thread (its ownership transferred).
- **\`Sync\`**: a \`&T\` can be *shared* with other threads; formally, \`T: Sync\` exactly when \`&T: Send\`.

Ordinary code never implements them: they are **auto traits**, derived from the fields, so a struct is \`Send\` when all its fields are. Most types are both. The exceptions are the types that would allow a data race: \`Rc\` (its counter is not atomic) is neither; \`Cell\` and \`RefCell\` are \`Send\` but not \`Sync\`; \`MutexGuard\` is \`Sync\` but not \`Send\`; raw pointers are neither.

\`thread::spawn\` requires its closure to be \`Send + 'static\`, which produces the two errors you meet first:

~~~text
error[E0373]: closure may outlive the current function, but it borrows \`urls\`, which is owned by the current function
error[E0277]: \`Rc<String>\` cannot be sent between threads safely
~~~

The first means the closure borrows a local that might be gone while the thread still runs: add \`move\` so the closure owns what it captures. The second means a captured value is not \`Send\`: replace \`Rc\` with \`Arc\`, and \`RefCell\` with \`Mutex\` or \`RwLock\`.

Three standard shapes:

- **Share and mutate**: \`Arc<Mutex<T>>\`, with an \`Arc::clone\` moved into each thread.
- **Hand over**: send owned values through a channel (\`std::sync::mpsc\`), so one thread at a time touches each value.
- **Borrow for a bounded time**: \`std::thread::scope\` (Rust 1.63) joins every thread before it returns, so the spawned closures may borrow locals, with no \`Arc\` and no \`'static\`.

These checks rule out data races at compile time. They do not rule out deadlocks or logic races such as check-then-act; those remain the design's job.`,
      workedExample: {
        language: 'rust',
        before: `fn fetch_all(urls: &[String]) -> Vec<Page> {
    let results = Rc::new(RefCell::new(Vec::new()));
    let mut handles = Vec::new();
    for url in urls {
        let results = Rc::clone(&results);
        // E0277: \`Rc<RefCell<Vec<Page>>>\` cannot be sent between threads safely
        handles.push(thread::spawn(move || results.borrow_mut().push(fetch(url))));
    }
    for h in handles {
        h.join().unwrap();
    }
    Rc::try_unwrap(results).ok().unwrap().into_inner()
}`,
        after: `fn fetch_all(urls: &[String]) -> Vec<Page> {
    let results = Mutex::new(Vec::with_capacity(urls.len()));
    thread::scope(|s| {
        for url in urls {
            let results = &results;
            s.spawn(move || {
                let page = fetch(url);              // slow part, outside the lock
                results.lock().unwrap().push(page);
            });
        }
    }); // every thread has been joined here
    results.into_inner().unwrap()
}`,
        note: 'Swapping in Arc<Mutex<..>> alone leads to the next error: url borrows from urls, and thread::spawn needs \'static (E0521 "borrowed data escapes outside of function"). Scoped threads fix both: they may borrow urls and results because the scope joins them before fetch_all returns, so no reference counting is needed at all.',
      },
      pitfalls: [
        'Fighting E0373 by cloning everything into `\'static` data when `thread::scope` would let the threads borrow.',
        'Replacing `Rc<RefCell<T>>` with `Arc<RefCell<T>>`: still not `Sync`, so still rejected; use `Arc<Mutex<T>>`.',
        'Doing the slow work (I/O, parsing) while holding the mutex, serialising the threads the code meant to run in parallel.',
      ],
      quiz: [
        {
          kind: 'multiple-choice',
          prompt: 'Which of these values can be moved into `thread::spawn(move || ...)`?',
          code: `let a = Rc::new(String::new());
let b = Arc::new(Mutex::new(vec![0u8]));
let c = Arc::new(RefCell::new(0u32));
let d: &'static str = "eu-west-1";`,
          choices: ['b only', 'b and d', 'a, b and d', 'All four'],
          answerIndex: 1,
          explanation:
            'Rc is not Send ("`Rc<String>` cannot be sent between threads safely"). Arc<RefCell<u32>> is Send only if RefCell is Sync, which it is not. Arc<Mutex<Vec<u8>>> is fine, and a &\'static str is a shared reference to immutable data that lives forever.',
        },
        {
          kind: 'predict-output',
          prompt: 'What does this print?',
          code: `use std::sync::mpsc;
use std::thread;

fn main() {
    let (tx, rx) = mpsc::channel();
    for id in 0..3 {
        let tx = tx.clone();
        thread::spawn(move || tx.send(id * 10).unwrap());
    }
    drop(tx);
    let mut got: Vec<i32> = rx.iter().collect();
    got.sort();
    println!("{:?} {}", got, got.iter().sum::<i32>());
}`,
          answer: '[0, 10, 20] 30',
          explanation:
            'Each thread owns a clone of the sender. rx.iter() ends when every sender is gone, which is why the original tx is dropped; without drop(tx) the loop would wait forever. Arrival order varies, so the values are sorted before printing.',
        },
      ],
    },
    advanced: {
      title: 'Send and Sync in depth: reading the chain, composition, guards across await, unsafe impls',
      conceptId: 'rust.send-sync',
      level: 'advanced',
      explanation: `**Reading the error.** An E0277 about \`Send\` comes with notes, "required because it appears within the type ...", from the offending type outwards. Read them in order to find which field made the whole type non-\`Send\`: often an \`Rc\` deep inside a struct, or a \`Box<dyn Trait>\` without \`+ Send\`.

**Composition rules.** \`Arc<T>\` is \`Send\` and \`Sync\` only when \`T: Send + Sync\`, so \`Arc<RefCell<T>>\` gains nothing. \`Mutex<T>\` is \`Sync\` when \`T: Send\`: the lock serialises access, so the inner type need not be \`Sync\`. \`RwLock<T>\` needs \`T: Send + Sync\`, because readers hold \`&T\` concurrently.

**Guards and async.** \`std::sync::MutexGuard\` is not \`Send\`: the lock must be released by the thread that took it. A guard alive across \`.await\` makes the future non-\`Send\`, and \`tokio::spawn\` rejects it with "future cannot be sent between threads safely" and a note that the guard "has type \`std::sync::MutexGuard<'_, Stats>\` which is not \`Send\`". As of Rust 1.95, \`drop(guard)\` before the \`.await\` still does not satisfy the check; end the guard's scope with a block. Use \`tokio::sync::Mutex\` only when the lock really must be held across an await.

**Opting in and out.** A type holding a raw pointer is neither \`Send\` nor \`Sync\`. When an FFI handle really is thread-safe, \`unsafe impl Send for Handle {}\` asserts it, and any data race that follows is yours to answer for. To opt out on purpose, add a \`PhantomData<*const ()>\` field (negative impls are unstable).

**What it does not prevent.** Atomics and locks make each operation race-free, not the sequence. \`if stock.load(..) > 0 { stock.fetch_sub(1, ..) }\` lets two threads pass the check together; make check and update one atomic step with \`fetch_update\` or \`compare_exchange\`, or hold one lock across both.`,
      workedExample: {
        language: 'rust',
        before: `async fn record_hit(stats: Arc<Mutex<Stats>>) {
    let mut guard = stats.lock().unwrap();
    guard.hits += 1;
    let snapshot = guard.clone();
    drop(guard); // not enough for the Send check
    persist(snapshot).await;
}

// error: future cannot be sent between threads safely
tokio::spawn(record_hit(Arc::clone(&stats)));`,
        after: `async fn record_hit(stats: Arc<Mutex<Stats>>) {
    let snapshot = {
        let mut guard = stats.lock().unwrap();
        guard.hits += 1;
        guard.clone()
    }; // guard dropped here, before any await
    persist(snapshot).await;
}

tokio::spawn(record_hit(Arc::clone(&stats)));`,
        note: 'The compiler decides which values a future holds across each .await from their scopes, and rustc 1.95 still counts guard as live after drop(guard). The block makes the guard\'s lifetime end visibly before the await, so the future is Send and tokio can move it between worker threads.',
      },
      pitfalls: [
        'Holding a `std::sync::MutexGuard` (or `RefCell` borrow) across `.await` in code spawned on a multi-threaded runtime.',
        'Writing `unsafe impl Send`/`Sync` to silence an error without proving the type is actually thread-safe.',
        'Treating atomics as a transaction: a `load` followed by a separate `fetch_sub` is a check-then-act race.',
      ],
      quiz: [
        {
          kind: 'multiple-choice',
          prompt: 'With rustc 1.95 and Tokio, `tokio::spawn(record(counter))` fails: "future returned by `record` is not `Send`". Which change fixes it?',
          code: `async fn record(counter: Arc<Mutex<u64>>) {
    let mut guard = counter.lock().unwrap();
    *guard += 1;
    let n = *guard;
    persist(n).await;
}`,
          choices: [
            'Add `drop(guard);` just before `persist(n).await`',
            'Compute `n` inside a block that holds the guard, so the guard\'s scope ends before the `.await`',
            'Use `#[tokio::main(flavor = "multi_thread")]`',
            'Pass the counter as `Rc<Mutex<u64>>` instead',
          ],
          answerIndex: 1,
          explanation:
            'The check is scope-based: rustc still reports the guard as "maybe used later" at the await even after drop(guard). A block ending before the await removes it from the future\'s state. The runtime flavour is what requires Send in the first place, and Rc is not Send at all.',
        },
        {
          kind: 'spot-the-bug',
          prompt: 'Under load, two customers sometimes reserve the last item and the counter wraps around to 4294967295. Which line starts the bug?',
          code: `use std::sync::atomic::{AtomicU32, Ordering};

static STOCK: AtomicU32 = AtomicU32::new(1);

fn try_reserve() -> bool {
    if STOCK.load(Ordering::SeqCst) > 0 {
        STOCK.fetch_sub(1, Ordering::SeqCst);
        return true;
    }
    false
}`,
          bugLine: 6,
          answer: 'Make the check and the decrement one atomic operation: `STOCK.fetch_update(Ordering::SeqCst, Ordering::SeqCst, |n| n.checked_sub(1)).is_ok()`.',
          explanation:
            'Each atomic operation is race-free, but two threads can both load 1 before either subtracts; the second fetch_sub then wraps 0 to u32::MAX. Send and Sync stop data races, not this kind of logic race.',
        },
      ],
    },
    hints: {
      nudge: 'Which captured value does the compiler name as not `Send` (or not `Sync`), and does the closure borrow anything from the current function?',
      concept:
        '`Send` lets a value move to another thread, `Sync` lets `&T` be shared; both are derived from fields. `thread::spawn` needs `Send + \'static` closures: use `move`, swap `Rc`/`RefCell` for `Arc`/`Mutex`, use channels to hand values over, or `thread::scope` to borrow.',
      analogousExample:
        'Similar: a metrics reporter thread given `Rc<RefCell<Counters>>` fails with E0277; `Arc<Mutex<Counters>>` (or one `AtomicU64` per counter) works, and the `move` closure then owns its `Arc` clone.',
      pseudoCode:
        'for each value the spawned closure captures:\n    borrowed local?     -> move it in, or use thread::scope\n    Rc<T>?              -> Arc<T>\n    RefCell<T>/Cell<T>? -> Mutex<T> / RwLock<T> / atomics\n    needs to come back? -> return it from join() or send it on a channel\nin async tasks: end lock guards in a block before each .await',
    },
  },
  {
    conceptId: 'rust.strings',
    fundamentals: {
      title: 'String and &str: owned buffers and borrowed slices of UTF-8',
      conceptId: 'rust.strings',
      level: 'fundamentals',
      explanation: `\`String\` is an owned, growable buffer of UTF-8 bytes (pointer, capacity, length). \`&str\` is a borrowed view of UTF-8 bytes that live somewhere else: inside a \`String\`, in the binary for literals (\`&'static str\`), or a slice of either. Turning \`&String\` into \`&str\` is free (deref coercion); turning \`&str\` into \`String\` allocates (\`to_string()\`, \`to_owned()\`, \`String::from\`).

The API rule of thumb: **accept \`&str\`, return \`String\`**. A \`&str\` parameter takes literals, \`&String\` and slices alike; a \`&String\` parameter takes only the second, and clippy warns "writing \`&String\` instead of \`&str\` involves a new object where a slice will do". Return \`String\` when the function creates new text, and store \`String\` in structs that own their data.

Strings are not arrays of characters. \`s[0]\` does not compile: E0277 "the type \`str\` cannot be indexed by \`{integer}\`", with the note "you can use \`.chars().nth()\` or \`.bytes().nth()\`". \`len()\` counts **bytes**: \`"Zürich".len()\` is 7 while \`chars().count()\` is 6. Range slicing takes byte offsets and panics when an end falls inside a character:

~~~text
end byte index 10 is not a char boundary; it is inside 'û' (bytes 9..11) of \`Crème brûlée tasting menu\`
~~~

Walk by character with \`chars()\`, get valid cut points from \`char_indices()\`, or use \`s.get(a..b)\`, which returns \`None\` instead of panicking.

Joining: \`a + &b\` moves \`a\` and appends to its buffer. The right-hand side must be a \`&str\`, so \`a + b\` with two \`String\`s is E0308, and \`"x" + "y"\` is E0369 "cannot add \`&str\` to \`&str\`" because the left side must be an owned \`String\`. \`format!("{first} {last}")\` is clearer beyond two pieces, and \`push_str\` appends in place inside loops.`,
      workedExample: {
        language: 'rust',
        before: `fn preview(title: &String) -> String {
    if title.len() > 10 {
        format!("{}...", &title[..10])
    } else {
        title.clone()
    }
}

// preview(&"Crème brûlée tasting menu".to_string()) panics:
// end byte index 10 is not a char boundary; it is inside 'û' (bytes 9..11)`,
        after: `fn preview(title: &str, max_chars: usize) -> String {
    match title.char_indices().nth(max_chars) {
        Some((cut, _)) => format!("{}...", &title[..cut]),
        None => title.to_string(),
    }
}

// preview("Crème brûlée tasting menu", 10) == "Crème brûl..."
// preview("Tea", 10) == "Tea"`,
        note: 'len() and [..10] count bytes, and è and û take two bytes each, so byte 10 fell inside û. char_indices().nth(n) yields the byte offset where the nth character starts, always a valid cut point, or None when the title is short enough. Taking &str also lets callers pass literals and slices.',
      },
      pitfalls: [
        'Using `len()` or byte ranges as if they counted characters; any non-ASCII text breaks it, often with a panic.',
        'Taking `&String` or `String` parameters where `&str` would accept every kind of string without allocating.',
        'Writing `"a" + "b"` or `a + b` with two `String`s instead of `format!` or `a + &b`.',
      ],
      quiz: [
        {
          kind: 'predict-output',
          prompt: 'What does this print?',
          code: `fn main() {
    let city = String::from("Zürich");
    let upper = city.to_uppercase();
    println!("{} {} {} {:?}", city.len(), city.chars().count(), upper, city.chars().nth(1));
}`,
          answer: "7 6 ZÜRICH Some('ü')",
          explanation:
            'ü is one char but two bytes in UTF-8, so the length in bytes is 7 and the count of chars is 6. to_uppercase is Unicode-aware, and chars().nth(1) walks characters, not bytes.',
        },
        {
          kind: 'spot-the-bug',
          prompt: 'This does not compile (E0369). Which line is wrong?',
          code: `fn full_name(first: &str, last: &str) -> String {
    let full = first + " " + last;
    full
}`,
          bugLine: 2,
          answer: 'Build an owned String: `let full = format!("{first} {last}");` (or `first.to_owned() + " " + last`).',
          explanation:
            '+ is implemented for String + &str, reusing the left String\'s buffer. Two &str values have no buffer to append to, hence "cannot add `&str` to `&str`" and the note that concatenation requires an owned String on the left.',
        },
      ],
    },
    advanced: {
      title: 'Text at the edges: graphemes, safe cuts, bytes, OsStr and avoiding copies',
      conceptId: 'rust.strings',
      level: 'advanced',
      explanation: `**Characters are not what users see.** A Rust \`char\` is a Unicode scalar value. "é" can be one scalar (U+00E9) or two (\`e\` plus U+0301, the combining acute accent), and flags and family emoji are several. Truncating for display, enforcing length limits or reversing by \`chars()\` can split what a user sees as one character; use the \`unicode-segmentation\` crate's graphemes where that matters. Case mapping can change length: \`"straße".to_uppercase()\` is \`"STRASSE"\`.

**Cutting safely.** \`s.get(..n)\` returns \`Option<&str>\`, \`s.is_char_boundary(n)\` tests an offset, and since Rust 1.91 \`s.floor_char_boundary(n)\` rounds an offset down to the previous boundary: the tool for "at most n bytes" limits in headers, log lines and database columns.

**Bytes at the edges.** Data from sockets and files is \`&[u8]\` until validated. \`String::from_utf8(vec)\` returns a \`Result\` and reuses the buffer; \`String::from_utf8_lossy\` replaces bad sequences with U+FFFD and returns a \`Cow\`. File names are \`OsStr\`/\`Path\`, not \`str\`: \`path.to_str()\` is an \`Option\`, and \`path.display()\` is for messages only.

**Avoid copies you do not need.** A function that usually returns its input unchanged (escaping, trimming, normalising) can return \`Cow<'_, str>\`: borrowed in the common case, owned only when something changed. Constructors that store text can take \`impl Into<String>\`, so a caller that already owns a \`String\` hands it over without a copy. Build large strings with \`String::with_capacity\` and \`write!\` through \`std::fmt::Write\` rather than repeated \`format!\`. Text shared read-only is cheaper as \`Arc<str>\` than as cloned \`String\`s.

**Comparisons.** \`==\` compares bytes, with no case folding or normalisation. \`eq_ignore_ascii_case\` suits protocol tokens such as header names; matching user input needs Unicode normalisation first (the \`unicode-normalization\` crate).`,
      workedExample: {
        language: 'rust',
        before: `fn escape_csv(field: &str) -> String {
    if field.contains([',', '"', '\\n']) {
        format!(r#""{}""#, field.replace('"', r#""""#))
    } else {
        field.to_string() // one allocation per plain field, i.e. almost always
    }
}

for row in &rows {
    let line: Vec<String> = row.iter().map(|f| escape_csv(f)).collect();
    writeln!(out, "{}", line.join(","))?;
}`,
        after: `fn escape_csv(field: &str) -> Cow<'_, str> {
    if field.contains([',', '"', '\\n']) {
        Cow::Owned(format!(r#""{}""#, field.replace('"', r#""""#)))
    } else {
        Cow::Borrowed(field)
    }
}

for row in &rows {
    let line: Vec<Cow<'_, str>> = row.iter().map(|f| escape_csv(f)).collect();
    writeln!(out, "{}", line.join(","))?;
}`,
        note: 'Most CSV fields need no quoting, yet every one was copied into a new String. Cow borrows the input when it is already valid and allocates only for fields with a comma, quote or newline. Cow<str> derefs to &str, so join and writeln! work unchanged.',
      },
      pitfalls: [
        'Treating `chars()` as user-perceived characters when truncating or counting visible text.',
        'Converting `Path`s to `String` with `to_str().unwrap()`, which panics on non-UTF-8 file names.',
        'Using `from_utf8_lossy` on input that should be rejected, silently storing U+FFFD replacement characters.',
        'Comparing user-entered text with `==` without normalising it first.',
      ],
      quiz: [
        {
          kind: 'predict-output',
          prompt: 'What does this print?',
          code: `fn main() {
    let s = "straße";
    let t = "e\\u{301}";
    println!("{} {} {} {:?}", s.to_uppercase(), s.len(), t.chars().count(), s.get(..5));
}`,
          answer: 'STRASSE 7 2 None',
          explanation:
            'ß uppercases to two letters. It takes bytes 4..6, so s is 7 bytes long and offset 5 is inside it: get returns None instead of panicking. t is e followed by a combining accent, which renders as one é but is two chars.',
        },
        {
          kind: 'multiple-choice',
          prompt: 'A handler receives `body: Vec<u8>` that must be UTF-8 JSON. Which call validates it without copying and lets you reject bad input with a 400?',
          code: '',
          choices: [
            '`String::from_utf8(body)`',
            '`String::from_utf8_lossy(&body).into_owned()`',
            '`unsafe { String::from_utf8_unchecked(body) }`',
            '`body.iter().map(|&b| b as char).collect::<String>()`',
          ],
          answerIndex: 0,
          explanation:
            'from_utf8 takes the Vec, checks it, and returns Ok(String) reusing the same buffer or Err with the position of the bad byte. The lossy version hides the problem, the unchecked one is undefined behaviour on bad input, and mapping bytes to chars decodes as Latin-1 and garbles every non-ASCII character.',
        },
      ],
    },
    hints: {
      nudge: 'Is the code treating byte positions as character positions, or asking for an owned `String` where a borrowed `&str` would do (or the other way round)?',
      concept:
        '`String` owns UTF-8 bytes, `&str` borrows them. Accept `&str`, return `String`. Lengths and slice ranges are in bytes and must fall on character boundaries; iterate with `chars()`/`char_indices()` or use `get(..)` to avoid panics. Concatenate with `format!` or `String + &str`.',
      analogousExample:
        'Similar: `fn initials(name: &String) -> String { name[0..1].to_string() }` panics for "Élodie" because É is two bytes; `name.chars().next().map(String::from).unwrap_or_default()` takes the first character, and `&str` accepts literals too.',
      pseudoCode:
        'parameter: &str (borrow)  | result: String (new text) | stored in a struct: String\nneed a character?  s.chars().nth(i) / s.char_indices()\nneed a cut point?  s.char_indices().nth(n) / s.floor_char_boundary(n) / s.get(..n)\njoining?           format!(...) / owned + &borrowed / buf.push_str(...)',
    },
  },
  {
    conceptId: 'rust.iterators-closures',
    fundamentals: {
      title: 'Iterators and closures: lazy adapters, three ways to iterate, three closure traits',
      conceptId: 'rust.iterators-closures',
      level: 'fundamentals',
      explanation: `An iterator produces items on demand through \`next()\`. **Adapters** (\`map\`, \`filter\`, \`take\`, \`zip\`, \`enumerate\`) wrap one iterator in another and do nothing on their own; **consumers** (\`for\`, \`collect\`, \`sum\`, \`count\`, \`find\`, \`any\`, \`for_each\`) pull the items. Forgetting the consumer gives the warning "unused \`Map\` that must be used" with the note "iterators are lazy and do nothing unless consumed".

Three ways to iterate a collection, and the choice decides what you may do with the items and the collection afterwards:

- \`v.iter()\` (or \`for x in &v\`) yields \`&T\`; \`v\` is untouched.
- \`v.iter_mut()\` (or \`for x in &mut v\`) yields \`&mut T\` to change items in place.
- \`v.into_iter()\` (or \`for x in v\`) yields \`T\` and consumes \`v\`. Using \`v\` afterwards is E0382, with the note "\`names\` moved due to this implicit call to \`.into_iter()\`" and the help to iterate over \`&names\`.

\`collect\` can build many types, so it must be told which: \`let ids: Vec<u64> = ... .collect();\` or \`.collect::<Vec<_>>()\`.

A closure captures variables in the least demanding way its body allows, and that decides which trait it implements:

- **\`Fn\`** only reads its captures; it can be called any number of times.
- **\`FnMut\`** mutates captures; calling it needs a \`let mut\` binding (otherwise E0596 "cannot borrow \`inc\` as mutable").
- **\`FnOnce\`** moves a captured value out, so it can run only once. Passing one where \`Fn\` is required is E0525 "expected a closure that implements the \`Fn\` trait, but this closure only implements \`FnOnce\`".

\`move\` changes *how* captures are stored (by value instead of by reference), not which trait the closure implements: a \`move\` closure that only reads is still \`Fn\`. Use it when the closure outlives the current scope: threads, returned closures, iterators returned from functions.`,
      workedExample: {
        language: 'rust',
        before: `fn paid_total(orders: &Vec<Order>) -> u64 {
    let mut totals = Vec::new();
    for order in orders.clone() {      // clones every order, lines included, to loop
        if order.status == Status::Paid {
            totals.push(order.total_cents);
        }
    }
    let mut sum = 0;
    for t in totals {
        sum += t;
    }
    sum
}`,
        after: `fn paid_total(orders: &[Order]) -> u64 {
    orders
        .iter()
        .filter(|o| o.status == Status::Paid)
        .map(|o| o.total_cents)
        .sum()
}`,
        note: 'orders.clone() deep-copied every order, lines included, only to loop over owned values; iter() borrows them instead. The chain runs as a single loop with no intermediate Vec, sum() takes its type from the u64 return type, and &[Order] accepts a Vec, an array or a slice.',
      },
      pitfalls: [
        'Building an adapter chain (`map`, `filter`) without a consumer, so nothing runs.',
        '`for x in v` when `v` is needed afterwards: iterate `&v` or `v.iter()`.',
        'Moving a captured value out of a closure that must be `Fn` or `FnMut` (callbacks, retries, handlers).',
      ],
      quiz: [
        {
          kind: 'predict-output',
          prompt: 'What does this print?',
          code: `fn main() {
    let ids = vec![1, 2, 3, 4];
    let evens = ids.iter().filter(|&&id| {
        println!("check {id}");
        id % 2 == 0
    });
    println!("built");
    let first: Vec<_> = evens.take(1).collect();
    println!("{:?}", first);
}`,
          answer: 'built\ncheck 1\ncheck 2\n[2]',
          explanation:
            'Creating the filter runs nothing. collect pulls through take(1), which stops asking after the first match, so the filter only checks 1 and 2.',
        },
        {
          kind: 'multiple-choice',
          prompt: '`retry` calls its closure up to twice. The call fails with E0507 "cannot move out of `payload`, a captured variable in an `Fn` closure". Which change fixes it?',
          code: `fn retry<F: Fn() -> Result<(), SendError>>(f: F) -> Result<(), SendError> {
    f().or_else(|_| f())
}

let payload: String = build_payload(&order);
retry(move || send(payload));   // fn send(body: String) -> Result<(), SendError>`,
          choices: [
            'Remove `move` from the closure',
            'Change the bound to `F: FnOnce() -> Result<(), SendError>`',
            'Write `retry(move || send(payload.clone()))`',
            'Declare `let mut payload`',
          ],
          answerIndex: 2,
          explanation:
            'send takes ownership, so each attempt needs its own String. Cloning inside the closure leaves payload captured and only read, which makes the closure Fn. Without move it still moves payload out; FnOnce would break retry, which calls f twice; mut changes nothing.',
        },
      ],
    },
    advanced: {
      title: 'Iterator and closure design: returning iterators, precise captures, collect targets, cost',
      conceptId: 'rust.iterators-closures',
      level: 'advanced',
      explanation: `**Returning iterators.** Return \`impl Iterator<Item = &Invoice>\` instead of building a \`Vec\`, and each caller decides: \`.next()\`, \`.count()\` or \`.collect()\`. Closures inside that capture parameters need \`move\`, or E0373 reports that the closure borrows \`today\` from a call that has already returned. Edition 2024 changed the capture rules: a return-position \`impl Trait\` captures every in-scope lifetime, so \`fn ids(&self) -> impl Iterator<Item = u64>\` that borrows \`self\` compiles. In edition 2021 it is E0700 "hidden type ... captures lifetime that does not appear in bounds", fixed with \`+ use<'_>\` or \`+ '_\`.

**Closures capture places, not variables** (edition 2021 and later). \`|| self.retries += 1\` captures only the field \`self.retries\`, so other fields stay readable while the closure lives; edition 2018 captured all of \`self\` and rejected that with E0501. Take callbacks as \`impl FnMut(..)\` or \`&mut dyn FnMut(..)\`, and store differing ones as \`Box<dyn Fn(..) + Send + Sync>\`.

**Collect targets.** \`Result<Vec<T>, E>\` and \`Option<Vec<T>>\` stop at the first failure; \`HashMap<K, V>\` collects from \`(K, V)\` tuples; \`String\` from \`char\`s or \`&str\`s; \`partition\` and \`unzip\` fill two collections in one pass. \`sum\` and \`product\` often need the type spelled out (\`sum::<u64>()\`).

**Cost.** Adapter chains compile to the same loop you would write by hand, usually without bounds checks. The costs are those you add: a \`collect()\` followed by another pass (clippy's \`needless_collect\`), \`cloned()\` on large items, \`chars().nth(i)\` inside a loop (linear each time). \`by_ref()\` consumes part of an iterator and keeps the rest; \`peekable()\` looks ahead.

**Mutating while iterating.** Removing from a \`Vec\` inside \`for x in v.iter()\` is E0502, because the loop holds a shared borrow. Use \`retain\`, \`retain_mut\`, \`drain(..)\`, \`extract_if\` (stable since 1.87), or collect the indices first.`,
      workedExample: {
        language: 'rust',
        before: `impl Ledger {
    // allocates and clones on every call, even when the caller wants only the first match
    fn overdue(&self, today: Date) -> Vec<Invoice> {
        let mut out = Vec::new();
        for inv in &self.invoices {
            if inv.due < today && !inv.paid {
                out.push(inv.clone());
            }
        }
        out
    }
}`,
        after: `impl Ledger {
    fn overdue(&self, today: Date) -> impl Iterator<Item = &Invoice> {
        self.invoices.iter().filter(move |inv| inv.due < today && !inv.paid)
    }
}

let first = ledger.overdue(today).next();
let count = ledger.overdue(today).count();
let batch: Vec<&Invoice> = ledger.overdue(today).take(100).collect();`,
        note: 'The iterator borrows the invoices instead of cloning them, and does no work until a caller pulls. move copies today (a Copy date) into the closure; without it the closure would borrow a parameter of a call that has returned (E0373). The returned type mentions &Invoice, so the borrow of self is captured in either edition.',
      },
      pitfalls: [
        'Returning `Vec<T>` (often of clones) from methods whose callers only iterate or take the first few items.',
        'Forgetting `move` on closures inside returned iterators or spawned tasks that capture parameters.',
        'Calling `collect()` only to iterate again, or `chars().nth(i)` in a loop, turning linear work into quadratic.',
        'Removing items from a `Vec` by index inside a loop over it instead of `retain` or `extract_if`.',
      ],
      quiz: [
        {
          kind: 'predict-output',
          prompt: 'What does this print?',
          code: `fn main() {
    let mut hits = 0;
    let mut record = |path: &str| {
        hits += 1;
        path.len()
    };
    let a = record("/health");
    let b = record("/orders");
    let mut counter = 0;
    let mut bump = move || {
        counter += 1;
        counter
    };
    bump();
    let last = bump();
    println!("{hits} {} {last} {counter}", a + b);
}`,
          answer: '2 14 2 0',
          explanation:
            'record borrows hits mutably (FnMut) and is done before hits is read, so it prints 2. bump is a move closure: it mutates its own copy of the i32, which reaches 2, while the outer counter stays 0.',
        },
        {
          kind: 'spot-the-bug',
          prompt: 'This fails with E0502. Which line is the problem?',
          code: `fn expire(sessions: &mut Vec<Session>, now: u64) {
    for (i, s) in sessions.iter().enumerate() {
        if s.expires_at < now {
            sessions.remove(i);
        }
    }
}`,
          bugLine: 4,
          answer: 'Replace the loop with `sessions.retain(|s| s.expires_at >= now);`.',
          explanation:
            'The loop holds a shared borrow of sessions while remove needs a mutable one. Even where such code compiles in other languages, removing by index while walking forward skips the element after each removal; retain does it in one pass.',
        },
      ],
    },
    hints: {
      nudge: 'Is anything consuming this iterator? And does the closure read, mutate or move out what it captures, compared with what the function it is passed to expects?',
      concept:
        'Adapters are lazy until a consumer runs them. `iter`, `iter_mut` and `into_iter` yield `&T`, `&mut T` and `T`. Closures are `Fn` (read captures), `FnMut` (mutate them) or `FnOnce` (move them out), and `move` only changes how captures are stored.',
      analogousExample:
        'Similar: `handlers.iter().map(|h| h.register(&router));` registers nothing and triggers the "unused `Map`" warning; `for h in &handlers { h.register(&router); }` (or `for_each`) actually runs it.',
      pseudoCode:
        'chain = source.iter() / iter_mut() / into_iter()   // borrow, mutate, consume\n        .filter(..).map(..)                          // lazy\n        .collect::<Target>() / sum() / for_each(..)   // runs it\nclosure passed to Fn / FnMut?  clone inside instead of moving captures out\nclosure outlives scope?       move || ...',
    },
  },
  {
    conceptId: 'rust.modules-visibility',
    fundamentals: {
      title: 'Modules and visibility: the module tree, pub, paths and use',
      conceptId: 'rust.modules-visibility',
      level: 'fundamentals',
      explanation: `A crate is one compilation unit (a library or a binary), and its code forms a **module tree** rooted at \`src/lib.rs\` or \`src/main.rs\`. Files do not join the tree by existing: \`mod billing;\` in the root declares the module and makes the compiler load \`src/billing.rs\` (or \`src/billing/mod.rs\`). Without it, \`use billing::Invoice;\` fails with E0432 "unresolved import \`billing\`", and rustc adds "to make use of source file src/billing.rs, use \`mod billing\` in this file to declare the module".

Everything is **private to its module** by default: functions, structs, fields, constants, nested modules. Child modules can see their ancestors' private items; nothing outside can. \`pub\` opens an item to the enclosing module's users, so every module along the path must be reachable too:

- E0603 "function \`tax_cents\` is private" (or "module \`ledger\` is private") for items,
- E0616 "field \`total_cents\` of struct \`Invoice\` is private" when reading a field,
- E0451 when a struct literal names a private field: the type's module has to offer a constructor.

Private fields are the point, not an obstacle: they let \`Invoice::new\` enforce invariants (totals never negative, currency always set) that a struct literal could bypass.

Paths start from the current module. \`crate::billing::Invoice\` is absolute, \`super::\` is the parent, \`self::\` the current module, and a bare first segment can also name an external crate from \`Cargo.toml\`. E0433 "cannot find module or crate \`serde_json\` in this scope" usually means a missing dependency or a missing \`mod\` declaration. \`use\` only creates a shorter name; it never loads code.

Finer control: \`pub(crate)\` makes an item visible across the crate but not to dependents, \`pub(super)\` to the parent module only. In a binary, \`pub(crate)\` and \`pub\` behave alike; in a library, \`pub\` is a promise to every downstream user.`,
      workedExample: {
        language: 'rust',
        before: `// src/billing.rs
pub struct Invoice { id: u64, total_cents: u64 }
fn tax_cents(total: u64) -> u64 { total / 5 }

// src/main.rs
use billing::Invoice;                                   // E0432: unresolved import \`billing\`

fn main() {
    let inv = Invoice { id: 1, total_cents: 10_000 };  // E0451: field \`id\` of struct \`Invoice\` is private
    println!("{}", billing::tax_cents(inv.total_cents)); // E0603 (tax_cents), E0616 (total_cents)
}`,
        after: `// src/billing.rs
pub struct Invoice { id: u64, total_cents: u64 }

impl Invoice {
    pub fn new(id: u64, total_cents: u64) -> Self { Invoice { id, total_cents } }
    pub fn id(&self) -> u64 { self.id }
    pub fn total_cents(&self) -> u64 { self.total_cents }
}

pub fn tax_cents(total: u64) -> u64 { total / 5 }

// src/main.rs
mod billing;
use billing::Invoice;

fn main() {
    let inv = Invoice::new(1, 10_000);
    println!("{}", billing::tax_cents(inv.total_cents()));
}`,
        note: 'rustc reports these in rounds: first the missing `mod billing;`, then the private items. The fix keeps the fields private and adds a constructor and getters, so billing stays in control of what a valid invoice is; only tax_cents, which callers genuinely need, becomes pub.',
      },
      pitfalls: [
        'Creating `src/foo.rs` and never declaring `mod foo;`: the file is not compiled at all.',
        'Making every field `pub` to silence E0451/E0616 instead of adding constructors and accessors that keep invariants.',
        'Marking an item `pub` inside a private module and expecting outside code to reach it.',
      ],
      quiz: [
        {
          kind: 'spot-the-bug',
          prompt: '`main` must be able to record ledger entries, but line 12 fails with E0603 "module `ledger` is private". Which line needs to change?',
          code: `mod payments {
    pub mod stripe {
        pub fn charge(cents: u64) -> bool { cents > 0 }
    }
    mod ledger {
        pub fn record(_cents: u64) {}
    }
}

fn main() {
    payments::stripe::charge(500);
    payments::ledger::record(500);
}`,
          bugLine: 5,
          answer: 'Make the module reachable: `pub mod ledger {` (or `pub(crate) mod ledger`), or re-export the function with `pub use ledger::record;` inside payments.',
          explanation:
            'record is pub, but it lives in a private module, and every segment of the path has to be visible from main. rustc notes that "function `record` is not publicly re-exported".',
        },
        {
          kind: 'multiple-choice',
          prompt: 'In a library crate, `mod text { pub(crate) fn normalize(s: &str) -> String { ... } }`. Who can call `normalize`?',
          code: '',
          choices: [
            'Only code inside the `text` module',
            'Any code in this crate, but not crates that depend on it',
            'Dependent crates too, but it is hidden from the docs',
            'Only the parent module of `text`',
          ],
          answerIndex: 1,
          explanation:
            'pub(crate) means visible anywhere in the current crate. Callers must still be able to name the path, which they can because text is a child of the crate root. pub(super) would limit it to the parent module.',
        },
      ],
    },
    advanced: {
      title: 'Module design: facades, visibility levels, non_exhaustive and test access',
      conceptId: 'rust.modules-visibility',
      level: 'advanced',
      explanation: `**Design the public surface apart from the file layout.** Keep implementation modules private and re-export what users should name: \`mod codec;\` plus \`pub use codec::json::Encoder;\` in \`lib.rs\` gives a stable \`mylib::Encoder\` while files move freely. Reaching into the private path from another crate is E0603 "module \`codec\` is private".

**Visibility levels.** \`pub(crate)\` is the right default for helpers shared inside a library; \`pub(in crate::storage)\` limits an item to one subtree. A private type in a public signature compiles with the warning "type \`Secret\` is more private than the item \`leak\`" (the \`private_interfaces\` lint): callers receive a value whose type they cannot name. The allow-by-default \`unreachable_pub\` lint finds \`pub\` items no outside code can reach, which should say \`pub(crate)\`.

**Evolving types.** Anyone can build a public struct whose fields are all public with a literal, so adding a field is a breaking change. \`#[non_exhaustive]\` on a struct forbids literals outside the crate; on an enum it makes downstream \`match\`es carry a wildcard arm (otherwise E0004 "non-exhaustive patterns: \`&_\` not covered"), so new variants can ship in a minor release. Other crates can still construct the variants.

**Tests and privacy.** A \`#[cfg(test)] mod tests { use super::*; }\` child module sees every private item of its parent, so unit tests need no \`pub\` just for testing. Integration tests in \`tests/\` are separate crates that see only the public API: a good check that it is usable.

**Files.** Since edition 2018, \`src/billing.rs\` can declare \`pub mod stripe;\` with the child in \`src/billing/stripe.rs\`; \`mod.rs\` is optional. \`#[path = "..."]\` exists but surprises readers.

**Traits are imported.** Calling a trait method needs the trait in scope (\`use std::io::Write;\`), or E0599 follows; a crate-level \`prelude\` module re-exporting the main traits saves users the hunt.`,
      workedExample: {
        language: 'rust',
        before: `// src/lib.rs of the ratekit crate
pub mod codec {
    pub mod json {
        pub struct Encoder { pub pretty: bool, pub indent: usize }
        pub fn escape(s: &str) -> String { s.replace('"', "'") }
    }
}

pub mod errors {
    #[derive(Debug)]
    pub enum ApiError { NotFound, RateLimited }
}
// users write ratekit::codec::json::Encoder { pretty: true, indent: 2 }
// and match ApiError exhaustively: every new field or variant breaks them`,
        after: `// src/lib.rs of the ratekit crate
mod codec;
mod errors;

pub use codec::json::Encoder;
pub use errors::ApiError;

// src/codec.rs
pub(crate) mod json;

// src/codec/json.rs
pub struct Encoder { pretty: bool, indent: usize }

impl Encoder {
    pub fn new() -> Self { Encoder { pretty: false, indent: 2 } }
    pub fn pretty(mut self, on: bool) -> Self { self.pretty = on; self }
}

pub(crate) fn escape(s: &str) -> String { s.replace('"', "'") }

// src/errors.rs
#[derive(Debug)]
#[non_exhaustive]
pub enum ApiError { NotFound, RateLimited }`,
        note: 'The public API is now ratekit::Encoder and ratekit::ApiError, whatever the files look like. Private fields behind a builder mean new options are additive, escape is an internal helper, and non_exhaustive makes downstream matches include a wildcard arm so a new variant is not a breaking change.',
      },
      pitfalls: [
        'Exposing the internal module tree as the public API, so every refactor breaks downstream paths.',
        'Public types with all-public fields or exhaustive enums in a library that will need to grow.',
        'Making items `pub` only so tests can reach them, when a child `tests` module already can.',
        'Returning a private type from a `pub` function (`private_interfaces` warning): callers cannot name it.',
      ],
      quiz: [
        {
          kind: 'predict-output',
          prompt: 'What does this print?',
          code: `mod config {
    const DEFAULT_PORT: u16 = 8080;

    pub fn port(env: Option<&str>) -> u16 {
        env.and_then(|v| v.parse().ok()).unwrap_or(DEFAULT_PORT)
    }

    pub mod check {
        pub fn is_default(p: u16) -> bool {
            p == super::DEFAULT_PORT
        }
    }
}

fn main() {
    let p = config::port(Some("x"));
    println!("{} {}", p, config::check::is_default(p));
}`,
          answer: '8080 true',
          explanation:
            '"x" does not parse, so port falls back to the private constant. The child module check may read its parent\'s private DEFAULT_PORT through super::; privacy only restricts code outside config.',
        },
        {
          kind: 'multiple-choice',
          prompt: 'Your library adds `#[non_exhaustive]` to `pub enum ApiError { NotFound, RateLimited }`. What changes for a crate that depends on it?',
          code: '',
          choices: [
            'Nothing: the attribute only affects documentation',
            'It can no longer construct `ApiError::NotFound`',
            'Its `match` on an `ApiError` needs a wildcard `_` arm, so new variants will not break it',
            'It must import the enum with `use ratekit::ApiError::*`',
          ],
          answerIndex: 2,
          explanation:
            'Outside the defining crate, an exhaustive match over a non_exhaustive enum fails with E0004 (pattern `_` not covered). Variants stay constructible; marking individual variants #[non_exhaustive] is what restricts construction of those variants.',
        },
      ],
    },
    hints: {
      nudge: 'Is the module declared with `mod` somewhere in the tree, and is every segment of the path (module, item, field) visible from where you use it?',
      concept:
        'Items are private to their module unless marked `pub`; children can see ancestors\' private items. `mod name;` declares and loads a module; `use` only shortens paths. `pub(crate)` limits exposure to the crate. Private fields are reached through constructors and methods.',
      analogousExample:
        'Similar: `config::Settings { port: 80 }` from `main` fails with E0451 because `port` is private; adding `impl Settings { pub fn with_port(port: u16) -> Self }` in the config module gives callers a way in while the module keeps validating ports.',
      pseudoCode:
        'error names a module or import (E0432/E0433)?\n    add `mod name;` in the parent, or the dependency to Cargo.toml\nerror names a private item (E0603)?\n    pub / pub(crate) on the item AND on each module along the path, or pub use it\nprivate field (E0451/E0616)?\n    add a constructor / accessor method instead of making the field pub',
    },
  },
  {
    conceptId: 'rust.async',
    fundamentals: {
      title: 'async Rust: futures are lazy state machines that an executor drives',
      conceptId: 'rust.async',
      level: 'fundamentals',
      explanation: `An \`async fn\` does not run when called. It returns a **future**: a state machine holding the function's locals, which makes progress only when something **polls** it. \`.await\` polls a future until it completes, suspending the current task (not the thread) whenever it has to wait. A future nobody awaits does nothing, and rustc warns "unused implementer of \`Future\` that must be used" with the note "futures do nothing unless you \`.await\` or poll them".

Rust ships no runtime. An executor, usually Tokio, polls futures, runs timers and drives I/O:

~~~rust
#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let cfg = load_config().await?;
    serve(cfg).await
}
~~~

Without the attribute, \`async fn main\` is E0752 "\`main\` function is not allowed to be \`async\`". \`.await\` in a plain function is E0728 "\`await\` is only allowed inside \`async\` functions and blocks": the caller must be async too, or hand the future to a runtime.

Concurrency is explicit:

- \`a().await; b().await;\` runs **sequentially**: \`b\` starts after \`a\` finishes.
- \`tokio::join!(a(), b())\` runs both **concurrently** within the current task and waits for both; \`tokio::try_join!\` stops at the first error.
- \`tokio::spawn(fut)\` runs a future as an independent task, possibly on another worker thread, which is why it requires \`Send + 'static\`.

A task only yields at \`.await\` points. Anything that blocks the thread between them (\`std::thread::sleep\`, blocking file or database drivers, long CPU loops, a \`std::sync::Mutex\` held while waiting) freezes every other task on that worker. Use the async equivalents (\`tokio::time::sleep\`, \`tokio::fs\`, async clients) and move unavoidable blocking or CPU-heavy work to \`tokio::task::spawn_blocking\`.`,
      workedExample: {
        language: 'rust',
        before: `async fn dashboard(db: &Db, user_id: u64) -> Result<Dashboard, AppError> {
    let user = db.user(user_id).await?;            // 40 ms
    let orders = db.recent_orders(user_id).await?; // 60 ms, starts after the user query
    let quota = db.quota(user_id).await?;          // 30 ms, starts after both
    Ok(Dashboard { user, orders, quota })
}`,
        after: `async fn dashboard(db: &Db, user_id: u64) -> Result<Dashboard, AppError> {
    let (user, orders, quota) = tokio::try_join!(
        db.user(user_id),
        db.recent_orders(user_id),
        db.quota(user_id),
    )?;
    Ok(Dashboard { user, orders, quota })
}`,
        note: 'The three queries do not depend on each other, so awaiting them one by one added their latencies (about 130 ms). try_join! polls all three concurrently on the same task, so the request takes as long as the slowest (about 60 ms), returns the first error, and drops the other queries when one fails.',
      },
      pitfalls: [
        'Calling an `async fn` without `.await` (or spawning it) and expecting it to run.',
        'Awaiting independent operations one after another where `join!`/`try_join!` would overlap them.',
        'Blocking calls inside async code (`std::thread::sleep`, sync I/O, heavy CPU) that stall every task on the worker.',
      ],
      quiz: [
        {
          kind: 'predict-output',
          prompt: 'With Tokio, what does this print?',
          code: `async fn step(name: &str) -> &str {
    println!("run {name}");
    name
}

#[tokio::main]
async fn main() {
    let a = step("a");
    let b = step("b");
    println!("created");
    let second = b.await;
    let first = a.await;
    println!("{first}{second}");
}`,
          answer: 'created\nrun b\nrun a\nab',
          explanation:
            'Calling step only creates futures; their bodies run when awaited. b is awaited first, so "run b" prints before "run a".',
        },
        {
          kind: 'spot-the-bug',
          prompt: 'Under load, every request handled by the same worker stalls while one request is retrying. Which line is the cause?',
          code: `async fn fetch_with_retry(client: &Client, url: &str) -> Result<Body, Error> {
    for attempt in 0..3 {
        match client.get(url).await {
            Ok(body) => return Ok(body),
            Err(e) if attempt < 2 => {
                log::warn!("retrying {url}: {e}");
                std::thread::sleep(Duration::from_millis(200 << attempt));
            }
            Err(e) => return Err(e),
        }
    }
    unreachable!()
}`,
          bugLine: 7,
          answer: 'Sleep asynchronously: `tokio::time::sleep(Duration::from_millis(200 << attempt)).await;`.',
          explanation:
            'std::thread::sleep blocks the worker thread itself, so no other task scheduled on it can run during the backoff. tokio::time::sleep suspends only this task and frees the thread.',
        },
      ],
    },
    advanced: {
      title: 'async in production: future state, cancellation, blocking work and tasks',
      conceptId: 'rust.async',
      level: 'advanced',
      explanation: `**Futures are values with a size.** The state machine stores every local that lives across an \`.await\`, which decides two things. It must be \`Send\` for \`tokio::spawn\` on the multi-threaded runtime, so an \`Rc\`, a \`RefCell\` borrow or a \`std::sync::MutexGuard\` alive across an await is rejected ("future cannot be sent between threads safely"). And recursion needs indirection: a recursive \`async fn\` is E0733 "recursion in an async fn requires boxing"; box the recursive call with \`Box::pin(..)\`.

**Cancellation is dropping.** Dropping a future stops it at its last \`.await\`, and code after that point never runs. \`tokio::time::timeout\`, \`tokio::select!\` (losing branches are dropped) and an aborted \`JoinHandle\` all cancel this way. Work that must finish once started, such as writing a record and its index or committing an idempotency key, belongs in a spawned task; \`select!\` loops should use only cancel-safe operations (Tokio's docs say which are).

**Blocking, precisely.** \`spawn_blocking\` moves sync or CPU-heavy work to a separate thread pool and returns a \`JoinHandle\` whose \`.await\` yields \`Result<T, JoinError>\`. Calling \`Handle::block_on\` from inside the runtime panics with "Cannot start a runtime from within a runtime". Create one runtime at the top and stay async below it.

**Tasks are not scoped.** A spawned task outlives the code that spawned it unless you await or abort its handle, and a panic inside it surfaces only as \`Err(JoinError)\` from that handle. \`tokio::task::JoinSet\` owns a group of tasks and aborts the rest when dropped.

**Language support.** \`async fn\` in traits is stable since 1.75, but such traits are not dyn compatible, and generic callers cannot require the future to be \`Send\` unless the trait declares \`fn load(&self) -> impl Future<Output = T> + Send\` instead; for \`dyn\` use, the \`async-trait\` crate boxes the futures. Async closures (\`async || { .. }\`, with the \`AsyncFn\` traits) are stable since 1.85.`,
      workedExample: {
        language: 'rust',
        before: `async fn upload(store: Store, body: Bytes) -> Result<String, ApiError> {
    // hundreds of milliseconds of CPU for a large upload, on a runtime worker thread:
    // every other request scheduled on this worker waits
    let digest = sha256_hex(&body);
    let thumb = render_thumbnail(&body)?;
    store.put(&digest, body, thumb).await?;
    Ok(digest)
}`,
        after: `async fn upload(store: Store, body: Bytes) -> Result<String, ApiError> {
    let data = body.clone(); // Bytes: a reference-count bump, not a copy
    let (digest, thumb) = tokio::task::spawn_blocking(move || {
        Ok::<_, ApiError>((sha256_hex(&data), render_thumbnail(&data)?))
    })
    .await??; // outer ? for JoinError (needs From<JoinError> for ApiError), inner for ApiError
    store.put(&digest, body, thumb).await?;
    Ok(digest)
}`,
        note: 'The hashing and thumbnailing have no await points, so on a worker thread they monopolise it. spawn_blocking runs them on Tokio\'s blocking pool while the worker keeps serving other requests. The closure needs Ok::<_, ApiError> because ? inside it has no signature to infer the error type from.',
      },
      pitfalls: [
        'Assuming code after an `.await` always runs: timeouts, `select!` and aborts drop the future there.',
        'Using `Handle::block_on` or a second runtime inside async code, which panics.',
        'Spawning tasks and never awaiting their handles, losing panics and errors silently.',
        'Recursive `async fn` without boxing (E0733), or very large futures from big locals kept across awaits.',
      ],
      quiz: [
        {
          kind: 'predict-output',
          prompt: 'With Tokio, what does this print?',
          code: `use std::time::Duration;
use tokio::time::{sleep, timeout};

async fn slow_lookup(log: &mut Vec<&'static str>) -> u32 {
    log.push("start");
    sleep(Duration::from_millis(200)).await;
    log.push("done");
    42
}

#[tokio::main]
async fn main() {
    let mut log = Vec::new();
    let r = timeout(Duration::from_millis(50), slow_lookup(&mut log)).await;
    println!("{:?} {:?}", r.is_err(), log);
}`,
          answer: 'true ["start"]',
          explanation:
            'After 50 ms, timeout drops the inner future while it waits at the sleep. The code after that await never runs, so "done" is never pushed and the result is Err(Elapsed).',
        },
        {
          kind: 'multiple-choice',
          prompt: 'Inside a Tokio handler, a developer calls sync library code that does `Handle::current().block_on(fetch_rates())`. What happens?',
          code: '',
          choices: [
            'It works: block_on reuses the current runtime',
            'It panics: "Cannot start a runtime from within a runtime"',
            'It compiles with a warning and deadlocks silently',
            'Compile error E0728: await outside async',
          ],
          answerIndex: 1,
          explanation:
            'block_on would block a thread that is driving async tasks, so Tokio refuses with that panic. Make the call chain async, or run the sync code with spawn_blocking and await its handle.',
        },
      ],
    },
    hints: {
      nudge: 'Is every future on this path awaited or spawned, and does anything between two `.await`s block the thread or hold a non-`Send` value?',
      concept:
        'Futures are lazy: they run only when awaited or spawned on an executor such as Tokio. `.await` needs an async context. Sequential awaits run one after another; `join!` runs futures concurrently; `spawn` needs `Send + \'static`. Never block a runtime thread: use async APIs or `spawn_blocking`.',
      analogousExample:
        'Similar: `tokio::spawn(async move { audit_log(&event); });` where `audit_log` is async compiles (with an unused-future warning) but never logs: the inner future is created and dropped. `audit_log(&event).await;` inside the block actually runs it.',
      pseudoCode:
        'async fn handler(..) {\n    let a = call().await;                     // runs now, waits without blocking\n    let (b, c) = tokio::join!(f(), g());      // independent work, concurrently\n    let d = spawn_blocking(move || cpu_or_sync_io()).await?;\n    tokio::time::sleep(delay).await;          // never std::thread::sleep here\n}\nkeep lock guards and Rc out of scope at each .await',
    },
  },
  {
    conceptId: 'rust.unsafe',
    fundamentals: {
      title: 'unsafe Rust: five extra powers and the promises that come with them',
      conceptId: 'rust.unsafe',
      level: 'fundamentals',
      explanation: `\`unsafe\` does not switch off the borrow checker or the type system. It unlocks five operations whose safety the compiler cannot check: dereferencing raw pointers, calling \`unsafe\` functions (including foreign functions over FFI), accessing \`static mut\` items, implementing \`unsafe\` traits such as \`Send\`, and reading union fields. Doing any of them outside an \`unsafe\` block is E0133, for example "dereference of raw pointer is unsafe and requires unsafe block" or "call to unsafe function \`read_at\` is unsafe and requires unsafe block".

Creating a raw pointer is safe (\`let p = &total as *const u64;\`); using it is not, because it may be null, dangling, unaligned or aliased. Inside an \`unsafe\` block **you** promise the conditions the function's documentation lists, usually under a \`# Safety\` heading. Breaking them is **undefined behaviour**: the program may crash, corrupt data far away, or appear to work until an optimisation or a compiler upgrade changes it. Examples: reading past the end with \`get_unchecked\`, two live \`&mut\` to the same value, a data race, a \`bool\` holding 2, a \`&str\` with invalid UTF-8.

Good practice:

- Keep each \`unsafe\` block as small as the operation that needs it, with a \`// SAFETY:\` comment above it saying why the conditions hold here.
- Wrap unsafe code in a safe function or type whose API makes misuse impossible; callers should never need \`unsafe\` themselves.
- Prefer the safe API when one exists: bounds-checked indexing costs less than people expect, and the optimiser often removes the check.

Edition 2024 tightened the rules: operations inside an \`unsafe fn\` body need their own \`unsafe\` block (the \`unsafe_op_in_unsafe_fn\` lint warns), \`extern\` blocks must be written \`unsafe extern\`, and taking a reference to a \`static mut\` is an error (\`static_mut_refs\`); use atomics, a \`Mutex\` or \`&raw const\`.`,
      workedExample: {
        language: 'rust',
        before: `/// Sums the bytes at the given offsets; offsets come from the request.
pub fn checksum(buf: &[u8], offsets: &[usize]) -> u32 {
    let mut sum = 0u32;
    for &i in offsets {
        // "faster": skips the bounds check
        sum = sum.wrapping_add(unsafe { *buf.get_unchecked(i) } as u32);
    }
    sum
}`,
        after: `/// Sums the bytes at the given offsets, or None if any offset is out of range.
pub fn checksum(buf: &[u8], offsets: &[usize]) -> Option<u32> {
    let mut sum = 0u32;
    for &i in offsets {
        sum = sum.wrapping_add(*buf.get(i)? as u32);
    }
    Some(sum)
}`,
        note: 'get_unchecked with an out-of-range index is undefined behaviour, not a panic, and here the index came from a client, so there was no invariant to rely on: any request could read adjacent memory. The safe version costs one comparison per offset and turns bad input into None.',
      },
      pitfalls: [
        'Using `unsafe` to skip a check whose precondition nothing in the code guarantees, especially for external input.',
        'Large `unsafe` blocks with no `// SAFETY:` comment, so reviewers cannot tell which operation needs which guarantee.',
        'Exposing a safe function that lets callers trigger undefined behaviour with ordinary arguments (an unsound API).',
      ],
      quiz: [
        {
          kind: 'multiple-choice',
          prompt: 'Which of these compiles outside an `unsafe` block?',
          code: '',
          choices: [
            '`let p = &total as *const u64;`',
            '`let v = *p;` where `p: *const u64`',
            '`COUNTER += 1;` where `static mut COUNTER: u64`',
            '`buf.set_len(n);` on a `Vec<u8>`',
          ],
          answerIndex: 0,
          explanation:
            'Creating a raw pointer is safe; nothing can go wrong until it is used. Dereferencing it, touching a static mut, and calling the unsafe fn Vec::set_len all require unsafe (E0133).',
        },
        {
          kind: 'predict-output',
          prompt: 'What does this print?',
          code: `fn main() {
    let mut readings = [10u32, 20, 30];
    let p = readings.as_mut_ptr();
    unsafe {
        *p.add(2) += 5;
        *p = *p.add(1);
    }
    println!("{:?}", readings);
}`,
          answer: '[20, 20, 35]',
          explanation:
            'p points at element 0. p.add(2) is the third element, which becomes 35; then element 0 receives the value of element 1. Both offsets stay inside the array, so this is sound.',
        },
      ],
    },
    advanced: {
      title: 'Writing sound unsafe code: invariants, aliasing, FFI strings and Miri',
      conceptId: 'rust.unsafe',
      level: 'advanced',
      explanation: `**Soundness is a module-level property.** An API is sound if no safe code can cause undefined behaviour through it. The invariants unsafe code relies on (a \`len\` never above the initialised length, a pointer that stays valid) must be protected by privacy: if any code in the module can set a field, every function in that module is part of the proof. Keep such types in small modules with private fields.

**Aliasing and provenance.** Creating a \`&mut T\` while another reference to the same memory is in use is UB even if neither is read afterwards. In raw-pointer code stay with raw pointers, and use \`&raw const x\` / \`&raw mut x\` (Rust 1.82) to take a pointer without an intermediate reference, for example to a \`static mut\` or a packed field. A pointer is valid only within the allocation it came from; \`p.add(n)\` may go at most one past the end.

**Uninitialised memory.** Use \`MaybeUninit<T>\`; \`mem::zeroed()\` is UB for types where all-zero is invalid (references, \`NonNull\`, many enums).

**FFI.** Declare foreign items in \`unsafe extern "C" { ... }\` (required in edition 2024; since 1.82 items known to be safe can be marked \`safe fn\`). Strings cross as \`CString\`/\`CStr\`: a \`&str\` has no NUL terminator, and \`CString::new\` fails on interior NUL bytes. Writing \`CString::new(s)?.as_ptr()\` as one expression dangles at the end of the statement, and rustc warns "this creates a dangling pointer because temporary \`CString\` is dropped at end of statement". Use \`#[repr(C)]\` for shared structs. Since Rust 1.81 a panic unwinding out of an \`extern "C"\` function aborts the process.

**Tooling.** \`#![forbid(unsafe_code)]\` in crates that need none; \`#![deny(unsafe_op_in_unsafe_fn)]\` on edition 2021; clippy's \`undocumented_unsafe_blocks\` demands a \`// SAFETY:\` comment. Miri (\`cargo +nightly miri test\`) runs tests while checking for out-of-bounds access, use-after-free, invalid values and aliasing violations, and belongs in CI for every crate with unsafe code.`,
      workedExample: {
        language: 'rust',
        before: `extern "C" {
    fn audit_log(level: c_int, msg: *const c_char) -> c_int;
}

pub fn audit(msg: &str) -> bool {
    // a &str is not NUL-terminated: C reads past the end of the buffer
    unsafe { audit_log(2, msg.as_ptr() as *const c_char) == 0 }
}`,
        after: `unsafe extern "C" {
    fn audit_log(level: c_int, msg: *const c_char) -> c_int;
}

pub fn audit(msg: &str) -> Result<(), AuditError> {
    let c_msg = CString::new(msg).map_err(|_| AuditError::InteriorNul)?;
    // SAFETY: c_msg is a valid NUL-terminated string that outlives the call;
    // audit_log only reads it and does not keep the pointer (see audit.h).
    let rc = unsafe { audit_log(2, c_msg.as_ptr()) };
    if rc == 0 { Ok(()) } else { Err(AuditError::Code(rc)) }
}`,
        note: 'C expects a NUL-terminated string and found none, so it read whatever followed the message in memory. CString adds the terminator and rejects messages containing NUL; binding it to c_msg keeps it alive across the call, and the SAFETY comment records the two facts the call depends on.',
      },
      pitfalls: [
        'Passing `&str`/`String` pointers to C functions that expect NUL-terminated strings.',
        'Calling `.as_ptr()` on a temporary `CString` or `Vec`, leaving a dangling pointer.',
        'Turning raw pointers into `&mut` references while other references to the same memory are alive.',
        'Relying on unsafe code that was never run under Miri or a sanitizer.',
      ],
      quiz: [
        {
          kind: 'spot-the-bug',
          prompt: 'The audit log sometimes contains garbage instead of the user name. Which line is wrong?',
          code: `pub fn audit_user(name: &str) -> c_int {
    let msg = format!("login {name}");
    let ptr = CString::new(msg).expect("no NUL in names").as_ptr();
    // SAFETY: ptr is a valid C string for the duration of the call
    unsafe { audit_log(1, ptr) }
}`,
          bugLine: 3,
          answer: 'Keep the CString alive: `let c_msg = CString::new(msg).expect("no NUL in names");` and pass `c_msg.as_ptr()` in the call.',
          explanation:
            'The CString is a temporary dropped at the end of line 3, so ptr dangles and the SAFETY comment is false. rustc warns about exactly this ("this creates a dangling pointer because temporary `CString` is dropped at end of statement").',
        },
        {
          kind: 'multiple-choice',
          prompt: 'Which line is undefined behaviour as soon as it executes, even if its result is never used?',
          code: '',
          choices: [
            '`let end = v.as_ptr().wrapping_add(v.len() + 10);`',
            '`let p: *const u8 = std::ptr::null();`',
            '`let r: &u8 = unsafe { &*std::ptr::null::<u8>() };`',
            '`let addr = v.as_ptr() as usize;`',
          ],
          answerIndex: 2,
          explanation:
            'A reference must always be non-null, aligned and point to a valid value; creating a null reference is UB immediately. Null raw pointers, wrapping pointer arithmetic and pointer-to-integer casts are all fine as long as nothing dereferences an invalid pointer.',
        },
      ],
    },
    hints: {
      nudge: 'Which operation on that line needs `unsafe`, and what exactly must be true about the pointer, index or call for it to be sound?',
      concept:
        '`unsafe` permits raw-pointer dereferences, unsafe and foreign calls, `static mut` access, unsafe trait impls and union reads (E0133 otherwise). You then uphold the documented preconditions yourself; violating them is undefined behaviour. Keep blocks minimal, write the `// SAFETY:` reasoning, and wrap them in safe APIs.',
      analogousExample:
        'Similar: `unsafe { String::from_utf8_unchecked(bytes) }` on bytes from a socket is UB when the peer sends invalid UTF-8; `String::from_utf8(bytes)?` checks the same precondition and returns an error instead.',
      pseudoCode:
        'is there a safe API (get, from_utf8, CString, Mutex)? -> use it\notherwise:\n    // SAFETY: <why each precondition of this call holds here>\n    let x = unsafe { one_operation };\n    wrap it in a function whose safe signature cannot be misused\n    run the tests under Miri',
    },
  },
];
