"""Arabic-aware search: folding with exact offsets back, whole words with clitics, label-all.

Qt-free and storage-free: it works on ``Document`` values and plain iterables; the CLI
(annotator.commands.search) and the window bring the corpus.
"""

from annotator.search.matcher import Match, Matcher, SearchError, SearchOptions
from annotator.search.normalize import Normalised, fold, normalise

__all__ = ["Match", "Matcher", "Normalised", "SearchError", "SearchOptions", "fold", "normalise"]
