#!/usr/bin/env bash
# Times the back office's screens with 10,000 articles in the tree (the issue asks for "well under 300 ms").
#
#   bench/backoffice/measure.sh            builds (Release), seeds a fresh SQLite site, prints one line per screen
#
# The site runs on 127.0.0.1:5101 with its own database under a temporary folder; everything it starts is stopped.
set -euo pipefail
cd "$(dirname "$0")/../.."
work=$(mktemp -d /tmp/cliniccms-bench-backoffice.XXXXXX)
port=${PORT:-5101}
base="http://127.0.0.1:$port"
export Umbraco__CMS__Unattended__InstallUnattended=true Umbraco__CMS__Unattended__UnattendedUserName="Bench Admin"
export Umbraco__CMS__Unattended__UnattendedUserEmail=bench@clinic.test Umbraco__CMS__Unattended__UnattendedUserPassword=bench-password-1
export ConnectionStrings__umbracoDbDSN="Data Source=$work/site.db;Cache=Shared;Foreign Keys=True;Pooling=True"
export ASPNETCORE_ENVIRONMENT=Production Logging__LogLevel__Default=Warning

dotnet build src/ClinicCms.Web -c Release -nologo -v q >/dev/null
run() { dotnet src/ClinicCms.Web/bin/Release/net10.0/ClinicCms.Web.dll --urls "$base" --contentRoot "$PWD/src/ClinicCms.Web" >"$work/site.log" 2>&1 & echo $!; }
wait_up() { for _ in $(seq 1 120); do curl -fs -o /dev/null "$base/umbraco/login" && return 0; sleep 0.5; done; cat "$work/site.log"; return 1; }

pid=$(run); trap 'kill $pid 2>/dev/null || true; rm -rf "$work"' EXIT
wait_up; kill "$pid"; wait "$pid" 2>/dev/null || true          # first start: migrate, import, create the administrator
sqlite3 "$work/site.db" < bench/backoffice/seed-articles.sql
echo "nodes: $(sqlite3 "$work/site.db" "select count(*) from cmsNode where Kind='Content'")"
pid=$(run); wait_up

jar="$work/cookies"
token=$(curl -s -c "$jar" -b "$jar" "$base/umbraco/login" | grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' | sed 's/.*value="//;s/"$//')
curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode "Input.Email=bench@clinic.test" --data-urlencode "Input.Password=bench-password-1" \
  --data-urlencode "__RequestVerificationToken=$token" "$base/umbraco/login"
last=$(sqlite3 "$work/site.db" "select lower(Key) from cmsNode where Name = 'Bench article 10000'")
articles=3b52c067-66a6-48f0-b2c9-43555f0e59ff

time_screen() { # name url: median of 9 after 3 warm-ups, in milliseconds
  for _ in 1 2 3; do curl -s -o /dev/null -b "$jar" "$base$2"; done
  local t; t=$(for _ in $(seq 9); do curl -s -o /dev/null -b "$jar" -w '%{time_total}\n' "$base$2"; done | sort -n | sed -n 5p)
  printf '%-34s %7.1f ms  %s\n' "$1" "$(echo "$t * 1000" | bc -l)" "$2"
}
time_screen "content section (tree)" "/umbraco/section/content"
time_screen "tree children of Articles (page)" "/umbraco/section/content/tree/children/$articles"
time_screen "Articles workspace (10,000 kids)" "/umbraco/section/content/workspace/document/edit/$articles"
time_screen "article workspace (deep in tree)" "/umbraco/section/content/workspace/document/edit/$last"
time_screen "sort children of Articles" "/umbraco/section/content/sort/$articles"
time_screen "rollback / compare" "/umbraco/section/content/rollback/$last"
time_screen "preview of an article" "/umbraco/preview/$last"
time_screen "recycle bin" "/umbraco/section/content/recycle-bin"
