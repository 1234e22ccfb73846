"""Which right-to-left writing a document is in (the window's font choice follows it)."""

from __future__ import annotations

from annotator.text.script import writing_of


def test_writing_of_each_script() -> None:
    assert writing_of("زار محمد القاهرة") == "arabic"
    assert writing_of("این یک کتاب است") == "persian"  # Persian kaf and yeh
    assert writing_of("یہ ایک کتاب ہے") == "urdu"  # ہ ے
    assert writing_of("שלום עולם, hello") == "hebrew"
    assert writing_of("Hello, world 123 🇲🇦") == "other"
    assert writing_of("") == "other"


def test_writing_of_mixed_text_goes_by_the_majority_of_the_sample() -> None:
    assert writing_of("שלום " + "مرحبا بكم في المغرب") == "arabic"
    assert writing_of("x" * 10 + "שלום", sample=10) == "other"
