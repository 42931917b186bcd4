@echo off
rem Runs praksis on Windows. Builds the jar with Maven on first use and whenever the sources
rem (src\main or pom.xml) are newer than the jar, e.g. after "git pull".
setlocal
set "HERE=%~dp0"
set "JAR=%HERE%target\praksis-app.jar"
rem The class-data-sharing archive (AppCDS) of the classes an audit loads; see the notes below.
set "JSA=%HERE%target\praksis.jsa"
rem Set before the check: in a .cmd file a SET clears ERRORLEVEL.
set "CDS=use"
rem Exit 1: the jar must be built. Exit 2: the jar is current, but the archive is missing or older than
rem the jar or the JVM's modules file (a Java update). Exit 0: both are current.
powershell -NoProfile -Command "$j = Get-Item -LiteralPath $env:JAR -ErrorAction SilentlyContinue; if (-not $j) { exit 1 }; $n = Get-ChildItem -Recurse -File -LiteralPath (Join-Path $env:HERE 'src\main'), (Join-Path $env:HERE 'pom.xml') | Where-Object { $_.LastWriteTime -gt $j.LastWriteTime } | Select-Object -First 1; if ($n) { exit 1 }; $a = Get-Item -LiteralPath $env:JSA -ErrorAction SilentlyContinue; if (-not $a -or $a.LastWriteTime -le $j.LastWriteTime) { exit 2 }; $c = Get-Command java -ErrorAction SilentlyContinue; if ($c) { $m = Join-Path (Split-Path (Split-Path $c.Source)) 'lib\modules'; if ((Test-Path -LiteralPath $m) -and (Get-Item -LiteralPath $m).LastWriteTime -ge $a.LastWriteTime) { exit 2 } }; exit 0"
if errorlevel 2 (
  set "CDS=dump"
) else if errorlevel 1 (
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
  set "CDS=dump"
)
rem UTF-8 console while praksis runs, so Danish letters show correctly; the old code page is restored after.
for /f "tokens=2 delims=:." %%c in ('chcp') do set "OLDCP=%%c"
chcp 65001 >nul
rem The JVM's settings follow the size of the input, as in ./praksis. For an audit file (.yaml) its folder
rem is counted. Small jobs end before the optimising compiler (C2) pays back its compile time: C1 alone with
rem the serial collector took a third less CPU at 10,000 cases (docs\benchmarks.md), and one C1 thread
rem rather than two competes less with the program's own threads. C1 up to 16 MB of YAML,
rem where a CSV file counts half and a workbook three times (see :addfile); larger jobs keep C2 and use the
rem parallel collector. Above 2 MB the heap is 768 MB plus half the input, at most half the physical memory
rem (and 31 GB); see :largeheap.
set /a KB=0
set /a WKB=0
set "SKIP="
for %%a in (%*) do call :measure "%%~a"
if %WKB% GTR 16384 (set "JVM=-XX:+UseParallelGC") else (set "JVM=-XX:TieredStopAtLevel=1 -XX:CICompilerCount=1 -XX:+UseSerialGC")
if %KB% GTR 2048 call :largeheap
rem AppCDS: later audits map the classes the first audit after a build wrote to the archive as it exited,
rem already parsed and verified (other commands load too few classes to gain from it). The JVM's notes
rem about sharing are not shown. PRAKSIS_JAVA_OPTS replaces all of this.
set "QUIET=-Xlog:cds=off,cds+dynamic=off"
if defined PRAKSIS_JAVA_OPTS set "CDS=none"
if defined PRAKSIS_JAVA_OPTS set "JVM=%PRAKSIS_JAVA_OPTS%"
rem Only the audit command, also by its Danish names: undersoeg, and "unders?g" with the Danish o-slash,
rem matched by the ASCII letters around it, so that this file stays ASCII whatever the code page.
set "FIRST=.%~1"
set "AUDIT="
if /i "%FIRST%"==".audit" set "AUDIT=1"
if /i "%FIRST%"==".undersoeg" set "AUDIT=1"
if /i "%FIRST:~0,7%%FIRST:~8%"==".undersg" set "AUDIT=1"
if not defined AUDIT set "CDS=none"
set "NEWJSA=%JSA%.%RANDOM%"
if "%CDS%"=="use" set "JVM=%JVM% -XX:SharedArchiveFile="%JSA%" %QUIET%"
if "%CDS%"=="dump" set "JVM=%JVM% -XX:ArchiveClassesAtExit="%NEWJSA%" %QUIET%"
java %JVM% -Dfile.encoding=UTF-8 -Dsun.stdout.encoding=UTF-8 -Dsun.stderr.encoding=UTF-8 -Dsun.jnu.encoding=UTF-8 -Djava.awt.headless=true -jar "%JAR%" %*
set "RC=%ERRORLEVEL%"
if defined OLDCP chcp %OLDCP% >nul
rem A new archive replaces the old only after a run that succeeded; one that cannot replace it (another
rem run has it open) is dropped.
if "%CDS%"=="dump" (
  if "%RC%"=="0" (
    del /f /q "%JSA%" >nul 2>&1
    move /y "%NEWJSA%" "%JSA%" >nul 2>&1 || del /f /q "%NEWJSA%" >nul 2>&1
  ) else (
    del /f /q "%NEWJSA%" >nul 2>&1
  )
)
exit /b %RC%

rem Adds the size of one argument, in KB, to KB when it names a file or folder, except output paths
rem (the argument after --out, --udmappe or --pdf).
:measure
if defined SKIP (
  set "SKIP="
  goto :eof
)
if /i "%~1"=="--out" set "SKIP=1"
if /i "%~1"=="--udmappe" set "SKIP=1"
if /i "%~1"=="--pdf" set "SKIP=1"
if defined SKIP goto :eof
if exist "%~1\*" (
  for /r "%~1" %%f in (*) do call :addfile "%%f"
  goto :eof
)
if /i "%~x1"==".yaml" if exist "%~1" (
  for /r "%~dp1" %%f in (*) do call :addfile "%%f"
  goto :eof
)
if exist "%~1" call :addfile "%~1"
goto :eof

rem One file's size in KB to KB, and to WKB weighted by where C2 starts to pay for its format, as in
rem ./praksis: a CSV file counts half, a workbook three times.
:addfile
set /a KB+=%~z1/1024
set /a WKB+=%~z1/1024
if /i "%~x1"==".csv" set /a WKB-=%~z1/2048
if /i "%~x1"==".xlsx" set /a WKB+=2*(%~z1/1024)
goto :eof

rem The heap for a large job, as in ./praksis: 768 MB plus half the input (KB / 2048), never more than half
rem the physical memory nor 31 GB. A job that needs more ends with exit 7 and a message rather than swapping.
:largeheap
set /a HEAP=768 + KB / 2048
set "MEM="
for /f %%m in ('powershell -NoProfile -Command "[math]::Floor((Get-CimInstance Win32_ComputerSystem).TotalPhysicalMemory / 1MB)"') do set "MEM=%%m"
if defined MEM set /a HALF=MEM / 2
if defined MEM if %HEAP% GTR %HALF% set "HEAP=%HALF%"
if %HEAP% GTR 31744 set "HEAP=31744"
set "JVM=%JVM% -Xmx%HEAP%m"
goto :eof
