; Gloss joins "Open with" for its file types on Windows without taking over double-click.
; electron-builder's file associations (registerFileAssociations, inserted just before
; customInstall) also point each extension's default at Gloss's ProgID; for .txt, .html and .pdf
; that would turn every double-click into an import, and after an uninstall it would leave the
; extension pointing at a ProgID that no longer exists. This undoes only that value, and only
; while it is still Gloss's: the OpenWithProgids entries and the ProgIDs themselves stay.
; Keep the list in step with fileAssociations in electron-builder.yml (a unit test checks).

!macro glossReleaseDefault EXT PROGID
  Push $0
  ReadRegStr $0 SHELL_CONTEXT "Software\Classes\.${EXT}" ""
  StrCmp $0 "${PROGID}" 0 +2
    DeleteRegValue SHELL_CONTEXT "Software\Classes\.${EXT}" ""
  Pop $0
!macroend

!macro customInstall
  !insertmacro glossReleaseDefault "txt" "Gloss.Text"
  !insertmacro glossReleaseDefault "md" "Gloss.Markdown"
  !insertmacro glossReleaseDefault "markdown" "Gloss.Markdown"
  !insertmacro glossReleaseDefault "html" "Gloss.Html"
  !insertmacro glossReleaseDefault "htm" "Gloss.Html"
  !insertmacro glossReleaseDefault "mhtml" "Gloss.WebArchive"
  !insertmacro glossReleaseDefault "mht" "Gloss.WebArchive"
  !insertmacro glossReleaseDefault "pdf" "Gloss.Pdf"
  !insertmacro glossReleaseDefault "docx" "Gloss.Word"
  !insertmacro glossReleaseDefault "doc" "Gloss.Word97"
  !insertmacro glossReleaseDefault "epub" "Gloss.Epub"
  !insertmacro glossReleaseDefault "odt" "Gloss.OpenDocument"
  ; SHCNE_ASSOCCHANGED, SHCNF_FLUSH: let Explorer see the change now.
  System::Call "shell32::SHChangeNotify(i 0x08000000, i 0x1000, i 0, i 0)"
!macroend
