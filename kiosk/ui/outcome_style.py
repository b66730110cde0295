"""How each check-in outcome looks and sounds: words, colour, icon glyph and sound, together.

The domain returns an Outcome; this module is where the UI chooses what a volunteer sees and
hears for it. Every outcome differs in text and icon as well as colour, so nobody has to tell
red from green. Texts are looked up at call time, so a language switch takes effect at once.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import QCoreApplication

from kiosk.domain.outcome import Outcome
from kiosk.storage.errors import Problem
from kiosk.texts import shown
from kiosk.ui.theme import tokens

translate = QCoreApplication.translate


class Tone(StrEnum):
    """The colour families of the banner (each comes with its own icon and sound)."""

    READY = "ready"
    GOOD = "good"
    REPEAT = "repeat"
    WARN = "warn"
    BAD = "bad"
    INFO = "info"


# background, text colour: the theme's (the banner shows them through `#ResultBanner[tone=...]`)
COLOURS: dict[Tone, tuple[str, str]] = {tone: tokens.BANNER[tone.value] for tone in Tone}

STORAGE_FAILED = "storage_failed"  # not a domain outcome: nothing was recorded


@dataclass(frozen=True)
class OutcomeStyle:
    """What the banner shows for one kind of result."""

    key: str  # the Outcome value, "storage_failed" or "ready"
    tone: Tone
    glyph: str
    sound: str  # a name of kiosk.resources.SOUND_NAMES, or "" for silence
    title: str
    advice: str

    @property
    def background(self) -> str:
        return COLOURS[self.tone][0]

    @property
    def foreground(self) -> str:
        return COLOURS[self.tone][1]


# key -> (tone, glyph, sound); the texts come from _texts() so they are translated on demand.
_LOOKS: dict[str, tuple[Tone, str, str]] = {
    "ready": (Tone.READY, "▣", ""),
    Outcome.ACCEPTED: (Tone.GOOD, "✔", "accepted"),
    Outcome.WALK_IN_REGISTERED: (Tone.GOOD, "✔", "accepted"),
    Outcome.ALREADY_CHECKED_IN: (Tone.REPEAT, "↻", "warning"),
    Outcome.NOT_OPEN_YET: (Tone.WARN, "◷", "warning"),
    Outcome.MALFORMED: (Tone.WARN, "?", "warning"),
    Outcome.WRONG_EVENT: (Tone.WARN, "⚠", "error"),
    Outcome.UNKNOWN_ATTENDEE: (Tone.BAD, "✘", "error"),
    Outcome.INVALID_SIGNATURE: (Tone.BAD, "✘", "error"),
    Outcome.REVOKED: (Tone.BAD, "✘", "error"),
    Outcome.UNDONE: (Tone.INFO, "↶", "warning"),
    STORAGE_FAILED: (Tone.BAD, "✘", "error"),
}


def _texts(key: str) -> tuple[str, str]:
    """(title, advice) in the current language. The title of an outcome is the catalog's word
    for it (kiosk/texts/), the same the command line prints; the advice is the banner's own."""
    if key == "ready":
        return (
            translate("OutcomeStyle", "Show your QR code to the camera"),
            translate("OutcomeStyle", "No ticket? Tap “Find by name” below."),
        )
    if key == Outcome.ACCEPTED:
        return (
            shown(Outcome.ACCEPTED),
            translate("OutcomeStyle", "Welcome. Please go in."),
        )
    if key == Outcome.WALK_IN_REGISTERED:
        return (
            shown(Outcome.WALK_IN_REGISTERED),
            translate("OutcomeStyle", "Welcome. Please go in."),
        )
    if key == Outcome.ALREADY_CHECKED_IN:
        return (
            shown(Outcome.ALREADY_CHECKED_IN),
            translate("OutcomeStyle", "They may go in. No need to scan again."),
        )
    if key == Outcome.NOT_OPEN_YET:
        return (
            shown(Outcome.NOT_OPEN_YET),
            translate("OutcomeStyle", "Please come back when check-in opens."),
        )
    if key == Outcome.MALFORMED:
        return (
            shown(Outcome.MALFORMED),
            translate("OutcomeStyle", "Show the QR code of the event ticket."),
        )
    if key == Outcome.WRONG_EVENT:
        return (
            shown(Outcome.WRONG_EVENT),
            translate("OutcomeStyle", "Ask for today's ticket, or find the person by name."),
        )
    if key == Outcome.UNKNOWN_ATTENDEE:
        return (
            shown(Outcome.UNKNOWN_ATTENDEE),
            translate("OutcomeStyle", "Find the person by name, or register a walk-in."),
        )
    if key == Outcome.INVALID_SIGNATURE:
        return (
            shown(Outcome.INVALID_SIGNATURE),
            translate("OutcomeStyle", "Do not admit on this ticket. Find the person by name."),
        )
    if key == Outcome.REVOKED:
        return (
            shown(Outcome.REVOKED),
            translate(
                "OutcomeStyle", "A newer ticket was issued. Ask for it, or find the person by name."
            ),
        )
    if key == Outcome.UNDONE:
        return shown(Outcome.UNDONE), ""
    if key == STORAGE_FAILED:
        return (
            translate("OutcomeStyle", "NOT RECORDED — please scan again"),
            translate("OutcomeStyle", "Nothing was saved. If it happens again, call the operator."),
        )
    raise KeyError(key)


def style_for(key: Outcome | str) -> OutcomeStyle:
    """The look of an outcome (or of "ready" / STORAGE_FAILED), texts in the current language."""
    name = str(key)
    tone, glyph, sound = _LOOKS[name]
    title, advice = _texts(name)
    return OutcomeStyle(name, tone, glyph, sound, title, advice)


def storage_problem_text(problem: Problem) -> str:
    """What went wrong with the event file, in words an operator can act on."""
    if problem is Problem.DISK_FULL:
        return translate("OutcomeStyle", "The disk is full. Free some space.")
    if problem is Problem.LOCKED:
        return translate("OutcomeStyle", "Another program is using the event file.")
    if problem is Problem.READ_ONLY:
        return translate("OutcomeStyle", "The event file cannot be written (read-only).")
    if problem is Problem.IO_ERROR:
        return translate("OutcomeStyle", "The disk reported an error.")
    if problem is Problem.CORRUPT:
        return translate("OutcomeStyle", "The event file is damaged.")
    return translate("OutcomeStyle", "The event file could not be written.")
