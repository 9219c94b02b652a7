using ComplianceBot.Domain.Conflicts;
using ComplianceBot.Domain.Gifts;
using ComplianceBot.Domain.Samples;

namespace ComplianceBot.Bot.Features.Declarations;

/// <summary>Sample declarations for the card catalog (cards export and the adaptivecards check).</summary>
internal static class CatalogSamples
{
    public static readonly DateTimeOffset Filed = new(2026, 3, 2, 9, 30, 0, TimeSpan.Zero);

    public static GiftView Gift(bool decided = false) => new(
        Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e"), "G-2026-0001", SampleText.User("Aigerim Seitkali"), Filed, 1,
        new GiftDetails(GiftDirection.Received, new DateOnly(2026, 2, 27), SampleText.User("Marat Nurlanov"), SampleText.User("Dala Supply LLP"), true,
            SampleText.User("Signing of a supply contract"), SampleText.User("A leather briefcase"), 25_000m, GiftWhereabouts.WithDeclarant),
        decided ? new GiftDecisionView(GiftOutcome.HandOverToEnterprise, SampleText.User("Above the threshold; the giver is a counterparty."), SampleText.User("Daniyar Omarov"), Filed.AddDays(2)) : null);

    public static ConflictView Conflict(bool assessed = false) => new(
        Guid.Parse("7c9e6679-7425-40de-944b-e07fc1f90ae7"), "C-2026-0001", SampleText.User("Aigerim Seitkali"), Filed, 1,
        new ConflictDetails(ConflictArea.Procurement, SampleText.User("My brother owns a bidder."), SampleText.User("Yerlan Seitkali (brother)"), SampleText.User("Tender No. 14 for office supplies")),
        assessed ? new ConflictAssessmentView(ConflictLevel.Potential, SettlementMeasure.RecusalFromDecision, SampleText.User("Leaves the tender commission."),
            new DateOnly(2026, 9, 1), SampleText.User("A relative is a bidder."), SampleText.User("Daniyar Omarov"), Filed.AddDays(3)) : null);
}
