; (UTF-8 with a byte-order mark: Inno Setup then reads the Vietnamese in it.)
; Inno Setup 6 script: the Windows installer of Dialogue Desk, made from the bundle
; (dist\dialogue-app\, built by tools\build_bundle.py). Build both with
; packaging\windows\build-installer.ps1 on a Windows machine; see README.md,
; "Building the Windows installer".
;
; - Per user, no administrator rights: installs into %LOCALAPPDATA%\Programs\Dialogue Desk.
; - A Start-menu shortcut (and a desktop one when ticked).
; - The uninstaller removes the program only. The user's data (the database, its copies, the
;   log: %LOCALAPPDATA%\DialogueDesk\DialogueDesk) and settings (HKCU\Software\DialogueDesk)
;   are kept: a later install finds them again.
; - Installing a newer version over an older one replaces the program files; the database is
;   updated at the next start (with a copy taken first), as for any new version.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#ifndef BundleDir
  #define BundleDir "..\..\dist\dialogue-app"
#endif
#ifndef OutputDir
  #define OutputDir "..\..\dist"
#endif

[Setup]
; Never change AppId: Windows knows the installed program (and its uninstaller) by it.
AppId={{4CAC99FB-63B4-4065-96ED-D1793794FAD2}
AppName=Dialogue Desk
AppVersion={#AppVersion}
AppVerName=Dialogue Desk {#AppVersion}
AppPublisher=Dialogue Desk
VersionInfoVersion={#AppVersion}
PrivilegesRequired=lowest
; {autopf} is %LOCALAPPDATA%\Programs for a per-user install
DefaultDirName={autopf}\Dialogue Desk
DefaultGroupName=Dialogue Desk
DisableProgramGroupPage=yes
DisableDirPage=auto
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir={#OutputDir}
OutputBaseFilename=DialogueDesk-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
UninstallDisplayName=Dialogue Desk
UninstallDisplayIcon={app}\dialogue-app.exe
; a running Dialogue Desk is closed (with its window state saved) before its files are replaced
CloseApplications=yes
RestartApplications=no
SetupLogging=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; the previous version's program files, so no library of an older Qt or Python lingers
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\Dialogue Desk"; Filename: "{app}\dialogue-app.exe"; WorkingDir: "{userdocs}"; Comment: "Đối thoại và tiếp công dân"
Name: "{autodesktop}\Dialogue Desk"; Filename: "{app}\dialogue-app.exe"; WorkingDir: "{userdocs}"; Tasks: desktopicon

[Run]
Filename: "{app}\dialogue-app.exe"; Description: "{cm:LaunchProgram,Dialogue Desk}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; only the program folder: never {localappdata}\DialogueDesk, where the user's data lives
Type: filesandordirs; Name: "{app}\_internal"
Type: dirifempty; Name: "{app}"
