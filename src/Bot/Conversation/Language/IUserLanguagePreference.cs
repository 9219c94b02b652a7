namespace ComplianceBot.Bot.Conversation.Language;

/// <summary>
/// A user's stored language preference (kk, ru or en), consulted when the activity's locale
/// is not one the bot speaks. The default answers null; the Employee register provides the real one.
/// </summary>
public interface IUserLanguagePreference
{
    /// <param name="userId">The user's Entra object id when Teams sends one, else the channel user id.</param>
    /// <param name="cancellationToken">Cancels the look-up.</param>
    Task<string?> GetAsync(string userId, CancellationToken cancellationToken);
}
