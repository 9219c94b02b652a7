using ComplianceBot.Bot.Operations.Health;
using ComplianceBot.Bot.Operations.Legal;
using ComplianceBot.Bot.Operations.Safety;
using ComplianceBot.Bot.Operations.Telemetry;
using Microsoft.Extensions.Options;

namespace ComplianceBot.Bot.Operations;

internal static class OperationsExtensions
{
    public static WebApplicationBuilder AddOperations(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);

        // Validated on start, i.e. before the server listens: an instance outside Development with
        // a development shortcut never answers a request (design.md, decision 7; decision 115).
        builder.Services.AddSingleton<IValidateOptions<ProductionSafetyOptions>, ProductionSafetyValidator>();
        builder.Services.AddOptions<ProductionSafetyOptions>().ValidateOnStart();

        builder.Services.AddOptions<OperationsOptions>()
            .BindConfiguration(OperationsOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();

        builder.Services.AddHealthChecks();
        builder.AddComplianceBotTelemetry();
        builder.AddStructuredLogging();
        return builder;
    }

    public static WebApplication MapOperations(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapHealthEndpoints();
        app.MapLegalPages();
        return app;
    }
}
