; Inno Setup 6 script: the Windows installer for the kiosk (Korean and English).
; Build dist\kiosk first (packaging\build_windows.ps1 does both steps), then:
;   iscc /DAppVersion=0.1.0 packaging\windows\kiosk.iss      -> dist\installer\kiosk-setup-0.1.0.exe
; Optional: put Microsoft's "vcredist_x64.exe" of Visual C++ 2013 next to this file; the installer
; then runs it when the runtime is missing (pyzbar's libiconv.dll needs MSVCR120.dll). Without it the
; kiosk still scans with zxing-cpp alone, and `kiosk-cli doctor` says pyzbar is unavailable.
; Not compiled on this project's build machine (Linux); see packaging/README.md.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define Root "..\.."
#define SyncRule "Kiosk door sync (syncthing)"

#if FileExists(CompilerPath + "Languages\Korean.isl")
  #define KoreanIsl "compiler:Languages\Korean.isl"
#elif FileExists(CompilerPath + "Languages\Unofficial\Korean.isl")
  #define KoreanIsl "compiler:Languages\Unofficial\Korean.isl"
#else
  #pragma warning "Korean.isl not found (https://jrsoftware.org/files/istrans/): English-only installer"
#endif

[Setup]
AppId={{6C7E2B0A-4F3D-4C59-9A37-1E0F5B8D2C41}
AppName=Kiosk
AppVerName=Kiosk {#AppVersion}
AppVersion={#AppVersion}
AppPublisher=Kiosk project
DefaultDirName={autopf}\Kiosk
DefaultGroupName=Kiosk
DisableProgramGroupPage=yes
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir={#Root}\dist\installer
OutputBaseFilename=kiosk-setup-{#AppVersion}
SetupIconFile={#Root}\assets\icons\kiosk.ico
UninstallDisplayIcon={app}\kiosk.exe
UninstallDisplayName=Kiosk {#AppVersion}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=auto
CloseApplications=yes

[Languages]
#ifdef KoreanIsl
Name: "korean"; MessagesFile: "{#KoreanIsl}"
#endif
Name: "english"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
english.AppTitle=Auditorium Check-in Kiosk
english.DemoTitle=Kiosk demo (sample event)
english.DoctorTitle=Kiosk check (doctor)
english.DesktopIconTask=Create a desktop shortcut
english.AutostartTask=Open the kiosk full screen when this user signs in to Windows
english.LaunchNow=Start the kiosk now
english.VcRedist=Installing the Visual C++ 2013 runtime...
#ifdef KoreanIsl
korean.AppTitle=강당 출석 체크인
korean.DemoTitle=키오스크 데모 (예시 행사)
korean.DoctorTitle=키오스크 점검 (doctor)
korean.DesktopIconTask=바탕 화면에 바로 가기 만들기
korean.AutostartTask=Windows에 로그인하면 키오스크를 전체 화면으로 자동 실행
korean.LaunchNow=지금 키오스크 실행
korean.VcRedist=Visual C++ 2013 런타임을 설치하는 중...
#endif

[Tasks]
Name: "desktopicon"; Description: "{cm:DesktopIconTask}"; Flags: unchecked
Name: "autostart"; Description: "{cm:AutostartTask}"; Flags: unchecked

[Files]
Source: "{#Root}\dist\kiosk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
#if FileExists(SourcePath + "vcredist_x64.exe")
Source: "vcredist_x64.exe"; DestDir: "{tmp}"; Flags: deleteafterinstall; Check: NeedsVcRedist2013
#endif

[Icons]
Name: "{group}\{cm:AppTitle}"; Filename: "{app}\kiosk.exe"; Parameters: "run --fullscreen"
Name: "{group}\{cm:DemoTitle}"; Filename: "{app}\kiosk.exe"; Parameters: "demo"
Name: "{group}\{cm:DoctorTitle}"; Filename: "{cmd}"; Parameters: "/k ""{app}\kiosk-cli.exe"" doctor"; IconFilename: "{app}\kiosk.exe"
Name: "{autodesktop}\{cm:AppTitle}"; Filename: "{app}\kiosk.exe"; Parameters: "run --fullscreen"; Tasks: desktopicon
; The installing user's Startup folder: the kiosk account signs in, the kiosk opens.
Name: "{userstartup}\{cm:AppTitle}"; Filename: "{app}\kiosk.exe"; Parameters: "run --fullscreen"; Tasks: autostart

[Run]
#if FileExists(SourcePath + "vcredist_x64.exe")
Filename: "{tmp}\vcredist_x64.exe"; Parameters: "/install /quiet /norestart"; StatusMsg: "{cm:VcRedist}"; Check: NeedsVcRedist2013; Flags: waituntilterminated
#endif
; Door sync: let the engine (syncthing.exe, beside kiosk.exe) accept peers' connections (TCP 22000)
; and LAN discovery (UDP 21027) on every network profile: venue Wi-Fi is usually "Public". Needs an
; administrative install; otherwise Windows asks once, on the engine's first start.
Filename: "{sys}\netsh.exe"; Parameters: "advfirewall firewall delete rule name=""{#SyncRule}"""; Flags: runhidden waituntilterminated; Check: IsAdminInstallMode
Filename: "{sys}\netsh.exe"; Parameters: "advfirewall firewall add rule name=""{#SyncRule}"" dir=in action=allow program=""{app}\syncthing.exe"" enable=yes profile=any"; Flags: runhidden waituntilterminated; Check: IsAdminInstallMode
Filename: "{app}\kiosk.exe"; Parameters: "run"; Description: "{cm:LaunchNow}"; Flags: nowait postinstall skipifsilent

[UninstallRun]
Filename: "{sys}\netsh.exe"; Parameters: "advfirewall firewall delete rule name=""{#SyncRule}"""; Flags: runhidden waituntilterminated; RunOnceId: "DeleteSyncFirewallRule"; Check: IsAdminInstallMode

[Code]
{ True when the Visual C++ 2013 x64 runtime (MSVCR120.dll) is not registered. }
function NeedsVcRedist2013: Boolean;
var
  Installed: Cardinal;
begin
  Result := not (RegQueryDWordValue(HKLM64, 'SOFTWARE\Microsoft\VisualStudio\12.0\VC\Runtimes\x64',
                                    'Installed', Installed) and (Installed = 1));
end;
