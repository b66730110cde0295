"""The door's settings: its name, the camera, the language, sound, and the operator PIN.

Also the event's name check-in mode (kiosk.domain.access: staffed or self-service), which is
stored in the event file rather than settings.toml, so it travels with the file to every door.

A change is saved to settings.toml at once (config.save_settings) and announced with
`settings_changed`; the language and the camera also have their own signals, because the app
must switch translators or restart the camera thread for them. Nothing here opens a camera.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kiosk import config
from kiosk.domain.access import NameCheckin
from kiosk.services.context import Context
from kiosk.services.door import Door, KioskService
from kiosk.services.pins import PinStore
from kiosk.ui import touch
from kiosk.ui.keypad import Keypad
from kiosk.ui.operator.files_view import FileChooser
from kiosk.ui.operator.pin_dialog import change_pin

LANGUAGES = (("ko", "한국어"), ("en", "English"))
CAMERA_INDEXES = ("0", "1", "2")
CAPTION_PIXELS = 150


def _line_edit() -> QLineEdit:
    edit = QLineEdit()
    edit.setFont(touch.font(26))
    edit.setMinimumHeight(touch.TOUCH_PIXELS)
    return edit


def _choice(text: str = "") -> QPushButton:
    made = touch.button()
    made.setText(text)
    made.setCheckable(True)
    made.setMinimumWidth(180)
    return made


class SettingsView(QWidget):
    """One row per setting, each applied (and saved) by its own button."""

    language_changed = Signal(str)
    camera_changed = Signal(str)
    settings_changed = Signal(object)  # kiosk.config.Settings

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
        self._build()
        self.retranslate()
        self.load()

    # -- layout ----------------------------------------------------------------------------

    def _build(self) -> None:
        self.title = touch.label(touch.TITLE_PIXELS, bold=True, wrap=False)
        self.captions = [touch.label(22, bold=True, wrap=False) for _ in range(6)]
        for caption in self.captions:
            caption.setFixedWidth(CAPTION_PIXELS)
            caption.setMinimumHeight(touch.TOUCH_PIXELS)
        door = QHBoxLayout()
        door.addWidget(self.captions[0], 0, Qt.AlignmentFlag.AlignTop)
        door.addLayout(self._door_row(), 1)
        self.pin_button = touch.button()
        self.pin_button.clicked.connect(self._on_change_pin)
        pin_row = QHBoxLayout()
        pin_row.addWidget(self.pin_button)
        pin_row.addStretch(1)
        # The other settings give way to the keypad while the door name is typed.
        self.other_rows = QWidget()
        grid = QGridLayout(self.other_rows)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(12)
        rows = (
            self._camera_row(),
            self._language_row(),
            self._sound_row(),
            self._name_checkin_row(),
            pin_row,
        )
        for index, (caption, row) in enumerate(zip(self.captions[1:], rows, strict=True)):
            grid.addWidget(caption, index, 0, Qt.AlignmentFlag.AlignTop)
            grid.addLayout(row, index, 1)
        grid.setColumnStretch(1, 1)
        self.keypad = Keypad(digits=True)
        self.keypad.text_changed.connect(self.door_edit.setText)
        self.keypad.hide()
        self.status = touch.label(22, bold=True)
        column = QVBoxLayout(self)
        column.setSpacing(12)
        column.addWidget(self.title)
        column.addLayout(door)
        column.addWidget(self.keypad)
        column.addWidget(self.other_rows)
        column.addWidget(self.status)
        column.addStretch(1)

    def _door_row(self) -> QHBoxLayout:
        self.door_edit = _line_edit()
        self.keypad_button = touch.button()
        self.keypad_button.setCheckable(True)
        self.keypad_button.toggled.connect(self._on_keypad_toggled)
        self.door_apply = touch.button(tone=touch.INFO)
        self.door_apply.clicked.connect(self._on_door)
        row = QHBoxLayout()
        row.addWidget(self.door_edit, 3)
        row.addWidget(self.keypad_button, 1)
        row.addWidget(self.door_apply, 1)
        return row

    def _camera_row(self) -> QVBoxLayout:
        self.camera_edit = _line_edit()
        self.camera_apply = touch.button(tone=touch.INFO)
        self.camera_apply.clicked.connect(self._on_camera)
        first = QHBoxLayout()
        first.addWidget(self.camera_edit, 3)
        first.addWidget(self.camera_apply, 1)
        second = QHBoxLayout()
        self.camera_indexes = []
        for index in CAMERA_INDEXES:
            quick = touch.button()
            quick.clicked.connect(lambda _=False, i=index: self.camera_edit.setText(i))
            self.camera_indexes.append(quick)
            second.addWidget(quick, 2)
        self.video_button = touch.button()
        self.video_button.clicked.connect(self._on_video)
        self.folder_button = touch.button()
        self.folder_button.clicked.connect(self._on_folder)
        second.addWidget(self.video_button, 3)
        second.addWidget(self.folder_button, 3)
        column = QVBoxLayout()
        column.addLayout(first)
        column.addLayout(second)
        return column

    def _language_row(self) -> QHBoxLayout:
        self.language_buttons = {code: _choice(name) for code, name in LANGUAGES}
        group = QButtonGroup(self)
        row = QHBoxLayout()
        for code, choice in self.language_buttons.items():
            group.addButton(choice)
            choice.clicked.connect(lambda _=False, c=code: self._on_language(c))
            row.addWidget(choice)
        row.addStretch(1)
        return row

    def _sound_row(self) -> QHBoxLayout:
        self.sound_on, self.sound_off = _choice(), _choice()
        group = QButtonGroup(self)
        row = QHBoxLayout()
        for choice, value in ((self.sound_on, True), (self.sound_off, False)):
            group.addButton(choice)
            choice.clicked.connect(lambda _=False, v=value: self._on_sound(v))
            row.addWidget(choice)
        row.addStretch(1)
        return row

    def _name_checkin_row(self) -> QVBoxLayout:
        self.staffed_button, self.self_service_button = _choice(), _choice()
        group = QButtonGroup(self)
        row = QHBoxLayout()
        pairs = ((self.staffed_button, NameCheckin.STAFFED),
                 (self.self_service_button, NameCheckin.SELF_SERVICE))  # fmt: skip
        for choice, mode in pairs:
            group.addButton(choice)
            choice.clicked.connect(lambda _=False, m=mode: self._on_name_checkin(m))
            row.addWidget(choice)
        row.addStretch(1)
        self.name_checkin_note = touch.label(18)
        self.name_checkin_note.setProperty("tone", touch.MUTED)
        column = QVBoxLayout()
        column.addLayout(row)
        column.addWidget(self.name_checkin_note)
        return column

    # -- applying --------------------------------------------------------------------------

    def load(self) -> None:
        """Show the settings in force (on every visit: the app may have changed them)."""
        settings = self._context.settings
        self.door_edit.setText(self._service.door.name or settings.door)
        self.camera_edit.setText(settings.camera)
        chosen = self.language_buttons.get(settings.language) or self.language_buttons["ko"]
        chosen.setChecked(True)
        (self.sound_on if settings.sound else self.sound_off).setChecked(True)
        staffed = self._service.name_checkin() is NameCheckin.STAFFED
        (self.staffed_button if staffed else self.self_service_button).setChecked(True)

    def showEvent(self, event: QShowEvent) -> None:
        self.load()
        self.status.clear()
        super().showEvent(event)

    def _save(self, **changes: object) -> config.Settings | None:
        settings = self._context.settings.with_changes(**changes)
        try:
            config.save_settings(self._context.data_dir, settings)
        except OSError as error:
            failed = self.tr("The settings could not be saved: {reason}")
            self._say(failed.format(reason=error.strerror or str(error)), touch.BAD)
            return None
        self._context.settings = settings
        return settings

    def _on_door(self) -> None:
        name = " ".join(self.door_edit.text().split())
        if not name:
            self._say(self.tr("Give the door a name, for example 출입구 1."), touch.BAD)
            return
        settings = self._save(door=name)
        if settings is not None:
            self._service.door = Door(self._service.door.kiosk_id, name)
            self.keypad_button.setChecked(False)
            self._say(self.tr("The door is now called {name}.").format(name=name), touch.GOOD)
            self.settings_changed.emit(settings)

    def _on_keypad_toggled(self, shown: bool) -> None:
        if shown:
            self.keypad.set_text(self.door_edit.text())
        self.keypad.setVisible(shown)
        self.other_rows.setVisible(not shown)

    def _on_camera(self) -> None:
        spec = self.camera_edit.text().strip()
        if not (spec.isdigit() or Path(spec).exists()):
            self._say(self.tr("No camera number, video file or folder by that name."), touch.BAD)
            return
        settings = self._save(camera=spec)
        if settings is not None:
            self._say(self.tr("Camera set to {camera}.").format(camera=spec), touch.GOOD)
            self.camera_changed.emit(spec)
            self.settings_changed.emit(settings)

    def _on_video(self) -> None:
        self.chooser.video_file(self, lambda chosen: self.camera_edit.setText(str(chosen)))

    def _on_folder(self) -> None:
        self.chooser.folder(self, lambda chosen: self.camera_edit.setText(str(chosen)))

    def _on_language(self, language: str) -> None:
        settings = self._save(language=language)
        if settings is not None:
            self.language_changed.emit(language)
            self.settings_changed.emit(settings)

    def _on_sound(self, on: bool) -> None:
        settings = self._save(sound=on)
        if settings is not None:
            self._say(self.tr("Sound on.") if on else self.tr("Sound off."), touch.GOOD)
            self.settings_changed.emit(settings)

    def _on_name_checkin(self, mode: NameCheckin) -> None:
        self._service.set_name_checkin(mode)
        if mode is NameCheckin.STAFFED:
            self._say(self.tr("Check-in by name now needs a volunteer's code."), touch.GOOD)
        else:
            done = self.tr("People may now check themselves in by name with their phone digits.")
            self._say(done, touch.GOOD)

    def _on_change_pin(self) -> None:
        pins = PinStore.for_service(self._service, self._context.settings)
        if change_pin(self, pins):
            self._say(self.tr("The new operator PIN is set."), touch.GOOD)

    # -- words -----------------------------------------------------------------------------

    def _say(self, text: str, tone: str) -> None:
        touch.say(self.status, text, tone)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Settings"))
        captions = (
            self.tr("Door name"),
            self.tr("Camera"),
            self.tr("Language"),
            self.tr("Sound"),
            self.tr("By name"),
            self.tr("Operator PIN"),
        )
        for caption, text in zip(self.captions, captions, strict=True):
            caption.setText(text)
        self.keypad_button.setText(self.tr("Keypad"))
        self.door_apply.setText(self.tr("Apply"))
        self.camera_apply.setText(self.tr("Apply"))
        for quick, index in zip(self.camera_indexes, CAMERA_INDEXES, strict=True):
            quick.setText(self.tr("No. {index}").format(index=index))
        self.video_button.setText(self.tr("Video file…"))
        self.folder_button.setText(self.tr("Image folder…"))
        self.sound_on.setText(self.tr("On"))
        self.sound_off.setText(self.tr("Off"))
        self.pin_button.setText(self.tr("Change the PIN"))
        self.staffed_button.setText(self.tr("Volunteers"))
        self.self_service_button.setText(self.tr("Self-service"))
        self.name_checkin_note.setText(
            self.tr(
                "Volunteers: a volunteer code opens check-in by name (set it with"
                " kiosk volunteer-code set). Self-service: people prove it with the last four"
                " digits of their phone. Walk-ins always need a volunteer."
            )
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
