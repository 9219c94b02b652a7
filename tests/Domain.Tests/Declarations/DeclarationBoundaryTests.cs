using System.Security.Cryptography;
using System.Text;
using ComplianceBot.Domain.Declarations;
using ComplianceBot.Domain.People;
using ComplianceBot.Domain.Persistence;
using Microsoft.Extensions.Options;

namespace ComplianceBot.Domain.Tests.Declarations;

/// <summary>
/// The declarations' shared rules at their edges: who reviews (Reg. 24.5, 24.6) with duplicates, spacing and letter
/// case, who may decide, and the export link's lifetime, token and stored fields.
/// </summary>
public sealed class DeclarationBoundaryTests : RegisterTestBase
{
    // Reg. 24.6: an officer listed twice (two appointments) gets one card.
    [Fact]
    public void Select_OfficerListedTwice_ReviewsOnce() =>
        Assert.Equal([TestWorld.OfficerB], ReviewerSelection.Select(TestWorld.Employee, [TestWorld.OfficerB, TestWorld.OfficerB], TestWorld.Director).Select(r => r.AadObjectId));

    // Reg. 24.5, 24.6: the configured director is named without the spaces of the setting, and is the director whatever its case.
    [Fact]
    public void Select_NoOtherOfficer_DirectorTrimmedAndNoneWhenTheDirectorDeclaresInOtherCase()
    {
        Assert.Equal([new DeclarationReviewerChoice(TestWorld.Director, ReviewerRole.Director)], ReviewerSelection.Select(TestWorld.OfficerA, [TestWorld.OfficerA], $"  {TestWorld.Director} "));
        Assert.Empty(ReviewerSelection.Select(TestWorld.Director.ToUpperInvariant(), [], $" {TestWorld.Director} "));
        Assert.Empty(ReviewerSelection.Select(TestWorld.OfficerA, [TestWorld.OfficerA], null));
        Assert.Equal("24.6", ReviewerSelection.Clause);
    }

    [Fact]
    public async Task ForAsync_EmployeeDeclares_EveryActiveOfficerAndNoDirector()
    {
        await using var db = Database.CreateContext();

        var reviewers = await Reviewers(db).ForAsync(TestWorld.Employee);

        Assert.Equal([TestWorld.OfficerA, TestWorld.OfficerB], reviewers.Select(r => r.AadObjectId).Order());
        Assert.All(reviewers, r => Assert.Equal(ReviewerRole.Officer, r.Role));
    }

    [Fact]
    public async Task RequireAsync_ActiveOfficer_IsAnOfficerReviewerWithoutAuditSuffix()
    {
        await using var db = Database.CreateContext();

        var reviewer = await Reviewers(db).RequireAsync(TestWorld.OfficerB, TestWorld.Employee);

        Assert.Equal((TestWorld.OfficerB, ReviewerRole.Officer, ""), (reviewer.AadObjectId, reviewer.Role, reviewer.AuditSuffix));
    }

    [Fact]
    public async Task RequireAsync_NeitherOfficerNorDirector_IsRefused()
    {
        await using var db = Database.CreateContext();

        var error = await Assert.ThrowsAsync<DomainRuleException>(() => Reviewers(db).RequireAsync(TestWorld.Employee, TestWorld.OfficerA));

        Assert.Equal((OfficerRoster.OnlyActiveOfficerRule, DomainMessageKeys.NotAnActiveOfficer), (error.Rule, error.MessageKey));
    }

    [Fact]
    public void Director_AuditSuffix_IsByDirector()
    {
        Assert.Equal("ByDirector", DeclarationReviewer.Director(TestWorld.Director).AuditSuffix);
        Assert.Throws<ArgumentNullException>(() => DeclarationReviewer.Officer(null!));
    }

    [Fact]
    public void Rules_NameTheirClauses()
    {
        Assert.Equal("24.6", DeclarationRules.OfficerMustNotDecideOwnDeclaration.Clause);
        Assert.Equal("14.12, 14.13", DeclarationRules.DecisionMustHaveReason.Clause);
        Assert.Equal(DomainMessageKeys.ReasonRequired, DeclarationRules.DecisionMustHaveReason.MessageKey);
    }

    [Fact]
    public async Task CreateLink_ZeroOrNegativeLifetime_IsRefusedOneTickIsValidUntilItEnds()
    {
        var officer = await OfficerAsync();

        Assert.Throws<ArgumentOutOfRangeException>(() => RegisterExportLink.Create(officer, "{}", TimeSpan.Zero, World.Clock.Now));
        Assert.Throws<ArgumentOutOfRangeException>(() => RegisterExportLink.Create(officer, "{}", TimeSpan.FromSeconds(-1), World.Clock.Now));
        var (link, _) = RegisterExportLink.Create(officer, "{}", TimeSpan.FromTicks(1), World.Clock.Now);
        Assert.True(link.IsValidAt(World.Clock.Now));
        Assert.False(link.IsValidAt(World.Clock.Now.AddTicks(1)));
    }

    [Fact]
    public async Task CreateLink_RecordsOfficerTrimmedFilterAndUtcTimes()
    {
        var officer = await OfficerAsync();
        var now = new DateTimeOffset(2026, 3, 10, 14, 0, 0, TimeSpan.FromHours(5));

        var (link, token) = RegisterExportLink.Create(officer, "  {\"year\":2026}  ", TimeSpan.FromMinutes(15), now);

        Assert.Equal((TestWorld.OfficerA, "{\"year\":2026}"), (link.OfficerAadObjectId, link.Filter));
        Assert.Equal((now, TimeSpan.Zero), (link.CreatedAt, link.CreatedAt.Offset));
        Assert.Equal((now.AddMinutes(15), TimeSpan.Zero), (link.ExpiresAt, link.ExpiresAt.Offset));
        Assert.NotEqual(Guid.Empty, link.Id);
        Assert.Equal(RegisterExportLink.Hash(token), link.TokenHash);
        Assert.Equal(DomainMessageKeys.FieldTooLong, Assert.Throws<DomainRuleException>(() => RegisterExportLink.Create(officer, new string('f', RegisterExportLink.FilterMaxLength + 1), TimeSpan.FromMinutes(1), now)).MessageKey);
        Assert.Equal(DomainMessageKeys.RequiredFieldMissing, Assert.Throws<DomainRuleException>(() => RegisterExportLink.Create(officer, " ", TimeSpan.FromMinutes(1), now)).MessageKey);
    }

    // The token travels in a URL: base64url without padding, never '+', '/' or '='.
    [Fact]
    public async Task CreateLink_TokensAreUrlSafe()
    {
        var officer = await OfficerAsync();

        var tokens = Enumerable.Range(0, 200).Select(_ => RegisterExportLink.Create(officer, "{}", TimeSpan.FromMinutes(1), World.Clock.Now).Token).ToList();

        Assert.All(tokens, t => Assert.Matches("^[A-Za-z0-9_-]{43}$", t));
        Assert.Contains(tokens, t => t.Contains('-', StringComparison.Ordinal));
        Assert.Contains(tokens, t => t.Contains('_', StringComparison.Ordinal));
    }

    [Fact]
    public void Hash_IsLowerHexSha256AndNullHashesAsEmpty()
    {
        Assert.Equal("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", RegisterExportLink.Hash("abc"));
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(""))), RegisterExportLink.Hash(null!));
    }

    private async Task<ActiveOfficer> OfficerAsync()
    {
        await using var db = Database.CreateContext();
        return await World.OfficerAsync(db);
    }

    private DeclarationReviewers Reviewers(RegistersDbContext db) =>
        new(World.Roster(db), World.Clock, Options.Create(new OrganizationOptions { DirectorAadObjectId = TestWorld.Director }));
}
