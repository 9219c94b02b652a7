using ComplianceBot.Bot.Cards;

namespace ComplianceBot.Bot.Features.Reports;

/// <summary>The verbs of the confidential channel ("report.*", "explanation.*", "participation.*").</summary>
public static class ReportVerbs
{
    public const string Start = CardVerbs.ReportStart;
    public const string Submit = "report.submit";
    public const string Check = CardVerbs.ReportCheck;
    public const string Open = "report.open";
    public const string Reply = "report.reply";
    public const string ReceiptSaved = "report.receipt-saved";

    public const string Acknowledge = "report.ack";
    public const string View = "report.view";
    public const string Message = "report.message";
    public const string ShowIdentity = "report.identity";
    public const string Investigate = "report.investigate";
    public const string Assign = "report.assign";
    public const string Findings = "report.findings";
    public const string Explain = "report.explain";
    public const string Implicate = "report.implicate";
    public const string Close = "report.close";
    public const string Reassign = "report.reassign";
    public const string SendToAuthorizedBody = "report.send-authorized-body";
    public const string Panel = "report.panel";
    public const string RecordParticipation = "participation.record";
    public const string AnswerExplanation = "explanation.answer";

    /// <summary>The reporter's own steps: the channel keeps no conversation reference for them (decision 090).</summary>
    public static IReadOnlySet<string> ReporterSide { get; } = new HashSet<string>(StringComparer.Ordinal) { Start, Submit, Check, Open, Reply, ReceiptSaved };
}

/// <summary>Input and data ids of the report cards.</summary>
internal static class ReportInputs
{
    public const string Category = "category";
    public const string Description = "description";
    public const string WhenWhere = "whenWhere";
    public const string Persons = "persons";
    public const string Director = "directorInvolved";
    public const string Mode = "mode";
    public const string Passphrase = "passphrase";
    public const string CaseCode = "caseCode";
    public const string Reply = "reply";
    public const string ReportId = "reportId";
    public const string RequestId = "requestId";
    public const string MessageText = "messageText";
    public const string ImplicateReason = "implicateReason";
    public const string FindingsText = "findingsText";
    public const string FeedbackText = "feedbackText";
    public const string Investigator = "investigator";
    public const string ExplainPerson = "explainPerson";
    public const string InvestigationUnit = "investigationUnit";
    public const string UnitOrProcess = "unitOrProcess";
    public const string Person = "person";
    public const string Question = "question";
    public const string DueOn = "dueOn";
    public const string Outcome = "outcome";
    public const string Successor = "successor";
    public const string HandOverReason = "handOverReason";
    public const string CaseSummary = "caseSummary";
    public const string Confirmed = "confirmed";
    public const string Yes = "yes";
    public const string From = "from";
    public const string To = "to";
    public const string Answer = "answer";
    public const string Anonymous = "anonymous";
    public const string Named = "named";
}
