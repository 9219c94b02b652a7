namespace ComplianceBot.Bot.Features.Workspace.Registers;

/// <summary>The services behind the register pages (decisions 141, 145), scoped to the request.</summary>
public static class RegisterPages
{
    public static void AddServices(IServiceCollection services)
    {
        services.AddScoped<RegisterBrowser>();
        services.AddScoped<RegisterAudit>();
        services.AddScoped<AttestationRegisterQuery>();
        services.AddScoped<TrainingRegisterQuery>();
        services.AddScoped<ParticipationRegisterQuery>();
        services.AddScoped<RegisterSheets>();
    }
}
