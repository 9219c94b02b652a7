namespace ComplianceBot.Bot.Operations.Telemetry;

/// <summary>Where traces, metrics and logs go: "Telemetry:Exporter" = none | console | otlp.</summary>
internal enum TelemetryExporter
{
    None,
    Console,
    Otlp,
}

internal static class TelemetryExporterSetting
{
    public const string ExporterKey = "Telemetry:Exporter";
    public const string OtlpEndpointKey = "Telemetry:OtlpEndpoint";

    public static TelemetryExporter Read(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var value = configuration[ExporterKey];
        if (string.IsNullOrWhiteSpace(value))
        {
            return TelemetryExporter.None;
        }

        return Enum.TryParse<TelemetryExporter>(value.Trim(), ignoreCase: true, out var exporter) && Enum.IsDefined(exporter)
            ? exporter
            : throw new InvalidOperationException($"{ExporterKey} must be none, console or otlp.");
    }

    /// <summary>Null lets the OTLP exporter use its defaults (OTEL_EXPORTER_OTLP_ENDPOINT, then localhost).</summary>
    public static Uri? ReadOtlpEndpoint(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var value = configuration[OtlpEndpointKey];
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        return Uri.TryCreate(value, UriKind.Absolute, out var uri)
            ? uri
            : throw new InvalidOperationException($"{OtlpEndpointKey} must be an absolute URL.");
    }
}
