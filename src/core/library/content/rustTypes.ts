import type { LibraryEntry } from '../libraryEntry';

/**
 * Offline library entries for Rust's type-level tools (Result/Option, traits, pattern matching); the library registry
 * serves them when no LLM is available.
 */
export const rustTypesEntries: readonly LibraryEntry[] = [
  {
    conceptId: 'rust.result-option',
    fundamentals: {
      title: 'Result and Option: handling failure and absence with types',
      conceptId: 'rust.result-option',
      level: 'fundamentals',
      explanation: `Rust has no null and no exceptions for recoverable errors. \`Option<T>\` is \`Some(T)\` or \`None\`; \`Result<T, E>\` is \`Ok(T)\` or \`Err(E)\`. The compiler makes you handle both cases before you can use the \`T\`.

The \`?\` operator is the everyday tool: on \`Err\` (or \`None\`) it returns early from the current function, converting the error with \`From\`; on success it unwraps the value.

~~~rust
fn read_port(path: &Path) -> Result<u16, Box<dyn std::error::Error>> {
    let text = std::fs::read_to_string(path)?;   // io::Error -> Box<dyn Error>
    let port = text.trim().parse::<u16>()?;      // ParseIntError -> Box<dyn Error>
    Ok(port)
}
~~~

\`?\` only works in functions that return \`Result\` (or \`Option\`); in \`main\`, declare \`fn main() -> Result<(), Box<dyn Error>>\`.

Combinators avoid nested \`match\`: \`map\`, \`and_then\`, \`unwrap_or\`, \`unwrap_or_else\`, \`ok_or\` (Option to Result), \`ok()\` (Result to Option), \`as_deref\` (\`Option<String>\` to \`Option<&str>\`).

\`unwrap()\` and \`expect()\` panic on \`None\`/\`Err\`. They are fine in tests, prototypes and for true invariants (with \`expect("reason it cannot fail")\`), not for input that can legitimately be bad.

E0277 "the \`?\` operator can only be used in a function that returns \`Result\`" and E0308 mismatched types (\`expected u16, found Result<u16, _>\`) are the two errors that point here.`,
      workedExample: {
        language: 'rust',
        before: `fn load_limit(env: &HashMap<String, String>) -> u32 {
    env.get("RATE_LIMIT").unwrap().parse().unwrap() // panics if unset or not a number
}`,
        after: `#[derive(Debug)]
enum ConfigError { Missing(&'static str), Invalid(&'static str, String) }

fn load_limit(env: &HashMap<String, String>) -> Result<u32, ConfigError> {
    let raw = env.get("RATE_LIMIT").ok_or(ConfigError::Missing("RATE_LIMIT"))?;
    raw.parse().map_err(|_| ConfigError::Invalid("RATE_LIMIT", raw.clone()))
}`,
        note: 'Both unwraps turned ordinary misconfiguration into a panic without context. ok_or converts the missing key into an error, map_err attaches the bad value, and ? propagates, so main can print a precise message.',
      },
      pitfalls: [
        '`unwrap()` on values derived from input, files, network or environment.',
        'Matching on `Option` by hand where `map`, `unwrap_or` or `?` would do.',
        'Using `?` in a function that returns `()` or a plain value.',
      ],
      quiz: [
        {
          kind: 'predict-output',
          prompt: 'What does this print?',
          code: `fn parse_all(items: &[&str]) -> Result<Vec<i32>, std::num::ParseIntError> {
    items.iter().map(|s| s.parse::<i32>()).collect()
}

fn main() {
    let good = parse_all(&["1", "2"]);
    let bad = parse_all(&["1", "x", "3"]);
    println!("{:?} {}", good, bad.is_err());
}`,
          answer: 'Ok([1, 2]) true',
          explanation:
            'Collecting an iterator of Result into Result<Vec<_>, _> stops at the first Err. All items parse in the first call; "x" fails in the second.',
        },
        {
          kind: 'multiple-choice',
          prompt: 'You have `name: Option<String>` and want a `&str` that is "anonymous" when absent. Which expression works without cloning?',
          code: '',
          choices: [
            'name.unwrap_or("anonymous")',
            'name.as_deref().unwrap_or("anonymous")',
            'name.map(|n| n.as_str()).unwrap_or("anonymous")',
            'name.unwrap().as_str()',
          ],
          answerIndex: 1,
          explanation:
            'as_deref turns &Option<String> into Option<&str>, so the default can be a &str too. Option 1 mismatches types (String vs &str); option 3 borrows from a String moved into the closure; option 4 panics on None.',
        },
      ],
    },
    advanced: {
      title: 'Error handling design: error types, From, context and panics',
      conceptId: 'rust.result-option',
      level: 'advanced',
      explanation: `**Libraries vs applications.** Libraries expose a typed error enum so callers can match on variants; \`thiserror\` derives \`Display\`, \`Error\` and \`From\` conversions. Applications usually want context and a readable chain rather than matching; \`anyhow::Result\` with \`.context("loading config")\` provides that.

~~~rust
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("record {0} not found")]
    NotFound(u64),
    #[error("database error")]
    Db(#[from] sqlx::Error),
}
~~~

**How ? converts.** \`?\` calls \`From::from\` on the error, so a \`#[from]\` variant makes \`sqlx::Error\` propagate as \`StoreError\` automatically. Two error types with no \`From\` between them give E0277 "\`?\` couldn't convert the error".

**Option and Result together.** \`?\` on an \`Option\` inside a function returning \`Result\` does not compile; use \`.ok_or(...)?\` or \`.ok_or_else(|| ...)?\`. \`transpose\` swaps \`Option<Result<T, E>>\` and \`Result<Option<T>, E>\`.

**Don't lose the source.** Implement \`source()\` (thiserror does it for \`#[from]\` and \`#[source]\`) so reporters print the chain. Formatting the inner error into the message *and* returning it as source prints it twice.

**Panics** are for bugs: broken invariants, unreachable states, index errors. A panic in a thread poisons mutexes it holds, and \`panic = "abort"\` in release profiles removes unwinding altogether. Prefer \`expect\` with the invariant over \`unwrap\`, so the message explains *why* it cannot fail.

**let-else** keeps the happy path flat: \`let Some(user) = users.get(id) else { return Err(NotFound(id)) };\`.`,
      workedExample: {
        language: 'rust',
        before: `fn load(path: &str) -> Result<Config, String> {
    let text = std::fs::read_to_string(path).map_err(|e| e.to_string())?;
    let cfg: Config = toml::from_str(&text).map_err(|e| e.to_string())?;
    Ok(cfg)
}
// error output: "No such file or directory (os error 2)": which file? which step?`,
        after: `use anyhow::{Context, Result};

fn load(path: &str) -> Result<Config> {
    let text = std::fs::read_to_string(path)
        .with_context(|| format!("reading config file {path}"))?;
    let cfg: Config = toml::from_str(&text)
        .with_context(|| format!("parsing {path} as TOML"))?;
    Ok(cfg)
}
// error output: "reading config file app.toml: No such file or directory (os error 2)"`,
        note: 'Stringly-typed errors lost both the type (callers cannot distinguish not-found from parse errors) and the context. anyhow keeps the source chain and adds what the program was doing at each step; a library would use a thiserror enum instead.',
      },
      pitfalls: [
        'Converting errors to `String` with `map_err(|e| e.to_string())`, which discards the source chain and type.',
        'Adding the inner error to the message and also as `#[source]`, printing it twice.',
        'Panicking on recoverable conditions inside libraries.',
      ],
      quiz: [
        {
          kind: 'spot-the-bug',
          prompt: 'This does not compile. Which line needs to change?',
          code: `fn owner_email(repo: &Repo, id: u64) -> Result<String, RepoError> {
    let project = repo.find(id)?;              // Result<Project, RepoError>
    let owner = project.owner?;                // Option<User>
    Ok(owner.email)
}`,
          bugLine: 3,
          answer: 'Convert the Option into a Result first: `let owner = project.owner.ok_or(RepoError::NoOwner(id))?;`.',
          explanation:
            '? on an Option only works in functions returning Option. In a Result-returning function, ok_or / ok_or_else supplies the error for the None case.',
        },
        {
          kind: 'predict-output',
          prompt: 'What does this print?',
          code: `fn half(n: i32) -> Option<i32> {
    if n % 2 == 0 { Some(n / 2) } else { None }
}

fn main() {
    let a = Some(8).and_then(half).and_then(half);
    let b = Some(6).and_then(half).and_then(half);
    let c: Option<Result<i32, String>> = Some(Ok(1));
    println!("{:?} {:?} {:?}", a, b, c.transpose());
}`,
          answer: 'Some(2) None Ok(Some(1))',
          explanation:
            '8 -> 4 -> 2. 6 -> 3, and half(3) is None, which short-circuits the chain. transpose turns Some(Ok(1)) into Ok(Some(1)).',
        },
      ],
    },
    hints: {
      nudge: 'Is the value on that line a `Result` or `Option` being used as if it were the inner value, or unwrapped where failure is possible?',
      concept:
        '`Option` and `Result` force you to handle absence and failure. Propagate with `?` (in functions returning `Result`/`Option`), transform with `map`/`and_then`/`map_err`, convert with `ok_or`, and keep `unwrap`/`expect` for true invariants.',
      analogousExample:
        'Similar: `let id: u64 = req.param("id").parse();` fails with mismatched types because parse returns a Result. `let id: u64 = req.param("id").parse().map_err(|_| ApiError::BadId)?;` yields the number or returns a clear error.',
      pseudoCode:
        'fn f(...) -> Result<T, MyError> {\n    let a = fallible()?;                       // propagate\n    let b = maybe().ok_or(MyError::Missing)?;  // Option -> Result\n    let c = other().map_err(MyError::from)?;   // adapt error types\n    Ok(combine(a, b, c))\n}',
    },
  },
  {
    conceptId: 'rust.traits',
    fundamentals: {
      title: 'Traits: shared behaviour and generic bounds',
      conceptId: 'rust.traits',
      level: 'fundamentals',
      explanation: `A trait declares methods a type can implement; generic code then asks for "any type implementing this trait" through **bounds**.

~~~rust
trait Render {
    fn render(&self) -> String;
    fn render_boxed(&self) -> String { format!("[{}]", self.render()) } // default method
}

impl Render for Invoice {
    fn render(&self) -> String { format!("Invoice #{}", self.id) }
}

fn print_all<T: Render>(items: &[T]) { for i in items { println!("{}", i.render()); } }
fn print_one(item: &impl Render) { println!("{}", item.render()); }
~~~

E0277 "the trait bound \`X: Trait\` is not satisfied" means a generic function needs a trait the type does not implement. Either implement it, derive it (\`#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]\`), or relax the bound. E0599 "no method named ... found" often means the trait is implemented but **not in scope**: add \`use crate::Render;\` (or \`use std::io::Write;\` for \`write_all\`).

Standard traits are how types join the ecosystem: \`Display\` for \`{}\` formatting, \`Debug\` for \`{:?}\`, \`From\`/\`Into\` for conversions, \`Iterator\`, \`Default\`, \`PartialEq\`/\`Eq\`/\`Hash\` for \`HashMap\` keys, \`Ord\` for sorting.

The **orphan rule**: you can implement a trait for a type only if the trait or the type is defined in your crate. To implement a foreign trait for a foreign type, wrap it in a newtype (\`struct Meters(f64)\`).`,
      workedExample: {
        language: 'rust',
        before: `struct Money { cents: i64, currency: &'static str }

fn main() {
    let m = Money { cents: 1999, currency: "EUR" };
    println!("{}", m); // E0277: \`Money\` doesn't implement \`std::fmt::Display\`
}`,
        after: `use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Money { cents: i64, currency: &'static str }

impl fmt::Display for Money {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}.{:02} {}", self.cents / 100, self.cents % 100, self.currency)
    }
}

fn main() {
    let m = Money { cents: 1999, currency: "EUR" };
    println!("{m}"); // 19.99 EUR
}`,
        note: '{} formatting requires Display, which is never derived because the user-facing format is a decision. Deriving Debug gives {:?} for logs and tests; the derives for Clone, Copy and PartialEq make the value easy to use elsewhere.',
      },
      pitfalls: [
        'Calling a trait method without the trait in scope (E0599), e.g. `write_all` without `use std::io::Write`.',
        'Trying to implement a foreign trait for a foreign type; use a newtype.',
        'Over-constraining generics with bounds the function does not use.',
      ],
      quiz: [
        {
          kind: 'predict-output',
          prompt: 'What does this print?',
          code: `trait Greet {
    fn name(&self) -> String;
    fn greet(&self) -> String { format!("hello, {}", self.name()) }
}

struct En;
struct Pirate;

impl Greet for En { fn name(&self) -> String { "reader".into() } }
impl Greet for Pirate {
    fn name(&self) -> String { "matey".into() }
    fn greet(&self) -> String { format!("ahoy, {}", self.name()) }
}

fn main() {
    println!("{} / {}", En.greet(), Pirate.greet());
}`,
          answer: 'hello, reader / ahoy, matey',
          explanation:
            'En uses the default greet, which calls its own name(). Pirate overrides greet, so its version runs instead.',
        },
        {
          kind: 'multiple-choice',
          prompt: '`HashSet<Point>` fails to compile: "the trait bound `Point: Hash` is not satisfied". What is the minimal fix?',
          code: `struct Point { x: i32, y: i32 }`,
          choices: [
            '#[derive(Hash)]',
            '#[derive(PartialEq, Eq, Hash)]',
            '#[derive(Clone, Copy)]',
            'impl Display for Point',
          ],
          answerIndex: 1,
          explanation:
            'HashSet needs Eq + Hash (and Eq requires PartialEq). Deriving only Hash leaves the Eq bound unsatisfied.',
        },
      ],
    },
    advanced: {
      title: 'Traits in depth: static vs dynamic dispatch, associated types, coherence',
      conceptId: 'rust.traits',
      level: 'advanced',
      explanation: `**Static vs dynamic dispatch.** Generics (\`fn f<T: Store>(s: &T)\` or \`impl Store\`) are monomorphised: fast, inlinable, one copy per type, and callers pick one concrete type. Trait objects (\`&dyn Store\`, \`Box<dyn Store>\`) use a vtable: one copy of the code, heterogeneous collections (\`Vec<Box<dyn Handler>>\`), a pointer indirection per call.

**Dyn compatibility** (formerly "object safety"): a trait can be used as \`dyn Trait\` only if its methods have no generic type parameters and do not return \`Self\` by value. Add \`where Self: Sized\` to exclude individual methods from the vtable.

~~~rust
trait Handler {
    fn handle(&self, req: &Request) -> Response;
    fn boxed(self) -> Box<dyn Handler> where Self: Sized + 'static { Box::new(self) }
}
~~~

**Associated types vs generic parameters.** \`Iterator\` has \`type Item\` because each iterator yields one item type; \`From<T>\` is generic because a type can be converted from many types.

**Blanket impls** (\`impl<T: Display> ToString for T\`) give every qualifying type a trait. Coherence forbids overlapping impls; without specialization you cannot add a more specific one later.

**Supertraits** (\`trait Entity: Debug + Send\`) require implementers to also implement others.

**async fn in traits** is stable since Rust 1.75, but the returned futures are not \`Send\` by default in generic code; for \`dyn\` use the \`async-trait\` crate or return \`Pin<Box<dyn Future + Send>>\`.

**Extension traits** add methods to foreign types (\`trait SliceExt { fn median(&self) -> ... } impl SliceExt for [f64]\`).`,
      workedExample: {
        language: 'rust',
        before: `trait Exporter {
    fn export<W: std::io::Write>(&self, out: &mut W) -> std::io::Result<()>;
}

fn run(exporters: Vec<Box<dyn Exporter>>) { /* ... */ }
// E0038: the trait \`Exporter\` is not dyn compatible (method has generic type parameters)`,
        after: `trait Exporter {
    fn export(&self, out: &mut dyn std::io::Write) -> std::io::Result<()>;
}

fn run(exporters: &[Box<dyn Exporter>], out: &mut dyn std::io::Write) -> std::io::Result<()> {
    for e in exporters {
        e.export(out)?;
    }
    Ok(())
}`,
        note: 'A generic method cannot be placed in a vtable, because there would be one instantiation per W. Taking &mut dyn Write makes the method dyn compatible, so exporters of different types can share one Vec.',
      },
      pitfalls: [
        'Generic methods or `-> Self` in traits meant to be used as `dyn Trait`.',
        'Boxing trait objects everywhere when a generic would do, or monomorphising huge generic functions that bloat the binary.',
        'Assuming `async fn` in a trait yields `Send` futures in generic contexts.',
      ],
      quiz: [
        {
          kind: 'multiple-choice',
          prompt: 'Which trait can be used as `Box<dyn Shape>`?',
          code: `trait A { fn area(&self) -> f64; }
trait B { fn scaled(&self, k: f64) -> Self; }
trait C { fn area_as<T: From<f64>>(&self) -> T; }`,
          choices: ['A only', 'A and B', 'A and C', 'All three'],
          answerIndex: 0,
          explanation:
            'B returns Self by value (size unknown behind dyn) and C has a generic method (no single vtable entry). Adding `where Self: Sized` to those methods would make the traits dyn compatible while excluding the methods from dyn use.',
        },
        {
          kind: 'predict-output',
          prompt: 'What does this print?',
          code: `trait Area { fn area(&self) -> f64; }
struct Sq(f64);
struct Circle(f64);
impl Area for Sq { fn area(&self) -> f64 { self.0 * self.0 } }
impl Area for Circle { fn area(&self) -> f64 { 3.0 * self.0 * self.0 } }

fn total(shapes: &[Box<dyn Area>]) -> f64 { shapes.iter().map(|s| s.area()).sum() }

fn main() {
    let shapes: Vec<Box<dyn Area>> = vec![Box::new(Sq(2.0)), Box::new(Circle(1.0))];
    println!("{}", total(&shapes));
}`,
          answer: '7',
          explanation:
            'Each call dispatches through the vtable to the concrete type: 4.0 + 3.0 = 7.0, and Display for f64 prints 7 without a trailing .0.',
        },
      ],
    },
    hints: {
      nudge: 'Which trait does the compiler say is missing or not in scope, and for which type?',
      concept:
        'Traits define behaviour; generic bounds require it. E0277 means the type lacks an implementation (implement or derive it); E0599 on an existing impl usually means the trait is not imported. For `dyn Trait`, methods must be non-generic and not return `Self`.',
      analogousExample:
        'Similar: `let ids: BTreeSet<UserId>` fails because `UserId` is not `Ord`. Adding `#[derive(PartialEq, Eq, PartialOrd, Ord)]` to the newtype makes it usable as an ordered key.',
      pseudoCode:
        'read the bound the compiler names (T: Trait)\nif the trait is derivable (Debug, Clone, PartialEq, Eq, Hash, Ord, Default): derive it\nelse: impl Trait for YourType { required methods }\nif the impl exists: bring the trait into scope with use\nfor dyn use: remove generic methods / -> Self, or add where Self: Sized',
    },
  },
  {
    conceptId: 'rust.pattern-matching',
    fundamentals: {
      title: 'match and patterns: exhaustive branching on data',
      conceptId: 'rust.pattern-matching',
      level: 'fundamentals',
      explanation: `\`match\` compares a value against patterns in order and runs the first arm that matches. It must be **exhaustive**: E0004 "non-exhaustive patterns: \`Status::Refunded\` not covered" lists what you missed.

~~~rust
enum Payment { Card { last4: String }, Transfer { iban: String }, Cash }

fn describe(p: &Payment) -> String {
    match p {
        Payment::Card { last4 } => format!("card ending {last4}"),
        Payment::Transfer { iban } if iban.starts_with("DE") => "German transfer".into(),
        Payment::Transfer { .. } => "transfer".into(),
        Payment::Cash => "cash".into(),
    }
}
~~~

Pattern tools: literals and ranges (\`1..=9\`), alternatives (\`'a' | 'b'\`), bindings (\`Some(n)\`), struct and tuple destructuring with \`..\` to ignore the rest, guards (\`if cond\`), and \`name @ pattern\` to bind while testing.

For one interesting case, \`if let Some(user) = cache.get(id) { ... }\` is shorter than a \`match\` with \`_ => {}\`. \`let-else\` handles the failure case and continues flat: \`let Some(user) = cache.get(id) else { return None };\`.

Matching on a reference (\`match &value\` or \`match p\` where \`p: &Payment\`) binds fields by reference automatically (default binding modes), so nothing is moved.

Avoid a catch-all \`_\` on your own enums when every variant deserves a decision: with explicit arms, adding a variant becomes a compile error at each \`match\`, which is exactly what you want.`,
      workedExample: {
        language: 'rust',
        before: `fn http_status(err: &ApiError) -> u16 {
    match err {
        ApiError::NotFound(_) => 404,
        ApiError::Unauthorized => 401,
        _ => 500, // new variants silently become 500
    }
}`,
        after: `fn http_status(err: &ApiError) -> u16 {
    match err {
        ApiError::NotFound(_) => 404,
        ApiError::Unauthorized => 401,
        ApiError::RateLimited { .. } => 429,
        ApiError::Validation(_) => 422,
        ApiError::Internal(_) => 500,
    }
}`,
        note: 'The wildcard mapped validation failures and rate limits to 500, and would do the same for any future variant. Listing every variant makes the mapping deliberate and turns each new variant into a compile error here.',
      },
      pitfalls: [
        'Catch-all `_` arms on your own enums, hiding new variants.',
        'Arm order: a general pattern before a specific one makes the specific arm unreachable (the compiler warns).',
        'Binding a name that was meant as a constant: a lowercase identifier in a pattern always binds and matches everything.',
      ],
      quiz: [
        {
          kind: 'predict-output',
          prompt: 'What does this print?',
          code: `fn classify(n: i32) -> &'static str {
    match n {
        i32::MIN..=-1 => "negative",
        0 => "zero",
        x if x % 2 == 0 => "even",
        1 | 3 | 5 | 7 | 9 => "small odd",
        _ => "odd",
    }
}

fn main() {
    println!("{} {} {} {}", classify(-4), classify(8), classify(7), classify(11));
}`,
          answer: 'negative even small odd odd',
          explanation:
            'Arms are tried in order: -4 hits the range, 8 hits the guard, 7 matches the alternatives, and 11 falls through to the wildcard.',
        },
        {
          kind: 'spot-the-bug',
          prompt: 'Every port is reported as the admin port. Which line is wrong?',
          code: `const ADMIN_PORT: u16 = 9000;

fn label(port: u16) -> &'static str {
    let admin_port = ADMIN_PORT;
    match port {
        admin_port => "admin",
        80 | 443 => "web",
        _ => "other",
    }
}`,
          bugLine: 6,
          answer: 'Match the constant itself (`ADMIN_PORT => "admin"`) or use a guard (`p if p == admin_port => "admin"`).',
          explanation:
            'A lowercase identifier in a pattern introduces a new binding that matches anything, shadowing the local variable. Only constants (and enum variants) in patterns are compared against the value. The compiler warns that the later arms are unreachable.',
        },
      ],
    },
    advanced: {
      title: 'Advanced patterns: binding modes, slices, @ bindings and matches!',
      conceptId: 'rust.pattern-matching',
      level: 'advanced',
      explanation: `**Binding modes.** Matching a \`&T\` against a non-reference pattern switches to by-reference binding: fields become \`&Field\`. To move out of an owned value, match it by value; to mutate, match \`&mut value\` and fields bind as \`&mut\`. \`ref\`/\`ref mut\` are rarely needed now, but they still matter when you match an owned value and want to avoid moving a field.

**Slice patterns** destructure arrays and slices:

~~~rust
match args.as_slice() {
    [] => usage(),
    [cmd] => run(cmd, &[]),
    [cmd, rest @ ..] => run(cmd, rest),
}
match bytes {
    [0x89, b'P', b'N', b'G', ..] => Format::Png,
    _ => Format::Unknown,
}
~~~

**@ bindings** name a value while testing it: \`code @ 500..=599 => retry(code)\`.

**matches!** is a boolean pattern test: \`matches!(state, State::Ready | State::Idle)\`.

**Nested enums** can be matched in one arm: \`Some(Ok(v))\`, \`Err(Error::Io(e)) if e.kind() == ErrorKind::NotFound\`.

**#[non_exhaustive]** on a library enum forces downstream matches to include \`_\`, so the library can add variants without breaking users; within the defining crate, exhaustiveness still applies.

**Guards and exhaustiveness.** The compiler does not reason about guard conditions: \`x if x > 0\` and \`x if x <= 0\` still need a final arm. Restructure with ranges where possible so exhaustiveness is checked.

**Irrefutable patterns** in \`let\` and function parameters: \`let (a, b) = pair;\`, \`fn area(&Rect { w, h }: &Rect) -> u32\`.`,
      workedExample: {
        language: 'rust',
        before: `fn route(path: &str) -> Response {
    let parts: Vec<&str> = path.trim_matches('/').split('/').collect();
    if parts.len() == 2 && parts[0] == "users" {
        show_user(parts[1])
    } else if parts.len() == 3 && parts[0] == "users" && parts[2] == "orders" {
        list_orders(parts[1])
    } else if parts.len() == 1 && parts[0] == "" {
        home()
    } else {
        not_found()
    }
}`,
        after: `fn route(path: &str) -> Response {
    let parts: Vec<&str> = path.trim_matches('/').split('/').collect();
    match parts.as_slice() {
        [""] => home(),
        ["users", id] => show_user(id),
        ["users", id, "orders"] => list_orders(id),
        _ => not_found(),
    }
}`,
        note: 'Slice patterns check length and literal segments together and bind the variable parts, replacing index arithmetic that could panic if a length check were wrong.',
      },
      pitfalls: [
        'Expecting the compiler to prove exhaustiveness across guards.',
        'Moving out of a matched value accidentally, then being unable to use it after the match.',
        'Matching library enums marked `#[non_exhaustive]` without a wildcard arm.',
      ],
      quiz: [
        {
          kind: 'predict-output',
          prompt: 'What does this print?',
          code: `fn summarize(xs: &[i32]) -> String {
    match xs {
        [] => "empty".to_string(),
        [only] => format!("one: {only}"),
        [first, .., last] if first == last => format!("same ends: {first}"),
        [first, rest @ ..] => format!("{first} then {} more", rest.len()),
    }
}

fn main() {
    println!("{} | {} | {} | {}", summarize(&[]), summarize(&[4]), summarize(&[1, 2, 1]), summarize(&[5, 6, 7]));
}`,
          answer: 'empty | one: 4 | same ends: 1 | 5 then 2 more',
          explanation:
            '[1, 2, 1] passes the guard on the third arm. [5, 6, 7] fails the guard and matches [first, rest @ ..] with two remaining elements.',
        },
        {
          kind: 'multiple-choice',
          prompt: 'Why does the compiler reject this match?',
          code: `fn sign(n: i64) -> i8 {
    match n {
        x if x > 0 => 1,
        x if x < 0 => -1,
        0 => 0,
        x if x != 0 => unreachable!(),
    }
}`,
          choices: [
            'Guards cannot compare with literals',
            'Exhaustiveness ignores guards, so the guarded arms do not count as covering the remaining integers',
            'unreachable! is not an expression',
            '0 must come first',
          ],
          answerIndex: 1,
          explanation:
            'Only the literal 0 arm counts for exhaustiveness, so the compiler reports i64::MIN..=-1 and 1..=i64::MAX as not covered. Use ranges (1.. and ..=-1) or a final _ arm.',
        },
      ],
    },
    hints: {
      nudge: 'Which variants or values does the compiler say are not covered, or which arm matches earlier than you expected?',
      concept:
        '`match` is exhaustive and tries arms in order. Destructure with patterns, use guards for extra conditions (they do not count for exhaustiveness), and prefer explicit arms over `_` for your own enums. `if let` and `let-else` handle the one-case situations.',
      analogousExample:
        'Similar: adding `Shape::Triangle` breaks `match shape { Shape::Circle(r) => ..., Shape::Square(s) => ... }` with E0004; adding a `Shape::Triangle { base, height } => ...` arm gives the new variant its own behaviour instead of a default.',
      pseudoCode:
        'match value {\n    VariantA { field, .. } => handle_a(field),\n    VariantB(inner) if condition(inner) => special_b(inner),\n    VariantB(inner) => handle_b(inner),\n    // one arm per remaining variant; no _ for your own enums\n}',
    },
  },
];
