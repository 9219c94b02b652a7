using ComplianceBot.Bot.Conversation.Routing;

namespace ComplianceBot.Bot.Features.Menu;

public static class MenuServiceCollectionExtensions
{
    /// <summary>"menu", "help" and the typed shortcuts, as words and as card buttons.</summary>
    public static IServiceCollection AddMenu(this IServiceCollection services) =>
        services.AddScoped<OfficerWorkspaceLink>()
            .AddTextCommandRoute<MenuTextRoute>()
            .AddTextCommandRoute<HelpTextRoute>()
            .AddTextCommandRoute<ShortcutTextRoute>()
            .AddCardActionRoute<MenuVerbRoute>()
            .AddCardActionRoute<HelpVerbRoute>();
}
