"""A griffe extension for the docs build: Sphinx roles and bare doctests in Google docstrings.

quoteattr's docstrings are Google style, but some use Sphinx roles (``:func:`extract```,
``:class:`~quoteattr.Quote```) and bare ``>>>`` examples outside an ``Examples:`` section.
mkdocstrings renders neither: roles show up verbatim and a doctest's output line such as
``['a']`` is read as a Markdown link.  This extension, loaded by mkdocs.yml, rewrites both
when the package is loaded:

- a role becomes an *optional* cross-reference: a link when the name resolves (in the scope
  of the documented object) to something the site documents, plain code otherwise, so a
  role can never break ``mkdocs build --strict``;
- a run of ``>>>`` lines outside a Google section becomes a fenced ``pycon`` block.

The source files are not touched.
"""

from __future__ import annotations

import html
from typing import Any, Iterator

import griffe
import regex

__all__ = ["SphinxRoles"]

#: ``:role:`target```, ``:role:`~a.b.target``` or ``:role:`title <target>```.
_ROLE = regex.compile(
    r":(?:py:)?(?P<role>class|func|meth|mod|attr|data|exc|obj|const):"
    r"`(?P<tilde>~?)(?P<body>[^`<]+?)(?:\s*<(?P<target>[^`>]+)>)?`"
)
_SECTION = regex.compile(r"^(?P<name>[A-Z][A-Za-z ]*):\s*$")
#: Google section titles griffe recognises (lowercase).
_GOOGLE_SECTIONS = frozenset({
    "args", "arguments", "params", "parameters", "keyword args", "keyword arguments",
    "other args", "other arguments", "other params", "other parameters", "raises", "exceptions",
    "returns", "yields", "receives", "examples", "attributes", "functions", "methods",
    "classes", "modules", "type aliases", "warns", "warnings", "deprecated",
})  # fmt: skip


def _objects(obj: griffe.Object) -> Iterator[griffe.Object]:
    yield obj
    for member in obj.members.values():
        if not member.is_alias:
            yield from _objects(member)  # type: ignore[arg-type]


def _resolve(obj: griffe.Object, name: str) -> str | None:
    name = name.strip().lstrip(".").removesuffix("()")
    if name.startswith("quoteattr.") or name == "quoteattr":
        return name
    first, _, rest = name.partition(".")
    try:
        path = obj.resolve(first)
    except Exception:  # noqa: BLE001 - any failure means "not ours": render as code
        return None
    return f"{path}.{rest}" if rest else path


def _role(obj: griffe.Object, m: regex.Match[str]) -> str:
    target = m["target"] or m["body"]
    title = m["body"].strip() if m["target"] else target.strip()
    if m["tilde"]:
        title = title.rsplit(".", 1)[-1]
    code = f"<code>{html.escape(title)}</code>"
    path = _resolve(obj, target)
    if path is None:
        return code
    return f'<autoref identifier="{html.escape(path)}" optional>{code}</autoref>'


def _fence_doctests(text: str) -> str:
    lines = text.split("\n")
    out: list[str] = []
    section: str | None = None
    i = 0
    while i < len(lines):
        line = lines[i]
        header = _SECTION.match(line)
        if header:
            section = header["name"].lower()
        elif line.strip() and not line[0].isspace():
            section = None  # back in the free text
        stripped = line.lstrip()
        if stripped.startswith(">>>") and section not in _GOOGLE_SECTIONS:
            indent = len(line) - len(stripped)
            block = []
            while i < len(lines) and lines[i].strip():
                block.append(lines[i][indent:] if lines[i][:indent].isspace() else lines[i].lstrip())
                i += 1
            if out and out[-1].strip():
                out.append("")
            out += ["```pycon", *block, "```", ""]
            continue
        out.append(line)
        i += 1
    return "\n".join(out)


class SphinxRoles(griffe.Extension):
    """Rewrite Sphinx roles and bare doctests in every docstring of the loaded package."""

    def on_package(self, *, pkg: griffe.Module, **kwargs: Any) -> None:
        """Called by griffe once the package is loaded."""
        for obj in _objects(pkg):
            doc = obj.docstring
            if doc is None:
                continue
            value = _ROLE.sub(lambda m, obj=obj: _role(obj, m), doc.value)
            if ">>>" in value:
                value = _fence_doctests(value)
            if value != doc.value:
                doc.value = value
