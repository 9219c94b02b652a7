using System.Globalization;
using ComplianceBot.Bot.Cards;
using ComplianceBot.Bot.Resources.Choices;
using ComplianceBot.Bot.Resources.Reports;
using ComplianceBot.Bot.Resources.Trainings;
using ComplianceBot.Domain.Choices;
using ComplianceBot.Domain.Notices;
using Microsoft.Extensions.Localization;

namespace ComplianceBot.Bot.Features.DirectorNotices;

/// <summary>
/// The words a notice is shown with, in the current culture: its type, a report's category and status, a
/// declaration's status, a periodic report's count lines. Payloads carry enum names and line keys; nobody should
/// read those (a mail that showed "reports.Bribery.Received" was the bug this class fixes). Categories and outcomes are
/// the director's lists (Reg. 10, decision 128): the configured label in the reader's language, the key only as a last resort.
/// </summary>
public sealed class NoticeLabels(IStringLocalizer<NoticeStrings> text, IStringLocalizer<ReportStrings> reports, ChoiceTexts choices)
{
    public string Type(string noticeType) => Find(text, "Type_" + Key(noticeType)) ?? text.Require("Type_Other");

    /// <summary>A report category; a digest's or report's own category is its type; anything unknown as sent.</summary>
    public string Category(string category) =>
        choices.Find(ChoiceList.Categories, category) ?? Find(text, "Type_" + Key(category)) ?? category;

    /// <summary>A declaration's status for declaration notices, a report's otherwise; the other list when not found.</summary>
    public string Status(string noticeType, string? status)
    {
        if (string.IsNullOrEmpty(status))
        {
            return "";
        }

        var declaration = Find(text, "DeclarationStatus_" + status);
        var report = Find(reports, "Status_" + status);

        // A closed case's digest line carries its outcome in the status column (ReportNotices.ReportClosed).
        return (DirectorNoticeKinds.OnlyInDigest(noticeType) ? declaration ?? report : report ?? declaration) ?? choices.Find(ChoiceList.Outcomes, status) ?? status;
    }

    /// <summary>A case outcome (Reg. 23.3); anything unknown as sent.</summary>
    public string Outcome(string outcome) => choices.Label(ChoiceList.Outcomes, outcome);

    /// <summary>"2026-03-10" as the culture writes a date; anything else as sent.</summary>
    public static string Date(string? date) =>
        DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture) : date ?? "";

    /// <summary>A periodic report line: "gifts.Pending", "reports.Bribery.Closed", "trainings.sessions" (DirectorReportJob).</summary>
    public string CountLine(string line)
    {
        var parts = line.Split('.');
        return parts switch
        {
            ["gifts", var status] => text.Require("Count_Gifts", Find(text, "DeclarationStatus_" + status) ?? status),
            ["conflicts", var status] => text.Require("Count_Conflicts", Find(text, "DeclarationStatus_" + status) ?? status),
            ["reports", var category, var status] => text.Require("Count_Reports", Category(category), Status(DirectorNoticeKinds.ReportFiled, status)),
            ["trainings", "sessions"] => text.Require("Count_TrainingSessions"),
            ["trainings", "attended"] => text.Require("Count_TrainingsCompleted"),
            _ => text.Require("Count_Other"),
        };
    }

    private static string Key(string value) => new([.. value.Where(char.IsLetterOrDigit)]);

    private static string? Find(IStringLocalizer localizer, string key)
    {
        var found = localizer[key];
        return found.ResourceNotFound ? null : found.Value;
    }
}
