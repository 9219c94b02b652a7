using ComplianceBot.Bot.Cards;
using ComplianceBot.Domain;
using ComplianceBot.Domain.Rules;
using Microsoft.Extensions.Localization;

namespace ComplianceBot.Bot.Resources.DomainRules;

/// <summary>
/// The one translator of refused rules: what to tell a person when a register rule refuses their action — the rule's
/// text in the turn's language (the current UI culture) with the clause it comes from appended ("… (Reg. 24.6)"),
/// never the exception's technical detail. The texts live only in DomainStrings (kk/ru/en).
/// </summary>
public sealed class DomainErrorText(IStringLocalizer<DomainStrings> localizer)
{
    private const string PrinciplePrefix = "Inv. ";

    public string For(DomainRuleException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return For(exception.Rule);
    }

    /// <summary>The rule's text with its clause; <paramref name="arguments"/> fill the text's placeholders, if any.</summary>
    public string For(DomainRule rule, params object[] arguments)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return $"{localizer.Require(rule.MessageKey, arguments)} {Clause(rule.Clause)}";
    }

    /// <summary>"(Reg. 24.6)" in the turn's language; the regulation's numbered principles ("Inv. 4") read as such.</summary>
    public string Clause(string clause)
    {
        ArgumentNullException.ThrowIfNull(clause);
        return clause.StartsWith(PrinciplePrefix, StringComparison.Ordinal)
            ? localizer.Require("Refusal_Principle", clause[PrinciplePrefix.Length..])
            : localizer.Require("Refusal_Clause", clause);
    }
}
