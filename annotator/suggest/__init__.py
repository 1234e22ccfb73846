"""Suggestion sources (pre-annotation), offline: a gazetteer, the corpus itself, a model.

Each gives ``Suggestion`` values for a ``Document``; ``annotator.suggestion_edits`` turns
them into edits (never over an annotation) and ``annotator suggest`` writes them into a
corpus. The spaCy model (annotator.suggest.model) is an optional extra, imported lazily.
"""
