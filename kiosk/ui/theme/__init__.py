"""One look for the whole kiosk: colour and size tokens, and one stylesheet made from them.

kiosk.app installs the stylesheet once on the QApplication (`install`); widgets never carry
colours. They take a look by object name or by a dynamic property the stylesheet keys on
(`QPushButton[role="filled"][tone="good"]`, `#ResultBanner[tone="bad"]`), and `set_look`
changes such a property and re-polishes, so the new look shows at once. The template is
kiosk.qss beside this module, with `{{ name }}` for the tokens of kiosk.ui.theme.tokens.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

from kiosk.ui.theme import tokens

TEMPLATE = Path(__file__).with_name("kiosk.qss")
_TOKEN = re.compile(r"\{\{\s*(\w+)\s*\}\}")
_NOTICE_PARTS = ("back", "text", "edge")


def token_values() -> dict[str, str]:
    """Every token by its template name: `GREEN` is {{ green }}, the parts of `NOTICE_WARN`
    are {{ notice_warn_back }}, {{ notice_warn_text }} and {{ notice_warn_edge }}."""
    found: dict[str, str] = {}
    for name, value in vars(tokens).items():
        if not name.isupper():
            continue
        if isinstance(value, str | int):
            found[name.lower()] = str(value)
        elif name.startswith("NOTICE_"):
            for part, colour in zip(_NOTICE_PARTS, value, strict=True):
                found[f"{name.lower()}_{part}"] = colour
    return found


def stylesheet() -> str:
    """The application stylesheet: the template with every token filled in."""
    known = token_values()

    def fill(match: re.Match[str]) -> str:
        name = match.group(1)
        if name not in known:
            raise KeyError(f"kiosk.qss names an unknown theme token: {name}")
        return known[name]

    return _TOKEN.sub(fill, TEMPLATE.read_text(encoding="utf-8"))


def install(app: QApplication) -> None:
    """The kiosk's look for every widget of `app` (once, before the windows are built)."""
    app.setStyleSheet(stylesheet())


def set_look(widget: QWidget, name: str, value: str, *, children: bool = False) -> None:
    """Set the dynamic property `name` the stylesheet keys on, and show the new look now.

    `children`: rules such as `#ResultBanner[tone="bad"] QLabel` style the widget's children
    too, so they are re-polished with it. Nothing happens when the value is already set.
    """
    if widget.property(name) == value:
        return
    widget.setProperty(name, value)
    style = widget.style()
    for target in [widget, *(widget.findChildren(QWidget) if children else [])]:
        style.unpolish(target)
        style.polish(target)
    widget.update()
