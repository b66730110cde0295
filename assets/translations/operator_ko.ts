<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>DoorsPage</name>
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
        <translation>처리 중입니다… 그동안에도 출석 확인은 계속됩니다.</translation>
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
        <source>Nothing was merged.</source>
        <translation>아무것도 합치지 않았습니다.</translation>
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
        <translation>명단을 가져왔습니다: 추가 {added}명, 변경 {updated}명, 동일 {unchanged}명, 삭제 {removed}명, 이미 출석하여 보존 {kept}명.</translation>
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
        <translation>합치기 완료: 새 출석 기록 {new}건, 현장 등록 {walk_ins}명 추가.</translation>
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
        <translation>출석 내보내기 (XLSX + CSV)</translation>
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
        <translation>내보내기와 안전 사본은 고른 폴더(USB 메모리)에 저장됩니다. 명단을 가져오면 기존 명단을 바꾸며, 이미 출석한 사람은 그대로 남습니다.</translation>
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
        <translation>출석 취소</translation>
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
    <name>SearchScreen</name>
    <message>
        <source>{person}
Check this person in?</source>
        <translation>{person}
출석 확인할까요?</translation>
    </message>
    <message>
        <source>NOT RECORDED: {problem} Nobody was checked in; try again.</source>
        <translation>기록 실패: {problem} 출석 처리되지 않았습니다. 다시 시도하세요.</translation>
    </message>
    <message>
        <source>Too many wrong codes. Try again in {seconds} s.</source>
        <translation>잘못된 코드가 너무 많습니다. {seconds}초 뒤에 다시 하세요.</translation>
    </message>
    <message>
        <source>That is not the volunteer code.</source>
        <translation>봉사자 코드가 아닙니다.</translation>
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
        <translation>출석 확인</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Volunteer code</source>
        <translation>봉사자 코드</translation>
    </message>
    <message>
        <source>Checking in by name is for volunteers. Type the volunteer code.</source>
        <translation>이름으로 출석 확인은 봉사자가 합니다. 봉사자 코드를 입력하세요.</translation>
    </message>
    <message>
        <source>Only you know them: they prove it is you. Nothing is shown or kept.</source>
        <translation>본인 확인용입니다. 화면에 표시되거나 저장되지 않습니다.</translation>
    </message>
    <message>
        <source>Checking in by name is closed: no volunteer code is set for this event.
The organizer sets one with: kiosk volunteer-code set
Scanning a ticket still works.</source>
        <translation>이름으로 출석 확인이 닫혀 있습니다: 이 행사에 봉사자 코드가 없습니다.
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
        <translation>이제 이름으로 출석 확인에 봉사자 코드가 필요합니다.</translation>
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
    <name>StatsView</name>
    <message>
        <source>Arrived {arrived} of {expected} ({percent})</source>
        <translation>출석 {arrived} / {expected}명 ({percent})</translation>
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
        <translation>아직 출석한 사람이 없습니다.</translation>
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
        <translation>5분 단위 출석 인원</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>소속</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>출석</translation>
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
        <translation>오늘 이름으로 출석 확인된 사람이 없습니다.</translation>
    </message>
    <message>
        <source>No check-ins at this door yet.</source>
        <translation>이 출입구에서 아직 출석 확인이 없습니다.</translation>
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
        <translation>이 출석 확인을 취소할까요?
{row}</translation>
    </message>
    <message>
        <source>NOT undone: {problem}</source>
        <translation>취소하지 못했습니다: {problem}</translation>
    </message>
    <message>
        <source>That check-in was already undone.</source>
        <translation>그 출석 확인은 이미 취소되었습니다.</translation>
    </message>
    <message>
        <source>Undone: {row}</source>
        <translation>취소했습니다: {row}</translation>
    </message>
    <message>
        <source>Undo a check-in at this door</source>
        <translation>이 출입구의 출석 확인 취소</translation>
    </message>
    <message>
        <source>Name check-ins only</source>
        <translation>이름 확인만 보기</translation>
    </message>
    <message>
        <source>Undo it</source>
        <translation>출석 취소</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>그대로 두기</translation>
    </message>
</context>
<context>
    <name>WalkInScreen</name>
    <message>
        <source>Too many wrong codes. Try again in {seconds} s.</source>
        <translation>잘못된 코드가 너무 많습니다. {seconds}초 뒤에 다시 하세요.</translation>
    </message>
    <message>
        <source>That is not the volunteer code.</source>
        <translation>봉사자 코드가 아닙니다.</translation>
    </message>
    <message>
        <source>NOT RECORDED: {problem} Nobody was registered; try again.</source>
        <translation>기록 실패: {problem} 등록되지 않았습니다. 다시 시도하세요.</translation>
    </message>
    <message>
        <source>✓ {name} registered as a walk-in and checked in.</source>
        <translation>✓ {name} 현장 등록 및 출석 확인되었습니다.</translation>
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
        <translation>이미 있는 사람입니다 ({where}): {person}. 이름으로 찾아 출석 확인하시겠습니까?</translation>
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
        <translation>등록하고 출석 확인</translation>
    </message>
    <message>
        <source>Register anyway</source>
        <translation>그래도 등록</translation>
    </message>
    <message>
        <source>Volunteer code</source>
        <translation>봉사자 코드</translation>
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
