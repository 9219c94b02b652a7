using ComplianceBot.Bot.Conversation.Routing;
using ComplianceBot.Bot.Features.Declarations;
using ComplianceBot.Bot.Features.Workspace;
using ComplianceBot.Domain;
using ComplianceBot.Domain.People;
using Microsoft.Extensions.Options;

namespace ComplianceBot.Bot.Features.Menu;

/// <summary>
/// The workspace's address for the help card, shown to an officer with a current appointment (Reg. 6–7, 15–17) and to
/// nobody else (decision 139); none when the bot has no public address (Development without Declarations:PublicBaseUrl).
/// Opening it still needs a sign-in and the registers' role; the link only shows the way.
/// </summary>
internal sealed class OfficerWorkspaceLink(IServiceProvider services, IOptions<DeclarationOptions> declarations)
{
    public async Task<Uri?> ForAsync(ConversationTurn turn, CancellationToken cancellationToken)
    {
        // The roster is asked for only when there is an address to show: the menu's routes also run in hosts
        // without the registers (the conversation's own tests), where help is the employees' card.
        if (declarations.Value.PublicBaseUrl is not { } baseUrl
            || services.GetService<OfficerRoster>() is not { } roster
            || services.GetService<RegisterClock>() is not { } clock)
        {
            return null;
        }

        var aad = Declarant.Of(turn).AadObjectId;
        var active = await roster.GetActiveAsync(clock.Now, cancellationToken);
        return active.Any(a => a.OfficerAadObjectId == aad) ? new Uri(baseUrl, WorkspacePaths.Base) : null;
    }
}
