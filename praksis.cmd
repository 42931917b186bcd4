@echo off
rem Runs praksis on Windows; builds the jar with Maven on first use.
setlocal
set "HERE=%~dp0"
set "JAR=%HERE%target\praksis-app.jar"
if not exist "%JAR%" (
  echo Bygger praksis med Maven ^(foerste gang tager det et par minutter^) ... 1>&2
  pushd "%HERE%"
  call mvn -q -B -DskipTests package 1>&2 || (popd & exit /b 1)
  popd
)
rem UTF-8 console so Danish letters show correctly.
chcp 65001 >nul
java -Dfile.encoding=UTF-8 -Dsun.stdout.encoding=UTF-8 -Dsun.stderr.encoding=UTF-8 -Dsun.jnu.encoding=UTF-8 -Djava.awt.headless=true -jar "%JAR%" %*
exit /b %ERRORLEVEL%
