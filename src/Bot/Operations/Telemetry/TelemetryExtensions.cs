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

        var exporter = TelemetryExporterSetting.Read(builder.Configuration);
        if (exporter == TelemetryExporter.None)
        {
            return builder;
        }

        var endpoint = TelemetryExporterSetting.ReadOtlpEndpoint(builder.Configuration);
        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(ActivitySourceName))
            .WithTracing(tracing => tracing
                .AddSource(ActivitySourceName)
                .AddAspNetCoreInstrumentation(options => options.Filter = IsNotHealthProbe)
                .AddHttpClientInstrumentation())
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

    // Probes every few seconds would drown the requests that matter.
    private static bool IsNotHealthProbe(HttpContext context)
        => !context.Request.Path.StartsWithSegments("/health", StringComparison.OrdinalIgnoreCase);
}
