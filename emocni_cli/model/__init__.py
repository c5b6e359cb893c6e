"""The records and settings as pydantic models, and the values, vocabularies and terms they use.

The modules that define models do not use `from __future__ import annotations`: with it, pydantic
evaluates every field's annotation from its text when the model is made, ~8 ms of every start
(tests/release/test_fast_start.py keeps it so)."""
