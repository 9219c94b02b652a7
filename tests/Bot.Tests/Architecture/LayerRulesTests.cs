using ComplianceBot.Domain.Persistence;
using ComplianceBot.Graph;
using NetArchTest.Rules;

namespace ComplianceBot.Bot.Tests.Architecture;

/// <summary>
/// The one-way dependencies of docs/architecture.md (decisions 003, 130): Bot → Graph → Domain, and inside the Bot
/// the shared infrastructure (channel, cards, conversation core, delivery, jobs) knows no feature.
/// </summary>
public sealed class LayerRulesTests
{
    private static readonly System.Reflection.Assembly Bot = typeof(Program).Assembly;

    [Fact]
    public void Domain_ReferencesNoAspNetCoreGraphOrTeamsType()
    {
        var result = Types.InAssembly(typeof(RegistersDbContext).Assembly)
            .ShouldNot()
            .HaveDependencyOnAny(
                "Microsoft.AspNetCore", "Microsoft.Graph", "Microsoft.Bot", "Microsoft.Teams", "Azure.Identity",
                "ComplianceBot.Graph", "ComplianceBot.Bot")
            .GetResult();

        Assert.True(result.IsSuccessful, Failing(result));
    }

    [Fact]
    public void Graph_ReferencesNoBotType()
    {
        var result = Types.InAssembly(typeof(IMailSender).Assembly)
            .ShouldNot()
            .HaveDependencyOnAny("ComplianceBot.Bot", "Microsoft.Bot", "Microsoft.Teams")
            .GetResult();

        Assert.True(result.IsSuccessful, Failing(result));
    }

    [Theory]
    [InlineData("ComplianceBot.Bot.Channel")]
    [InlineData("ComplianceBot.Bot.Cards")]
    [InlineData("ComplianceBot.Bot.Conversation")]
    [InlineData("ComplianceBot.Bot.Delivery")]
    [InlineData("ComplianceBot.Bot.Jobs")]
    public void SharedInfrastructure_ReferencesNoFeature(string folder)
    {
        var result = Types.InAssembly(Bot)
            .That().ResideInNamespace(folder)
            .ShouldNot().HaveDependencyOnAny("ComplianceBot.Bot.Features")
            .GetResult();

        Assert.True(result.IsSuccessful, Failing(result));
    }

    internal static string Failing(TestResult result) =>
        "Breaking the rule: " + string.Join(", ", result.FailingTypes?.Select(t => t.FullName) ?? []);
}
