namespace AccelLint.Bicep.Syntax;

internal static class DeclarationBodies
{
    /// <summary>The object of a resource/module value: <c>{...}</c>, <c>if (c) {...}</c>, <c>[for ...: {...}]</c> or <c>[for ...: if (c) {...}]</c>.</summary>
    public static ObjectSyntax? BodyOf(ExpressionSyntax value) => value switch
    {
        ObjectSyntax body => body,
        IfConditionSyntax conditional => conditional.Body as ObjectSyntax,
        ForSyntax loop => loop.LoopBody as ObjectSyntax,
        _ => null,
    };
}
