"""The door's outcomes and the end of the day's reports (export, merge, salvage, copies)."""

from kiosk.texts.mark import QT_TRANSLATE_NOOP

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
}
