using ComplianceBot.Domain.Figures;
using ComplianceBot.Domain.Investigations;
using ComplianceBot.Domain.Notices;
using ComplianceBot.Domain.Trainings;

namespace ComplianceBot.Bot.Features.Workspace.Figures;

/// <summary>The dashboards, the director's page and "My page" (decision 142): the Domain reads they run.</summary>
internal static class FiguresPages
{
    public static void AddServices(IServiceCollection services)
    {
        services.AddScoped<ComplianceFigures>();
        services.AddScoped<DirectorNoticeList>();
        services.AddScoped<PersonalTrainings>();
        services.AddScoped<PersonalExplanationRequests>();
    }
}
