import type { Concept } from './concept';

const RUST = ['rust'] as const;

/** Rust-specific concepts (`rust.` ids); part of the catalog assembled in conceptCatalog.ts. */
export const rustConcepts: readonly Concept[] = [
  {
    id: 'rust.general',
    title: 'Rust compilation in general',
    description:
      'rustc explains most errors in detail, with an error code (`rustc --explain E0382`) and notes pointing at the move, borrow or type that conflicts. Read the labels in order: they usually tell the story of how the value got into the state the error complains about.',
    languages: RUST,
    prerequisites: ['syntax-basics'],
    level: 'foundation',
  },
  {
    id: 'rust.ownership',
    title: 'Ownership and moves',
    description:
      'Every value has one owner; assigning or passing a non-`Copy` value moves it and the old binding can no longer be used (E0382). Borrow instead of moving when the caller still needs the value, clone deliberately when two owners are really needed, and let values drop at the end of their scope.',
    languages: RUST,
    prerequisites: ['value-reference-semantics'],
    level: 'foundation',
    misconception: 'Passing a String to a function lends it, like passing an object in Java.',
  },
  {
    id: 'rust.copy-clone',
    title: 'Copy and Clone',
    description:
      '`Copy` types (integers, `bool`, shared references, small plain structs that derive it) are duplicated implicitly; `Clone` is an explicit, possibly expensive copy. Cloning to satisfy the borrow checker works but hides a design question about who should own the data.',
    languages: RUST,
    prerequisites: ['rust.ownership', 'rust.traits'],
    level: 'intermediate',
  },
  {
    id: 'rust.borrowing',
    title: 'Borrowing and references',
    description:
      'At any point a value may have either many shared references (`&T`) or one mutable reference (`&mut T`), and references must not outlive the value (E0499, E0502, E0506, E0597). Shorten borrows by restructuring code, splitting structs or copying out the small part you need.',
    languages: RUST,
    prerequisites: ['rust.ownership'],
    level: 'intermediate',
    misconception: 'A shared reference and a mutable reference to the same value can coexist if I am careful.',
  },
  {
    id: 'rust.mutability',
    title: 'Mutability of bindings',
    description:
      'Bindings are immutable unless declared `let mut`; a mutable borrow requires a mutable binding (E0384, E0596). Mutability is a property of the access path, not the value.',
    languages: RUST,
    prerequisites: ['rust.borrowing', 'immutability'],
    level: 'foundation',
  },
  {
    id: 'rust.lifetimes',
    title: 'Lifetimes',
    description:
      'Lifetime annotations relate how long references live; the compiler infers most of them, and asks you (E0106, E0621, E0623) when a function returns a reference that could come from several inputs or a struct stores a reference. Often the better fix is to return or store an owned value.',
    languages: RUST,
    prerequisites: ['rust.borrowing', 'generics'],
    level: 'advanced',
    misconception: 'A lifetime annotation makes a value live longer.',
  },
  {
    id: 'rust.result-option',
    title: 'Result and Option',
    description:
      '`Option<T>` replaces null, `Result<T, E>` replaces exceptions. Handle them with `match`, `if let`, combinators or `?`; `unwrap` and `expect` panic and belong in tests and impossible cases only.',
    languages: RUST,
    prerequisites: ['null-safety', 'error-handling', 'rust.pattern-matching'],
    level: 'foundation',
    misconception: '`unwrap()` is fine in production code when the value is usually there.',
  },
  {
    id: 'rust.error-propagation',
    title: 'The ? operator and error types',
    description:
      '`?` returns early with the error, converting it via `From`, and only works in functions returning a compatible `Result` or `Option` (E0277). Define an error enum per library (or use `thiserror`/`anyhow`) and add context as errors cross layers.',
    languages: RUST,
    prerequisites: ['rust.result-option', 'rust.traits'],
    level: 'intermediate',
  },
  {
    id: 'rust.pattern-matching',
    title: 'match, if let and patterns',
    description:
      '`match` must be exhaustive (E0004); patterns can destructure enums, structs, tuples and references and bind by value or by reference. Matching on a reference and binding by value can move out of a borrow (E0507); `ref` or matching on `&x` fixes it.',
    languages: RUST,
    prerequisites: ['pattern-matching', 'exhaustiveness'],
    level: 'foundation',
  },
  {
    id: 'rust.traits',
    title: 'Traits and trait bounds',
    description:
      'Traits define shared behaviour; generic code may only call methods its trait bounds guarantee ("the trait bound `T: Display` is not satisfied", E0277). Derive common traits, implement them for your own types, and mind the orphan rule when implementing foreign traits for foreign types.',
    languages: RUST,
    prerequisites: ['interfaces-structural-typing', 'generics'],
    level: 'intermediate',
  },
  {
    id: 'rust.trait-objects',
    title: 'Trait objects and dynamic dispatch',
    description:
      '`dyn Trait` behind a pointer (`Box<dyn Trait>`, `&dyn Trait`) gives run-time polymorphism; the trait must be object-safe (dyn compatible): no generic methods, no `Self` by value. Choose generics for speed and static dispatch, trait objects for heterogeneous collections.',
    languages: RUST,
    prerequisites: ['rust.traits', 'rust.smart-pointers'],
    level: 'advanced',
  },
  {
    id: 'rust.smart-pointers',
    title: 'Box, Rc, Arc and smart pointers',
    description:
      '`Box` owns heap data, `Rc`/`Arc` share ownership with reference counting (single-threaded and thread-safe), and `Weak` breaks cycles. Shared ownership gives shared, read-only access; mutation needs interior mutability.',
    languages: RUST,
    prerequisites: ['rust.ownership'],
    level: 'intermediate',
  },
  {
    id: 'rust.interior-mutability',
    title: 'Interior mutability',
    description:
      '`Cell`, `RefCell`, `Mutex` and `RwLock` allow mutation through a shared reference, moving borrow checking to run time (RefCell panics on conflicting borrows) or to a lock. Use them when ownership cannot express the sharing, not to silence the borrow checker.',
    languages: RUST,
    prerequisites: ['rust.smart-pointers', 'rust.borrowing'],
    level: 'advanced',
  },
  {
    id: 'rust.send-sync',
    title: 'Send, Sync and fearless concurrency',
    description:
      '`Send` types may move to another thread, `Sync` types may be shared between threads; the compiler refuses to spawn closures capturing `Rc` or `RefCell` across threads. Use `Arc<Mutex<T>>`, channels or scoped threads, and `move` closures for spawned threads (E0373).',
    languages: RUST,
    prerequisites: ['concurrency', 'rust.smart-pointers', 'rust.traits'],
    level: 'advanced',
  },
  {
    id: 'rust.strings',
    title: 'String and &str',
    description:
      '`String` is an owned, growable UTF-8 buffer; `&str` is a borrowed slice of one. Accept `&str` in parameters, return `String` when creating text, and index by byte ranges on character boundaries only: `s[0]` does not compile because characters are not bytes.',
    languages: RUST,
    prerequisites: ['rust.borrowing', 'text-encoding'],
    level: 'foundation',
  },
  {
    id: 'rust.iterators-closures',
    title: 'Iterators and closures (Fn, FnMut, FnOnce)',
    description:
      'Iterator adapters are lazy and consumed by `collect`, `for` or `sum`; `iter`, `iter_mut` and `into_iter` borrow, mutably borrow or consume. Closures implement `Fn`, `FnMut` or `FnOnce` depending on how they use captures, which decides where they can be passed.',
    languages: RUST,
    prerequisites: ['iteration', 'closures', 'rust.borrowing'],
    level: 'intermediate',
  },
  {
    id: 'rust.modules-visibility',
    title: 'Modules, crates and visibility',
    description:
      'Items are private to their module unless marked `pub` (E0603, E0616); `use` brings paths into scope (E0432, E0433) and `mod` declares modules in the module tree. `pub(crate)` limits exposure to the crate.',
    languages: RUST,
    prerequisites: ['modules-imports', 'access-modifiers'],
    level: 'foundation',
  },
  {
    id: 'rust.async',
    title: 'async Rust and futures',
    description:
      'Rust futures do nothing until polled by an executor (Tokio, async-std); `.await` is only allowed in async contexts (E0728). Futures held across `.await` must be `Send` for multi-threaded runtimes, and blocking calls inside async code stall the executor.',
    languages: RUST,
    prerequisites: ['async-await', 'rust.send-sync'],
    level: 'advanced',
  },
  {
    id: 'rust.unsafe',
    title: 'unsafe Rust',
    description:
      '`unsafe` blocks allow dereferencing raw pointers, calling unsafe functions and FFI (E0133); the programmer then upholds the invariants the compiler cannot check. Keep unsafe blocks minimal and document the invariant each relies on.',
    languages: RUST,
    prerequisites: ['rust.borrowing', 'rust.lifetimes'],
    level: 'advanced',
  },
];
