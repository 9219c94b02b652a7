using ComplianceBot.Bot.Conversation.Routing;

namespace ComplianceBot.Bot.Features.Declarations;

/// <summary>Who is acting in a turn: the Entra object id (the register's key), the Teams name, tenant and language.</summary>
public sealed record Declarant(string AadObjectId, string Name, string? TenantId, string Language)
{
    public static Declarant Of(ConversationTurn turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var from = turn.Activity.From;
        var id = from?.AadObjectId ?? from?.Id ?? throw new InvalidOperationException("An activity without a sender.");
        return new Declarant(id, string.IsNullOrWhiteSpace(from?.Name) ? id : from.Name, turn.Activity.Conversation?.TenantId, turn.Language);
    }
}
