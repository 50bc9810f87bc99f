using System.Collections.Concurrent;
using AccelLint.Diagnostics;
using AccelLint.Engine;
using Xunit.Abstractions;

namespace AccelLint.Core.Tests.Oracle;

/// <summary>
/// The Bicep front end's parser against the real compiler (0.49.2), over every <c>.bicep</c> and
/// <c>.bicepparam</c> file of the corpus, each linted alone:
/// (a) a file the compiler accepts (no error in that file) gets no ACCEL000 (SPEC §4);
/// (b) a file where the compiler reports a syntax error (a code its lexer or parser emits) gets a syntax
/// ACCEL000, the first of them on the line of the compiler's first syntax error (after that, the two
/// parsers recover differently).
/// (c) a file where the compiler reports only semantic errors (types, scopes, unresolved modules...,
/// which the linter does not model) gets no syntax ACCEL000: the compiler's parser accepted it.
/// </summary>
public class CompilerSyntaxOracleTests : IClassFixture<OracleLog>
{
    /// <summary>
    /// The codes the Bicep lexer (<c>Parsing/Lexer.cs</c>) and parsers (<c>BaseParser.cs</c>, <c>Parser.cs</c>,
    /// <c>ParamsParser.cs</c>) report, with the <c>DiagnosticBuilder</c> method (or the message) behind each. Left out on
    /// purpose: the parse-tree checks that are not grammar (BCP025 duplicate property, BCP112 duplicate
    /// targetScope), codes the parser shares with semantic checks (BCP032 compile-time constant), and
    /// errors on a part the parser skipped that only the binder reports (BCP090, BCP358 missing path).
    /// </summary>
    internal static readonly IReadOnlyDictionary<string, string> SyntaxCodes = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["BCP001"] = "UnrecognizedToken (lexer)",
        ["BCP002"] = "UnterminatedMultilineComment (lexer)",
        ["BCP003"] = "UnterminatedString (lexer)",
        ["BCP004"] = "UnterminatedStringWithNewLine (lexer)",
        ["BCP005"] = "UnterminatedStringEscapeSequenceAtEof (lexer)",
        ["BCP006"] = "UnterminatedStringEscapeSequenceUnrecognized (lexer)",
        ["BCP007"] = "UnrecognizedDeclaration (parser)",
        ["BCP008"] = "ExpectedParameterContinuation (parser)",
        ["BCP009"] = "UnrecognizedExpression (parser)",
        ["BCP010"] = "InvalidInteger (parser)",
        ["BCP011"] = "InvalidType (parser)",
        ["BCP012"] = "ExpectedKeyword (parser)",
        ["BCP013"] = "ExpectedParameterIdentifier (parser)",
        ["BCP015"] = "ExpectedVariableIdentifier (parser)",
        ["BCP016"] = "ExpectedOutputIdentifier (parser)",
        ["BCP017"] = "ExpectedResourceIdentifier (parser)",
        ["BCP018"] = "ExpectedCharacter (parser)",
        ["BCP019"] = "ExpectedNewLine (parser)",
        ["BCP020"] = "ExpectedFunctionOrPropertyName (parser)",
        ["BCP021"] = "ExpectedNumericLiteral (parser)",
        ["BCP022"] = "ExpectedPropertyName (parser)",
        ["BCP023"] = "ExpectedVariableOrFunctionName (parser)",
        ["BCP024"] = "IdentifierNameExceedsLimit (lexer)",
        ["BCP064"] = "UnexpectedTokensInInterpolation (parser)",
        ["BCP068"] = "ExpectedResourceTypeString (parser)",
        ["BCP096"] = "ExpectedModuleIdentifier (parser)",
        ["BCP097"] = "ExpectedModulePathString (parser)",
        ["BCP103"] = "DoubleQuoteToken (lexer)",
        ["BCP117"] = "EmptyIndexerNotAllowed (parser)",
        ["BCP118"] = "ExpectBodyStartOrIfOrLoopStart (parser)",
        ["BCP123"] = "ExpectedNamespaceOrDecoratorName (parser)",
        ["BCP132"] = "\"Expected a declaration after the decorator\" (a dangling decorator)",
        ["BCP140"] = "UnterminatedMultilineString (lexer)",
        ["BCP153"] = "\"Expected a resource or module declaration after the decorator\" (a dangling decorator in a body)",
        ["BCP162"] = "ExpectedLoopItemIdentifierOrVariableBlockStart (parser)",
        ["BCP167"] = "ExpectBodyStartOrIf (parser)",
        ["BCP202"] = "ExpectedProviderAliasName (parser)",
        ["BCP226"] = "MissingDiagnosticCodes (lexer)",
        ["BCP236"] = "ExpectedNewLineOrCommaSeparator (parser)",
        ["BCP237"] = "ExpectedCommaSeparator (parser)",
        ["BCP238"] = "UnexpectedNewLineAfterCommaSeparator (parser)",
        ["BCP243"] = "ParenthesesMustHaveExactlyOneItem (parser)",
        ["BCP249"] = "ExpectedLoopVariableBlockWith2Elements (parser)",
        ["BCP266"] = "ExpectedMetadataIdentifier (parser)",
        ["BCP279"] = "UnrecognizedTypeExpression (parser)",
        ["BCP292"] = "\"Expected a parameter, output, or type declaration after the decorator\" (a dangling decorator)",
        ["BCP300"] = "ExpectedTypeLiteral (parser)",
        ["BCP322"] = "SafeDereferenceNotPermittedOnInstanceFunctions (parser)",
        ["BCP325"] = "ExpectedTypeIdentifier (parser)",
        ["BCP337"] = "\"This declaration type is not valid for a Bicep Parameters file\" (params parser)",
        ["BCP346"] = "ExpectedTestIdentifier (parser)",
        ["BCP347"] = "ExpectedTestPathString (parser)",
    };

    /// <summary>How the Bicep front end words its ACCEL000 for a syntax error (others are about modules, values...).</summary>
    private const string SyntaxErrorPrefix = "Bicep syntax error:";

    private readonly ITestOutputHelper output;

    public CompilerSyntaxOracleTests(ITestOutputHelper output, OracleLog log) => this.output = log.Tee(output);

    [SkippableFact]
    public void Corpus_bicep_files_get_ACCEL000_exactly_where_the_compiler_finds_a_syntax_error()
    {
        Skip.If(BicepCompiler.Unavailable is not null, BicepCompiler.Unavailable);
        string? corpus = CorpusTests.CorpusFolder();
        Skip.If(corpus is null, "the corpus (../shared/corpus) is absent");

        var report = Compare(BicepCompiler.CompileFolder(corpus!));
        Assert.True(report.Accepted >= 500, $"expected most corpus .bicep files to be compared as accepted, got {report.Accepted}\n{report}");
        Assert.True(report.SyntaxErrors >= 20, $"expected the corpus' invalid samples to be compared, got {report.SyntaxErrors}\n{report}");
        Assert.True(report.Disagreements.Count == 0, report.ToString());
    }

    [SkippableFact]
    public void Corpus_bicepparam_files_get_ACCEL000_exactly_where_the_compiler_finds_a_syntax_error()
    {
        Skip.If(BicepCompiler.Unavailable is not null, BicepCompiler.Unavailable);
        string? corpus = CorpusTests.CorpusFolder();
        Skip.If(corpus is null, "the corpus (../shared/corpus) is absent");

        var report = Compare(BicepCompiler.CompileParamsFolder(corpus!));
        Assert.True(report.Accepted >= 8, $"expected the corpus' valid .bicepparam files to be compared, got {report.Accepted}\n{report}");
        Assert.True(report.SyntaxErrors >= 1, $"expected the corpus' invalid .bicepparam samples to be compared, got {report.SyntaxErrors}\n{report}");
        Assert.True(report.Disagreements.Count == 0, report.ToString());
    }

    private Report Compare(CompiledFolder compiled)
    {
        var accepted = new ConcurrentBag<string>();
        var syntaxErrors = new ConcurrentBag<string>();
        var disagreements = new ConcurrentBag<string>();
        var semanticOnly = new ConcurrentBag<string>();
        Parallel.ForEach(compiled.Sources, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, source =>
        {
            var errors = compiled.DiagnosticsOf(source).Where(d => d.IsError).ToList();
            var syntax = errors.Where(d => SyntaxCodes.ContainsKey(d.Code)).ToList();
            var result = LintEngine.Lint(new LintOptions { Paths = new[] { source }, WorkspaceRoots = FormComparison.AnyFile });
            var invalid = result.Findings
                .Where(f => f.RuleId == RuleIds.InvalidInput && string.Equals(Path.GetFullPath(f.Location.File.Path), source, StringComparison.Ordinal))
                .ToList();
            string name = Path.GetRelativePath(compiled.SourceRoot, source);
            if (errors.Count > 0 && syntax.Count == 0)
            {
                // The compiler's parser found nothing wrong: neither may ours.
                semanticOnly.Add(source);
                foreach (var finding in invalid.Where(f => f.Message.StartsWith(SyntaxErrorPrefix, StringComparison.Ordinal)))
                {
                    var location = finding.Resolve();
                    disagreements.Add($"{name}({location.Line},{location.Column}): the compiler reports no syntax error (only {errors[0].Code}), AccelLint: {finding.Message}");
                }
            }
            else if (errors.Count == 0)
            {
                accepted.Add(source);
                foreach (var finding in invalid)
                {
                    var location = finding.Resolve();
                    disagreements.Add($"{name}({location.Line},{location.Column}): the compiler accepts the file, AccelLint: {finding.Message}");
                }
            }
            else
            {
                syntaxErrors.Add(source);
                var first = syntax.OrderBy(d => d.Line).ThenBy(d => d.Column).First();
                var ours = invalid.Where(f => f.Message.StartsWith(SyntaxErrorPrefix, StringComparison.Ordinal))
                    .Select(f => f.Resolve()).OrderBy(l => l.Line).ThenBy(l => l.Column).FirstOrDefault();
                if (ours is null)
                {
                    disagreements.Add($"{name}({first.Line},{first.Column}): no syntax ACCEL000, the compiler: {first.Code} {Plain(first.Message)}");
                }
                else if (ours.Line != first.Line)
                {
                    disagreements.Add($"{name}: the first syntax error is at line {first.Line} for the compiler ({first.Code} {Plain(first.Message)}), at line {ours.Line} for AccelLint");
                }
            }
        });

        string kind = compiled.Sources.Count == 0 ? string.Empty : Path.GetExtension(compiled.Sources[0]) + " ";
        var report = new Report(kind, compiled.Sources.Count, accepted.Count, syntaxErrors.Count, semanticOnly.Count, disagreements.OrderBy(d => d, StringComparer.Ordinal).ToList());
        output.WriteLine(report.ToString());
        return report;
    }

    /// <summary>A compiler message without its help link.</summary>
    private static string Plain(string message)
    {
        int link = message.IndexOf(" [https://", StringComparison.Ordinal);
        return link < 0 ? message : message[..link];
    }

    private sealed record Report(string Kind, int Files, int Accepted, int SyntaxErrors, int SemanticOnly, IReadOnlyList<string> Disagreements)
    {
        public override string ToString() =>
            $"compiler syntax oracle, {Files} corpus {Kind}files: {Accepted} accepted by the compiler (must have no ACCEL000), {SyntaxErrors} with a syntax error (must have a syntax ACCEL000 on the line of the first), " +
            $"{SemanticOnly} with only semantic errors (must have no syntax ACCEL000); {Disagreements.Count} disagreements" +
            (Disagreements.Count == 0 ? "." : ":\n" + string.Join("\n", Disagreements));
    }
}
