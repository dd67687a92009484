import type { LibraryEntry } from '../libraryEntry';

/**
 * Offline library entries for Rust's compiler and ownership system (the general fallback entry on reading rustc errors,
 * ownership, borrowing, lifetimes); the library registry serves them when no LLM is available.
 */
export const rustOwnershipEntries: readonly LibraryEntry[] = [
  {
    conceptId: 'rust.ownership',
    fundamentals: {
      title: 'Ownership and moves',
      conceptId: 'rust.ownership',
      level: 'fundamentals',
      explanation: `Every value in Rust has exactly one owner; when the owner goes out of scope, the value is dropped (its memory freed, its file closed). Assigning or passing a non-\`Copy\` value **moves** it: the old binding can no longer be used.

~~~rust
let name = String::from("ada");
let greeting = make_greeting(name);   // name moved into the function
println!("{name}");                   // E0382: borrow of moved value: \`name\`
~~~

Your options when you hit E0382 "use of moved value":

- **Borrow instead of moving**, if the callee only needs to read: \`fn make_greeting(name: &str)\` and call \`make_greeting(&name)\`. This is usually the right fix.
- **Clone**, if both places really need their own copy: \`make_greeting(name.clone())\`. Fine for small values; a smell in hot loops.
- **Return ownership back**, or restructure so the last use is the move.

Types made only of plain data (\`i32\`, \`f64\`, \`bool\`, \`char\`, and tuples/arrays/structs of them that derive \`Copy\`) are copied instead of moved. \`String\`, \`Vec<T>\`, \`Box<T>\` and anything owning heap memory or a resource are moved.

A \`for\` loop over a \`Vec\` by value (\`for item in items\`) moves the vector into the loop; iterate with \`for item in &items\` to keep it.

Ownership is what lets Rust free memory without a garbage collector and without double frees: at any time exactly one binding is responsible for dropping a value.`,
      workedExample: {
        language: 'rust',
        before: `fn word_count(text: String) -> usize {
    text.split_whitespace().count()
}

fn main() {
    let doc = String::from("the quick brown fox");
    let n = word_count(doc);
    println!("{n} words in {doc:?}"); // E0382: borrow of moved value: \`doc\`
}`,
        after: `fn word_count(text: &str) -> usize {
    text.split_whitespace().count()
}

fn main() {
    let doc = String::from("the quick brown fox");
    let n = word_count(&doc);
    println!("{n} words in {doc:?}");
}`,
        note: 'word_count only reads the text, so it should borrow. Taking &str (rather than &String) also lets callers pass string literals and slices.',
      },
      pitfalls: [
        'Reaching for `.clone()` to silence every move error instead of borrowing.',
        'Consuming a collection with `for x in vec` and then using `vec` again.',
        'Taking `String` or `Vec<T>` parameters for functions that only read; take `&str` or `&[T]`.',
      ],
      quiz: [
        {
          kind: 'predict-output',
          prompt: 'What does this print?',
          code: `fn main() {
    let a = 5;
    let b = a;
    let s = String::from("hi");
    let t = s.clone();
    let u = t;
    println!("{} {} {} {}", a, b, s, u);
}`,
          answer: '5 5 hi hi',
          explanation:
            'i32 is Copy, so a stays usable. s was cloned, so it still owns its string; t was moved into u, and using t afterwards would be an error.',
        },
        {
          kind: 'spot-the-bug',
          prompt: 'This fails with E0382. Which line moves the vector?',
          code: `fn main() {
    let names = vec![String::from("a"), String::from("b")];
    for n in names {
        println!("{n}");
    }
    println!("{}", names.len());
}`,
          bugLine: 3,
          answer: 'Iterate by reference: `for n in &names` (or `names.iter()`), so the vector is borrowed, not consumed.',
          explanation:
            'for n in names calls into_iter() on the Vec by value, moving it into the loop. Line 6 then uses a moved value.',
        },
      ],
    },
    advanced: {
      title: 'Ownership patterns: moving out of structs, Option::take and closures',
      conceptId: 'rust.ownership',
      level: 'advanced',
      explanation: `**Moving out of borrowed content.** You cannot move a field out of something you only borrow (E0507 "cannot move out of ... which is behind a shared/mutable reference"). With \`&mut\`, swap something in its place:

~~~rust
let old = std::mem::take(&mut self.buffer);      // leaves Vec::new()
let conn = self.conn.take();                     // Option<T>: leaves None
let prev = std::mem::replace(&mut self.state, State::Idle);
~~~

**Partial moves.** Moving one field out of a struct by value makes the struct unusable as a whole, though the other fields remain usable. Destructuring (\`let Config { name, port, .. } = cfg;\`) makes the intent explicit.

**Closures** capture by the least powerful mode they need: reference, mutable reference, or by value. \`move\` forces by-value capture, required for threads and \`'static\` tasks (\`std::thread::spawn(move || ...)\`); clone an \`Arc\` *before* the closure so the original stays usable.

**Drop order.** Locals are dropped in reverse declaration order, struct fields in declaration order. A \`MutexGuard\` lives until the end of its scope: \`let v = *m.lock().unwrap();\` releases immediately, while binding the guard holds the lock.

**Cheap clones.** \`Rc<T>\`/\`Arc<T>\` clones copy a pointer and bump a count; cloning them is the idiomatic way to share ownership. Cloning a large \`Vec<String>\` is not cheap.

**Cow<'_, str>** avoids allocation when a function usually returns its input unchanged.`,
      workedExample: {
        language: 'rust',
        before: `struct Uploader { pending: Vec<Chunk>, client: Client }

impl Uploader {
    fn flush(&mut self) -> Result<(), Error> {
        let batch = self.pending; // E0507: cannot move out of \`self.pending\`
        self.client.send(batch)
    }
}`,
        after: `struct Uploader { pending: Vec<Chunk>, client: Client }

impl Uploader {
    fn flush(&mut self) -> Result<(), Error> {
        let batch = std::mem::take(&mut self.pending); // pending is now empty
        self.client.send(batch)
    }
}`,
        note: 'self is only borrowed mutably, so its field cannot be moved out and leave a hole. mem::take moves the Vec out and leaves an empty Vec in its place, with no clone and no unsafe code.',
      },
      pitfalls: [
        'Cloning a whole field to work around E0507 when `mem::take`, `mem::replace` or `Option::take` would move it.',
        'Forgetting `move` on closures passed to threads or async tasks, or moving an `Arc` in without cloning it first.',
        'Holding a lock guard longer than needed because it is bound to a variable until the end of scope.',
      ],
      quiz: [
        {
          kind: 'predict-output',
          prompt: 'What does this print?',
          code: `struct Job { id: u32, handle: Option<String> }

fn main() {
    let mut job = Job { id: 7, handle: Some(String::from("h-1")) };
    let taken = job.handle.take();
    println!("{} {:?} {:?}", job.id, taken, job.handle);
}`,
          answer: '7 Some("h-1") None',
          explanation:
            'Option::take moves the value out and leaves None behind, so job stays fully usable afterwards.',
        },
        {
          kind: 'multiple-choice',
          prompt: 'Why does this fail to compile, and what is the idiomatic fix?',
          code: `let config = Arc::new(load_config());
let worker = std::thread::spawn(move || run(&config));
println!("{}", config.name);`,
          choices: [
            'Arc is not Send; use Rc',
            'config was moved into the closure; clone the Arc before spawning and move the clone',
            'run needs &mut; use a Mutex',
            'The closure must not use move',
          ],
          answerIndex: 1,
          explanation:
            'move captures config by value, so the Arc itself moves into the thread. `let cfg = Arc::clone(&config);` before spawn, moving cfg, keeps the original for the main thread.',
        },
      ],
    },
    hints: {
      nudge: 'Where was this value moved before the line that fails? Look for a call, assignment or `for` loop that took it by value.',
      concept:
        'Non-Copy values have one owner and move on assignment or by-value passing. If the receiver only reads, borrow (`&value`); if both need ownership, clone deliberately; to take a field out of `&mut self`, use `mem::take`/`replace` or `Option::take`.',
      analogousExample:
        'Similar: `let body = response.text; log(body); send(response.text)` fails because `response.text` was moved into `body`. Logging `&body` and sending `body`, or sending first and logging a borrow, keeps one owner at a time.',
      pseudoCode:
        'find the earlier use that took the value by value\nif that use only reads: change it to borrow (&value, &str, &[T])\nelse if both places need their own copy: value.clone() at the first use\nelse if it is a field behind &mut: std::mem::take / replace / Option::take',
    },
  },
  {
    conceptId: 'rust.borrowing',
    fundamentals: {
      title: 'Borrowing: shared XOR mutable',
      conceptId: 'rust.borrowing',
      level: 'fundamentals',
      explanation: `A reference borrows a value without taking ownership. The borrow checker enforces one rule at every point in the program: **either any number of shared references (\`&T\`) or exactly one mutable reference (\`&mut T\`)**, never both.

~~~rust
let mut scores = vec![10, 20];
let first = &scores[0];       // shared borrow
scores.push(30);              // E0502: cannot borrow \`scores\` as mutable
println!("{first}");          // ...because \`first\` is still used here
~~~

The reason is concrete: \`push\` may reallocate the vector, leaving \`first\` pointing at freed memory. In C++ this is iterator invalidation; in Rust it does not compile.

Borrows last until their **last use**, not the end of the block (non-lexical lifetimes). Often the fix is reordering: finish using the shared reference before mutating, or copy the value out (\`let first = scores[0];\` for Copy types).

Other frequent forms:

- E0499 "cannot borrow as mutable more than once": two \`&mut\` to the same value alive together, e.g. \`let a = &mut v[0]; let b = &mut v[1];\`. Use \`split_at_mut\`, \`iter_mut\`, or indices.
- E0596 "cannot borrow as mutable": the binding was not declared \`mut\`, or you have \`&T\` where \`&mut T\` is needed.
- Mutating a collection while iterating over it: collect the changes first, or use \`retain\`, \`drain\` or index-based loops.`,
      workedExample: {
        language: 'rust',
        before: `fn dedupe_tags(tags: &mut Vec<String>) {
    for tag in tags.iter() {
        if tag.is_empty() {
            tags.retain(|t| !t.is_empty()); // E0502: tags is borrowed by the loop
        }
    }
}`,
        after: `fn dedupe_tags(tags: &mut Vec<String>) {
    tags.retain(|t| !t.is_empty());
    tags.sort();
    tags.dedup();
}`,
        note: 'The loop held a shared borrow of tags while retain needed a mutable one. The collection already has methods that filter and dedupe in place, without an outer iteration holding a borrow.',
      },
      pitfalls: [
        'Holding a reference into a collection (an element, a slice, an iterator) while mutating the collection.',
        'Working around borrow errors by cloning whole collections instead of reordering the code.',
        'Taking `&mut self` in methods that only read, which blocks callers from holding other borrows.',
      ],
      quiz: [
        {
          kind: 'multiple-choice',
          prompt: 'Does this compile?',
          code: `let mut v = vec![1, 2, 3];
let first = &v[0];
println!("{first}");
v.push(4);`,
          choices: [
            'Yes: the shared borrow ends after its last use on line 3',
            'No: first is borrowed until the end of the block',
            'No: v is not mutable',
            'Yes, but it panics at runtime',
          ],
          answerIndex: 0,
          explanation:
            'With non-lexical lifetimes, a borrow ends at its last use. first is not used after line 3, so pushing on line 4 is fine.',
        },
        {
          kind: 'predict-output',
          prompt: 'What does this print?',
          code: `fn bump_all(values: &mut [i32]) {
    for v in values.iter_mut() {
        *v += 1;
    }
}

fn main() {
    let mut data = vec![1, 2, 3];
    bump_all(&mut data);
    let (left, right) = data.split_at_mut(1);
    left[0] += right[1];
    println!("{:?}", data);
}`,
          answer: '[6, 3, 4]',
          explanation:
            'bump_all makes it [2, 3, 4]. split_at_mut gives two non-overlapping mutable slices, [2] and [3, 4], so left[0] becomes 2 + 4 = 6.',
        },
      ],
    },
    advanced: {
      title: 'Borrowing at scale: method receivers, two-phase borrows and the entry API',
      conceptId: 'rust.borrowing',
      level: 'advanced',
      explanation: `**Borrowing self borrows all of it.** A method taking \`&mut self\` borrows every field, so \`let item = self.items.get(0); self.log(item);\` fails if \`log\` takes \`&mut self\`. Borrow **fields** directly (the checker tracks disjoint fields within one function), or make helpers take only the fields they need.

~~~rust
let Self { items, log, .. } = self;    // disjoint borrows
log.push(format!("first: {:?}", items.first()));
~~~

**The HashMap lookup-or-insert problem.** \`if let Some(v) = map.get_mut(k) { return v; } map.insert(...)\` is rejected by the current checker (a known NLL limitation fixed by Polonius). Use the entry API, which is also one hash lookup instead of two:

~~~rust
*counts.entry(word).or_insert(0) += 1;
~~~

**Two-phase borrows** make \`v.push(v.len())\` compile: the outer \`&mut v\` is reserved, \`v.len()\` is evaluated, then the mutable borrow activates.

**Returning references** from functions ties them to an input; returning a reference to a local (E0515) is never allowed: return an owned value.

**Interior mutability** (\`Cell\`, \`RefCell\`, \`Mutex\`) moves the check to runtime for cases the static rule cannot express (graphs, caches behind \`&self\`). \`RefCell\` panics with "already borrowed: BorrowMutError" on violation, so keep its borrows short.

**Iterator invalidation** is prevented by the same rule: \`for x in &v { v.push(*x) }\` does not compile. Build a new collection or extend after iterating.`,
      workedExample: {
        language: 'rust',
        before: `impl Inventory {
    fn restock(&mut self, sku: &str) {
        let item = self.items.get_mut(sku).unwrap();
        self.record(sku, item.qty); // E0499: self borrowed mutably twice
        item.qty += 10;
    }
    fn record(&mut self, sku: &str, qty: u32) { self.audit.push((sku.to_owned(), qty)); }
}`,
        after: `impl Inventory {
    fn restock(&mut self, sku: &str) {
        let Some(item) = self.items.get_mut(sku) else { return };
        self.audit.push((sku.to_owned(), item.qty)); // disjoint field borrow
        item.qty += 10;
    }
}`,
        note: 'Calling a &mut self method borrowed all of self while item still borrowed self.items. Touching self.audit directly borrows only that field, which the checker knows is disjoint from self.items. let-else also replaces the unwrap.',
      },
      pitfalls: [
        'Helper methods taking `&mut self` that block borrowing other fields at the call site.',
        'Double lookups with `get_mut` then `insert` instead of the entry API.',
        'Holding `RefCell` borrows across calls that borrow again, causing runtime panics.',
      ],
      quiz: [
        {
          kind: 'predict-output',
          prompt: 'What does this print?',
          code: `use std::collections::HashMap;

fn main() {
    let mut counts: HashMap<&str, u32> = HashMap::new();
    for w in "a b a c a b".split(' ') {
        *counts.entry(w).or_insert(0) += 1;
    }
    let mut pairs: Vec<_> = counts.into_iter().collect();
    pairs.sort();
    println!("{:?}", pairs);
}`,
          answer: '[("a", 3), ("b", 2), ("c", 1)]',
          explanation:
            'entry().or_insert(0) returns a mutable reference to the existing or newly inserted count in one lookup. Sorting makes the HashMap output order deterministic.',
        },
        {
          kind: 'spot-the-bug',
          prompt: 'This compiles but panics with "already borrowed: BorrowMutError". Which line?',
          code: `use std::cell::RefCell;

fn main() {
    let log = RefCell::new(vec![String::from("start")]);
    let first = log.borrow();
    log.borrow_mut().push(format!("after {}", first[0]));
}`,
          bugLine: 6,
          answer: 'End the shared borrow first: copy what you need (`let first = log.borrow()[0].clone();`), then call `borrow_mut()`.',
          explanation:
            'RefCell enforces the borrowing rules at runtime. The shared borrow from line 5 is still alive when borrow_mut is called on line 6, so it panics.',
        },
      ],
    },
    hints: {
      nudge: 'Which earlier reference to the same value is still used after the line the compiler points at?',
      concept:
        'At any point you may have many `&T` or one `&mut T` to a value, not both. A borrow lasts until its last use. Reorder so reads finish before writes, borrow individual fields instead of all of `self`, or copy out small values.',
      analogousExample:
        'Similar: `let last = queue.back(); queue.push_back(new_job); notify(last)` fails; calling `notify(queue.back())` before pushing, or cloning the job ID out first, removes the overlap.',
      pseudoCode:
        'find the live borrow (the compiler notes where it is later used)\nmove that later use before the mutation, or\ncopy/clone the small piece you need out of it, or\nborrow only the field you need instead of the whole struct\nfor maps: use the entry API',
    },
  },
  {
    conceptId: 'rust.lifetimes',
    fundamentals: {
      title: 'Lifetimes: how long a reference is valid',
      conceptId: 'rust.lifetimes',
      level: 'fundamentals',
      explanation: `A lifetime names the region of code during which a reference is valid. The compiler infers most of them; you write them when a function or struct **returns or stores** references and the compiler cannot tell which input they come from.

~~~rust
// E0106: missing lifetime specifier
fn longer(a: &str, b: &str) -> &str { if a.len() >= b.len() { a } else { b } }

fn longer<'a>(a: &'a str, b: &'a str) -> &'a str { ... }
~~~

\`'a\` does not change how long anything lives. It states a relationship: the returned reference is valid only as long as *both* inputs are. Callers then cannot use the result after either argument is dropped.

Elision rules cover the common cases: one reference parameter gives its lifetime to the output; a \`&self\` method gives \`self\`'s lifetime to the output.

A struct holding a reference needs a lifetime parameter and cannot outlive what it borrows:

~~~rust
struct Parser<'src> { input: &'src str, pos: usize }
~~~

E0597 "borrowed value does not live long enough" means a reference outlives its owner, for example pushing \`&local\` into a vector declared outside the loop. The fix is about **ownership**, not annotations: store owned data (\`String\` instead of \`&str\`) or keep the owner alive longer.

\`'static\` means "valid for the whole program": string literals, or owned data with no borrows. A \`T: 'static\` bound (as in \`thread::spawn\`) asks for data that owns everything it holds.`,
      workedExample: {
        language: 'rust',
        before: `struct Report { title: &str, lines: Vec<&str> } // E0106: missing lifetime specifier

fn build(path: &std::path::Path) -> std::io::Result<Report> {
    let text = std::fs::read_to_string(path)?;
    let mut lines = text.lines();
    Ok(Report { title: lines.next().unwrap_or(""), lines: lines.collect() })
}`,
        after: `struct Report { title: String, lines: Vec<String> }

fn build(path: &std::path::Path) -> std::io::Result<Report> {
    let text = std::fs::read_to_string(path)?;
    let mut lines = text.lines().map(str::to_owned);
    let title = lines.next().unwrap_or_default();
    Ok(Report { title, lines: lines.collect() })
}`,
        note: 'Adding Report<\'a> would not help: the strings borrow from text, which is dropped when build returns. The struct must own its data. Lifetime annotations describe borrows; they cannot extend them.',
      },
      pitfalls: [
        'Adding lifetime annotations to fix E0597/E0515, when the real problem is returning or storing a borrow of a local.',
        'Using `&\'static str` fields to "make it compile" and then being unable to store runtime strings.',
        'Putting references in long-lived structs when owned data would be simpler.',
      ],
      quiz: [
        {
          kind: 'multiple-choice',
          prompt: 'Why does this not compile?',
          code: `fn first_word(s: String) -> &str {
    s.split(' ').next().unwrap_or("")
}`,
          choices: [
            'split needs a lifetime annotation',
            'The result would borrow s, which is owned by the function and dropped when it returns',
            'unwrap_or cannot return a literal',
            'String cannot be split',
          ],
          answerIndex: 1,
          explanation:
            'No lifetime can make a reference to a dropped local valid. Take s: &str (so the result borrows the caller\'s string) or return an owned String.',
        },
        {
          kind: 'predict-output',
          prompt: 'What does this print?',
          code: `fn longer<'a>(a: &'a str, b: &'a str) -> &'a str {
    if a.len() >= b.len() { a } else { b }
}

fn main() {
    let outer = String::from("borrow");
    let result;
    {
        let inner = String::from("checker");
        result = longer(&outer, &inner).len();
    }
    println!("{result}");
}`,
          answer: '7',
          explanation:
            'The call returns "checker" (7 bytes), and the code only keeps its length (a usize), not the reference, so using result after inner is dropped is fine.',
        },
      ],
    },
    advanced: {
      title: 'Lifetimes in APIs: elision, variance, bounds and self-references',
      conceptId: 'rust.lifetimes',
      level: 'advanced',
      explanation: `**Elision can pick the wrong input.** For \`fn get(&self, key: &str) -> &V\`, the output borrows \`self\`, which is what you want. But for \`fn pick(&self, candidates: &[Item]) -> &Item\` returning one of the candidates, elision ties the result to \`self\`, and the body fails to compile. Name it:

~~~rust
fn pick<'c>(&self, candidates: &'c [Item]) -> &'c Item
~~~

**'_** (the anonymous lifetime) marks elided lifetimes in types: \`impl Iterator<Item = &str> + '_\` or \`Parser<'_>\`, and the \`elided_lifetimes_in_paths\` lint asks for it so readers see a borrow exists.

**Returning impl Trait** from a method that borrows: in Rust 2021, \`-> impl Iterator<Item = &u32>\` must capture the lifetime (\`+ '_\`). Rust 2024 captures all in-scope lifetimes by default.

**T: 'static** does not mean "lives forever"; it means \`T\` contains no non-'static borrows. \`String\` is 'static, \`&'a str\` is not. Spawned tasks require it, hence \`move\` closures with owned or \`Arc\` data.

**Variance.** \`&'a T\` is covariant in \`'a\`, so a longer-lived reference can be used where a shorter is expected, but \`&'a mut T\` is invariant in \`T\`: you cannot pass \`&mut Vec<&'static str>\` where \`&mut Vec<&'a str>\` is expected, because the callee could push a short-lived string into it.

**Self-referential structs** (a struct holding data and a reference into it) cannot be expressed with plain lifetimes. Store indices or ranges instead of references, or use an arena; reach for \`Pin\` or crates like \`ouroboros\` only when necessary.`,
      workedExample: {
        language: 'rust',
        before: `struct Doc { text: String, headings: Vec<&str> } // cannot borrow from its own text

impl Doc {
    fn new(text: String) -> Doc {
        let headings = text.lines().filter(|l| l.starts_with('#')).collect();
        Doc { text, headings }
    }
}`,
        after: `struct Doc { text: String, headings: Vec<std::ops::Range<usize>> }

impl Doc {
    fn new(text: String) -> Doc {
        let mut headings = Vec::new();
        let mut start = 0;
        for line in text.split_inclusive('\\n') {
            if line.starts_with('#') {
                headings.push(start..start + line.trim_end().len());
            }
            start += line.len();
        }
        Doc { text, headings }
    }

    fn headings(&self) -> impl Iterator<Item = &str> + '_ {
        self.headings.iter().map(|r| &self.text[r.clone()])
    }
}`,
        note: 'A struct cannot hold references into its own field: moving the struct would move the String\'s owner while the references point into it. Byte ranges are plain data, and the accessor hands out borrows tied to &self on demand.',
      },
      pitfalls: [
        'Trusting elision when a method returns a reference derived from a parameter other than `self`.',
        'Reading `T: \'static` as "must live forever" and leaking memory to satisfy it, instead of passing owned data.',
        'Designing self-referential structs with references instead of indices or ranges.',
      ],
      quiz: [
        {
          kind: 'spot-the-bug',
          prompt: 'This fails to compile with a lifetime error in the body. Which line needs an explicit lifetime?',
          code: `struct Ranker { weight: f64 }

impl Ranker {
    fn best(&self, items: &[(String, f64)]) -> &(String, f64) {
        items
            .iter()
            .max_by(|a, b| (a.1 * self.weight).total_cmp(&(b.1 * self.weight)))
            .expect("items must not be empty")
    }
}`,
          bugLine: 4,
          answer: "Tie the output to items: `fn best<'i>(&self, items: &'i [(String, f64)]) -> &'i (String, f64)`.",
          explanation:
            'With &self present, elision gives the output self\'s lifetime, but the returned reference points into items. Naming the lifetime states where it really comes from.',
        },
        {
          kind: 'predict-output',
          prompt: 'What does this print?',
          code: `struct Words<'a> { text: &'a str }

impl<'a> Words<'a> {
    fn longest(&self) -> &'a str {
        self.text.split(' ').max_by_key(|w| w.len()).unwrap_or("")
    }
}

fn main() {
    let text = String::from("rust lifetimes are relationships");
    let longest = { let w = Words { text: &text }; w.longest() };
    println!("{longest}");
}`,
          answer: 'relationships',
          explanation:
            "longest returns &'a str tied to the text, not to the Words value, so the result stays valid after w is dropped at the end of the block.",
        },
      ],
    },
    hints: {
      nudge: 'Which value does the reference on that line point into, and is that value still alive everywhere the reference is used?',
      concept:
        'Lifetimes describe how long borrows are valid; they never extend a value\'s life. When a reference would outlive its owner, change ownership (return or store owned data, keep the owner alive longer). Annotate when outputs borrow from a specific input.',
      analogousExample:
        'Similar: collecting `&str` keys from strings read inside a loop into a `HashSet` declared outside fails with E0597; collecting `String`s (`key.to_owned()`) lets the set own its keys.',
      pseudoCode:
        'identify the owner of the borrowed data\nif the owner dies before the reference is used:\n    store/return owned data (String, Vec, clone) or move the owner out to a longer scope\nif the compiler cannot tell which input an output borrows from:\n    add <\'a> and put it on that input and the output',
    },
  },
  {
    conceptId: 'rust.general',
    fundamentals: {
      title: 'Reading rustc errors: codes, labels and the story they tell',
      conceptId: 'rust.general',
      level: 'fundamentals',
      explanation: `rustc errors are long because they explain. Each has a code you can look up (\`rustc --explain E0502\`), a primary label at the failing spot, and secondary labels that tell the **story** of how the value got into that state. Read the labels in source order:

~~~text
error[E0502]: cannot borrow \`v\` as mutable because it is also borrowed as immutable
 --> src/main.rs:4:5
  |
3 |     let first = &v[0];
  |                  - immutable borrow occurs here
4 |     v.push(4);
  |     ^^^^^^^^^ mutable borrow occurs here
5 |     println!("{first}");
  |               ------- immutable borrow later used here
~~~

The three labels say: a shared borrow starts on line 3, a mutation happens on line 4, and the borrow is still needed on line 5. Any fix breaks that story: move the use on line 5 earlier, copy the value out, or mutate later.

\`help:\` and \`note:\` lines often contain the exact fix ("consider cloning the value", "consider borrowing here: \`&name\`", "add \`mut\` here"). They are usually right for simple cases; for ownership errors, check that the suggested \`clone()\` is what you want rather than a borrow.

Fix errors from the top of the output: type errors early in a function often cause borrow errors later. \`cargo check\` is much faster than \`cargo build\` for this loop, and \`cargo clippy\` adds lints that catch legal but suspicious code (needless clones, \`unwrap\` on \`Option\` in hot paths, manual implementations of standard methods).`,
      workedExample: {
        language: 'rust',
        before: `fn main() {
    let names = vec![String::from("ana"), String::from("bo")];
    let upper: Vec<String> = names.into_iter().map(|n| n.to_uppercase()).collect();
    println!("{} names: {:?}", names.len(), upper);
    // E0382: borrow of moved value: \`names\`
    // note: \`into_iter\` takes ownership of the receiver \`self\`, which moves \`names\`
    // help: you can \`clone\` the value and consume it...
}`,
        after: `fn main() {
    let names = vec![String::from("ana"), String::from("bo")];
    let upper: Vec<String> = names.iter().map(|n| n.to_uppercase()).collect();
    println!("{} names: {:?}", names.len(), upper);
}`,
        note: 'The note explains the story: into_iter consumed names. The help suggests cloning, which works but copies every string; iterating by reference with iter() is enough, because to_uppercase only reads.',
      },
      pitfalls: [
        'Reading only the primary label and missing the secondary labels that show where the conflicting borrow or move happened.',
        'Applying every `help: consider cloning` suggestion, accumulating unnecessary allocations.',
        'Fixing later borrow errors before the earlier type errors that caused them.',
      ],
      quiz: [
        {
          kind: 'multiple-choice',
          prompt: 'How do you get the long explanation, with examples, for error E0499?',
          code: '',
          choices: ['cargo explain E0499', 'rustc --explain E0499', 'rustup doc E0499', 'cargo clippy --explain'],
          answerIndex: 1,
          explanation:
            'rustc --explain prints the error index entry for that code: what it means, an example that triggers it and how to fix it. The same text is in the online Rust error index.',
        },
        {
          kind: 'predict-output',
          prompt: 'This compiles. What does it print?',
          code: `fn main() {
    let mut v = vec![1, 2, 3];
    let first = v[0];
    v.push(4);
    println!("{} {}", first, v.len());
}`,
          answer: '1 4',
          explanation:
            'v[0] copies the i32 out (i32 is Copy), so no borrow of v is held across push. With `let first = &v[0];` the same code would fail with E0502.',
        },
      ],
    },
    advanced: {
      title: 'Rust diagnostics at scale: clippy, trait-bound errors and generic noise',
      conceptId: 'rust.general',
      level: 'advanced',
      explanation: `**Trait-bound errors** (E0277) are the hardest to read because they travel through generics. Look for the "required by a bound in" note: it names the function or impl that demanded the trait, which tells you what to change:

~~~text
error[E0277]: \`Rc<Config>\` cannot be sent between threads safely
note: required by a bound in \`std::thread::spawn\`
~~~

The fix is not in \`spawn\`; it is choosing \`Arc\` instead of \`Rc\`.

**Async errors** show "future cannot be sent between threads safely" with a note pointing at a value held **across an \`.await\`** (a \`MutexGuard\`, an \`Rc\`, a \`RefCell\` borrow). Drop it before the await, or scope it in a block.

**Clippy** in CI: \`cargo clippy --all-targets -- -D warnings\`. Useful groups beyond the default: \`clippy::pedantic\` (opt in selectively), and lints such as \`unwrap_used\`/\`expect_used\` for libraries. Configure in \`Cargo.toml\` under \`[lints.clippy]\` so every crate in a workspace shares the policy.

**Macro errors** point into macro expansions; \`cargo expand\` shows the generated code. For derive macros (serde), the error usually names a field whose type lacks the trait.

**Type inference failures** ("type annotations needed", E0282) are often fixed by a turbofish on the right call: \`collect::<Vec<_>>()\`, \`parse::<u16>()\`, or \`Ok::<(), Error>(())\` in closures that use \`?\`.

**Editions** change what compiles (2021 disjoint closure captures, 2024 \`impl Trait\` capture rules); the \`edition\` key in \`Cargo.toml\` decides, and \`cargo fix --edition\` migrates.`,
      workedExample: {
        language: 'rust',
        before: `async fn record(state: Arc<Mutex<Stats>>, client: &Client) -> Result<(), Error> {
    let mut stats = state.lock().unwrap();           // std::sync::MutexGuard
    stats.requests += 1;
    client.send_metric("requests", stats.requests).await?; // guard held across await
    Ok(())
}
// error: future cannot be sent between threads safely (MutexGuard is not Send)`,
        after: `async fn record(state: Arc<Mutex<Stats>>, client: &Client) -> Result<(), Error> {
    let count = {
        let mut stats = state.lock().unwrap();
        stats.requests += 1;
        stats.requests
    }; // guard dropped here, before the await
    client.send_metric("requests", count).await?;
    Ok(())
}`,
        note: 'The note in the error points at the guard living across the await. Scoping the lock in a block copies the value out and releases the mutex first, which also avoids holding a lock during network I/O.',
      },
      pitfalls: [
        'Looking for the fix at the primary span of an E0277 instead of at the "required by a bound in" note.',
        'Holding `MutexGuard`, `Rc` or `RefCell` borrows across `.await` points.',
        'Running clippy locally but not failing CI on its warnings.',
      ],
      quiz: [
        {
          kind: 'spot-the-bug',
          prompt: 'This fails with "`Rc<Vec<String>>` cannot be sent between threads safely". Which line should change?',
          code: `use std::rc::Rc;
use std::thread;

fn main() {
    let names = Rc::new(vec![String::from("a")]);
    let worker = Rc::clone(&names);
    let handle = thread::spawn(move || println!("{}", worker.len()));
    handle.join().unwrap();
}`,
          bugLine: 5,
          answer: 'Use an atomically reference-counted pointer: `let names = Arc::new(...)` with `Arc::clone` (and `use std::sync::Arc`).',
          explanation:
            'Rc\'s reference count is not thread-safe, so Rc is not Send. The error points at spawn, whose F: Send bound requires it, but the decision to fix is where the Rc is created.',
        },
        {
          kind: 'predict-output',
          prompt: 'What does this print?',
          code: `fn main() {
    let inputs = ["8080", "x", "443"];
    let ports: Vec<u16> = inputs.iter().filter_map(|s| s.parse::<u16>().ok()).collect();
    let all: Result<Vec<u16>, _> = inputs.iter().map(|s| s.parse::<u16>()).collect();
    println!("{:?} {}", ports, all.is_ok());
}`,
          answer: '[8080, 443] false',
          explanation:
            'The turbofish on parse tells inference which type to parse into. filter_map drops the failure; collecting into Result stops at the first Err, so all is an Err.',
        },
      ],
    },
    hints: {
      nudge: 'Read every label in the error in source order, not only the caret: where did the conflicting move, borrow or requirement start?',
      concept:
        'rustc errors tell a story with labels and notes; `rustc --explain CODE` gives the long form. For trait-bound errors, the "required by" note names who demands the trait. Fix the earliest error first and use `cargo check` for fast iteration.',
      analogousExample:
        'Similar: E0308 "expected `&str`, found `String`" with `help: consider borrowing here: &name` means the function wants a borrow; passing `&name` keeps ownership with the caller instead of changing the function to take a String.',
      pseudoCode:
        'cargo check\ntake the first error\nread: primary label, then each secondary label in order, then note/help\nrustc --explain CODE if unfamiliar\napply the fix that matches the intent (borrow vs clone, Arc vs Rc, scope a guard)\nrerun; then cargo clippy',
    },
  },
];
