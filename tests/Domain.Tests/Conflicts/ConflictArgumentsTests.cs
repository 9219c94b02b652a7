using ComplianceBot.Domain.Conflicts;
using ComplianceBot.Domain.Declarations;

namespace ComplianceBot.Domain.Tests.Conflicts;

/// <summary>
/// Reg. 14.12 and regulation invariant 4: a conflict declaration is filed, amended and assessed whole or refused at the
/// door — the missing part named, nothing added to the declaration's history.
/// </summary>
public sealed class ConflictArgumentsTests : RegisterTestBase
{
    private static readonly ConflictDetails Details = new(ConflictArea.Procurement, "My brother bids", null, "Tender 14");

    [Fact]
    public void File_NoDeclarant_IsRefusedNamingTheDeclarant()
    {
        var error = Assert.Throws<DomainRuleException>(() => ConflictOfInterestDeclaration.File(" ", Details, World.Clock));

        Assert.Equal(Guard.FieldIsRequired, error.Rule);
        Assert.EndsWith(": declarant is required", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AmendAndAssess_MissingDetailsOrClock_AreRefusedAndAddNoVersion()
    {
        var declaration = ConflictOfInterestDeclaration.File(TestWorld.Employee, Details, World.Clock);
        await using var db = Database.CreateContext();
        var officer = await World.OfficerAsync(db);

        Assert.Equal("details", Assert.Throws<ArgumentNullException>(() => declaration.Amend(TestWorld.Employee, VersionKind.Correction, null!, World.Clock.Now)).ParamName);
        Assert.Equal("clock", Assert.Throws<ArgumentNullException>(
            () => declaration.Assess(officer, ConflictLevel.None, null, null, null, "No interest in the outcome", null!)).ParamName);

        Assert.Single(declaration.Versions);
        Assert.Null(declaration.Assessment);
    }
}
