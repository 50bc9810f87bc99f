using System.Reflection;
using System.Text;
using AccelLint.Catalog;
using Azure.ResourceManager.Compute.Models;
using static AccelLint.Analyzers.Tests.CSharp.CSharpHarness;

namespace AccelLint.Analyzers.Tests.CSharp;

/// <summary>
/// Every <c>VirtualMachineSizeType</c> static member of the real Compute package is read as the size it
/// stands for (the SDK's own <c>ToString()</c>), checked against the catalog: ACCEL001 exactly for the
/// members whose size the catalog says lacks AN, and the message names that size.
/// </summary>
public class SizeTypeMemberTests
{
    [Fact]
    public async Task Every_static_member_reads_as_its_sdk_value()
    {
        var members = typeof(VirtualMachineSizeType)
            .GetProperties(BindingFlags.Public | BindingFlags.Static)
            .Where(p => p.PropertyType == typeof(VirtualMachineSizeType))
            .Select(p => (Member: p.Name, Value: p.GetValue(null)!.ToString()!))
            .ToList();
        Assert.True(members.Count > 100, "The Compute package should expose the legacy size list.");
        Assert.Contains(members, m => m.Member == "StandardD2SV3" && m.Value == "Standard_D2s_v3");
        Assert.Contains(members, m => m.Member == "StandardDS132V2" && m.Value == "Standard_DS13-2_v2");
        Assert.Contains(members, m => m.Member == "StandardB1Ms" && m.Value == "Standard_B1ms");

        var source = new StringBuilder("class C\n{\n");
        for (int i = 0; i < members.Count; i++)
        {
            // The framework judges the set: ACCEL001 exactly on the members whose size lacks AN.
            bool lacksAn = VmSizeCatalog.Embedded.TryGet(members[i].Value, out var size) && !size.AcceleratedNetworking;
            string assignment = lacksAn ? "{|ACCEL001:EnableAcceleratedNetworking = true|}" : "EnableAcceleratedNetworking = true";
            source.Append($$"""
                    void M{{i}}()
                    {
                        var vm = new VirtualMachineData(AzureLocation.EastUS)
                        {
                            HardwareProfile = new VirtualMachineHardwareProfile { VmSize = VirtualMachineSizeType.{{members[i].Member}} },
                            NetworkProfile = new VirtualMachineNetworkProfile { NetworkInterfaceConfigurations = { new VirtualMachineNetworkInterfaceConfiguration("nic{{i}}") { {{assignment}} } } },
                        };
                    }

                """);
        }

        source.Append("}\n");
        var diagnostics = await Verify(source.ToString());

        var problems = new List<string>();
        for (int i = 0; i < members.Count; i++)
        {
            var (member, value) = members[i];
            var mine = diagnostics.Where(d => d.GetMessage().Contains($"'nic{i}'", StringComparison.Ordinal)).ToList();
            bool inCatalog = VmSizeCatalog.Embedded.TryGet(value, out var row);
            if (inCatalog && !row.AcceleratedNetworking)
            {
                if (mine.Count != 1 || mine[0].Id != "ACCEL001" || !mine[0].GetMessage().Contains($"'{row.Name}'", StringComparison.Ordinal))
                {
                    problems.Add($"{member} ({value}): expected one ACCEL001 naming '{row.Name}', got [{string.Join("; ", mine.Select(d => d.Id + " " + d.GetMessage()))}]");
                }
            }
            else if (mine.Any(d => d.Id == "ACCEL001"))
            {
                problems.Add($"{member} ({value}): unexpected {string.Join("; ", mine.Select(d => d.Id + " " + d.GetMessage()))}");
            }
            else if (inCatalog && mine.Count != 0)
            {
                problems.Add($"{member} ({value}): unexpected {string.Join("; ", mine.Select(d => d.Id + " " + d.GetMessage()))}");
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }
}
