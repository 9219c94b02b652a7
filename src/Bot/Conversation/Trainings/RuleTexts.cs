using ComplianceBot.Bot.Cards;
using ComplianceBot.Bot.Resources.Trainings;
using Microsoft.Extensions.Localization;

namespace ComplianceBot.Bot.Conversation.Trainings;

/// <summary>A register rule's refusal in the user's language; a rule without its own text gets the general one.</summary>
internal static class RuleTexts
{
    public static string ForRule(this IStringLocalizer<TrainingStrings> text, string rule)
    {
        var found = text["Rule_" + rule];
        return found.ResourceNotFound ? text.Require("Rule_Other") : found.Value;
    }
}
