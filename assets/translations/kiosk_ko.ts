<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>AgendaView</name>
    <message>
        <source>NOW</source>
        <translation>진행 중</translation>
    </message>
    <message>
        <source>NEXT</source>
        <translation>다음</translation>
    </message>
    <message>
        <source>The lecture has started</source>
        <translation>강연이 시작되었습니다</translation>
    </message>
    <message>
        <source>Lecture starts in {h} h {m} min</source>
        <translation>강연 시작까지 {h}시간 {m}분</translation>
    </message>
    <message>
        <source>Lecture starts in {m} min {s} s</source>
        <translation>강연 시작까지 {m}분 {s}초</translation>
    </message>
    <message>
        <source>Today&apos;s programme</source>
        <translation>오늘의 일정</translation>
    </message>
</context>
<context>
    <name>CameraView</name>
    <message>
        <source>Starting the camera…</source>
        <translation>카메라를 켜는 중…</translation>
    </message>
    <message>
        <source>The camera picture is dark</source>
        <translation>카메라 화면이 어둡습니다</translation>
    </message>
    <message>
        <source>Uncover the lens and check the lights. Meanwhile use “Find by name”.</source>
        <translation>렌즈가 가려졌는지, 조명이 켜져 있는지 확인해 주세요. 그동안 ‘이름으로 찾기’를 쓰세요.</translation>
    </message>
    <message>
        <source>The camera picture has frozen</source>
        <translation>카메라 화면이 멈췄습니다</translation>
    </message>
    <message>
        <source>Unplug the camera and plug it in again. Meanwhile use “Find by name”.</source>
        <translation>카메라를 뽑았다가 다시 꽂아 주세요. 그동안 ‘이름으로 찾기’를 쓰세요.</translation>
    </message>
    <message>
        <source>The video has ended</source>
        <translation>영상이 끝났습니다</translation>
    </message>
    <message>
        <source>Choose a camera in operator mode. “Find by name” still works.</source>
        <translation>운영자 모드에서 카메라를 고르세요. ‘이름으로 찾기’는 계속 쓸 수 있습니다.</translation>
    </message>
    <message>
        <source>No camera found, or it was unplugged</source>
        <translation>카메라를 찾을 수 없거나 연결이 끊겼습니다</translation>
    </message>
    <message>
        <source>Check the camera&apos;s USB cable and plug it in again; the kiosk reconnects by itself. Meanwhile use “Find by name”.</source>
        <translation>카메라 USB 케이블을 확인하고 다시 꽂아 주세요. 키오스크가 저절로 다시 연결합니다. 그동안 ‘이름으로 찾기’를 쓰세요.</translation>
    </message>
</context>
<context>
    <name>DoorsIndicator</name>
    <message>
        <source>{n} s ago</source>
        <translation>{n}초 전</translation>
    </message>
    <message>
        <source>{n} min ago</source>
        <translation>{n}분 전</translation>
    </message>
    <message>
        <source>{n} h ago</source>
        <translation>{n}시간 전</translation>
    </message>
    <message>
        <source>Doors {online}/{known}</source>
        <translation>출입구 {online}/{known}</translation>
    </message>
</context>
<context>
    <name>Kiosk</name>
    <message>
        <source>{count} keys typed in one burst were ignored: longer than any ticket.</source>
        <translation>한 번에 입력된 {count}개의 키를 무시했습니다: 어떤 입장권보다 깁니다.</translation>
    </message>
    <message>
        <source>Live sync between the doors is not running: this door counts alone (the USB merge still joins the doors).</source>
        <translation>출입구 간 실시간 동기화가 작동하지 않습니다: 이 출입구만 집계합니다 (USB 병합으로 출입구를 합칠 수 있습니다).</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Check-in kiosk</source>
        <translation>출석 체크인 키오스크</translation>
    </message>
</context>
<context>
    <name>Notice</name>
    <message>
        <source>Confirm</source>
        <translation>확인</translation>
    </message>
</context>
<context>
    <name>OutcomeStyle</name>
    <message>
        <source>Show your QR code to the camera</source>
        <translation>QR 코드를 보여 주세요</translation>
    </message>
    <message>
        <source>No ticket? Tap “Find by name” below.</source>
        <translation>입장권이 없으면 아래 ‘이름으로 찾기’를 누르세요.</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>출석 확인되었습니다</translation>
    </message>
    <message>
        <source>Welcome. Please go in.</source>
        <translation>환영합니다. 입장해 주세요.</translation>
    </message>
    <message>
        <source>Walk-in registered</source>
        <translation>현장 등록되었습니다</translation>
    </message>
    <message>
        <source>Already checked in</source>
        <translation>이미 출석 확인됨</translation>
    </message>
    <message>
        <source>They may go in. No need to scan again.</source>
        <translation>입장하셔도 됩니다. 다시 스캔할 필요 없습니다.</translation>
    </message>
    <message>
        <source>Check-in has not opened yet</source>
        <translation>아직 출석 확인 시간이 아닙니다</translation>
    </message>
    <message>
        <source>Please come back when check-in opens.</source>
        <translation>출석 확인이 시작되면 다시 와 주세요.</translation>
    </message>
    <message>
        <source>Not an event ticket</source>
        <translation>행사 입장권 QR이 아닙니다</translation>
    </message>
    <message>
        <source>Show the QR code of the event ticket.</source>
        <translation>행사 입장권의 QR 코드를 보여 주세요.</translation>
    </message>
    <message>
        <source>Ticket for another event</source>
        <translation>다른 행사의 입장권입니다</translation>
    </message>
    <message>
        <source>Ask for today&apos;s ticket, or find the person by name.</source>
        <translation>오늘 행사의 입장권을 받거나, 이름으로 찾아 주세요.</translation>
    </message>
    <message>
        <source>Not on the attendee list</source>
        <translation>명단에 없는 입장권입니다</translation>
    </message>
    <message>
        <source>Find the person by name, or register a walk-in.</source>
        <translation>이름으로 찾거나 현장 등록해 주세요.</translation>
    </message>
    <message>
        <source>Ticket not genuine</source>
        <translation>위조되었거나 손상된 입장권입니다</translation>
    </message>
    <message>
        <source>Do not admit on this ticket. Find the person by name.</source>
        <translation>이 입장권으로는 입장할 수 없습니다. 이름으로 찾아 주세요.</translation>
    </message>
    <message>
        <source>Ticket cancelled</source>
        <translation>취소된 입장권입니다</translation>
    </message>
    <message>
        <source>A newer ticket was issued. Ask for it, or find the person by name.</source>
        <translation>새로 발급된 입장권이 있습니다. 그것을 받거나 이름으로 찾아 주세요.</translation>
    </message>
    <message>
        <source>Check-in undone</source>
        <translation>출석 확인이 취소되었습니다</translation>
    </message>
    <message>
        <source>NOT RECORDED — please scan again</source>
        <translation>기록 실패 — 다시 스캔해 주세요</translation>
    </message>
    <message>
        <source>Nothing was saved. If it happens again, call the operator.</source>
        <translation>아무것도 저장되지 않았습니다. 다시 실패하면 운영자를 불러 주세요.</translation>
    </message>
    <message>
        <source>The disk is full. Free some space.</source>
        <translation>디스크가 가득 찼습니다. 공간을 비워 주세요.</translation>
    </message>
    <message>
        <source>Another program is using the event file.</source>
        <translation>다른 프로그램이 행사 파일을 쓰고 있습니다.</translation>
    </message>
    <message>
        <source>The event file cannot be written (read-only).</source>
        <translation>행사 파일에 쓸 수 없습니다 (읽기 전용).</translation>
    </message>
    <message>
        <source>The disk reported an error.</source>
        <translation>디스크 오류가 났습니다.</translation>
    </message>
    <message>
        <source>The event file is damaged.</source>
        <translation>행사 파일이 손상되었습니다.</translation>
    </message>
    <message>
        <source>The event file could not be written.</source>
        <translation>행사 파일에 기록하지 못했습니다.</translation>
    </message>
</context>
<context>
    <name>Placeholder</name>
    <message>
        <source>This screen is not available in this version.</source>
        <translation>이 버전에서는 이 화면을 쓸 수 없습니다.</translation>
    </message>
    <message>
        <source>Back to scanning</source>
        <translation>스캔 화면으로</translation>
    </message>
</context>
<context>
    <name>ResultBanner</name>
    <message>
        <source>(walk-in)</source>
        <translation>(현장 등록)</translation>
    </message>
    <message>
        <source>First checked in at {time}, {door}</source>
        <translation>처음 확인: {time} · {door}</translation>
    </message>
    <message>
        <source>Check-in opens at {time}.</source>
        <translation>출석 확인은 {time}부터입니다.</translation>
    </message>
</context>
<context>
    <name>ScanScreen</name>
    <message>
        <source>Door: {door}</source>
        <translation>출입구: {door}</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>도착</translation>
    </message>
    <message>
        <source>Find by name</source>
        <translation>이름으로 찾기</translation>
    </message>
    <message>
        <source>Register walk-in</source>
        <translation>현장 등록</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>운영자</translation>
    </message>
</context>
<context>
    <name>StartNotices</name>
    <message>
        <source>Sample data — for a real event, create one with “kiosk event new”.</source>
        <translation>샘플 데이터입니다 — 실제 행사는 kiosk event new 로 만드세요.</translation>
    </message>
    <message>
        <source>Demo: the operator PIN is {pin}, the volunteer code {code}.</source>
        <translation>시연용: 운영자 PIN은 {pin}, 봉사자 코드는 {code}입니다.</translation>
    </message>
    <message>
        <source>The computer&apos;s date ({today}) is not the event&apos;s date ({day}). Check the clock; the operator confirms with the PIN.</source>
        <translation>컴퓨터 날짜({today})가 행사 날짜({day})와 다릅니다. 시계를 확인한 뒤 운영자가 ‘확인’을 누르고 PIN을 입력하세요.</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Cannot start the kiosk</source>
        <translation>키오스크를 시작할 수 없습니다</translation>
    </message>
    <message>
        <source>The kiosk is already running for this event file (process {holder}). Use that window, or quit it before starting another.</source>
        <translation>이 행사 파일로 키오스크가 이미 실행 중입니다 (프로세스 {holder}). 그 창을 쓰거나, 그 키오스크를 끝낸 뒤 다시 시작하세요.</translation>
    </message>
    <message>
        <source>The event file {path} is damaged and there is no good copy on this kiosk. Copy the event file from the organizer&apos;s PC again. Keep the damaged file.</source>
        <translation>행사 파일 {path}이(가) 손상되었고 이 키오스크에 정상 사본이 없습니다. 주최 측 PC에서 행사 파일을 다시 복사해 오세요. 손상된 파일은 지우지 말고 보관하세요.</translation>
    </message>
    <message>
        <source>The event file {path} does not exist. Check the path.</source>
        <translation>행사 파일 {path}이(가) 없습니다. 경로를 확인하세요.</translation>
    </message>
    <message>
        <source>The event file {path} is in use by another program. Close it and start again.</source>
        <translation>다른 프로그램이 행사 파일 {path}을(를) 쓰고 있습니다. 그 프로그램을 닫고 다시 시작하세요.</translation>
    </message>
    <message>
        <source>The event file {path} was made by a newer kiosk version. Update it.</source>
        <translation>행사 파일 {path}은(는) 더 새로운 키오스크 버전에서 만들어졌습니다. 키오스크를 업데이트하세요.</translation>
    </message>
    <message>
        <source>{path} is not an event file.</source>
        <translation>{path}은(는) 행사 파일이 아닙니다.</translation>
    </message>
    <message>
        <source>The event file {path} cannot be opened ({problem}).</source>
        <translation>행사 파일 {path}을(를) 열 수 없습니다 ({problem}).</translation>
    </message>
    <message>
        <source>The event file was damaged and set aside as {damaged}. The kiosk continues on its last good copy ({time}). Keep both files and give them to the organizer.</source>
        <translation>행사 파일이 손상되어 {damaged}(으)로 따로 보관했습니다. 마지막 정상 사본({time})으로 계속합니다. 두 파일 모두 지우지 말고 주최 측에 전달하세요.</translation>
    </message>
</context>
</TS>
