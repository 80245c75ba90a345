//! The module graph of `src/`, read from the source: no import cycles, and
//! the layers depend in one direction only (see ARCHITECTURE.md).
//!
//! An edge A → B is any path in A that names module B: `use crate::…`,
//! `use super::…`, `pub use child::…`, and paths in code such as
//! `crate::text::fill(…)`. A path to the module itself or to one of its
//! ancestors is not an edge: a child may use its parent's namespace. So
//! siblings must import each other as `super::sibling::Item`, not through a
//! re-export of the parent, or the checker sees (and refuses) a cycle.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use syn::visit::Visit;

type Module = Vec<String>;

fn name(m: &[String]) -> String {
    if m.is_empty() {
        "crate".to_string()
    } else {
        m.join("::")
    }
}

/// Every `.rs` file of the library with the module it defines.
fn files() -> Vec<(PathBuf, Module)> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
        for entry in std::fs::read_dir(dir).expect("read src").flatten() {
            let path = entry.path();
            if path.is_dir() {
                walk(&path, out);
            } else if path.extension().is_some_and(|x| x == "rs") {
                out.push(path);
            }
        }
    }
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut paths = Vec::new();
    walk(&src, &mut paths);
    paths.sort();
    paths
        .into_iter()
        .filter(|p| p.file_name().is_some_and(|n| n != "main.rs"))
        .map(|p| {
            let rel = p.strip_prefix(&src).expect("under src");
            let mut parts: Vec<String> = rel
                .iter()
                .map(|s| s.to_string_lossy().trim_end_matches(".rs").to_string())
                .collect();
            if parts.last().is_some_and(|l| l == "mod" || l == "lib") {
                parts.pop();
            }
            (p.clone(), parts)
        })
        .collect()
}

/// Inline `mod x { … }` blocks, so paths inside them resolve correctly.
struct InlineModules<'a> {
    stack: Module,
    found: &'a mut BTreeSet<Module>,
}

impl<'ast> Visit<'ast> for InlineModules<'_> {
    fn visit_item_mod(&mut self, m: &'ast syn::ItemMod) {
        if m.content.is_some() {
            self.stack.push(m.ident.to_string());
            self.found.insert(self.stack.clone());
            syn::visit::visit_item_mod(self, m);
            self.stack.pop();
        }
    }
}

/// The edges out of one file.
struct Edges<'a> {
    stack: Module,
    known: &'a BTreeSet<Module>,
    edges: &'a mut BTreeMap<Module, BTreeSet<Module>>,
}

impl Edges<'_> {
    /// The module a path names, if it is one of ours.
    fn resolve(&self, segments: &[String]) -> Option<Module> {
        let here = &self.stack;
        let (mut base, mut rest): (Module, &[String]) = match segments.first()?.as_str() {
            "crate" => (Vec::new(), &segments[1..]),
            "self" => (here.clone(), &segments[1..]),
            "super" => (here.clone(), segments),
            first => {
                let child: Module = here.iter().cloned().chain([first.to_string()]).collect();
                if !self.known.contains(&child) {
                    return None; // another crate, a type, a variable
                }
                (here.clone(), segments)
            }
        };
        while rest.first().is_some_and(|s| s == "super") {
            base.pop()?;
            rest = &rest[1..];
        }
        let mut target = base;
        for segment in rest {
            let next: Module = target.iter().cloned().chain([segment.clone()]).collect();
            if !self.known.contains(&next) {
                break;
            }
            target = next;
        }
        Some(target)
    }

    fn add(&mut self, segments: &[String]) {
        let Some(target) = self.resolve(segments) else {
            return;
        };
        // The module itself or an ancestor: its own namespace, not an edge.
        if self.stack.starts_with(&target) {
            return;
        }
        self.edges
            .entry(self.stack.clone())
            .or_default()
            .insert(target);
    }

    fn use_tree(&mut self, prefix: &mut Vec<String>, tree: &syn::UseTree) {
        match tree {
            syn::UseTree::Path(p) => {
                prefix.push(p.ident.to_string());
                self.use_tree(prefix, &p.tree);
                prefix.pop();
            }
            syn::UseTree::Name(n) => self.use_leaf(prefix, &n.ident),
            syn::UseTree::Rename(r) => self.use_leaf(prefix, &r.ident),
            syn::UseTree::Glob(_) => {
                let path = prefix.clone();
                self.add(&path);
            }
            syn::UseTree::Group(g) => {
                for t in &g.items {
                    self.use_tree(prefix, t);
                }
            }
        }
    }

    fn use_leaf(&mut self, prefix: &[String], ident: &syn::Ident) {
        let mut path = prefix.to_vec();
        if ident != "self" {
            path.push(ident.to_string());
        }
        self.add(&path);
    }
}

impl<'ast> Visit<'ast> for Edges<'_> {
    fn visit_item_mod(&mut self, m: &'ast syn::ItemMod) {
        if m.content.is_some() {
            self.stack.push(m.ident.to_string());
            syn::visit::visit_item_mod(self, m);
            self.stack.pop();
        }
    }

    fn visit_item_use(&mut self, u: &'ast syn::ItemUse) {
        self.use_tree(&mut Vec::new(), &u.tree);
    }

    fn visit_path(&mut self, p: &'ast syn::Path) {
        if p.segments.len() >= 2 {
            let segments: Vec<String> = p.segments.iter().map(|s| s.ident.to_string()).collect();
            self.add(&segments);
        }
        syn::visit::visit_path(self, p);
    }
}

/// Module → the modules it names.
fn graph() -> BTreeMap<Module, BTreeSet<Module>> {
    let files: Vec<(PathBuf, Module, syn::File)> = files()
        .into_iter()
        .map(|(path, module)| {
            let text = std::fs::read_to_string(&path).expect("read source");
            let parsed = syn::parse_file(&text)
                .unwrap_or_else(|e| panic!("{} does not parse: {e}", path.display()));
            (path, module, parsed)
        })
        .collect();
    let mut known: BTreeSet<Module> = files.iter().map(|(_, m, _)| m.clone()).collect();
    for (_, module, parsed) in &files {
        let mut inline = InlineModules {
            stack: module.clone(),
            found: &mut known,
        };
        inline.visit_file(parsed);
    }
    let mut edges = BTreeMap::new();
    for (_, module, parsed) in &files {
        let mut visitor = Edges {
            stack: module.clone(),
            known: &known,
            edges: &mut edges,
        };
        visitor.visit_file(parsed);
    }
    edges
}

/// Groups of modules that import each other (Tarjan's strongly connected
/// components with more than one member).
fn cycles(graph: &BTreeMap<Module, BTreeSet<Module>>) -> Vec<Vec<Module>> {
    struct State<'g> {
        graph: &'g BTreeMap<Module, BTreeSet<Module>>,
        index: BTreeMap<&'g Module, usize>,
        low: BTreeMap<&'g Module, usize>,
        stack: Vec<&'g Module>,
        on_stack: BTreeSet<&'g Module>,
        out: Vec<Vec<Module>>,
    }
    fn visit<'g>(s: &mut State<'g>, v: &'g Module) {
        let i = s.index.len();
        s.index.insert(v, i);
        s.low.insert(v, i);
        s.stack.push(v);
        s.on_stack.insert(v);
        for w in s.graph.get(v).into_iter().flatten() {
            if !s.index.contains_key(w) {
                visit(s, w);
                let lw = s.low[w];
                let lv = s.low.get_mut(v).expect("visited");
                *lv = (*lv).min(lw);
            } else if s.on_stack.contains(w) {
                let iw = s.index[w];
                let lv = s.low.get_mut(v).expect("visited");
                *lv = (*lv).min(iw);
            }
        }
        if s.low[v] == s.index[v] {
            let mut group = Vec::new();
            while let Some(w) = s.stack.pop() {
                s.on_stack.remove(w);
                group.push(w.clone());
                if w == v {
                    break;
                }
            }
            if group.len() > 1 {
                group.sort();
                s.out.push(group);
            }
        }
    }
    let mut s = State {
        graph,
        index: BTreeMap::new(),
        low: BTreeMap::new(),
        stack: Vec::new(),
        on_stack: BTreeSet::new(),
        out: Vec::new(),
    };
    for v in graph.keys() {
        if !s.index.contains_key(v) {
            visit(&mut s, v);
        }
    }
    s.out
}

#[test]
fn there_are_no_import_cycles_in_src() {
    let graph = graph();
    let found = cycles(&graph);
    let described: Vec<String> = found
        .iter()
        .map(|group| {
            let members: Vec<String> = group.iter().map(|m| name(m)).collect();
            let inside: Vec<String> = group
                .iter()
                .flat_map(|from| {
                    graph[from]
                        .iter()
                        .filter(|to| group.contains(to))
                        .map(move |to| format!("{} → {}", name(from), name(to)))
                })
                .collect();
            format!("{}:\n    {}", members.join(", "), inside.join("\n    "))
        })
        .collect();
    assert!(
        found.is_empty(),
        "import cycles in src/:\n  {}",
        described.join("\n  ")
    );
}

/// Layers point one way: `(from, to)` means no module under `from` may
/// name a module under `to`.
const FORBIDDEN: &[(&str, &str)] = &[
    // The view draws the state; it never runs input handling or I/O.
    ("tui::ui", "tui::update"),
    ("tui::ui", "tui::driver"),
    ("tui::ui", "tui::run"),
    // Input handling is pure: no drawing, no disk.
    ("tui::update", "tui::ui"),
    ("tui::update", "tui::driver"),
    ("tui::update", "tui::run"),
    ("tui::update", "store"),
    // The state is plain data with queries.
    ("tui::state", "tui::update"),
    ("tui::state", "tui::ui"),
    ("tui::state", "tui::driver"),
    ("tui::state", "store"),
    // The keymap is a table everyone reads.
    ("tui::keymap", "tui::state"),
    ("tui::keymap", "tui::update"),
    ("tui::keymap", "tui::ui"),
    // The driver carries out effects; it does not draw or decide.
    ("tui::driver", "tui::ui"),
    ("tui::driver", "tui::update"),
    ("tui::driver", "tui::state"),
    // Front-ends are siblings: none imports another.
    ("cli", "tui"),
    ("tui", "cli"),
    ("plain", "tui"),
    ("plain", "cli"),
    ("tui", "plain"),
    ("cli", "plain"),
    // The workshop presenter is a front-end of its own; the rest of the
    // workshop module is core for both the CLI and the app.
    ("workshop", "tui"),
    ("workshop", "cli"),
    ("tui", "workshop::presenter"),
    // `workshop compare`: a pure core (see CORE) and `compare::view`, the
    // projector, a front-end that borrows only the TUI's terminal guard.
    ("compare", "cli"),
    ("compare", "workshop::presenter"),
    ("compare::view", "tui::update"),
    ("compare::view", "tui::ui"),
    ("compare::view", "tui::state"),
    ("compare::view", "tui::driver"),
    ("tui", "compare"),
    ("plain", "compare"),
    ("compare", "plain"),
    ("plain", "workshop::presenter"),
    ("workshop", "plain"),
    // The plain line mode's interview is pure: lines in, lines and effects
    // out; only the disk, the loop and the printer touch the world.
    ("plain::interview", "store"),
    ("plain::turn", "store"),
    ("plain::moves", "store"),
    ("plain::saving", "store"),
    ("plain::ask", "store"),
    ("plain::reports", "store"),
    ("plain::read", "store"),
    ("plain::command", "store"),
    ("plain::interview", "plain::disk"),
    ("plain::turn", "plain::disk"),
    ("plain::saving", "plain::disk"),
    ("plain::interview", "plain::run"),
    ("plain::turn", "plain::run"),
    ("plain::saving", "plain::run"),
];

/// Known exceptions, each to be removed by the change named beside it.
const PENDING: &[(&str, &str)] = &[];

/// The pure core knows nothing of the front-ends.
const CORE: &[&str] = &[
    "advice",
    "answer",
    "autosave",
    "check",
    // Everything of `compare` but its projector `compare::view`.
    "compare::across",
    "compare::agenda",
    "compare::groups",
    "compare::load",
    "compare::matching",
    "compare::names",
    "compare::read",
    "compare::report",
    "compare::score",
    "compare::stats",
    "compare::topics",
    "compare::words",
    "diff",
    "export",
    "guide",
    "plan",
    "present",
    "ron_error",
    "session",
    "store",
    "text",
];

#[test]
fn layers_depend_in_one_direction() {
    let graph = graph();
    // A new module of `compare` is core, unless it is the projector.
    for m in graph
        .keys()
        .filter(|m| m.len() == 2 && m[0] == "compare" && m[1] != "view")
    {
        assert!(
            CORE.contains(&name(m).as_str()),
            "{} is missing from CORE",
            name(m)
        );
    }
    let under = |m: &Module, prefix: &str| {
        let p: Vec<&str> = prefix.split("::").collect();
        m.len() >= p.len() && m.iter().zip(&p).all(|(a, b)| a == b)
    };
    let mut rules: Vec<(String, String)> = FORBIDDEN
        .iter()
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .collect();
    for core in CORE {
        for front in ["tui", "cli", "plain"] {
            rules.push((core.to_string(), front.to_string()));
        }
    }
    let mut broken = Vec::new();
    for (from, targets) in &graph {
        for to in targets {
            let pending = PENDING.iter().any(|(a, b)| under(from, a) && under(to, b));
            for (a, b) in &rules {
                if !pending && under(from, a) && under(to, b) && !under(from, b) {
                    broken.push(format!(
                        "{} → {}  ({a} must not use {b})",
                        name(from),
                        name(to)
                    ));
                }
            }
        }
    }
    assert!(
        broken.is_empty(),
        "layer rules broken:\n  {}",
        broken.join("\n  ")
    );
}

#[test]
fn the_checker_sees_a_cycle_and_resolves_relative_paths() {
    // The checker itself must be able to fail: a small graph with a cycle.
    let m = |s: &str| -> Module { s.split("::").map(str::to_string).collect() };
    let mut g: BTreeMap<Module, BTreeSet<Module>> = BTreeMap::new();
    g.entry(m("a::x")).or_default().insert(m("b"));
    g.entry(m("b")).or_default().insert(m("a::y"));
    g.entry(m("a::y")).or_default().insert(m("a::x"));
    g.entry(m("c")).or_default().insert(m("a::x"));
    let found = cycles(&g);
    assert_eq!(found, vec![vec![m("a::x"), m("a::y"), m("b")]]);

    let known: BTreeSet<Module> = [
        m("tui"),
        m("tui::ui"),
        m("tui::ui::dialog"),
        m("tui::state"),
    ]
    .into_iter()
    .collect();
    let mut edges = BTreeMap::new();
    let mut e = Edges {
        stack: m("tui::ui::dialog"),
        known: &known,
        edges: &mut edges,
    };
    let seg = |s: &str| -> Vec<String> { s.split("::").map(str::to_string).collect() };
    assert_eq!(
        e.resolve(&seg("super::super::state::App")),
        Some(m("tui::state"))
    );
    assert_eq!(e.resolve(&seg("crate::tui::ui::theme")), Some(m("tui::ui")));
    assert_eq!(e.resolve(&seg("ratatui::Frame")), None);
    e.add(&seg("super::centered")); // the parent: not an edge
    e.add(&seg("crate::tui::state::App"));
    assert_eq!(
        edges.get(&m("tui::ui::dialog")),
        Some(&[m("tui::state")].into_iter().collect())
    );
}
