using ComplianceBot.Domain.Conflicts;
using ComplianceBot.Domain.Reports;

namespace ComplianceBot.Domain.Choices;

/// <summary>The lists used while the director has set none (Reg. 10); their keys are the ones the registers already hold.</summary>
public static class RegisterChoiceDefaults
{
    public static IReadOnlyList<RegisterChoice> For(ChoiceList list) => list switch
    {
        ChoiceList.Categories =>
        [
            Category(ReportCategory.Bribery, ReportCategoryClass.SuspectedOffence),
            Category(ReportCategory.GiftOrHospitality, ReportCategoryClass.SuspectedOffence),
            Category(ReportCategory.ConflictOfInterest, ReportCategoryClass.SuspectedOffence),
            Category(ReportCategory.Procurement, ReportCategoryClass.SuspectedOffence),
            Category(ReportCategory.AbuseOfOffice, ReportCategoryClass.SuspectedOffence),
            Category(ReportCategory.Ethics, ReportCategoryClass.EthicsBreach),
            Category(ReportCategory.Other, ReportCategoryClass.EthicsBreach),
        ],
        ChoiceList.Outcomes => Keys(ReportOutcome.Substantiated.Key, ReportOutcome.PartlySubstantiated.Key,
            ReportOutcome.NotSubstantiated.Key, ReportOutcome.ReferredToAuthorizedBody.Key, ReportOutcome.OutsideScope.Key),
        ChoiceList.ConflictAreas => Keys(ConflictArea.Hiring.Key, ConflictArea.Procurement.Key, ConflictArea.BusinessProcess.Key,
            ConflictArea.Other.Key),
        ChoiceList.ConflictMeasures => Keys(SettlementMeasure.RecusalFromDecision.Key, SettlementMeasure.ReassignmentOfDuties.Key,
            SettlementMeasure.Divestment.Key, SettlementMeasure.Other.Key),
        _ => throw new ArgumentOutOfRangeException(nameof(list)),
    };

    private static RegisterChoice Category(ReportCategory category, ReportCategoryClass @class) =>
        new() { Key = category.Key, Class = @class };

    private static RegisterChoice[] Keys(params string[] keys) => [.. keys.Select(k => new RegisterChoice { Key = k })];
}
