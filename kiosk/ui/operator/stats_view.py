"""Attendance at a glance for the operator: the totals, arrivals per five minutes, by affiliation.

Every number comes from KioskService.stats(), the same figures `kiosk stats` prints and the
export summarises, so the three never disagree. The view refreshes when shown and every ten
seconds while it stays on screen.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kiosk.domain.stats import Stats
from kiosk.services.door import KioskService
from kiosk.storage.errors import StorageError
from kiosk.ui import touch
from kiosk.ui.operator.bar_chart import BarChart
from kiosk.ui.outcome_style import storage_problem_text

REFRESH_MS = 10_000


def percent(part: int, whole: int) -> str:
    """12%, or 0.4% when small (a door's first arrivals should not read as 0%)."""
    if not whole:
        return "–"
    share = 100 * part / whole
    return f"{share:.1f}%" if 0 < share < 10 else f"{share:.0f}%"


class StatsView(QWidget):
    """Totals, a bar chart and an affiliation table."""

    def __init__(self, service: KioskService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self.stats: Stats | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        self._build()
        self.retranslate()

    def _build(self) -> None:
        self.title = touch.label(touch.TITLE_PIXELS, bold=True, wrap=False)
        self.arrived = touch.label(30, bold=True, wrap=False)
        self.walk_ins = touch.label(24, wrap=False)
        self.rejected = touch.label(24, wrap=False)
        totals = QHBoxLayout()
        totals.setSpacing(36)
        for part in (self.arrived, self.walk_ins, self.rejected):
            totals.addWidget(part)
        totals.addStretch(1)
        self.chart_title = touch.label(22, bold=True, wrap=False)
        self.chart = BarChart()
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("StatsTable")
        self.table.setFont(touch.font(20))
        self.table.horizontalHeader().setFont(touch.font(18, bold=True))
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.verticalHeader().setDefaultSectionSize(36)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        left = QVBoxLayout()
        left.addWidget(self.chart_title)
        left.addWidget(self.chart, 1)
        body = QHBoxLayout()
        body.setSpacing(18)
        body.addLayout(left, 1)
        body.addWidget(self.table, 1)
        self.status = touch.label(22, bold=True)
        self.status.setProperty("tone", touch.BAD)
        self.status.hide()
        page = QVBoxLayout(self)
        page.addWidget(self.title)
        page.addLayout(totals)
        page.addWidget(self.status)
        page.addLayout(body, 1)

    # -- figures ---------------------------------------------------------------------------

    def refresh(self) -> None:
        try:
            self.stats = self._service.stats()
        except StorageError as error:
            self.status.setText(storage_problem_text(error.problem))
            self.status.show()
            return
        self.status.hide()
        self._show()

    def _show(self) -> None:
        figures = self.stats
        if figures is None:
            return
        text = self.tr("Arrived {arrived} of {expected} ({percent})")
        self.arrived.setText(
            text.format(
                arrived=figures.arrived,
                expected=figures.expected,
                percent=percent(figures.arrived, figures.expected),
            )
        )
        self.walk_ins.setText(self.tr("Walk-ins: {count}").format(count=figures.walk_ins))
        self.rejected.setText(self.tr("Refused scans: {count}").format(count=figures.rejected))
        self.chart.set_data(figures.per_5_min, self.tr("No arrivals yet."))
        self.table.setRowCount(len(figures.by_affiliation))
        for row, (name, (arrived, expected)) in enumerate(figures.by_affiliation.items()):
            cells = (
                name or self.tr("(none)"),
                str(arrived),
                str(expected),
                percent(arrived, expected),
            )
            for column, value in enumerate(cells):
                item = QTableWidgetItem(value)
                if column:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, column, item)

    def table_rows(self) -> list[tuple[str, ...]]:
        """What the affiliation table shows, row by row (tests compare it with stats())."""
        rows = []
        for r in range(self.table.rowCount()):
            items = [self.table.item(r, c) for c in range(self.table.columnCount())]
            rows.append(tuple(item.text() if item else "" for item in items))
        return rows

    # -- life and words --------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        self.refresh()
        self._timer.start()
        super().showEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:
        self._timer.stop()
        super().hideEvent(event)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Statistics"))
        self.chart_title.setText(self.tr("Arrivals per five minutes"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Affiliation"), self.tr("Arrived"), self.tr("Expected"), self.tr("Share")]
        )
        self._show()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
