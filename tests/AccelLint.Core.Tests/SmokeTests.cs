namespace AccelLint.Core.Tests;

public class SmokeTests
{
    [Fact]
    public void Unsupported_size_with_accelerated_networking_is_ACCEL001()
    {
        Verifier.VerifyArm(Verifier.VmWithNic("\"Standard_B1s\"", """/*@ACCEL001*/"enableAcceleratedNetworking": true,"""));
    }

    [Fact]
    public void Supported_size_without_accelerated_networking_is_ACCEL011_at_the_resource()
    {
        var template = Verifier.VmWithNic("\"Standard_D4s_v3\"", string.Empty).Replace(
            """
                {
                  "type": "Microsoft.Network/networkInterfaces",
            """,
            """
                /*@ACCEL011*/{
                  "type": "Microsoft.Network/networkInterfaces",
            """);
        Verifier.VerifyArm(template);
    }
}
