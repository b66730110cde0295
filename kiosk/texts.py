"""Messages of the command line, in Korean (default) and English.

The GUI translates its own strings with Qt's tools (kiosk/ui); these are for the terminal.
"""

from __future__ import annotations

import os

MESSAGES: dict[str, tuple[str, str]] = {
    # key: (Korean, English)
    "accepted": ("입장 확인", "checked in"),
    "already_checked_in": ("이미 입장함", "already checked in"),
    "unknown_attendee": ("명단에 없음", "not on the roster"),
    "invalid_signature": ("위조되었거나 잘못된 QR", "forged or invalid ticket"),
    "wrong_event": ("다른 행사의 QR", "ticket for another event"),
    "revoked": ("취소된 QR", "revoked ticket"),
    "malformed": ("입장권 QR이 아님", "not a ticket"),
    "not_open_yet": ("아직 입장 시간이 아님", "check-in not open yet"),
    "walk_in_registered": ("현장 등록", "walk-in registered"),
    "undone": ("입장 취소", "check-in undone"),
    "first_seen": ("처음 입장: {time} {door}", "first checked in at {time}, {door}"),
    "storage_failed": (
        "기록 실패: 저장하지 못했습니다 ({problem}). 입장을 확인하지 마세요. {detail}",
        "NOT RECORDED: the event file could not be written ({problem}). Do not admit. {detail}",
    ),
    "event_created": (
        "행사 파일을 만들었습니다: {path}\n"
        "서명 키: {key_file} (이 파일은 키오스크에 복사하지 마세요)",
        "Created the event file: {path}\nSigning key: {key_file} (never copy it to a kiosk)",
    ),
    "roster_imported": (
        "명단을 가져왔습니다: 추가 {added}명, 변경 {updated}명, 동일 {unchanged}명, "
        "명단에서 빠졌지만 입장 기록이 있어 보존 {kept}명, 삭제 {removed}명",
        "Roster imported: {added} added, {updated} updated, {unchanged} unchanged, "
        "{kept} kept off the roster because they have check-ins, {removed} removed",
    ),
    "roster_returned": (
        "명단에 다시 들어온 {count}명은 새 입장권이 필요합니다 (예전 입장권은 취소됨): "
        "kiosk tickets reissue 번호... --out 폴더",
        "{count} people came back onto the roster and need a new ticket (their old one stays "
        "revoked): kiosk tickets reissue SERIAL... --out DIR",
    ),
    "roster_needs_confirmation": (
        "명단을 가져오지 않았습니다: 입장권을 이미 받은 사람의 이름이 바뀌거나 명단에서 "
        "빠집니다 (아무것도 바뀌지 않음):",
        "Roster NOT imported: it renames or removes people who already hold a ticket "
        "(nothing changed):",
    ),
    "roster_renamed_row": (
        "  번호 {serial}: 이름 변경 {old} → {new} (입장권은 그대로 유효)",
        "  serial {serial}: renamed {old} → {new} (the ticket stays valid)",
    ),
    "roster_removed_row": (
        "  번호 {serial}: {name} 명단에서 빠짐 (입장권이 취소됨)",
        "  serial {serial}: {name} leaves the roster (the ticket is revoked)",
    ),
    "roster_accept_hint": (
        "이 변경이 맞으면 --accept-changes 를 붙여 다시 실행하세요.",
        "If these changes are right, run it again with --accept-changes.",
    ),
    "tickets_need_out": (
        "입장권을 저장할 폴더를 --out 으로 지정하세요.",
        "Name the folder for the tickets with --out.",
    ),
    "ticket_revoked": (
        "번호 {serial} {name}: 입장권 취소됨 (이름으로는 입장 확인 가능)",
        "serial {serial} {name}: ticket revoked (can still be checked in by name)",
    ),
    "ticket_reissued": (
        "번호 {serial} {name}: 새 입장권 발급 (예전 입장권은 취소됨)",
        "serial {serial} {name}: new ticket issued (the old one is revoked)",
    ),
    "no_such_person": (
        "명단에 그 번호의 사람이 없습니다 (아무것도 바뀌지 않음): {serials}",
        "No one on the roster has these serials (nothing changed): {serials}",
    ),
    "roster_refused": (
        "명단을 가져오지 않았습니다 (아무것도 바뀌지 않음):",
        "Roster NOT imported (nothing changed):",
    ),
    "tickets_written": (
        "입장권 {count}장을 {dir}에 만들었습니다 (목록: {index}, 인쇄용 명찰: badges.pdf)",
        "Wrote {count} tickets to {dir} (index: {index}, printable badges: badges.pdf)",
    ),
    "no_key": (
        "서명 키 파일이 없습니다: {path}. "
        "입장권은 행사를 만든 주최 측 PC에서만 발급할 수 있습니다.",
        "The signing key file is missing: {path}. Tickets can only be issued on the "
        "organizer's PC that created the event.",
    ),
    "event_file_problem": (
        "행사 파일을 열 수 없습니다: {path} ({problem})",
        "Cannot open the event file: {path} ({problem})",
    ),
    "no_codes": ("읽은 QR 코드가 없습니다.", "No QR codes were read."),
    "stats_line": (
        "입장 {arrived}명 / 예상 {expected}명 ({rate}), "
        "현장 등록 {walk_ins}명, 거부된 스캔 {rejected}건",
        "arrived {arrived} / expected {expected} ({rate}), walk-ins {walk_ins}, "
        "rejected scans {rejected}",
    ),
    "pin_reset": (
        "운영자 PIN을 지웠습니다 ({path}). 운영자 화면은 닫혀 있습니다: "
        "kiosk pin set 으로 새 PIN을 설정하세요.",
        "The operator PIN is cleared ({path}). Operator mode stays closed until you set a new "
        "one with kiosk pin set.",
    ),
    "pin_set": (
        "운영자 PIN을 설정했습니다 ({path}). 이 파일을 키오스크에 복사하세요.",
        "The operator PIN is set ({path}). Copy this file to the kiosks.",
    ),
    "pin_prompt": (
        "새 운영자 PIN (숫자 {low}~{high}자리): ",
        "New operator PIN ({low}-{high} digits): ",
    ),
    "pin_prompt_again": ("같은 PIN을 한 번 더: ", "The same PIN again: "),
    "pin_refused_empty": (
        "PIN이 입력되지 않았습니다. 아무것도 바뀌지 않았습니다.",
        "No PIN was given. Nothing changed.",
    ),
    "pin_refused_invalid": (
        "PIN은 숫자 {low}~{high}자리입니다. 아무것도 바뀌지 않았습니다.",
        "A PIN is {low} to {high} digits. Nothing changed.",
    ),
    "pin_refused_mismatch": (
        "두 번 입력한 PIN이 다릅니다. 아무것도 바뀌지 않았습니다.",
        "The two PINs differ. Nothing changed.",
    ),
    "pin_refused_encoding": (
        "표준 입력이 UTF-8이 아닙니다. 아무것도 바뀌지 않았습니다.",
        "Standard input is not UTF-8. Nothing changed.",
    ),
    "volunteer_code_set": (
        "봉사자 코드를 설정했습니다 ({path}). 이름 확인과 현장 등록은 이 코드로 엽니다.",
        "The volunteer code is set ({path}). It opens name check-in and walk-ins.",
    ),
    "volunteer_code_prompt": (
        "새 봉사자 코드 (숫자 {low}~{high}자리, 운영자 PIN과 다르게): ",
        "New volunteer code ({low}-{high} digits, not the operator PIN): ",
    ),
    "volunteer_code_prompt_again": ("같은 코드를 한 번 더: ", "The same code again: "),
    "volunteer_code_refused": (
        "봉사자 코드는 숫자 {low}~{high}자리입니다. 아무것도 바뀌지 않았습니다.",
        "A volunteer code is {low} to {high} digits. Nothing changed.",
    ),
    "name_checkin_set": (
        "이름으로 출석 확인: {mode} ({path}).",
        "Check-in by name: {mode} ({path}).",
    ),
    "name_checkin_staffed": (
        "봉사자 확인 (봉사자 코드로 엽니다)",
        "staffed (a volunteer's code opens it)",
    ),
    "name_checkin_self-service": (
        "본인 확인 (명단 전화번호 끝 네 자리)",
        "self-service (the last four digits of the phone on the roster)",
    ),
    "backup_written": ("안전한 사본을 만들었습니다: {path}", "Wrote a safe copy: {path}"),
    "not_available": ("이 기능은 아직 준비되지 않았습니다: {what}", "Not available yet: {what}"),
    "export_written": (
        "출석 명단을 내보냈습니다: {path} ({rows}명, SHA-256 {sha256})",
        "Exported the attendance: {path} ({rows} people, SHA-256 {sha256})",
    ),
    "export_failed": (
        "내보내지 못했습니다: {path} ({detail})",
        "Could not export to {path} ({detail})",
    ),
    "export_refused_encoding": (
        "{encoding}로는 아래 글자를 쓸 수 없어 파일을 만들지 않았습니다. "
        "UTF-8(기본값)로 내보내거나 명단을 고쳐 주세요:",
        "Nothing written: {encoding} cannot hold the characters below. "
        "Export in UTF-8 (the default) or correct the roster:",
    ),
    "export_unencodable": (
        "  번호 {number} {column}: '{char}' ({codepoint})",
        "  row {number} {column}: '{char}' ({codepoint})",
    ),
    "export_unencodable_heading": (
        "  머리말 {label}: '{char}' ({codepoint})",
        "  heading {label}: '{char}' ({codepoint})",
    ),
    "export_unencodable_more": ("  … 외 {count}건", "  … and {count} more"),
    "merge_refused": (
        "합치지 않았습니다 (아무것도 바뀌지 않음): {path}: {reason} {detail}",
        "Nothing merged (nothing changed): {path}: {reason} {detail}",
    ),
    "merge_same_file": ("지금 열려 있는 바로 그 파일입니다", "this is the open event file itself"),
    "merge_other_event": ("다른 행사의 파일입니다", "the file belongs to another event"),
    "merge_damaged": (
        "손상된 파일입니다 (kiosk merge --salvage 파일: 검사합계가 맞는 기록만 가져옵니다)",
        "the file is damaged (kiosk merge --salvage FILE takes the rows whose checksums hold)",
    ),
    "merge_conflict": (
        "같은 기록 번호에 다른 내용이 있습니다 (키오스크 ID가 겹쳤거나 파일이 변조됨)",
        "the same record key holds different content (a shared kiosk id, or a tampered file)",
    ),
    "merge_unreadable": ("파일을 읽을 수 없습니다", "the file cannot be read"),
    "merge_schema": (
        "다른 버전의 키오스크가 만든 파일입니다",
        "the file comes from another version of the kiosk",
    ),
    "merge_source": (
        "{path}: 새 기록 {new}건, 이미 있던 기록 {present}건, 현장 등록자 {walk_ins}명 추가, "
        "명단에 없던 사람 {attendees}명 추가",
        "{path}: {new} new rows, {present} already here, {walk_ins} walk-ins added, "
        "{attendees} people added to the roster",
    ),
    "merge_done": ("합치기 완료: 새 기록 모두 {new}건", "Merge done: {new} new rows in all"),
    "merge_nothing": (
        "합칠 파일을 주세요: kiosk merge 파일... 또는 kiosk merge --salvage 파일",
        "Name the files to merge: kiosk merge FILE... or kiosk merge --salvage FILE",
    ),
    "salvage_taken": (
        "{path}: 검사합계가 맞는 체크인 기록 {rows}건을 살렸습니다",
        "{path}: {rows} check-in rows whose checksums hold were salvaged",
    ),
    "salvage_skipped": (
        "  건너뛴 기록 {count}건 (키오스크/번호): {keys}",
        "  {count} rows skipped (kiosk/seq): {keys}",
    ),
    "salvage_skipped_here": (
        "  건너뛴 기록 가운데 {count}건은 이 파일에 이미 있습니다",
        "  {count} of the rows skipped are already in this file",
    ),
    "salvage_broken_pages": (
        "  손상된 페이지 {pages}개: 키오스크마다 마지막으로 읽힌 기록 뒤의 기록은 알 수 없습니다",
        "  {pages} damaged pages: rows after each kiosk's last readable row cannot be known",
    ),
    "salvage_roster_unread": (
        "  손상된 파일의 명단·티켓 취소 기록은 가져오지 않았습니다 (검사합계가 없음). "
        "주최 측 PC에서 확인하세요",
        "  The damaged file's roster and ticket revocations were not taken (they carry no "
        "checksum). Check them on the organizer's PC",
    ),
    # -- refusals of the command line: one line each, nothing changed (issue 10) --
    "unexpected": (
        "예기치 못한 오류로 멈췄습니다 ({error}). 자세한 내용은 로그에 있습니다: {log}",
        "Stopped on an unexpected error ({error}). The details are in the log: {log}",
    ),
    "file_not_found": ("파일이 없습니다: {path}", "File not found: {path}"),
    "is_a_directory": (
        "파일이 아니라 폴더입니다: {path}",
        "{path} is a folder, not a file",
    ),
    "file_unreadable": (
        "파일을 읽을 수 없습니다: {path} ({detail})",
        "Cannot read {path} ({detail})",
    ),
    "image_unreadable": (
        "그림 파일로 읽을 수 없습니다: {path}",
        "Cannot read {path} as an image",
    ),
    "not_utf8": (
        "{path} {line}번째 줄이 UTF-8 글자가 아닙니다. UTF-8로 저장해 주세요.",
        "{path}, line {line}, is not UTF-8 text: save it as UTF-8.",
    ),
    "standard_input": ("표준 입력", "standard input"),
    "data_dir_is_file": (
        "데이터 폴더로 지정한 곳이 폴더가 아니라 파일입니다: {path}",
        "The data directory {path} is a file, not a folder",
    ),
    "data_dir_unusable": (
        "데이터 폴더를 쓸 수 없습니다: {path} ({detail}). --data-dir 로 쓸 수 있는 폴더를 "
        "지정하세요.",
        "Cannot use the data directory {path} ({detail}): name a writable folder with --data-dir.",
    ),
    "event_is_directory": (
        "행사 파일이 아니라 폴더입니다: {path}. --event 에 행사 파일(.db)을 지정하세요.",
        "{path} is a folder: give --event the event file (.db).",
    ),
    "problem_missing": ("파일이 없음", "no such file"),
    "problem_not_an_event": ("키오스크 행사 파일이 아님", "not a kiosk event file"),
    "problem_corrupt": ("손상된 파일", "the file is damaged"),
    "problem_io_error": ("읽기 오류", "read error"),
    "problem_too_new": (
        "더 새 버전의 키오스크가 만든 파일",
        "made by a newer version of the kiosk",
    ),
    "problem_locked": ("다른 프로그램이 쓰는 중", "another program is writing it"),
    "problem_read_only": ("쓸 수 없는 파일", "the file cannot be written"),
    "problem_disk_full": ("저장 공간 부족", "the disk is full"),
    "problem_other": ("{detail}", "{detail}"),
    "starts_invalid": (
        "--starts 날짜를 알아볼 수 없습니다: {value}. 예: 2024-10-30T10:30 또는 "
        "2024-10-30T10:30+09:00",
        "--starts is not a date and time: {value}. For example 2024-10-30T10:30 or "
        "2024-10-30T10:30+09:00",
    ),
    "starts_out_of_range": (
        "--starts 의 날짜 {day}는 입장권에 담을 수 없습니다: {first}부터 {last}까지만 됩니다.",
        "--starts: a ticket cannot hold the day {day}; only {first} to {last} can be used.",
    ),
    "number_out_of_range": (
        "--number 는 1부터 65535까지의 수여야 합니다: {value}",
        "--number must be 1 to 65535: {value}",
    ),
    "expected_negative": (
        "--expected 는 0 이상이어야 합니다: {value}",
        "--expected cannot be negative: {value}",
    ),
    "agenda_bad_line": (
        "일정 파일 {path} {number}번째 줄이 'HH:MM 제목' 형식이 아닙니다: {line}",
        "Agenda file {path}, line {number}, is not 'HH:MM title': {line}",
    ),
    "event_exists": (
        "이미 있는 파일이라 새 행사를 만들지 않았습니다: {path}",
        "Not created: {path} already exists",
    ),
    "event_not_created": (
        "행사 파일을 만들지 못했습니다: {path} ({detail})",
        "Could not create the event file {path} ({detail})",
    ),
    "key_unreadable": (
        "서명 키 파일을 읽을 수 없습니다: {path} ({detail})",
        "Cannot read the signing key file {path} ({detail})",
    ),
    "key_not_pem": (
        "서명 키 파일이 아닙니다 (PEM 형식의 개인 키가 없음): {path}. 아무것도 쓰지 않았습니다.",
        "Not a signing key file (no PEM private key in it): {path}. Nothing was written.",
    ),
    "key_not_ed25519": (
        "Ed25519 서명 키가 아닙니다: {path}. 아무것도 쓰지 않았습니다.",
        "Not an Ed25519 signing key: {path}. Nothing was written.",
    ),
    "key_not_this_event": (
        "이 행사의 서명 키가 아닙니다: {path}. 이 키로 만든 입장권은 모든 키오스크에서 위조로 "
        "판정됩니다. 행사를 만들 때 생긴 키를 --key 로 지정하세요. 아무것도 쓰지 않았습니다.",
        "Not this event's signing key: {path}. Every kiosk would call its tickets forged: "
        "give --key the key made with this event. Nothing was written.",
    ),
    "target_refused": (
        "쓰지 않았습니다 (아무것도 바뀌지 않음): {path}: {reason}",
        "Nothing written to {path}: {reason}",
    ),
    "target_event_file": (
        "키오스크가 쓰고 있는 행사 파일입니다 ({live})",
        "it is the event file the kiosk runs on ({live})",
    ),
    "target_key": ("서명 키 파일입니다 ({live})", "it is a signing key ({live})"),
    "target_live_file": (
        "키오스크가 쓰는 파일입니다 ({live})",
        "it is a file the kiosk keeps ({live})",
    ),
    "target_live_folder": (
        "행사 파일이나 키오스크 데이터가 있는 폴더입니다. 새 폴더를 지정하세요",
        "the folder holds the event file or the kiosk's data; name a new folder",
    ),
    "target_is_directory": (
        "폴더입니다. 파일 이름까지 지정하세요",
        "it is a folder; give a file name",
    ),
    "target_not_a_directory": (
        "폴더가 아니라 파일입니다. 새 폴더를 지정하세요",
        "it is a file, not a folder; name a folder",
    ),
    "target_other_file": (
        "이미 있는 다른 파일입니다 (명단, 다른 행사나 다른 출입구의 파일일 수 있음). 다른 이름을 "
        "고르세요",
        "a different file is already there (a roster, another event's or another door's file): "
        "choose another name",
    ),
    "target_unmerged": (
        "이 행사의 다른 사본에 이 파일에 없는 입장 기록이 있습니다. 먼저 합치거나 다른 이름을 "
        "고르세요",
        "it is another copy of this event with check-ins this file lacks: merge it first or "
        "choose another name",
    ),
    "target_no_folder": (
        "폴더가 없습니다: {live}. USB 메모리가 꽂혀 있는지 확인하세요",
        "the folder {live} does not exist; check that the USB stick is plugged in",
    ),
    "export_unknown_suffix": (
        "쓰지 않았습니다: {path}: 파일 형식을 알 수 없습니다. 이름을 .xlsx 나 .csv 로 "
        "끝내거나 --format 을 지정하세요.",
        "Nothing written: {path}: unknown file type. End the name in .xlsx or .csv, "
        "or give --format.",
    ),
    "export_suffix_mismatch": (
        "쓰지 않았습니다: {path}: 파일 이름이 --format {format} 과 맞지 않습니다.",
        "Nothing written: {path}: the file name does not fit --format {format}.",
    ),
    "write_failed": ("쓰지 못했습니다: {path} ({detail})", "Could not write {path} ({detail})"),
    "backup_failed": (
        "사본을 만들지 못했습니다: {path} ({detail})",
        "Could not write the copy {path} ({detail})",
    ),
    # -- kiosk doctor (kiosk/services/doctor.py, kiosk/services/doctor_checks.py) --
    "doctor_name_camera": ("카메라", "camera"),
    "doctor_name_decoder_zxing": ("QR 해독 (zxing-cpp)", "QR decoder (zxing-cpp)"),
    "doctor_name_decoder_zbar": ("QR 해독 보조 (pyzbar)", "QR decoder backup (pyzbar)"),
    "doctor_name_decoder_selftest": ("QR 해독 시험", "QR decoding self-test"),
    "doctor_name_font": ("한글 글꼴", "Korean font"),
    "doctor_name_data_dir": ("데이터 폴더", "data directory"),
    "doctor_name_disk_space": ("남은 저장 공간", "free disk space"),
    "doctor_name_desktop": ("키오스크 세션", "kiosk session"),
    "doctor_name_event_file": ("행사 파일", "event file"),
    "doctor_name_event_integrity": ("행사 파일 무결성", "event file integrity"),
    "doctor_name_event_roster": ("명단", "roster"),
    "doctor_name_event_keys": ("입장권 확인 키", "ticket verification keys"),
    "doctor_name_signing_key": ("서명 키", "signing key"),
    "doctor_name_event_clock": ("시계", "clock"),
    "doctor_name_sync_engine": ("출입구 동기화", "door sync"),
    "doctor_sync_none": (
        "동기화 엔진(syncthing) 없음: 출입구 동기화 꺼짐, 끝난 뒤 USB 병합",
        "no sync engine (syncthing): door sync off, merge by USB at the end",
    ),
    "doctor_sync_found": ("syncthing {version} ({path})", "syncthing {version} ({path})"),
    "doctor_sync_running": (
        "; 실행 중: REST {rest}, 연결 {listen}",
        "; running: REST {rest}, listening on {listen}",
    ),
    "doctor_sync_lan": ("; 이 컴퓨터의 주소 {addresses}", "; this machine's addresses {addresses}"),
    "doctor_sync_no_network": (
        "; 네트워크 없음: 출입구끼리 서로 볼 수 없음, USB 병합",
        "; no network: doors cannot see each other; USB merge",
    ),
    "doctor_sync_no_network_advice": (
        "모든 출입구 노트북을 같은 Wi-Fi(또는 여행용 공유기)에 연결하세요. "
        "그동안은 끝난 뒤 USB 병합을 쓰세요.",
        "Connect every door's laptop to the same Wi-Fi (or a travel router); "
        "until then merge by USB.",
    ),
    "doctor_sync_heard": (
        "; LAN에서 다른 기기 {count}대가 보임",
        "; LAN discovery heard {count} other device(s)",
    ),
    "doctor_sync_heard_none": (
        "; LAN에서 다른 출입구가 아직 보이지 않음",
        "; no other kiosk heard on the LAN yet",
    ),
    "doctor_sync_heard_none_advice": (
        "다른 출입구도 켜져 있는데 계속 보이지 않으면 행사장 Wi-Fi가 기기끼리 막는 것입니다: "
        "여행용 공유기를 쓰세요.",
        "If the other doors are running and still unheard, the venue Wi-Fi isolates clients: "
        "use a travel router.",
    ),
    "doctor_sync_broken": (
        "{path}: 실행할 수 없음 ({detail})",
        "{path}: does not run ({detail})",
    ),
    "doctor_sync_broken_advice": (
        "syncthing을 다시 설치하세요(apt-get install syncthing). 그동안은 USB 병합을 쓰세요.",
        "Reinstall syncthing (apt-get install syncthing); until then merge by USB.",
    ),
    "doctor_name_operator_pin": ("운영자 PIN", "operator PIN"),
    "doctor_pin_set": ("설정됨", "set"),
    "doctor_pin_missing": (
        "설정되지 않음: 운영자 화면(내보내기, 입장 취소, 종료)을 열 수 없습니다",
        "not set: operator mode (export, undo, quit) cannot be opened",
    ),
    "doctor_pin_advice": (
        "주최 측 PC에서 kiosk pin set 으로 PIN을 설정한 뒤 행사 파일을 키오스크에 복사하세요.",
        "Set it on the organizer's PC with kiosk pin set, then copy the event file to the kiosks.",
    ),
    "doctor_camera_not_opened": ("{spec}: 열 수 없음", "{spec}: cannot open"),
    "doctor_camera_index": ("카메라 {index}번", "camera {index}"),
    "doctor_camera_none": (
        "카메라를 찾을 수 없습니다: USB 연결을 확인하거나 --camera 로 다른 번호를 지정하세요 "
        "(예: --camera 1). 화상회의 프로그램 등이 카메라를 쓰고 있으면 닫으세요. "
        "카메라 없이도 이름 검색으로 입장 확인은 할 수 있습니다.",
        "No camera found: check the USB cable or name another one with --camera (e.g. "
        "--camera 1). Close any program (video calls) that is using the camera. "
        "Without a camera, check-in by name search still works.",
    ),
    "doctor_camera_unsupported": (
        "동영상 파일이나 이미지 폴더가 아닙니다: --camera 에 카메라 번호, 동영상 파일 또는 "
        "이미지 폴더를 지정하세요. 카메라 없이도 이름 검색으로 입장 확인은 할 수 있습니다.",
        "Not a video file or image folder: give --camera a camera number, a video file or an "
        "image folder. Without a camera, check-in by name search still works.",
    ),
    "doctor_camera_no_frames": (
        "{source}: 열렸지만 화면이 오지 않음",
        "{source}: opened but delivers no picture",
    ),
    "doctor_camera_busy": (
        "다른 프로그램이 카메라를 쓰고 있지 않은지 확인하고, USB 선을 뽑았다 다시 꽂으세요. "
        "카메라 없이도 이름 검색으로 입장 확인은 할 수 있습니다.",
        "Check that no other program is using the camera, then unplug and replug it. "
        "Without a camera, check-in by name search still works.",
    ),
    "doctor_camera_found": (
        "{source}: {width}x{height}, 초당 {fps}장 ({frames}장 읽음)",
        "{source}: {width}x{height} at {fps} fps ({frames} frames read)",
    ),
    "doctor_camera_small": (
        "해상도가 {width}x{height}보다 낮아 작은 QR을 못 읽을 수 있습니다: 더 좋은 카메라를 "
        "쓰거나 QR을 카메라 가까이 대도록 안내하세요.",
        "Below {width}x{height}, small QR codes may not read: use a better camera or ask "
        "people to hold codes closer.",
    ),
    "doctor_camera_slow": (
        "초당 {fps}장은 느립니다: 조명을 밝게 하고, USB 허브 대신 PC에 직접 꽂으세요.",
        "{fps} fps is slow: add light, and plug the camera into the PC rather than a hub.",
    ),
    "doctor_camera_dark": (
        "화면이 검습니다: 렌즈 덮개나 가림막을 치우고 조명을 확인하세요.",
        "The picture is black: remove the lens cover and check the lighting.",
    ),
    "doctor_camera_frozen": (
        "화면이 멈춰 있습니다: 카메라를 뽑았다 다시 꽂으세요.",
        "The picture is frozen: unplug and replug the camera.",
    ),
    "doctor_reinstall": (
        "프로그램을 다시 설치하세요 (IT 담당자에게 문의).",
        "Reinstall the program (ask your IT contact).",
    ),
    "doctor_zxing_ok": ("zxing-cpp {version}", "zxing-cpp {version}"),
    "doctor_zxing_missing": ("zxing-cpp 없음", "zxing-cpp missing"),
    "doctor_zbar_ok": ("{version} ({file})", "{version} ({file})"),
    "doctor_zbar_missing": ("pyzbar 사용 불가: {problem}", "pyzbar unavailable: {problem}"),
    "doctor_zbar_advice": (
        "zxing-cpp 만으로 동작합니다; 흐린 QR을 더 잘 읽으려면 설치: sudo apt-get install libzbar0",
        "The kiosk works on zxing-cpp alone; to read blurred codes better, install: "
        "sudo apt-get install libzbar0",
    ),
    "doctor_selftest_ok": (
        "시험용 입장권 QR을 읽었습니다 ({engines})",
        "read a test ticket QR ({engines})",
    ),
    "doctor_selftest_failed": (
        "시험용 입장권 QR을 읽지 못했습니다",
        "could not read a test ticket QR",
    ),
    "doctor_font_missing": ("글꼴 파일 없음: {path}", "font file missing: {path}"),
    "doctor_font_unreadable": ("글꼴 파일을 읽을 수 없음: {path}", "font file unreadable: {path}"),
    "doctor_font_no_hangul": (
        "{path}: 한글 글자가 없음 ({missing})",
        "{path}: no Hangul glyphs ({missing})",
    ),
    "doctor_font_ok": ("{path}: 한글 있음 ({samples})", "{path}: Hangul present ({samples})"),
    "doctor_data_writable": ("{path}: 쓰기 가능", "{path}: writable"),
    "doctor_data_unwritable": ("{path}: 쓸 수 없음 ({detail})", "{path}: not writable ({detail})"),
    "doctor_data_advice": (
        "폴더 권한을 확인하거나, --data-dir 로 쓸 수 있는 폴더를 지정하세요.",
        "Check the folder's permissions, or name a writable folder with --data-dir.",
    ),
    "doctor_space": ("{free} 남음", "{free} free"),
    "doctor_space_unknown": ("확인할 수 없음 ({detail})", "unknown ({detail})"),
    "doctor_desktop_none": (
        "일반 데스크톱 없음 (키오스크 전용 세션)",
        "no ordinary desktop (a session of the kiosk's own)",
    ),
    "doctor_desktop_found": (
        "일반 데스크톱 안에서 실행 중: {what}",
        "running inside an ordinary desktop: {what}",
    ),
    "doctor_desktop_advice": (
        "이 PC가 키오스크라면, 패널·메뉴로 키오스크를 벗어날 수 있습니다. 키오스크만 시작하는 전용 "
        "사용자 세션(예: openbox + kiosk, 자동 로그인)으로 실행하세요: docs/RUNBOOK.md 참고.",
        "If this PC is the kiosk, its panel and menus lead away from the kiosk. Run it in a "
        "user session that starts only the kiosk (e.g. openbox + kiosk, autologin): "
        "see docs/RUNBOOK.md.",
    ),
    "doctor_desktop_windows_advice": (
        "이 PC가 키오스크라면, 탐색기(작업 표시줄·시작 메뉴)로 키오스크를 벗어날 수 있습니다. "
        "할당된 액세스(Assigned Access) 또는 Shell Launcher로 잠그세요: docs/RUNBOOK.md 참고.",
        "If this PC is the kiosk, Explorer (taskbar, Start menu) leads away from the kiosk. "
        "Lock it with Assigned Access or Shell Launcher: see docs/RUNBOOK.md.",
    ),
    "doctor_space_advice": (
        "필요 없는 파일을 지워 {need} 이상 확보하세요. "
        "공간이 없으면 입장 기록을 저장할 수 없습니다.",
        "Free at least {need}: without space, check-ins cannot be recorded.",
    ),
    "doctor_current_gone": (
        "지정된 현재 행사 파일이 없습니다: {path}",
        "the current event file is gone: {path}",
    ),
    "doctor_current_gone_advice": (
        "USB 등에서 파일을 다시 복사하거나 --event 로 지정하세요. "
        "그대로 두면 샘플 행사가 열립니다.",
        "Copy the file back or name it with --event; otherwise the sample event opens.",
    ),
    "doctor_sample_not_made": (
        "샘플 행사를 만들 수 없음 ({detail})",
        "cannot create the sample event ({detail})",
    ),
    "doctor_event_unopened": ("{path}: 열 수 없음 ({problem})", "{path}: cannot open ({problem})"),
    "doctor_event_missing_advice": (
        "파일이 없습니다: 경로를 확인하거나 주최 측에서 받은 행사 파일을 --event 로 지정하세요.",
        "No such file: check the path, or name the organizer's event file with --event.",
    ),
    "doctor_event_damaged_advice": (
        "손상된 파일입니다. 이 파일을 그대로 보관하고(지우거나 덮어쓰지 마세요) 주최 측에 "
        "알리세요. kiosk event new 또는 주최 측 사본(다른 이름으로 복사해 --event 로 지정)으로 "
        "다시 시작하세요.",
        "The file is damaged. Keep it exactly as it is (do not delete or overwrite it) and tell "
        "the organizer. Start again with kiosk event new or with the organizer's copy (copied "
        "under another name and given with --event).",
    ),
    "doctor_event_not_event_advice": (
        "키오스크 행사 파일이 아닙니다: 주최 측에서 받은 .db 파일인지 확인하세요.",
        "Not a kiosk event file: check that this is the .db file from the organizer.",
    ),
    "doctor_event_too_new_advice": (
        "더 새 버전의 키오스크가 만든 파일입니다: 프로그램을 최신 버전으로 바꾸세요.",
        "A newer kiosk version made this file: update the program.",
    ),
    "doctor_event_locked_advice": (
        "다른 프로그램이 파일을 쓰고 있습니다: 키오스크 창을 닫은 뒤 다시 점검하세요.",
        "Another program is writing the file: close the kiosk window and check again.",
    ),
    "doctor_event_read_only_advice": (
        "파일에 쓸 수 없습니다: 읽기 전용 USB나 폴더라면 PC의 데이터 폴더로 복사하세요.",
        "The file cannot be written: copy it from a read-only stick or folder onto this PC.",
    ),
    "doctor_event_other_advice": (
        "파일을 그대로 보관하고 주최 측에 알리세요. 로그: 데이터 폴더의 logs/kiosk.log",
        "Keep the file as it is and tell the organizer. Log: logs/kiosk.log in the data folder.",
    ),
    "doctor_sample_note": (
        " (샘플 데이터: 실제 행사는 kiosk event new 로 만드세요)",
        " (sample data: create the real event with kiosk event new)",
    ),
    "doctor_event_opened": ("{path}: {title}, {day}", "{path}: {title}, {day}"),
    "doctor_integrity_ok": ("구조와 기록 검사값 이상 없음", "structure and row checksums sound"),
    "doctor_integrity_bad": ("문제 {count}건: {first}", "{count} problems: {first}"),
    "doctor_roster": (
        "명단 {count}명 (예상 인원 {expected}명)",
        "{count} on the roster ({expected} expected)",
    ),
    "doctor_roster_empty_advice": (
        "명단이 비어 있습니다: 주최 측 PC에서 kiosk roster import 로 명단을 넣고 행사 파일을 "
        "다시 복사하세요. 명단 없이는 현장 등록만 됩니다.",
        "The roster is empty: import it on the organizer's PC (kiosk roster import) and copy "
        "the event file again. Without it, only walk-ins can be registered.",
    ),
    "doctor_keys_ok": ("공개 키 {count}개", "{count} public key(s)"),
    "doctor_keys_none": (
        "공개 키 없음: 입장권을 확인할 수 없습니다",
        "no public key: tickets cannot be verified",
    ),
    "doctor_keys_advice": (
        "주최 측이 kiosk event new 로 만든 행사 파일을 다시 받으세요.",
        "Get the event file the organizer made with kiosk event new again.",
    ),
    "doctor_signing_key_absent": (
        "행사 파일 옆에 없음 (키오스크에 맞는 상태)",
        "not beside the event file (right for a kiosk)",
    ),
    "doctor_signing_key_sample": (
        "{path}: 샘플 행사용 키 (시연용 입장권 발급)",
        "{path}: the sample event's key (for demo tickets)",
    ),
    "doctor_signing_key_present": ("행사 파일 옆에 있음: {path}", "beside the event file: {path}"),
    "doctor_signing_key_advice": (
        "서명 키는 키오스크에 두지 마세요: 주최 측 PC라면 괜찮지만, 키오스크라면 이 파일을 "
        "지우세요 (원본은 주최 측 PC에 보관). 키가 있으면 입장권을 위조할 수 있습니다.",
        "Never keep the signing key on a kiosk: fine on the organizer's PC, but on a kiosk "
        "delete this file (the original stays on the organizer's PC). "
        "With it, tickets can be forged.",
    ),
    "doctor_clock": ("지금 {now}, 행사일 {day}", "now {now}, event day {day}"),
    "doctor_clock_day_advice": (
        "오늘({today})은 행사일({day})이 아닙니다: PC 시계나 행사 파일을 확인하세요. "
        "입장권의 날짜는 행사 파일 기준으로 확인됩니다.",
        "Today ({today}) is not the event day ({day}): check the PC's clock or the event "
        "file. Tickets are checked against the event file's date.",
    ),
    "doctor_clock_sample_advice": (
        "샘플 행사의 날짜({day})이므로 오늘({today})과 다릅니다: 샘플 데이터입니다. "
        "실제 행사는 kiosk event new 로 만들고, 시연은 kiosk demo 를 쓰세요.",
        "The sample event is dated {day}, not today ({today}): it is sample data. Create "
        "the real event with kiosk event new, or use kiosk demo to try it out.",
    ),
    "doctor_clock_zone_advice": (
        "PC 시간대({here})가 행사 시간대({event})와 다릅니다: 시간대 설정을 확인하세요.",
        "The PC's time zone ({here}) differs from the event's ({event}): check the settings.",
    ),
    "sync_no_engine": (
        "동기화 엔진(syncthing)이 없습니다: 출입구 동기화 없이 그대로 쓰고, 끝나면 USB로 합칩니다.",
        "No sync engine (syncthing): the kiosk works without door sync; merge by USB at the end.",
    ),
    "sync_bad_listen": (
        "--listen은 호스트:포트 형식이어야 합니다: {value}",
        "--listen must be HOST:PORT: {value}",
    ),
    "sync_engine_failed": (
        "동기화 엔진이 응답하지 않습니다: {detail}",
        "The sync engine failed: {detail}",
    ),
    "sync_ready": (
        "출입구 동기화 실행 중 (장치 {device}, {listen}). 끝내려면 Ctrl+C",
        "Door sync running (device {device}, {listen}). Ctrl+C to stop",
    ),
    "sync_not_running": (
        "이 데이터 폴더의 동기화가 실행 중이 아닙니다: 먼저 `kiosk sync run`을 실행하세요.",
        "Sync is not running for this data directory: start `kiosk sync run` first.",
    ),
    "sync_not_invitation": (
        "연결 초대 글이 아닙니다 (KIOSKSYNC1:로 시작해야 합니다).",
        "Not a pairing invitation (it starts with KIOSKSYNC1:).",
    ),
    "sync_other_event": (
        "다른 행사의 초대입니다: 두 출입구가 같은 행사 파일을 써야 합니다.",
        "The invitation is for another event: both doors need the same event file.",
    ),
    "sync_own_invitation": (
        "이 키오스크가 만든 초대입니다: 다른 출입구에서 연결하세요.",
        "This kiosk made the invitation: join from another door.",
    ),
    "sync_joined": (
        "연결을 요청했습니다 (대표 장치 {lead}): 대표 키오스크가 곧 수락합니다.",
        "Pairing asked (lead device {lead}): the lead kiosk accepts it shortly.",
    ),
    "sync_status_device": ("이 장치: {device}", "This device: {device}"),
    "sync_status_door": (
        "{door}: {state}, 마지막 자료 {age}초 전, {rows}건",
        "{door}: {state}, last data {age} s ago, {rows} rows",
    ),
    "sync_online": ("연결됨", "online"),
    "sync_offline": ("끊김", "offline"),
    "doctor_summary": (
        "점검 결과: 실패 {fails}건, 주의 {warns}건",
        "Result: {fails} failed, {warns} warnings",
    ),
}


def language() -> str:
    """'ko' unless KIOSK_LANG or the locale says English."""
    chosen = os.environ.get("KIOSK_LANG") or os.environ.get("LANG", "ko")
    return "en" if chosen.lower().startswith("en") else "ko"


def text(key: str, lang: str | None = None, **params: object) -> str:
    korean, english = MESSAGES[key]
    template = english if (lang or language()) == "en" else korean
    return template.format(**params)
