"""The doctor's report in words: `[OK]   label: found`, and `→ advice` under anything not OK,
then a summary; from the values of kiosk.services.doctor (statuses, the catalog's keys)."""

from __future__ import annotations

from kiosk.services.doctor_checks import Check, Finding, Status, Words
from kiosk.texts import Say, text


def words(said: Words, say: Say = text, between: str = "") -> str:
    """The sentences one after the other; a value that is itself words is worded first."""
    return between.join(
        say(f.key, **{k: _value(v, say) for k, v in f.params.items()}) for f in said
    )


def found(check: Check, say: Say = text) -> str:
    return words(check.found, say)


def advice(check: Check, say: Say = text) -> str:
    return words(check.advice, say, " ")


def render(checks: list[Check], say: Say = text) -> str:
    """The report, a line per check (and one per advice), then the counts of FAIL and WARN."""
    lines = []
    for check in checks:
        mark = f"[{check.status.value}]".ljust(7)
        lines.append(f"{mark}{say('doctor_name_' + check.name)}: {found(check, say)}")
        if check.advice:
            lines.append(f"       → {advice(check, say)}")
    fails = sum(c.status is Status.FAIL for c in checks)
    warns = sum(c.status is Status.WARN for c in checks)
    lines.append("")
    lines.append(say("doctor_summary", fails=fails, warns=warns))
    return "\n".join(lines)


def _value(value: object, say: Say) -> object:
    if isinstance(value, tuple) and value and isinstance(value[0], Finding):
        return words(value, say)
    return value
