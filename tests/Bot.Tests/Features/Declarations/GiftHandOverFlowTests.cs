using System.Globalization;
using ComplianceBot.Bot.Features.Declarations;
using ComplianceBot.Bot.Tests.Conversation;
using ComplianceBot.Bot.Tests.Hosting;

namespace ComplianceBot.Bot.Tests.Features.Declarations;

/// <summary>
/// Reg. 14.13 through /api/messages: the form states the configured threshold, and the receipt asks for the hand-over
/// only above it. 3 MCI at 4 000 tenge = 12 000 tenge — amounts that appear in no default, so only the configuration can produce them.
/// </summary>
public sealed class GiftHandOverFlowTests : IAsyncLifetime
{
    private static readonly TestUser Employee = new("aad-employee", "Aigerim Seitkali");
    private DeclarationsApp app = null!;

    public async Task InitializeAsync()
    {
        var year = Forms.Today.Year.ToString(CultureInfo.InvariantCulture);
        var giftYear = Forms.Today.AddDays(-1).Year.ToString(CultureInfo.InvariantCulture);
        app = new DeclarationsApp(new TestDataFolder("compliancebot-handover"), director: "aad-director", settings: new Dictionary<string, string?>
        {
            ["Declarations:GiftHandOverThresholdMci"] = "3",
            [$"Declarations:MciValues:{year}"] = "4000",
            [$"Declarations:MciValues:{giftYear}"] = "4000",
        });
        await app.AppointAsync("aad-officer-a", "Daniyar Omarov");
    }

    public async Task DisposeAsync()
    {
        await app.DisposeAsync();
    }

    [Fact]
    public async Task GiftStart_ConfiguredMci_FormStatesTheThresholdInTenge()
    {
        var form = await app.SubmitAsync(Employee, "gift.start");

        Assert.Contains(form.Texts(), t => t.Contains("more than 3 MCI (12,000 ₸", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("11999.99", false)]
    [InlineData("12000", false)]
    [InlineData("12000.01", true)]
    public async Task GiftSubmit_AroundTheThreshold_AsksForTheHandOverOnlyAboveIt(string value, bool handOver)
    {
        var receipt = await app.ExecuteAsync(Employee, DeclarationVerbs.GiftSubmit, Forms.Gift(value: value));

        var warning = receipt.Texts().Where(t => t.Contains("must be handed over", StringComparison.Ordinal)).ToList();
        Assert.Equal(handOver, warning.Count == 1);
        Assert.All(warning, t => Assert.EndsWith("(Reg. 14.13)", t, StringComparison.Ordinal));
        Assert.Contains(receipt.Texts(), t => t.Contains("-0001", StringComparison.Ordinal));
    }
}
