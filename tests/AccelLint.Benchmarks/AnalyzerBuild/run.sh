#!/usr/bin/env bash
# Build-time cost of the AccelLint analyzer (SPEC §9: a 200-file C# project builds at most 1.10x as
# long with the analyzer as without).
#
# Generates a 200-file console project that uses the real Azure.ResourceManager.Compute package
# (VM and scale-set builders with NIC configurations, mappers over SDK models, plain domain code),
# packs AccelLint.Analyzers from this repository, and builds two copies of the project, identical
# except that one uses the packed analyzer (its analyzers/dotnet/cs assemblies as Analyzer items and
# its build/AccelLint.Analyzers.props, as a PackageReference would). After a restore and a warm-up
# build of each, it runs `dotnet build --no-incremental` RUNS times per copy, alternating the two,
# and prints the mean wall time of each and their ratio.
#
# usage: tests/AccelLint.Benchmarks/AnalyzerBuild/run.sh [RUNS] [FILES]
#   RUNS   builds per copy (default 5)         FILES  generated .cs files (default 200)
#   WORK   environment: work folder (default ${TMPDIR:-/tmp}/accellint-analyzer-build, recreated)
#   GOAL   environment: ratio to meet (default 1.10); the script exits 1 above it
set -euo pipefail

RUNS="${1:-5}"
FILES="${2:-200}"
GOAL="${GOAL:-1.10}"
WORK="${WORK:-${TMPDIR:-/tmp}/accellint-analyzer-build}"
REPO="$(cd "$(dirname "$0")/../../.." && pwd)"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1 DOTNET_CLI_UI_LANGUAGE=en

rm -rf "$WORK"
mkdir -p "$WORK/package" "$WORK/without" "$WORK/with"

echo "== packing AccelLint.Analyzers (Release)"
dotnet pack "$REPO/analyzers/AccelLint.Analyzers.Package/AccelLint.Analyzers.Package.csproj" -c Release -o "$WORK/nupkg" -nologo -v q >/dev/null
NUPKG="$(ls "$WORK"/nupkg/AccelLint.Analyzers.*.nupkg | head -n 1)"
# The package's content, used in place: no NuGet cache entry to go stale between runs of this script.
unzip -q -o "$NUPKG" 'analyzers/*' 'build/*' -d "$WORK/package"
echo "   $(basename "$NUPKG"): $(cd "$WORK/package/analyzers/dotnet/cs" && ls | tr '\n' ' ')"

# ---------------------------------------------------------------- the generated project
write_project() { # folder, with-analyzer (0/1)
  local dir="$1" with="$2"
  {
    echo '<Project Sdk="Microsoft.NET.Sdk">'
    echo '  <PropertyGroup>'
    echo '    <OutputType>Exe</OutputType>'
    echo '    <TargetFramework>net10.0</TargetFramework>'
    echo '    <ImplicitUsings>enable</ImplicitUsings>'
    echo '    <Nullable>enable</Nullable>'
    echo '    <NoWarn>$(NoWarn);NU1603</NoWarn>'
    echo '  </PropertyGroup>'
    echo '  <ItemGroup>'
    echo '    <PackageReference Include="Azure.ResourceManager.Compute" Version="1.2.0" />'
    echo '  </ItemGroup>'
    if [ "$with" = 1 ]; then
      echo '  <ItemGroup>'
      for dll in "$WORK"/package/analyzers/dotnet/cs/*.dll; do
        echo "    <Analyzer Include=\"$dll\" />"
      done
      echo '  </ItemGroup>'
      echo "  <Import Project=\"$WORK/package/build/AccelLint.Analyzers.props\" />"
    fi
    echo '</Project>'
  } > "$dir/Bench.csproj"
}

vm_builder() { # index, size
  cat <<EOF
using Azure.Core;
using Azure.ResourceManager.Compute;
using Azure.ResourceManager.Compute.Models;

namespace Bench.Fleet;

/// <summary>Request bodies for the tier-$1 machines.</summary>
public static class Tier$1Machines
{
    private const string Size = "$2";

    public static VirtualMachineData Build(string name, AzureLocation location, bool accelerated)
    {
        var vm = new VirtualMachineData(location)
        {
            HardwareProfile = new VirtualMachineHardwareProfile { VmSize = new VirtualMachineSizeType(Size) },
            StorageProfile = new VirtualMachineStorageProfile
            {
                ImageReference = new ImageReference
                {
                    Publisher = "Canonical",
                    Offer = "0001-com-ubuntu-server-jammy",
                    Sku = "22_04-lts-gen2",
                    Version = "latest",
                },
                OSDisk = new VirtualMachineOSDisk(DiskCreateOptionType.FromImage)
                {
                    Caching = CachingType.ReadWrite,
                    ManagedDisk = new VirtualMachineManagedDisk { StorageAccountType = StorageAccountType.PremiumLrs },
                },
            },
            OSProfile = new VirtualMachineOSProfile
            {
                ComputerName = name,
                AdminUsername = "azureuser",
                LinuxConfiguration = new LinuxConfiguration { DisablePasswordAuthentication = true },
            },
            NetworkProfile = new VirtualMachineNetworkProfile { NetworkApiVersion = NetworkApiVersion.TwoThousandTwenty1101 },
        };
        vm.Tags["tier"] = "$1";
        vm.Tags["owner"] = "platform";

        var nic = new VirtualMachineNetworkInterfaceConfiguration(name + "-nic")
        {
            Primary = true,
            EnableAcceleratedNetworking = true,
            DeleteOption = ComputeDeleteOption.Delete,
        };
        nic.IPConfigurations.Add(new VirtualMachineNetworkInterfaceIPConfiguration("ipconfig1") { Primary = true });
        vm.NetworkProfile.NetworkInterfaceConfigurations.Add(nic);
        if (!accelerated)
        {
            vm.Tags["note"] = "accelerated networking requested by policy";
        }

        return vm;
    }

    public static IEnumerable<VirtualMachineData> BuildMany(int count, AzureLocation location) =>
        Enumerable.Range(0, count).Select(i => Build(\$"tier$1-{i:D3}", location, i % 2 == 0));
}
EOF
}

scale_set_builder() { # index, size
  cat <<EOF
using Azure.Core;
using Azure.ResourceManager.Compute;
using Azure.ResourceManager.Compute.Models;

namespace Bench.Fleet;

/// <summary>The pool-$1 scale set.</summary>
public static class Pool$1
{
    public static VirtualMachineScaleSetData Build(AzureLocation location, int capacity)
    {
        var pool = new VirtualMachineScaleSetData(location)
        {
            Sku = new ComputeSku { Name = "$2", Tier = "Standard", Capacity = capacity },
            UpgradePolicy = new VirtualMachineScaleSetUpgradePolicy { Mode = VirtualMachineScaleSetUpgradeMode.Rolling },
            VirtualMachineProfile = new VirtualMachineScaleSetVmProfile
            {
                StorageProfile = new VirtualMachineScaleSetStorageProfile
                {
                    ImageReference = new ImageReference { Publisher = "Canonical", Offer = "0001-com-ubuntu-server-jammy", Sku = "22_04-lts-gen2", Version = "latest" },
                },
                OSProfile = new VirtualMachineScaleSetOSProfile { ComputerNamePrefix = "pool$1", AdminUsername = "azureuser" },
                NetworkProfile = new VirtualMachineScaleSetNetworkProfile
                {
                    NetworkApiVersion = NetworkApiVersion.TwoThousandTwenty1101,
                    NetworkInterfaceConfigurations =
                    {
                        new VirtualMachineScaleSetNetworkConfiguration("pool$1-nic")
                        {
                            Primary = true,
                            EnableAcceleratedNetworking = true,
                            IPConfigurations = { new VirtualMachineScaleSetIPConfiguration("ipconfig1") { Primary = true } },
                        },
                    },
                },
            },
        };
        pool.Tags["pool"] = "$1";
        pool.Zones.Add("1");
        pool.Zones.Add("2");
        return pool;
    }
}
EOF
}

mapper() { # index
  cat <<EOF
using Azure.ResourceManager.Compute;
using Azure.ResourceManager.Compute.Models;

namespace Bench.Inventory;

/// <summary>Inventory rows read from VM models (no request is built here).</summary>
public sealed record MachineRow$1(string Size, string? Image, int Nics, bool Accelerated, IReadOnlyDictionary<string, string> Tags);

public static class MachineMapper$1
{
    public static MachineRow$1 Map(VirtualMachineData vm)
    {
        var size = vm.HardwareProfile?.VmSize?.ToString() ?? "unknown";
        var image = vm.StorageProfile?.ImageReference is { } reference ? \$"{reference.Publisher}/{reference.Offer}/{reference.Sku}" : null;
        var configurations = vm.NetworkProfile?.NetworkInterfaceConfigurations ?? new List<VirtualMachineNetworkInterfaceConfiguration>();
        bool accelerated = configurations.Any(c => c.EnableAcceleratedNetworking == true);
        return new MachineRow$1(size, image, configurations.Count, accelerated, new Dictionary<string, string>(vm.Tags));
    }

    public static IEnumerable<MachineRow$1> MapAll(IEnumerable<VirtualMachineData> machines) =>
        machines.Select(Map).OrderBy(r => r.Size, StringComparer.OrdinalIgnoreCase).ThenBy(r => r.Nics);

    public static string Summarize(IEnumerable<MachineRow$1> rows)
    {
        var groups = rows.GroupBy(r => r.Size).Select(g => \$"{g.Key}: {g.Count()} ({g.Count(r => r.Accelerated)} accelerated)");
        return string.Join(Environment.NewLine, groups);
    }
}
EOF
}

domain() { # index
  cat <<EOF
namespace Bench.Domain;

public enum OrderState$1 { New, Paid, Shipped, Cancelled }

public sealed record OrderLine$1(string Sku, int Quantity, decimal Price)
{
    public decimal Total => Quantity * Price;
}

public sealed class Order$1
{
    private readonly List<OrderLine$1> lines = new();

    public Order$1(string customer) => Customer = customer;

    public string Customer { get; }

    public OrderState$1 State { get; private set; } = OrderState$1.New;

    public IReadOnlyList<OrderLine$1> Lines => lines;

    public decimal Total => lines.Sum(l => l.Total);

    public void Add(string sku, int quantity, decimal price)
    {
        if (State != OrderState$1.New)
        {
            throw new InvalidOperationException(\$"Order for {Customer} is {State}.");
        }

        var existing = lines.FindIndex(l => l.Sku == sku);
        if (existing >= 0)
        {
            lines[existing] = lines[existing] with { Quantity = lines[existing].Quantity + quantity };
        }
        else
        {
            lines.Add(new OrderLine$1(sku, quantity, price));
        }
    }

    public void Advance() => State = State switch
    {
        OrderState$1.New => OrderState$1.Paid,
        OrderState$1.Paid => OrderState$1.Shipped,
        _ => State,
    };

    public async Task<string> DescribeAsync(CancellationToken cancellation = default)
    {
        await Task.Yield();
        cancellation.ThrowIfCancellationRequested();
        return \$"{Customer}: {lines.Count} lines, {Total:0.00} ({State})";
    }
}
EOF
}

generate() { # folder
  local dir="$1" i size
  mkdir -p "$dir/Fleet" "$dir/Inventory" "$dir/Domain"
  for ((i = 0; i < FILES - 1; i++)); do
    case $((i % 5)) in
      0)
        # One builder in ten asks for accelerated networking on a size without it (ACCEL001).
        if ((i % 50 == 0)); then size=Standard_B1s; else size=Standard_D4s_v3; fi
        vm_builder "$i" "$size" > "$dir/Fleet/Tier${i}Machines.cs" ;;
      1) scale_set_builder "$i" Standard_D8s_v3 > "$dir/Fleet/Pool${i}.cs" ;;
      2) mapper "$i" > "$dir/Inventory/MachineMapper${i}.cs" ;;
      *) domain "$i" > "$dir/Domain/Order${i}.cs" ;;
    esac
  done
  cat > "$dir/Program.cs" <<'EOF'
using Azure.Core;
using Bench.Fleet;

var machines = Tier0Machines.BuildMany(3, AzureLocation.EastUS).ToList();
Console.WriteLine($"{machines.Count} machines, {Pool1.Build(AzureLocation.EastUS, 2).Sku.Name}");
EOF
}

for copy in without with; do
  generate "$WORK/$copy"
done
write_project "$WORK/without" 0
write_project "$WORK/with" 1
echo "== generated $(find "$WORK/with" -name '*.cs' | wc -l) C# files ($(cat "$WORK"/with/*/*.cs "$WORK"/with/*.cs | wc -l) lines) per copy in $WORK"

# ---------------------------------------------------------------- timing
build() { # folder -> seconds on stdout
  local start end
  start=$(date +%s.%N)
  dotnet build "$1/Bench.csproj" --no-incremental --no-restore -nologo -v q -tl:off > "$1/build.log" 2>&1 || { cat "$1/build.log" >&2; exit 2; }
  end=$(date +%s.%N)
  echo "$end - $start" | bc
}

echo "== restore and warm-up build of each copy"
for copy in without with; do
  dotnet restore "$WORK/$copy/Bench.csproj" -nologo -v q > /dev/null
  build "$WORK/$copy" > /dev/null
done
findings=$(grep -c 'warning ACCEL' "$WORK/with/build.log" || true)
if [ "$findings" -eq 0 ]; then
  echo "the analyzer reported nothing in the copy that uses it: it did not run" >&2
  exit 2
fi
echo "   the analyzer's warm-up build reported $findings ACCEL warning lines (it ran)"

declare -a without_times with_times
for ((run = 1; run <= RUNS; run++)); do
  # Alternate the copies so that drift in the machine's speed falls on both alike.
  without_times+=("$(build "$WORK/without")")
  with_times+=("$(build "$WORK/with")")
  printf '   run %d: without %.2fs  with %.2fs\n' "$run" "${without_times[-1]}" "${with_times[-1]}"
done

stats() { # values... -> "mean sd median"
  printf '%s\n' "$@" | sort -g | awk '{ v[n++] = $1; s += $1; q += $1 * $1 }
    END { m = s / n; d = q / n - m * m; if (d < 0) d = 0; md = n % 2 ? v[(n - 1) / 2] : (v[n / 2 - 1] + v[n / 2]) / 2; printf "%.3f %.3f %.3f", m, sqrt(d), md }'
}
read -r without_mean without_sd without_median <<< "$(stats "${without_times[@]}")"
read -r with_mean with_sd with_median <<< "$(stats "${with_times[@]}")"
ratio=$(echo "scale=3; $with_mean / $without_mean" | bc)
median_ratio=$(echo "scale=3; $with_median / $without_median" | bc)

# The compiler's own account of the analyzer (-p:ReportAnalyzer=true): time inside AccelLint's
# callbacks, summed over the compiler's threads; unlike wall time, other load on the machine
# hardly changes it.
dotnet build "$WORK/with/Bench.csproj" --no-incremental --no-restore -nologo -v d -tl:off -p:ReportAnalyzer=true > "$WORK/with/report.log" 2>&1
analyzer_time=$(grep -E '^[[:space:]]+[0-9.<]+[[:space:]]+[0-9<]+[[:space:]]+AccelLint\.Analyzers, Version' "$WORK/with/report.log" | awk '{ print $1 }' | head -n 1)
total_analyzers=$(grep -E 'Total analyzer execution time' "$WORK/with/report.log" | head -n 1 | sed -E 's/.*time: ([0-9.]+) seconds.*/\1/')

echo "== $FILES files, $RUNS builds each (dotnet build --no-incremental, wall time)"
printf '   without analyzer: mean %.2fs (sd %.2fs), median %.2fs\n' "$without_mean" "$without_sd" "$without_median"
printf '   with analyzer:    mean %.2fs (sd %.2fs), median %.2fs\n' "$with_mean" "$with_sd" "$with_median"
printf '   ratio with/without: %.3f of the means, %.3f of the medians (goal <= %s)\n' "$ratio" "$median_ratio" "$GOAL"
echo "   compiler's report: AccelLint analyzers ${analyzer_time:-?}s of ${total_analyzers:-?}s in all analyzers (one build, summed over threads)"
# The goal is judged on the medians: one build slowed by something else on the machine moves a
# mean of five a long way, and a median hardly.
if [ "$(echo "$median_ratio > $GOAL" | bc)" -eq 1 ]; then
  exit 1
fi
