using System.Text.RegularExpressions;
using AccelLint.Diagnostics;
using AccelLint.Engine;
using AccelLint.Text;

namespace AccelLint.Core.Tests;

/// <summary>
/// Lints marked-up files and compares findings with the markers. A marker is a comment
/// <c>/*@ACCEL001*/</c> written just before the place a finding must be reported (in JSON, before the
/// key's opening quote); the tolerant readers accept comments, so the marked file is linted as is.
/// Every unsuppressed finding must have its marker and every marker its finding: rule, file, line
/// and column, nothing extra.
/// </summary>
public static class Verifier
{
    private static readonly Regex Marker = new(@"/\*@(?<ids>[A-Z]+\d+(?:,[A-Z]+\d+)*)\*/", RegexOptions.CultureInvariant);

    /// <summary>Lints <paramref name="files"/> (name → marked-up text) in a fresh folder and checks findings against markers.</summary>
    /// <param name="only">When given, only these rules are compared (others are ignored on both sides).</param>
    /// <param name="root">The folder to write the files in (its owner deletes it); a fresh temporary folder when null.</param>
    public static LintResult Verify(IReadOnlyDictionary<string, string> files, IEnumerable<string>? only = null, LintOptions? options = null, string? entry = null, string? root = null)
    {
        string folder = root ?? Path.Combine(Path.GetTempPath(), "accellint-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var expected = new List<string>();
            foreach (var (name, text) in files)
            {
                string path = Path.Combine(folder, name);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllText(path, text);
                var source = new SourceFile(path, text);
                foreach (Match match in Marker.Matches(text))
                {
                    int offset = match.Index + match.Length;
                    while (offset < text.Length && char.IsWhiteSpace(text[offset]))
                    {
                        offset++;
                    }

                    var (line, column) = source.GetLinePosition(offset);
                    foreach (var id in match.Groups["ids"].Value.Split(','))
                    {
                        expected.Add($"{name}({line},{column}): {id}");
                    }
                }
            }

            var filter = only is null ? null : new HashSet<string>(only, StringComparer.OrdinalIgnoreCase);
            var lintOptions = new LintOptions
            {
                Paths = new[] { entry is null ? folder : Path.Combine(folder, entry) },
                ParameterFiles = options?.ParameterFiles.Select(p => Path.Combine(folder, p)).ToList() ?? (IReadOnlyList<string>)Array.Empty<string>(),
                ConfigFile = options?.ConfigFile is { } config ? Path.Combine(folder, config) : null,
                CatalogFile = options?.CatalogFile is { } catalog ? Path.Combine(folder, catalog) : null,
            };
            var result = LintEngine.Lint(lintOptions);
            var actual = result.Findings
                .Where(f => !f.IsSuppressed)
                .Select(f => (Finding: f, Location: f.Resolve()))
                .Select(x => $"{Path.GetRelativePath(folder, x.Location.Path).Replace('\\', '/')}({x.Location.Line},{x.Location.Column}): {x.Finding.RuleId}")
                .ToList();

            if (filter is not null)
            {
                expected = expected.Where(e => filter.Contains(e.Substring(e.LastIndexOf(' ') + 1))).ToList();
                actual = actual.Where(a => filter.Contains(a.Substring(a.LastIndexOf(' ') + 1))).ToList();
            }

            expected.Sort(StringComparer.Ordinal);
            actual.Sort(StringComparer.Ordinal);
            if (!expected.SequenceEqual(actual))
            {
                var messages = result.Findings.Select(f => $"  {Path.GetFileName(f.Location.File.Path)}({f.Resolve().Line},{f.Resolve().Column}): {f.RuleId} {(f.IsSuppressed ? "[suppressed] " : string.Empty)}{f.Message}");
                Assert.Fail("Findings differ from markers.\nExpected:\n  " + string.Join("\n  ", expected) + "\nActual:\n  " + string.Join("\n  ", actual) + "\nAll findings:\n" + string.Join("\n", messages));
            }

            return result;
        }
        finally
        {
            try
            {
                if (root is null)
                {
                    Directory.Delete(folder, recursive: true);
                }
            }
            catch (IOException)
            {
            }
        }
    }

    /// <summary>One ARM template (<c>azuredeploy.json</c>), optionally with its parameters file beside it.</summary>
    public static LintResult VerifyArm(string template, string? parameters = null, IEnumerable<string>? only = null)
    {
        var files = new Dictionary<string, string> { ["azuredeploy.json"] = template };
        if (parameters is not null)
        {
            files["azuredeploy.parameters.json"] = parameters;
        }

        return Verify(files, only);
    }

    /// <summary>A template with one VM and one NIC: the NIC's properties and the VM's size are filled in.</summary>
    public static string VmWithNic(string vmSize, string nicProperties, string nicExtra = "", string parameters = "", string vmExtra = "") => $$"""
        {
          "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
          "contentVersion": "1.0.0.0",
          "parameters": {{{parameters}}},
          "resources": [
            {
              "type": "Microsoft.Network/networkInterfaces",
              "apiVersion": "2023-09-01",
              "name": "nic1",
              "location": "eastus",{{nicExtra}}
              "properties": {
                {{nicProperties}}
                "ipConfigurations": []
              }
            },
            {
              "type": "Microsoft.Compute/virtualMachines",
              "apiVersion": "2023-09-01",
              "name": "vm1",
              "location": "eastus",{{vmExtra}}
              "properties": {
                "hardwareProfile": { "vmSize": {{vmSize}} },
                "networkProfile": {
                  "networkInterfaces": [ { "id": "[resourceId('Microsoft.Network/networkInterfaces', 'nic1')]" } ]
                }
              }
            }
          ]
        }
        """;
}
