namespace AccelLint.Bicep.Syntax;

/// <summary>The root: a file's statements in order (blank lines are not statements).</summary>
public sealed class ProgramSyntax : SyntaxNode
{
    internal ProgramSyntax(IReadOnlyList<StatementSyntax> statements, Token endOfFile, bool isParamsFile)
        : base(new Text.TextSpan(0, endOfFile.Span.End))
    {
        Statements = AdoptAll(statements);
        EndOfFile = endOfFile;
        IsParamsFile = isParamsFile;
    }

    public IReadOnlyList<StatementSyntax> Statements { get; }

    public Token EndOfFile { get; }

    /// <summary>True when parsed as a <c>.bicepparam</c> file.</summary>
    public bool IsParamsFile { get; }

    public IEnumerable<ParameterDeclarationSyntax> Parameters => Statements.OfType<ParameterDeclarationSyntax>();

    public IEnumerable<ParameterAssignmentSyntax> ParameterAssignments => Statements.OfType<ParameterAssignmentSyntax>();

    public IEnumerable<VariableDeclarationSyntax> Variables => Statements.OfType<VariableDeclarationSyntax>();

    /// <summary>Top-level resources; nested ones are in their parents' bodies (<see cref="ObjectSyntax.NestedResources"/>).</summary>
    public IEnumerable<ResourceDeclarationSyntax> Resources => Statements.OfType<ResourceDeclarationSyntax>();

    public IEnumerable<ModuleDeclarationSyntax> Modules => Statements.OfType<ModuleDeclarationSyntax>();

    public IEnumerable<OutputDeclarationSyntax> Outputs => Statements.OfType<OutputDeclarationSyntax>();

    public IEnumerable<TypeDeclarationSyntax> Types => Statements.OfType<TypeDeclarationSyntax>();

    public IEnumerable<FunctionDeclarationSyntax> Functions => Statements.OfType<FunctionDeclarationSyntax>();

    public IEnumerable<ImportDeclarationSyntax> Imports => Statements.OfType<ImportDeclarationSyntax>();

    public UsingDeclarationSyntax? Using => Statements.OfType<UsingDeclarationSyntax>().FirstOrDefault();

    public TargetScopeSyntax? TargetScope => Statements.OfType<TargetScopeSyntax>().FirstOrDefault();

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitProgram(this);
}
