"""Every sentence the kiosk says outside a widget: the terminal's lines, the reports of end of
day, roster problems and the doctor, shown on the command line and in the operator's window alike.

Each is written here once, in English, under a key (`text("accepted")`); its Korean lives with
the GUI's own texts in assets/translations/kiosk_ko.ts (`QT_TRANSLATE_NOOP` marks them for
`pyside6-lupdate`, context "Texts"; assets/translations/update.py refreshes and compiles it).
The terminal reads the compiled kiosk_<lang>.qm through a QTranslator of its own (no
application needed): `--lang`, KIOSK_LANG or the locale choose, Korean by default. The window
uses `shown`, through the translators it installed: the language the operator picked.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from functools import cache, partial
from typing import TYPE_CHECKING

from kiosk.resources import translations_dir

if TYPE_CHECKING:
    from PySide6.QtCore import QTranslator

CONTEXT = "Texts"
SOURCE_LANGUAGE = "en"

# (key, **params) -> the sentence: `text` (the terminal's language), `shown` (the window's) or a
# `partial(text, lang=...)`; the wording of reports takes one, so both edges share it.
Say = Callable[..., str]


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Marks `source` for pyside6-lupdate (which looks for this name) and returns it unchanged."""
    return source


MESSAGES: dict[str, str] = {
    # key: the English source; one Korean word per outcome, the banner's title and the terminal's
    "accepted": QT_TRANSLATE_NOOP("Texts", "Checked in"),
    "already_checked_in": QT_TRANSLATE_NOOP("Texts", "Already checked in"),
    "unknown_attendee": QT_TRANSLATE_NOOP("Texts", "Not on the roster"),
    "invalid_signature": QT_TRANSLATE_NOOP("Texts", "Forged or damaged ticket"),
    "wrong_event": QT_TRANSLATE_NOOP("Texts", "Ticket for another event"),
    "revoked": QT_TRANSLATE_NOOP("Texts", "Ticket revoked"),
    "malformed": QT_TRANSLATE_NOOP("Texts", "Not a ticket"),
    "not_open_yet": QT_TRANSLATE_NOOP("Texts", "Check-in not open yet"),
    "walk_in_registered": QT_TRANSLATE_NOOP("Texts", "Walk-in registered"),
    "undone": QT_TRANSLATE_NOOP("Texts", "Check-in undone"),
    "first_seen": QT_TRANSLATE_NOOP("Texts", "first checked in at {time}, {door}"),
    "storage_failed": QT_TRANSLATE_NOOP(
        "Texts",
        "NOT RECORDED: the event file could not be written ({problem}). Do not admit. {detail}",
    ),
    "event_created": QT_TRANSLATE_NOOP(
        "Texts",
        "Created the event file: {path}\nSigning key: {key_file} (never copy it to a kiosk)",
    ),
    "roster_imported": QT_TRANSLATE_NOOP(
        "Texts",
        "Roster imported: {added} added, {updated} updated, {unchanged} unchanged, {kept} "
        "kept off the roster because they have check-ins, {removed} removed",
    ),
    "roster_returned": QT_TRANSLATE_NOOP(
        "Texts",
        "{count} people came back onto the roster and need a new ticket (their old one stays "
        "revoked): kiosk tickets reissue SERIAL... --out DIR",
    ),
    "roster_needs_confirmation": QT_TRANSLATE_NOOP(
        "Texts",
        "Roster NOT imported: it renames or removes people who already hold a ticket "
        "(nothing changed):",
    ),
    "roster_renamed_row": QT_TRANSLATE_NOOP(
        "Texts",
        "  serial {serial}: renamed {old} → {new} (the ticket stays valid)",
    ),
    "roster_removed_row": QT_TRANSLATE_NOOP(
        "Texts",
        "  serial {serial}: {name} leaves the roster (the ticket is revoked)",
    ),
    "roster_accept_hint": QT_TRANSLATE_NOOP(
        "Texts",
        "If these changes are right, run it again with --accept-changes.",
    ),
    "tickets_need_out": QT_TRANSLATE_NOOP("Texts", "Name the folder for the tickets with --out."),
    "ticket_revoked": QT_TRANSLATE_NOOP(
        "Texts",
        "serial {serial} {name}: ticket revoked (can still be checked in by name)",
    ),
    "ticket_reissued": QT_TRANSLATE_NOOP(
        "Texts",
        "serial {serial} {name}: new ticket issued (the old one is revoked)",
    ),
    "no_such_person": QT_TRANSLATE_NOOP(
        "Texts",
        "No one on the roster has these serials (nothing changed): {serials}",
    ),
    "roster_refused": QT_TRANSLATE_NOOP("Texts", "Roster NOT imported (nothing changed):"),
    "tickets_written": QT_TRANSLATE_NOOP(
        "Texts",
        "Wrote {count} tickets to {dir} (index: {index}, printable badges: badges.pdf)",
    ),
    "no_key": QT_TRANSLATE_NOOP(
        "Texts",
        "The signing key file is missing: {path}. Tickets can only be issued on the "
        "organizer's PC that created the event.",
    ),
    "event_file_problem": QT_TRANSLATE_NOOP(
        "Texts",
        "Cannot open the event file: {path} ({problem})",
    ),
    "no_codes": QT_TRANSLATE_NOOP("Texts", "No QR codes were read."),
    "stats_line": QT_TRANSLATE_NOOP(
        "Texts",
        "arrived {arrived} / expected {expected} ({rate}), walk-ins {walk_ins}, rejected "
        "scans {rejected}",
    ),
    "pin_reset": QT_TRANSLATE_NOOP(
        "Texts",
        "The operator PIN is cleared ({path}). Operator mode stays closed until you set a "
        "new one with kiosk pin set.",
    ),
    "pin_set": QT_TRANSLATE_NOOP(
        "Texts",
        "The operator PIN is set ({path}). Copy this file to the kiosks.",
    ),
    "pin_prompt": QT_TRANSLATE_NOOP("Texts", "New operator PIN ({low}-{high} digits): "),
    "pin_prompt_again": QT_TRANSLATE_NOOP("Texts", "The same PIN again: "),
    "pin_refused_empty": QT_TRANSLATE_NOOP("Texts", "No PIN was given. Nothing changed."),
    "pin_refused_invalid": QT_TRANSLATE_NOOP(
        "Texts",
        "A PIN is {low} to {high} digits. Nothing changed.",
    ),
    "pin_refused_mismatch": QT_TRANSLATE_NOOP("Texts", "The two PINs differ. Nothing changed."),
    "pin_refused_encoding": QT_TRANSLATE_NOOP(
        "Texts",
        "Standard input is not UTF-8. Nothing changed.",
    ),
    "volunteer_code_set": QT_TRANSLATE_NOOP(
        "Texts",
        "The volunteer code is set ({path}). It opens name check-in and walk-ins.",
    ),
    "volunteer_code_prompt": QT_TRANSLATE_NOOP(
        "Texts",
        "New volunteer code ({low}-{high} digits, not the operator PIN): ",
    ),
    "volunteer_code_prompt_again": QT_TRANSLATE_NOOP("Texts", "The same code again: "),
    "volunteer_code_refused": QT_TRANSLATE_NOOP(
        "Texts",
        "A volunteer code is {low} to {high} digits. Nothing changed.",
    ),
    "name_checkin_set": QT_TRANSLATE_NOOP("Texts", "Check-in by name: {mode} ({path})."),
    "name_checkin_staffed": QT_TRANSLATE_NOOP("Texts", "staffed (a volunteer's code opens it)"),
    "name_checkin_self-service": QT_TRANSLATE_NOOP(
        "Texts",
        "self-service (the last four digits of the phone on the roster)",
    ),
    "backup_written": QT_TRANSLATE_NOOP("Texts", "Wrote a safe copy: {path}"),
    "not_available": QT_TRANSLATE_NOOP("Texts", "Not available yet: {what}"),
    "export_written": QT_TRANSLATE_NOOP(
        "Texts",
        "Exported the attendance: {path} ({rows} people). Attendance table SHA-256 (not the "
        "file's own hash; the same for XLSX and CSV): {sha256}",
    ),
    "export_failed": QT_TRANSLATE_NOOP("Texts", "Could not export to {path} ({detail})"),
    "export_refused_encoding": QT_TRANSLATE_NOOP(
        "Texts",
        "Nothing written: {encoding} cannot hold the characters below. Export in UTF-8 (the "
        "default) or correct the roster:",
    ),
    "export_unencodable": QT_TRANSLATE_NOOP(
        "Texts",
        "  row {number} {column}: '{char}' ({codepoint})",
    ),
    "export_unencodable_heading": QT_TRANSLATE_NOOP(
        "Texts",
        "  heading {label}: '{char}' ({codepoint})",
    ),
    "export_unencodable_more": QT_TRANSLATE_NOOP("Texts", "  … and {count} more"),
    "merge_refused": QT_TRANSLATE_NOOP(
        "Texts",
        "Nothing merged (nothing changed): {path}: {reason} {detail}",
    ),
    "merge_same_file": QT_TRANSLATE_NOOP("Texts", "this is the open event file itself"),
    "merge_other_event": QT_TRANSLATE_NOOP("Texts", "the file belongs to another event"),
    "merge_damaged": QT_TRANSLATE_NOOP(
        "Texts",
        "the file is damaged (kiosk merge --salvage FILE takes the rows whose checksums hold)",
    ),
    "merge_conflict": QT_TRANSLATE_NOOP(
        "Texts",
        "the same record key holds different content (a shared kiosk id, or a tampered file)",
    ),
    "merge_unreadable": QT_TRANSLATE_NOOP("Texts", "the file cannot be read"),
    "merge_schema": QT_TRANSLATE_NOOP("Texts", "the file comes from another version of the kiosk"),
    "merge_source": QT_TRANSLATE_NOOP(
        "Texts",
        "{path}: {new} new rows, {present} already here, {walk_ins} walk-ins added, "
        "{attendees} people added to the roster",
    ),
    "merge_done": QT_TRANSLATE_NOOP("Texts", "Merge done: {new} new rows in all"),
    "merge_nothing": QT_TRANSLATE_NOOP(
        "Texts",
        "Name the files to merge: kiosk merge FILE... or kiosk merge --salvage FILE",
    ),
    "salvage_taken": QT_TRANSLATE_NOOP(
        "Texts",
        "{path}: {rows} check-in rows whose checksums hold were salvaged",
    ),
    "salvage_skipped": QT_TRANSLATE_NOOP("Texts", "  {count} rows skipped (kiosk/seq): {keys}"),
    "salvage_skipped_here": QT_TRANSLATE_NOOP(
        "Texts",
        "  {count} of the rows skipped are already in this file",
    ),
    "salvage_broken_pages": QT_TRANSLATE_NOOP(
        "Texts",
        "  {pages} damaged pages: rows after each kiosk's last readable row cannot be known",
    ),
    "salvage_roster_unread": QT_TRANSLATE_NOOP(
        "Texts",
        "  The damaged file's roster and ticket revocations were not taken (they carry no "
        "checksum). Check them on the organizer's PC",
    ),
    # -- refusals of the command line: one line each, nothing changed --
    "unexpected": QT_TRANSLATE_NOOP(
        "Texts",
        "Stopped on an unexpected error ({error}). The details are in the log: {log}",
    ),
    "file_not_found": QT_TRANSLATE_NOOP("Texts", "File not found: {path}"),
    "is_a_directory": QT_TRANSLATE_NOOP("Texts", "{path} is a folder, not a file"),
    "file_unreadable": QT_TRANSLATE_NOOP("Texts", "Cannot read {path} ({detail})"),
    "image_unreadable": QT_TRANSLATE_NOOP("Texts", "Cannot read {path} as an image"),
    "not_utf8": QT_TRANSLATE_NOOP(
        "Texts",
        "{path}, line {line}, is not UTF-8 text: save it as UTF-8.",
    ),
    "standard_input": QT_TRANSLATE_NOOP("Texts", "standard input"),
    "data_dir_is_file": QT_TRANSLATE_NOOP(
        "Texts",
        "The data directory {path} is a file, not a folder",
    ),
    "data_dir_unusable": QT_TRANSLATE_NOOP(
        "Texts",
        "Cannot use the data directory {path} ({detail}): name a writable folder with --data-dir.",
    ),
    "event_is_directory": QT_TRANSLATE_NOOP(
        "Texts",
        "{path} is a folder: give --event the event file (.db).",
    ),
    "problem_missing": QT_TRANSLATE_NOOP("Texts", "no such file"),
    "problem_not_an_event": QT_TRANSLATE_NOOP("Texts", "not a kiosk event file"),
    "problem_corrupt": QT_TRANSLATE_NOOP("Texts", "the file is damaged"),
    "problem_io_error": QT_TRANSLATE_NOOP("Texts", "read error"),
    "problem_too_new": QT_TRANSLATE_NOOP("Texts", "made by a newer version of the kiosk"),
    "problem_locked": QT_TRANSLATE_NOOP("Texts", "another program is writing it"),
    "problem_read_only": QT_TRANSLATE_NOOP("Texts", "the file cannot be written"),
    "problem_disk_full": QT_TRANSLATE_NOOP("Texts", "the disk is full"),
    "problem_other": QT_TRANSLATE_NOOP("Texts", "{detail}"),
    "starts_invalid": QT_TRANSLATE_NOOP(
        "Texts",
        "--starts is not a date and time: {value}. For example 2024-10-30T10:30 or "
        "2024-10-30T10:30+09:00",
    ),
    "starts_out_of_range": QT_TRANSLATE_NOOP(
        "Texts",
        "--starts: a ticket cannot hold the day {day}; only {first} to {last} can be used.",
    ),
    "number_out_of_range": QT_TRANSLATE_NOOP("Texts", "--number must be 1 to 65535: {value}"),
    "expected_negative": QT_TRANSLATE_NOOP("Texts", "--expected cannot be negative: {value}"),
    "agenda_bad_line": QT_TRANSLATE_NOOP(
        "Texts",
        "Agenda file {path}, line {number}, is not 'HH:MM title': {line}",
    ),
    "event_exists": QT_TRANSLATE_NOOP("Texts", "Not created: {path} already exists"),
    "event_not_created": QT_TRANSLATE_NOOP(
        "Texts",
        "Could not create the event file {path} ({detail})",
    ),
    "key_unreadable": QT_TRANSLATE_NOOP(
        "Texts",
        "Cannot read the signing key file {path} ({detail})",
    ),
    "key_not_pem": QT_TRANSLATE_NOOP(
        "Texts",
        "Not a signing key file (no PEM private key in it): {path}. Nothing was written.",
    ),
    "key_not_ed25519": QT_TRANSLATE_NOOP(
        "Texts",
        "Not an Ed25519 signing key: {path}. Nothing was written.",
    ),
    "key_not_this_event": QT_TRANSLATE_NOOP(
        "Texts",
        "Not this event's signing key: {path}. Every kiosk would call its tickets forged: "
        "give --key the key made with this event. Nothing was written.",
    ),
    "target_refused": QT_TRANSLATE_NOOP("Texts", "Nothing written to {path}: {reason}"),
    "target_event_file": QT_TRANSLATE_NOOP(
        "Texts",
        "it is the event file the kiosk runs on ({live})",
    ),
    "target_key": QT_TRANSLATE_NOOP("Texts", "it is a signing key ({live})"),
    "target_live_file": QT_TRANSLATE_NOOP("Texts", "it is a file the kiosk keeps ({live})"),
    "target_live_folder": QT_TRANSLATE_NOOP(
        "Texts",
        "the folder holds the event file or the kiosk's data; name a new folder",
    ),
    "target_is_directory": QT_TRANSLATE_NOOP("Texts", "it is a folder; give a file name"),
    "target_not_a_directory": QT_TRANSLATE_NOOP(
        "Texts",
        "it is a file, not a folder; name a folder",
    ),
    "target_other_file": QT_TRANSLATE_NOOP(
        "Texts",
        "a different file is already there (a roster, another event's or another door's "
        "file): choose another name",
    ),
    "target_unmerged": QT_TRANSLATE_NOOP(
        "Texts",
        "it is another copy of this event with check-ins this file lacks: merge it first or "
        "choose another name",
    ),
    "target_no_folder": QT_TRANSLATE_NOOP(
        "Texts",
        "the folder {live} does not exist; check that the USB stick is plugged in",
    ),
    "export_unknown_suffix": QT_TRANSLATE_NOOP(
        "Texts",
        "Nothing written: {path}: unknown file type. End the name in .xlsx or .csv, or give "
        "--format.",
    ),
    "export_suffix_mismatch": QT_TRANSLATE_NOOP(
        "Texts",
        "Nothing written: {path}: the file name does not fit --format {format}.",
    ),
    "write_failed": QT_TRANSLATE_NOOP("Texts", "Could not write {path} ({detail})"),
    "backup_failed": QT_TRANSLATE_NOOP("Texts", "Could not write the copy {path} ({detail})"),
    # -- kiosk doctor (worded by kiosk/wording/doctor.py) --
    "doctor_name_camera": QT_TRANSLATE_NOOP("Texts", "camera"),
    "doctor_name_decoder_zxing": QT_TRANSLATE_NOOP("Texts", "QR decoder (zxing-cpp)"),
    "doctor_name_decoder_zbar": QT_TRANSLATE_NOOP("Texts", "QR decoder backup (pyzbar)"),
    "doctor_name_decoder_selftest": QT_TRANSLATE_NOOP("Texts", "QR decoding self-test"),
    "doctor_name_font": QT_TRANSLATE_NOOP("Texts", "Korean font"),
    "doctor_name_data_dir": QT_TRANSLATE_NOOP("Texts", "data directory"),
    "doctor_name_disk_space": QT_TRANSLATE_NOOP("Texts", "free disk space"),
    "doctor_name_desktop": QT_TRANSLATE_NOOP("Texts", "kiosk session"),
    "doctor_name_event_file": QT_TRANSLATE_NOOP("Texts", "event file"),
    "doctor_name_event_integrity": QT_TRANSLATE_NOOP("Texts", "event file integrity"),
    "doctor_name_event_roster": QT_TRANSLATE_NOOP("Texts", "roster"),
    "doctor_name_event_keys": QT_TRANSLATE_NOOP("Texts", "ticket verification keys"),
    "doctor_name_signing_key": QT_TRANSLATE_NOOP("Texts", "signing key"),
    "doctor_name_event_clock": QT_TRANSLATE_NOOP("Texts", "clock"),
    "doctor_name_sync_engine": QT_TRANSLATE_NOOP("Texts", "door sync"),
    "doctor_sync_none": QT_TRANSLATE_NOOP(
        "Texts",
        "no sync engine (syncthing): door sync off, merge by USB at the end",
    ),
    "doctor_sync_found": QT_TRANSLATE_NOOP("Texts", "syncthing {version} ({path})"),
    "doctor_sync_running": QT_TRANSLATE_NOOP(
        "Texts",
        "; running: REST {rest}, listening on {listen}",
    ),
    "doctor_sync_lan": QT_TRANSLATE_NOOP("Texts", "; this machine's addresses {addresses}"),
    "doctor_sync_no_network": QT_TRANSLATE_NOOP(
        "Texts",
        "; no network: doors cannot see each other; USB merge",
    ),
    "doctor_sync_no_network_advice": QT_TRANSLATE_NOOP(
        "Texts",
        "Connect every door's laptop to the same Wi-Fi (or a travel router); until then "
        "merge by USB.",
    ),
    "doctor_sync_heard": QT_TRANSLATE_NOOP(
        "Texts",
        "; LAN discovery heard {count} other device(s)",
    ),
    "doctor_sync_heard_none": QT_TRANSLATE_NOOP("Texts", "; no other kiosk heard on the LAN yet"),
    "doctor_sync_heard_none_advice": QT_TRANSLATE_NOOP(
        "Texts",
        "If the other doors are running and still unheard, the venue Wi-Fi isolates clients: "
        "use a travel router.",
    ),
    "doctor_sync_broken": QT_TRANSLATE_NOOP("Texts", "{path}: does not run ({detail})"),
    "doctor_sync_broken_advice": QT_TRANSLATE_NOOP(
        "Texts",
        "Reinstall syncthing (apt-get install syncthing); until then merge by USB.",
    ),
    "doctor_name_operator_pin": QT_TRANSLATE_NOOP("Texts", "operator PIN"),
    "doctor_pin_set": QT_TRANSLATE_NOOP("Texts", "set"),
    "doctor_pin_missing": QT_TRANSLATE_NOOP(
        "Texts",
        "not set: operator mode (export, undo, quit) cannot be opened",
    ),
    "doctor_pin_advice": QT_TRANSLATE_NOOP(
        "Texts",
        "Set it on the organizer's PC with kiosk pin set, then copy the event file to the kiosks.",
    ),
    "doctor_camera_not_opened": QT_TRANSLATE_NOOP("Texts", "{spec}: cannot open"),
    "doctor_camera_index": QT_TRANSLATE_NOOP("Texts", "camera {index}"),
    "doctor_camera_none": QT_TRANSLATE_NOOP(
        "Texts",
        "No camera found: check the USB cable or name another one with --camera (e.g. "
        "--camera 1). Close any program (video calls) that is using the camera. Without a "
        "camera, check-in by name search still works.",
    ),
    "doctor_camera_unsupported": QT_TRANSLATE_NOOP(
        "Texts",
        "Not a video file or image folder: give --camera a camera number, a video file or an "
        "image folder. Without a camera, check-in by name search still works.",
    ),
    "doctor_camera_no_frames": QT_TRANSLATE_NOOP(
        "Texts",
        "{source}: opened but delivers no picture",
    ),
    "doctor_camera_busy": QT_TRANSLATE_NOOP(
        "Texts",
        "Check that no other program is using the camera, then unplug and replug it. Without "
        "a camera, check-in by name search still works.",
    ),
    "doctor_camera_found": QT_TRANSLATE_NOOP(
        "Texts",
        "{source}: {width}x{height} at {fps} fps ({frames} frames read)",
    ),
    "doctor_camera_small": QT_TRANSLATE_NOOP(
        "Texts",
        "Below {width}x{height}, small QR codes may not read: use a better camera or ask "
        "people to hold codes closer.",
    ),
    "doctor_camera_slow": QT_TRANSLATE_NOOP(
        "Texts",
        "{fps} fps is slow: add light, and plug the camera into the PC rather than a hub.",
    ),
    "doctor_camera_dark": QT_TRANSLATE_NOOP(
        "Texts",
        "The picture is black: remove the lens cover and check the lighting.",
    ),
    "doctor_camera_frozen": QT_TRANSLATE_NOOP(
        "Texts",
        "The picture is frozen: unplug and replug the camera.",
    ),
    "doctor_reinstall": QT_TRANSLATE_NOOP("Texts", "Reinstall the program (ask your IT contact)."),
    "doctor_zxing_ok": QT_TRANSLATE_NOOP("Texts", "zxing-cpp {version}"),
    "doctor_zxing_missing": QT_TRANSLATE_NOOP("Texts", "zxing-cpp missing"),
    "doctor_zbar_ok": QT_TRANSLATE_NOOP("Texts", "{version} ({file})"),
    "doctor_zbar_missing": QT_TRANSLATE_NOOP("Texts", "pyzbar unavailable: {problem}"),
    "doctor_zbar_advice": QT_TRANSLATE_NOOP(
        "Texts",
        "The kiosk works on zxing-cpp alone; to read blurred codes better, install: sudo "
        "apt-get install libzbar0",
    ),
    "doctor_selftest_ok": QT_TRANSLATE_NOOP("Texts", "read a test ticket QR ({engines})"),
    "doctor_selftest_failed": QT_TRANSLATE_NOOP("Texts", "could not read a test ticket QR"),
    "doctor_font_missing": QT_TRANSLATE_NOOP("Texts", "font file missing: {path}"),
    "doctor_font_unreadable": QT_TRANSLATE_NOOP("Texts", "font file unreadable: {path}"),
    "doctor_font_no_hangul": QT_TRANSLATE_NOOP("Texts", "{path}: no Hangul glyphs ({missing})"),
    "doctor_font_ok": QT_TRANSLATE_NOOP("Texts", "{path}: Hangul present ({samples})"),
    "doctor_data_writable": QT_TRANSLATE_NOOP("Texts", "{path}: writable"),
    "doctor_data_unwritable": QT_TRANSLATE_NOOP("Texts", "{path}: not writable ({detail})"),
    "doctor_data_advice": QT_TRANSLATE_NOOP(
        "Texts",
        "Check the folder's permissions, or name a writable folder with --data-dir.",
    ),
    "doctor_space": QT_TRANSLATE_NOOP("Texts", "{free} free"),
    "doctor_space_unknown": QT_TRANSLATE_NOOP("Texts", "unknown ({detail})"),
    "doctor_desktop_none": QT_TRANSLATE_NOOP(
        "Texts",
        "no ordinary desktop (a session of the kiosk's own)",
    ),
    "doctor_desktop_found": QT_TRANSLATE_NOOP(
        "Texts",
        "running inside an ordinary desktop: {what}",
    ),
    "doctor_desktop_advice": QT_TRANSLATE_NOOP(
        "Texts",
        "If this PC is the kiosk, its panel and menus lead away from the kiosk. Run it in a "
        "user session that starts only the kiosk (e.g. openbox + kiosk, autologin): see "
        "docs/RUNBOOK.md.",
    ),
    "doctor_desktop_windows_advice": QT_TRANSLATE_NOOP(
        "Texts",
        "If this PC is the kiosk, Explorer (taskbar, Start menu) leads away from the kiosk. "
        "Lock it with Assigned Access or Shell Launcher: see docs/RUNBOOK.md.",
    ),
    "doctor_space_advice": QT_TRANSLATE_NOOP(
        "Texts",
        "Free at least {need}: without space, check-ins cannot be recorded.",
    ),
    "doctor_current_gone": QT_TRANSLATE_NOOP("Texts", "the current event file is gone: {path}"),
    "doctor_current_gone_advice": QT_TRANSLATE_NOOP(
        "Texts",
        "Copy the file back or name it with --event; otherwise the sample event opens.",
    ),
    "doctor_sample_not_made": QT_TRANSLATE_NOOP(
        "Texts",
        "cannot create the sample event ({detail})",
    ),
    "doctor_event_unopened": QT_TRANSLATE_NOOP("Texts", "{path}: cannot open ({problem})"),
    "doctor_event_missing_advice": QT_TRANSLATE_NOOP(
        "Texts",
        "No such file: check the path, or name the organizer's event file with --event.",
    ),
    "doctor_event_damaged_advice": QT_TRANSLATE_NOOP(
        "Texts",
        "The file is damaged. Keep it exactly as it is (do not delete or overwrite it) and "
        "tell the organizer. Start again with kiosk event new or with the organizer's copy "
        "(copied under another name and given with --event).",
    ),
    "doctor_event_not_event_advice": QT_TRANSLATE_NOOP(
        "Texts",
        "Not a kiosk event file: check that this is the .db file from the organizer.",
    ),
    "doctor_event_too_new_advice": QT_TRANSLATE_NOOP(
        "Texts",
        "A newer kiosk version made this file: update the program.",
    ),
    "doctor_event_locked_advice": QT_TRANSLATE_NOOP(
        "Texts",
        "Another program is writing the file: close the kiosk window and check again.",
    ),
    "doctor_event_read_only_advice": QT_TRANSLATE_NOOP(
        "Texts",
        "The file cannot be written: copy it from a read-only stick or folder onto this PC.",
    ),
    "doctor_event_other_advice": QT_TRANSLATE_NOOP(
        "Texts",
        "Keep the file as it is and tell the organizer. Log: logs/kiosk.log in the data folder.",
    ),
    "doctor_sample_note": QT_TRANSLATE_NOOP(
        "Texts",
        " (sample data: create the real event with kiosk event new)",
    ),
    "doctor_event_opened": QT_TRANSLATE_NOOP("Texts", "{path}: {title}, {day}"),
    "doctor_integrity_ok": QT_TRANSLATE_NOOP("Texts", "structure and row checksums sound"),
    "doctor_integrity_bad": QT_TRANSLATE_NOOP("Texts", "{count} problems: {first}"),
    "doctor_roster": QT_TRANSLATE_NOOP("Texts", "{count} on the roster ({expected} expected)"),
    "doctor_roster_empty_advice": QT_TRANSLATE_NOOP(
        "Texts",
        "The roster is empty: import it on the organizer's PC (kiosk roster import) and copy "
        "the event file again. Without it, only walk-ins can be registered.",
    ),
    "doctor_keys_ok": QT_TRANSLATE_NOOP("Texts", "{count} public key(s)"),
    "doctor_keys_none": QT_TRANSLATE_NOOP("Texts", "no public key: tickets cannot be verified"),
    "doctor_keys_advice": QT_TRANSLATE_NOOP(
        "Texts",
        "Get the event file the organizer made with kiosk event new again.",
    ),
    "doctor_signing_key_absent": QT_TRANSLATE_NOOP(
        "Texts",
        "not beside the event file (right for a kiosk)",
    ),
    "doctor_signing_key_sample": QT_TRANSLATE_NOOP(
        "Texts",
        "{path}: the sample event's key (for demo tickets)",
    ),
    "doctor_signing_key_present": QT_TRANSLATE_NOOP("Texts", "beside the event file: {path}"),
    "doctor_signing_key_advice": QT_TRANSLATE_NOOP(
        "Texts",
        "Never keep the signing key on a kiosk: fine on the organizer's PC, but on a kiosk "
        "delete this file (the original stays on the organizer's PC). With it, tickets can "
        "be forged.",
    ),
    "doctor_clock": QT_TRANSLATE_NOOP("Texts", "now {now}, event day {day}"),
    "doctor_clock_day_advice": QT_TRANSLATE_NOOP(
        "Texts",
        "Today ({today}) is not the event day ({day}): check the PC's clock or the event "
        "file. Tickets are checked against the event file's date.",
    ),
    "doctor_clock_sample_advice": QT_TRANSLATE_NOOP(
        "Texts",
        "The sample event is dated {day}, not today ({today}): it is sample data. Create the "
        "real event with kiosk event new, or use kiosk demo to try it out.",
    ),
    "doctor_clock_zone_advice": QT_TRANSLATE_NOOP(
        "Texts",
        "The PC's time zone ({here}) differs from the event's ({event}): check the settings.",
    ),
    "sync_no_engine": QT_TRANSLATE_NOOP(
        "Texts",
        "No sync engine (syncthing): the kiosk works without door sync; merge by USB at the end.",
    ),
    "sync_bad_listen": QT_TRANSLATE_NOOP("Texts", "--listen must be HOST:PORT: {value}"),
    "sync_engine_failed": QT_TRANSLATE_NOOP("Texts", "The sync engine failed: {detail}"),
    "sync_ready": QT_TRANSLATE_NOOP(
        "Texts",
        "Door sync running (device {device}, {listen}). Ctrl+C to stop",
    ),
    "sync_not_running": QT_TRANSLATE_NOOP(
        "Texts",
        "Sync is not running for this data directory: start `kiosk sync run` first.",
    ),
    "sync_not_invitation": QT_TRANSLATE_NOOP(
        "Texts",
        "Not a pairing invitation (it starts with KIOSKSYNC1:).",
    ),
    "sync_other_event": QT_TRANSLATE_NOOP(
        "Texts",
        "The invitation is for another event: both doors need the same event file.",
    ),
    "sync_own_invitation": QT_TRANSLATE_NOOP(
        "Texts",
        "This kiosk made the invitation: join from another door.",
    ),
    "sync_kiosk_taken": QT_TRANSLATE_NOOP(
        "Texts",
        "The lead in this invitation has this door's kiosk id or a paired door's ({kiosk}):"
        " every door needs its own data folder (was one copied?). Nothing changed.",
    ),
    "sync_joined": QT_TRANSLATE_NOOP(
        "Texts",
        "Pairing asked (lead device {lead}): the lead kiosk accepts it shortly.",
    ),
    "sync_lead_unreachable": QT_TRANSLATE_NOOP(
        "Texts",
        "Pairing asked, but the lead ({address}) does not answer: put both laptops on one"
        " network (a travel router); they pair by themselves once they see each other.",
    ),
    "sync_status_device": QT_TRANSLATE_NOOP("Texts", "This device: {device}"),
    "sync_status_door": QT_TRANSLATE_NOOP(
        "Texts",
        "{door}: {state}, last data {age} s ago, {rows} rows",
    ),
    "sync_status_refused": QT_TRANSLATE_NOOP(
        "Texts",
        "  its latest file was refused ({reason}): its rows folded before are kept",
    ),
    "sync_status_clock_off": QT_TRANSLATE_NOOP(
        "Texts",
        "  its clock is off by {seconds} s: check the time on that laptop",
    ),
    "sync_status_not_published": QT_TRANSLATE_NOOP(
        "Texts",
        "This door's check-ins are NOT reaching the other doors: {error}",
    ),
    "sync_online": QT_TRANSLATE_NOOP("Texts", "online"),
    "sync_offline": QT_TRANSLATE_NOOP("Texts", "offline"),
    "doctor_summary": QT_TRANSLATE_NOOP("Texts", "Result: {fails} failed, {warns} warnings"),
    # -- roster problems (worded by kiosk/wording/roster.py) --
    "roster_missing_column": QT_TRANSLATE_NOOP("Texts", "a required column is missing: {col}"),
    "roster_duplicate_column": QT_TRANSLATE_NOOP(
        "Texts",
        "more than one '{col}' column: {detail}; keep only one",
    ),
    "roster_empty_name": QT_TRANSLATE_NOOP("Texts", "the name is empty"),
    "roster_name_too_long": QT_TRANSLATE_NOOP(
        "Texts",
        "the name is longer than {detail} characters",
    ),
    "roster_cell_too_long": QT_TRANSLATE_NOOP(
        "Texts",
        "the '{col}' cell is longer than {detail} characters",
    ),
    "roster_row_too_long": QT_TRANSLATE_NOOP(
        "Texts",
        "a row is too long (more than {detail} characters); check that the file is a roster",
    ),
    "roster_too_many_columns": QT_TRANSLATE_NOOP("Texts", "too many columns (more than {detail})"),
    "roster_sheet_read": QT_TRANSLATE_NOOP("Texts", "read the sheet '{detail}'"),
    "roster_hidden_sheets_skipped": QT_TRANSLATE_NOOP(
        "Texts",
        "hidden sheets were not read: {detail}",
    ),
    "roster_no_visible_sheet": QT_TRANSLATE_NOOP(
        "Texts",
        "no sheet is visible; unhide the roster sheet in Excel",
    ),
    "roster_hidden_rows_skipped": QT_TRANSLATE_NOOP("Texts", "hidden rows were not imported"),
    "roster_total_rows_skipped": QT_TRANSLATE_NOOP(
        "Texts",
        "taken for total rows and not imported",
    ),
    "roster_ambiguous_total_row": QT_TRANSLATE_NOOP(
        "Texts",
        "the name '{detail}' looks like a total, but other cells hold text: it is unclear "
        "whether this is a total row or a person; empty the other cells of a total row, or "
        "check the person's name",
    ),
    "roster_merged_cells_filled": QT_TRANSLATE_NOOP(
        "Texts",
        "filled the value of merged cells into the other cells they cover: {detail}",
    ),
    "roster_too_many_merged_ranges": QT_TRANSLATE_NOOP(
        "Texts",
        "too many merged cell ranges (more than {detail}); unmerge the cells in Excel and "
        "import again",
    ),
    "roster_conflicting_duplicate": QT_TRANSLATE_NOOP(
        "Texts",
        "different people share the same {col} ({detail})",
    ),
    "roster_duplicate_collapsed": QT_TRANSLATE_NOOP("Texts", "identical rows were merged into one"),
    "roster_undecodable": QT_TRANSLATE_NOOP(
        "Texts",
        "unreadable characters (byte offset {detail}); check the file's encoding (UTF-8 or CP949)",
    ),
    "roster_bad_csv": QT_TRANSLATE_NOOP("Texts", "the CSV is malformed (check the quotes)"),
    "roster_formula_cell": QT_TRANSLATE_NOOP(
        "Texts",
        "cells hold formulas: {detail}; in Excel, paste them as values and import again",
    ),
    "roster_error_cell": QT_TRANSLATE_NOOP("Texts", "cells hold error values: {detail}"),
    "roster_formula_ignored": QT_TRANSLATE_NOOP(
        "Texts",
        "formulas in columns that are not imported were ignored: {detail}",
    ),
    "roster_ignored_column": QT_TRANSLATE_NOOP("Texts", "this column is not imported: {col}"),
    "roster_phone_zero_restored": QT_TRANSLATE_NOOP(
        "Texts",
        "restored the leading 0 of phone numbers stored as numbers",
    ),
    "roster_empty_file": QT_TRANSLATE_NOOP("Texts", "the roster has nobody in it"),
    "roster_too_many_rows": QT_TRANSLATE_NOOP(
        "Texts",
        "the roster is too long (more than {detail} rows)",
    ),
    "roster_too_large": QT_TRANSLATE_NOOP(
        "Texts",
        "the file is too large (more than {detail} bytes)",
    ),
    "roster_unsupported_format": QT_TRANSLATE_NOOP(
        "Texts",
        "unsupported file format ({detail}); save it as CSV or an Excel workbook (.xlsx)",
    ),
    "roster_encrypted": QT_TRANSLATE_NOOP(
        "Texts",
        "the Excel file is password-protected; remove the password, save, and import again",
    ),
    "roster_not_xlsx": QT_TRANSLATE_NOOP(
        "Texts",
        "this is not an Excel workbook (.xlsx): the file is damaged or misnamed",
    ),
    "roster_unreadable": QT_TRANSLATE_NOOP("Texts", "the file cannot be opened ({detail})"),
    "column_name": QT_TRANSLATE_NOOP("Texts", "name"),
    "column_affiliation": QT_TRANSLATE_NOOP("Texts", "affiliation"),
    "column_department": QT_TRANSLATE_NOOP("Texts", "department"),
    "column_position": QT_TRANSLATE_NOOP("Texts", "position"),
    "column_employee_no": QT_TRANSLATE_NOOP("Texts", "employee number"),
    "column_phone": QT_TRANSLATE_NOOP("Texts", "phone"),
    "column_email": QT_TRANSLATE_NOOP("Texts", "email"),
    "roster_unknown_problem": QT_TRANSLATE_NOOP("Texts", "{kind}"),
    "roster_no_header_hint": QT_TRANSLATE_NOOP(
        "Texts",
        " (no header row with a name column in the first rows)",
    ),
    "row_item": QT_TRANSLATE_NOOP("Texts", "{row}"),
    "rows_one": QT_TRANSLATE_NOOP("Texts", "row {rows}"),
    "rows_many": QT_TRANSLATE_NOOP("Texts", "rows {rows}"),
    "rows_more": QT_TRANSLATE_NOOP("Texts", "{rows} and {more} more"),
    "rows_pair": QT_TRANSLATE_NOOP("Texts", "rows {first}, {second}"),
    "rows_problem": QT_TRANSLATE_NOOP("Texts", "{rows}: {problem}"),
    # a slow step's progress bar (terminal) and what stopping it left (terminal and window)
    "progress_roster": QT_TRANSLATE_NOOP("Texts", "Reading the roster"),
    "progress_export": QT_TRANSLATE_NOOP("Texts", "Making the export"),
    "progress_merge": QT_TRANSLATE_NOOP("Texts", "Reading the files"),
    "progress_tickets": QT_TRANSLATE_NOOP("Texts", "Making the tickets"),
    "stopped_roster": QT_TRANSLATE_NOOP(
        "Texts", "Stopped: the roster was NOT imported; nothing was changed."
    ),
    "stopped_export": QT_TRANSLATE_NOOP("Texts", "Stopped: no export file was written."),
    "stopped_merge": QT_TRANSLATE_NOOP(
        "Texts", "Stopped: nothing was merged; the event file is unchanged."
    ),
    "stopped_tickets": QT_TRANSLATE_NOOP(
        "Texts",
        "Stopped: no ticket was written ({dir} is as it was) and the event file is unchanged.",
    ),
}


def language() -> str:
    """'ko' unless KIOSK_LANG or the locale says English."""
    chosen = os.environ.get("KIOSK_LANG") or os.environ.get("LANG", "ko")
    return "en" if chosen.lower().startswith("en") else "ko"


def text(key: str, lang: str | None = None, **params: object) -> str:
    """`key`'s sentence in `lang` ("ko", "en"), by default the terminal's; `params` fill it."""
    source = MESSAGES[key]
    chosen = lang or language()
    translated = "" if chosen == SOURCE_LANGUAGE else _translator(chosen).translate(CONTEXT, source)
    return (translated or source).format(**params)


def voice(lang: str | None = None) -> Say:
    """`text` in one language ("ko", "en"; None: the terminal's), to hand to a report's wording."""
    return partial(text, lang=lang)


def shown(key: str, **params: object) -> str:
    """`key`'s sentence in the language the window shows now (its installed translators)."""
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate(CONTEXT, MESSAGES[key]).format(**params)


@cache
def _translator(lang: str) -> QTranslator:
    """kiosk_<lang>.qm, loaded once; without the file every sentence stays English. (Qt is
    imported here: a command that prints nothing, or prints English, never loads it.)"""
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    translator.load(f"kiosk_{lang}", str(translations_dir()))
    return translator
