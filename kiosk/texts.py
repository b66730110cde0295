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
        "행사 파일을 만들었습니다: {path}\n서명 키: {key} (이 파일은 키오스크에 복사하지 마세요)",
        "Created the event file: {path}\nSigning key: {key} (never copy it to a kiosk)",
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
}


def language() -> str:
    """'ko' unless KIOSK_LANG or the locale says English."""
    chosen = os.environ.get("KIOSK_LANG") or os.environ.get("LANG", "ko")
    return "en" if chosen.lower().startswith("en") else "ko"


def text(key: str, lang: str | None = None, **params: object) -> str:
    korean, english = MESSAGES[key]
    template = english if (lang or language()) == "en" else korean
    return template.format(**params)
