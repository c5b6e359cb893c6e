"""The Jinja environment a document template runs in. A template is untrusted input (--template
may be a file from anyone), so on top of Jinja's sandbox (no `_attributes`, no unsafe calls):

- autoescaping stays on: what would switch it off or pass text as raw XML (`|safe`, `|urlize`,
  `{% autoescape %}`) is refused before anything renders, and so is reaching for other files
  (`{% include %}`, `{% import %}`, `{% extends %}`) or for the template itself (`self`);
- the only global is a short `range`;
- work is bounded: loop iterations and calls share one budget per document, `*` and `**` may not
  make huge numbers, texts or lists, and values, filter results and the output have a size limit.

Every refusal is a TemplateRefused: a Polish sentence and the paragraphs of the template where
it happened. jinja2 is imported here at module level: import this module only inside functions."""

from __future__ import annotations

import html
import math
import re
from collections.abc import Callable, Iterable, Iterator
from itertools import compress
from typing import Any

from jinja2 import StrictUndefined, nodes, pass_context, pass_environment
from jinja2.exceptions import TemplateError
from jinja2.runtime import Markup  # as compiled templates import it
from jinja2.sandbox import ImmutableSandboxedEnvironment

MAX_STEPS = 50_000  # loop iterations and calls in one document (a plan needs a few hundred)
MAX_RANGE = 1_000  # elements of one range()
MAX_TEXT = 1_000_000  # characters (or elements) of one value
MAX_OUTPUT = 20_000_000  # characters of XML made for one document (a plan makes about 50 000)
MAX_INT_BITS = 4_000  # a number of about 1200 digits

_NESTED = frozenset({str, Markup, list, tuple, dict, set, frozenset})  # values _weight looks into
_STEPS = "_emocni_steps"  # the filter every loop's iterable goes through
_SIZED = "_emocni_sized"  # the filter every {% set %} value goes through

# Methods of a text that make a new text of the size given as an argument.
_SIZED_METHODS = {"center", "ljust", "rjust", "zfill", "expandtabs"}
_FORMAT_WIDTH = re.compile(r"%[-#0 +]*(\d+|\*)?(?:\.(\d+|\*))?|\{[^{}]*:[^{}\d]*(\d+)")
_NESTED_WIDTH = re.compile(r"\{[^{}]*:[^{}]*\{")  # '{:{}}'.format(x, width)
_RAW_FILTERS = {"safe", "urlize"}  # would put text into the XML unescaped


class TemplateRefused(TemplateError):
    """What a template may not do, in Polish, and the paragraphs (text) where it does it."""

    def __init__(self, problem: str, places: Iterable[str] = ()) -> None:
        super().__init__(problem)
        self.problem = problem
        self.places = list(dict.fromkeys(places))


def paragraph_at(source: str | None, lineno: int | None, limit: int | None = 80) -> str:
    """The text of the template line `lineno`: docxtpl puts every paragraph (<w:p>) on its own
    line before Jinja sees it, so this is the paragraph as the user sees it in Word."""
    lines = (source or "").splitlines()
    if not lineno or not 0 < lineno <= len(lines):
        return ""
    text = " ".join(html.unescape(re.sub(r"<[^>]+>", "", lines[lineno - 1])).split())
    return text if limit is None or len(text) <= limit else text[: limit - 1] + "…"


def split_paragraphs(xml: str) -> str:
    """Template XML with every paragraph on its own line, as docxtpl renders it."""
    return re.sub(r"<w:p([ >])", r"\n<w:p\1", xml)


# --- what a template may not contain ------------------------------------------------------------


def _forbidden(node: nodes.Node) -> str | None:
    """Why a node is not allowed, in Polish; None for an allowed one."""
    if isinstance(node, nodes.Filter) and node.name in _RAW_FILTERS:
        return f"filtr |{node.name} (wstawiłby tekst jako kod dokumentu i mógłby go uszkodzić)"
    if isinstance(node, nodes.EvalContextModifier):
        return "znacznik {% autoescape %} (wyłącza ochronę znaków & < > w danych)"
    if isinstance(node, nodes.Include | nodes.Import | nodes.FromImport | nodes.Extends):
        return "dołączanie innych plików ({% include %}, {% import %}, {% extends %})"
    if isinstance(node, nodes.Name) and node.name == "self" and node.ctx == "load":
        return "odwołanie do samego szablonu (self)"
    return None


def _refuse_forbidden(tree: nodes.Template, source: str) -> None:
    found: dict[str, list[str]] = {}
    for node in tree.find_all(nodes.Node):
        why = _forbidden(node)
        if isinstance(node, nodes.Const) and isinstance(node.value, float) and not math.isfinite(node.value):
            why = "liczba spoza zakresu (np. 1e400)"
        if why:
            found.setdefault(why, []).append(paragraph_at(source, node.lineno))
    if found:
        places = [place for why in found.values() for place in why if place]
        raise TemplateRefused("używa niedozwolonych konstrukcji: " + "; ".join(found) + ".", places)


# --- bounds -------------------------------------------------------------------------------------

_LONG = "tworzy zbyt długi tekst lub listę (ponad milion znaków lub elementów)."
_HUGE_NUMBER = "tworzy zbyt dużą liczbę (ponad tysiąc cyfr)."
_NOT_FINITE = "oblicza liczbę spoza zakresu (nieskończoność albo „nie-liczbę”)."
_HUGE_SIZE = "podaje zbyt dużą szerokość, długość lub liczbę powtórzeń (ponad milion)."


def _weight(value: Any, budget: int = MAX_TEXT) -> int:
    """About how many characters the value makes as text: a text's length, a list's elements
    counted all the way down (a list of a million references to one big list is huge when
    printed). Stops counting once over `budget`; the scan for nested values runs in C."""
    if isinstance(value, str):
        return len(value)
    if not isinstance(value, list | tuple | dict | set | frozenset):
        return 1
    total = len(value)
    items = list(value.values()) if isinstance(value, dict) else value
    nested = compress(items, map(_NESTED.__contains__, map(type, items))) if total <= budget else ()
    for item in nested:
        total += _weight(item, budget - total)
        if total > budget:
            break
    return total


def _check_size(value: Any) -> Any:
    """The value itself, unless it is a text, list or number too big for any document."""
    if isinstance(value, str | list | tuple | dict) and len(value) > MAX_TEXT:
        raise TemplateRefused(_LONG)
    if isinstance(value, int) and value.bit_length() > MAX_INT_BITS:
        raise TemplateRefused(_HUGE_NUMBER)
    if isinstance(value, float) and not math.isfinite(value):
        raise TemplateRefused(_NOT_FINITE)
    return value


def _check_sizes(values: Iterable[Any]) -> None:
    """Numbers given as a width, length or count."""
    for value in values:
        if isinstance(value, int | float) and abs(value) > MAX_TEXT:
            raise TemplateRefused(_HUGE_SIZE)


def _bounded_range(*args: int) -> range:
    numbers = range(*args)
    if len(numbers) > MAX_RANGE:
        raise TemplateRefused(f"używa range() z ponad {MAX_RANGE} liczbami.")
    return numbers


def _product_size(left: Any, right: Any) -> None:
    """Refuse a `*` that would make a huge text, list or number, before computing it."""
    for seq, times in ((left, right), (right, left)):
        if isinstance(seq, str | list | tuple) and isinstance(times, int):
            if _weight(seq) * max(times, 0) > MAX_TEXT:
                raise TemplateRefused(_LONG)
            return
    both_numbers = isinstance(left, int) and isinstance(right, int)
    if both_numbers and left.bit_length() + right.bit_length() > MAX_INT_BITS:
        raise TemplateRefused(_HUGE_NUMBER)


def _sum_size(left: Any, right: Any) -> None:
    """Refuse a `+` of texts or lists whose result would be huge, before computing it."""
    sequences = isinstance(left, str | list | tuple) and isinstance(right, str | list | tuple)
    if sequences and _weight(left) + _weight(right) > MAX_TEXT:
        raise TemplateRefused(_LONG)


def _power_size(base: Any, exponent: Any) -> None:
    if not (isinstance(base, int) and isinstance(exponent, int)):
        return  # floats overflow quickly on their own (OverflowError)
    if abs(base) > 1 and exponent * base.bit_length() > MAX_INT_BITS:
        raise TemplateRefused(_HUGE_NUMBER)


def _replace_size(text: Any, old: Any = None, new: Any = None, count: Any = None) -> None:
    if not all(isinstance(v, str) for v in (text, old, new)):
        return
    times = len(text) + 1 if old == "" else text.count(old)
    if isinstance(count, int) and count >= 0:
        times = min(times, count)
    if len(text) + times * (len(new) - len(old)) > MAX_TEXT:
        raise TemplateRefused(_LONG)


def _join_size(items: Any, separator: Any) -> None:
    sized = isinstance(separator, str) and hasattr(items, "__len__")
    if sized and max(len(items) - 1, 0) * len(separator) > MAX_TEXT:
        raise TemplateRefused(_LONG)


def _wrap_size(text: Any, width: Any, wrapstring: Any) -> None:
    """text|wordwrap(width, …, wrapstring) puts wrapstring between at most this many pieces."""
    if not isinstance(text, str) or not isinstance(wrapstring, str) or not isinstance(width, int):
        return
    pieces = len(text) // max(width, 1) + len(text.split()) + text.count("\n") + 1
    if len(text) + pieces * len(wrapstring) > MAX_TEXT:
        raise TemplateRefused(_LONG)


def _indent_size(text: Any, width: Any) -> None:
    """text|indent("…") puts that text before every line."""
    prefixed = isinstance(text, str) and isinstance(width, str)
    if prefixed and len(text) + (text.count("\n") + 1) * len(width) > MAX_TEXT:
        raise TemplateRefused(_LONG)


def _format_size(spec: Any, args: Iterable[Any]) -> None:
    """'%10000000s'|format(…), '%*s' % (…), '{:>10000000}'.format(…): widths in the format."""
    if not isinstance(spec, str):
        return
    for match in _FORMAT_WIDTH.finditer(spec):
        widths = [w for w in match.groups() if w]
        if "*" in widths:
            _check_sizes(args)
        _check_sizes(int(w) for w in widths if w != "*")
    if _NESTED_WIDTH.search(spec):
        _check_sizes(args)


# Filters whose arguments are sizes (widths, lengths, counts), by the name of the argument.
_SIZE_ARGUMENTS = {
    "center": ("width",),
    "indent": ("width",),
    "wordwrap": ("width",),
    "truncate": ("length", "leeway"),
    "batch": ("linecount",),
    "slice": ("slices",),
}


def _check_filter(name: str, a: dict[str, Any]) -> None:
    """Refuse a filter call whose result would be huge, before it runs. `a`: its arguments."""
    _check_sizes(a[key] for key in _SIZE_ARGUMENTS.get(name, ()))
    if name == "wordwrap":
        _wrap_size(a["s"], a["width"], a["wrapstring"])
    elif name == "indent":
        _indent_size(a["s"], a["width"])
    elif name == "join":
        _join_size(a["value"], a["d"])
    elif name == "replace":
        _replace_size(a["s"], a["old"], a["new"], a["count"])
    elif name == "format":
        _format_size(a["value"], [*a["args"], *a["kwargs"].values()])


def _wrap_filter(name: str, function: Callable[..., Any]) -> Callable[..., Any]:
    """The filter with its arguments checked before, and its result after."""
    import inspect
    from functools import wraps

    signature = inspect.signature(function)
    checked = name in _SIZE_ARGUMENTS or name in {"join", "replace", "format"}
    # Jinja's async-capable filters (slice, join, …) take the evaluation context first, but
    # their signature is that of the plain function without it: skip it when binding.
    passes = [getattr(f, "jinja_pass_arg", None) for f in (function, inspect.unwrap(function))]
    skip = int(passes[0] is not None and passes[1] is None)

    @wraps(function)
    def bounded(*args: Any, **kwargs: Any) -> Any:
        if checked:
            arguments = signature.bind(*args[skip:], **kwargs)
            arguments.apply_defaults()
            _check_filter(name, arguments.arguments)
        return _check_size(function(*args, **kwargs))

    return bounded


class _Sandbox(ImmutableSandboxedEnvironment):
    intercepted_binops = frozenset({"*", "**", "%", "+"})

    def __init__(self) -> None:
        super().__init__(autoescape=True, undefined=StrictUndefined, finalize=_charge_output)
        self.globals = {"range": _bounded_range}
        allowed = {k: v for k, v in self.filters.items() if k not in _RAW_FILTERS}
        self.filters = {name: _wrap_filter(name, f) for name, f in allowed.items()}
        self.filters[_STEPS] = _counted
        self.filters[_SIZED] = _sized
        self.steps = 0
        self.output = 0
        self.source: str | None = None  # of the part parsed last: where a runtime error happened

    def _parse(self, source: str, name: str | None, filename: str | None) -> nodes.Template:
        """Every parse (the placeholder check and the rendering) refuses forbidden constructs."""
        self.source = source
        tree = super()._parse(source, name, filename)
        _refuse_forbidden(tree, source)
        return tree

    def compile(self, source: Any, name: str | None = None, filename: str | None = None, **kw: Any) -> Any:
        """Only what runs gets its loops and {% set %} values bounded (the placeholder check reads
        the tree as written)."""
        if isinstance(source, str):
            source = _bounded_tree(self._parse(source, name, filename))
            source.set_environment(self)
        return super().compile(source, name, filename, **kw)

    def spend(self) -> None:
        self.steps += 1
        if self.steps > MAX_STEPS:
            raise TemplateRefused(
                f"wykonuje zbyt wiele powtórzeń pętli lub wywołań (ponad {MAX_STEPS}) — "
                "czy pętle nie są zagnieżdżone zbyt głęboko?"
            )

    def write(self, size: int) -> None:
        """Count output: every {{ … }} when made (in macros and {% set %} blocks too), and all
        the text of a part as it is joined."""
        self.output += size
        if self.output > MAX_OUTPUT:
            raise TemplateRefused(
                "daje zbyt duży dokument (ponad 20 milionów znaków) — "
                "czy pętle nie są zagnieżdżone zbyt głęboko?"
            )

    def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
        if operator == "*":
            _product_size(left, right)
        elif operator == "+":
            _sum_size(left, right)
        elif operator == "**":
            _power_size(left, right)
        else:  # % : a number's remainder, or old-style text formatting
            _format_size(left, right if isinstance(right, tuple) else [right])
        return _check_size(super().call_binop(context, operator, left, right))

    def call(self, context: Any, obj: Any, /, *args: Any, **kwargs: Any) -> Any:
        """Every call (a macro, loop(…), a method) is a step; its arguments and result are sized."""
        self.spend()
        values = [*args, *kwargs.values()]
        for value in values:
            _check_size(value)
        name = getattr(obj, "__name__", "")
        owner = getattr(getattr(obj, "__wrapped__", obj), "__self__", None)
        if isinstance(owner, str):
            if name in _SIZED_METHODS:
                _check_sizes(values)
            elif name == "replace":
                _replace_size(owner, *args[:3])
            elif name == "join" and args:
                _join_size(args[0], owner)
            elif name in {"format", "format_map"}:
                _format_size(owner, values)
        return _check_size(super().call(context, obj, *args, **kwargs))

    def concat(self, chunks: Iterable[str]) -> str:  # type: ignore[override]
        """A document part's output, stopped as soon as it grows too big."""
        out = []
        for chunk in chunks:
            self.write(len(chunk))
            out.append(chunk)
        return "".join(out)


@pass_environment
def _charge_output(env: _Sandbox, value: Any) -> Any:
    """Every {{ … }} counts towards the output, inside macros and {% set %} blocks too; a list
    is weighed before it becomes text."""
    weight = _weight(value)
    if weight > MAX_TEXT:
        raise TemplateRefused(_LONG)
    env.write(weight + 16)
    return _check_size(value)


@pass_context
def _counted(context: Any, items: Any) -> Iterator[Any]:
    """A loop's iterable, each element counted against the document's budget of steps."""
    env = context.environment
    for item in items:
        env.spend()
        yield item


@pass_context  # not folded into a constant when the template compiles
def _sized(context: Any, value: Any) -> Any:
    return _check_size(value)


def _bounded_tree(tree: nodes.Template) -> nodes.Template:
    """Every loop (and recursive loop(…) call) iterates through the step filter; every {% set %}
    value passes the size filter."""

    def through(filter_name: str, node: nodes.Expr | None, lineno: int) -> nodes.Filter:
        return nodes.Filter(node, filter_name, [], [], None, None, lineno=lineno)

    for loop in tree.find_all(nodes.For):
        loop.iter = through(_STEPS, loop.iter, loop.lineno)
    for call in tree.find_all(nodes.Call):
        if isinstance(call.node, nodes.Name) and call.node.name == "loop" and call.args:
            call.args[0] = through(_STEPS, call.args[0], call.lineno)
    for assign in tree.find_all(nodes.Assign):
        assign.node = through(_SIZED, assign.node, assign.lineno)
    for block in tree.find_all(nodes.AssignBlock):
        block.filter = through(_SIZED, block.filter, block.lineno)
    return tree


def environment() -> _Sandbox:
    """A fresh environment for one document: steps and output are counted per document."""
    return _Sandbox()
