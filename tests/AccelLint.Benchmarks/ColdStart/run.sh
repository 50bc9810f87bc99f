#!/usr/bin/env bash
# Cold start (SPEC.md §9): a whole `accellint lint` process on one small template vs a `dotnet`
# hello-world process, each run N times (default 10); prints mean milliseconds and the ratio.
# Usage: tests/AccelLint.Benchmarks/ColdStart/run.sh [N]
set -euo pipefail
n=${1:-10}
root=$(cd "$(dirname "$0")/../../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

dotnet build "$root/linter/AccelLint.Cli" -c Release -nologo -v quiet -o "$work/cli" > /dev/null
# The same, precompiled (ReadyToRun images keep their IL, so they still run anywhere; native code for linux-x64).
dotnet publish "$root/linter/AccelLint.Cli" -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -nologo -v quiet -o "$work/r2r" > /dev/null
mkdir -p "$work/hello"
cat > "$work/hello/hello.csproj" <<'XML'
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup><OutputType>Exe</OutputType><TargetFramework>net10.0</TargetFramework><ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally></PropertyGroup>
</Project>
XML
echo 'System.Console.WriteLine("hello");' > "$work/hello/Program.cs"
dotnet build "$work/hello" -c Release -nologo -v quiet -o "$work/hello/out" > /dev/null
sample="$root/samples/arm/ACCEL001-unsupported-size/azuredeploy.json"

mean() { # command...: mean wall time in ms over n runs, after one warm-up
  "$@" > /dev/null 2>&1 || true
  local total=0
  for _ in $(seq "$n"); do
    local start end
    start=$(date +%s%N)
    "$@" > /dev/null 2>&1 || true
    end=$(date +%s%N)
    total=$((total + (end - start) / 1000))
  done
  echo $((total / n / 1000))
}

hello=$(mean dotnet "$work/hello/out/hello.dll")
lint=$(mean dotnet "$work/cli/accellint.dll" lint "$sample")
r2r=$(mean dotnet "$work/r2r/accellint.dll" lint "$sample")
echo "dotnet hello world: ${hello} ms"
echo "accellint lint (one template): ${lint} ms"
echo "accellint lint, ReadyToRun: ${r2r} ms"
awk -v a="$lint" -v b="$hello" 'BEGIN { printf "cold-start ratio: %.2fx (goal <= 2x)\n", a / b }'
awk -v a="$r2r" -v b="$hello" 'BEGIN { printf "cold-start ratio, ReadyToRun: %.2fx\n", a / b }'
