using static AccelLint.Core.Tests.BicepSemantics.BicepTest;

namespace AccelLint.Core.Tests.BicepSemantics;

/// <summary><c>.bicepparam</c> files (SPEC.md §2, §4): their values are used, and the template they name is not evaluated again on its defaults.</summary>
public class BicepParamsFileTests
{
    private const string Main = """
        @description('Size of the VM.')
        param vmSize string = 'Standard_D4s_v3'
        param location string = 'eastus'

        resource nic 'Microsoft.Network/networkInterfaces@2023-09-01' = {
          name: 'app-nic'
          location: location
          properties: {
            /*@ACCEL001*/enableAcceleratedNetworking: true
            ipConfigurations: []
          }
        }

        resource vm 'Microsoft.Compute/virtualMachines@2023-09-01' = {
          name: 'app-vm'
          location: location
          properties: {
            hardwareProfile: { vmSize: vmSize }
            networkProfile: {
              networkInterfaces: [ { id: nic.id } ]
            }
          }
        }
        """;

    private static string Quiet(string text) => text.Replace("/*@ACCEL001*/", string.Empty, StringComparison.Ordinal);

    [Fact]
    public void Bicepparam_value_is_used_and_is_the_related_location()
    {
        const string parameters = """
            using './main.bicep'

            param vmSize = 'Standard_B1s'
            """;
        var result = Files(new Dictionary<string, string>
        {
            ["main.bicep"] = Main,
            ["main.bicepparam"] = parameters,
        });

        var finding = Single(result, "ACCEL001");
        Assert.EndsWith("main.bicep", finding.Location.File.Path, StringComparison.Ordinal);
        AssertRelatedAt(finding, "main.bicepparam", parameters, "'Standard_B1s'");
    }

    [Fact]
    public void Template_is_not_evaluated_again_on_its_defaults()
    {
        Files(new Dictionary<string, string>
        {
            ["main.bicep"] = Quiet(Main).Replace("param vmSize string = 'Standard_D4s_v3'", "param vmSize string = 'Standard_B1s'", StringComparison.Ordinal),
            ["main.bicepparam"] = """
                using './main.bicep'

                param vmSize = 'Standard_D4s_v3'
                """,
        });
    }

    [Fact]
    public void Two_bicepparam_files_for_one_template_report_only_for_the_bad_one()
    {
        const string dev = """
            using '../main.bicep'

            param vmSize = 'Standard_B1s'
            """;
        var result = Files(new Dictionary<string, string>
        {
            ["main.bicep"] = Main,
            ["env/dev.bicepparam"] = dev,
            ["env/prod.bicepparam"] = """
                using '../main.bicep'

                param vmSize = 'Standard_D8s_v3'
                """,
        });

        AssertRelatedAt(Single(result, "ACCEL001"), "dev.bicepparam", dev, "'Standard_B1s'");
    }

    [Fact]
    public void Bicepparam_variables_and_expressions()
    {
        Files(new Dictionary<string, string>
        {
            ["main.bicep"] = Main,
            ["main.bicepparam"] = """
                using './main.bicep'

                var environment = 'dev'
                var sizes = {
                  dev: 'Standard_B1s'
                  prod: 'Standard_D4s_v3'
                }

                param vmSize = sizes[environment]
                param location = toLower('East US')
                """,
        });
    }

    [Fact]
    public void Parameters_the_bicepparam_does_not_set_fall_back_to_the_template()
    {
        Files(new Dictionary<string, string>
        {
            ["main.bicep"] = Main.Replace("param vmSize string = 'Standard_D4s_v3'", "@allowed([\n  'Standard_D4s_v3'\n  'Standard_B1s'\n])\nparam vmSize string = 'Standard_D4s_v3'", StringComparison.Ordinal),
            ["main.bicepparam"] = """
                using './main.bicep'

                param location = 'westeurope'
                """,
        });
    }

    [Fact]
    public void Unknown_value_from_the_bicepparam_produces_nothing()
    {
        Files(new Dictionary<string, string>
        {
            ["main.bicep"] = Quiet(Main).Replace("param vmSize string = 'Standard_D4s_v3'", "param vmSize string = 'Standard_B1s'", StringComparison.Ordinal),
            ["main.bicepparam"] = """
                using './main.bicep'

                param vmSize = readEnvironmentVariable('VM_SIZE')
                """,
        });
    }

    [Fact]
    public void Missing_using_target_is_ACCEL000_at_the_path()
    {
        Files(new Dictionary<string, string>
        {
            ["main.bicepparam"] = """
                using /*@ACCEL000*/'./missing.bicep'

                param vmSize = 'Standard_B1s'
                """,
        });
    }

    [Fact]
    public void Bicepparam_given_with_parameters_option()
    {
        Files(
            new Dictionary<string, string>
            {
                ["main.bicep"] = Main,
                ["params/dev.bicepparam"] = """
                    using '../main.bicep'

                    param vmSize = 'Standard_B1s'
                    """,
            },
            entry: "main.bicep",
            options: new Engine.LintOptions { ParameterFiles = new[] { "params/dev.bicepparam" } });
    }

    [Fact]
    public void Syntax_error_in_a_bicepparam_is_ACCEL000()
    {
        Files(new Dictionary<string, string>
        {
            ["main.bicep"] = Quiet(Main),
            ["main.bicepparam"] = "using './main.bicep'\n\nparam vmSize = /*@ACCEL000*/)\n",
        });
    }
}
