; Inno Setup 6 script for Migraine Journal on Windows: a per-user install (no
; administrator rights) of the PyInstaller one-folder app, with a Start menu entry,
; an optional desktop icon, "Open with" for the app's JSON export, and an uninstaller
; that leaves the journal (%APPDATA%\migraine-journal) and settings alone.
;
; Build on Windows after packaging/build.sh's PyInstaller step (see README.md):
;   iscc packaging\windows\migraine-journal.iss
; The version comes from version.iss, written from pyproject.toml by
; packaging/render_icons.py (tests/test_packaging.py keeps the two equal); the icon is
; migraine-journal.ico, rendered by the same script from journal/resources/icons/app.svg.

#include "version.iss"
#define AppName "Migraine Journal"
#define AppExe "migraine-journal.exe"
#define AppId "io.github.migrainejournal.MigraineJournal"

[Setup]
; The AppId GUID never changes: upgrades and the uninstaller find the app by it.
AppId={{2C2C73D9-66E6-4884-BCEA-76EBFF7259FE}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=The Migraine Journal developers
AppPublisherURL=https://github.com/migrainejournal/migraine-journal
AppSupportURL=https://github.com/migrainejournal/migraine-journal/issues
VersionInfoVersion={#AppVersion}
DefaultDirName={localappdata}\Programs\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\..\dist
OutputBaseFilename=MigraineJournal-{#AppVersion}-setup
SetupIconFile=migraine-journal.ico
UninstallDisplayIcon={app}\{#AppExe}
LicenseFile=..\..\COPYING
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ChangesAssociations=yes
CloseApplications=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "german"; MessagesFile: "compiler:Languages\German.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "..\..\dist\migraine-journal\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"; AppUserModelID: "{#AppId}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon; AppUserModelID: "{#AppId}"

[Registry]
; "Open with Migraine Journal" for .json files (the export); never the default handler.
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}"; ValueType: string; ValueName: "FriendlyAppName"; ValueData: "{#AppName}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\shell\open\command"; ValueType: string; ValueData: """{app}\{#AppExe}"" ""%1"""
Root: HKA; Subkey: "Software\Classes\.json\OpenWithList\{#AppExe}"; ValueType: none; Flags: uninsdeletekey

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
