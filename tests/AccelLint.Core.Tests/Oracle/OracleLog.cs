using Xunit.Abstractions;
using Xunit.Sdk;

namespace AccelLint.Core.Tests.Oracle;

/// <summary>
/// What the oracle tests count (files compiled, compared, in agreement) printed in the plain
/// <c>dotnet test</c> output as xUnit diagnostic messages (<c>xunit.runner.json</c> turns them on),
/// as well as in each test's own output.
/// </summary>
public sealed class OracleLog
{
    private readonly IMessageSink sink;

    public OracleLog(IMessageSink sink) => this.sink = sink;

    /// <summary>An output that writes to the test's output and to the run's console.</summary>
    public ITestOutputHelper Tee(ITestOutputHelper output) => new TeeOutput(output, sink);

    private sealed class TeeOutput(ITestOutputHelper output, IMessageSink sink) : ITestOutputHelper
    {
        public void WriteLine(string message)
        {
            output.WriteLine(message);
            sink.OnMessage(new DiagnosticMessage(message));
        }

        public void WriteLine(string format, params object[] args) => WriteLine(string.Format(System.Globalization.CultureInfo.InvariantCulture, format, args));
    }
}
