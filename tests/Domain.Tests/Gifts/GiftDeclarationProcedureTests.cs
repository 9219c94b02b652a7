using ComplianceBot.Domain.Audit;
using ComplianceBot.Domain.Declarations;
using ComplianceBot.Domain.Gifts;

namespace ComplianceBot.Domain.Tests.Gifts;

/// <summary>
/// The gift register's steps (Reg. 14.13, 24.5): filing, amending and deciding each leave their row, their status and
/// their audit entry, and what is declared is checked and trimmed as it enters the register.
/// </summary>
public sealed class GiftDeclarationProcedureTests : RegisterTestBase
{
    private static GiftDetails Details(decimal value = 25_000m, string occasion = "8 March", string? person = "A. Supplier") => new(
        GiftDirection.Received, new DateOnly(2026, 3, 8), person, "Supplier LLP", true,
        occasion, "Flowers and a box of chocolates", value, GiftWhereabouts.WithDeclarant);

    private static PendingAudit LastAudit(GiftDeclaration declaration) => declaration.PendingAudit[^1];

    // Reg. 14.13: filing records the original version as the declarant's, pending, and audits it.
    [Fact]
    public void File_RecordsOriginalVersionPendingAndAuditsTheDeclarant()
    {
        var declaration = GiftDeclaration.File(TestWorld.Employee, Details(), World.Clock);

        Assert.Equal(TestWorld.Employee, declaration.DeclarantAadObjectId);
        Assert.Equal(DeclarationStatus.Pending, declaration.Status);
        Assert.Equal(2026, declaration.NumberYear);
        var version = Assert.Single(declaration.Versions);
        Assert.Equal((1, VersionKind.Original, TestWorld.Employee, declaration.Id, World.Clock.Now), (version.VersionNumber, version.Kind, version.RecordedBy, version.DeclarationId, version.RecordedAt));
        var audit = Assert.Single(declaration.PendingAudit);
        Assert.Equal((TestWorld.Employee, "GiftDeclared", declaration.Id.ToString(), (string?)null, World.Clock.Now), (audit.Actor, audit.Action, audit.EntityId, audit.Details, audit.At));
    }

    // A gift of no value (a postcard) is declared like any other; only a negative value is refused (Reg. 14.13).
    [Fact]
    public void File_ZeroValue_IsAccepted() =>
        Assert.Equal(0m, GiftDeclaration.File(TestWorld.Employee, Details(0m), World.Clock).Current.Details.EstimatedValueKzt);

    [Fact]
    public void File_NegativeValue_IsRefusedByTheValueRule()
    {
        var error = Assert.Throws<DomainRuleException>(() => GiftDeclaration.File(TestWorld.Employee, Details(-0.01m), World.Clock));

        Assert.Equal(GiftDetails.GiftValueIsNotNegative, error.Rule);
        Assert.Equal("14.13", error.Rule.Clause);
    }

    [Fact]
    public void File_TextsAreTrimmedAndBlankOptionalPartyIsNull()
    {
        var details = Details(occasion: "  8 March  ", person: "   ") with { OtherPartyOrganisation = " Supplier LLP ", Description = " Flowers " };

        var stored = GiftDeclaration.File(TestWorld.Employee, details, World.Clock).Current.Details;

        Assert.Equal(("8 March", (string?)null, "Supplier LLP", "Flowers"), (stored.Occasion, stored.OtherPartyPerson, stored.OtherPartyOrganisation, stored.Description));
    }

    [Theory]
    [InlineData(nameof(GiftDetails.OtherPartyPerson), GiftDetails.PartyMaxLength)]
    [InlineData(nameof(GiftDetails.OtherPartyOrganisation), GiftDetails.PartyMaxLength)]
    [InlineData(nameof(GiftDetails.Occasion), GiftDetails.OccasionMaxLength)]
    [InlineData(nameof(GiftDetails.Description), GiftDetails.DescriptionMaxLength)]
    public void File_TextAtItsLimitIsKeptOneMoreIsRefused(string field, int limit)
    {
        Assert.Equal(limit, Field(GiftDeclaration.File(TestWorld.Employee, With(field, new string('x', limit)), World.Clock).Current.Details, field)!.Length);

        var error = Assert.Throws<DomainRuleException>(() => GiftDeclaration.File(TestWorld.Employee, With(field, new string('x', limit + 1)), World.Clock));
        Assert.Equal(DomainMessageKeys.FieldTooLong, error.MessageKey);
    }

    [Theory]
    [InlineData(nameof(GiftDetails.Occasion))]
    [InlineData(nameof(GiftDetails.Description))]
    public void File_RequiredTextBlank_IsRefused(string field)
    {
        var error = Assert.Throws<DomainRuleException>(() => GiftDeclaration.File(TestWorld.Employee, With(field, " "), World.Clock));

        Assert.Equal(DomainMessageKeys.RequiredFieldMissing, error.MessageKey);
    }

    // Supplements and corrections are new versions numbered after the current one, audited with their kind.
    [Fact]
    public void Amend_TwiceWhilePending_NumbersVersionsAndAuditsEachKind()
    {
        var declaration = GiftDeclaration.File(TestWorld.Employee, Details(), World.Clock);
        var later = World.Clock.Now.AddHours(2);

        var second = declaration.Amend(TestWorld.Employee, VersionKind.Supplement, Details(occasion: " New Year "), later);
        Assert.Equal(("GiftDeclarationSupplement", "version 2", TestWorld.Employee, later), (LastAudit(declaration).Action, LastAudit(declaration).Details, LastAudit(declaration).Actor, LastAudit(declaration).At));
        var third = declaration.Amend(TestWorld.Employee, VersionKind.Correction, Details(40_000m), later);

        Assert.Equal((2, 3), (second.VersionNumber, third.VersionNumber));
        Assert.Equal("New Year", second.Details.Occasion);
        Assert.Same(third, declaration.Current);
        Assert.Equal(3, declaration.Versions.Count);
        Assert.Equal(("GiftDeclarationCorrection", "version 3"), (LastAudit(declaration).Action, LastAudit(declaration).Details));
        Assert.Equal(DeclarationStatus.Pending, declaration.Status);
    }

    [Fact]
    public void Amend_BySomeoneElse_IsRefused()
    {
        var declaration = GiftDeclaration.File(TestWorld.Employee, Details(), World.Clock);

        var error = Assert.Throws<DomainRuleException>(() => declaration.Amend(TestWorld.OfficerA, VersionKind.Correction, Details(), World.Clock.Now));

        Assert.Equal(DeclarationRules.OnlyDeclarantAmendsPendingDeclaration, error.Rule);
        Assert.Single(declaration.Versions);
    }

    // Reg. 14.13: the decision is a recorded transition — outcome, reason, who and when — and the declaration is decided.
    [Fact]
    public async Task Decide_ByOfficer_RecordsDecisionStatusAndAudit()
    {
        var declaration = GiftDeclaration.File(TestWorld.Employee, Details(), World.Clock);
        await using var db = Database.CreateContext();
        var officer = await World.OfficerAsync(db);
        var at = new DateTimeOffset(2026, 3, 11, 15, 0, 0, TimeSpan.FromHours(5));

        var decision = declaration.Decide(officer, GiftOutcome.HandOverToEnterprise, "  Above the threshold ", at);

        Assert.Same(decision, declaration.Decision);
        Assert.Equal((declaration.Id, GiftOutcome.HandOverToEnterprise, "Above the threshold", TestWorld.OfficerA), (decision.DeclarationId, decision.Outcome, decision.Reason, decision.DecidedBy));
        Assert.Equal((at, TimeSpan.Zero), (decision.DecidedAt, decision.DecidedAt.Offset));
        Assert.Equal(DeclarationStatus.Decided, declaration.Status);
        Assert.Equal((TestWorld.OfficerA, "GiftDecided", "outcome HandOverToEnterprise", declaration.Id.ToString()), (LastAudit(declaration).Actor, LastAudit(declaration).Action, LastAudit(declaration).Details, LastAudit(declaration).EntityId));
    }

    // Reg. 24.5, 24.6: the director decides when no other officer is active, and the audit says it was the director.
    [Fact]
    public void Decide_ByDirector_IsAuditedAsTheDirectors()
    {
        var declaration = GiftDeclaration.File(TestWorld.OfficerA, Details(), World.Clock);

        declaration.Decide(DeclarationReviewer.Director(TestWorld.Director), GiftOutcome.Return, "Return it", World.Clock.Now);

        Assert.Equal((TestWorld.Director, "GiftDecidedByDirector"), (LastAudit(declaration).Actor, LastAudit(declaration).Action));
        Assert.Equal(TestWorld.Director, declaration.Decision!.DecidedBy);
    }

    [Fact]
    public async Task Decide_ReasonLongerThanItsColumn_IsRefusedAndNothingIsDecided()
    {
        var declaration = GiftDeclaration.File(TestWorld.Employee, Details(), World.Clock);
        await using var db = Database.CreateContext();
        var officer = await World.OfficerAsync(db);

        Assert.Equal(DeclarationRules.ReasonMaxLength, declaration.Decide(officer, GiftOutcome.MayKeep, new string('r', DeclarationRules.ReasonMaxLength), World.Clock.Now).Reason.Length);
        var other = GiftDeclaration.File(TestWorld.Employee, Details(), World.Clock);
        var error = Assert.Throws<DomainRuleException>(() => other.Decide(officer, GiftOutcome.MayKeep, new string('r', DeclarationRules.ReasonMaxLength + 1), World.Clock.Now));

        Assert.Equal(DomainMessageKeys.FieldTooLong, error.MessageKey);
        Assert.Null(other.Decision);
        Assert.Equal(DeclarationStatus.Pending, other.Status);
    }

    [Fact]
    public void FileAndAmend_WithoutDetailsOrClock_AreRefusedAsArguments()
    {
        Assert.Equal("details", Assert.Throws<ArgumentNullException>(() => GiftDeclaration.File(TestWorld.Employee, null!, World.Clock)).ParamName);
        Assert.Equal("clock", Assert.Throws<ArgumentNullException>(() => GiftDeclaration.File(TestWorld.Employee, Details(), null!)).ParamName);
        var declaration = GiftDeclaration.File(TestWorld.Employee, Details(), World.Clock);
        Assert.Equal("details", Assert.Throws<ArgumentNullException>(() => declaration.Amend(TestWorld.Employee, VersionKind.Supplement, null!, World.Clock.Now)).ParamName);
        Assert.Single(declaration.PendingAudit);
    }

    // The operators' log names the missing field.
    [Fact]
    public void File_WithoutDeclarant_IsRefusedNamingTheField() =>
        Assert.Contains("declarant is required", Assert.Throws<DomainRuleException>(() => GiftDeclaration.File(" ", Details(), World.Clock)).Message, StringComparison.Ordinal);

    private static GiftDetails With(string field, string value) => field switch
    {
        nameof(GiftDetails.OtherPartyPerson) => Details() with { OtherPartyPerson = value },
        nameof(GiftDetails.OtherPartyOrganisation) => Details() with { OtherPartyOrganisation = value },
        nameof(GiftDetails.Occasion) => Details() with { Occasion = value },
        _ => Details() with { Description = value },
    };

    private static string? Field(GiftDetails details, string field) => field switch
    {
        nameof(GiftDetails.OtherPartyPerson) => details.OtherPartyPerson,
        nameof(GiftDetails.OtherPartyOrganisation) => details.OtherPartyOrganisation,
        nameof(GiftDetails.Occasion) => details.Occasion,
        _ => details.Description,
    };
}
