using AccelLint.Bicep.Syntax;

namespace AccelLint.Core.Tests.Bicep;

/// <summary>One focused case per statement form; every case must parse without diagnostics and round-trip.</summary>
public class ParserStatementTests
{
    private static T Single<T>(string text, bool isParamsFile = false)
        where T : StatementSyntax
    {
        var tree = SyntaxAssert.ParseClean(text, isParamsFile);
        return Assert.IsType<T>(Assert.Single(tree.Root.Statements));
    }

    private static string Text(BicepSyntaxTree tree, SyntaxNode node) => tree.File.Text.Substring(node.Span.Start, node.Span.Length);

    [Fact]
    public void Target_scope_and_metadata()
    {
        var tree = SyntaxAssert.ParseClean("targetScope = 'subscription'\nmetadata description = 'A template'\n");
        var scope = Assert.IsType<TargetScopeSyntax>(tree.Root.Statements[0]);
        Assert.Equal("subscription", ((StringSyntax)scope.Value).LiteralValue);
        Assert.Same(scope, tree.Root.TargetScope);
        var metadata = Assert.IsType<MetadataDeclarationSyntax>(tree.Root.Statements[1]);
        Assert.Equal("description", metadata.Name.Name);
    }

    [Fact]
    public void Parameter_with_type_default_and_decorators()
    {
        const string text = """
            @description('The VM size')
            @sys.minLength(3)
            @allowed([
              'Standard_D2s_v3'
              'Standard_B1s'
            ])
            param vmSize string = 'Standard_D2s_v3'
            """;
        var param = Single<ParameterDeclarationSyntax>(text);
        Assert.Equal("vmSize", param.Name.Name);
        Assert.Equal("string", Assert.IsType<TypeReferenceSyntax>(param.Type).Name);
        Assert.Equal("Standard_D2s_v3", ((StringSyntax)param.DefaultValue!).LiteralValue);
        Assert.Equal(3, param.Decorators.Count);
        Assert.Equal("The VM size", ((StringSyntax)param.GetDecorator("description")!.Arguments[0]).LiteralValue);

        var minLength = param.GetDecorator("minLength")!;
        Assert.Equal("sys", minLength.Namespace);
        Assert.Equal(3UL, ((IntegerLiteralSyntax)minLength.Arguments[0]).Value);

        var allowed = (ArraySyntax)param.GetDecorator("allowed")!.Arguments[0];
        Assert.Equal(new[] { "Standard_D2s_v3", "Standard_B1s" }, allowed.Items.Cast<StringSyntax>().Select(s => s.LiteralValue));
        Assert.Equal(0, param.Span.Start);
        Assert.Null(param.GetDecorator("secure"));
    }

    [Fact]
    public void Parameter_types_nullable_union_array_and_object()
    {
        var tree = SyntaxAssert.ParseClean("""
            param a string?
            param b 'Standard_B1s' | 'Standard_D4s_v5'
            param c string[]
            param d {
              name: string
              size: int?
            } = {
              name: 'x'
              size: null
            }
            param e object
            """);
        var parameters = tree.Root.Parameters.ToList();
        Assert.IsType<NullableTypeSyntax>(parameters[0].Type);
        var union = Assert.IsType<UnionTypeSyntax>(parameters[1].Type);
        Assert.Equal(new[] { "Standard_B1s", "Standard_D4s_v5" }, union.Members.Cast<LiteralTypeSyntax>().Select(m => m.StringValue));
        Assert.IsType<ArrayTypeSyntax>(parameters[2].Type);
        var objectType = Assert.IsType<ObjectTypeSyntax>(parameters[3].Type);
        Assert.Equal(new[] { "name", "size" }, objectType.Properties.Select(p => p.Name));
        Assert.IsType<ObjectSyntax>(parameters[3].DefaultValue);
        Assert.Null(parameters[4].DefaultValue);
    }

    [Fact]
    public void Variables_untyped_and_typed()
    {
        var tree = SyntaxAssert.ParseClean("var a = 1\nvar b string = 'x'\n");
        var variables = tree.Root.Variables.ToList();
        Assert.Null(variables[0].Type);
        Assert.Equal("string", ((TypeReferenceSyntax)variables[1].Type!).Name);
        Assert.Equal("x", ((StringSyntax)variables[1].Value).LiteralValue);
    }

    [Fact]
    public void Resource_with_type_api_version_and_body()
    {
        const string text = """
            resource nic 'Microsoft.Network/networkInterfaces@2023-09-01' = {
              name: 'nic1'
              location: location
              properties: {
                enableAcceleratedNetworking: true
                auxiliaryMode: 'AcceleratedConnections'
              }
            }
            """;
        var tree = SyntaxAssert.ParseClean(text);
        var nic = Assert.Single(tree.Root.Resources);
        Assert.Equal("nic", nic.Name.Name);
        Assert.Equal("Microsoft.Network/networkInterfaces", nic.ResourceType);
        Assert.Equal("2023-09-01", nic.ApiVersion);
        Assert.False(nic.IsExisting);
        Assert.Null(nic.Condition);
        Assert.Null(nic.Loop);

        var body = nic.Body!;
        Assert.Equal(new[] { "name", "location", "properties" }, body.Properties.Select(p => p.Name));
        var properties = (ObjectSyntax)body.GetPropertyValue("properties")!;
        var accelerated = properties.GetProperty("ENABLEACCELERATEDNETWORKING")!;
        Assert.True(((BooleanLiteralSyntax)accelerated.Value).Value);
        Assert.Null(properties.GetProperty("ENABLEACCELERATEDNETWORKING", StringComparison.Ordinal));

        // Positions are exact: the key of auxiliaryMode is at line 6, column 5.
        var auxiliary = properties.GetProperty("auxiliaryMode")!;
        Assert.Equal((6, 5), tree.File.GetLinePosition(auxiliary.Key.Span.Start));
        Assert.Equal("auxiliaryMode: 'AcceleratedConnections'", Text(tree, auxiliary));
        Assert.Same(nic, auxiliary.FirstAncestor<ResourceDeclarationSyntax>());
    }

    [Fact]
    public void Existing_resource_and_nested_child_resources()
    {
        const string text = """
            resource vnet 'Microsoft.Network/virtualNetworks@2023-09-01' existing = {
              name: 'vnet'

              @description('child')
              resource subnet 'subnets' = {
                name: 'default'
                resource deeper 'x' existing = {
                  name: 'y'
                }
              }
            }
            output id string = vnet::subnet.id
            """;
        var tree = SyntaxAssert.ParseClean(text);
        var vnet = tree.Root.Resources.Single();
        Assert.True(vnet.IsExisting);
        var subnet = Assert.Single(vnet.Body!.NestedResources);
        Assert.Equal("subnet", subnet.Name.Name);
        Assert.Equal("subnets", subnet.ResourceType);
        Assert.Null(subnet.ApiVersion);
        Assert.NotNull(subnet.GetDecorator("description"));
        var deeper = Assert.Single(subnet.Body!.NestedResources);
        Assert.True(deeper.IsExisting);
        Assert.Equal(new[] { subnet, vnet }, deeper.Ancestors().OfType<ResourceDeclarationSyntax>());

        var access = Assert.IsType<PropertyAccessSyntax>(tree.Root.Outputs.Single().Value);
        var resourceAccess = Assert.IsType<ResourceAccessSyntax>(access.BaseExpression);
        Assert.Equal("subnet", resourceAccess.ResourceName.Name);
    }

    [Fact]
    public void Conditional_resource_also_with_if_on_the_next_line()
    {
        var tree = SyntaxAssert.ParseClean("""
            resource a 'T@1' = if (deploy && !skip) {
              name: 'a'
            }
            resource b 'T@1' =
              if (deploy) {
              name: 'b'
            }
            """);
        var resources = tree.Root.Resources.ToList();
        var condition = Assert.IsType<BinaryOperationSyntax>(resources[0].Condition);
        Assert.Equal(BinaryOperator.LogicalAnd, condition.Operator);
        Assert.Equal("a", ((StringSyntax)resources[0].Body!.GetPropertyValue("name")!).LiteralValue);
        Assert.IsType<VariableAccessSyntax>(resources[1].Condition);
        Assert.NotNull(resources[1].Body);
    }

    [Fact]
    public void Resource_loops_with_index_and_filter()
    {
        var tree = SyntaxAssert.ParseClean("""
            @batchSize(2)
            resource nics 'Microsoft.Network/networkInterfaces@2023-09-01' = [for (cfg, i) in configs: if (cfg.enabled) {
              name: 'nic-${i}'
            }]
            resource vms 'Microsoft.Compute/virtualMachines@2024-03-01' = [
              for vm in vmList: {
                name: vm.name
              }
            ]
            """);
        var resources = tree.Root.Resources.ToList();
        var loop = resources[0].Loop!;
        Assert.Equal("cfg", loop.ItemVariable.Name);
        Assert.Equal("i", loop.IndexVariable!.Name);
        Assert.Equal("configs", ((VariableAccessSyntax)loop.Source).Name);
        Assert.IsType<PropertyAccessSyntax>(loop.Condition);
        Assert.Same(resources[0].Condition, loop.Condition);
        var name = (StringSyntax)resources[0].Body!.GetPropertyValue("name")!;
        Assert.True(name.IsInterpolated);
        Assert.NotNull(resources[0].GetDecorator("batchSize"));

        Assert.Equal("vm", resources[1].Loop!.ItemVariable.Name);
        Assert.Null(resources[1].Loop!.IndexVariable);
        Assert.Null(resources[1].Condition);
        Assert.NotNull(resources[1].Body);
    }

    [Fact]
    public void Modules_with_path_condition_loop_and_params()
    {
        var tree = SyntaxAssert.ParseClean("""
            module nic './nic.bicep' = {
              name: 'nic'
              params: {
                vmSize: vmSize
              }
            }
            module registry 'br/public:avm/res/network/network-interface:0.5.1' = if (useRegistry) {
              name: 'reg'
            }
            module many 'ts:sub/rg/spec:1.0' = [for i in range(0, 3): {
              name: 'm${i}'
            }]
            """);
        var modules = tree.Root.Modules.ToList();
        Assert.Equal("./nic.bicep", modules[0].PathValue);
        Assert.Equal("vmSize", ((ObjectSyntax)modules[0].Body!.GetPropertyValue("params")!).Properties.Single().Name);
        Assert.NotNull(modules[1].Condition);
        Assert.Equal("br/public:avm/res/network/network-interface:0.5.1", modules[1].PathValue);
        Assert.NotNull(modules[2].Loop);
        Assert.IsType<FunctionCallSyntax>(modules[2].Loop!.Source);
    }

    [Fact]
    public void Outputs_including_resource_typed_ones()
    {
        var tree = SyntaxAssert.ParseClean("""
            output id string = nic.id
            output res resource 'Microsoft.Network/networkInterfaces@2023-09-01' = nic
            @description('maybe')
            output maybe string? = nic.?properties.?x
            """);
        var outputs = tree.Root.Outputs.ToList();
        Assert.Equal("id", outputs[0].Name.Name);
        var resourceType = Assert.IsType<ResourceTypeSyntax>(outputs[1].Type);
        Assert.Equal("Microsoft.Network/networkInterfaces", resourceType.ResourceType);
        Assert.Equal("2023-09-01", resourceType.ApiVersion);
        Assert.IsType<NullableTypeSyntax>(outputs[2].Type);
    }

    [Fact]
    public void Type_declarations()
    {
        var tree = SyntaxAssert.ParseClean("""
            @export()
            @sealed()
            type config = {
              @description('the name')
              @minLength(1)
              name: string
              'quoted-key': int
              tags: { *: string }
              sizes: ('a' | 'b')[]
              nested: {
                deep: bool?
              }
            }
            type pair = [string, int]
            type lines = [
              @description('first')
              string
              int
            ]
            type pick = config.nested.deep
            type element = string[][*]
            type values = { *: int }.*
            type first = pair[0]
            type storage = resourceInput<'Microsoft.Storage/storageAccounts@2023-01-01'>.name
            type qualified = sys.resourceOutput<'Microsoft.Network/networkInterfaces@2023-09-01'>
            type legacy = resource<'Microsoft.Network/networkInterfaces@2023-09-01'>
            type literals = -1 | 0 | true | !false | null | 'x'
            type leading =
              | 'a'
              | 'b'
            type nonNull = config!
            """);
        var types = tree.Root.Types.ToDictionary(t => t.Name.Name, t => t.Value);
        var config = Assert.IsType<ObjectTypeSyntax>(types["config"]);
        Assert.Equal(new[] { "name", "quoted-key", "tags", "sizes", "nested" }, config.Properties.Select(p => p.Name));
        Assert.Equal(2, config.Properties.First().Decorators.Count);
        Assert.NotNull(Assert.IsType<ObjectTypeSyntax>(config.Properties.ElementAt(2).Type).AdditionalProperties);
        Assert.IsType<ArrayTypeSyntax>(config.Properties.ElementAt(3).Type);
        Assert.Equal(2, tree.Root.Types.First().Decorators.Count);

        Assert.Equal(2, Assert.IsType<TupleTypeSyntax>(types["pair"]).Items.Count);
        var lines = Assert.IsType<TupleTypeSyntax>(types["lines"]);
        Assert.Single(lines.Items[0].Decorators);
        Assert.Equal("deep", Assert.IsType<TypePropertyAccessSyntax>(types["pick"]).PropertyName);
        Assert.IsType<TypeItemsAccessSyntax>(types["element"]);
        Assert.IsType<TypeAdditionalPropertiesAccessSyntax>(types["values"]);
        Assert.Equal(0UL, Assert.IsType<TypeIndexAccessSyntax>(types["first"]).Index.Value);

        var storage = Assert.IsType<TypePropertyAccessSyntax>(types["storage"]);
        var input = Assert.IsType<ParameterizedTypeSyntax>(storage.BaseType);
        Assert.Equal("resourceInput", input.Name.Name);
        Assert.Equal("Microsoft.Storage/storageAccounts@2023-01-01", input.FirstStringArgument);
        var qualified = Assert.IsType<ParameterizedTypeSyntax>(types["qualified"]);
        Assert.Equal("sys", Assert.IsType<TypeReferenceSyntax>(qualified.NamespaceType).Name);
        Assert.Equal("resource", Assert.IsType<ParameterizedTypeSyntax>(types["legacy"]).Name.Name);

        var literals = Assert.IsType<UnionTypeSyntax>(types["literals"]);
        Assert.Equal(6, literals.Members.Count);
        Assert.IsType<UnaryOperationSyntax>(((LiteralTypeSyntax)literals.Members[0]).Literal);
        Assert.Equal(2, Assert.IsType<UnionTypeSyntax>(types["leading"]).Members.Count);
        Assert.IsType<NonNullableTypeSyntax>(types["nonNull"]);
    }

    [Fact]
    public void User_defined_functions_with_typed_parameters_and_return_type()
    {
        var tree = SyntaxAssert.ParseClean("""
            @export()
            func buildName(prefix string, index int) string => '${prefix}-${index}'
            func multiLine(
              a string,
              b object?,
            ) object => {
              a: a
              b: b
            }
            func noArgs() array => []
            """);
        var functions = tree.Root.Functions.ToList();
        Assert.Equal(new[] { "prefix", "index" }, functions[0].Parameters.Select(p => p.Name.Name));
        Assert.Equal("int", ((TypeReferenceSyntax)functions[0].Parameters[1].Type!).Name);
        Assert.Equal("string", ((TypeReferenceSyntax)functions[0].ReturnType!).Name);
        Assert.IsType<StringSyntax>(functions[0].Body);
        Assert.IsType<NullableTypeSyntax>(functions[1].Parameters[1].Type);
        Assert.IsType<ObjectSyntax>(functions[1].Body);
        Assert.Empty(functions[2].Parameters);
    }

    [Fact]
    public void Compile_time_imports_in_every_form()
    {
        var tree = SyntaxAssert.ParseClean("""
            import {a, b as c} from './x.bicep'
            import * as ns from 'br/public:avm/utl/types/avm-common-types:0.5.1'
            import {
              'not-an-identifier' as valid
              plain
            } from 'types.bicep'
            """);
        var imports = tree.Root.Imports.ToList();
        Assert.Equal(new[] { "a", "b" }, imports[0].Symbols.Select(s => s.Name));
        Assert.Equal(new[] { "a", "c" }, imports[0].Symbols.Select(s => s.LocalName));
        Assert.Equal("./x.bicep", imports[0].FromPath);
        Assert.False(imports[0].IsWildcard);

        Assert.True(imports[1].IsWildcard);
        Assert.Equal("ns", imports[1].WildcardAlias!.Name);
        Assert.Empty(imports[1].Symbols);

        Assert.Equal(new[] { "not-an-identifier", "plain" }, imports[2].Symbols.Select(s => s.Name));
        Assert.Equal(new[] { "valid", "plain" }, imports[2].Symbols.Select(s => s.LocalName));
    }

    [Fact]
    public void Extensions_and_legacy_provider_imports()
    {
        var tree = SyntaxAssert.ParseClean("""
            extension az
            extension kubernetes with {
              namespace: 'default'
              kubeConfig: kubeConfig
            } as k8s
            extension 'br:mcr.microsoft.com/bicep/extensions/x/v1:1.2.3' as x
            provider microsoftGraph
            import 'az@1.0.0'
            import 'kubernetes@1.0.0' with { namespace: 'n' } as k
            """);
        var extensions = tree.Root.Statements.Cast<ExtensionDeclarationSyntax>().ToList();
        Assert.Equal(6, extensions.Count);
        Assert.Equal("az", extensions[0].SpecificationText);
        Assert.Null(extensions[0].Config);
        Assert.Equal("k8s", extensions[1].Alias!.Name);
        Assert.Equal(2, ((ObjectSyntax)extensions[1].Config!).Members.Count);
        Assert.Equal("br:mcr.microsoft.com/bicep/extensions/x/v1:1.2.3", extensions[2].SpecificationText);
        Assert.Equal("provider", extensions[3].Keyword!.Text);
        Assert.Equal("import", extensions[4].Keyword!.Text);
        Assert.Equal("az@1.0.0", extensions[4].SpecificationText);
        Assert.Equal("k", extensions[5].Alias!.Name);
    }

    [Fact]
    public void Test_and_assert_statements()
    {
        var tree = SyntaxAssert.ParseClean("""
            test testMain 'samples/main.bicep' = {
              params: {
                env: 'prod'
              }
            }
            assert nameIsValid = length(name) < 24
            """);
        var test = Assert.IsType<TestDeclarationSyntax>(tree.Root.Statements[0]);
        Assert.Equal("samples/main.bicep", test.PathValue);
        var assertion = Assert.IsType<AssertDeclarationSyntax>(tree.Root.Statements[1]);
        Assert.Equal(BinaryOperator.LessThan, ((BinaryOperationSyntax)assertion.Value).Operator);
    }

    [Fact]
    public void Bicepparam_files_using_extends_params_and_extension_config()
    {
        const string text = """
            using './main.bicep'

            extends 'shared.bicepparam'

            import { person } from 'types.bicep'

            param vmSize = 'Standard_D4s_v5'
            param count = 2 + 1
            var prefix = 'x'
            param tags = {
              env: prefix
            }

            extensionConfig k8s with {
              namespace: 'default'
            }
            """;
        var tree = SyntaxAssert.ParseClean(text, isParamsFile: true);
        Assert.True(tree.IsParamsFile);
        Assert.True(tree.Root.IsParamsFile);
        var usingStatement = tree.Root.Using!;
        Assert.Equal("./main.bicep", usingStatement.PathValue);
        Assert.False(usingStatement.IsNone);
        Assert.Equal("shared.bicepparam", tree.Root.Statements.OfType<ExtendsDeclarationSyntax>().Single().PathValue);
        var assignments = tree.Root.ParameterAssignments.ToList();
        Assert.Equal(new[] { "vmSize", "count", "tags" }, assignments.Select(a => a.Name.Name));
        Assert.Equal("Standard_D4s_v5", ((StringSyntax)assignments[0].Value).LiteralValue);
        var config = tree.Root.Statements.OfType<ExtensionConfigAssignmentSyntax>().Single();
        Assert.Equal("k8s", config.Name.Name);
        Assert.IsType<ObjectSyntax>(config.Config);
    }

    [Fact]
    public void Bicepparam_using_none_and_using_with_config()
    {
        Assert.True(Single<UsingDeclarationSyntax>("using none\n", isParamsFile: true).IsNone);
        var withConfig = Single<UsingDeclarationSyntax>("using 'main.bicep' with {\n  mode: 'stack'\n}\n", isParamsFile: true);
        Assert.Equal("main.bicep", withConfig.PathValue);
        Assert.IsType<ObjectSyntax>(withConfig.Config);
    }

    [Fact]
    public void The_file_extension_selects_the_params_grammar()
    {
        var tree = BicepParser.Parse(new AccelLint.Text.SourceFile("dir/prod.bicepparam", "using 'main.bicep'\nparam a = 1\n"));
        Assert.True(tree.IsParamsFile);
        Assert.Empty(tree.Diagnostics);
        Assert.IsType<ParameterAssignmentSyntax>(tree.Root.Statements[1]);

        // The same text as a .bicep file: 'using' does not belong there and a parameter needs a type.
        Assert.NotEmpty(BicepParser.Parse("using 'main.bicep'\nparam a = 1\n").Diagnostics);
    }

    [Fact]
    public void Statements_keep_their_order_and_blank_lines_and_comments_are_not_statements()
    {
        var tree = SyntaxAssert.ParseClean("// c\n\nparam a int\n\n/* x */\nvar b = a\n\noutput c int = b\n");
        Assert.Equal(new[] { typeof(ParameterDeclarationSyntax), typeof(VariableDeclarationSyntax), typeof(OutputDeclarationSyntax) }, tree.Root.Statements.Select(s => s.GetType()));
        Assert.All(tree.Root.Statements, s => Assert.Same(tree.Root, s.Parent));
    }
}
