; Included by electron-builder's NSIS installer (electron-builder.yml: nsis.include). Saved as UTF-8
; with a byte order mark, which is how NSIS knows the Vietnamese text is UTF-8.
!include WinVer.nsh

; Electron 45 runs on Windows 10 and later only; electron-builder itself stops only XP and Vista.
!macro customInit
  ${IfNot} ${AtLeastWin10}
    MessageBox MB_OK|MB_ICONSTOP "${PRODUCT_NAME} cần Windows 10 trở lên. Máy tính này đang chạy phiên bản Windows cũ hơn nên không cài đặt được; hãy liên hệ bộ phận quản trị máy tính."
    Quit
  ${EndIf}
!macroend
