"""Team projects without a server: split, merge, agreement, adjudication, git merges, plots.

A layer above storage and below formats (tests/core/test_layers.py); Qt-free. See
docs/decisions/0018-team-projects.md for the record shapes and the definitions.
"""
