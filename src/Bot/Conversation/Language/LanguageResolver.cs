using ComplianceBot.Bot.Channel;
using ComplianceBot.Domain;
using Microsoft.Extensions.Options;

namespace ComplianceBot.Bot.Conversation.Language;

/// <summary>
/// Chooses the language of a turn: the activity's locale when the bot speaks it, else the
/// user's stored preference, else the organisation default (Organization:DefaultLanguage).
/// </summary>
public sealed class LanguageResolver(IUserLanguagePreference preference, IOptions<OrganizationOptions> options)
{
    public async Task<string> ResolveAsync(Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var fromLocale = BotLanguages.Match(activity.Locale);
        if (fromLocale is not null)
        {
            return fromLocale;
        }

        var userId = activity.From?.AadObjectId ?? activity.From?.Id;
        if (!string.IsNullOrEmpty(userId))
        {
            var preferred = BotLanguages.Match(await preference.GetAsync(userId, cancellationToken));
            if (preferred is not null)
            {
                return preferred;
            }
        }

        return options.Value.DefaultLanguage;
    }
}
