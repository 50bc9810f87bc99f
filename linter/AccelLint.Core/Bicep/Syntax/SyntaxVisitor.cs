namespace AccelLint.Bicep.Syntax;

/// <summary>
/// Visits a syntax tree. Every method's default visits the node's children in source order, so a
/// subclass overrides only the nodes it cares about (calling base to keep descending).
/// The parser bounds nesting (<see cref="BicepParser.MaxNestingDepth"/>), so the recursion is bounded too.
/// </summary>
public abstract class SyntaxVisitor
{
    public void Visit(SyntaxNode? node) => node?.Accept(this);

    public virtual void VisitProgram(ProgramSyntax node) => VisitAll(node.Statements);

    // ---- statements ----
    public virtual void VisitTargetScope(TargetScopeSyntax node)
    {
        VisitAll(node.Decorators);
        Visit(node.Value);
    }

    public virtual void VisitMetadataDeclaration(MetadataDeclarationSyntax node)
    {
        VisitAll(node.Decorators);
        Visit(node.Name);
        Visit(node.Value);
    }

    public virtual void VisitParameterDeclaration(ParameterDeclarationSyntax node)
    {
        VisitAll(node.Decorators);
        Visit(node.Name);
        Visit(node.Type);
        Visit(node.DefaultValue);
    }

    public virtual void VisitParameterAssignment(ParameterAssignmentSyntax node)
    {
        VisitAll(node.Decorators);
        Visit(node.Name);
        Visit(node.Type);
        Visit(node.Value);
    }

    public virtual void VisitVariableDeclaration(VariableDeclarationSyntax node)
    {
        VisitAll(node.Decorators);
        Visit(node.Name);
        Visit(node.Type);
        Visit(node.Value);
    }

    public virtual void VisitResourceDeclaration(ResourceDeclarationSyntax node)
    {
        VisitAll(node.Decorators);
        Visit(node.Name);
        Visit(node.TypeString);
        Visit(node.Value);
    }

    public virtual void VisitModuleDeclaration(ModuleDeclarationSyntax node)
    {
        VisitAll(node.Decorators);
        Visit(node.Name);
        Visit(node.Path);
        Visit(node.Value);
    }

    public virtual void VisitOutputDeclaration(OutputDeclarationSyntax node)
    {
        VisitAll(node.Decorators);
        Visit(node.Name);
        Visit(node.Type);
        Visit(node.Value);
    }

    public virtual void VisitTypeDeclaration(TypeDeclarationSyntax node)
    {
        VisitAll(node.Decorators);
        Visit(node.Name);
        Visit(node.Value);
    }

    public virtual void VisitFunctionDeclaration(FunctionDeclarationSyntax node)
    {
        VisitAll(node.Decorators);
        Visit(node.Name);
        Visit(node.Lambda);
    }

    public virtual void VisitImportDeclaration(ImportDeclarationSyntax node)
    {
        VisitAll(node.Decorators);
        VisitAll(node.Symbols);
        Visit(node.WildcardAlias);
        Visit(node.From);
    }

    public virtual void VisitImportedSymbol(ImportedSymbolSyntax node)
    {
        Visit(node.OriginalName);
        Visit(node.Alias);
    }

    public virtual void VisitExtensionDeclaration(ExtensionDeclarationSyntax node)
    {
        VisitAll(node.Decorators);
        Visit(node.Specification);
        Visit(node.Config);
        Visit(node.Alias);
    }

    public virtual void VisitUsingDeclaration(UsingDeclarationSyntax node)
    {
        VisitAll(node.Decorators);
        Visit(node.Path);
        Visit(node.Config);
    }

    public virtual void VisitExtendsDeclaration(ExtendsDeclarationSyntax node)
    {
        VisitAll(node.Decorators);
        Visit(node.Path);
    }

    public virtual void VisitExtensionConfigAssignment(ExtensionConfigAssignmentSyntax node)
    {
        VisitAll(node.Decorators);
        Visit(node.Name);
        Visit(node.Config);
    }

    public virtual void VisitTestDeclaration(TestDeclarationSyntax node)
    {
        VisitAll(node.Decorators);
        Visit(node.Name);
        Visit(node.Path);
        Visit(node.Value);
    }

    public virtual void VisitAssertDeclaration(AssertDeclarationSyntax node)
    {
        VisitAll(node.Decorators);
        Visit(node.Name);
        Visit(node.Value);
    }

    public virtual void VisitMissingDeclaration(MissingDeclarationSyntax node) => VisitAll(node.Decorators);

    public virtual void VisitSkippedStatement(SkippedStatementSyntax node)
    {
    }

    public virtual void VisitDecorator(DecoratorSyntax node) => Visit(node.Expression);

    public virtual void VisitIdentifier(IdentifierSyntax node)
    {
    }

    // ---- expressions ----
    public virtual void VisitString(StringSyntax node) => VisitAll(node.Expressions);

    public virtual void VisitIntegerLiteral(IntegerLiteralSyntax node)
    {
    }

    public virtual void VisitBooleanLiteral(BooleanLiteralSyntax node)
    {
    }

    public virtual void VisitNullLiteral(NullLiteralSyntax node)
    {
    }

    public virtual void VisitArray(ArraySyntax node) => VisitAll(node.Items);

    public virtual void VisitObject(ObjectSyntax node) => VisitAll(node.Members);

    public virtual void VisitObjectProperty(ObjectPropertySyntax node)
    {
        Visit(node.Key);
        Visit(node.Value);
    }

    public virtual void VisitSpread(SpreadSyntax node) => Visit(node.Expression);

    public virtual void VisitVariableAccess(VariableAccessSyntax node) => Visit(node.Identifier);

    public virtual void VisitPropertyAccess(PropertyAccessSyntax node)
    {
        Visit(node.BaseExpression);
        Visit(node.Property);
    }

    public virtual void VisitArrayAccess(ArrayAccessSyntax node)
    {
        Visit(node.BaseExpression);
        Visit(node.IndexExpression);
    }

    public virtual void VisitResourceAccess(ResourceAccessSyntax node)
    {
        Visit(node.BaseExpression);
        Visit(node.ResourceName);
    }

    public virtual void VisitNonNullAssertion(NonNullAssertionSyntax node) => Visit(node.BaseExpression);

    public virtual void VisitFunctionCall(FunctionCallSyntax node)
    {
        Visit(node.BaseExpression);
        Visit(node.Name);
        VisitAll(node.Arguments);
    }

    public virtual void VisitUnaryOperation(UnaryOperationSyntax node) => Visit(node.Operand);

    public virtual void VisitBinaryOperation(BinaryOperationSyntax node)
    {
        Visit(node.Left);
        Visit(node.Right);
    }

    public virtual void VisitTernary(TernarySyntax node)
    {
        Visit(node.Condition);
        Visit(node.TrueExpression);
        Visit(node.FalseExpression);
    }

    public virtual void VisitParenthesizedExpression(ParenthesizedExpressionSyntax node) => Visit(node.Expression);

    public virtual void VisitLambda(LambdaSyntax node)
    {
        VisitAll(node.Parameters);
        Visit(node.ReturnType);
        Visit(node.Body);
    }

    public virtual void VisitLambdaParameter(LambdaParameterSyntax node)
    {
        Visit(node.Name);
        Visit(node.Type);
    }

    public virtual void VisitFor(ForSyntax node)
    {
        Visit(node.ItemVariable);
        Visit(node.IndexVariable);
        Visit(node.Source);
        Visit(node.Body);
    }

    public virtual void VisitIfCondition(IfConditionSyntax node)
    {
        Visit(node.ConditionExpression);
        Visit(node.Body);
    }

    public virtual void VisitErrorExpression(ErrorExpressionSyntax node)
    {
    }

    // ---- types ----
    public virtual void VisitTypeReference(TypeReferenceSyntax node) => Visit(node.Identifier);

    public virtual void VisitTypePropertyAccess(TypePropertyAccessSyntax node)
    {
        Visit(node.BaseType);
        Visit(node.Property);
    }

    public virtual void VisitTypeAdditionalPropertiesAccess(TypeAdditionalPropertiesAccessSyntax node) => Visit(node.BaseType);

    public virtual void VisitTypeItemsAccess(TypeItemsAccessSyntax node) => Visit(node.BaseType);

    public virtual void VisitTypeIndexAccess(TypeIndexAccessSyntax node)
    {
        Visit(node.BaseType);
        Visit(node.Index);
    }

    public virtual void VisitArrayType(ArrayTypeSyntax node) => Visit(node.ElementType);

    public virtual void VisitNullableType(NullableTypeSyntax node) => Visit(node.BaseType);

    public virtual void VisitNonNullableType(NonNullableTypeSyntax node) => Visit(node.BaseType);

    public virtual void VisitUnionType(UnionTypeSyntax node) => VisitAll(node.Members);

    public virtual void VisitLiteralType(LiteralTypeSyntax node) => Visit(node.Literal);

    public virtual void VisitObjectType(ObjectTypeSyntax node) => VisitAll(node.Members);

    public virtual void VisitObjectTypeProperty(ObjectTypePropertySyntax node)
    {
        VisitAll(node.Decorators);
        Visit(node.Key);
        Visit(node.Type);
    }

    public virtual void VisitObjectTypeAdditionalProperties(ObjectTypeAdditionalPropertiesSyntax node)
    {
        VisitAll(node.Decorators);
        Visit(node.Type);
    }

    public virtual void VisitTupleType(TupleTypeSyntax node) => VisitAll(node.Items);

    public virtual void VisitTupleTypeItem(TupleTypeItemSyntax node)
    {
        VisitAll(node.Decorators);
        Visit(node.Type);
    }

    public virtual void VisitParenthesizedType(ParenthesizedTypeSyntax node) => Visit(node.Type);

    public virtual void VisitResourceType(ResourceTypeSyntax node) => Visit(node.TypeString);

    public virtual void VisitParameterizedType(ParameterizedTypeSyntax node)
    {
        Visit(node.NamespaceType);
        Visit(node.Name);
        VisitAll(node.Arguments);
    }

    public virtual void VisitErrorType(ErrorTypeSyntax node)
    {
    }

    protected void VisitAll<T>(IReadOnlyList<T> nodes)
        where T : SyntaxNode
    {
        for (int i = 0; i < nodes.Count; i++)
        {
            nodes[i].Accept(this);
        }
    }
}
