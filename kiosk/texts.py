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
    "roster_refused": (
        "명단을 가져오지 않았습니다 (아무것도 바뀌지 않음):",
        "Roster NOT imported (nothing changed):",
    ),
    "tickets_written": (
        "입장권 {count}장을 {dir}에 만들었습니다 (목록: {index})",
        "Wrote {count} tickets to {dir} (index: {index})",
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
    "merge_refused": (
        "합치지 않았습니다 (아무것도 바뀌지 않음): {path}: {reason} {detail}",
        "Nothing merged (nothing changed): {path}: {reason} {detail}",
    ),
    "merge_same_file": ("지금 열려 있는 바로 그 파일입니다", "this is the open event file itself"),
    "merge_other_event": ("다른 행사의 파일입니다", "the file belongs to another event"),
    "merge_damaged": ("손상된 파일입니다", "the file is damaged"),
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
}


def language() -> str:
    """'ko' unless KIOSK_LANG or the locale says English."""
    chosen = os.environ.get("KIOSK_LANG") or os.environ.get("LANG", "ko")
    return "en" if chosen.lower().startswith("en") else "ko"


def text(key: str, lang: str | None = None, **params: object) -> str:
    korean, english = MESSAGES[key]
    template = english if (lang or language()) == "en" else korean
    return template.format(**params)
