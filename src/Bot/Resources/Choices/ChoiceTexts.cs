using System.Globalization;
using ComplianceBot.Bot.Cards;
using ComplianceBot.Bot.Cards.Model;
using ComplianceBot.Bot.Resources.Declarations;
using ComplianceBot.Bot.Resources.Reports;
using ComplianceBot.Domain.Choices;
using ComplianceBot.Domain.Conflicts;
using ComplianceBot.Domain.Reports;
using Microsoft.Extensions.Localization;

namespace ComplianceBot.Bot.Resources.Choices;

/// <summary>
/// The director's lists (Reg. 10) in the reader's language: the configured label, else the built-in default's text
/// under the same key (<c>Category_Bribery</c> …), else the key itself — a key taken off the list that rows still hold
/// is shown, never refused.
/// </summary>
public sealed class ChoiceTexts(
    RegisterChoices choices, IStringLocalizer<ReportStrings> reports, IStringLocalizer<DeclarationStrings> declarations)
{
    /// <summary>The choices of a form, in the configured order; the value sent back is the key.</summary>
    public List<Choice> Choices(ChoiceList list) => [.. choices.For(list).Select(c => new Choice(Label(list, c.Key), c.Key))];

    public string Label(ChoiceList list, string key) => Find(list, key) ?? key;

    /// <summary>The configured label, else the default's text; null when neither knows the key (the caller's fallback).</summary>
    public string? Find(ChoiceList list, string key) =>
        choices.Find(list, key)?.Label(CultureInfo.CurrentUICulture) ?? DefaultLabel(list, key);

    public string Label(ReportCategory category)
    {
        ArgumentNullException.ThrowIfNull(category);
        return Label(ChoiceList.Categories, category.Key);
    }

    public string Label(ReportOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        return Label(ChoiceList.Outcomes, outcome.Key);
    }

    public string Label(ConflictArea area)
    {
        ArgumentNullException.ThrowIfNull(area);
        return Label(ChoiceList.ConflictAreas, area.Key);
    }

    public string Label(SettlementMeasure measure)
    {
        ArgumentNullException.ThrowIfNull(measure);
        return Label(ChoiceList.ConflictMeasures, measure.Key);
    }

    /// <summary>Reg. 5.4: "suspected corruption offence" or "ethics breach"; "not classified" for a key no list knows.</summary>
    public string Class(ReportCategory category) =>
        reports.Require(choices.ClassOf(category) is { } @class ? $"Class_{@class}" : "Class_Unknown");

    private string? DefaultLabel(ChoiceList list, string key)
    {
        var (localizer, prefix) = list switch
        {
            ChoiceList.Categories => ((IStringLocalizer)reports, "Category_"),
            ChoiceList.Outcomes => (reports, "Outcome_"),
            ChoiceList.ConflictAreas => (declarations, "ConflictArea_"),
            _ => (declarations, "SettlementMeasure_"),
        };
        var text = localizer[prefix + key];
        return text.ResourceNotFound ? null : text.Value;
    }
}
