namespace ComplianceBot.Bot.Conversation;

internal static class ConversationServiceCollectionExtensions
{
    public static IServiceCollection AddConversationFlows(this IServiceCollection services, IConfiguration configuration) => services;
}
