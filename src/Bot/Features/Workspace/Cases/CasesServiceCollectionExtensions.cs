using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ComplianceBot.Bot.Features.Workspace.Cases;

internal static class CasesServiceCollectionExtensions
{
    /// <summary>The officer's case inbox and case page (decision 140); the case card's services come from AddReports.</summary>
    public static IServiceCollection AddWorkspaceCases(this IServiceCollection services)
    {
        services.TryAddScoped<CaseInbox>();
        services.TryAddScoped<CaseDesk>();
        return services;
    }
}
