"""Check that every public name of quoteattr has a docstring (run in the docs build).

Public means: listed in the ``__all__`` of ``quoteattr`` or of one of its modules, plus the
public methods and properties those classes define themselves.  The package is read
statically with griffe (installed with the ``docs`` extra), so optional dependencies such as
Dask need not be installed.

    python scripts/check_docstrings.py      # exit 1 and list the names without a docstring
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Iterator

import griffe

ROOT = Path(__file__).resolve().parent.parent


def _modules(mod: griffe.Module) -> Iterator[griffe.Module]:
    yield mod
    for member in mod.members.values():
        if not member.is_alias and member.is_module:
            yield from _modules(member)  # type: ignore[arg-type]


def _exports(mod: griffe.Module) -> list[str]:
    exports = mod.exports
    if exports is None:
        return []
    return [e if isinstance(e, str) else e.name for e in exports]


def missing_docstrings(package: str = "quoteattr") -> list[str]:
    """Paths of the public objects of ``package`` that have no (or an empty) docstring."""
    pkg = griffe.load(package, search_paths=[str(ROOT)], resolve_aliases=True, resolve_external=False)
    missing: set[str] = set()

    def check(obj: griffe.Object | griffe.Alias, shown: str) -> None:
        target = obj.final_target if obj.is_alias else obj  # type: ignore[union-attr]
        if target.is_attribute:
            return  # module constants and fields are documented by comments and Attributes:
        if not (target.docstring and target.docstring.value.strip()):
            missing.add(shown)
        if target.is_class:
            for name, member in target.members.items():
                if name.startswith("_") or member.is_alias:
                    continue
                if member.is_attribute and "property" not in member.labels:
                    continue  # fields are described in the class's Attributes: section
                if not (member.docstring and member.docstring.value.strip()):
                    missing.add(f"{shown}.{name}")

    for mod in _modules(pkg):
        if mod.name.startswith("_") and mod is not pkg:
            continue
        if not (mod.docstring and mod.docstring.value.strip()):
            missing.add(mod.path)
        for name in _exports(mod):
            if name.startswith("_") or name not in mod.members:
                continue
            check(mod.members[name], f"{mod.path}.{name}")
    return sorted(missing)


def main() -> int:
    """Print the public names without a docstring; exit 1 if there is any."""
    missing = missing_docstrings()
    for path in missing:
        print(f"no docstring: {path}")
    if missing:
        print(f"{len(missing)} public names have no docstring", file=sys.stderr)
        return 1
    print("every public name has a docstring")
    return 0


if __name__ == "__main__":
    sys.exit(main())
