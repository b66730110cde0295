# Build the Windows one-folder bundle and, when Inno Setup 6 is installed, the installer.
#   dist\kiosk\kiosk.exe       the kiosk (no console window; Start menu and autostart use it)
#   dist\kiosk\kiosk-cli.exe   the same program with a console: decode --json, doctor, export ...
#   dist\installer\kiosk-setup-VERSION.exe   (only if ISCC.exe is found)
# Run from any folder:  powershell -ExecutionPolicy Bypass -File packaging\build_windows.ps1
# Needs: uv (py -m pip install uv) and Python 3.11+. PyInstaller does not cross-compile, so this
# runs on Windows. Extra arguments go to PyInstaller (e.g. --clean).
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..")

# Door sync engine, pinned: one Syncthing version on every Windows kiosk. 1.27.x keeps the 1.x
# command line and configuration that Debian's 1.19 (the Linux kiosks) has, and both speak the
# same protocol. The SHA-256 comes from the release's signed sha256sum.txt.asc
# (https://github.com/syncthing/syncthing/releases/tag/v1.27.12); the build stops on a mismatch.
$SyncthingVersion = "v1.27.12"
$SyncthingZip = "syncthing-windows-amd64-$SyncthingVersion.zip"
$SyncthingUrl = "https://github.com/syncthing/syncthing/releases/download/$SyncthingVersion/$SyncthingZip"
$SyncthingSha256 = "TODO-fill-from-sha256sum.txt.asc"  # not filled: the build fails until it is

$pyinstaller = if ($env:PYINSTALLER_SPEC) { $env:PYINSTALLER_SPEC } else { "pyinstaller>=6.10" }
$timer = [Diagnostics.Stopwatch]::StartNew()
uv run --with $pyinstaller pyinstaller --noconfirm --log-level WARN `
    --distpath dist --workpath build\pyinstaller packaging\kiosk.spec @args
if ($LASTEXITCODE -ne 0) { throw "PyInstaller failed (exit code $LASTEXITCODE)" }
$timer.Stop()

# syncthing.exe and its licence beside kiosk.exe, where kiosk\sync\engine.py looks first.
if ($SyncthingSha256 -notmatch '^[0-9a-fA-F]{64}$') {
    throw "SyncthingSha256 is not set: copy the SHA-256 of $SyncthingZip from the release's sha256sum.txt.asc into build_windows.ps1"
}
$cache = "build\syncthing"
New-Item -ItemType Directory -Force $cache | Out-Null
$zipPath = Join-Path $cache $SyncthingZip
if (-not (Test-Path $zipPath)) { Invoke-WebRequest -Uri $SyncthingUrl -OutFile $zipPath }
$actual = (Get-FileHash -Algorithm SHA256 $zipPath).Hash
if ($actual -ne $SyncthingSha256.ToUpperInvariant()) {
    Remove-Item $zipPath
    throw "SHA-256 mismatch for ${SyncthingZip}: expected $SyncthingSha256, got $actual (file deleted)"
}
$unpacked = Join-Path $cache "unpacked"
if (Test-Path $unpacked) { Remove-Item -Recurse -Force $unpacked }
Expand-Archive -Path $zipPath -DestinationPath $unpacked
$folder = Join-Path $unpacked "syncthing-windows-amd64-$SyncthingVersion"
Copy-Item (Join-Path $folder "syncthing.exe") dist\kiosk\syncthing.exe
$licence = @("LICENSE.txt", "LICENSE") | ForEach-Object { Join-Path $folder $_ } |
    Where-Object { Test-Path $_ } | Select-Object -First 1
if (-not $licence) { throw "no LICENSE in $SyncthingZip: Syncthing (MPL-2.0) must ship with its licence" }
Copy-Item $licence dist\kiosk\syncthing-LICENSE.txt
& dist\kiosk\syncthing.exe --version
if ($LASTEXITCODE -ne 0) { throw "dist\kiosk\syncthing.exe --version failed" }

$bytes = (Get-ChildItem dist\kiosk -Recurse -File | Measure-Object Length -Sum).Sum
"build time: {0:N1} s" -f $timer.Elapsed.TotalSeconds
"bundle size: {0:N0} MB (dist\kiosk)" -f ($bytes / 1MB)
if (Test-Path dist\kiosk\_internal\pyzbar\libzbar-64.dll) {
    "libzbar in bundle: _internal\pyzbar\libzbar-64.dll"
} else {
    Write-Warning "libzbar-64.dll is not in the bundle: pyzbar will be off (zxing-cpp still scans)"
}
& dist\kiosk\kiosk-cli.exe --version
if ($LASTEXITCODE -ne 0) { throw "dist\kiosk\kiosk-cli.exe --version failed" }

$iscc = Get-Command iscc.exe -ErrorAction SilentlyContinue
$isccPath = if ($iscc) { $iscc.Source } else {
    @("${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe", "$env:ProgramFiles\Inno Setup 6\ISCC.exe",
      "$env:LOCALAPPDATA\Programs\Inno Setup 6\ISCC.exe") |
        Where-Object { Test-Path $_ } | Select-Object -First 1
}
if (-not $isccPath) {
    "Inno Setup 6 not found: skipped the installer (dist\kiosk can be copied as it is)."
    exit 0
}
$version = (uv run python -c "import importlib.metadata as m; print(m.version('kiosk'))").Trim()
$timer.Restart()
& $isccPath "/DAppVersion=$version" packaging\windows\kiosk.iss
if ($LASTEXITCODE -ne 0) { throw "ISCC failed (exit code $LASTEXITCODE)" }
"installer: dist\installer\kiosk-setup-$version.exe ({0:N1} s)" -f $timer.Elapsed.TotalSeconds
