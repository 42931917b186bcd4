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
java -Dfile.encoding=UTF-8 -Dsun.stdout.encoding=UTF-8 -Dsun.stderr.encoding=UTF-8 -Dsun.jnu.encoding=UTF-8 -Djava.awt.headless=true -jar "%JAR%" %*
set "RC=%ERRORLEVEL%"
if defined OLDCP chcp %OLDCP% >nul
exit /b %RC%
