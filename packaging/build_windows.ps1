# Build the Windows one-folder bundle and, when Inno Setup 6 is installed, the installer.
#   dist\kiosk\kiosk.exe       the kiosk (no console window; Start menu and autostart use it)
#   dist\kiosk\kiosk-cli.exe   the same program with a console: decode --json, doctor, export ...
#   dist\installer\kiosk-setup-VERSION.exe   (only if ISCC.exe is found)
# Run from any folder:  powershell -ExecutionPolicy Bypass -File packaging\build_windows.ps1
# Needs: uv (py -m pip install uv) and Python 3.11+. PyInstaller does not cross-compile, so this
# runs on Windows. Extra arguments go to PyInstaller (e.g. --clean).
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..")

$pyinstaller = if ($env:PYINSTALLER_SPEC) { $env:PYINSTALLER_SPEC } else { "pyinstaller>=6.10" }
$timer = [Diagnostics.Stopwatch]::StartNew()
uv run --with $pyinstaller pyinstaller --noconfirm --log-level WARN `
    --distpath dist --workpath build\pyinstaller packaging\kiosk.spec @args
if ($LASTEXITCODE -ne 0) { throw "PyInstaller failed (exit code $LASTEXITCODE)" }
$timer.Stop()

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
