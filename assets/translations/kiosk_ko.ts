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
    <name>DoorsPage</name>
    <message>
        <source>This door&apos;s check-ins are NOT reaching the other doors: {error}</source>
        <translation>이 출입구의 입장 기록이 다른 출입구에 전달되지 않고 있습니다: {error}</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>온라인</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>오프라인</translation>
    </message>
    <message>
        <source>File refused: {reason}</source>
        <translation>파일 거부: {reason}</translation>
    </message>
    <message>
        <source>Clock off by {seconds} s</source>
        <translation>시계 차이 {seconds}초</translation>
    </message>
    <message>
        <source>The sync engine did not answer. Try again.</source>
        <translation>동기화 엔진이 응답하지 않습니다. 다시 시도하세요.</translation>
    </message>
    <message>
        <source>Scan this code at each other door (Join). Good for 30 minutes.</source>
        <translation>다른 출입구마다 이 코드를 스캔하세요 (참여). 30분 동안 유효합니다.</translation>
    </message>
    <message>
        <source>Hold the lead&apos;s pairing code to this kiosk&apos;s camera.</source>
        <translation>주 출입구의 연결 코드를 이 키오스크의 카메라에 보여 주세요.</translation>
    </message>
    <message>
        <source>Joined the lead door ({lead}).</source>
        <translation>주 출입구({lead})에 연결했습니다.</translation>
    </message>
    <message>
        <source>This code belongs to another event.</source>
        <translation>다른 행사의 코드입니다.</translation>
    </message>
    <message>
        <source>This is this kiosk&apos;s own code: scan it at another door.</source>
        <translation>이 키오스크 자신의 코드입니다: 다른 출입구에서 스캔하세요.</translation>
    </message>
    <message>
        <source>This code&apos;s lead has this door&apos;s kiosk id or a paired door&apos;s: every door needs its own data folder (was one copied?).</source>
        <translation>이 코드의 대표 키오스크가 이 출입구 또는 이미 연결된 출입구와 같은 키오스크 ID를 가지고 있습니다: 출입구마다 자기 데이터 폴더가 필요합니다(폴더를 복사했나요?).</translation>
    </message>
    <message>
        <source>Not a door pairing code: {reason}</source>
        <translation>출입구 연결 코드가 아닙니다: {reason}</translation>
    </message>
    <message>
        <source>Sync is not running: doors cannot be connected.</source>
        <translation>동기화가 작동하지 않아 출입구를 연결할 수 없습니다.</translation>
    </message>
    <message>
        <source>Doors</source>
        <translation>출입구</translation>
    </message>
    <message>
        <source>Live sync between the doors is off (settings: sync).</source>
        <translation>출입구 간 실시간 동기화가 꺼져 있습니다 (설정: sync).</translation>
    </message>
    <message>
        <source>This door&apos;s device: {device}</source>
        <translation>이 출입구의 장치: {device}</translation>
    </message>
    <message>
        <source>Sync is starting…</source>
        <translation>동기화를 시작하는 중…</translation>
    </message>
    <message>
        <source>Door</source>
        <translation>출입구</translation>
    </message>
    <message>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Last data</source>
        <translation>최근 데이터</translation>
    </message>
    <message>
        <source>Rows (folded)</source>
        <translation>기록 (병합됨)</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>문제</translation>
    </message>
    <message>
        <source>Connect doors</source>
        <translation>출입구 연결</translation>
    </message>
    <message>
        <source>Join (scan the lead&apos;s code)</source>
        <translation>참여 (주 출입구 코드 스캔)</translation>
    </message>
</context>
<context>
    <name>FileChooser</name>
    <message>
        <source>Choose the roster file</source>
        <translation>명단 파일 선택</translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation>폴더 선택</translation>
    </message>
    <message>
        <source>Choose the other doors&apos; event files</source>
        <translation>다른 출입구의 행사 파일 선택</translation>
    </message>
    <message>
        <source>Choose a video file</source>
        <translation>동영상 파일 선택</translation>
    </message>
</context>
<context>
    <name>FilePicker</name>
    <message>
        <source>This folder cannot be read.</source>
        <translation>이 폴더는 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>{count} more not shown.</source>
        <translation>{count}개는 더 있지만 표시하지 않았습니다.</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>위로</translation>
    </message>
    <message>
        <source>Drives</source>
        <translation>드라이브 목록</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Drives and folders</source>
        <translation>드라이브와 폴더</translation>
    </message>
    <message>
        <source>No USB stick found. Plug one in: it appears here by itself.</source>
        <translation>USB 메모리가 없습니다. 꽂으면 여기에 저절로 나타납니다.</translation>
    </message>
    <message>
        <source>Tap a drive.</source>
        <translation>드라이브를 누르세요.</translation>
    </message>
    <message>
        <source>Open the folder to write to, then tap “Choose this folder”.</source>
        <translation>저장할 폴더를 연 다음 ‘이 폴더 선택’을 누르세요.</translation>
    </message>
    <message>
        <source>No matching files here.</source>
        <translation>여기에는 고를 수 있는 파일이 없습니다.</translation>
    </message>
    <message>
        <source>Tap the file to choose it.</source>
        <translation>고를 파일을 누르세요.</translation>
    </message>
    <message>
        <source>Choose this folder</source>
        <translation>이 폴더 선택</translation>
    </message>
    <message>
        <source>Choose {count} files</source>
        <translation>파일 {count}개 선택</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>이 파일 선택</translation>
    </message>
</context>
<context>
    <name>FilesView</name>
    <message>
        <source>Working… the door keeps working meanwhile.</source>
        <translation>처리 중입니다… 그동안에도 입장 확인은 계속됩니다.</translation>
    </message>
    <message>
        <source>Waiting for your choice: nothing was changed yet.</source>
        <translation>선택을 기다립니다: 아직 아무것도 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <source>The roster was NOT imported; nothing was changed.</source>
        <translation>명단을 가져오지 않았습니다. 아무것도 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <source>The roster is imported on the organizer&apos;s PC, which holds the event&apos;s signing key. Nothing was changed.</source>
        <translation>명단은 행사의 서명 키가 있는 주최 측 PC에서 가져옵니다. 아무것도 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <source>The file could not be written or read: {reason}</source>
        <translation>파일을 쓰거나 읽을 수 없습니다: {reason}</translation>
    </message>
    <message>
        <source>It did not work: {reason}</source>
        <translation>실패했습니다: {reason}</translation>
    </message>
    <message>
        <source>Roster imported: {added} added, {updated} updated, {unchanged} unchanged, {removed} removed, {kept} kept because they already checked in.</source>
        <translation>명단을 가져왔습니다: 추가 {added}명, 변경 {updated}명, 동일 {unchanged}명, 삭제 {removed}명, 이미 입장하여 보존 {kept}명.</translation>
    </message>
    <message>
        <source>{count} people came back onto the roster: their old ticket stays revoked; the organizer issues new ones (kiosk tickets reissue SERIAL --out DIR).</source>
        <translation>명단에 다시 들어온 {count}명: 예전 입장권은 계속 취소 상태이며, 주최 측이 새 입장권을 발급합니다 (kiosk tickets reissue 번호 --out 폴더).</translation>
    </message>
    <message>
        <source>The tickets of the {count} people no longer on the roster were revoked.</source>
        <translation>명단에서 빠진 {count}명의 입장권을 취소했습니다.</translation>
    </message>
    <message>
        <source>Attendance exported:</source>
        <translation>출석 명단을 내보냈습니다:</translation>
    </message>
    <message>
        <source>{file} ({rows} rows)</source>
        <translation>{file} ({rows}행)</translation>
    </message>
    <message>
        <source>{file}: {new} new rows, {present} already here</source>
        <translation>{file}: 새 기록 {new}건, 이미 있던 기록 {present}건</translation>
    </message>
    <message>
        <source>Merged: {new} new check-in rows, {walk_ins} walk-ins added.</source>
        <translation>합치기 완료: 새 입장 기록 {new}건, 현장 등록 {walk_ins}명 추가.</translation>
    </message>
    <message>
        <source>Take back the rows of the damaged file set aside at start-up ({count})</source>
        <translation>시작할 때 따로 둔 손상된 파일의 기록 되살리기 ({count})</translation>
    </message>
    <message>
        <source>Safe copy written: {file}</source>
        <translation>안전한 사본을 만들었습니다: {file}</translation>
    </message>
    <message>
        <source>Roster and files</source>
        <translation>명단·파일</translation>
    </message>
    <message>
        <source>Import roster (CSV, XLSX)</source>
        <translation>명단 가져오기 (CSV, XLSX)</translation>
    </message>
    <message>
        <source>Export attendance (XLSX + CSV)</source>
        <translation>출석 명단 내보내기 (XLSX + CSV)</translation>
    </message>
    <message>
        <source>Merge other doors&apos; files</source>
        <translation>다른 출입구 파일 합치기</translation>
    </message>
    <message>
        <source>Safe copy of the event file</source>
        <translation>행사 파일 안전 사본 만들기</translation>
    </message>
    <message>
        <source>Export and the safe copy write to the folder you choose (a USB stick). Importing a roster replaces it; people already checked in are kept.</source>
        <translation>내보내기와 안전 사본은 고른 폴더(USB 메모리)에 저장됩니다. 명단을 가져오면 기존 명단을 바꾸며, 이미 입장한 사람은 그대로 남습니다.</translation>
    </message>
</context>
<context>
    <name>JobProgress</name>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
</context>
<context>
    <name>Keypad</name>
    <message>
        <source>Delete one letter</source>
        <translation>한 글자 지우기</translation>
    </message>
    <message>
        <source>Double consonants (ㄲ ㄸ ㅃ ㅆ ㅉ)</source>
        <translation>쌍자음 (ㄲ ㄸ ㅃ ㅆ ㅉ)</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>지우기</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>띄어쓰기</translation>
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
        <translation>입장 확인 키오스크</translation>
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
    <name>OperatorScreen</name>
    <message>
        <source>Tap again to quit</source>
        <translation>한 번 더 누르면 종료</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>운영자</translation>
    </message>
    <message>
        <source>Undo check-ins</source>
        <translation>입장 취소</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>통계</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>입장권</translation>
    </message>
    <message>
        <source>Roster and files</source>
        <translation>명단·파일</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <source>Lock and close</source>
        <translation>잠그고 닫기</translation>
    </message>
    <message>
        <source>Quit the kiosk</source>
        <translation>키오스크 종료</translation>
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
        <source>Welcome. Please go in.</source>
        <translation>환영합니다. 입장해 주세요.</translation>
    </message>
    <message>
        <source>They may go in. No need to scan again.</source>
        <translation>입장하셔도 됩니다. 다시 스캔할 필요 없습니다.</translation>
    </message>
    <message>
        <source>Please come back when check-in opens.</source>
        <translation>입장 시간이 되면 다시 와 주세요.</translation>
    </message>
    <message>
        <source>Show the QR code of the event ticket.</source>
        <translation>행사 입장권의 QR 코드를 보여 주세요.</translation>
    </message>
    <message>
        <source>Ask for today&apos;s ticket, or find the person by name.</source>
        <translation>오늘 행사의 입장권을 받거나, 이름으로 찾아 주세요.</translation>
    </message>
    <message>
        <source>Find the person by name, or register a walk-in.</source>
        <translation>이름으로 찾거나 현장 등록해 주세요.</translation>
    </message>
    <message>
        <source>Do not admit on this ticket. Find the person by name.</source>
        <translation>이 입장권으로는 입장할 수 없습니다. 이름으로 찾아 주세요.</translation>
    </message>
    <message>
        <source>A newer ticket was issued. Ask for it, or find the person by name.</source>
        <translation>새로 발급된 입장권이 있습니다. 그것을 받거나 이름으로 찾아 주세요.</translation>
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
    <name>PinDialog</name>
    <message>
        <source>Wrong PIN. {count} more tries before entry is locked.</source>
        <translation>PIN이 틀렸습니다. {count}번 더 틀리면 입력이 잠깁니다.</translation>
    </message>
    <message>
        <source>A PIN is {low} to {high} digits. Try again.</source>
        <translation>PIN은 {low}~{high}자리 숫자입니다. 다시 입력하세요.</translation>
    </message>
    <message>
        <source>The two PINs differ. Choose the PIN again.</source>
        <translation>두 PIN이 다릅니다. PIN을 처음부터 다시 정하세요.</translation>
    </message>
    <message>
        <source>That was a scanner, not a PIN. Type the PIN on the pad.</source>
        <translation>스캐너 입력은 PIN으로 받지 않습니다. 화면의 숫자를 눌러 PIN을 입력하세요.</translation>
    </message>
    <message>
        <source>The key on the USB stick is not this event&apos;s key.</source>
        <translation>USB의 키가 이 행사의 키가 아닙니다.</translation>
    </message>
    <message>
        <source>No key found. Plug in the USB stick with the file {name} and tap again.</source>
        <translation>키를 찾지 못했습니다. {name} 파일이 든 USB를 꽂고 다시 누르세요.</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Locked: try again in {minutes}:{seconds:02d}, or the organizer opens it with the event&apos;s key on a USB stick.</source>
        <translation>잘못된 PIN이 너무 많습니다. {minutes}:{seconds:02d} 후 다시 시도하거나, 주최 측이 USB에 든 행사 키로 열 수 있습니다.</translation>
    </message>
    <message>
        <source>Operator PIN</source>
        <translation>운영자 PIN</translation>
    </message>
    <message>
        <source>Enter the operator PIN</source>
        <translation>운영자 PIN을 입력하세요</translation>
    </message>
    <message>
        <source>Choose an operator PIN ({low} to {high} digits)</source>
        <translation>운영자 PIN을 정하세요 ({low}~{high}자리 숫자)</translation>
    </message>
    <message>
        <source>Enter the same PIN again</source>
        <translation>같은 PIN을 한 번 더 입력하세요</translation>
    </message>
    <message>
        <source>Operator mode is open</source>
        <translation>운영자 모드가 열렸습니다</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>지우기</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>확인</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>계속</translation>
    </message>
    <message>
        <source>Open with the organizer&apos;s key</source>
        <translation>주최 측 키로 열기</translation>
    </message>
</context>
<context>
    <name>PinMissing</name>
    <message>
        <source>The operator PIN is not set. The organizer sets it on the organizer&apos;s PC with “kiosk pin set”.</source>
        <translation>운영자 PIN이 설정되지 않았습니다. 주최 측 PC에서 kiosk pin set 으로 설정하세요.</translation>
    </message>
</context>
<context>
    <name>PinMissingDialog</name>
    <message>
        <source>Operator PIN</source>
        <translation>운영자 PIN</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>확인</translation>
    </message>
</context>
<context>
    <name>PinTries</name>
    <message>
        <source>No wrong PINs since the last unlock.</source>
        <translation>마지막으로 연 뒤 잘못 입력된 PIN이 없습니다.</translation>
    </message>
    <message>
        <source>{count} wrong PINs since the last unlock (latest: {times}).</source>
        <translation>마지막으로 연 뒤 잘못 입력된 PIN {count}회 (최근: {times}).</translation>
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
        <translation>처음 입장: {time} · {door}</translation>
    </message>
    <message>
        <source>Check-in opens at {time}.</source>
        <translation>입장은 {time}부터입니다.</translation>
    </message>
</context>
<context>
    <name>RosterConfirmView</name>
    <message>
        <source>Renamed ({count}): the ticket stays valid, showing the new name</source>
        <translation>이름 변경 ({count}명): 입장권은 그대로 유효하며 새 이름으로 표시됩니다</translation>
    </message>
    <message>
        <source>Removed ({count}): their tickets will be revoked</source>
        <translation>명단에서 빠짐 ({count}명): 입장권이 취소됩니다</translation>
    </message>
    <message>
        <source>No. {serial} ({department}): {old} → {new}</source>
        <translation>번호 {serial} ({department}): {old} → {new}</translation>
    </message>
    <message>
        <source>No. {serial}: {name} ({department})</source>
        <translation>번호 {serial}: {name} ({department})</translation>
    </message>
    <message>
        <source>This roster changes people who already hold a ticket</source>
        <translation>이 명단은 입장권을 이미 받은 사람을 바꿉니다</translation>
    </message>
    <message>
        <source>Nothing has been changed yet. Check these people, then apply the changes or cancel (the roster stays as it is).</source>
        <translation>아직 아무것도 바뀌지 않았습니다. 아래 사람들을 확인한 뒤 변경을 적용하거나 취소하세요 (취소하면 명단은 그대로입니다).</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Apply changes</source>
        <translation>변경 적용</translation>
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
        <translation>입장</translation>
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
    <name>SearchScreen</name>
    <message>
        <source>{person}
Check this person in?</source>
        <translation>{person}
입장 확인할까요?</translation>
    </message>
    <message>
        <source>NOT RECORDED: {problem} Nobody was checked in; try again.</source>
        <translation>기록 실패: {problem} 입장 처리되지 않았습니다. 다시 시도하세요.</translation>
    </message>
    <message>
        <source>Those digits do not match. Please ask a volunteer.</source>
        <translation>번호가 맞지 않습니다. 봉사자에게 문의하세요.</translation>
    </message>
    <message>
        <source>Those digits do not match the roster. Try again.</source>
        <translation>명단의 번호와 맞지 않습니다. 다시 입력하세요.</translation>
    </message>
    <message>
        <source>No phone number on the roster: a volunteer confirms.</source>
        <translation>명단에 전화번호가 없습니다: 봉사자가 확인합니다.</translation>
    </message>
    <message>
        <source>{person}
The last four digits of your phone?</source>
        <translation>{person}
본인 휴대전화 번호 끝 네 자리는?</translation>
    </message>
    <message>
        <source>(opens at {time})</source>
        <translation>({time}부터 입장)</translation>
    </message>
    <message>
        <source>Type a name, its initial consonants (ㄱㅁㅅ), an employee number or the last four digits of a phone number.</source>
        <translation>이름, 초성(ㄱㅁㅅ), 사번 또는 전화번호 끝 네 자리를 입력하세요.</translation>
    </message>
    <message>
        <source>Type at least two letters.</source>
        <translation>두 글자 이상 입력하세요.</translation>
    </message>
    <message>
        <source>Nobody found. Check the spelling, or register a walk-in.</source>
        <translation>찾는 사람이 없습니다. 철자를 확인하거나 현장 등록하세요.</translation>
    </message>
    <message>
        <source>More people match. Type more of the name.</source>
        <translation>해당하는 사람이 더 있습니다. 이름을 더 입력하세요.</translation>
    </message>
    <message>
        <source>Ask the person&apos;s name and department, then tap them.</source>
        <translation>본인에게 이름과 부서를 확인한 뒤 누르세요.</translation>
    </message>
    <message>
        <source>Find by name</source>
        <translation>이름으로 찾기</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>입장 확인</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Checking in by name is for volunteers. Type the volunteer code.</source>
        <translation>이름으로 입장 확인은 봉사자가 합니다. 봉사자 코드를 입력하세요.</translation>
    </message>
    <message>
        <source>Only you know them: they prove it is you. Nothing is shown or kept.</source>
        <translation>본인 확인용입니다. 화면에 표시되거나 저장되지 않습니다.</translation>
    </message>
    <message>
        <source>Checking in by name is closed: no volunteer code is set for this event.
The organizer sets one with: kiosk volunteer-code set
Scanning a ticket still works.</source>
        <translation>이름으로 입장 확인이 닫혀 있습니다: 이 행사에 봉사자 코드가 없습니다.
주최자가 설정합니다: kiosk volunteer-code set
입장권 스캔은 그대로 됩니다.</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <source>The settings could not be saved: {reason}</source>
        <translation>설정을 저장하지 못했습니다: {reason}</translation>
    </message>
    <message>
        <source>Give the door a name, for example 출입구 1.</source>
        <translation>출입구 이름을 입력하세요. 예: 출입구 1</translation>
    </message>
    <message>
        <source>The door is now called {name}.</source>
        <translation>출입구 이름을 {name}(으)로 바꿨습니다.</translation>
    </message>
    <message>
        <source>No camera number, video file or folder by that name.</source>
        <translation>그런 카메라 번호, 동영상 파일이나 폴더가 없습니다.</translation>
    </message>
    <message>
        <source>Camera set to {camera}.</source>
        <translation>카메라를 {camera}(으)로 바꿨습니다.</translation>
    </message>
    <message>
        <source>Sound on.</source>
        <translation>소리를 켰습니다.</translation>
    </message>
    <message>
        <source>Sound off.</source>
        <translation>소리를 껐습니다.</translation>
    </message>
    <message>
        <source>Check-in by name now needs a volunteer&apos;s code.</source>
        <translation>이제 이름으로 입장 확인에 봉사자 코드가 필요합니다.</translation>
    </message>
    <message>
        <source>People may now check themselves in by name with their phone digits.</source>
        <translation>이제 참석자가 전화번호 끝 네 자리로 직접 이름 확인을 할 수 있습니다.</translation>
    </message>
    <message>
        <source>The new operator PIN is set.</source>
        <translation>새 운영자 PIN을 정했습니다.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <source>Door name</source>
        <translation>출입구 이름</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>카메라</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>소리</translation>
    </message>
    <message>
        <source>By name</source>
        <translation>이름 확인</translation>
    </message>
    <message>
        <source>Operator PIN</source>
        <translation>운영자 PIN</translation>
    </message>
    <message>
        <source>Keypad</source>
        <translation>키패드</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>적용</translation>
    </message>
    <message>
        <source>No. {index}</source>
        <translation>{index}번</translation>
    </message>
    <message>
        <source>Video file…</source>
        <translation>동영상 파일…</translation>
    </message>
    <message>
        <source>Image folder…</source>
        <translation>이미지 폴더…</translation>
    </message>
    <message>
        <source>On</source>
        <translation>켜기</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>끄기</translation>
    </message>
    <message>
        <source>Change the PIN</source>
        <translation>PIN 바꾸기</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>봉사자</translation>
    </message>
    <message>
        <source>Self-service</source>
        <translation>본인 확인</translation>
    </message>
    <message>
        <source>Volunteers: a volunteer code opens check-in by name (set it with kiosk volunteer-code set). Self-service: people prove it with the last four digits of their phone. Walk-ins always need a volunteer.</source>
        <translation>봉사자: 봉사자 코드로 이름 확인을 엽니다 (kiosk volunteer-code set 으로 설정). 본인 확인: 참석자가 전화번호 끝 네 자리로 증명합니다. 현장 등록은 언제나 봉사자가 합니다.</translation>
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
<context>
    <name>StatsView</name>
    <message>
        <source>Arrived {arrived} of {expected} ({percent})</source>
        <translation>입장 {arrived} / {expected}명 ({percent})</translation>
    </message>
    <message>
        <source>Walk-ins: {count}</source>
        <translation>현장 등록: {count}명</translation>
    </message>
    <message>
        <source>Refused scans: {count}</source>
        <translation>거부된 스캔: {count}건</translation>
    </message>
    <message>
        <source>No arrivals yet.</source>
        <translation>아직 입장한 사람이 없습니다.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(소속 없음)</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>통계</translation>
    </message>
    <message>
        <source>Arrivals per five minutes</source>
        <translation>5분 단위 입장 인원</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>소속</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>입장</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>예정</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>비율</translation>
    </message>
</context>
<context>
    <name>Texts</name>
    <message>
        <source>Checked in</source>
        <translation>입장 확인</translation>
    </message>
    <message>
        <source>Already checked in</source>
        <translation>이미 입장함</translation>
    </message>
    <message>
        <source>Not on the roster</source>
        <translation>명단에 없음</translation>
    </message>
    <message>
        <source>Forged or damaged ticket</source>
        <translation>위조되었거나 손상된 입장권</translation>
    </message>
    <message>
        <source>Ticket for another event</source>
        <translation>다른 행사의 입장권</translation>
    </message>
    <message>
        <source>Ticket revoked</source>
        <translation>취소된 입장권</translation>
    </message>
    <message>
        <source>Not a ticket</source>
        <translation>입장권 QR이 아님</translation>
    </message>
    <message>
        <source>Check-in not open yet</source>
        <translation>아직 입장 시간 전</translation>
    </message>
    <message>
        <source>Walk-in registered</source>
        <translation>현장 등록</translation>
    </message>
    <message>
        <source>Check-in undone</source>
        <translation>입장 취소</translation>
    </message>
    <message>
        <source>first checked in at {time}, {door}</source>
        <translation>처음 입장: {time} {door}</translation>
    </message>
    <message>
        <source>NOT RECORDED: the event file could not be written ({problem}). Do not admit. {detail}</source>
        <translation>기록 실패: 저장하지 못했습니다 ({problem}). 입장을 확인하지 마세요. {detail}</translation>
    </message>
    <message>
        <source>Created the event file: {path}
Signing key: {key_file} (never copy it to a kiosk)</source>
        <translation>행사 파일을 만들었습니다: {path}
서명 키: {key_file} (이 파일은 키오스크에 복사하지 마세요)</translation>
    </message>
    <message>
        <source>Roster imported: {added} added, {updated} updated, {unchanged} unchanged, {kept} kept off the roster because they have check-ins, {removed} removed</source>
        <translation>명단을 가져왔습니다: 추가 {added}명, 변경 {updated}명, 동일 {unchanged}명, 명단에서 빠졌지만 입장 기록이 있어 보존 {kept}명, 삭제 {removed}명</translation>
    </message>
    <message>
        <source>{count} people came back onto the roster and need a new ticket (their old one stays revoked): kiosk tickets reissue SERIAL... --out DIR</source>
        <translation>명단에 다시 들어온 {count}명은 새 입장권이 필요합니다 (예전 입장권은 취소됨): kiosk tickets reissue 번호... --out 폴더</translation>
    </message>
    <message>
        <source>Roster NOT imported: it renames or removes people who already hold a ticket (nothing changed):</source>
        <translation>명단을 가져오지 않았습니다: 입장권을 이미 받은 사람의 이름이 바뀌거나 명단에서 빠집니다 (아무것도 바뀌지 않음):</translation>
    </message>
    <message>
        <source>  serial {serial}: renamed {old} → {new} (the ticket stays valid)</source>
        <translation>  번호 {serial}: 이름 변경 {old} → {new} (입장권은 그대로 유효)</translation>
    </message>
    <message>
        <source>  serial {serial}: {name} leaves the roster (the ticket is revoked)</source>
        <translation>  번호 {serial}: {name} 명단에서 빠짐 (입장권이 취소됨)</translation>
    </message>
    <message>
        <source>If these changes are right, run it again with --accept-changes.</source>
        <translation>이 변경이 맞으면 --accept-changes 를 붙여 다시 실행하세요.</translation>
    </message>
    <message>
        <source>Name the folder for the tickets with --out.</source>
        <translation>입장권을 저장할 폴더를 --out 으로 지정하세요.</translation>
    </message>
    <message>
        <source>serial {serial} {name}: ticket revoked (can still be checked in by name)</source>
        <translation>번호 {serial} {name}: 입장권 취소됨 (이름으로는 입장 확인 가능)</translation>
    </message>
    <message>
        <source>serial {serial} {name}: new ticket issued (the old one is revoked)</source>
        <translation>번호 {serial} {name}: 새 입장권 발급 (예전 입장권은 취소됨)</translation>
    </message>
    <message>
        <source>No one on the roster has these serials (nothing changed): {serials}</source>
        <translation>명단에 그 번호의 사람이 없습니다 (아무것도 바뀌지 않음): {serials}</translation>
    </message>
    <message>
        <source>Roster NOT imported (nothing changed):</source>
        <translation>명단을 가져오지 않았습니다 (아무것도 바뀌지 않음):</translation>
    </message>
    <message>
        <source>Wrote {count} tickets to {dir} (index: {index}, printable badges: badges.pdf)</source>
        <translation>입장권 {count}장을 {dir}에 만들었습니다 (목록: {index}, 인쇄용 명찰: badges.pdf)</translation>
    </message>
    <message>
        <source>The signing key file is missing: {path}. Tickets can only be issued on the organizer&apos;s PC that created the event.</source>
        <translation>서명 키 파일이 없습니다: {path}. 입장권은 행사를 만든 주최 측 PC에서만 발급할 수 있습니다.</translation>
    </message>
    <message>
        <source>Cannot open the event file: {path} ({problem})</source>
        <translation>행사 파일을 열 수 없습니다: {path} ({problem})</translation>
    </message>
    <message>
        <source>No QR codes were read.</source>
        <translation>읽은 QR 코드가 없습니다.</translation>
    </message>
    <message>
        <source>arrived {arrived} / expected {expected} ({rate}), walk-ins {walk_ins}, rejected scans {rejected}</source>
        <translation>입장 {arrived}명 / 예상 {expected}명 ({rate}), 현장 등록 {walk_ins}명, 거부된 스캔 {rejected}건</translation>
    </message>
    <message>
        <source>The operator PIN is cleared ({path}). Operator mode stays closed until you set a new one with kiosk pin set.</source>
        <translation>운영자 PIN을 지웠습니다 ({path}). 운영자 화면은 닫혀 있습니다: kiosk pin set 으로 새 PIN을 설정하세요.</translation>
    </message>
    <message>
        <source>The operator PIN is set ({path}). Copy this file to the kiosks.</source>
        <translation>운영자 PIN을 설정했습니다 ({path}). 이 파일을 키오스크에 복사하세요.</translation>
    </message>
    <message>
        <source>New operator PIN ({low}-{high} digits): </source>
        <translation>새 운영자 PIN (숫자 {low}~{high}자리): </translation>
    </message>
    <message>
        <source>The same PIN again: </source>
        <translation>같은 PIN을 한 번 더: </translation>
    </message>
    <message>
        <source>No PIN was given. Nothing changed.</source>
        <translation>PIN이 입력되지 않았습니다. 아무것도 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <source>A PIN is {low} to {high} digits. Nothing changed.</source>
        <translation>PIN은 숫자 {low}~{high}자리입니다. 아무것도 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <source>The two PINs differ. Nothing changed.</source>
        <translation>두 번 입력한 PIN이 다릅니다. 아무것도 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <source>Standard input is not UTF-8. Nothing changed.</source>
        <translation>표준 입력이 UTF-8이 아닙니다. 아무것도 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <source>The volunteer code is set ({path}). It opens name check-in and walk-ins.</source>
        <translation>봉사자 코드를 설정했습니다 ({path}). 이름 확인과 현장 등록은 이 코드로 엽니다.</translation>
    </message>
    <message>
        <source>New volunteer code ({low}-{high} digits, not the operator PIN): </source>
        <translation>새 봉사자 코드 (숫자 {low}~{high}자리, 운영자 PIN과 다르게): </translation>
    </message>
    <message>
        <source>The same code again: </source>
        <translation>같은 코드를 한 번 더: </translation>
    </message>
    <message>
        <source>A volunteer code is {low} to {high} digits. Nothing changed.</source>
        <translation>봉사자 코드는 숫자 {low}~{high}자리입니다. 아무것도 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <source>Check-in by name: {mode} ({path}).</source>
        <translation>이름으로 입장 확인: {mode} ({path}).</translation>
    </message>
    <message>
        <source>staffed (a volunteer&apos;s code opens it)</source>
        <translation>봉사자 확인 (봉사자 코드로 엽니다)</translation>
    </message>
    <message>
        <source>self-service (the last four digits of the phone on the roster)</source>
        <translation>본인 확인 (명단 전화번호 끝 네 자리)</translation>
    </message>
    <message>
        <source>Wrote a safe copy: {path}</source>
        <translation>안전한 사본을 만들었습니다: {path}</translation>
    </message>
    <message>
        <source>Not available yet: {what}</source>
        <translation>이 기능은 아직 준비되지 않았습니다: {what}</translation>
    </message>
    <message>
        <source>Exported the attendance: {path} ({rows} people). Attendance table SHA-256 (not the file&apos;s own hash; the same for XLSX and CSV): {sha256}</source>
        <translation>출석 명단을 내보냈습니다: {path} ({rows}명). 명단 표의 SHA-256 (파일 자체의 해시가 아님, XLSX와 CSV가 같음): {sha256}</translation>
    </message>
    <message>
        <source>Could not export to {path} ({detail})</source>
        <translation>내보내지 못했습니다: {path} ({detail})</translation>
    </message>
    <message>
        <source>Nothing written: {encoding} cannot hold the characters below. Export in UTF-8 (the default) or correct the roster:</source>
        <translation>{encoding}로는 아래 글자를 쓸 수 없어 파일을 만들지 않았습니다. UTF-8(기본값)로 내보내거나 명단을 고쳐 주세요:</translation>
    </message>
    <message>
        <source>  row {number} {column}: &apos;{char}&apos; ({codepoint})</source>
        <translation>  번호 {number} {column}: &apos;{char}&apos; ({codepoint})</translation>
    </message>
    <message>
        <source>  heading {label}: &apos;{char}&apos; ({codepoint})</source>
        <translation>  머리말 {label}: &apos;{char}&apos; ({codepoint})</translation>
    </message>
    <message>
        <source>  … and {count} more</source>
        <translation>  … 외 {count}건</translation>
    </message>
    <message>
        <source>Nothing merged (nothing changed): {path}: {reason} {detail}</source>
        <translation>합치지 않았습니다 (아무것도 바뀌지 않음): {path}: {reason} {detail}</translation>
    </message>
    <message>
        <source>this is the open event file itself</source>
        <translation>지금 열려 있는 바로 그 파일입니다</translation>
    </message>
    <message>
        <source>the file belongs to another event</source>
        <translation>다른 행사의 파일입니다</translation>
    </message>
    <message>
        <source>the file is damaged (kiosk merge --salvage FILE takes the rows whose checksums hold)</source>
        <translation>손상된 파일입니다 (kiosk merge --salvage 파일: 검사합계가 맞는 기록만 가져옵니다)</translation>
    </message>
    <message>
        <source>the same record key holds different content (a shared kiosk id, or a tampered file)</source>
        <translation>같은 기록 번호에 다른 내용이 있습니다 (키오스크 ID가 겹쳤거나 파일이 변조됨)</translation>
    </message>
    <message>
        <source>the file cannot be read</source>
        <translation>파일을 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>the file comes from another version of the kiosk</source>
        <translation>다른 버전의 키오스크가 만든 파일입니다</translation>
    </message>
    <message>
        <source>{path}: {new} new rows, {present} already here, {walk_ins} walk-ins added, {attendees} people added to the roster</source>
        <translation>{path}: 새 기록 {new}건, 이미 있던 기록 {present}건, 현장 등록자 {walk_ins}명 추가, 명단에 없던 사람 {attendees}명 추가</translation>
    </message>
    <message>
        <source>Merge done: {new} new rows in all</source>
        <translation>합치기 완료: 새 기록 모두 {new}건</translation>
    </message>
    <message>
        <source>Name the files to merge: kiosk merge FILE... or kiosk merge --salvage FILE</source>
        <translation>합칠 파일을 주세요: kiosk merge 파일... 또는 kiosk merge --salvage 파일</translation>
    </message>
    <message>
        <source>{path}: {rows} check-in rows whose checksums hold were salvaged</source>
        <translation>{path}: 검사합계가 맞는 입장 기록 {rows}건을 살렸습니다</translation>
    </message>
    <message>
        <source>  {count} rows skipped (kiosk/seq): {keys}</source>
        <translation>  건너뛴 기록 {count}건 (키오스크/번호): {keys}</translation>
    </message>
    <message>
        <source>  {count} of the rows skipped are already in this file</source>
        <translation>  건너뛴 기록 가운데 {count}건은 이 파일에 이미 있습니다</translation>
    </message>
    <message>
        <source>  {pages} damaged pages: rows after each kiosk&apos;s last readable row cannot be known</source>
        <translation>  손상된 페이지 {pages}개: 키오스크마다 마지막으로 읽힌 기록 뒤의 기록은 알 수 없습니다</translation>
    </message>
    <message>
        <source>  The damaged file&apos;s roster and ticket revocations were not taken (they carry no checksum). Check them on the organizer&apos;s PC</source>
        <translation>  손상된 파일의 명단·티켓 취소 기록은 가져오지 않았습니다 (검사합계가 없음). 주최 측 PC에서 확인하세요</translation>
    </message>
    <message>
        <source>Stopped on an unexpected error ({error}). The details are in the log: {log}</source>
        <translation>예기치 못한 오류로 멈췄습니다 ({error}). 자세한 내용은 로그에 있습니다: {log}</translation>
    </message>
    <message>
        <source>File not found: {path}</source>
        <translation>파일이 없습니다: {path}</translation>
    </message>
    <message>
        <source>{path} is a folder, not a file</source>
        <translation>파일이 아니라 폴더입니다: {path}</translation>
    </message>
    <message>
        <source>Cannot read {path} ({detail})</source>
        <translation>파일을 읽을 수 없습니다: {path} ({detail})</translation>
    </message>
    <message>
        <source>Cannot read {path} as an image</source>
        <translation>그림 파일로 읽을 수 없습니다: {path}</translation>
    </message>
    <message>
        <source>{path}, line {line}, is not UTF-8 text: save it as UTF-8.</source>
        <translation>{path} {line}번째 줄이 UTF-8 글자가 아닙니다. UTF-8로 저장해 주세요.</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>표준 입력</translation>
    </message>
    <message>
        <source>The data directory {path} is a file, not a folder</source>
        <translation>데이터 폴더로 지정한 곳이 폴더가 아니라 파일입니다: {path}</translation>
    </message>
    <message>
        <source>Cannot use the data directory {path} ({detail}): name a writable folder with --data-dir.</source>
        <translation>데이터 폴더를 쓸 수 없습니다: {path} ({detail}). --data-dir 로 쓸 수 있는 폴더를 지정하세요.</translation>
    </message>
    <message>
        <source>{path} is a folder: give --event the event file (.db).</source>
        <translation>행사 파일이 아니라 폴더입니다: {path}. --event 에 행사 파일(.db)을 지정하세요.</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>파일이 없음</translation>
    </message>
    <message>
        <source>not a kiosk event file</source>
        <translation>키오스크 행사 파일이 아님</translation>
    </message>
    <message>
        <source>the file is damaged</source>
        <translation>손상된 파일</translation>
    </message>
    <message>
        <source>read error</source>
        <translation>읽기 오류</translation>
    </message>
    <message>
        <source>made by a newer version of the kiosk</source>
        <translation>더 새 버전의 키오스크가 만든 파일</translation>
    </message>
    <message>
        <source>another program is writing it</source>
        <translation>다른 프로그램이 쓰는 중</translation>
    </message>
    <message>
        <source>the file cannot be written</source>
        <translation>쓸 수 없는 파일</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>저장 공간 부족</translation>
    </message>
    <message>
        <source>{detail}</source>
        <translation>{detail}</translation>
    </message>
    <message>
        <source>--starts is not a date and time: {value}. For example 2024-10-30T10:30 or 2024-10-30T10:30+09:00</source>
        <translation>--starts 날짜를 알아볼 수 없습니다: {value}. 예: 2024-10-30T10:30 또는 2024-10-30T10:30+09:00</translation>
    </message>
    <message>
        <source>--starts: a ticket cannot hold the day {day}; only {first} to {last} can be used.</source>
        <translation>--starts 의 날짜 {day}는 입장권에 담을 수 없습니다: {first}부터 {last}까지만 됩니다.</translation>
    </message>
    <message>
        <source>--number must be 1 to 65535: {value}</source>
        <translation>--number 는 1부터 65535까지의 수여야 합니다: {value}</translation>
    </message>
    <message>
        <source>--expected cannot be negative: {value}</source>
        <translation>--expected 는 0 이상이어야 합니다: {value}</translation>
    </message>
    <message>
        <source>Agenda file {path}, line {number}, is not &apos;HH:MM title&apos;: {line}</source>
        <translation>일정 파일 {path} {number}번째 줄이 &apos;HH:MM 제목&apos; 형식이 아닙니다: {line}</translation>
    </message>
    <message>
        <source>Not created: {path} already exists</source>
        <translation>이미 있는 파일이라 새 행사를 만들지 않았습니다: {path}</translation>
    </message>
    <message>
        <source>Could not create the event file {path} ({detail})</source>
        <translation>행사 파일을 만들지 못했습니다: {path} ({detail})</translation>
    </message>
    <message>
        <source>Cannot read the signing key file {path} ({detail})</source>
        <translation>서명 키 파일을 읽을 수 없습니다: {path} ({detail})</translation>
    </message>
    <message>
        <source>Not a signing key file (no PEM private key in it): {path}. Nothing was written.</source>
        <translation>서명 키 파일이 아닙니다 (PEM 형식의 개인 키가 없음): {path}. 아무것도 쓰지 않았습니다.</translation>
    </message>
    <message>
        <source>Not an Ed25519 signing key: {path}. Nothing was written.</source>
        <translation>Ed25519 서명 키가 아닙니다: {path}. 아무것도 쓰지 않았습니다.</translation>
    </message>
    <message>
        <source>Not this event&apos;s signing key: {path}. Every kiosk would call its tickets forged: give --key the key made with this event. Nothing was written.</source>
        <translation>이 행사의 서명 키가 아닙니다: {path}. 이 키로 만든 입장권은 모든 키오스크에서 위조로 판정됩니다. 행사를 만들 때 생긴 키를 --key 로 지정하세요. 아무것도 쓰지 않았습니다.</translation>
    </message>
    <message>
        <source>Nothing written to {path}: {reason}</source>
        <translation>쓰지 않았습니다 (아무것도 바뀌지 않음): {path}: {reason}</translation>
    </message>
    <message>
        <source>it is the event file the kiosk runs on ({live})</source>
        <translation>키오스크가 쓰고 있는 행사 파일입니다 ({live})</translation>
    </message>
    <message>
        <source>it is a signing key ({live})</source>
        <translation>서명 키 파일입니다 ({live})</translation>
    </message>
    <message>
        <source>it is a file the kiosk keeps ({live})</source>
        <translation>키오스크가 쓰는 파일입니다 ({live})</translation>
    </message>
    <message>
        <source>the folder holds the event file or the kiosk&apos;s data; name a new folder</source>
        <translation>행사 파일이나 키오스크 데이터가 있는 폴더입니다. 새 폴더를 지정하세요</translation>
    </message>
    <message>
        <source>it is a folder; give a file name</source>
        <translation>폴더입니다. 파일 이름까지 지정하세요</translation>
    </message>
    <message>
        <source>it is a file, not a folder; name a folder</source>
        <translation>폴더가 아니라 파일입니다. 새 폴더를 지정하세요</translation>
    </message>
    <message>
        <source>a different file is already there (a roster, another event&apos;s or another door&apos;s file): choose another name</source>
        <translation>이미 있는 다른 파일입니다 (명단, 다른 행사나 다른 출입구의 파일일 수 있음). 다른 이름을 고르세요</translation>
    </message>
    <message>
        <source>it is another copy of this event with check-ins this file lacks: merge it first or choose another name</source>
        <translation>이 행사의 다른 사본에 이 파일에 없는 입장 기록이 있습니다. 먼저 합치거나 다른 이름을 고르세요</translation>
    </message>
    <message>
        <source>the folder {live} does not exist; check that the USB stick is plugged in</source>
        <translation>폴더가 없습니다: {live}. USB 메모리가 꽂혀 있는지 확인하세요</translation>
    </message>
    <message>
        <source>Nothing written: {path}: unknown file type. End the name in .xlsx or .csv, or give --format.</source>
        <translation>쓰지 않았습니다: {path}: 파일 형식을 알 수 없습니다. 이름을 .xlsx 나 .csv 로 끝내거나 --format 을 지정하세요.</translation>
    </message>
    <message>
        <source>Nothing written: {path}: the file name does not fit --format {format}.</source>
        <translation>쓰지 않았습니다: {path}: 파일 이름이 --format {format} 과 맞지 않습니다.</translation>
    </message>
    <message>
        <source>Could not write {path} ({detail})</source>
        <translation>쓰지 못했습니다: {path} ({detail})</translation>
    </message>
    <message>
        <source>Could not write the copy {path} ({detail})</source>
        <translation>사본을 만들지 못했습니다: {path} ({detail})</translation>
    </message>
    <message>
        <source>camera</source>
        <translation>카메라</translation>
    </message>
    <message>
        <source>QR decoder (zxing-cpp)</source>
        <translation>QR 해독 (zxing-cpp)</translation>
    </message>
    <message>
        <source>QR decoder backup (pyzbar)</source>
        <translation>QR 해독 보조 (pyzbar)</translation>
    </message>
    <message>
        <source>QR decoding self-test</source>
        <translation>QR 해독 시험</translation>
    </message>
    <message>
        <source>Korean font</source>
        <translation>한글 글꼴</translation>
    </message>
    <message>
        <source>data directory</source>
        <translation>데이터 폴더</translation>
    </message>
    <message>
        <source>free disk space</source>
        <translation>남은 저장 공간</translation>
    </message>
    <message>
        <source>kiosk session</source>
        <translation>키오스크 세션</translation>
    </message>
    <message>
        <source>event file</source>
        <translation>행사 파일</translation>
    </message>
    <message>
        <source>event file integrity</source>
        <translation>행사 파일 무결성</translation>
    </message>
    <message>
        <source>roster</source>
        <translation>명단</translation>
    </message>
    <message>
        <source>ticket verification keys</source>
        <translation>입장권 확인 키</translation>
    </message>
    <message>
        <source>signing key</source>
        <translation>서명 키</translation>
    </message>
    <message>
        <source>clock</source>
        <translation>시계</translation>
    </message>
    <message>
        <source>door sync</source>
        <translation>출입구 동기화</translation>
    </message>
    <message>
        <source>no sync engine (syncthing): door sync off, merge by USB at the end</source>
        <translation>동기화 엔진(syncthing) 없음: 출입구 동기화 꺼짐, 끝난 뒤 USB 병합</translation>
    </message>
    <message>
        <source>syncthing {version} ({path})</source>
        <translation>syncthing {version} ({path})</translation>
    </message>
    <message>
        <source>; running: REST {rest}, listening on {listen}</source>
        <translation>; 실행 중: REST {rest}, 연결 {listen}</translation>
    </message>
    <message>
        <source>; this machine&apos;s addresses {addresses}</source>
        <translation>; 이 컴퓨터의 주소 {addresses}</translation>
    </message>
    <message>
        <source>; no network: doors cannot see each other; USB merge</source>
        <translation>; 네트워크 없음: 출입구끼리 서로 볼 수 없음, USB 병합</translation>
    </message>
    <message>
        <source>Connect every door&apos;s laptop to the same Wi-Fi (or a travel router); until then merge by USB.</source>
        <translation>모든 출입구 노트북을 같은 Wi-Fi(또는 여행용 공유기)에 연결하세요. 그동안은 끝난 뒤 USB 병합을 쓰세요.</translation>
    </message>
    <message>
        <source>; LAN discovery heard {count} other device(s)</source>
        <translation>; LAN에서 다른 기기 {count}대가 보임</translation>
    </message>
    <message>
        <source>; no other kiosk heard on the LAN yet</source>
        <translation>; LAN에서 다른 출입구가 아직 보이지 않음</translation>
    </message>
    <message>
        <source>If the other doors are running and still unheard, the venue Wi-Fi isolates clients: use a travel router.</source>
        <translation>다른 출입구도 켜져 있는데 계속 보이지 않으면 행사장 Wi-Fi가 기기끼리 막는 것입니다: 여행용 공유기를 쓰세요.</translation>
    </message>
    <message>
        <source>{path}: does not run ({detail})</source>
        <translation>{path}: 실행할 수 없음 ({detail})</translation>
    </message>
    <message>
        <source>Reinstall syncthing (apt-get install syncthing); until then merge by USB.</source>
        <translation>syncthing을 다시 설치하세요(apt-get install syncthing). 그동안은 USB 병합을 쓰세요.</translation>
    </message>
    <message>
        <source>operator PIN</source>
        <translation>운영자 PIN</translation>
    </message>
    <message>
        <source>set</source>
        <translation>설정됨</translation>
    </message>
    <message>
        <source>not set: operator mode (export, undo, quit) cannot be opened</source>
        <translation>설정되지 않음: 운영자 화면(내보내기, 입장 취소, 종료)을 열 수 없습니다</translation>
    </message>
    <message>
        <source>Set it on the organizer&apos;s PC with kiosk pin set, then copy the event file to the kiosks.</source>
        <translation>주최 측 PC에서 kiosk pin set 으로 PIN을 설정한 뒤 행사 파일을 키오스크에 복사하세요.</translation>
    </message>
    <message>
        <source>{spec}: cannot open</source>
        <translation>{spec}: 열 수 없음</translation>
    </message>
    <message>
        <source>camera {index}</source>
        <translation>카메라 {index}번</translation>
    </message>
    <message>
        <source>No camera found: check the USB cable or name another one with --camera (e.g. --camera 1). Close any program (video calls) that is using the camera. Without a camera, check-in by name search still works.</source>
        <translation>카메라를 찾을 수 없습니다: USB 연결을 확인하거나 --camera 로 다른 번호를 지정하세요 (예: --camera 1). 화상회의 프로그램 등이 카메라를 쓰고 있으면 닫으세요. 카메라 없이도 이름 검색으로 입장 확인은 할 수 있습니다.</translation>
    </message>
    <message>
        <source>Not a video file or image folder: give --camera a camera number, a video file or an image folder. Without a camera, check-in by name search still works.</source>
        <translation>동영상 파일이나 이미지 폴더가 아닙니다: --camera 에 카메라 번호, 동영상 파일 또는 이미지 폴더를 지정하세요. 카메라 없이도 이름 검색으로 입장 확인은 할 수 있습니다.</translation>
    </message>
    <message>
        <source>{source}: opened but delivers no picture</source>
        <translation>{source}: 열렸지만 화면이 오지 않음</translation>
    </message>
    <message>
        <source>Check that no other program is using the camera, then unplug and replug it. Without a camera, check-in by name search still works.</source>
        <translation>다른 프로그램이 카메라를 쓰고 있지 않은지 확인하고, USB 선을 뽑았다 다시 꽂으세요. 카메라 없이도 이름 검색으로 입장 확인은 할 수 있습니다.</translation>
    </message>
    <message>
        <source>{source}: {width}x{height} at {fps} fps ({frames} frames read)</source>
        <translation>{source}: {width}x{height}, 초당 {fps}장 ({frames}장 읽음)</translation>
    </message>
    <message>
        <source>Below {width}x{height}, small QR codes may not read: use a better camera or ask people to hold codes closer.</source>
        <translation>해상도가 {width}x{height}보다 낮아 작은 QR을 못 읽을 수 있습니다: 더 좋은 카메라를 쓰거나 QR을 카메라 가까이 대도록 안내하세요.</translation>
    </message>
    <message>
        <source>{fps} fps is slow: add light, and plug the camera into the PC rather than a hub.</source>
        <translation>초당 {fps}장은 느립니다: 조명을 밝게 하고, USB 허브 대신 PC에 직접 꽂으세요.</translation>
    </message>
    <message>
        <source>The picture is black: remove the lens cover and check the lighting.</source>
        <translation>화면이 검습니다: 렌즈 덮개나 가림막을 치우고 조명을 확인하세요.</translation>
    </message>
    <message>
        <source>The picture is frozen: unplug and replug the camera.</source>
        <translation>화면이 멈춰 있습니다: 카메라를 뽑았다 다시 꽂으세요.</translation>
    </message>
    <message>
        <source>Reinstall the program (ask your IT contact).</source>
        <translation>프로그램을 다시 설치하세요 (IT 담당자에게 문의).</translation>
    </message>
    <message>
        <source>zxing-cpp {version}</source>
        <translation>zxing-cpp {version}</translation>
    </message>
    <message>
        <source>zxing-cpp missing</source>
        <translation>zxing-cpp 없음</translation>
    </message>
    <message>
        <source>{version} ({file})</source>
        <translation>{version} ({file})</translation>
    </message>
    <message>
        <source>pyzbar unavailable: {problem}</source>
        <translation>pyzbar 사용 불가: {problem}</translation>
    </message>
    <message>
        <source>The kiosk works on zxing-cpp alone; to read blurred codes better, install: sudo apt-get install libzbar0</source>
        <translation>zxing-cpp 만으로 동작합니다; 흐린 QR을 더 잘 읽으려면 설치: sudo apt-get install libzbar0</translation>
    </message>
    <message>
        <source>read a test ticket QR ({engines})</source>
        <translation>시험용 입장권 QR을 읽었습니다 ({engines})</translation>
    </message>
    <message>
        <source>could not read a test ticket QR</source>
        <translation>시험용 입장권 QR을 읽지 못했습니다</translation>
    </message>
    <message>
        <source>font file missing: {path}</source>
        <translation>글꼴 파일 없음: {path}</translation>
    </message>
    <message>
        <source>font file unreadable: {path}</source>
        <translation>글꼴 파일을 읽을 수 없음: {path}</translation>
    </message>
    <message>
        <source>{path}: no Hangul glyphs ({missing})</source>
        <translation>{path}: 한글 글자가 없음 ({missing})</translation>
    </message>
    <message>
        <source>{path}: Hangul present ({samples})</source>
        <translation>{path}: 한글 있음 ({samples})</translation>
    </message>
    <message>
        <source>{path}: writable</source>
        <translation>{path}: 쓰기 가능</translation>
    </message>
    <message>
        <source>{path}: not writable ({detail})</source>
        <translation>{path}: 쓸 수 없음 ({detail})</translation>
    </message>
    <message>
        <source>Check the folder&apos;s permissions, or name a writable folder with --data-dir.</source>
        <translation>폴더 권한을 확인하거나, --data-dir 로 쓸 수 있는 폴더를 지정하세요.</translation>
    </message>
    <message>
        <source>{free} free</source>
        <translation>{free} 남음</translation>
    </message>
    <message>
        <source>unknown ({detail})</source>
        <translation>확인할 수 없음 ({detail})</translation>
    </message>
    <message>
        <source>no ordinary desktop (a session of the kiosk&apos;s own)</source>
        <translation>일반 데스크톱 없음 (키오스크 전용 세션)</translation>
    </message>
    <message>
        <source>running inside an ordinary desktop: {what}</source>
        <translation>일반 데스크톱 안에서 실행 중: {what}</translation>
    </message>
    <message>
        <source>If this PC is the kiosk, its panel and menus lead away from the kiosk. Run it in a user session that starts only the kiosk (e.g. openbox + kiosk, autologin): see docs/RUNBOOK.md.</source>
        <translation>이 PC가 키오스크라면, 패널·메뉴로 키오스크를 벗어날 수 있습니다. 키오스크만 시작하는 전용 사용자 세션(예: openbox + kiosk, 자동 로그인)으로 실행하세요: docs/RUNBOOK.md 참고.</translation>
    </message>
    <message>
        <source>If this PC is the kiosk, Explorer (taskbar, Start menu) leads away from the kiosk. Lock it with Assigned Access or Shell Launcher: see docs/RUNBOOK.md.</source>
        <translation>이 PC가 키오스크라면, 탐색기(작업 표시줄·시작 메뉴)로 키오스크를 벗어날 수 있습니다. 할당된 액세스(Assigned Access) 또는 Shell Launcher로 잠그세요: docs/RUNBOOK.md 참고.</translation>
    </message>
    <message>
        <source>Free at least {need}: without space, check-ins cannot be recorded.</source>
        <translation>필요 없는 파일을 지워 {need} 이상 확보하세요. 공간이 없으면 입장 기록을 저장할 수 없습니다.</translation>
    </message>
    <message>
        <source>the current event file is gone: {path}</source>
        <translation>지정된 현재 행사 파일이 없습니다: {path}</translation>
    </message>
    <message>
        <source>Copy the file back or name it with --event; otherwise the sample event opens.</source>
        <translation>USB 등에서 파일을 다시 복사하거나 --event 로 지정하세요. 그대로 두면 샘플 행사가 열립니다.</translation>
    </message>
    <message>
        <source>cannot create the sample event ({detail})</source>
        <translation>샘플 행사를 만들 수 없음 ({detail})</translation>
    </message>
    <message>
        <source>{path}: cannot open ({problem})</source>
        <translation>{path}: 열 수 없음 ({problem})</translation>
    </message>
    <message>
        <source>No such file: check the path, or name the organizer&apos;s event file with --event.</source>
        <translation>파일이 없습니다: 경로를 확인하거나 주최 측에서 받은 행사 파일을 --event 로 지정하세요.</translation>
    </message>
    <message>
        <source>The file is damaged. Keep it exactly as it is (do not delete or overwrite it) and tell the organizer. Start again with kiosk event new or with the organizer&apos;s copy (copied under another name and given with --event).</source>
        <translation>손상된 파일입니다. 이 파일을 그대로 보관하고(지우거나 덮어쓰지 마세요) 주최 측에 알리세요. kiosk event new 또는 주최 측 사본(다른 이름으로 복사해 --event 로 지정)으로 다시 시작하세요.</translation>
    </message>
    <message>
        <source>Not a kiosk event file: check that this is the .db file from the organizer.</source>
        <translation>키오스크 행사 파일이 아닙니다: 주최 측에서 받은 .db 파일인지 확인하세요.</translation>
    </message>
    <message>
        <source>A newer kiosk version made this file: update the program.</source>
        <translation>더 새 버전의 키오스크가 만든 파일입니다: 프로그램을 최신 버전으로 바꾸세요.</translation>
    </message>
    <message>
        <source>Another program is writing the file: close the kiosk window and check again.</source>
        <translation>다른 프로그램이 파일을 쓰고 있습니다: 키오스크 창을 닫은 뒤 다시 점검하세요.</translation>
    </message>
    <message>
        <source>The file cannot be written: copy it from a read-only stick or folder onto this PC.</source>
        <translation>파일에 쓸 수 없습니다: 읽기 전용 USB나 폴더라면 PC의 데이터 폴더로 복사하세요.</translation>
    </message>
    <message>
        <source>Keep the file as it is and tell the organizer. Log: logs/kiosk.log in the data folder.</source>
        <translation>파일을 그대로 보관하고 주최 측에 알리세요. 로그: 데이터 폴더의 logs/kiosk.log</translation>
    </message>
    <message>
        <source> (sample data: create the real event with kiosk event new)</source>
        <translation> (샘플 데이터: 실제 행사는 kiosk event new 로 만드세요)</translation>
    </message>
    <message>
        <source>{path}: {title}, {day}</source>
        <translation>{path}: {title}, {day}</translation>
    </message>
    <message>
        <source>structure and row checksums sound</source>
        <translation>구조와 기록 검사값 이상 없음</translation>
    </message>
    <message>
        <source>{count} problems: {first}</source>
        <translation>문제 {count}건: {first}</translation>
    </message>
    <message>
        <source>{count} on the roster ({expected} expected)</source>
        <translation>명단 {count}명 (예상 인원 {expected}명)</translation>
    </message>
    <message>
        <source>The roster is empty: import it on the organizer&apos;s PC (kiosk roster import) and copy the event file again. Without it, only walk-ins can be registered.</source>
        <translation>명단이 비어 있습니다: 주최 측 PC에서 kiosk roster import 로 명단을 넣고 행사 파일을 다시 복사하세요. 명단 없이는 현장 등록만 됩니다.</translation>
    </message>
    <message>
        <source>{count} public key(s)</source>
        <translation>공개 키 {count}개</translation>
    </message>
    <message>
        <source>no public key: tickets cannot be verified</source>
        <translation>공개 키 없음: 입장권을 확인할 수 없습니다</translation>
    </message>
    <message>
        <source>Get the event file the organizer made with kiosk event new again.</source>
        <translation>주최 측이 kiosk event new 로 만든 행사 파일을 다시 받으세요.</translation>
    </message>
    <message>
        <source>not beside the event file (right for a kiosk)</source>
        <translation>행사 파일 옆에 없음 (키오스크에 맞는 상태)</translation>
    </message>
    <message>
        <source>{path}: the sample event&apos;s key (for demo tickets)</source>
        <translation>{path}: 샘플 행사용 키 (시연용 입장권 발급)</translation>
    </message>
    <message>
        <source>beside the event file: {path}</source>
        <translation>행사 파일 옆에 있음: {path}</translation>
    </message>
    <message>
        <source>Never keep the signing key on a kiosk: fine on the organizer&apos;s PC, but on a kiosk delete this file (the original stays on the organizer&apos;s PC). With it, tickets can be forged.</source>
        <translation>서명 키는 키오스크에 두지 마세요: 주최 측 PC라면 괜찮지만, 키오스크라면 이 파일을 지우세요 (원본은 주최 측 PC에 보관). 키가 있으면 입장권을 위조할 수 있습니다.</translation>
    </message>
    <message>
        <source>now {now}, event day {day}</source>
        <translation>지금 {now}, 행사일 {day}</translation>
    </message>
    <message>
        <source>Today ({today}) is not the event day ({day}): check the PC&apos;s clock or the event file. Tickets are checked against the event file&apos;s date.</source>
        <translation>오늘({today})은 행사일({day})이 아닙니다: PC 시계나 행사 파일을 확인하세요. 입장권의 날짜는 행사 파일 기준으로 확인됩니다.</translation>
    </message>
    <message>
        <source>The sample event is dated {day}, not today ({today}): it is sample data. Create the real event with kiosk event new, or use kiosk demo to try it out.</source>
        <translation>샘플 행사의 날짜({day})이므로 오늘({today})과 다릅니다: 샘플 데이터입니다. 실제 행사는 kiosk event new 로 만들고, 시연은 kiosk demo 를 쓰세요.</translation>
    </message>
    <message>
        <source>The PC&apos;s time zone ({here}) differs from the event&apos;s ({event}): check the settings.</source>
        <translation>PC 시간대({here})가 행사 시간대({event})와 다릅니다: 시간대 설정을 확인하세요.</translation>
    </message>
    <message>
        <source>No sync engine (syncthing): the kiosk works without door sync; merge by USB at the end.</source>
        <translation>동기화 엔진(syncthing)이 없습니다: 출입구 동기화 없이 그대로 쓰고, 끝나면 USB로 합칩니다.</translation>
    </message>
    <message>
        <source>--listen must be HOST:PORT: {value}</source>
        <translation>--listen은 호스트:포트 형식이어야 합니다: {value}</translation>
    </message>
    <message>
        <source>The sync engine failed: {detail}</source>
        <translation>동기화 엔진이 응답하지 않습니다: {detail}</translation>
    </message>
    <message>
        <source>Door sync running (device {device}, {listen}). Ctrl+C to stop</source>
        <translation>출입구 동기화 실행 중 (장치 {device}, {listen}). 끝내려면 Ctrl+C</translation>
    </message>
    <message>
        <source>Sync is not running for this data directory: start `kiosk sync run` first.</source>
        <translation>이 데이터 폴더의 동기화가 실행 중이 아닙니다: 먼저 `kiosk sync run`을 실행하세요.</translation>
    </message>
    <message>
        <source>Not a pairing invitation (it starts with KIOSKSYNC1:).</source>
        <translation>연결 초대 글이 아닙니다 (KIOSKSYNC1:로 시작해야 합니다).</translation>
    </message>
    <message>
        <source>The invitation is for another event: both doors need the same event file.</source>
        <translation>다른 행사의 초대입니다: 두 출입구가 같은 행사 파일을 써야 합니다.</translation>
    </message>
    <message>
        <source>This kiosk made the invitation: join from another door.</source>
        <translation>이 키오스크가 만든 초대입니다: 다른 출입구에서 연결하세요.</translation>
    </message>
    <message>
        <source>The lead in this invitation has this door&apos;s kiosk id or a paired door&apos;s ({kiosk}): every door needs its own data folder (was one copied?). Nothing changed.</source>
        <translation>이 초대의 대표 키오스크가 이 출입구 또는 이미 연결된 출입구와 같은 키오스크 ID({kiosk})를 가지고 있습니다: 출입구마다 자기 데이터 폴더가 필요합니다(폴더를 복사했나요?). 바뀐 것은 없습니다.</translation>
    </message>
    <message>
        <source>Pairing asked, but the lead ({address}) does not answer: put both laptops on one network (a travel router); they pair by themselves once they see each other.</source>
        <translation>연결을 요청했지만 대표 키오스크({address})가 응답하지 않습니다: 두 노트북을 같은 네트워크(여행용 공유기)에 연결하세요. 서로 보이면 저절로 연결됩니다.</translation>
    </message>
    <message>
        <source>Reading the roster</source>
        <translation>명단 읽는 중</translation>
    </message>
    <message>
        <source>Making the export</source>
        <translation>내보낼 파일 만드는 중</translation>
    </message>
    <message>
        <source>Reading the files</source>
        <translation>파일 읽는 중</translation>
    </message>
    <message>
        <source>Making the tickets</source>
        <translation>입장권 만드는 중</translation>
    </message>
    <message>
        <source>Stopped: the roster was NOT imported; nothing was changed.</source>
        <translation>중지했습니다: 명단을 가져오지 않았습니다. 아무것도 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <source>Stopped: no export file was written.</source>
        <translation>중지했습니다: 내보낸 파일은 없습니다.</translation>
    </message>
    <message>
        <source>Stopped: nothing was merged; the event file is unchanged.</source>
        <translation>중지했습니다: 아무것도 합치지 않았습니다. 행사 파일은 그대로입니다.</translation>
    </message>
    <message>
        <source>Stopped: no ticket was written ({dir} is as it was) and the event file is unchanged.</source>
        <translation>중지했습니다: 입장권을 하나도 쓰지 않았고({dir}은(는) 그대로입니다) 행사 파일도 그대로입니다.</translation>
    </message>
    <message>
        <source>Pairing asked (lead device {lead}): the lead kiosk accepts it shortly.</source>
        <translation>연결을 요청했습니다 (대표 장치 {lead}): 대표 키오스크가 곧 수락합니다.</translation>
    </message>
    <message>
        <source>This device: {device}</source>
        <translation>이 장치: {device}</translation>
    </message>
    <message>
        <source>{door}: {state}, last data {age} s ago, {rows} rows</source>
        <translation>{door}: {state}, 마지막 자료 {age}초 전, {rows}건</translation>
    </message>
    <message>
        <source>  its latest file was refused ({reason}): its rows folded before are kept</source>
        <translation>  최근 파일이 거부되었습니다({reason}): 이전에 합친 기록은 그대로 있습니다</translation>
    </message>
    <message>
        <source>  its clock is off by {seconds} s: check the time on that laptop</source>
        <translation>  시계가 {seconds}초 어긋나 있습니다: 그 노트북의 시간을 확인하세요</translation>
    </message>
    <message>
        <source>This door&apos;s check-ins are NOT reaching the other doors: {error}</source>
        <translation>이 출입구의 입장 기록이 다른 출입구에 전달되지 않고 있습니다: {error}</translation>
    </message>
    <message>
        <source>online</source>
        <translation>연결됨</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>끊김</translation>
    </message>
    <message>
        <source>Result: {fails} failed, {warns} warnings</source>
        <translation>점검 결과: 실패 {fails}건, 주의 {warns}건</translation>
    </message>
    <message>
        <source>a required column is missing: {col}</source>
        <translation>필수 열이 없습니다: {col}</translation>
    </message>
    <message>
        <source>more than one &apos;{col}&apos; column: {detail}; keep only one</source>
        <translation>&apos;{col}&apos; 열이 여러 개 있습니다: {detail}. 하나만 남겨 주세요</translation>
    </message>
    <message>
        <source>the name is empty</source>
        <translation>이름이 비어 있습니다</translation>
    </message>
    <message>
        <source>the name is longer than {detail} characters</source>
        <translation>이름이 {detail}자를 넘습니다</translation>
    </message>
    <message>
        <source>the &apos;{col}&apos; cell is longer than {detail} characters</source>
        <translation>&apos;{col}&apos; 칸이 {detail}자를 넘습니다</translation>
    </message>
    <message>
        <source>a row is too long (more than {detail} characters); check that the file is a roster</source>
        <translation>한 행이 너무 깁니다 ({detail}자 초과). 파일이 명단이 맞는지 확인해 주세요</translation>
    </message>
    <message>
        <source>too many columns (more than {detail})</source>
        <translation>열이 너무 많습니다 ({detail}개 초과)</translation>
    </message>
    <message>
        <source>read the sheet &apos;{detail}&apos;</source>
        <translation>&apos;{detail}&apos; 시트를 읽었습니다</translation>
    </message>
    <message>
        <source>hidden sheets were not read: {detail}</source>
        <translation>숨긴 시트는 읽지 않았습니다: {detail}</translation>
    </message>
    <message>
        <source>no sheet is visible; unhide the roster sheet in Excel</source>
        <translation>보이는 시트가 없습니다. 엑셀에서 명단 시트의 숨기기를 취소해 주세요</translation>
    </message>
    <message>
        <source>hidden rows were not imported</source>
        <translation>숨긴 행은 가져오지 않았습니다</translation>
    </message>
    <message>
        <source>taken for total rows and not imported</source>
        <translation>합계 행으로 보고 가져오지 않았습니다</translation>
    </message>
    <message>
        <source>the name &apos;{detail}&apos; looks like a total, but other cells hold text: it is unclear whether this is a total row or a person; empty the other cells of a total row, or check the person&apos;s name</source>
        <translation>이름 칸의 &apos;{detail}&apos;는 합계 행처럼 보이지만 다른 칸에 글자가 있어 합계 행인지 사람인지 알 수 없습니다. 합계 행이면 다른 칸을 비우고, 사람이면 이름을 확인해 주세요</translation>
    </message>
    <message>
        <source>filled the value of merged cells into the other cells they cover: {detail}</source>
        <translation>병합된 셀의 값을 병합된 다른 칸에도 채웠습니다: {detail}</translation>
    </message>
    <message>
        <source>too many merged cell ranges (more than {detail}); unmerge the cells in Excel and import again</source>
        <translation>병합된 셀 범위가 너무 많습니다 ({detail}개 초과). 엑셀에서 셀 병합을 해제한 뒤 다시 가져와 주세요</translation>
    </message>
    <message>
        <source>different people share the same {col} ({detail})</source>
        <translation>같은 {col}({detail})에 다른 사람이 있습니다</translation>
    </message>
    <message>
        <source>identical rows were merged into one</source>
        <translation>똑같은 행이 여러 번 있어 하나로 합쳤습니다</translation>
    </message>
    <message>
        <source>unreadable characters (byte offset {detail}); check the file&apos;s encoding (UTF-8 or CP949)</source>
        <translation>읽을 수 없는 글자가 있습니다 (바이트 위치 {detail}). 파일 인코딩을 확인해 주세요 (UTF-8 또는 CP949)</translation>
    </message>
    <message>
        <source>the CSV is malformed (check the quotes)</source>
        <translation>CSV 형식이 올바르지 않습니다 (따옴표를 확인해 주세요)</translation>
    </message>
    <message>
        <source>cells hold formulas: {detail}; in Excel, paste them as values and import again</source>
        <translation>수식이 든 셀이 있습니다: {detail}. 엑셀에서 &apos;값 붙여넣기&apos;로 수식을 값으로 바꾼 뒤 다시 가져와 주세요</translation>
    </message>
    <message>
        <source>cells hold error values: {detail}</source>
        <translation>오류 값이 든 셀이 있습니다: {detail}</translation>
    </message>
    <message>
        <source>formulas in columns that are not imported were ignored: {detail}</source>
        <translation>가져오지 않는 열의 수식은 무시했습니다: {detail}</translation>
    </message>
    <message>
        <source>this column is not imported: {col}</source>
        <translation>가져오지 않는 열입니다: {col}</translation>
    </message>
    <message>
        <source>restored the leading 0 of phone numbers stored as numbers</source>
        <translation>숫자로 저장된 전화번호 앞의 0을 되살렸습니다</translation>
    </message>
    <message>
        <source>the roster has nobody in it</source>
        <translation>명단에 사람이 한 명도 없습니다</translation>
    </message>
    <message>
        <source>the roster is too long (more than {detail} rows)</source>
        <translation>명단이 너무 깁니다 ({detail}행 초과)</translation>
    </message>
    <message>
        <source>the file is too large (more than {detail} bytes)</source>
        <translation>파일이 너무 큽니다 ({detail}바이트 초과)</translation>
    </message>
    <message>
        <source>unsupported file format ({detail}); save it as CSV or an Excel workbook (.xlsx)</source>
        <translation>지원하지 않는 파일 형식입니다 ({detail}). CSV 또는 엑셀 통합 문서(.xlsx)로 저장해 주세요</translation>
    </message>
    <message>
        <source>the Excel file is password-protected; remove the password, save, and import again</source>
        <translation>암호가 걸린 엑셀 파일입니다. 암호를 해제하고 저장한 뒤 다시 가져와 주세요</translation>
    </message>
    <message>
        <source>this is not an Excel workbook (.xlsx): the file is damaged or misnamed</source>
        <translation>엑셀 통합 문서(.xlsx)가 아닙니다. 파일이 손상되었거나 확장자가 잘못되었습니다</translation>
    </message>
    <message>
        <source>the file cannot be opened ({detail})</source>
        <translation>파일을 열 수 없습니다 ({detail})</translation>
    </message>
    <message>
        <source>name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>affiliation</source>
        <translation>소속</translation>
    </message>
    <message>
        <source>department</source>
        <translation>부서</translation>
    </message>
    <message>
        <source>position</source>
        <translation>직위</translation>
    </message>
    <message>
        <source>employee number</source>
        <translation>사번</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>전화번호</translation>
    </message>
    <message>
        <source>email</source>
        <translation>이메일</translation>
    </message>
    <message>
        <source>{kind}</source>
        <translation>{kind}</translation>
    </message>
    <message>
        <source> (no header row with a name column in the first rows)</source>
        <translation> (첫 10행 안에 &apos;이름&apos; 또는 &apos;성명&apos; 제목이 있어야 합니다)</translation>
    </message>
    <message>
        <source>{row}</source>
        <translation>{row}행</translation>
    </message>
    <message>
        <source>row {rows}</source>
        <translation>{rows}</translation>
    </message>
    <message>
        <source>rows {rows}</source>
        <translation>{rows}</translation>
    </message>
    <message>
        <source>{rows} and {more} more</source>
        <translation>{rows} 외 {more}개 행</translation>
    </message>
    <message>
        <source>rows {first}, {second}</source>
        <translation>{first}과 {second}</translation>
    </message>
    <message>
        <source>{rows}: {problem}</source>
        <translation>{rows}: {problem}</translation>
    </message>
</context>
<context>
    <name>TicketsView</name>
    <message>
        <source>Type a name, its initials (ㄱㅁㅅ), an employee number or phone digits.</source>
        <translation>이름, 초성(ㄱㅁㅅ), 사번 또는 전화번호 숫자를 입력하세요.</translation>
    </message>
    <message>
        <source>Type one more letter.</source>
        <translation>한 글자 더 입력하세요.</translation>
    </message>
    <message>
        <source>Nobody found.</source>
        <translation>찾는 사람이 없습니다.</translation>
    </message>
    <message>
        <source>This person is no longer on the roster.</source>
        <translation>이 사람은 더 이상 명단에 없습니다.</translation>
    </message>
    <message>
        <source>No. {serial} {name}: ticket marked LOST; it no longer admits. The organizer issues a new one: kiosk tickets reissue {serial} --out DIR. Meanwhile check the person in by name.</source>
        <translation>번호 {serial} {name}: 입장권을 분실 처리했습니다. 이 입장권으로는 더 이상 입장할 수 없습니다. 주최 측이 새 입장권을 발급합니다: kiosk tickets reissue {serial} --out 폴더. 그동안은 이름 검색으로 입장 확인하세요.</translation>
    </message>
    <message>
        <source>No. {serial} {name}: ticket REVOKED; it no longer admits. Check the person in by name; the organizer can issue a new ticket: kiosk tickets reissue {serial} --out DIR.</source>
        <translation>번호 {serial} {name}: 입장권을 취소했습니다. 이 입장권으로는 더 이상 입장할 수 없습니다. 본인은 이름 검색으로 입장 확인하세요. 주최 측이 새 입장권을 발급할 수 있습니다: kiosk tickets reissue {serial} --out 폴더.</translation>
    </message>
    <message>
        <source>No. {serial} · generation {generation} · {state}</source>
        <translation>번호 {serial} · {generation}세대 · {state}</translation>
    </message>
    <message>
        <source>Tap again to confirm</source>
        <translation>한 번 더 눌러 확인</translation>
    </message>
    <message>
        <source>Mark lost</source>
        <translation>분실 처리</translation>
    </message>
    <message>
        <source>Revoke (stolen)</source>
        <translation>취소(도난)</translation>
    </message>
    <message>
        <source>ticket valid</source>
        <translation>입장권 유효</translation>
    </message>
    <message>
        <source>walk-in, no ticket</source>
        <translation>현장 등록, 입장권 없음</translation>
    </message>
    <message>
        <source>LOST: not admitted, waiting for a new ticket</source>
        <translation>분실: 입장 불가, 새 입장권 발급 대기</translation>
    </message>
    <message>
        <source>REVOKED: not admitted</source>
        <translation>취소됨: 입장 불가</translation>
    </message>
    <message>
        <source>REVOKED ({reason}): not admitted</source>
        <translation>취소됨 ({reason}): 입장 불가</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>분실</translation>
    </message>
    <message>
        <source>cancelled (stolen or misused)</source>
        <translation>취소(도난 등)</translation>
    </message>
    <message>
        <source>left the roster</source>
        <translation>명단에서 빠짐</translation>
    </message>
    <message>
        <source>replaced by a new ticket</source>
        <translation>새 입장권으로 교체</translation>
    </message>
    <message>
        <source>Back to search</source>
        <translation>검색으로 돌아가기</translation>
    </message>
    <message>
        <source>Revoked tickets ({count})</source>
        <translation>취소된 입장권 ({count})</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>입장권</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>번호</translation>
    </message>
    <message>
        <source>Generation</source>
        <translation>세대</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <source>Revoked at</source>
        <translation>취소 시각</translation>
    </message>
</context>
<context>
    <name>UndoView</name>
    <message>
        <source>Nobody was checked in by name today.</source>
        <translation>오늘 이름으로 입장 확인된 사람이 없습니다.</translation>
    </message>
    <message>
        <source>No check-ins at this door yet.</source>
        <translation>이 출입구에서 아직 입장 확인이 없습니다.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>(walk-in)</source>
        <translation>(현장 등록)</translation>
    </message>
    <message>
        <source>by name, phone digits</source>
        <translation>이름(전화 확인)</translation>
    </message>
    <message>
        <source>by name, volunteer</source>
        <translation>이름(봉사자)</translation>
    </message>
    <message>
        <source>by name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>QR</source>
        <translation>QR</translation>
    </message>
    <message>
        <source>scanner</source>
        <translation>스캐너</translation>
    </message>
    <message>
        <source>walk-in</source>
        <translation>현장 등록</translation>
    </message>
    <message>
        <source>command line</source>
        <translation>명령줄</translation>
    </message>
    <message>
        <source>Undo this check-in?
{row}</source>
        <translation>이 입장 확인을 취소할까요?
{row}</translation>
    </message>
    <message>
        <source>NOT undone: {problem}</source>
        <translation>취소하지 못했습니다: {problem}</translation>
    </message>
    <message>
        <source>That check-in was already undone.</source>
        <translation>그 입장 확인은 이미 취소되었습니다.</translation>
    </message>
    <message>
        <source>Undone: {row}</source>
        <translation>취소했습니다: {row}</translation>
    </message>
    <message>
        <source>Undo a check-in at this door</source>
        <translation>이 출입구의 입장 확인 취소</translation>
    </message>
    <message>
        <source>Name check-ins only</source>
        <translation>이름 확인만 보기</translation>
    </message>
    <message>
        <source>Undo it</source>
        <translation>입장 취소</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>그대로 두기</translation>
    </message>
</context>
<context>
    <name>VolunteerCodePad</name>
    <message>
        <source>Too many wrong codes. Try again in {seconds} s.</source>
        <translation>잘못된 코드가 너무 많습니다. {seconds}초 뒤에 다시 하세요.</translation>
    </message>
    <message>
        <source>That is not the volunteer code.</source>
        <translation>봉사자 코드가 아닙니다.</translation>
    </message>
    <message>
        <source>Volunteer code</source>
        <translation>봉사자 코드</translation>
    </message>
</context>
<context>
    <name>WalkInScreen</name>
    <message>
        <source>NOT RECORDED: {problem} Nobody was registered; try again.</source>
        <translation>기록 실패: {problem} 등록되지 않았습니다. 다시 시도하세요.</translation>
    </message>
    <message>
        <source>✓ {name} registered as a walk-in and checked in.</source>
        <translation>✓ {name} 현장 등록 및 입장 확인되었습니다.</translation>
    </message>
    <message>
        <source>A name is at most {count} characters.</source>
        <translation>이름은 {count}자까지입니다.</translation>
    </message>
    <message>
        <source>A name has only Hangul or Latin letters, spaces, &apos;-&apos; and &apos;.&apos;.</source>
        <translation>이름에는 한글, 로마자, 띄어쓰기, &apos;-&apos;, &apos;.&apos;만 쓸 수 있습니다.</translation>
    </message>
    <message>
        <source>Type the person&apos;s name (at least two letters).</source>
        <translation>이름을 입력하세요 (두 글자 이상).</translation>
    </message>
    <message>
        <source>registered earlier</source>
        <translation>앞서 현장 등록됨</translation>
    </message>
    <message>
        <source>on the roster</source>
        <translation>명단에 있음</translation>
    </message>
    <message>
        <source>Already known ({where}): {person}. Find them by name instead?</source>
        <translation>이미 있는 사람입니다 ({where}): {person}. 이름으로 찾아 입장 확인하시겠습니까?</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>소속</translation>
    </message>
    <message>
        <source>Department (optional)</source>
        <translation>부서 (선택)</translation>
    </message>
    <message>
        <source>Walk-in registration</source>
        <translation>현장 등록 (명단에 없는 분)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>Affiliation: tap one</source>
        <translation>소속을 누르세요</translation>
    </message>
    <message>
        <source>Other (type it)</source>
        <translation>기타 (직접 입력)</translation>
    </message>
    <message>
        <source>Register and check in</source>
        <translation>등록하고 입장 확인</translation>
    </message>
    <message>
        <source>Register anyway</source>
        <translation>그래도 등록</translation>
    </message>
    <message>
        <source>Registering a walk-in is for volunteers. Type the volunteer code.</source>
        <translation>현장 등록은 봉사자가 합니다. 봉사자 코드를 입력하세요.</translation>
    </message>
    <message>
        <source>Walk-in registration is closed: no volunteer code is set for this event.
The organizer sets one with: kiosk volunteer-code set
Scanning a ticket still works.</source>
        <translation>현장 등록이 닫혀 있습니다: 이 행사에 봉사자 코드가 없습니다.
주최자가 설정합니다: kiosk volunteer-code set
입장권 스캔은 그대로 됩니다.</translation>
    </message>
</context>
</TS>
