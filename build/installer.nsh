; Relance - custom NSIS hooks, included by electron-builder (nsis.include in electron-builder.yml).
;
; win.fileAssociations registers .fec with the ProgID "Relance.ExportComptable" (open command
; "Relance.exe" "%1"). Here that ProgID is only *listed* under OpenWithProgids for .csv and .txt:
; Relance shows up in "Ouvrir avec" for those files, but Excel / Notepad stay their default app.
; SHELL_CONTEXT follows the per-user / per-machine choice made in the installer.

!macro customInstall
  WriteRegNone SHELL_CONTEXT "Software\Classes\.csv\OpenWithProgids" "Relance.ExportComptable"
  WriteRegNone SHELL_CONTEXT "Software\Classes\.txt\OpenWithProgids" "Relance.ExportComptable"
  System::Call 'shell32::SHChangeNotify(i, i, i, i) v (0x08000000, 0, 0, 0)'
!macroend

!macro customUnInstall
  DeleteRegValue SHELL_CONTEXT "Software\Classes\.csv\OpenWithProgids" "Relance.ExportComptable"
  DeleteRegValue SHELL_CONTEXT "Software\Classes\.txt\OpenWithProgids" "Relance.ExportComptable"
!macroend
