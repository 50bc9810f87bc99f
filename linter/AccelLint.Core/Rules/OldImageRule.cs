using AccelLint.Diagnostics;
using static AccelLint.Rules.Acceleration;

namespace AccelLint.Rules;

/// <summary>ACCEL013: accelerated networking on a VM whose image is an OS release older than AN supports.</summary>
public sealed class OldImageRule : Rule
{
    public static readonly RuleDescriptor Rule = new(
        RuleIds.ImageTooOldForAcceleratedNetworking,
        "ImageTooOldForAcceleratedNetworking",
        "OS image is too old for accelerated networking",
        "Accelerated networking needs OS support (Windows Server 2012 R2+, Ubuntu 14.04+, RHEL/CentOS/Oracle Linux 7.4+, SLES 12 SP3+, Debian Stretch with backports, FreeBSD 10.4+); older releases get no accelerated path.",
        DiagnosticLevel.Warning,
        "{0} enables accelerated networking, but {1} runs image {2}: {3}{4}");

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(RuleContext context)
    {
        foreach (var nic in context.Model.NetworkInterfaces)
        {
            if (!RequestsAcceleratedNetworking(nic))
            {
                continue;
            }

            foreach (var vm in nic.Machines)
            {
                if (vm.Image is not { } image)
                {
                    continue;
                }

                foreach (var scenario in Scenario.Of(nic.EnableAcceleratedNetworking, image.Publisher, image.Offer, image.Sku))
                {
                    if (scenario.Is(0, "true") && scenario.Text(1) is { } publisher && scenario.Text(2) is { } offer && scenario.Text(3) is { } sku
                        && ImageSupport.TooOld(publisher, offer, sku) is { } why)
                    {
                        context.Report(
                            nic.EnableAcceleratedNetworking.Location,
                            nic.Declaration,
                            [UnsupportedSizeRule.Capitalize(Describe(nic)), Machine(vm), $"{publisher}/{offer}/{sku}{scenario.Note(3)}", why],
                            Logical(nic, "enableAcceleratedNetworking"),
                            scenario,
                            image.Sku.Value,
                            image.Offer.Value);
                        goto nextVm;
                    }
                }

            nextVm:;
            }
        }
    }
}
