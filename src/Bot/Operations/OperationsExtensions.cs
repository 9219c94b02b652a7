namespace ComplianceBot.Bot.Operations;

internal static class OperationsExtensions
{
    public static WebApplicationBuilder AddOperations(this WebApplicationBuilder builder) => builder;

    public static WebApplication MapOperations(this WebApplication app) => app;
}
