using AccelLint.Diagnostics;

namespace AccelLint.Cli.Commands;

/// <summary>The parsed command line (SPEC.md §5).</summary>
internal sealed class CommandLine
{
    public string Command { get; set; } = "lint";

    public List<string> Paths { get; } = new();

    public List<string> Parameters { get; } = new();

    public string Format { get; set; } = "text";

    public string? Output { get; set; }

    public string? Config { get; set; }

    public string? Catalog { get; set; }

    public string? Baseline { get; set; }

    public string? Since { get; set; }

    /// <summary>The workspace root (<c>--root</c>): files that inputs name are read only inside it.</summary>
    public string? Root { get; set; }

    public long MaxFileSize { get; set; } = AccelLint.Engine.LintOptions.DefaultMaxFileSize;

    public DiagnosticLevel FailLevel { get; set; } = DiagnosticLevel.Warning;

    public bool FailNever { get; set; }

    /// <summary><c>sizes --an</c>: only sizes that support accelerated networking.</summary>
    public bool SizesAn { get; set; }

    /// <summary><c>sizes --ac</c>: only sizes Accelerated Connections can run on.</summary>
    public bool SizesAc { get; set; }

    /// <summary><c>sizes --min-vcpus N</c>.</summary>
    public int SizesMinVCpus { get; set; }

    private bool sizeFilterGiven;

    public static readonly string[] Formats = { "text", "sarif", "json", "github" };

    /// <summary>Parses arguments; returns an error message for a usage error.</summary>
    public static (CommandLine? Line, string? Error) Parse(string[] args)
    {
        var line = new CommandLine();
        int i = 0;
        if (args.Length > 0 && (args[0] is "lint" or "explain" or "sizes" or "rules" or "help" or "version" or "lsp"))
        {
            line.Command = args[0];
            i = 1;
        }

        for (; i < args.Length; i++)
        {
            string arg = args[i];
            string? inlineValue = null;
            if (arg.StartsWith("--", StringComparison.Ordinal) && arg.IndexOf('=') > 2)
            {
                inlineValue = arg.Substring(arg.IndexOf('=') + 1);
                arg = arg.Substring(0, arg.IndexOf('='));
            }

            string? Value()
            {
                if (inlineValue is not null)
                {
                    return inlineValue;
                }

                if (i + 1 >= args.Length)
                {
                    return null;
                }

                return args[++i];
            }

            switch (arg)
            {
                case "-h":
                case "--help":
                case "-?":
                    line.Command = "help";
                    break;
                case "--version":
                    line.Command = "version";
                    break;
                case "-f":
                case "--format":
                    {
                        string? format = Value()?.ToLowerInvariant();
                        if (format is null || Array.IndexOf(Formats, format) < 0)
                        {
                            return (null, $"--format takes one of {string.Join(", ", Formats)}");
                        }

                        line.Format = format;
                        break;
                    }

                case "-o":
                case "--output":
                    line.Output = Value() ?? string.Empty;
                    if (line.Output.Length == 0)
                    {
                        return (null, "--output takes a file path");
                    }

                    break;
                case "-p":
                case "--parameters":
                    {
                        string? file = Value();
                        if (string.IsNullOrEmpty(file))
                        {
                            return (null, "--parameters takes a file path");
                        }

                        line.Parameters.Add(file!);
                        break;
                    }

                case "--config":
                    line.Config = Value();
                    if (string.IsNullOrEmpty(line.Config))
                    {
                        return (null, "--config takes a file path");
                    }

                    break;
                case "--catalog":
                    line.Catalog = Value();
                    if (string.IsNullOrEmpty(line.Catalog))
                    {
                        return (null, "--catalog takes a file path");
                    }

                    break;
                case "--baseline":
                    line.Baseline = Value();
                    if (string.IsNullOrEmpty(line.Baseline))
                    {
                        return (null, "--baseline takes a file path");
                    }

                    break;
                case "--since":
                    line.Since = Value();
                    if (string.IsNullOrEmpty(line.Since) || line.Since!.StartsWith("-", StringComparison.Ordinal))
                    {
                        // A value starting with '-' would be an option to git (SPEC §10): never passed on.
                        return (null, "--since takes a git revision (a branch, tag or commit), which does not start with '-'");
                    }

                    break;
                case "--root":
                    line.Root = Value();
                    if (string.IsNullOrEmpty(line.Root))
                    {
                        return (null, "--root takes a folder");
                    }

                    break;
                case "--max-file-size":
                    if (!double.TryParse(Value(), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out double megabytes) || megabytes <= 0)
                    {
                        return (null, "--max-file-size takes a size in MB, for example 50");
                    }

                    line.MaxFileSize = (long)(megabytes * 1024 * 1024);
                    break;
                case "--an":
                    line.SizesAn = true;
                    line.sizeFilterGiven = true;
                    break;
                case "--ac":
                    line.SizesAc = true;
                    line.sizeFilterGiven = true;
                    break;
                case "--min-vcpus":
                    {
                        string? text = Value();
                        if (!int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int minimum))
                        {
                            return (null, $"--min-vcpus takes a whole number of vCPUs, for example 4{(text is null ? string.Empty : $", not '{text}'")}");
                        }

                        line.SizesMinVCpus = minimum;
                        line.sizeFilterGiven = true;
                        break;
                    }

                case "--fail-level":
                    {
                        string? level = Value();
                        if (level is not null && level.Equals("none", StringComparison.OrdinalIgnoreCase))
                        {
                            line.FailNever = true;
                        }
                        else if (level is null || !DiagnosticLevels.TryParse(level, out var parsed) || parsed == DiagnosticLevel.None)
                        {
                            return (null, "--fail-level takes error, warning, info or none");
                        }
                        else
                        {
                            line.FailLevel = parsed;
                        }

                        break;
                    }

                default:
                    if (arg.StartsWith("-", StringComparison.Ordinal) && arg.Length > 1)
                    {
                        return (null, $"unknown option '{arg}' (see accellint --help)");
                    }

                    line.Paths.Add(arg);
                    break;
            }
        }

        if (line.sizeFilterGiven && line.Command != "sizes")
        {
            return (null, "--an, --ac and --min-vcpus filter 'accellint sizes'");
        }

        if (line.Command == "sizes")
        {
            if (line.Format is not ("text" or "json"))
            {
                return (null, "sizes writes text or json (--format text|json)");
            }

            if (line.Paths.Count > 1)
            {
                return (null, "sizes takes one PATTERN (a part of the name, or a glob such as 'Standard_D*s_v5')");
            }

            if (line.Parameters.Count > 0 || line.Baseline is not null || line.Since is not null)
            {
                return (null, "sizes reads the catalog only: --catalog, --config, --format, --output, --an, --ac, --min-vcpus");
            }
        }

        if (line.Command == "explain")
        {
            if (line.Format is not ("text" or "json"))
            {
                return (null, "explain writes text or json (--format text|json)");
            }

            if (line.Baseline is not null || line.Since is not null)
            {
                return (null, "--baseline and --since filter findings; explain reports none");
            }
        }

        return (line, null);
    }

    public const string Usage = """
        accellint: finds Azure Accelerated Networking and Accelerated Connections mistakes before deployment.

        Usage:
          accellint [lint] PATH... [options]   lint ARM templates (.json), Bicep (.bicep, .bicepparam) in files or folders
          accellint explain PATH... [options]  print the evaluated model (deployments, VMs, NICs, values and why
                                               they are known, choices or unknown) instead of findings
          accellint sizes [PATTERN] [options]  the VM sizes of the catalog (embedded, --catalog, --config): name,
                                               series, vCPUs, AN, AN required, AC eligibility; PATTERN is a part
                                               of the name or a glob (Standard_D*s_v5), case-insensitive
          accellint rules                      list every rule: ID, default level, title, help link
          accellint lsp                        language server over stdio for ARM and Bicep editors
          accellint --version

        Options:
          --format text|sarif|json|github      report format (default text; explain and sizes: text or json)
          --output FILE                        write the report to FILE instead of stdout
          --parameters FILE                    evaluate with this parameters file or .bicepparam (repeatable)
          --config FILE                        config file (default: nearest accellint.json above each file)
          --catalog FILE                       extra VM size catalog: CSV, or 'az vm list-skus' JSON
          --fail-level error|warning|info|none exit 1 when a finding is at this level or above (default warning)
          --baseline FILE                      a previous SARIF or JSON report: report only new findings
          --since GIT-REF                      report only findings in files changed since that revision
          --root DIR                           the workspace: modules, 'using' and load*() files are read only
                                               inside it (default: the folder holding .git above the paths)
          --max-file-size MB                   files larger than this are reported, not read (default 50)
          --an, --ac, --min-vcpus N            sizes: only sizes with AN, that AC can run on, with at least N vCPUs

        Exit codes: 0 nothing at or above the fail level, 1 findings at or above it, 2 usage error.
        """;
}
