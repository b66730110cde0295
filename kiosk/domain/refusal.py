"""A file refused: what the files and storage tiers raise when they will not use or write one.

A signing key that cannot be used (kiosk.files.keys.KeyRefused), an output target that would
land on a live file (kiosk.files.targets.TargetRefused), a copy that cannot be merged
(kiosk.storage.merge.MergeRefused): each carries the path, why (a value of its own enum) and a
detail for the log. The caller chooses the words (kiosk/wording); nothing was changed.
"""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Generic, TypeVar

Why = TypeVar("Why", bound=StrEnum)


class Refused(Exception, Generic[Why]):
    """`path` was not used or written; `problem` says why, `detail` what was found."""

    def __init__(self, problem: Why, path: Path, detail: str = "") -> None:
        super().__init__(f"{path}: {problem.value}" + (f" ({detail})" if detail else ""))
        self.problem = problem
        self.path = path
        self.detail = detail
