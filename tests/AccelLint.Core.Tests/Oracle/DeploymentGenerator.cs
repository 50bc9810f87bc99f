using System.Globalization;
using System.Text;

namespace AccelLint.Core.Tests.Oracle;

/// <summary>
/// Writes random, valid Bicep deployments (a fixed seed gives the same files every run, so the compiler's
/// cache holds): parameters with <c>@allowed</c> sizes and locations, variables, ternaries, <c>??</c>,
/// loops with filters, resource conditions, local modules, NICs, VMs and scale sets with Accelerated
/// Networking and Accelerated Connections written in the ways templates write them.
/// </summary>
public sealed class DeploymentGenerator
{
    /// <summary>Sizes with AN (D4s_v3, F8s_v2, D2s_v5 ...), without (B1s, A2_v2), and one the catalog lacks.</summary>
    private static readonly string[] Sizes =
    {
        "Standard_D4s_v3", "Standard_F8s_v2", "Standard_D2s_v5", "Standard_D8s_v5", "Standard_E2s_v3", "Standard_D16s_v3",
        "Standard_B1s", "Standard_A2_v2", "Standard_Z9_v9",
    };

    /// <summary>Regions with Accelerated Connections and without.</summary>
    private static readonly string[] Locations = { "eastus", "westus2", "westeurope", "japaneast", "brazilsouth" };

    private static readonly string[] Skus = { "A1", "A2", "A4", "A8", "None" };

    private readonly Random random;
    private readonly List<(string Name, string Text)> dataFiles = new();
    private StringBuilder text = new();

    public DeploymentGenerator(int seed) => random = new Random(seed);

    /// <summary>Writes <paramref name="count"/> deployments, each in its own folder under <paramref name="root"/> (main.bicep, maybe modules/).</summary>
    public void WriteAll(string root, int count)
    {
        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }

        for (int i = 0; i < count; i++)
        {
            string folder = Path.Combine(root, "d" + i.ToString("D4", CultureInfo.InvariantCulture));
            Directory.CreateDirectory(folder);
            foreach (var (name, content) in Deployment())
            {
                string path = Path.Combine(folder, name);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllText(path, content);
            }
        }
    }

    /// <summary>One deployment: file name (relative) and text.</summary>
    public List<(string Name, string Text)> Deployment()
    {
        var files = new List<(string, string)>();
        dataFiles.Clear();
        Scope? module = null;
        if (Chance(0.3))
        {
            text = new StringBuilder();
            module = new Scope(this, isModule: true, folder: "modules/");
            module.WriteParameters();
            module.WriteResources();
            files.Add(("modules/vm.bicep", text.ToString()));
        }

        text = new StringBuilder();
        var main = new Scope(this, isModule: false, folder: string.Empty);
        main.WriteParameters();
        if (module is not null)
        {
            main.WriteModuleCall(module);
        }
        else
        {
            main.WriteResources();
        }

        files.Insert(0, ("main.bicep", text.ToString()));
        files.AddRange(dataFiles);
        return files;
    }

    private bool Chance(double p) => random.NextDouble() < p;

    private T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];

    private List<T> Subset<T>(IReadOnlyList<T> items, int min, int max)
    {
        int n = random.Next(min, max + 1);
        return items.OrderBy(_ => random.Next()).Take(n).ToList();
    }

    private void Line(string line) => text.Append(line).Append('\n');

    private static string Quote(string s) => "'" + s + "'";

    /// <summary>A parameter a generated file declares: whether it has a default, and its allowed literals (null when any value of its type goes).</summary>
    private sealed record Parameter(string Name, bool HasDefault, IReadOnlyList<string>? Allowed);

    /// <summary>The symbols one file declares, so that expressions only name what exists.</summary>
    private sealed class Scope
    {
        private readonly DeploymentGenerator g;
        private readonly bool isModule;
        private readonly string folder;
        private readonly List<string> sizeExpressions = new();
        private readonly List<string> boolExpressions = new() { "true", "false" };
        private readonly List<string> locationExpressions = new();
        private readonly List<string> tagExpressions = new() { "{ fastpathenabled: 'true' }", "{ fastpathenabled: 'TRUE', env: 'test' }", "{ env: 'test' }", "{ fastpathenabled: 'false' }" };
        private readonly List<Parameter> parameters = new();
        private string prefix = "app";
        private bool hasCount;
        private bool hasEnv;
        private string? nicSymbol;

        public Scope(DeploymentGenerator generator, bool isModule, string folder)
        {
            g = generator;
            this.isModule = isModule;
            this.folder = folder;
        }

        private void Allowed(IEnumerable<string> literals)
        {
            g.Line("@allowed([");
            foreach (var literal in literals)
            {
                g.Line("  " + literal);
            }

            g.Line("])");
        }

        public void WriteParameters()
        {
            // The size: a parameter with allowed sizes (and a default), or without a default in a module.
            var allowed = g.Subset(Sizes, 1, 3).Select(Quote).ToList();
            bool sizeAllowed = g.Chance(0.7);
            if (sizeAllowed)
            {
                Allowed(allowed);
            }

            bool sizeDefault = !(isModule && g.Chance(0.4));
            g.Line(sizeDefault ? $"param vmSize string = {allowed[0]}" : "param vmSize string");
            parameters.Add(new Parameter("vmSize", sizeDefault, sizeAllowed ? allowed : null));
            sizeExpressions.Add("vmSize");
            sizeExpressions.Add(Quote(g.Pick(Sizes)));

            if (g.Chance(0.5))
            {
                Allowed(new[] { "'dev'", "'prod'" });
                g.Line($"param env string = {Quote(g.Pick(new[] { "dev", "prod" }))}");
                parameters.Add(new Parameter("env", true, new[] { "'dev'", "'prod'" }));
                hasEnv = true;
                sizeExpressions.Add($"env == 'prod' ? {Quote(g.Pick(Sizes))} : {Quote(g.Pick(Sizes))}");
                boolExpressions.Add("env == 'prod'");
                boolExpressions.Add("env != 'dev'");
            }

            if (g.Chance(0.5))
            {
                bool anDefault = !(isModule && g.Chance(0.3));
                g.Line(anDefault ? $"param enableAn bool = {(g.Chance(0.5) ? "true" : "false")}" : "param enableAn bool");
                parameters.Add(new Parameter("enableAn", anDefault, null));
                boolExpressions.Add("enableAn");
                boolExpressions.Add("!enableAn");
            }

            if (g.Chance(0.3))
            {
                g.Line("param sizeOverride string?");
                parameters.Add(new Parameter("sizeOverride", true, null));
                sizeExpressions.Add("sizeOverride ?? vmSize");
            }

            if (g.Chance(0.3))
            {
                g.Line($"var sizes = [\n  {Quote(g.Pick(Sizes))}\n  {Quote(g.Pick(Sizes))}\n]");
                sizeExpressions.Add("sizes[0]");
                sizeExpressions.Add("last(sizes)");
            }

            if (g.Chance(0.15))
            {
                // Settings loaded from files, which the compiler inlines.
                string an = g.Chance(0.5) ? "true" : "false";
                g.dataFiles.Add((folder + "settings.json", $"{{\n  \"vm\": {{ \"size\": \"{g.Pick(Sizes)}\", \"an\": {an} }}\n}}\n"));
                g.Line("var settings = loadJsonContent('settings.json')");
                sizeExpressions.Add("settings.vm.size");
                sizeExpressions.Add("loadJsonContent('settings.json', '$.vm.size')");
                boolExpressions.Add("settings.vm.an");
            }

            if (g.Chance(0.1))
            {
                g.dataFiles.Add((folder + "config.yaml", $"# sizes\nmachines:\n  - name: web\n    size: {g.Pick(Sizes)}\n  - name: db\n    size: '{g.Pick(Sizes)}'\nfastPath: {(g.Chance(0.5) ? "true" : "false")}\n"));
                g.Line("var config = loadYamlContent('config.yaml')");
                sizeExpressions.Add("config.machines[1].size");
                boolExpressions.Add("config.fastPath");
            }

            if (g.Chance(0.1))
            {
                g.dataFiles.Add((folder + "size.txt", g.Pick(Sizes)));
                sizeExpressions.Add("trim(loadTextContent('size.txt'))");
            }

            if (g.Chance(0.3))
            {
                g.Line($"var useAc = {g.Pick(boolExpressions)}");
                boolExpressions.Add("useAc");
            }

            if (g.Chance(0.5))
            {
                var locations = g.Subset(Locations, 1, 3).Select(Quote).ToList();
                Allowed(locations);
                g.Line("param location string");
                parameters.Add(new Parameter("location", false, locations));
                locationExpressions.Add("location");
            }
            else if (g.Chance(0.5))
            {
                g.Line($"param location string = {(g.Chance(0.5) ? Quote(g.Pick(Locations)) : "resourceGroup().location")}");
                parameters.Add(new Parameter("location", true, null));
                locationExpressions.Add("location");
            }
            else
            {
                locationExpressions.Add(Quote(g.Pick(Locations)));
            }

            if (g.Chance(0.4))
            {
                g.Line("var acTags = {\n  fastpathenabled: 'true'\n}");
                tagExpressions.Add("acTags");
                tagExpressions.Add("union(acTags, { owner: 'me' })");
            }

            if (isModule && g.Chance(0.5))
            {
                g.Line("param name string");
                parameters.Add(new Parameter("name", false, null));
                prefix = "${name}";
            }

            if (g.Chance(0.4))
            {
                Allowed(new[] { "1", "2" });
                g.Line($"param count int = {g.Pick(new[] { 1, 2 })}");
                parameters.Add(new Parameter("count", true, new[] { "1", "2" }));
                hasCount = true;
            }

            g.Line(string.Empty);
        }

        /// <summary>Calls the generated module: every parameter without a default, and some with one.</summary>
        public void WriteModuleCall(Scope module)
        {
            bool loop = g.Chance(0.3);
            string header = loop ? "module vms 'modules/vm.bicep' = [for (s, i) in ['a', 'b']: " : "module vm 'modules/vm.bicep' = ";
            if (!loop && g.Chance(0.3))
            {
                header += $"if ({g.Pick(boolExpressions)}) ";
            }

            g.Line(header + "{");
            g.Line(loop ? "  name: 'vm-${s}'" : "  name: 'vm'");
            g.Line("  params: {");
            foreach (var parameter in module.parameters)
            {
                if (parameter.HasDefault && g.Chance(0.5))
                {
                    continue;
                }

                string value = parameter.Allowed is { } literals && !(parameter.Name == "env" && hasEnv)
                    ? g.Pick(literals)
                    : parameter.Name switch
                    {
                        "vmSize" => g.Pick(sizeExpressions),
                        "env" => "env",
                        "enableAn" => g.Pick(boolExpressions),
                        "sizeOverride" => g.Chance(0.5) ? "null" : g.Pick(sizeExpressions),
                        "location" => g.Pick(locationExpressions),
                        "name" => loop ? "'app-${s}'" : "'app'",
                        _ => throw new InvalidOperationException(parameter.Name),
                    };
                g.Line($"    {parameter.Name}: {value}");
            }

            g.Line("  }");
            g.Line(loop ? "}]" : "}");
            if (!loop && g.Chance(0.5))
            {
                g.Line("output nicId string = vm.outputs.nicId");
            }
        }

        public void WriteResources()
        {
            switch (g.random.Next(6))
            {
                case 0:
                case 1:
                    NicAndVm();
                    break;
                case 2:
                    NicLoopAndVmLoop();
                    break;
                case 3:
                    FilteredNicsOneVm();
                    break;
                case 4:
                    ScaleSet();
                    break;
                default:
                    VmWithConfigurations();
                    break;
            }

            if (isModule)
            {
                g.Line(nicSymbol is null ? "output nicId string = 'none'" : $"output nicId string = {nicSymbol}.id");
            }
        }

        private string Condition() => g.Chance(0.25) ? $"if ({g.Pick(boolExpressions)}) " : string.Empty;

        private void NicAndVm()
        {
            string condition = Condition();
            Nic("nic", $"'{prefix}-nic'", condition, loopHead: null);
            nicSymbol = condition.Length == 0 ? "nic" : null;
            Vm("vm", $"'{prefix}-vm'", condition, "[\n        { id: nic.id }\n      ]", loopHead: null);
            if (g.Chance(0.3))
            {
                // A second NIC that copies the first one's settings through the resource (reference() in JSON).
                g.Line($"resource nic2 'Microsoft.Network/networkInterfaces@2024-05-01' = {condition}{{");
                g.Line($"  name: '{prefix}-nic2'");
                g.Line($"  location: {g.Pick(locationExpressions)}");
                g.Line($"  tags: {g.Pick(tagExpressions)}");
                g.Line("  properties: {");
                g.Line("    enableAcceleratedNetworking: nic.properties.enableAcceleratedNetworking");
                g.Line("    auxiliaryMode: nic.properties.auxiliaryMode");
                g.Line("    auxiliarySku: nic.properties.auxiliarySku");
                IpConfigurations("    ");
                g.Line("  }");
                g.Line("}");
            }
        }

        private void NicLoopAndVmLoop()
        {
            string range = hasCount && g.Chance(0.7) ? "range(0, count)" : g.Chance(0.5) ? "range(0, 2)" : "[0, 1]";
            Nic("nics", $"'{prefix}-nic-${{i}}'", string.Empty, $"[for i in {range}: ");
            Vm("vms", $"'{prefix}-vm-${{i}}'", string.Empty, "[\n        { id: nics[i].id }\n      ]", $"[for i in {range}: ");
        }

        private void FilteredNicsOneVm()
        {
            g.Line("var nicNames = [\n  'first'\n  'second'\n  'third'\n]");
            string filter = g.Pick(new[] { "i < 2", $"i == 0 || {g.Pick(boolExpressions)}", "n != 'second'" });
            Nic("nics", $"'{prefix}-${{n}}'", string.Empty, $"[for (n, i) in nicNames: if ({filter}) ");
            Vm("vm", $"'{prefix}-vm'", Condition(), "[\n        { id: nics[0].id }\n      ]", loopHead: null);
        }

        private void Nic(string symbol, string name, string condition, string? loopHead)
        {
            g.Line($"resource {symbol} 'Microsoft.Network/networkInterfaces@2024-05-01' = {loopHead ?? condition}{{");
            g.Line($"  name: {name}");
            g.Line($"  location: {g.Pick(locationExpressions)}");
            if (g.Chance(0.6))
            {
                g.Line($"  tags: {g.Pick(tagExpressions)}");
            }

            g.Line("  properties: {");
            Acceleration("    ");
            IpConfigurations("    ");
            g.Line("  }");
            g.Line(loopHead is null ? "}" : "}]");
        }

        /// <summary>The AN flag and, sometimes, the AC mode and tier, in one of the forms templates use.</summary>
        private void Acceleration(string indent)
        {
            if (g.Chance(0.85))
            {
                g.Line($"{indent}enableAcceleratedNetworking: {g.Pick(boolExpressions)}");
            }

            switch (g.random.Next(6))
            {
                case 0:
                case 1:
                    g.Line($"{indent}auxiliaryMode: 'AcceleratedConnections'");
                    g.Line($"{indent}auxiliarySku: {Quote(g.Pick(Skus))}");
                    break;
                case 2:
                    string condition = g.Pick(boolExpressions);
                    g.Line($"{indent}auxiliaryMode: {condition} ? 'AcceleratedConnections' : 'None'");
                    g.Line($"{indent}auxiliarySku: {condition} ? 'A2' : 'None'");
                    break;
                case 3:
                    g.Line($"{indent}auxiliarySku: {Quote(g.Pick(Skus))}");
                    break;
            }
        }

        private void IpConfigurations(string indent)
        {
            g.Line($"{indent}ipConfigurations: [");
            g.Line($"{indent}  {{");
            g.Line($"{indent}    name: 'ipconfig1'");
            g.Line($"{indent}    properties: {{");
            g.Line($"{indent}      privateIPAllocationMethod: 'Dynamic'");
            g.Line($"{indent}      subnet: {{ id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet', 'default') }}");
            g.Line($"{indent}    }}");
            g.Line($"{indent}  }}");
            g.Line($"{indent}]");
        }

        private void Vm(string symbol, string name, string condition, string networkInterfaces, string? loopHead)
        {
            g.Line($"resource {symbol} 'Microsoft.Compute/virtualMachines@2024-07-01' = {loopHead ?? condition}{{");
            g.Line($"  name: {name}");
            g.Line($"  location: {g.Pick(locationExpressions)}");
            g.Line("  properties: {");
            g.Line($"    hardwareProfile: {{ vmSize: {g.Pick(sizeExpressions)} }}");
            Image("    ");
            g.Line($"    networkProfile: {{\n      networkInterfaces: {networkInterfaces}\n    }}");
            g.Line("  }");
            g.Line(loopHead is null ? "}" : "}]");
        }

        private void Image(string indent)
        {
            var images = new[]
            {
                ("Canonical", "0001-com-ubuntu-server-jammy", "22_04-lts-gen2"),
                ("Canonical", "UbuntuServer", "12.04.5-LTS"),
                ("OpenLogic", "CentOS", "6.9"),
                ("MicrosoftWindowsServer", "WindowsServer", "2022-datacenter"),
            };
            if (g.Chance(0.6))
            {
                var (publisher, offer, sku) = g.Pick(images);
                g.Line($"{indent}storageProfile: {{\n{indent}  imageReference: {{\n{indent}    publisher: {Quote(publisher)}\n{indent}    offer: {Quote(offer)}\n{indent}    sku: {Quote(sku)}\n{indent}    version: 'latest'\n{indent}  }}\n{indent}}}");
            }
        }

        private void ScaleSet()
        {
            g.Line($"resource vmss 'Microsoft.Compute/virtualMachineScaleSets@2024-07-01' = {Condition()}{{");
            g.Line($"  name: '{prefix}-vmss'");
            g.Line($"  location: {g.Pick(locationExpressions)}");
            g.Line($"  sku: {{\n    name: {g.Pick(sizeExpressions)}\n    capacity: 2\n  }}");
            if (g.Chance(0.3))
            {
                g.Line($"  tags: {g.Pick(tagExpressions)}");
            }

            g.Line("  properties: {");
            g.Line("    virtualMachineProfile: {");
            Image("      ");
            g.Line("      networkProfile: {");
            g.Line("        networkInterfaceConfigurations: [");
            Configuration("          ", "'nic-config'");
            g.Line("        ]");
            g.Line("      }");
            g.Line("    }");
            g.Line("  }");
            g.Line("}");
        }

        private void Configuration(string indent, string name)
        {
            g.Line($"{indent}{{");
            g.Line($"{indent}  name: {name}");
            if (g.Chance(0.3))
            {
                g.Line($"{indent}  tags: {g.Pick(tagExpressions)}");
            }

            g.Line($"{indent}  properties: {{");
            g.Line($"{indent}    primary: true");
            Acceleration(indent + "    ");
            g.Line($"{indent}    ipConfigurations: [");
            g.Line($"{indent}      {{");
            g.Line($"{indent}        name: 'ipconfig1'");
            g.Line($"{indent}        properties: {{ subnet: {{ id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet', 'default') }} }}");
            g.Line($"{indent}      }}");
            g.Line($"{indent}    ]");
            g.Line($"{indent}  }}");
            g.Line($"{indent}}}");
        }

        private void VmWithConfigurations()
        {
            bool loop = g.Chance(0.4);
            g.Line($"resource vm 'Microsoft.Compute/virtualMachines@2024-07-01' = {Condition()}{{");
            g.Line($"  name: '{prefix}-vm'");
            g.Line($"  location: {g.Pick(locationExpressions)}");
            g.Line("  properties: {");
            g.Line($"    hardwareProfile: {{ vmSize: {g.Pick(sizeExpressions)} }}");
            Image("    ");
            g.Line("    networkProfile: {");
            g.Line("      networkApiVersion: '2024-05-01'");
            if (loop)
            {
                g.Line("      networkInterfaceConfigurations: [for (n, i) in ['a', 'b']: {");
                g.Line("        name: 'config-${n}'");
                g.Line("        properties: {");
                g.Line("          primary: i == 0");
                Acceleration("          ");
                g.Line("          ipConfigurations: [ { name: 'ipconfig1', properties: { subnet: { id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet', 'default') } } } ]");
                g.Line("        }");
                g.Line("      }]");
            }
            else
            {
                g.Line("      networkInterfaceConfigurations: [");
                Configuration("        ", "'config'");
                g.Line("      ]");
            }

            g.Line("    }");
            g.Line("  }");
            g.Line("}");
        }
    }
}
