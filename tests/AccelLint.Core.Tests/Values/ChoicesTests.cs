using static AccelLint.Core.Tests.BicepSemantics.BicepTest;

namespace AccelLint.Core.Tests.Values;

/// <summary>
/// Values v2 (SPEC §1 "Choices and correlation", "Whose decision it is"): candidates remember the
/// choice they depend on, rules combine only consistent candidates, and a combination is reported
/// only when the template deployed as written fails, or one choice makes it fail while everything
/// else is fixed by the template.
/// </summary>
public class ChoicesTests
{
    private const string Nic = """
        resource nic 'Microsoft.Network/networkInterfaces@2023-09-01' = {
          name: 'app-nic'
          location: 'eastus'
          properties: {
            enableAcceleratedNetworking: an
            ipConfigurations: []
          }
        }
        """;

    private const string Env = """
        @allowed([
          'dev'
          'prod'
        ])
        param env string = 'prod'

        var vmSize = env == 'dev' ? 'Standard_B1s' : 'Standard_D4s_v3'
        """;

    [Fact]
    public void One_parameter_driving_size_and_flag_consistently_is_no_finding()
    {
        // AN is on only with the big size: B1s never meets true, D4s_v3 never meets false.
        Verify(Env + "\nvar an = env == 'prod'\n" + Nic + "\n" + Vm);
    }

    [Fact]
    public void One_parameter_driving_size_and_flag_inconsistently_names_the_choice()
    {
        string main = Env + "\nvar an = env == 'dev'\n/*@ACCEL011*/" + Nic.Replace("enableAcceleratedNetworking", "/*@ACCEL001*/enableAcceleratedNetworking", StringComparison.Ordinal) + "\n" + Vm;
        var result = Verify(main);

        var finding = Single(result, "ACCEL001");
        Assert.Contains("size 'Standard_B1s' (when parameter 'env' is 'dev')", finding.Message, StringComparison.Ordinal);
        AssertRelatedAt(finding, "main.bicep", main, "@allowed");
        // prod is the default: the template as written deploys it, so the message names where the size comes from.
        Assert.Contains("size 'Standard_D4s_v3' (from variable 'vmSize')", Single(result, "ACCEL011").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_choices_together_are_the_deployers_decision()
    {
        Verify("""
            param vmSize 'Standard_B1s' | 'Standard_D4s_v3' = 'Standard_D4s_v3'
            @allowed([
              true
              false
            ])
            param an bool = true
            """ + "\n" + Nic + "\n" + Vm);
    }

    [Fact]
    public void One_choice_plus_another_parameters_default_is_the_deployers_decision()
    {
        Verify("""
            param vmSize 'Standard_B1s' | 'Standard_D4s_v3' = 'Standard_D4s_v3'
            param an bool = true
            """ + "\n" + Nic + "\n" + Vm);
    }

    [Fact]
    public void Defaults_that_fail_together_are_reported()
    {
        var result = Verify("""
            param vmSize string = 'Standard_B1s'
            param an bool = true
            """ + "\n" + Nic.Replace("enableAcceleratedNetworking", "/*@ACCEL001*/enableAcceleratedNetworking", StringComparison.Ordinal) + "\n" + Vm);

        Assert.Contains("(from parameter 'vmSize')", Single(result, "ACCEL001").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_choice_against_a_literal_is_reported()
    {
        var result = Verify("""
            param vmSize 'Standard_B1s' | 'Standard_D4s_v3' = 'Standard_D4s_v3'
            var an = true
            """ + "\n" + Nic.Replace("enableAcceleratedNetworking", "/*@ACCEL001*/enableAcceleratedNetworking", StringComparison.Ordinal) + "\n" + Vm);

        Assert.Contains("when parameter 'vmSize' is 'Standard_B1s'", Single(result, "ACCEL001").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_condition_is_a_choice_named_by_its_position()
    {
        string main = """
            param vmSize string = 'Standard_B1s'
            var an = resourceGroup().tags.fast == 'yes' ? true : false
            """;
        // vmSize's default and the condition's arm: a default plus one choice that is not a default.
        Verify(main + "\n" + Nic + "\n" + Vm);

        string literal = """
            var vmSize = 'Standard_B1s'
            var an = resourceGroup().tags.fast == 'yes' ? true : false
            """;
        var result = Verify(literal + "\n" + Nic.Replace("enableAcceleratedNetworking", "/*@ACCEL001*/enableAcceleratedNetworking", StringComparison.Ordinal) + "\n" + Vm);
        Assert.Contains("when the condition at main.bicep(2,10) is true", Single(result, "ACCEL001").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_wrapper_module_exposing_ac_parameters_with_harmless_defaults_is_no_finding()
    {
        // The shape of the Azure Verified Modules network-interface module.
        Verify("""
            @allowed([
              'None'
              'MaxConnections'
              'Floating'
              'AcceleratedConnections'
            ])
            param auxiliaryMode string = 'None'

            @allowed([
              'None'
              'A1'
              'A2'
              'A4'
              'A8'
            ])
            param auxiliarySku string = 'None'

            param enableAcceleratedNetworking bool = true

            resource nic 'Microsoft.Network/networkInterfaces@2024-05-01' = {
              name: 'nic'
              location: 'eastus'
              properties: {
                auxiliaryMode: auxiliaryMode
                auxiliarySku: auxiliarySku
                enableAcceleratedNetworking: enableAcceleratedNetworking
                ipConfigurations: []
              }
            }
            """);
    }

    [Fact]
    public void A_module_parameter_the_caller_leaves_out_takes_its_default_not_its_allowed_values()
    {
        Verify(
            """
            module m './vm.bicep' = {
              name: 'm'
              params: {}
            }
            """,
            ("vm.bicep", "@allowed([\n  'Standard_B1s'\n  'Standard_D4s_v3'\n])\nparam vmSize string = 'Standard_D4s_v3'\nvar an = true\n" + Nic + "\n" + Vm));
    }

    [Fact]
    public void Arm_correlated_parameter_is_no_finding_and_inconsistent_use_is()
    {
        const string parameters = """ "tier": { "type": "string", "defaultValue": "big", "allowedValues": [ "big", "small" ] } """;
        Verifier.VerifyArm(Verifier.VmWithNic(
            "\"[if(equals(parameters('tier'), 'big'), 'Standard_D4s_v3', 'Standard_B1s')]\"",
            """ "enableAcceleratedNetworking": "[equals(parameters('tier'), 'big')]", """,
            parameters: parameters));

        var result = Verifier.VerifyArm(Verifier.VmWithNic(
            "\"[if(equals(parameters('tier'), 'big'), 'Standard_D4s_v3', 'Standard_B1s')]\"",
            """ /*@ACCEL001*/"enableAcceleratedNetworking": "[equals(parameters('tier'), 'small')]", """,
            parameters: parameters),
            only: new[] { "ACCEL001" });
        Assert.Contains("when parameter 'tier' is 'small'", Assert.Single(result.Findings, f => f.RuleId == "ACCEL001").Message, StringComparison.Ordinal);
    }
}
