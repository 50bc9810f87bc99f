using System.Text;
using AccelLint.Bicep.Syntax;
using AccelLint.Evaluation;
using AccelLint.Model;
using Newtonsoft.Json.Linq;

namespace AccelLint.Bicep.Semantics;

/// <summary>
/// The load functions, which the compiler inlines: <c>loadTextContent(path, encoding?)</c>,
/// <c>loadFileAsBase64(path)</c>, <c>loadJsonContent(path, jsonPath?, encoding?)</c> and
/// <c>loadYamlContent(path, pathFilter?, encoding?)</c>, the path relative to the Bicep file.
/// A missing file is ACCEL000 at the path argument, where the compiler puts BCP091.
/// </summary>
internal sealed partial class BicepInstance
{
    private Value Load(FunctionCallSyntax call, BicepLocals locals)
    {
        if (call.Arguments.Count == 0 || Evaluate(call.Arguments[0], locals) is not StringValue { Value: var relative })
        {
            return UnknownValue.Instance;
        }

        string function = call.FunctionName.ToLowerInvariant();
        string? full = ResolveFrom(File.Path, relative);
        if (full is not null && host.Refusal(full) is { } refusal)
        {
            ReportInvalid(call.Arguments[0].Span, $"{call.FunctionName}() did not read '{relative}'", refusal);
            return UnknownValue.Instance;
        }

        byte[]? bytes = full is null ? null : host.ReadFile(full);
        if (bytes is null)
        {
            ReportInvalid(call.Arguments[0].Span, $"{call.FunctionName}() cannot read '{relative}'", $"the file is missing (relative to {Path.GetFileName(File.Path)})");
            return UnknownValue.Instance;
        }

        if (function == "loadfileasbase64")
        {
            return new StringValue(Convert.ToBase64String(bytes));
        }

        int encodingArgument = function == "loadtextcontent" ? 1 : 2;
        string? encodingName = encodingArgument < call.Arguments.Count ? Evaluate(call.Arguments[encodingArgument], locals).AsString() : "utf-8";
        if (encodingName is null || Decode(bytes, encodingName) is not { } text)
        {
            return UnknownValue.Instance;
        }

        string? filter = function != "loadtextcontent" && call.Arguments.Count > 1 ? Evaluate(call.Arguments[1], locals).AsString() : null;
        switch (function)
        {
            case "loadtextcontent":
                return new StringValue(text);
            case "loadjsoncontent":
                try
                {
                    return Select(JToken.Parse(text), filter);
                }
                catch (Newtonsoft.Json.JsonException)
                {
                    ReportInvalid(call.Arguments[0].Span, $"loadJsonContent() cannot parse '{relative}'", "it is not valid JSON");
                    return UnknownValue.Instance;
                }

            default:
                return YamlSubset.Parse(text) is { } yaml ? Select(yaml, filter) : UnknownValue.Instance;
        }
    }

    /// <summary>The tokens a JSONPath selects (one: itself; several: an array); the whole document without a path.</summary>
    private static Value Select(JToken document, string? path)
    {
        if (string.IsNullOrEmpty(path))
        {
            return BuiltinFunctions.FromJToken(document, 0);
        }

        try
        {
            var selected = document.SelectTokens(path!).ToList();
            return selected.Count == 1 ? BuiltinFunctions.FromJToken(selected[0], 0) : new ListValue(selected.Select(t => BuiltinFunctions.FromJToken(t, 0)).ToList());
        }
        catch (Newtonsoft.Json.JsonException)
        {
            return UnknownValue.Instance;
        }
    }

    /// <summary>The encodings Bicep accepts; a byte-order mark is dropped, as the compiler does.</summary>
    private static string? Decode(byte[] bytes, string encoding)
    {
        Encoding? decoder = encoding.ToLowerInvariant() switch
        {
            "utf-8" => new UTF8Encoding(false),
            "us-ascii" => Encoding.ASCII,
            "iso-8859-1" => Encoding.GetEncoding("iso-8859-1"),
            "utf-16" => Encoding.Unicode,
            "utf-16be" => Encoding.BigEndianUnicode,
            _ => null,
        };
        return decoder?.GetString(bytes).TrimStart('\uFEFF');
    }
}
