using ComplianceBot.Domain.Conflicts;
using ComplianceBot.Domain.Gifts;

namespace ComplianceBot.Bot.Features.Declarations;

/// <summary>What a gift card shows: the current version of a declaration and its decision, if any.</summary>
public sealed record GiftView(
    Guid Id, string Number, string DeclarantName, DateTimeOffset FiledAt, int Version, GiftDetails Details, GiftDecisionView? Decision)
{
    public static GiftView From(GiftDeclaration declaration, string declarantName, string? deciderName)
    {
        ArgumentNullException.ThrowIfNull(declaration);
        var decision = declaration.Decision is { } d
            ? new GiftDecisionView(d.Outcome, d.Reason, deciderName ?? d.DecidedBy, d.DecidedAt)
            : null;
        var current = declaration.Current;
        return new GiftView(declaration.Id, declaration.Number ?? "", declarantName, declaration.FiledAt, current.VersionNumber, current.Details, decision);
    }
}

public sealed record GiftDecisionView(GiftOutcome Outcome, string Reason, string DecidedBy, DateTimeOffset At);

/// <summary>What a conflict card shows: the current version and the officer's assessment, if any.</summary>
public sealed record ConflictView(
    Guid Id, string Number, string DeclarantName, DateTimeOffset FiledAt, int Version, ConflictDetails Details, ConflictAssessmentView? Assessment)
{
    public static ConflictView From(ConflictOfInterestDeclaration declaration, string declarantName, string? assessorName)
    {
        ArgumentNullException.ThrowIfNull(declaration);
        var assessment = declaration.Assessment is { } a
            ? new ConflictAssessmentView(a.Level, a.Measure, a.MeasureDetails, a.MonitoringDate, a.Reason, assessorName ?? a.AssessedBy, a.AssessedAt)
            : null;
        var current = declaration.Current;
        return new ConflictView(declaration.Id, declaration.Number ?? "", declarantName, declaration.FiledAt, current.VersionNumber, current.Details, assessment);
    }
}

public sealed record ConflictAssessmentView(
    ConflictLevel Level, SettlementMeasure? Measure, string? MeasureDetails, DateOnly? MonitoringDate, string Reason, string AssessedBy, DateTimeOffset At);
