#!/usr/bin/env bash
# Whole-process measurements for docs/performance.md. Run from the repository root:
#   bash tests/Enf.ClusterProfiles.Benchmarks/measure.sh [web|micro|bulk|startup|tool|phases|jit|rules|xlsx|sync|export|all]
# Needs GNU time (/usr/bin/time, Debian package "time") for peak memory. Takes about 10 minutes for "all".
set -euo pipefail
what=${1:-all}
root=$(pwd)
work=${BENCH_DIR:-/tmp/cluster-profiles-bench}
mkdir -p "$work"

dotnet build -c Release tests/Enf.ClusterProfiles.Benchmarks >/dev/null
dotnet build -c Release src/Enf.ClusterProfiles.Console >/dev/null
dotnet build -c Release src/Enf.ClusterProfiles.Registry >/dev/null
bench="dotnet $root/tests/Enf.ClusterProfiles.Benchmarks/bin/Release/net10.0/Enf.ClusterProfiles.Benchmarks.dll"
console="dotnet $root/src/Enf.ClusterProfiles.Console/bin/Release/net10.0/Enf.ClusterProfiles.Console.dll"
registry="$root/src/Enf.ClusterProfiles.Registry/bin/Release/net10.0/Enf.ClusterProfiles.Registry.dll"

if [[ $what == micro || $what == all ]]; then
  # One profile from bytes to verdict against deserialising alone (BenchmarkDotNet, ratios in one run).
  $bench micro --exporters github
  # The report is committed beside this script (as Polly commits its reports).
  cp BenchmarkDotNet.Artifacts/results/Enf.ClusterProfiles.Benchmarks.SingleProfileBenchmarks-report-github.md \
    tests/Enf.ClusterProfiles.Benchmarks/results/SingleProfileBenchmarks-report-github.md
fi

if [[ $what == bulk || $what == all ]]; then
  # NDJSON of generated profiles (Bogus, fixed seed): throughput and peak memory of the whole check.
  for n in 100000 1000000; do
    file="$work/profiles-$n.ndjson"
    [[ -f $file ]] || $bench generate "$n" "$file"
    /usr/bin/time -v $console check "$file" --format json --today 2026-11-25 >"$work/check-$n.json" 2>"$work/time-$n.txt" || true
    seconds=$(grep -E "Elapsed" "$work/time-$n.txt" | awk '{print $NF}')
    rss=$(grep -E "Maximum resident" "$work/time-$n.txt" | awk '{print $NF}')
    echo "bulk $n profiles: elapsed $seconds, peak RSS ${rss} KiB"
  done
fi

if [[ $what == xlsx || $what == all ]]; then
  # Workbooks of generated profiles written as Excel writes them (shared strings): first the two candidate readers
  # alone (the measurement that chose MiniExcel), then the whole check, 10,000 against 100,000 rows.
  for n in 10000 100000; do
    file="$work/profiles-$n.xlsx"
    [[ -f $file ]] || $bench xlsx-generate "$n" "$file"
  done
  for reader in miniexcel openxml; do
    for n in 10000 100000; do
      /usr/bin/time -f "xlsx read $reader $n rows: elapsed %e s, peak RSS %M KiB" $bench xlsx-read "$reader" "$work/profiles-$n.xlsx" >/dev/null
    done
  done
  for n in 10000 100000; do
    /usr/bin/time -f "xlsx check $n rows: elapsed %e s, peak RSS %M KiB" $console check "$work/profiles-$n.xlsx" --format json --today 2026-11-25 >"$work/check-xlsx-$n.json" || true
  done
fi

if [[ $what == startup || $what == all ]]; then
  # check on one profile against --version: the median of 15 runs of each.
  median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
  run() { for _ in $(seq 15); do s=$(date +%s%N); "$@" >/dev/null 2>&1 || true; e=$(date +%s%N); echo $(( (e - s) / 1000000 )); done | median; }
  version=$(run $console --version)
  check=$(run $console check docs/examples/oulu-arctic-water-pro.json --format json)
  echo "startup: --version ${version} ms, check one profile ${check} ms, ratio $(awk "BEGIN {printf \"%.2f\", $check/$version}")"
  # Peak memory of each (GNU time).
  for cmd in "--version" "check docs/examples/oulu-arctic-water-pro.json --format json"; do
    /usr/bin/time -v $console $cmd >/dev/null 2>"$work/time-startup.txt" || true
    echo "peak RSS of '$cmd': $(grep -E "Maximum resident" "$work/time-startup.txt" | awk '{print $NF}') KiB"
  done
fi

if [[ $what == tool || $what == all ]]; then
  # The console as users install it: the tool package for this platform (compiled natively), installed into a
  # folder from the packages just made, then check on one profile against --version, the median of 15 runs of
  # each, and the peak memory of each (GNU time).
  rid=$(dotnet --info | awk '/^ RID:/ {print $2; exit}')
  rm -rf "$work/tool" "$work/tool-packages"
  dotnet pack src/Enf.ClusterProfiles.Console -c Release -o "$work/tool-packages" "-p:ToolPlatforms=\"$rid;any\"" >/dev/null
  printf '<configuration><packageSources><clear /><add key="local" value="%s" /></packageSources></configuration>' "$work/tool-packages" >"$work/tool-nuget.config"
  dotnet tool install --tool-path "$work/tool" --configfile "$work/tool-nuget.config" Enf.ClusterProfiles.Console >/dev/null
  median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
  run() { for _ in $(seq 15); do s=$(date +%s%N); "$@" >/dev/null 2>&1 || true; e=$(date +%s%N); echo $(( (e - s) / 1000000 )); done | median; }
  version=$(run "$work/tool/cluster-profiles" --version)
  check=$(run "$work/tool/cluster-profiles" check docs/examples/oulu-arctic-water-pro.json --format json)
  echo "installed tool ($rid): --version ${version} ms, check one profile ${check} ms, ratio $(awk "BEGIN {printf \"%.2f\", $check/$version}")"
  for cmd in "--version" "check docs/examples/oulu-arctic-water-pro.json --format json"; do
    /usr/bin/time -v "$work/tool/cluster-profiles" $cmd >/dev/null 2>"$work/time-tool.txt" || true
    echo "peak RSS of the installed tool's '$cmd': $(grep -E "Maximum resident" "$work/time-tool.txt" | awk '{print $NF}') KiB"
  done
fi

if [[ $what == jit || $what == all ]]; then
  # What a fresh process compiles just in time (EventPipe trace of the runtime's JIT events), --version and check.
  for args in "--version" "check docs/examples/oulu-arctic-water-pro.json --format json"; do
    rm -f "$work/jit.nettrace"
    DOTNET_EnableEventPipe=1 DOTNET_EventPipeOutputPath="$work/jit.nettrace" DOTNET_EventPipeConfig='Microsoft-Windows-DotNETRuntime:0x18:5' \
      $console $args >/dev/null 2>&1 || true
    echo "== $args"
    $bench jit-report "$work/jit.nettrace" 15
  done
fi

if [[ $what == phases || $what == all ]]; then
  # Where a fresh process spends its first milliseconds: each step's first use, three fresh processes.
  for _ in 1 2 3; do $bench startup-phases docs/examples/oulu-arctic-water-pro.json; echo; done
fi

if [[ $what == rules || $what == all ]]; then
  # What building FluentValidation rules costs: an expression compiled per rule against the cached identity
  # expression with accessor delegates; each in three fresh processes.
  for variant in today per-rule identity; do for _ in 1 2 3; do $bench rule-build $variant; done; done
fi

if [[ $what == sync || $what == all ]]; then
  # 1,000 profiles against the reference registry on 127.0.0.1: first, second (nothing changed), 10 % transient
  # faults, 3 % stalled answers (each cut off by the 1 s attempt timeout and tried again).
  $bench sync 1000 0.1 0.03
fi

if [[ $what == export || $what == all ]]; then
  # GET /api/v1/export of 10,000 and 100,000 stored profiles: peak memory of the registry process, which
  # starts, answers one export (and /health before it), and stops. An idle run gives the floor.
  port=5981
  export_run() { # DIR LABEL [PATH]
    /usr/bin/time -v dotnet "$registry" --urls "http://127.0.0.1:$port" --token bench-token --data-dir "$1" >/dev/null 2>"$work/export-time-$2.txt" &
    local pid=$!
    for _ in $(seq 120); do curl -sf "http://127.0.0.1:$port/health" >/dev/null && break; sleep 0.5; done
    local lines=0 seconds=0
    if [[ -n ${3:-} ]]; then
      local start end
      start=$(date +%s%N)
      lines=$(curl -sf -H "Authorization: Bearer bench-token" "http://127.0.0.1:$port$3" | wc -l)
      end=$(date +%s%N)
      seconds=$(awk "BEGIN {printf \"%.1f\", ($end - $start) / 1e9}")
    fi
    pkill -TERM -P "$pid" 2>/dev/null || true # the registry is time's child: stop it (SIGTERM: a background job ignores SIGINT) so time reports
    wait "$pid" 2>/dev/null || true
    local rss
    rss=$(grep -E "Maximum resident" "$work/export-time-$2.txt" | awk '{print $NF}')
    echo "export $2: $lines lines in ${seconds} s, peak RSS ${rss} KiB"
  }
  for n in 10000 100000; do
    dir="$work/registry-$n"
    [[ -f $dir/registry.db ]] || $bench seed-registry "$n" "$dir"
    export_run "$dir" "$n" "/api/v1/export?status=published"
  done
  export_run "$work/registry-10000" "idle"
fi

if [[ $what == web || $what == all ]]; then
  # POST /cluster-profiles/assess against a fixed-body endpoint in the same app: wrk, 30 s each, 16 connections.
  command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 2; }
  # A free port on the loopback unless WEB_PORT names one (a fixed port may belong to someone else's server).
  port=${WEB_PORT:-$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}
  profile=docs/examples/oulu-arctic-water-pro.json
  $bench web "$port" "$profile" >"$work/web-server.txt" 2>&1 &
  server=$!
  trap 'kill $server 2>/dev/null || true' EXIT
  for _ in $(seq 100); do curl -fs -o /dev/null -X POST "http://127.0.0.1:$port/floor" && break; sleep 0.2; done
  cat >"$work/post.lua" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
local f = io.open("$root/$profile", "rb"); wrk.body = f:read("*a"); f:close()
LUA
  measure() {
    wrk -t2 -c16 -d"${WEB_SECONDS:-30}"s --latency -s "$work/post.lua" "http://127.0.0.1:$port$1" >"$work/wrk-$2.txt"
    rps=$(awk '/Requests\/sec/ {print $2}' "$work/wrk-$2.txt")
    p99=$(awk '$1 == "99%" {print $2}' "$work/wrk-$2.txt")
    errors=$(grep -E "Non-2xx|Socket errors" "$work/wrk-$2.txt" || true)
    echo "web $2: ${rps} requests/s, p99 ${p99}${errors:+ ($errors)}"
  }
  # A short warm-up of each, then the measured runs.
  WEB_SECONDS=5 measure /floor warmup-floor >/dev/null; WEB_SECONDS=5 measure /cluster-profiles/assess warmup-assess >/dev/null
  measure /floor floor
  measure /cluster-profiles/assess assess
  floor=$(awk '/Requests\/sec/ {print $2}' "$work/wrk-floor.txt"); assess=$(awk '/Requests\/sec/ {print $2}' "$work/wrk-assess.txt")
  echo "web ratio: /assess at $(awk "BEGIN {printf \"%.0f\", 100 * $assess / $floor}") % of the floor's throughput"
  kill $server; wait $server 2>/dev/null || true; trap - EXIT
fi
