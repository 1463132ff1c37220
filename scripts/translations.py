"""Keeps the translation catalogues (resources/translations) in step with the code.

    python3 scripts/translations.py update    # extract every text, merge it into the .ts files
    python3 scripts/translations.py release   # compile the .ts files into .qm (pyside6-lrelease)
    python3 scripts/translations.py check     # write nothing; exit 1 if a catalogue is behind
    python3 scripts/translations.py stats     # entries, finished, plural messages per language

Extraction has two halves, because the program translates in two ways:

- Widgets call ``self.tr()`` (and ``QCoreApplication.translate("context", …)``); Qt looks
  them up under their class's context. ``pyside6-lupdate`` extracts those from journeymap/ui
  and app.py, as Qt Linguist expects.
- Everything outside widgets (model messages, exports, the command line, the words the
  canvas draws) calls :func:`journeymap.util.i18n.tr`, looked up under ONE context,
  ``journeymap``, by the pure catalogue reader. lupdate would file a bare ``tr()`` under
  whatever class happens to enclose the call (``Journey``, ``Draft``…), which the reader
  cannot know at run time, so this script reads those calls itself from the syntax tree:
  ``tr("text")``, ``tr("text", "disambiguation")``, ``tr("%Ln items", "", n)`` (a plural),
  ``tr_noop("text")`` (a word translated later, where it is shown) and ``tr_n_noop``
  (a plural text translated later). Widget modules'
  small helpers that wrap ``QCoreApplication.translate("Ctx", text)`` are followed too.

Merging keeps every finished translation whose (context, source, disambiguation) still
exists, adds new texts as unfinished, and drops texts the code no longer has (listing them,
so that a reworded text can reuse its old translation). The English catalogue holds only
plural messages: English needs "1 touchpoint" / "2 touchpoints" from one source text.
The .qm files are committed (an installed journeymap needs no build step) and a test checks
that they are what lrelease makes of the .ts files.
"""

from __future__ import annotations

import argparse
import ast
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parent.parent
for _folder in (ROOT,):
    if str(_folder) not in sys.path:
        sys.path.insert(0, str(_folder))

from journeymap.util import catalogue, languages  # noqa: E402
from journeymap.util.i18n import CONTEXT  # noqa: E402

PACKAGE = ROOT / "journeymap"
FOLDER = ROOT / "resources" / "translations"
WIDGET_SOURCES = ("ui", "app.py")
"""Where widgets live: their texts are extracted by lupdate."""
I18N_MODULE = "journeymap.util.i18n"
I18N_CALLS = {"tr", "tr_noop", "tr_n_noop"}
LANGUAGE_ATTRIBUTE = {"en": "en_US", "tr": "tr_TR", "pl": "pl_PL", "ar": "ar_EG"}


@dataclass
class Entry:
    context: str
    source: str
    comment: str = ""
    numerus: bool = False
    locations: list[tuple[str, int]] = field(default_factory=list)
    forms: tuple[str, ...] = ()
    finished: bool = False

    @property
    def key(self) -> tuple[str, str, str, bool]:
        return (self.context, self.source, self.comment, self.numerus)


# ---- extraction -------------------------------------------------------------------------


def _python_files(*names: str) -> list[Path]:
    found: list[Path] = []
    for name in names:
        path = PACKAGE / name
        found.extend(sorted(path.rglob("*.py")) if path.is_dir() else [path])
    return found


def _lupdate() -> str:
    exe = shutil.which("pyside6-lupdate") or str(Path(sys.executable).parent / "pyside6-lupdate")
    return exe


def widget_entries(skip: set[tuple[str, int]]) -> list[Entry]:
    """What lupdate finds in the widget modules (minus calls of i18n.tr, found in ``skip``)."""
    files = _python_files(*WIDGET_SOURCES)
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "widgets.ts"
        subprocess.run(
            [_lupdate(), "-silent", "-locations", "absolute", *map(str, files), "-ts", str(out)],
            check=True,
            capture_output=True,
        )
        entries = []
        for message in catalogue.read_messages(out):
            where = [(_relative(out.parent, name), line) for name, line in message.locations]
            where = [spot for spot in where if spot not in skip]
            if where:
                entries.append(Entry(message.context, message.source, message.comment, message.numerus, where))
    return entries


def _relative(base: Path, name: str) -> str:
    path = (base / name).resolve()
    try:
        return path.relative_to(ROOT).as_posix()
    except ValueError:
        return name


def _literal(node: ast.expr | None) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


class _Calls(ast.NodeVisitor):
    """The i18n.tr, i18n.tr_noop and translate-helper calls of one module."""

    def __init__(self, path: str, helpers: dict[str, str], names: dict[str, str], *, widgets: bool) -> None:
        self.path = path
        self.widgets = widgets
        self.helpers = helpers  # helper function name -> its Qt context
        self.names = names  # local name -> "tr" or "tr_noop"
        self.entries: list[Entry] = []
        self.dynamic: list[str] = []

    def visit_Call(self, node: ast.Call) -> None:
        self.generic_visit(node)
        func = node.func
        if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name):
            kind = self.names.get(f"{func.value.id}.{func.attr}")
        else:
            kind = self.names.get(func.id) if isinstance(func, ast.Name) else None
        if kind == "tr":
            self._add(node, CONTEXT, numerus_at=2)
        elif kind == "tr_noop":
            self._add(node, CONTEXT, numerus_at=None)
        elif kind == "tr_n_noop":
            self._add(node, CONTEXT, numerus_at=0)
        elif isinstance(func, ast.Name) and func.id in self.helpers:
            self._add(node, self.helpers[func.id], numerus_at=None)
        elif self.widgets and self._plural_translate(node):
            context = _literal(node.args[0])
            assert context is not None
            node.args = node.args[1:]  # translate(context, text, disambiguation, n): tr's layout after context
            self._add(node, context, numerus_at=2)

    @staticmethod
    def _plural_translate(node: ast.Call) -> bool:
        """``QCoreApplication.translate("Ctx", "text", None, n)``: a plural lupdate reads as
        a plain text (its Python parser sees no count there)."""
        func = node.func
        return (
            isinstance(func, ast.Attribute)
            and func.attr == "translate"
            and len(node.args) >= 2
            and _literal(node.args[0]) is not None
            and (len(node.args) == 4 or any(k.arg == "n" for k in node.keywords))
        )

    def _add(self, node: ast.Call, context: str, *, numerus_at: int | None) -> None:
        source = _literal(node.args[0]) if node.args else None
        if source is None:
            self.dynamic.append(f"{self.path}:{node.lineno}")
            return
        comment = _literal(node.args[1]) if len(node.args) > 1 else None
        numerus = numerus_at is not None and (
            len(node.args) > numerus_at or any(k.arg == "n" for k in node.keywords)
        )
        self.entries.append(Entry(context, source, comment or "", numerus, [(self.path, node.lineno)]))


def _bound_names(tree: ast.Module) -> dict[str, str]:
    """How the module calls i18n.tr and i18n.tr_noop: ``tr``, ``i18n.tr``, an alias."""
    package, _, module = I18N_MODULE.rpartition(".")
    names = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module == I18N_MODULE:
            for alias in node.names:
                if alias.name in I18N_CALLS:
                    names[alias.asname or alias.name] = alias.name
        elif isinstance(node, ast.ImportFrom) and node.module == package:
            for alias in node.names:
                if alias.name == module:
                    names.update({f"{alias.asname or module}.{call}": call for call in I18N_CALLS})
    return names


def _helpers(tree: ast.Module) -> dict[str, str]:
    """Module functions that are ``return QCoreApplication.translate("Ctx", text)``."""
    found = {}
    for node in tree.body:
        if not isinstance(node, ast.FunctionDef) or len(node.args.args) != 1:
            continue
        body = [s for s in node.body if not (isinstance(s, ast.Expr) and _literal(s.value) is not None)]
        if len(body) != 1 or not isinstance(body[0], ast.Return) or not isinstance(body[0].value, ast.Call):
            continue
        call = body[0].value
        if (
            isinstance(call.func, ast.Attribute)
            and call.func.attr == "translate"
            and len(call.args) == 2
            and (context := _literal(call.args[0])) is not None
            and isinstance(call.args[1], ast.Name)
            and call.args[1].id == node.args.args[0].arg
        ):
            found[node.name] = context
    return found


def code_entries() -> tuple[list[Entry], list[str]]:
    """The i18n.tr texts of the whole package, and the calls whose text is not a literal."""
    entries, dynamic = [], []
    for path in _python_files("."):
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        names = {c: c for c in I18N_CALLS} if path == PACKAGE / "util" / "i18n.py" else _bound_names(tree)
        widgets = path.is_relative_to(PACKAGE / "ui")
        helpers = _helpers(tree) if widgets else {}
        if not names and not helpers and not widgets:
            continue
        visitor = _Calls(path.relative_to(ROOT).as_posix(), helpers, names, widgets=widgets)
        visitor.visit(tree)
        entries += visitor.entries
        dynamic += visitor.dynamic
    return entries, dynamic


def misplaced_contexts() -> list[str]:
    """Widget texts that lupdate filed under a context the code does not look them up in:
    ``tr = self.tr`` aliases and ``panel.tr(…)`` outside a class give lupdate the wrong
    context (a variable's name, or none), so Qt would never find their translations. Each
    widget text's context must be a class of its file or a context its file names."""
    wrong, contexts = [], {}
    found, _dynamic = code_entries()  # i18n.tr in a widget module: looked up under its own context
    for entry in widget_entries({spot for each in found for spot in each.locations}):
        for path, line in entry.locations:
            if path not in contexts:
                tree = ast.parse((ROOT / path).read_text(encoding="utf-8"))
                named = {n.name for n in ast.walk(tree) if isinstance(n, ast.ClassDef)}
                named |= {
                    context
                    for n in ast.walk(tree)
                    if isinstance(n, ast.Call) and n.args and (context := _literal(n.args[0])) is not None
                    and isinstance(n.func, (ast.Attribute, ast.Name))
                    and (n.func.attr if isinstance(n.func, ast.Attribute) else n.func.id)
                    in ("translate", "QT_TRANSLATE_NOOP")
                }
                contexts[path] = named
            if entry.context not in contexts[path]:
                wrong.append(f"{path}:{line}: {entry.source!r} filed under {entry.context!r}")
    return wrong


def extract() -> list[Entry]:
    """Every translatable text of the program, one entry per (context, text, disambiguation)."""
    found, _dynamic = code_entries()
    skip = {spot for entry in found for spot in entry.locations}
    merged: dict[tuple[str, str, str, bool], Entry] = {}
    for entry in [*widget_entries(skip), *found]:
        if entry.key in merged:
            merged[entry.key].locations.extend(entry.locations)
        else:
            merged[entry.key] = replace(entry, locations=list(entry.locations))
    return sorted(merged.values(), key=lambda e: (e.context, e.locations[0], e.source))


# ---- catalogues ---------------------------------------------------------------------------


def ts_path(code: str) -> Path:
    return FOLDER / f"journeymap_{code}.ts"


def qm_path(code: str) -> Path:
    return FOLDER / f"journeymap_{code}.qm"


def read_catalogue(code: str) -> list[Entry]:
    path = ts_path(code)
    if not path.is_file():
        return []
    return [
        Entry(m.context, m.source, m.comment, m.numerus, [], m.forms, m.finished)
        for m in catalogue.read_messages(path)
    ]


def merge(code: str, template: Iterable[Entry]) -> tuple[list[Entry], list[Entry]]:
    """The catalogue of ``code`` for the texts of ``template``, and the entries dropped."""
    old = {entry.key: entry for entry in read_catalogue(code)}
    kept = []
    for entry in template:
        if code == languages.SOURCE and not entry.numerus:
            continue
        previous = old.pop(entry.key, None)
        forms, finished = (previous.forms, previous.finished) if previous else ((), False)
        kept.append(replace(entry, forms=forms, finished=finished))
    dropped = [entry for entry in old.values() if entry.finished]
    return kept, dropped


def _location_name(path: str) -> str:
    return Path("../..", path).as_posix()


def render(code: str, entries: Iterable[Entry]) -> str:
    """A .ts file as lupdate writes one (Qt Linguist opens and saves it unchanged)."""
    forms = languages.LANGUAGES[code].forms
    lines = [
        '<?xml version="1.0" encoding="utf-8"?>',
        "<!DOCTYPE TS>",
        f'<TS version="2.1" language="{LANGUAGE_ATTRIBUTE[code]}" sourcelanguage="en_US">',
    ]
    context = None
    for entry in entries:
        if entry.context != context:
            if context is not None:
                lines.append("</context>")
            context = entry.context
            lines += ["<context>", f"    <name>{escape(context)}</name>"]
        lines.append('    <message numerus="yes">' if entry.numerus else "    <message>")
        for path in dict.fromkeys(path for path, _line in entry.locations):  # files, not lines: no churn
            lines.append(f'        <location filename="{escape(_location_name(path))}"/>')
        lines.append(f"        <source>{_text(entry.source)}</source>")
        if entry.comment:
            lines.append(f"        <comment>{_text(entry.comment)}</comment>")
        state = "" if entry.finished else ' type="unfinished"'
        if entry.numerus:
            texts = list(entry.forms) + [""] * (forms - len(entry.forms))
            lines.append(f"        <translation{state}>")
            lines += [f"            <numerusform>{_text(t)}</numerusform>" for t in texts[:forms]]
            lines.append("        </translation>")
        else:
            lines.append(f"        <translation{state}>{_text(entry.forms[0] if entry.forms else '')}</translation>")
        lines.append("    </message>")
    if context is not None:
        lines.append("</context>")
    lines.append("</TS>")
    return "\n".join(lines) + "\n"


def _text(text: str) -> str:
    return escape(text, {'"': "&quot;", "'": "&apos;"})


def update(codes: Iterable[str]) -> dict[str, list[Entry]]:
    """Merge the code's texts into each catalogue; returns what each one dropped."""
    template = extract()
    dropped = {}
    for code in codes:
        entries, gone = merge(code, template)
        ts_path(code).parent.mkdir(parents=True, exist_ok=True)
        ts_path(code).write_text(render(code, entries), encoding="utf-8")
        dropped[code] = gone
    return dropped


def _lrelease() -> str:
    return shutil.which("pyside6-lrelease") or str(Path(sys.executable).parent / "pyside6-lrelease")


def compile_qm(ts: Path, qm: Path) -> None:
    subprocess.run([_lrelease(), "-silent", str(ts), "-qm", str(qm)], check=True, capture_output=True)


def release(codes: Iterable[str]) -> None:
    for code in codes:
        compile_qm(ts_path(code), qm_path(code))


def stale(codes: Iterable[str]) -> Iterator[str]:
    """What is behind: a catalogue missing a text of the code or holding one it no longer
    has (run update), a .qm that is not what lrelease makes of its .ts (run release)."""
    template = extract()
    with tempfile.TemporaryDirectory() as folder:
        for code in codes:
            wanted = {e.key for e in template if e.numerus or code != languages.SOURCE}
            held = {e.key for e in read_catalogue(code)}
            for context, source, _comment, _numerus in sorted(wanted - held):
                yield f"{ts_path(code).relative_to(ROOT)}: lacks {context}: {source!r} (run update)"
            for context, source, _comment, _numerus in sorted(held - wanted):
                yield f"{ts_path(code).relative_to(ROOT)}: holds {context}: {source!r}, gone from the code (run update)"
            built = Path(folder) / f"{code}.qm"
            compile_qm(ts_path(code), built)
            if not qm_path(code).is_file() or qm_path(code).read_bytes() != built.read_bytes():
                yield f"{qm_path(code).relative_to(ROOT)}: not what lrelease makes (run release)"


def statistics(code: str) -> dict[str, int]:
    entries = read_catalogue(code)
    return {
        "entries": len(entries),
        "finished": sum(e.finished for e in entries),
        "unfinished": sum(not e.finished for e in entries),
        "plural": sum(e.numerus for e in entries),
        "forms": languages.LANGUAGES[code].forms,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=["update", "release", "check", "stats"])
    parser.add_argument("languages", nargs="*", default=list(languages.LANGUAGES))
    args = parser.parse_args(argv)
    if args.command == "update":
        for code, gone in update(args.languages).items():
            for entry in gone:
                print(f"{code}: dropped {entry.context}: {entry.source!r} -> {entry.forms!r}")
        release(args.languages)
    elif args.command == "release":
        release(args.languages)
    elif args.command == "check":
        problems = list(stale(args.languages))
        for problem in problems:
            print(problem, file=sys.stderr)
        return 1 if problems else 0
    for code in args.languages:
        print(code, statistics(code))
    return 0


if __name__ == "__main__":
    sys.exit(main())
