using ComplianceBot.Bot.Operations;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ComplianceBot.Bot.Tests.Operations;

/// <summary>
/// Development checks the container's scopes (a scoped service resolved from the root is an error) unless
/// Hosting:ValidateScopes=false says to run as production does, as the benchmark does (decision 116).
/// </summary>
public sealed class ScopeValidationTests
{
    [Theory]
    [InlineData("Development", null, true)]
    [InlineData("Development", "false", false)]
    [InlineData("Production", null, false)]
    public async Task AddOperations_Environment_ChecksScopesAsConfigured(string environment, string? setting, bool checks)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = environment });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Hosting:ValidateScopes"] = setting });
        builder.AddOperations();
        builder.Services.AddScoped<ScopedMarker>();
        await using var app = builder.Build();

        var error = Record.Exception(() => app.Services.GetRequiredService<ScopedMarker>());

        Assert.Equal(checks, error is InvalidOperationException);
    }

    private sealed class ScopedMarker;
}
