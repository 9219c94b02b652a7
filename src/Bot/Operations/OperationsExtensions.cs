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

        // The container's scope checks are a development aid that production runs without; the benchmark must
        // run in Development (decision 112) and sets Hosting:ValidateScopes=false to measure what production
        // runs: with them on, /api/messages loses about a fifth of its throughput (decision 116).
        builder.Host.UseDefaultServiceProvider((context, options) =>
        {
            var validateScopes = context.Configuration.GetValue("Hosting:ValidateScopes", context.HostingEnvironment.IsDevelopment());
            options.ValidateScopes = validateScopes;
            options.ValidateOnBuild = validateScopes;
        });

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
