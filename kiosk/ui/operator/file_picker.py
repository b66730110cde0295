"""The kiosk's own file picker: USB sticks and folders, big rows, nothing but choosing.

The platform's file dialog is a window of its own with delete, rename and new-folder acts, and
it outlives operator mode. This picker is a child widget covering the operator page that asked
(so it hides with operator mode), starts at the removable drives, lists folders and only the
files of the kind asked for (never hidden ones), and goes up no further than the drive it is
on. Operator mode cancels it when it locks. Taps within a double tap of its opening or of a
move to another folder are ignored, so the second tap of the tap that opened it chooses nothing.
Where it starts and what a folder shows are kiosk/ui/operator/file_places.py's (no Qt).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from enum import Enum
from functools import partial
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from kiosk.ui import touch
from kiosk.ui.operator.file_places import Root, listing, removable_roots
from kiosk.ui.taps import Clock, TapGuard

MAX_ENTRIES = 300  # a folder with more shows the first ones and says how many are left out
ROOTS_POLL_MS = 2000  # a stick plugged in while the drives are listed appears by itself
Move = tuple[str, Callable[[], None]]  # a row's text and where a tap on it goes


class Mode(Enum):
    FOLDER = "folder"  # the folder being shown is the answer
    FILE = "file"  # one file
    FILES = "files"  # one or more files


class FilePicker(QWidget):
    """Covers its parent while open; calls back with the chosen paths, or emits `cancelled`."""

    chosen = Signal(object)  # list[Path]
    cancelled = Signal()

    def __init__(
        self,
        parent: QWidget,
        roots: Callable[[], list[Root]] = removable_roots,
        clock: Clock = time.monotonic,
    ) -> None:
        super().__init__(parent)
        self._page = parent
        self.roots_source = roots
        self.taps = TapGuard(clock)
        self.mode = Mode.FOLDER
        self.suffixes: tuple[str, ...] = ()
        self.root: Root | None = None  # None: the drives are listed
        self.folder: Path | None = None
        self.selected: list[Path] = []
        self.rows: list[QPushButton] = []
        self._done: Callable[[list[Path]], object] | None = None
        self._title = ""
        self._problem = ""
        self._poll = QTimer(self)
        self._poll.setInterval(ROOTS_POLL_MS)
        self._poll.timeout.connect(self._on_poll)
        self.setObjectName("FilePicker")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self._build()
        parent.installEventFilter(self)
        self.hide()

    def _build(self) -> None:
        self.title = touch.label(30, bold=True)
        self.place = touch.label(22)
        self.up_button = touch.button(24, height=72)
        self.drives_button = touch.button(24, height=72)
        self.up_button.clicked.connect(self.taps.guarded(self._on_up))
        self.drives_button.clicked.connect(self.taps.guarded(self.show_roots))
        for small in (self.up_button, self.drives_button):
            small.setMinimumWidth(160)
            small.setMaximumWidth(240)
        top = QHBoxLayout()
        top.addWidget(self.place, 1)
        top.addWidget(self.up_button)
        top.addWidget(self.drives_button)
        self.list_widget = QWidget()
        self.list_column = QVBoxLayout(self.list_widget)
        self.list_column.setSpacing(8)
        self.list_column.addStretch(1)
        self.status = touch.label(22)
        self.cancel_button = touch.button(28, tone=touch.MUTED, height=88)
        self.choose_button = touch.button(28, tone=touch.INFO, height=88)
        self.cancel_button.clicked.connect(self.taps.guarded(self.cancel))
        self.choose_button.clicked.connect(self.taps.guarded(self._on_choose))
        bottom = QHBoxLayout()
        bottom.setSpacing(24)
        bottom.addWidget(self.cancel_button)
        bottom.addWidget(self.choose_button)
        column = QVBoxLayout(self)
        column.setContentsMargins(20, 16, 20, 16)
        column.addWidget(self.title)
        column.addLayout(top)
        column.addWidget(touch.scroll_area(self.list_widget), 1)
        column.addWidget(self.status)
        column.addLayout(bottom)

    # -- opening and closing ---------------------------------------------------------------

    def ask(
        self,
        mode: Mode,
        title: str,
        done: Callable[[list[Path]], object],
        suffixes: Sequence[str] = (),
    ) -> None:
        """Show the drives over the parent page; `done(paths)` once the operator chooses."""
        self.mode, self._title, self._done = mode, title, done
        self.suffixes = tuple(s.lower() for s in suffixes)
        self.taps.hold()  # the second tap of the tap that opened it lands here
        self.setGeometry(self._page.rect())
        self.raise_()
        self.show()
        self.show_roots()

    @property
    def is_open(self) -> bool:
        return self._done is not None

    def cancel(self) -> None:
        """Close without an answer (the operator said no, or operator mode locked)."""
        was_open = self.is_open
        self._close()
        if was_open:
            self.cancelled.emit()

    def _close(self) -> None:
        self._done = None
        self._poll.stop()
        self.hide()

    def _on_choose(self) -> None:
        answer = [self.folder] if self.mode is Mode.FOLDER and self.folder else self.selected
        done = self._done
        if not answer or done is None:
            return
        self._close()
        self.chosen.emit(list(answer))
        done(list(answer))

    # -- moving around ---------------------------------------------------------------------

    def show_roots(self) -> None:
        self.root, self.folder, self.selected = None, None, []
        self._problem = ""
        roots = self.roots_source()
        self._fill([(r.label, partial(self._enter, r, r.path)) for r in roots])
        self._poll.start()
        self._word()

    def open_folder(self, folder: Path) -> None:
        """Show `folder` (a tap on a folder row, or a test going straight there)."""
        root = self.root or next((r for r in self.roots_source() if _within(folder, r.path)), None)
        if root is not None:
            self._enter(root, folder)

    def _enter(self, root: Root, folder: Path) -> None:
        self._poll.stop()
        self.root, self.folder, self.selected = root, folder, []
        try:
            folders, files = listing(folder, self.suffixes if self.mode is not Mode.FOLDER else ())
            self._problem = ""
        except OSError:
            folders, files = [], []
            self._problem = self.tr("This folder cannot be read.")
        moves = [(f"{p.name}  ›", partial(self._enter, root, p)) for p in folders]
        left_out = max(0, len(moves) + len(files) - MAX_ENTRIES)
        self._fill(moves[:MAX_ENTRIES], files[: max(0, MAX_ENTRIES - len(moves))])
        if left_out:
            more = self.tr("{count} more not shown.").format(count=left_out)
            self._problem = (self._problem + " " + more).strip()
        self._word()

    def _on_up(self) -> None:
        if self.root is None or self.folder is None:
            return
        if self.folder == self.root.path or not _within(self.folder.parent, self.root.path):
            self.show_roots()
        else:
            self._enter(self.root, self.folder.parent)

    def _toggle(self, path: Path) -> None:
        if path in self.selected:
            self.selected.remove(path)
        elif self.mode is Mode.FILES:
            self.selected.append(path)
        else:
            self.selected = [path]
        for row in self.rows:
            if row.isCheckable():
                row.setChecked(Path(str(row.property("path"))) in self.selected)
        self._word()

    def _fill(self, moves: Sequence[Move], files: Sequence[Path] = ()) -> None:
        for old in self.rows:
            old.hide()
            old.deleteLater()
        self.rows = []
        for text, action in moves:
            self._add_row(text).clicked.connect(_moving(self.taps, action))
        for path in files:
            row = self._add_row(path.name)
            row.setCheckable(True)
            row.setProperty("path", str(path))
            row.clicked.connect(self.taps.guarded(partial(self._toggle, path)))

    def _add_row(self, text: str) -> QPushButton:
        row = touch.button(24, height=72)
        row.setProperty("role", "row")  # a row of a list, as a found person is
        row.setText(text)
        self.list_column.insertWidget(len(self.rows), row)
        self.rows.append(row)
        return row

    def row_texts(self) -> list[str]:
        """The rows shown (tests read these)."""
        return [row.text() for row in self.rows]

    def row(self, text: str) -> QPushButton:
        return next(r for r in self.rows if r.text().removesuffix("  ›") == text)

    def _on_poll(self) -> None:
        if self.isVisible() and self.root is None:
            labels = [r.label for r in self.roots_source()]
            if labels != self.row_texts():
                self.show_roots()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self._page:
            self.setGeometry(self._page.rect())
        return False

    # -- words -----------------------------------------------------------------------------

    def _word(self) -> None:
        self.title.setText(self._title)
        self.up_button.setText(self.tr("Up"))
        self.drives_button.setText(self.tr("Drives"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.up_button.setEnabled(self.root is not None)
        self.drives_button.setEnabled(self.root is not None)
        if self.root is None or self.folder is None:
            self.place.setText(self.tr("Drives and folders"))
        else:
            parts = self.folder.relative_to(self.root.path).parts
            self.place.setText(" › ".join([self.root.label, *parts]))
        self.status.setText(self._problem or self._hint())
        self.choose_button.setText(self._choose_text())
        ready = bool(self.folder) if self.mode is Mode.FOLDER else bool(self.selected)
        self.choose_button.setEnabled(ready)

    def _hint(self) -> str:
        if self.root is None:
            if not self.rows:
                return self.tr("No USB stick found. Plug one in: it appears here by itself.")
            return self.tr("Tap a drive.")
        if self.mode is Mode.FOLDER:
            return self.tr("Open the folder to write to, then tap “Choose this folder”.")
        if not self.rows:
            return self.tr("No matching files here.")
        return self.tr("Tap the file to choose it.")

    def _choose_text(self) -> str:
        if self.mode is Mode.FOLDER:
            return self.tr("Choose this folder")
        if self.mode is Mode.FILES and self.selected:
            return self.tr("Choose {count} files").format(count=len(self.selected))
        return self.tr("Choose the file")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._word()
        super().changeEvent(event)


def _within(path: Path, root: Path) -> bool:
    return path == root or root in path.parents


def _moving(taps: TapGuard, action: Callable[[], None]) -> Callable[..., None]:
    """A tap on a folder row: moves only for an accepted tap, then deaf for a double tap (the
    next folder's rows appear under the finger)."""

    def run(*_args: object) -> None:
        if taps.accept():
            action()
            taps.hold()

    return run


class FileChooser:
    """Asks the operator for files and folders with the kiosk's picker over the asking page.

    Each question calls `done` with the answer, or never (cancelled, or operator mode locked).
    Tests pass one that answers by itself, or real roots and a clock.
    """

    def __init__(
        self, roots: Callable[[], list[Root]] = removable_roots, clock: Clock = time.monotonic
    ) -> None:
        self.roots = roots
        self.clock = clock

    def roster_file(self, parent: QWidget, done: Callable[[Path], object]) -> None:
        title = QCoreApplication.translate("FileChooser", "Choose the roster file")
        self._ask(parent, Mode.FILE, title, lambda p: done(p[0]), (".csv", ".xlsx"))

    def folder(self, parent: QWidget, done: Callable[[Path], object]) -> None:
        title = QCoreApplication.translate("FileChooser", "Choose a folder")
        self._ask(parent, Mode.FOLDER, title, lambda p: done(p[0]))

    def event_files(self, parent: QWidget, done: Callable[[list[Path]], object]) -> None:
        title = QCoreApplication.translate("FileChooser", "Choose the other doors' event files")
        self._ask(parent, Mode.FILES, title, done, (".db",))

    def video_file(self, parent: QWidget, done: Callable[[Path], object]) -> None:
        title = QCoreApplication.translate("FileChooser", "Choose a video file")
        suffixes = (".mp4", ".avi", ".mkv", ".mov")
        self._ask(parent, Mode.FILE, title, lambda p: done(p[0]), suffixes)

    def _ask(
        self,
        parent: QWidget,
        mode: Mode,
        title: str,
        done: Callable[[list[Path]], object],
        suffixes: Sequence[str] = (),
    ) -> None:
        only_children = Qt.FindChildOption.FindDirectChildrenOnly
        picker = parent.findChild(FilePicker, "", only_children)
        if picker is None:
            picker = FilePicker(parent, self.roots, self.clock)
        picker.ask(mode, title, done, suffixes)


def close_pickers(widget: QWidget) -> None:
    """Cancel every picker open on `widget` or inside it (operator mode is locking)."""
    for picker in widget.findChildren(FilePicker):
        picker.cancel()
