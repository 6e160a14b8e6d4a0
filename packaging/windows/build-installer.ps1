# (UTF-8 with a byte-order mark, so that Windows PowerShell 5.1 reads the Vietnamese in it.)
# Build the Dialogue Desk bundle and its Windows installer on a Windows machine.
#
#   powershell -ExecutionPolicy Bypass -File packaging\windows\build-installer.ps1
#
# Needs: Python 3.11 or newer (the "py" launcher from python.org) and Inno Setup 6
# (https://jrsoftware.org/isinfo.php; ISCC.exe on PATH or in its default folder).
# Makes: dist\dialogue-app\dialogue-app.exe (the bundle) and dist\DialogueDesk-<version>-setup.exe.
# The bundle is smoke-tested before the installer is made: --version, db upgrade, demo and a PDF
# report, on a throwaway data folder whose path has Vietnamese letters and spaces.
param(
    [string]$Python = "py",
    [string]$PythonVersion = "-3.11"
)
$ErrorActionPreference = "Stop"
$root = Resolve-Path (Join-Path $PSScriptRoot "..\..")
Set-Location $root

function Invoke-Checked([string]$what, [scriptblock]$block) {
    & $block
    if ($LASTEXITCODE -ne 0) { throw "$what failed (exit $LASTEXITCODE)" }
}

# 1. A clean build environment with the app and PyInstaller
$venv = Join-Path $root ".venv-bundle"
if (-not (Test-Path $venv)) {
    Invoke-Checked "creating the build environment" { & $Python $PythonVersion -m venv $venv }
}
$py = Join-Path $venv "Scripts\python.exe"
Invoke-Checked "installing pip" { & $py -m pip install --quiet --upgrade pip }
Invoke-Checked "installing the app" { & $py -m pip install --quiet -e ".[bundle]" }

# 2. The bundle (translations compiled, PyInstaller, size checked)
Invoke-Checked "building the bundle" { & $py tools\build_bundle.py }
$exe = Join-Path $root "dist\dialogue-app\dialogue-app.exe"
$version = (& $py -c "import dialogue_app; print(dialogue_app.__version__)").Trim()

# 3. Smoke test: the bundle alone, on a data folder with Vietnamese letters and spaces
$data = Join-Path ([System.IO.Path]::GetTempPath()) ("Nguyễn Văn Đức " + [guid]::NewGuid())
$env:DIALOGUE_APP_DATA_DIR = $data
try {
    $said = (& $exe --version).Trim()
    if ($said -ne "dialogue-app $version") { throw "--version said '$said'" }
    Invoke-Checked "db upgrade" { & $exe db upgrade }
    Invoke-Checked "demo" { & $exe demo }
    Invoke-Checked "report" { & $exe report --format pdf -o (Join-Path $data "báo cáo.pdf") }
    if (-not (Test-Path (Join-Path $data "báo cáo.pdf"))) { throw "no PDF report written" }
} finally {
    Remove-Item Env:DIALOGUE_APP_DATA_DIR
    Remove-Item -Recurse -Force $data -ErrorAction SilentlyContinue
}

# 4. The installer
$iscc = (Get-Command ISCC.exe -ErrorAction SilentlyContinue).Source
foreach ($candidate in @(
        "$env:LOCALAPPDATA\Programs\Inno Setup 6\ISCC.exe",
        "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe",
        "$env:ProgramFiles\Inno Setup 6\ISCC.exe")) {
    if (-not $iscc -and (Test-Path $candidate)) { $iscc = $candidate }
}
if (-not $iscc) { throw "Inno Setup 6 (ISCC.exe) was not found: install it from https://jrsoftware.org/isinfo.php" }
Invoke-Checked "Inno Setup" { & $iscc "/DAppVersion=$version" "packaging\windows\dialogue-app.iss" }
Write-Host "built dist\DialogueDesk-$version-setup.exe"
