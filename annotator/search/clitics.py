"""Arabic proclitics a word may carry: و ف (and, so), ب ك ل (with, like, for), ال (the).

Our tokenizer keeps clitics attached (``والمغرب`` is one token, docs/decisions/0003), so a
whole-word search "with clitics" accepts a match that starts after one of these prefixes inside
its token; the match reported covers the word only. ل + ال is written لل (the alef drops):
``للمغرب`` holds ``المغرب`` as ``ل`` + ``لمغرب``, so a query starting with ال also matches the
``ل…`` after a ل prefix (``FUSED_ARTICLE``).
"""

from __future__ import annotations

import re

__all__ = ["ARTICLE", "FUSED_PREFIXES", "is_prefix"]

ARTICLE = "\u0627\u0644"  # ال
# A conjunction, then a preposition or the article or both (folded text: أ is already ا).
_PREFIX = re.compile(
    "[\u0648\u0641]?(?:[\u0628\u0643]?\u0627\u0644|\u0644\u0644|[\u0628\u0643\u0644])?"
)
# Before the ل that stands for ال in لل: ل, ول, فل.
FUSED_PREFIXES = frozenset({"\u0644", "\u0648\u0644", "\u0641\u0644"})


def is_prefix(folded: str) -> bool:
    """Whether ``folded`` (folded text, normalize.fold) is a whole clitic prefix (و، بال، ولل…)."""
    return bool(folded) and _PREFIX.fullmatch(folded) is not None
