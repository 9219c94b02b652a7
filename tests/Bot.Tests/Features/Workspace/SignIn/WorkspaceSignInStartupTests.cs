using ComplianceBot.Bot.Tests.Operations;
using ComplianceBot.Bot.Tests.Operations.Safety;

namespace ComplianceBot.Bot.Tests.Features.Workspace.SignIn;

/// <summary>
/// Decision 139 with decision 115's rule: outside Development the tab's sign-in accepts tokens only for
/// <c>api://{the bot's public host}/{Teams:AppId}</c>, the URI Teams asks Entra for; any other app id URI stops start-up
/// naming Workspace:AppIdUri. Empty, it is made from the public address and the app id (what infra registers).
/// </summary>
public sealed class WorkspaceSignInStartupTests
{
    [Theory]
    [InlineData("api://elsewhere.example/6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f")]
    [InlineData("api://compliancebot.example.test/another-app")]
    [InlineData("https://compliancebot.example.test/whatever")]
    public void Start_WithAnAppIdUriTeamsWouldNotAskFor_RefusesNamingTheSetting(string appIdUri)
    {
        using var factory = new OperationsFactory("Production", ProductionSettings.With("Workspace:AppIdUri", appIdUri));

        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        Assert.Contains("Start-up refused in the Production environment", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("Workspace:AppIdUri", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Start_WithTheTabOff_AcceptsAnyAppIdUri()
    {
        var settings = ProductionSettings.With("Workspace:AppIdUri", "api://elsewhere.example/x");
        settings["Workspace:TeamsTab"] = "false";
        using var factory = new OperationsFactory("Production", settings);

        using var client = factory.CreateClient();

        Assert.NotNull(client);
    }
}
