"""Refusals on the command line: one line each, saying nothing was changed."""

from kiosk.texts.mark import QT_TRANSLATE_NOOP

MESSAGES: dict[str, str] = {
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
}
