using ComplianceBot.Bot.Resources.Declarations;
using ComplianceBot.Domain;
using Microsoft.Extensions.Localization;

namespace ComplianceBot.Bot.Conversation.Declarations;

/// <summary>
/// The user's text for a refused register rule: the <see cref="DomainRuleException.MessageKey"/> translated
/// (kk/ru/en in DeclarationStrings, keys named as in <see cref="DomainMessageKeys"/>), English as the last resort.
/// </summary>
public sealed class DomainText(IStringLocalizer<DeclarationStrings> text)
{
    public string For(DomainRuleException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var found = text[exception.MessageKey];
        return found.ResourceNotFound ? DomainMessages.English(exception.MessageKey) : found.Value;
    }
}
