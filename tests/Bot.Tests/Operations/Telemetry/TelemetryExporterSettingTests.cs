using ComplianceBot.Bot.Operations.Telemetry;
using Microsoft.Extensions.Configuration;

namespace ComplianceBot.Bot.Tests.Operations.Telemetry;

public sealed class TelemetryExporterSettingTests
{
    private static IConfiguration Build(string? exporter, string? endpoint = null) => new ConfigurationBuilder()
        .AddInMemoryCollection(new Dictionary<string, string?> { ["Telemetry:Exporter"] = exporter, ["Telemetry:OtlpEndpoint"] = endpoint })
        .Build();

    [Theory]
    [InlineData(null, "None")]
    [InlineData("none", "None")]
    [InlineData("Console", "Console")]
    [InlineData("otlp", "Otlp")]
    public void Read_KnownValue_ReturnsExporter(string? value, string expected)
        => Assert.Equal(expected, TelemetryExporterSetting.Read(Build(value)).ToString());

    [Fact]
    public void Read_UnknownValue_ThrowsNamingTheSetting()
        => Assert.Contains("Telemetry:Exporter", Assert.Throws<InvalidOperationException>(() => TelemetryExporterSetting.Read(Build("zipkin"))).Message, StringComparison.Ordinal);

    [Fact]
    public void ReadOtlpEndpoint_RelativeUrl_ThrowsNamingTheSetting()
        => Assert.Contains("Telemetry:OtlpEndpoint", Assert.Throws<InvalidOperationException>(() => TelemetryExporterSetting.ReadOtlpEndpoint(Build("otlp", "collector"))).Message, StringComparison.Ordinal);

    [Fact]
    public void ReadOtlpEndpoint_AbsoluteUrl_ReturnsIt()
        => Assert.Equal(new Uri("http://collector:4317"), TelemetryExporterSetting.ReadOtlpEndpoint(Build("otlp", "http://collector:4317")));
}
