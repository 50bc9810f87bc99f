namespace AccelLint.Core.Tests.Oracle;

/// <summary>The oracle itself works: it compiles a file, and reports a syntax error with its code and position.</summary>
public class BicepCompilerTests
{
    [SkippableFact]
    public void Compiles_a_folder_and_reports_syntax_errors_with_their_position()
    {
        Skip.If(BicepCompiler.Unavailable is not null, BicepCompiler.Unavailable);
        string folder = Path.Combine(Path.GetTempPath(), "accellint-oracle-selftest");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "good.bicep"), "param size string = 'Standard_B1s'\noutput s string = size\n");
        File.WriteAllText(Path.Combine(folder, "bad.bicep"), "var x = f(1,\n)\n");

        var compiled = BicepCompiler.CompileFolder(folder);

        Assert.NotNull(compiled.CompiledJson(Path.Combine(folder, "good.bicep")));
        Assert.DoesNotContain(compiled.DiagnosticsOf(Path.Combine(folder, "good.bicep")), d => d.IsError);
        Assert.Null(compiled.CompiledJson(Path.Combine(folder, "bad.bicep")));
        var error = Assert.Single(compiled.DiagnosticsOf(Path.Combine(folder, "bad.bicep")).Where(d => d.IsError).Take(1));
        Assert.StartsWith("BCP", error.Code, StringComparison.Ordinal);
        Assert.Equal(1, error.Line);
    }
}
