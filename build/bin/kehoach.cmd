@echo off
rem The command line of the installed app (Windows): kehoach <lenh> ... runs the app as the command
rem line. This file is in the app's resources\bin; add that folder to the PATH to call it by name.
"%~dp0..\..\kehoach-studio.exe" --cli %*
exit /b %ERRORLEVEL%
