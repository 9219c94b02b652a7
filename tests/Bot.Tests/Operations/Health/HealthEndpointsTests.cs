using System.Net;
using System.Text.Json;
using ComplianceBot.Bot.Operations.Health;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ComplianceBot.Bot.Tests.Operations.Health;

public sealed class HealthEndpointsTests
{
    private const string SecretDetail = "Server=db;Password=hunter2";

    private static OperationsFactory Factory(HealthStatus readyStatus) => new(
        "Development",
        new Dictionary<string, string?>(),
        services => services.AddHealthChecks()
            .AddCheck("database", () => new HealthCheckResult(readyStatus, SecretDetail, new InvalidOperationException(SecretDetail)), tags: [HealthCheckBuilderExtensions.ReadyTag])
            .AddCheck("not-ready-tagged", () => HealthCheckResult.Unhealthy(SecretDetail)));

    [Fact]
    public async Task Live_ReadinessCheckFailing_StillReturns200()
    {
        using var factory = Factory(HealthStatus.Unhealthy);
        using var client = factory.CreateClient();

        var response = await client.GetAsync("/health/live");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("""{"status":"Healthy","checks":{}}""", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Ready_CheckUnhealthy_Returns503WithStatusPerCheckOnly()
    {
        using var factory = Factory(HealthStatus.Unhealthy);
        using var client = factory.CreateClient();

        var response = await client.GetAsync("/health/ready");
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.DoesNotContain("hunter2", body, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(body);
        Assert.Equal("Unhealthy", json.RootElement.GetProperty("status").GetString());
        var checks = json.RootElement.GetProperty("checks");
        Assert.Equal("Unhealthy", checks.GetProperty("database").GetString());
        Assert.False(checks.TryGetProperty("not-ready-tagged", out _));
    }

    [Fact]
    public async Task Ready_ChecksHealthy_Returns200()
    {
        using var factory = Factory(HealthStatus.Healthy);
        using var client = factory.CreateClient();

        var response = await client.GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"database\":\"Healthy\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
