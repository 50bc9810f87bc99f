using AccelLint.Samples.CSharp;

// Builds the request bodies a deployment tool would send with
// resourceGroup.GetVirtualMachines().CreateOrUpdateAsync(...) and
// resourceGroup.GetVirtualMachineScaleSets().CreateOrUpdateAsync(...), and prints them.
// Nothing is deployed: the interesting part is `dotnet build`, which reports the mistakes.
var requests = new (string Name, object Body)[]
{
    ("jump box", JumpBox.Create()),
    ("trading scale set", TradingScaleSet.Create()),
    ("batch worker", BatchWorker.Create()),
    ("build agent", BuildAgent.Create()),
    ("render farm scale set (Compute 1.17+ shape)", RenderFarmScaleSet.Create()),
};

foreach (var (name, body) in requests)
{
    Console.WriteLine($"{name}: {body.GetType().Name}");
}
