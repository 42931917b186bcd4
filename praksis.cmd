@echo off
rem Runs praksis on Windows. Builds the jar with Maven on first use and whenever the sources
rem (src\main or pom.xml) are newer than the jar, e.g. after "git pull".
setlocal
set "HERE=%~dp0"
set "JAR=%HERE%target\praksis-app.jar"
powershell -NoProfile -Command "$j = Get-Item -LiteralPath $env:JAR -ErrorAction SilentlyContinue; if (-not $j) { exit 1 }; $n = Get-ChildItem -Recurse -File -LiteralPath (Join-Path $env:HERE 'src\main'), (Join-Path $env:HERE 'pom.xml') | Where-Object { $_.LastWriteTime -gt $j.LastWriteTime } | Select-Object -First 1; if ($n) { exit 1 } else { exit 0 }"
if errorlevel 1 (
  echo Bygger praksis med Maven ^(foerste gang tager det et par minutter^) ... 1>&2
  pushd "%HERE%"
  call mvn -q -B -DskipTests package > "%TEMP%\praksis-build.log" 2>&1
  if errorlevel 1 (
    type "%TEMP%\praksis-build.log" 1>&2
    echo Byggeriet mislykkedes; se meddelelserne ovenfor. Kraever Java 17 og Maven. 1>&2
    popd
    exit /b 1
  )
  popd
)
rem UTF-8 console while praksis runs, so Danish letters show correctly; the old code page is restored after.
for /f "tokens=2 delims=:." %%c in ('chcp') do set "OLDCP=%%c"
chcp 65001 >nul
rem A small job ends before the optimising compiler (C2) pays back its compile time: C1 alone takes
rem about half the CPU for the sample audit (docs\benchmarks.md). Inputs over 2 MB keep the default.
rem For an audit file (.yaml) its folder is counted. PRAKSIS_JAVA_OPTS overrides the choice.
set /a KB=0
for %%a in (%*) do call :measure "%%~a"
if %KB% GTR 2048 (set "JIT=") else (set "JIT=-XX:TieredStopAtLevel=1")
if defined PRAKSIS_JAVA_OPTS set "JIT=%PRAKSIS_JAVA_OPTS%"
java %JIT% -Dfile.encoding=UTF-8 -Dsun.stdout.encoding=UTF-8 -Dsun.stderr.encoding=UTF-8 -Dsun.jnu.encoding=UTF-8 -Djava.awt.headless=true -jar "%JAR%" %*
set "RC=%ERRORLEVEL%"
if defined OLDCP chcp %OLDCP% >nul
exit /b %RC%

rem Adds the size of one argument, in KB, to KB when it names a file or folder.
:measure
if exist "%~1\*" (
  for /r "%~1" %%f in (*) do set /a KB+=%%~zf/1024
  goto :eof
)
if /i "%~x1"==".yaml" if exist "%~1" (
  for /r "%~dp1" %%f in (*) do set /a KB+=%%~zf/1024
  goto :eof
)
if exist "%~1" set /a KB+=%~z1/1024
goto :eof
