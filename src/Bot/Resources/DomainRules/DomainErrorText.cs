using ComplianceBot.Domain;
using Microsoft.Extensions.Localization;

namespace ComplianceBot.Bot.Resources.DomainRules;

/// <summary>
/// What to tell a person when a register rule refuses their action: the rule's message in the
/// turn's language (the current UI culture), never the exception's technical detail.
/// </summary>
public sealed class DomainErrorText(IStringLocalizer<DomainStrings> localizer)
{
    public string For(DomainRuleException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return For(exception.MessageKey);
    }

    public string For(string messageKey)
    {
        var text = localizer[messageKey];
        return text.ResourceNotFound ? DomainMessages.English(messageKey) : text.Value;
    }
}
