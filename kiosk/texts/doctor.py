"""`kiosk doctor`'s checks and the doors' sync lines (worded by kiosk/wording/doctor.py)."""

from kiosk.texts.mark import QT_TRANSLATE_NOOP

MESSAGES: dict[str, str] = {
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
}
