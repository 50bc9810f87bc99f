using AccelLint.Bicep.Registry;

namespace AccelLint.Core.Tests.Registry;

/// <summary>Registry and template-spec references resolve to the cache paths the Bicep compiler writes.</summary>
public class ModuleReferenceTests
{
    private const string Config = """
        {
          "cacheRootDirectory": "cache",
          "moduleAliases": {
            "br": {
              "contoso": { "registry": "ContosoRegistry.azurecr.io:443", "modulePath": "bicep/modules" },
              "bare": { "registry": "bare.azurecr.io" }
            },
            "ts": {
              "specs": { "subscription": "00000000-0000-0000-0000-0000000000AA", "resourceGroup": "Templates" }
            }
          }
        }
        """;

    private static readonly BicepConfiguration Configuration = BicepConfiguration.Parse(Path.GetFullPath("/repo/bicepconfig.json"), Config, home: "/home/user");

    [Theory]
    [InlineData("br/public:avm/res/network/network-interface:0.5.3", "br/mcr.microsoft.com/bicep$avm$res$network$network-interface/0.5.3$")]
    [InlineData("br:mcr.microsoft.com/bicep/avm/res/compute/virtual-machine:0.21.0", "br/mcr.microsoft.com/bicep$avm$res$compute$virtual-machine/0.21.0$")]
    [InlineData("br:Example.AzureCR.io:5000/app/Nic:V2", "br/example.azurecr.io$5000/app$Nic/V2$1")]
    [InlineData("br/contoso:network/nic:v1", "br/contosoregistry.azurecr.io$443/bicep$modules$network$nic/v1$")]
    [InlineData("br/bare:nic:v1", "br/bare.azurecr.io/nic/v1$")]
    [InlineData("br:example.azurecr.io/app/nic@sha256:e207a69d02b3de40d48ede9fd208d80441a9e590a83a0bc915d46244c03310d4", "br/example.azurecr.io/app$nic/sha256#e207a69d02b3de40d48ede9fd208d80441a9e590a83a0bc915d46244c03310d4")]
    [InlineData("ts:00000000-0000-0000-0000-0000000000AA/MyRG/WebVm:V1.0", "ts/00000000-0000-0000-0000-0000000000aa/myrg/webvm/v1.0")]
    [InlineData("ts/specs:WebVm:1.0", "ts/00000000-0000-0000-0000-0000000000aa/templates/webvm/1.0")]
    public void References_map_to_the_Bicep_cache_layout(string reference, string folder)
    {
        var parsed = ExternalModuleReference.Parse(reference, Configuration, out string? error);
        Assert.True(parsed is not null, error);
        string expected = Path.Combine(Path.GetFullPath("/repo/cache"), folder.Replace('/', Path.DirectorySeparatorChar), "main.json");
        Assert.Equal(expected, Path.GetFullPath(parsed!.CacheFile(Configuration)));
    }

    [Fact]
    public void Without_a_configuration_the_cache_is_in_the_home_folder_and_only_the_public_alias_exists()
    {
        var configuration = BicepConfiguration.Default("/home/user");
        var parsed = ExternalModuleReference.Parse("br/public:avm/res/network/network-interface:0.5.3", configuration, out _);
        Assert.Equal(Path.Combine("/home/user", ".bicep", "br", "mcr.microsoft.com", "bicep$avm$res$network$network-interface", "0.5.3$", "main.json"), parsed!.CacheFile(configuration));
        Assert.Null(ExternalModuleReference.Parse("br/contoso:nic:v1", configuration, out string? error));
        Assert.Contains("'contoso'", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("br:mcr.microsoft.com/bicep/nic")]
    [InlineData("br:nic:v1")]
    [InlineData("ts:sub/rg/name")]
    [InlineData("br/undefined:nic:v1")]
    [InlineData("ts/undefined:name:v1")]
    public void Invalid_references_and_undefined_aliases_say_why(string reference)
    {
        Assert.Null(ExternalModuleReference.Parse(reference, Configuration, out string? error));
        Assert.False(string.IsNullOrEmpty(error));
    }
}
