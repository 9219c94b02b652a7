using System.Diagnostics;
using System.Text;
using OpenTelemetry.Logs;
using OpenTelemetry.Trace;

namespace ComplianceBot.Bot.Tests.Features.Reports;

/// <summary>
/// What the host's OpenTelemetry pipeline would export, kept in memory: every span (name, tags, events, links'
/// tags) and every log record (body, formatted message, attributes). The host runs with the OTLP exporter turned
/// on (pointed at a closed local port), so the app's own tracing and logging configuration is what is captured.
/// </summary>
internal sealed class TelemetryCapture
{
    private readonly List<Activity> _spans = [];
    private readonly List<LogRecord> _logs = [];

    public void Attach(ReportsAppFactory app)
    {
        app.HostSettings["Telemetry:Exporter"] = "otlp";
        app.HostSettings["Telemetry:OtlpEndpoint"] = "http://127.0.0.1:9";
        var previous = app.TestServices;
        app.TestServices = services =>
        {
            previous?.Invoke(services);
            services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddInMemoryExporter(_spans));
            services.ConfigureOpenTelemetryLoggerProvider(logging => logging.AddInMemoryExporter(_logs));
        };
    }

    /// <summary>Everything captured as one text, for searching.</summary>
    public string Text()
    {
        var text = new StringBuilder();
        lock (_spans)
        {
            foreach (var span in _spans)
            {
                text.Append("span ").Append(span.DisplayName).Append(' ').Append(span.StatusDescription).Append('\n');
                foreach (var tag in span.TagObjects)
                {
                    text.Append("  ").Append(tag.Key).Append('=').Append(tag.Value).Append('\n');
                }

                foreach (var e in span.Events)
                {
                    text.Append("  event ").Append(e.Name).Append('\n');
                    foreach (var tag in e.Tags)
                    {
                        text.Append("    ").Append(tag.Key).Append('=').Append(tag.Value).Append('\n');
                    }
                }

                foreach (var baggage in span.Baggage)
                {
                    text.Append("  baggage ").Append(baggage.Key).Append('=').Append(baggage.Value).Append('\n');
                }
            }
        }

        lock (_logs)
        {
            foreach (var log in _logs)
            {
                text.Append("log ").Append(log.CategoryName).Append(' ').Append(log.Body).Append(' ').Append(log.FormattedMessage)
                    .Append(' ').Append(log.Exception).Append('\n');
                foreach (var attribute in log.Attributes ?? [])
                {
                    text.Append("  ").Append(attribute.Key).Append('=').Append(attribute.Value).Append('\n');
                }
            }
        }

        return text.ToString();
    }
}
