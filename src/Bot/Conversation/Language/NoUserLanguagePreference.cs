namespace ComplianceBot.Bot.Conversation.Language;

/// <summary>Until a register stores preferences, nobody has one.</summary>
internal sealed class NoUserLanguagePreference : IUserLanguagePreference
{
    public Task<string?> GetAsync(string userId, CancellationToken cancellationToken) => Task.FromResult<string?>(null);
}
