using OpenTelemetry;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace ComplianceBot.Bot.Operations.Telemetry;

internal static class TelemetryExtensions
{
    /// <summary>Activity source name for spans other areas start (e.g. an outbox delivery).</summary>
    public const string ActivitySourceName = "ComplianceBot";

    public static WebApplicationBuilder AddComplianceBotTelemetry(this WebApplicationBuilder builder)
    {
        builder.Services.AddMetrics();
        builder.Services.AddSingleton<ComplianceBotMetrics>();

        // Every HTTP client logs through the redacting logger, exporter or not (decision 117).
        builder.Services.ConfigureHttpClientDefaults(http => http.RemoveAllLoggers()
            .AddLogger(services => new RedactedHttpClientLogger(services.GetRequiredService<ILogger<RedactedHttpClientLogger>>())));

        var exporter = TelemetryExporterSetting.Read(builder.Configuration);
        if (exporter == TelemetryExporter.None)
        {
            return builder;
        }

        var endpoint = TelemetryExporterSetting.ReadOtlpEndpoint(builder.Configuration);
        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(ActivitySourceName))
            .WithTracing(tracing => ConfigureTracing(tracing))
            .WithMetrics(metrics => metrics
                .AddMeter(ComplianceBotMetrics.MeterName)
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation());

        if (exporter == TelemetryExporter.Console)
        {
            telemetry.WithTracing(t => t.AddConsoleExporter()).WithMetrics(m => m.AddConsoleExporter());
        }
        else
        {
            // One OTLP endpoint for traces, metrics and logs: an OpenTelemetry Collector (or an
            // App Service sidecar) forwards to Azure Monitor; see infra/README.md.
            telemetry.WithLogging().UseOtlpExporter(OpenTelemetry.Exporter.OtlpExportProtocol.Grpc, endpoint ?? new Uri("http://localhost:4317"));
        }

        return builder;
    }

    /// <summary>
    /// The spans the bot exports, ids taken out (decision 117). The redaction is added before any exporter, so every
    /// exporter — console, OTLP, a test's in-memory one — sees redacted spans only.
    /// </summary>
    internal static TracerProviderBuilder ConfigureTracing(TracerProviderBuilder tracing) => tracing
        .AddSource(ActivitySourceName)
        .AddAspNetCoreInstrumentation(options => options.Filter = IsNotHealthProbe)
        .AddHttpClientInstrumentation()
        .AddProcessor(new TelemetryRedaction());

    // Probes every few seconds would drown the requests that matter.
    private static bool IsNotHealthProbe(HttpContext context)
        => !context.Request.Path.StartsWithSegments("/health", StringComparison.OrdinalIgnoreCase);
}
