"""Files in and out, for the operator: import a roster, export attendance, merge doors, safe copy.

Each button asks for a file or folder, runs the job on the job thread (the door keeps working)
with a progress bar and, where stopping is safe, a Cancel button (a cancelled import, export,
merge or salvage has written nothing), and then says plainly what happened: how many rows,
which files were written, or, for a refused roster, every problem with its row number and the
reassurance that nothing was changed.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QGridLayout, QVBoxLayout, QWidget

from kiosk.domain.progress import Cancelled, Progress
from kiosk.domain.roster_plan import NeedsConfirmation, RosterPlan
from kiosk.files.keys import KeyRefused
from kiosk.files.roster import RosterError
from kiosk.files.roster_model import RosterFile
from kiosk.files.targets import TargetRefused
from kiosk.services import end_of_day, file_jobs
from kiosk.services.context import Context
from kiosk.services.door import KioskService
from kiosk.services.organizer import RosterReport
from kiosk.services.recovery import set_aside_copies
from kiosk.storage.errors import StorageError
from kiosk.storage.merge import MergeRefused
from kiosk.texts import shown
from kiosk.ui import touch
from kiosk.ui.operator.file_picker import FileChooser, close_pickers
from kiosk.ui.operator.job_progress import JobProgress
from kiosk.ui.operator.jobs import JobRunner
from kiosk.ui.operator.roster_confirm import RosterConfirmView
from kiosk.ui.outcome_style import storage_problem_text
from kiosk.ui.taps import TapGuard
from kiosk.wording.end_of_day import describe, describe_salvage
from kiosk.wording.roster import describe_all

__all__ = ["FileChooser", "FilesView"]


class FilesView(QWidget):
    """Four big buttons and one message area; the jobs run on a one-thread pool."""

    data_changed = Signal()  # the roster or the check-ins changed (import, merge)

    def __init__(
        self,
        service: KioskService,
        context: Context,
        chooser: FileChooser | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._context = context
        self.chooser = chooser or FileChooser()
        self.taps = TapGuard()  # one per page: a double tap starts one job, on one button
        self.jobs = JobRunner(self)
        self._intro = True
        self._build()
        self.retranslate()

    def _build(self) -> None:
        self.title = touch.label(touch.TITLE_PIXELS, bold=True, wrap=False)
        self.import_button = touch.button(tone=touch.INFO, height=88)
        self.export_button = touch.button(tone=touch.INFO, height=88)
        self.merge_button = touch.button(tone=touch.INFO, height=88)
        self.copy_button = touch.button(tone=touch.INFO, height=88)
        self.import_button.clicked.connect(self.taps.guarded(self._on_import))
        self.export_button.clicked.connect(self.taps.guarded(self._on_export))
        self.merge_button.clicked.connect(self.taps.guarded(self._on_merge))
        self.copy_button.clicked.connect(self.taps.guarded(self._on_copy))
        grid = QGridLayout()
        grid.setSpacing(14)
        buttons = (self.import_button, self.export_button, self.merge_button, self.copy_button)
        for index, button in enumerate(buttons):
            grid.addWidget(button, index // 2, index % 2)
        self.salvage_button = touch.button(tone=touch.BAD, height=88)
        self.salvage_button.clicked.connect(self.taps.guarded(self._on_salvage))
        grid.addWidget(self.salvage_button, 2, 0, 1, 2)
        self.progress = JobProgress()
        self.progress.cancel_requested.connect(self.jobs.cancel)
        self.jobs.progressed.connect(self.progress.advance)
        self.output = touch.label(22)
        self.output.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.output.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.output.setContentsMargins(12, 10, 12, 10)
        scroll = touch.scroll_area(self.output)
        column = QVBoxLayout(self)
        column.addWidget(self.title)
        column.addLayout(grid)
        column.addWidget(self.progress)
        column.addWidget(scroll, 1)
        self.confirm_view = RosterConfirmView(self)  # covers the page while it asks
        self.confirm_view.accepted.connect(self._on_changes_accepted)
        self.confirm_view.cancelled.connect(self._on_changes_cancelled)

    # -- the jobs --------------------------------------------------------------------------

    def _start(
        self,
        job: Callable[[Progress], object],
        done: Callable[[object], str],
        write: Callable[[object], object] | None = None,
        stopped: str = "",
    ) -> None:
        """`job` on the job thread (it only reads), then `write` with its result here, on the
        thread of the service's store (the one writer), then `done` words the outcome.
        `stopped` (a kiosk.texts key) says what a cancel left; without it, no Cancel button."""
        self.taps.hold()  # the second tap of the picker's or the question's last tap
        self._set_busy(True)
        self.progress.start(cancellable=bool(stopped))
        self._say(self.tr("Working… the door keeps working meanwhile."), touch.MUTED)
        self.jobs.run(job, lambda result, error: self._finish(result, error, done, write, stopped))

    def _finish(
        self,
        result: object,
        error: BaseException | None,
        done: Callable[[object], str],
        write: Callable[[object], object] | None = None,
        stopped: str = "",
    ) -> None:
        self._set_busy(False)
        self.progress.finish()
        if isinstance(error, Cancelled):
            self._say(shown(stopped), touch.MUTED)
            return
        if error is None and write is not None:
            try:
                result = write(result)
            except Exception as refused:  # shown like a job's failure; nothing was written
                error = refused
        if isinstance(error, NeedsConfirmation):
            self._say(self.tr("Waiting for your choice: nothing was changed yet."), touch.MUTED)
            self.confirm_view.ask(error.plan)
        elif error is None:
            self._say(done(result), touch.GOOD)
        else:
            self._say(self._failure(error), touch.BAD)

    def _failure(self, error: BaseException) -> str:
        if isinstance(error, RosterError):
            refused = self.tr("The roster was NOT imported; nothing was changed.")
            return refused + "\n" + describe_all(error.problems, shown)
        if isinstance(error, KeyRefused):  # a door's copy: serials are given in one place
            return self.tr(
                "The roster is imported on the organizer's PC, which holds the event's signing"
                " key. Nothing was changed."
            )
        if isinstance(error, StorageError):
            return storage_problem_text(error.problem)
        if isinstance(error, MergeRefused):
            return describe(error, shown)  # its sentence says nothing was merged
        if isinstance(error, TargetRefused):  # the chosen place would replace a live file
            return describe(error, shown)
        if isinstance(error, OSError):
            return self.tr("The file could not be written or read: {reason}").format(
                reason=error.strerror or str(error)
            )
        reason = describe(error, shown) if isinstance(error, Exception) else str(error)
        return self.tr("It did not work: {reason}").format(reason=reason)

    def _set_busy(self, busy: bool) -> None:
        for button in (self.import_button, self.export_button, self.merge_button, self.copy_button):
            button.setEnabled(not busy)
        self.salvage_button.setEnabled(not busy)

    def _on_import(self) -> None:
        self.chooser.roster_file(self, self._import)

    def _import(self, chosen: Path) -> None:
        self._roster_file = chosen
        self._start(
            lambda progress: file_jobs.read_roster(chosen, progress),
            self._imported,
            self._store_roster,
            "stopped_roster",
        )

    def _on_changes_accepted(self, plan: RosterPlan) -> None:
        chosen = self._roster_file
        self._start(
            lambda progress: file_jobs.read_roster(chosen, progress),
            self._imported,
            lambda parsed: self._store_roster(parsed, plan),
            "stopped_roster",
        )

    def _store_roster(self, parsed: object, confirmed: RosterPlan | None = None) -> RosterReport:
        assert isinstance(parsed, RosterFile)
        return file_jobs.import_roster(self._service, parsed, confirmed)

    def _on_changes_cancelled(self) -> None:
        self._say(self.tr("The roster was NOT imported; nothing was changed."), touch.MUTED)

    def _imported(self, result: object) -> str:
        assert isinstance(result, RosterReport)
        self.data_changed.emit()
        c = result.change
        text = self.tr(
            "Roster imported: {added} added, {updated} updated, {unchanged} unchanged,"
            " {removed} removed, {kept} kept because they already checked in."
        ).format(
            added=c.added,
            updated=c.updated,
            unchanged=c.unchanged,
            removed=c.removed,
            kept=c.kept_off_roster,
        )
        text += self._roster_ticket_news(c.returned, c.removed + c.kept_off_roster)
        if result.warnings:
            text += "\n" + describe_all(list(result.warnings), shown)
        return text

    def _roster_ticket_news(self, returned: int, left: int) -> str:
        news = ""
        if returned:
            news += "\n" + self.tr(
                "{count} people came back onto the roster: their old ticket stays revoked; the"
                " organizer issues new ones (kiosk tickets reissue SERIAL --out DIR)."
            ).format(count=returned)
        if left:
            news += "\n" + self.tr(
                "The tickets of the {count} people no longer on the roster were revoked."
            ).format(count=left)
        return news

    def _on_export(self) -> None:
        self.chooser.folder(self, self._export)

    def _export(self, folder: Path) -> None:
        event_file, kiosk_id = self._service.store.path, self._context.kiosk_id
        self._start(
            lambda progress: file_jobs.export_attendance(event_file, folder, kiosk_id, progress),
            self._exported,
            stopped="stopped_export",
        )

    def _exported(self, result: object) -> str:
        assert isinstance(result, file_jobs.Exported)
        lines = [self.tr("Attendance exported:")]
        for written in result.files:
            line = self.tr("{file} ({rows} rows)").format(file=written.path, rows=written.rows)
            lines.append(line)
        return "\n".join(lines)

    def _on_merge(self) -> None:
        self.chooser.event_files(self, self._merge)

    def _merge(self, sources: list[Path]) -> None:
        if sources:
            self._start_merge(sources, [])

    def _start_merge(self, sources: list[Path], damaged: list[Path]) -> None:
        event_file, identity = self._service.store.path, self._service.identity()
        self._start(
            lambda progress: file_jobs.read_merge_sources(
                event_file, identity, sources, damaged, progress
            ),
            self._merged,
            lambda read: file_jobs.merge(self._service, read),  # type: ignore[arg-type]
            "stopped_merge",
        )

    def _merged(self, result: object) -> str:
        assert isinstance(result, end_of_day.MergeReport)
        self.data_changed.emit()
        lines = [
            self.tr("{file}: {new} new rows, {present} already here").format(
                file=s.path.name, new=s.rows_new, present=s.rows_present
            )
            for s in result.sources
        ]
        for source in result.sources:
            if source.salvaged:
                lines += describe_salvage(source, shown)
        done = self.tr("Merged: {new} new check-in rows, {walk_ins} walk-ins added.")
        return "\n".join([done.format(new=result.rows_new, walk_ins=result.walk_ins_added), *lines])

    def _on_salvage(self) -> None:
        """The copies set aside at start-up: their rows whose checksums hold come back."""
        event_file = self._service.store.path
        damaged = set_aside_copies(event_file)
        if damaged:
            self._start_merge([], list(damaged))

    def _show_salvage(self) -> None:
        count = len(set_aside_copies(self._service.store.path))
        self.salvage_button.setVisible(count > 0)
        text = self.tr("Take back the rows of the damaged file set aside at start-up ({count})")
        self.salvage_button.setText(text.format(count=count))

    def showEvent(self, event: QShowEvent) -> None:
        self._show_salvage()
        super().showEvent(event)

    def _on_copy(self) -> None:
        self.chooser.folder(self, self._copy)

    def _copy(self, folder: Path) -> None:
        event_file, kiosk_id = self._service.store.path, self._context.kiosk_id
        now = self._service.clock.now().astimezone(self._service.event.starts_at.tzinfo)
        self._start(lambda _: file_jobs.safe_copy(event_file, folder, kiosk_id, now), self._copied)

    def close_opened(self) -> None:
        """Operator mode is locking: the picker and a roster question close, choosing nothing."""
        close_pickers(self)
        self.confirm_view.cancel()

    def _copied(self, result: object) -> str:
        return self.tr("Safe copy written: {file}").format(file=result)

    # -- words -----------------------------------------------------------------------------

    def _say(self, text: str, tone: str, *, intro: bool = False) -> None:
        self._intro = intro
        touch.say(self.output, text, tone)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Roster and files"))
        self.import_button.setText(self.tr("Import roster (CSV, XLSX)"))
        self.export_button.setText(self.tr("Export attendance (XLSX + CSV)"))
        self.merge_button.setText(self.tr("Merge other doors' files"))
        self.copy_button.setText(self.tr("Safe copy of the event file"))
        self._show_salvage()
        if self._intro:
            self._say(
                self.tr(
                    "Export and the safe copy write to the folder you choose (a USB stick)."
                    " Importing a roster replaces it; people already checked in are kept."
                ),
                touch.MUTED,
                intro=True,
            )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
