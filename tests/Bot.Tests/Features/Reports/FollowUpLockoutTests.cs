using System.Text.Json;
using ComplianceBot.Domain.Reports;

namespace ComplianceBot.Bot.Tests.Features.Reports;

/// <summary>Reg. 23.2: "Check my report" does not tell whether a case exists, and repeated failures lock out.</summary>
public sealed class FollowUpLockoutTests
{
    private static TeamsUser Someone(int n) => new($"aad-guesser-{n}", $"29:guesser-{n}", $"Guesser {n}", $"a:conv-g-{n}");

    [Fact]
    public async Task Open_WrongCodeAndWrongPassphrase_GiveTheIdenticalAnswer_AndLockoutHolds()
    {
        using var app = new ReportsAppFactory();
        var driver = new ReportFlowDriver(app.CreateClient());
        var (caseCode, passphrase) = await driver.FileAsync(ReportFlowDriver.Reporter, "anonymous");

        var wrongPassphrase = await driver.OpenForTextAsync(Someone(1), caseCode, "wrong-passphrase-0001");
        var wrongCode = await driver.OpenForTextAsync(Someone(2), CaseCode.Generate(), passphrase);
        Assert.Equal(wrongPassphrase, wrongCode);

        for (var i = 3; i <= 6; i++)
        {
            Assert.Equal(wrongPassphrase, await driver.OpenForTextAsync(Someone(i), caseCode, $"wrong-passphrase-000{i}"));
        }

        // Five failures on the code: even the right passphrase, from a fresh account, gets the same refusal.
        Assert.Equal(wrongPassphrase, await driver.OpenForTextAsync(Someone(7), caseCode, passphrase));
    }

    [Fact]
    public async Task Open_RightCodeAndPassphrase_FromAnotherAccount_ShowsTheCase()
    {
        using var app = new ReportsAppFactory();
        var driver = new ReportFlowDriver(app.CreateClient());
        var (caseCode, passphrase) = await driver.FileAsync(ReportFlowDriver.Reporter, "anonymous");

        var card = await driver.OpenAsync(Someone(9), caseCode.ToLowerInvariant(), passphrase);

        Assert.Contains(ReportActivities.Facts(card), f => f.Value == "Received");
        Assert.Contains(card.EnumerateObject(), p => p.Name == "body" && p.Value.ValueKind == JsonValueKind.Array);
    }
}
