using System.Net;
using ComplianceBot.Bot.Tests.Browser;
using Microsoft.EntityFrameworkCore;

namespace ComplianceBot.Bot.Tests.Features.Workspace.Figures;

/// <summary>
/// "My page" (decision 142): the signed-in person's declarations, trainings and explanation requests — theirs only,
/// taken from the session, as the chat's "My declarations" shows the sender's own.
/// </summary>
public sealed class MyPageTests(FiguresWorld world) : IClassFixture<FiguresWorld>
{
    [Fact]
    public async Task EachPerson_SeesOnlyTheirOwnRows()
    {
        var aliya = await PageAsync(FiguresWorld.Aliya);
        var berik = await PageAsync(FiguresWorld.Berik);
        var aliyasGifts = await GiftNumbersAsync(FiguresWorld.Aliya);
        var beriksGift = Assert.Single(await GiftNumbersAsync(FiguresWorld.Berik));

        Assert.Equal(2, aliyasGifts.Count);
        Assert.All(aliyasGifts, number => Assert.Contains(number, aliya, StringComparison.Ordinal));
        Assert.DoesNotContain(beriksGift, aliya, StringComparison.Ordinal);
        Assert.Contains(beriksGift, berik, StringComparison.Ordinal);
        Assert.All(aliyasGifts, number => Assert.DoesNotContain(number, berik, StringComparison.Ordinal));

        Assert.Contains("Aliya&#x27;s outside anti-corruption course", aliya, StringComparison.Ordinal);
        Assert.DoesNotContain("ethics seminar", aliya, StringComparison.Ordinal);
        Assert.Contains("Berik&#x27;s ethics seminar", berik, StringComparison.Ordinal);

        Assert.Contains("Aliya, who chose the supplier?", aliya, StringComparison.Ordinal);
        Assert.Contains("Answered on", aliya, StringComparison.Ordinal);
        Assert.DoesNotContain("who signed the contract", aliya, StringComparison.Ordinal);
        Assert.Contains("Berik, who signed the contract?", berik, StringComparison.Ordinal);
        Assert.Contains("Not answered, overdue", berik, StringComparison.Ordinal);
        Assert.DoesNotContain("who chose the supplier", berik, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheNavigation_OffersEachRoleItsPages()
    {
        var employee = await PageAsync(FiguresWorld.Aliya);
        var officer = await PageAsync(FiguresWorld.Officer);
        var director = await PageAsync(FiguresWorld.Director);

        Assert.Contains("href=\"/workspace/me\"", employee, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/workspace/dashboard\"", employee, StringComparison.Ordinal);
        Assert.Contains("href=\"/workspace/dashboard\"", officer, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/workspace/director\"", officer, StringComparison.Ordinal);
        Assert.Contains("href=\"/workspace/director\"", director, StringComparison.Ordinal);
        Assert.Contains("href=\"/workspace/dashboard\"", director, StringComparison.Ordinal);
    }

    private async Task<string> PageAsync(string person)
    {
        using var browser = BrowserSession.Open(world);
        await browser.SignInLocallyAsync(person);
        var response = await browser.Client.GetAsync("/workspace/me");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    private Task<List<string>> GiftNumbersAsync(string person) =>
        world.WithDbAsync(db => db.GiftDeclarations.Where(g => g.DeclarantAadObjectId == person).Select(g => g.Number!).ToListAsync());
}
