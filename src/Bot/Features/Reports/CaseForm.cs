
namespace ComplianceBot.Bot.Features.Reports;

/// <summary>
/// What the case page's forms post (decision 140): the officer card's inputs under the same meaning, kept as typed
/// so a refused action shows them again.
/// </summary>
public sealed class CaseForm
{
    public string? MessageText { get; set; }
    public string? InvestigationUnit { get; set; }
    public string? Investigator { get; set; }
    public string? FindingsText { get; set; }
    public string? ExplainPerson { get; set; }
    public string? Question { get; set; }
    public string? DueOn { get; set; }
    public string? ImplicateReason { get; set; }
    public string? Outcome { get; set; }
    public string? FeedbackText { get; set; }
    public string? Successor { get; set; }
    public string? HandOverReason { get; set; }
    public string? CaseSummary { get; set; }

    /// <summary>The people picker's search texts and the action whose search button was pressed (decision 147): no action runs.</summary>
    public string? InvestigatorFind { get; set; }

    public string? ExplainFind { get; set; }

    public string? Find { get; set; }

    /// <summary>The card's input ids (<see cref="ReportInputs"/>) with this form's values.</summary>
    internal IReadOnlyDictionary<string, string?> Inputs() => new Dictionary<string, string?>(StringComparer.Ordinal)
    {
        [ReportInputs.MessageText] = MessageText,
        [ReportInputs.InvestigationUnit] = InvestigationUnit,
        [ReportInputs.Investigator] = Investigator,
        [ReportInputs.FindingsText] = FindingsText,
        [ReportInputs.ExplainPerson] = ExplainPerson,
        [ReportInputs.Question] = Question,
        [ReportInputs.DueOn] = DueOn,
        [ReportInputs.ImplicateReason] = ImplicateReason,
        [ReportInputs.Outcome] = Outcome,
        [ReportInputs.FeedbackText] = FeedbackText,
        [ReportInputs.Successor] = Successor,
        [ReportInputs.HandOverReason] = HandOverReason,
        [ReportInputs.CaseSummary] = CaseSummary,
    };
}
