using ComplianceBot.Bot.Features.Declarations;
using ComplianceBot.Bot.Resources.Choices;
using ComplianceBot.Domain;
using ComplianceBot.Domain.Choices;
using ComplianceBot.Domain.Persistence;
using ComplianceBot.Domain.Reports;
using Microsoft.Extensions.Options;

namespace ComplianceBot.Bot.Features.Workspace.Administration;

/// <summary>One entry of a list in force: its key, its label in the reader's language and, for a category, its Reg. 5.4 class.</summary>
public sealed record ListEntry(string Key, string Label, string? Class);

/// <summary>A list in force (Reg. 10): where it is set, whether the director configured it, and its entries in order.</summary>
public sealed record ListInForce(ChoiceList List, string Setting, bool Configured, IReadOnlyList<ListEntry> Entries);

/// <summary>A threshold or deadline in force: its value written for the reader, where it is set, and whether it differs from the default.</summary>
public sealed record ThresholdInForce(string Name, string Value, string Setting, bool Configured);

/// <summary>
/// What Reg. 10 leaves to the director's decision, as the registers use it today (decision 146): the four lists of
/// <see cref="RegisterChoices"/> and the thresholds and deadlines of <c>Declarations</c> and <c>Registers</c>. Read only:
/// they are deployment configuration, changed by the director's decision through the settings named.
/// </summary>
public sealed class DirectorLists(
    RegisterChoices choices, IOptions<RegisterChoicesOptions> configured, ChoiceTexts texts,
    IOptions<DeclarationOptions> declarations, IOptions<RegistersOptions> registers, RegisterClock clock)
{
    public IReadOnlyList<ListInForce> Lists() =>
    [
        .. Enum.GetValues<ChoiceList>().Select(list => new ListInForce(
            list, $"{RegisterChoicesOptions.SectionName}:{list}", configured.Value.Configured(list).Count > 0,
            [.. choices.For(list).Select(c => new ListEntry(c.Key, texts.Label(list, c.Key),
                list == ChoiceList.Categories ? texts.Class(new ReportCategory(c.Key)) : null))])),
    ];

    /// <summary>The thresholds; <paramref name="text"/> writes each name and value in the page's language.</summary>
    public IReadOnlyList<ThresholdInForce> Thresholds(Func<string, object[], string> text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var set = declarations.Value;
        var defaults = new DeclarationOptions();
        var deadlines = registers.Value;
        var registerDefaults = new RegistersOptions();
        var year = clock.Today.Year;
        var threshold = set.HandOver().ThresholdKzt(year);
        return
        [
            new(text("Lists_GiftThreshold", []), text(threshold is not null ? "Lists_GiftThresholdValue" : "Lists_GiftThresholdNoMci",
                [set.GiftHandOverThresholdMci, Tenge(threshold), year]),
                "Declarations:GiftHandOverThresholdMci", set.GiftHandOverThresholdMci != defaults.GiftHandOverThresholdMci),
            new(text("Lists_Mci", [year]), set.MciValues.TryGetValue(year, out var mci) ? text("Lists_Tenge", [Tenge(mci)]) : text("Lists_NotSet", []),
                $"Declarations:MciValues:{year}", !defaults.MciValues.TryGetValue(year, out var mciDefault) || mciDefault != mci),
            new(text("Lists_ReviewDays", []), text("Lists_WorkingDays", [set.ReviewWorkingDays]),
                "Declarations:ReviewWorkingDays", set.ReviewWorkingDays != defaults.ReviewWorkingDays),
            new(text("Lists_AcknowledgementDeadline", []), text("Lists_Days", [deadlines.AcknowledgementDeadline.TotalDays]),
                "Registers:AcknowledgementDeadline", deadlines.AcknowledgementDeadline != registerDefaults.AcknowledgementDeadline),
            new(text("Lists_FeedbackDeadline", []), text("Lists_Months", [deadlines.FeedbackDeadlineMonths]),
                "Registers:FeedbackDeadlineMonths", deadlines.FeedbackDeadlineMonths != registerDefaults.FeedbackDeadlineMonths),
        ];

        static string Tenge(decimal? amount) => amount?.ToString("#,0.##", System.Globalization.CultureInfo.CurrentCulture) ?? "";
    }
}
