using ComplianceBot.Domain.Declarations;

namespace ComplianceBot.Domain.Tests.Declarations;

/// <summary>Reg. 24.5, 24.6 and decision 121's export links: what is missing is refused at the door, named.</summary>
public sealed class DeclarationArgumentsTests : RegisterTestBase
{
    [Fact]
    public void Select_NoOfficerList_IsRefusedNamingIt() =>
        Assert.Equal("activeOfficers", Assert.Throws<ArgumentNullException>(() => ReviewerSelection.Select(TestWorld.Employee, null!, TestWorld.Director)).ParamName);

    [Fact]
    public async Task CreateExportLink_NoOfficerOrNoLifetime_IsRefusedSayingWhy()
    {
        await using var db = Database.CreateContext();
        var officer = await World.OfficerAsync(db);

        Assert.Equal("officer", Assert.Throws<ArgumentNullException>(() => RegisterExportLink.Create(null!, "{}", TimeSpan.FromMinutes(15), World.Clock.Now)).ParamName);
        var expired = Assert.Throws<ArgumentOutOfRangeException>(() => RegisterExportLink.Create(officer, "{}", TimeSpan.Zero, World.Clock.Now));
        Assert.Equal("lifetime", expired.ParamName);
        Assert.StartsWith("An export link needs a positive lifetime.", expired.Message, StringComparison.Ordinal);
    }
}
