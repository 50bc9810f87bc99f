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

    /// <summary>The condition of <c>if (c) {...}</c>, or the filter of a loop <c>[for ...: if (c) {...}]</c>.</summary>
    public static ExpressionSyntax? ConditionOf(ExpressionSyntax value) => value switch
    {
        IfConditionSyntax conditional => conditional.Condition,
        ForSyntax loop => loop.Condition,
        _ => null,
    };
}
